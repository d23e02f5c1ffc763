//! Builds the next runtime's wasm blob (the inner wasm build has `std` off and skips this).
fn main() {
	#[cfg(feature = "std")]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
