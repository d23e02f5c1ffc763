//! Weights of the validators pallet's calls.
//!
//! The runtime's measured weights are generated into `runtime/src/weights/`; the `()` impl
//! below, for the pallet's own tests, counts storage accesses only.

use frame_support::weights::{constants::RocksDbWeight, Weight};

pub trait WeightInfo {
	fn add_validator() -> Weight;
	fn remove_validator() -> Weight;
	fn set_session_length() -> Weight;
}

impl WeightInfo for () {
	fn add_validator() -> Weight {
		RocksDbWeight::get().reads_writes(2, 2)
	}
	fn remove_validator() -> Weight {
		RocksDbWeight::get().reads_writes(1, 2)
	}
	fn set_session_length() -> Weight {
		RocksDbWeight::get().writes(1)
	}
}
