//! Benchmarks (frame-benchmarking v2) of every call and of the per-block aggregation, each at
//! its worst case. `cargo test --features runtime-benchmarks` runs each once in the mock.

use super::*;
use ballast_primitives::{Price, Ratio};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Hooks},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_arithmetic::FixedPointNumber;

fn config<T: Config>() -> MarketConfig<BlockNumberFor<T>> {
	Pallet::<T>::benchmark_market_config()
}

/// The `index`th feeder: an existing one where there is one (so the set never outgrows
/// `MaxFeeders` in a runtime with genesis feeders), otherwise a new one.
fn feeder<T: Config>(index: u32) -> T::AccountId {
	if let Some(existing) = T::Feeders::sorted_members().get(index as usize) {
		return existing.clone();
	}
	let who: T::AccountId = account("feeder", index, 0);
	T::Feeders::add(&who);
	who
}

fn list_markets<T: Config>(count: u32) {
	for market in 0..count {
		Markets::<T>::insert(market, config::<T>());
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn submit_prices(n: Linear<1, { T::MaxPricesPerSubmission::get() }>) {
		list_markets::<T>(n);
		let who = feeder::<T>(0);
		let prices: Vec<(MarketId, Price)> = (0..n).map(|m| (m, Price::saturating_from_integer(100u32))).collect();
		let prices = BoundedVec::try_from(prices).expect("n is within the bound");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), prices);

		assert_eq!(Submissions::<T>::iter().count() as u32, n);
	}

	#[benchmark]
	fn set_market() -> Result<(), BenchmarkError> {
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		list_markets::<T>(T::MaxMarkets::get() - 1);
		let market = T::MaxMarkets::get();
		// The quorum is checked against the feeder set.
		feeder::<T>(0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, market, config::<T>());

		assert_eq!(Markets::<T>::count(), T::MaxMarkets::get());
		Ok(())
	}

	#[benchmark]
	fn remove_market() -> Result<(), BenchmarkError> {
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		list_markets::<T>(1);
		Pallet::<T>::put_name(0, ballast_primitives::MarketName::new(b"BENCH-USD", 2).unwrap()).unwrap();
		for index in 0..T::MaxFeeders::get() {
			Submissions::<T>::insert(0, feeder::<T>(index), Submission { price: Price::saturating_from_integer(1u32), submitted_at: 1u32.into() });
		}

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0);

		assert_eq!(Submissions::<T>::iter().count(), 0);
		assert_eq!(Pallet::<T>::market_by_symbol(b"BENCH-USD"), None);
		Ok(())
	}

	/// The dearest naming: a named market renamed, its old symbol freed.
	#[benchmark]
	fn name_market() -> Result<(), BenchmarkError> {
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		list_markets::<T>(1);
		Pallet::<T>::put_name(0, ballast_primitives::MarketName::new(b"OLD-USD", 2).unwrap()).unwrap();
		let symbol: crate::Symbol = b"LONGEST-SYMBOL16".to_vec().try_into().unwrap();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0, symbol, 8);

		assert_eq!(Pallet::<T>::market_by_symbol(b"longest-symbol16"), Some(0));
		assert_eq!(Pallet::<T>::market_by_symbol(b"OLD-USD"), None);
		Ok(())
	}

	/// `m` markets with `s` fresh submissions each; a third of them outliers whose feeders are
	/// one outlier short of suspension (so the first market suspends them), each market already
	/// priced so the mark, returns and variance are all updated.
	#[benchmark]
	fn aggregate(m: Linear<1, { T::MaxMarkets::get() }>, s: Linear<1, { T::MaxFeeders::get() }>) {
		list_markets::<T>(m);
		let now: BlockNumberFor<T> = 2u32.into();
		frame_system::Pallet::<T>::set_block_number(now);
		for market in 0..m {
			let previous = Price::saturating_from_integer(99u32);
			Feeds::<T>::insert(market, Feed { index: previous, mark: previous, variance: Default::default(), updated_at: 1u32.into(), status: PriceStatus::Live });
			// A full stress record, read and rewritten with the move.
			let periods = alloc::vec![Ratio::saturating_from_rational(1, 100); STRESS_PERIODS as usize];
			StressRecords::<T>::insert(market, StressRecord { worst: BoundedVec::truncate_from(periods), ..StressRecord::new(now) });
			for index in 0..s {
				let liar = index % 3 == 2;
				let price = if liar { 1_000u32 } else { 100u32 };
				if liar && market == 0 {
					let strikes = RecentOutliers { count: T::OutlierLimit::get().saturating_sub(1), since: now };
					Strikes::<T>::insert(feeder::<T>(index), strikes);
				}
				let submission = Submission { price: Price::saturating_from_integer(price), submitted_at: now };
				Submissions::<T>::insert(market, feeder::<T>(index), submission);
			}
		}

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert!(Feeds::<T>::iter().all(|(_, feed)| feed.updated_at == now));
		assert!(StressRecords::<T>::iter().all(|(_, record)| record.worst.len() == STRESS_PERIODS as usize));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
