//! Benchmarks (frame-benchmarking v2): `set_params` with every tier and override filled.
//! `cargo test --features runtime-benchmarks` runs it once in the mock.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{traits::EnsureOrigin, BoundedVec};
use sp_arithmetic::FixedPointNumber;

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let overrides: alloc::vec::Vec<_> = (0..MAX_TIER_MARKETS).map(|m| (m, Ratio::saturating_from_integer(2))).collect();
		let tiers = (0..MAX_TIERS)
			.map(|i| Tier { markets: BoundedVec::truncate_from(overrides.clone()), ..Tier::new(i * 10, 2 + i) })
			.collect();
		let params = ReputationParams { tiers: BoundedVec::truncate_from(tiers), ..Default::default() };
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);
		assert_eq!(Params::<T>::get().tiers.len() as u32, MAX_TIERS);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
