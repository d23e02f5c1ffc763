//! Weights for `pallet_ballast_circuit_breaker`: to be replaced by `./scripts/generate-weights`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_ballast_circuit_breaker::WeightInfo for WeightInfo<T> {
	fn on_initialize(m: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 3000)
			.saturating_add(Weight::from_parts(40_000_000, 3000).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	fn set_breaker() -> Weight {
		Weight::from_parts(30_000_000, 3000).saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	fn set_venue_params() -> Weight {
		Weight::from_parts(15_000_000, 0).saturating_add(T::DbWeight::get().writes(1))
	}
	fn emergency_halt() -> Weight {
		Weight::from_parts(30_000_000, 3000).saturating_add(T::DbWeight::get().reads_writes(2, 1))
	}
	fn emergency_resume() -> Weight {
		Weight::from_parts(30_000_000, 3000).saturating_add(T::DbWeight::get().reads_writes(2, 1))
	}
}
