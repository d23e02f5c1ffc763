//! Benchmarks (frame-benchmarking v2) of the hook's parts and of the call: the watermark's
//! step over `m` markets, and the handling of one popped account that reduces `p` positions
//! (all of them, deeply underwater, with its shortfall covered), or with `p = 0` a healthy one
//! measured again. `cargo test --features runtime-benchmarks` runs each once in the mock.

use super::*;
use ballast_primitives::{BASE_UNIT, COLLATERAL_UNIT};
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;

fn price(dollars: u32) -> Price {
	Price::saturating_from_integer(dollars)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn step(m: Linear<0, { T::MaxMarkets::get() }>) {
		for market in 0..m {
			T::BenchmarkHelper::set_mark(market, price(110));
			LastMarks::<T>::insert(market, price(100));
		}

		#[block]
		{
			Pallet::<T>::step_watermark();
		}

		assert!(Watermark::<T>::get() > 0 || m == 0);
	}

	#[benchmark]
	fn liquidate(p: Linear<0, { T::MaxMarkets::get() }>) {
		let who: T::AccountId = account("trader", 0, 0);
		let markets = p.max(1);
		for market in 0..markets {
			T::BenchmarkHelper::set_mark(market, price(100));
		}
		let positions: Vec<(MarketId, Quantity)> = (0..markets).map(|m| (m, 10 * BASE_UNIT as i128)).collect();
		T::BenchmarkHelper::open(&who, 200 * COLLATERAL_UNIT, &positions);
		if p > 0 {
			// Every market halves: far below maintenance, everything closes, a shortfall is left.
			for market in 0..markets {
				T::BenchmarkHelper::set_mark(market, price(50));
			}
		}
		let params = Params::<T>::get();
		let level = Watermark::<T>::get();

		#[block]
		{
			Pallet::<T>::handle(&who, &params, level);
		}

		assert_eq!(T::Margin::positions(&who).is_empty(), p > 0);
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, LiquidationParams::default());

		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
