//! Benchmarks (frame-benchmarking v2) of the hook and the calls:
//! - `on_initialize(m)`: `m` breakers stepped, each one's index moving past its halt band, so
//!   every market changes state and says so (the hook's worst path per market);
//! - the calls, each on its most expensive path.
//!
//! `cargo test --features runtime-benchmarks` runs each once in the mock.

use super::*;
use ballast_primitives::{MarketState, Price};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get, Hooks};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::{FixedPointNumber, Perbill};

fn params() -> BreakerParams {
	BreakerParams {
		window: 64,
		reduce_only_band: Perbill::from_percent(5),
		halt_band: Perbill::from_percent(15),
		cooldown: 10,
		calm_volatility: ballast_primitives::Ratio::saturating_from_rational(1, 1_000),
	}
}

/// `m` markets with breakers, each with a full window of samples at 100.
fn follow<T: Config>(m: u32) {
	for market in 0..m {
		T::BenchmarkHelper::set_price(market, Price::from_u32(100));
		Pallet::<T>::do_set_breaker(market, Some(params())).expect("below MaxMarkets");
	}
	for block in 1..=(SAMPLES * 8) {
		let now = BlockNumberFor::<T>::from(block);
		frame_system::Pallet::<T>::set_block_number(now);
		Pallet::<T>::tick(now);
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn on_initialize(m: Linear<0, { T::MaxMarkets::get() }>) {
		follow::<T>(m);
		for market in 0..m {
			T::BenchmarkHelper::set_price(market, Price::from_u32(50));
		}
		let now = frame_system::Pallet::<T>::block_number() + 1u32.into();
		frame_system::Pallet::<T>::set_block_number(now);
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
		for market in 0..m {
			assert_eq!(Breakers::<T>::get(market).map(|b| b.state), Some(MarketState::Halted));
		}
	}

	#[benchmark]
	fn set_breaker() -> Result<(), BenchmarkError> {
		follow::<T>(T::MaxMarkets::get().saturating_sub(1));
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let market = T::MaxMarkets::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, market, Some(params()));
		assert!(Breakers::<T>::contains_key(market));
		Ok(())
	}

	#[benchmark]
	fn set_venue_params() -> Result<(), BenchmarkError> {
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, VenueParams::default());
		Ok(())
	}

	#[benchmark]
	fn emergency_halt() -> Result<(), BenchmarkError> {
		follow::<T>(1);
		let origin = T::EmergencyOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Target::Market(0));
		assert_eq!(Pallet::<T>::effective_state(0), MarketState::Halted);
		Ok(())
	}

	#[benchmark]
	fn emergency_resume() -> Result<(), BenchmarkError> {
		follow::<T>(1);
		Pallet::<T>::do_emergency_halt(Target::Market(0)).expect("followed");
		let origin = T::EmergencyOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Target::Market(0));
		assert_eq!(Pallet::<T>::effective_state(0), MarketState::Open);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
