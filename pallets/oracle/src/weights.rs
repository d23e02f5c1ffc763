//! Weights of the oracle's calls and of its per-block aggregation.
//!
//! `SubstrateWeight` is not generated yet: its figures count the storage reads and writes of
//! each path (the dominant cost) with a conservative compute term. Replace this file with the
//! output of the runtime's `benchmark pallet --pallet pallet_ballast_oracle` once the runtime
//! carries the pallet; the benchmarks in `benchmarking.rs` define the components.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// The weight of each oracle path.
pub trait WeightInfo {
	/// `submit_prices` with `n` prices.
	fn submit_prices(n: u32) -> Weight;
	fn set_market() -> Weight;
	fn remove_market() -> Weight;
	/// The per-block aggregation of `m` markets holding at most `s` submissions each.
	fn aggregate(m: u32, s: u32) -> Weight;
}

/// Storage-access estimates; see the module docs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn submit_prices(n: u32) -> Weight {
		// Feeders, last submission, one market config per price; one submission per price,
		// the last submission, the event.
		Weight::from_parts(20_000_000 + 5_000_000 * n as u64, 4_000 + 600 * n as u64)
			.saturating_add(T::DbWeight::get().reads(2 + n as u64))
			.saturating_add(T::DbWeight::get().writes(1 + n as u64))
	}

	fn set_market() -> Weight {
		Weight::from_parts(15_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}

	fn remove_market() -> Weight {
		Weight::from_parts(20_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(4))
	}

	fn aggregate(m: u32, s: u32) -> Weight {
		// Per market: its config, feed, history and a write of each; per submission: its read,
		// the feeder check and, at worst, an outlier count update.
		let (m, s) = (m as u64, s as u64);
		Weight::from_parts(5_000_000 + 30_000_000 * m + 8_000_000 * m * s, 2_000 + 700 * (m + m * s))
			.saturating_add(T::DbWeight::get().reads(1 + 3 * m + 2 * m * s))
			.saturating_add(T::DbWeight::get().writes(2 * m + m * s))
	}
}

/// For tests: the same counts against RocksDB costs.
impl WeightInfo for () {
	fn submit_prices(n: u32) -> Weight {
		RocksDbWeight::get().reads_writes(2 + n as u64, 1 + n as u64)
	}
	fn set_market() -> Weight {
		RocksDbWeight::get().reads_writes(2, 2)
	}
	fn remove_market() -> Weight {
		RocksDbWeight::get().reads_writes(1, 4)
	}
	fn aggregate(m: u32, s: u32) -> Weight {
		let (m, s) = (m as u64, s as u64);
		RocksDbWeight::get().reads_writes(1 + 3 * m + 2 * m * s, 2 * m + m * s)
	}
}
