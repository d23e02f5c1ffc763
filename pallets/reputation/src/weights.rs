//! Weights of the reputation pallet's call. Its reports are paid for inside the margin and
//! liquidation engines' measured weights, which run them.
//!
//! The runtime's measured weights are generated into `runtime/src/weights/`; the `()` impl
//! below, for the pallet's own tests, counts storage accesses only.

use frame_support::weights::{constants::RocksDbWeight, Weight};

pub trait WeightInfo {
	fn set_params() -> Weight;
}

impl WeightInfo for () {
	fn set_params() -> Weight {
		RocksDbWeight::get().reads_writes(0, 1)
	}
}
