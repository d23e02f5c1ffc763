//! Weights of the margin engine's calls.
//!
//! The runtime's measured weights are generated into `runtime/src/weights/` by
//! `./scripts/generate-weights` from the benchmarks in `benchmarking.rs`. The `()` impl below,
//! for the pallet's own tests, counts storage accesses only.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each margin call, at its worst case (an account holding a position in every
/// market, every market priced).
pub trait WeightInfo {
	fn deposit() -> Weight;
	fn withdraw() -> Weight;
	/// An account's first position.
	fn open_first_position() -> Weight;
	/// A trade that moves the entry of one of the account's `p` positions (`p >= 1`).
	fn trade(p: u32) -> Weight;
	fn provide_liquidity() -> Weight;
	fn withdraw_liquidity() -> Weight;
	fn set_market() -> Weight;
	fn set_vault() -> Weight;
	fn set_scaling() -> Weight;
	fn set_multiplier_floor() -> Weight;
	/// The per-block revaluation and margin rescaling of `m` markets.
	fn revalue(m: u32) -> Weight;
}

/// For tests: storage accesses against RocksDB costs.
impl WeightInfo for () {
	fn deposit() -> Weight {
		RocksDbWeight::get().reads_writes(3, 3)
	}
	fn withdraw() -> Weight {
		RocksDbWeight::get().reads_writes(40, 20)
	}
	fn open_first_position() -> Weight {
		RocksDbWeight::get().reads_writes(6, 6)
	}
	fn trade(p: u32) -> Weight {
		RocksDbWeight::get().reads_writes(6 + p as u64, 8)
	}
	fn provide_liquidity() -> Weight {
		RocksDbWeight::get().reads_writes(20, 4)
	}
	fn withdraw_liquidity() -> Weight {
		RocksDbWeight::get().reads_writes(20, 4)
	}
	fn set_market() -> Weight {
		RocksDbWeight::get().reads_writes(3, 2)
	}
	fn set_vault() -> Weight {
		RocksDbWeight::get().reads_writes(0, 1)
	}
	fn set_scaling() -> Weight {
		RocksDbWeight::get().reads_writes(0, 1)
	}
	fn set_multiplier_floor() -> Weight {
		RocksDbWeight::get().reads_writes(1, 1)
	}
	fn revalue(m: u32) -> Weight {
		RocksDbWeight::get().reads_writes(2 + 2 * m as u64, 1 + m as u64)
	}
}
