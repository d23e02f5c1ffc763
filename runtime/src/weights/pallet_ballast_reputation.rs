//! Weights for `pallet_ballast_reputation`: to be replaced by `./scripts/generate-weights`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_ballast_reputation::WeightInfo for WeightInfo<T> {
	fn set_params() -> Weight {
		Weight::from_parts(20_000_000, 0).saturating_add(T::DbWeight::get().writes(1))
	}
}
