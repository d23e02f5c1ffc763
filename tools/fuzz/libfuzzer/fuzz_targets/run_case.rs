//! One libFuzzer input is one case of `ballast-fuzz`: its bytes decoded into signed calls, root
//! calls, price moves and blocks, run from genesis through the real runtime with every invariant
//! checked after every block. A broken invariant or a panic is a crash for libFuzzer, which
//! saves the input (`./scripts/fuzz-coverage` then minimises it into `tools/fuzz/regressions/`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
	if let Err(failure) = ballast_fuzz::run_case(bytes) {
		panic!("block {}: {}", failure.block, failure.what);
	}
});
