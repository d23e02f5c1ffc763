//! Weights of the insurance fund's calls, its share of the liquidation hook and its own hook.
//!
//! The runtime's measured weights are generated into `runtime/src/weights/` from the pallet's
//! benchmarks; the `()` impl below, for the pallet's own tests, counts storage accesses only.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each call and path.
pub trait WeightInfo {
	fn stake() -> Weight;
	fn request_withdrawal() -> Weight;
	fn cancel_withdrawal() -> Weight;
	fn withdraw() -> Weight;
	fn claim_premium() -> Weight;
	fn set_params() -> Weight;
	/// The loss waterfall down to deleveraging that reduces `p` positions, after scoring a
	/// full ranking window.
	fn cover(p: u32) -> Weight;
	/// The loss waterfall when the fund and the vault cover it all: deleveraging not reached.
	fn cover_without_deleveraging() -> Weight;
	/// Two such covers in one block: the second finds every record they share in the overlay.
	fn cover_next() -> Weight;
	/// The hook: income collected, a deficit or profit-cap step reducing `p` positions, the
	/// share price sampled.
	fn on_initialize(p: u32) -> Weight;
}

/// For tests: storage accesses against RocksDB costs.
impl WeightInfo for () {
	fn stake() -> Weight {
		RocksDbWeight::get().reads_writes(5, 4)
	}
	fn request_withdrawal() -> Weight {
		RocksDbWeight::get().reads_writes(3, 2)
	}
	fn cancel_withdrawal() -> Weight {
		RocksDbWeight::get().reads_writes(2, 2)
	}
	// Both payouts also pass the withdrawal breaker: its venue, limits and the pool's window
	// (3 reads, 1 write).
	fn withdraw() -> Weight {
		RocksDbWeight::get().reads_writes(9, 7)
	}
	fn claim_premium() -> Weight {
		RocksDbWeight::get().reads_writes(10, 5)
	}
	fn set_params() -> Weight {
		RocksDbWeight::get().reads_writes(0, 1)
	}
	fn cover(p: u32) -> Weight {
		RocksDbWeight::get().reads_writes(40 + 8 * p as u64, 6 + 6 * p as u64)
	}
	// The fund's ledger and the transfer into the vault, the vault's state over its markets.
	fn cover_without_deleveraging() -> Weight {
		RocksDbWeight::get().reads_writes(12, 6)
	}
	// The same records: the second cover reads and writes nothing new.
	fn cover_next() -> Weight {
		RocksDbWeight::get().reads_writes(12, 6).saturating_add(Weight::from_parts(1_000_000, 0))
	}
	fn on_initialize(p: u32) -> Weight {
		RocksDbWeight::get().reads_writes(40 + 8 * p as u64, 6 + 6 * p as u64)
	}
}
