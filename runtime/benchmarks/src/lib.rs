//! Ballast's runtime compiled to wasm with `runtime-benchmarks`: the blob the node's
//! `benchmark pallet --runtime <path> --genesis-builder runtime` runs (`./scripts/bench`,
//! `./scripts/generate-weights`, `ballast-bench`), as polkadot-sdk's runtimes are benchmarked
//! with `frame-omni-bencher`.
//!
//! Why a crate of its own: the wasm builder keeps one project per crate and profile
//! (`target/release/wbuild/<crate>`), so building `ballast-runtime` itself with
//! `runtime-benchmarks` would overwrite the blob the node embeds, and in another target
//! directory it would rebuild every runtime crate for the host as well. This crate depends on
//! the runtime only when compiled to wasm, so natively it builds nothing but the blob.
#![no_std]

/// In the wasm build: the runtime itself, whose exported entry points make up the blob.
#[cfg(target_arch = "wasm32")]
pub use ballast_runtime::*;

// Natively: `WASM_BINARY` (the compressed compact blob), `WASM_BINARY_BLOATY` and
// `WASM_BINARY_PATH`, written by the wasm builder.
#[cfg(not(target_arch = "wasm32"))]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
