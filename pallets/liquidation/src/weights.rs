//! Weights of the liquidation engine's hook and call.
//!
//! The runtime's measured weights will be generated into `runtime/src/weights/` from the
//! pallet's benchmarks; the `()` impl below, for the pallet's own tests, counts storage
//! accesses only.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each liquidation path.
pub trait WeightInfo {
	/// Stepping the watermark over `m` markets.
	fn step(m: u32) -> Weight;
	/// Popping one account, checking it, reducing `p` of its positions and indexing it again,
	/// the first in its block: every record it shares with other liquidations read cold.
	fn liquidate(p: u32) -> Weight;
	/// Two such accounts in the same markets in one block: the second finds what they share
	/// in the block's overlay, so `liquidate_next(p) - liquidate(p)` is what it adds.
	fn liquidate_next(p: u32) -> Weight;
	/// Popping one account holding `p` positions that proves healthy (the watermark's bound is
	/// conservative): valued and indexed again, nothing reduced.
	fn examine(p: u32) -> Weight;
	/// The whole hook with `l` partial liquidations and `c` healthy candidates popped: not
	/// used for metering, but benchmarked to check that the parts above add up to it.
	fn on_initialize(l: u32, c: u32) -> Weight;
	fn set_params() -> Weight;
}

/// For tests: storage accesses against RocksDB costs.
impl WeightInfo for () {
	fn step(m: u32) -> Weight {
		RocksDbWeight::get().reads_writes(2 + 2 * m as u64, 1 + m as u64)
	}
	fn liquidate(p: u32) -> Weight {
		RocksDbWeight::get().reads_writes(6 + 4 * p as u64, 4 + 3 * p as u64)
	}
	fn liquidate_next(p: u32) -> Weight {
		// The account's own records: its margin account, index entry, reputation, and its
		// place in each market's deleveraging queue.
		Self::liquidate(p).saturating_add(RocksDbWeight::get().reads_writes(3 + p as u64, 5 + 2 * p as u64))
	}
	// The account, each market's record and feed read; its index entry and trigger written.
	fn examine(p: u32) -> Weight {
		RocksDbWeight::get().reads_writes(1 + 2 * p as u64, 2)
	}
	fn on_initialize(l: u32, c: u32) -> Weight {
		Self::step(1).saturating_add(Self::liquidate(1).saturating_mul(l as u64)).saturating_add(Self::liquidate(0).saturating_mul(c as u64))
	}
	fn set_params() -> Weight {
		RocksDbWeight::get().reads_writes(0, 1)
	}
}
