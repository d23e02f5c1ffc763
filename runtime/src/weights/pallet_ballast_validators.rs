//! Weights for `pallet_ballast_validators`: a first estimate, replaced by
//! `./scripts/generate-weights pallet_ballast_validators`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// Weight functions for `pallet_ballast_validators`.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_ballast_validators::WeightInfo for WeightInfo<T> {
	fn add_validator() -> Weight {
		Weight::from_parts(30_000_000, 1_600)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(30_000_000, 1_600)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn set_session_length() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
}
