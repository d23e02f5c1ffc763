//! Weights of the oracle's calls and of its per-block aggregation.
//!
//! The runtime's measured weights are generated into `runtime/src/weights/` by
//! `./scripts/generate-weights` from the benchmarks in `benchmarking.rs`. The `()` impl below,
//! for the pallet's own tests, counts storage accesses only.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each oracle path.
pub trait WeightInfo {
	/// `submit_prices` with `n` prices.
	fn submit_prices(n: u32) -> Weight;
	fn set_market() -> Weight;
	fn remove_market() -> Weight;
	fn name_market() -> Weight;
	/// The per-block aggregation of `m` markets holding at most `s` submissions each.
	fn aggregate(m: u32, s: u32) -> Weight;
}

/// For tests: storage accesses against RocksDB costs.
impl WeightInfo for () {
	fn submit_prices(n: u32) -> Weight {
		RocksDbWeight::get().reads_writes(2 + n as u64, 1 + n as u64)
	}
	fn set_market() -> Weight {
		RocksDbWeight::get().reads_writes(2, 2)
	}
	fn remove_market() -> Weight {
		RocksDbWeight::get().reads_writes(2, 6)
	}
	fn name_market() -> Weight {
		RocksDbWeight::get().reads_writes(3, 3)
	}
	fn aggregate(m: u32, s: u32) -> Weight {
		let (m, s) = (m as u64, s as u64);
		RocksDbWeight::get().reads_writes(1 + 3 * m + 2 * m * s, 2 * m + m * s)
	}
}
