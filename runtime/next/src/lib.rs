//! Ballast's runtime compiled to wasm with `next-spec-version`: the same code claiming the next
//! `spec_version`, the blob the node tests upgrade a running chain to through a root referendum
//! (`system.authorize_upgrade`, then `system.apply_authorized_upgrade`), so "the new version is
//! live" is checked on a real node without a second copy of the runtime's source.
#![no_std]

/// In the wasm build: the runtime itself, whose exported entry points make up the blob.
#[cfg(target_arch = "wasm32")]
pub use ballast_runtime::*;

// Natively: `WASM_BINARY` (the compressed compact blob), `WASM_BINARY_BLOATY` and
// `WASM_BINARY_PATH`, written by the wasm builder.
#[cfg(not(target_arch = "wasm32"))]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
