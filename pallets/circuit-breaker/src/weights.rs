//! Weights of the circuit breakers' hook and calls.
//!
//! The runtime's measured weights are generated into `runtime/src/weights/` from the pallet's
//! benchmarks; the `()` impl below, for the pallet's own tests, counts storage accesses only.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each path.
pub trait WeightInfo {
	/// The hook stepping `m` breakers, every one of them changing state.
	fn on_initialize(m: u32) -> Weight;
	fn set_breaker() -> Weight;
	fn set_venue_params() -> Weight;
	fn emergency_halt() -> Weight;
	fn emergency_resume() -> Weight;
}

/// For tests: storage accesses against RocksDB costs.
impl WeightInfo for () {
	fn on_initialize(m: u32) -> Weight {
		RocksDbWeight::get().reads_writes(5 + 2 * m as u64, 2 + m as u64)
	}
	fn set_breaker() -> Weight {
		RocksDbWeight::get().reads_writes(2, 2)
	}
	fn set_venue_params() -> Weight {
		RocksDbWeight::get().reads_writes(0, 1)
	}
	fn emergency_halt() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
	fn emergency_resume() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
}
