//! Prices for the other pallets ([`PriceFeed`]) and the runtime API, and the helpers the
//! benchmarks and the stress-test simulation use.

use crate::{aggregation, pallet::*, types::*};
use alloc::vec::Vec;
use ballast_primitives::{MarketId, Price, PriceFeed, PriceSnapshot};
use frame_support::traits::{Get, SortedMembers};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// A market configuration for benchmarks: one feeder is a quorum, a wide price range, the
	/// presets' outlier band and divergence threshold.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn benchmark_market_config() -> MarketConfig<BlockNumberFor<T>> {
		use sp_arithmetic::{FixedPointNumber, Perbill};
		MarketConfig {
			max_age: 10u32.into(),
			quorum: 1,
			outlier_band: Perbill::from_percent(5),
			divergence_threshold: Perbill::from_percent(2),
			mark_smoothing: Perbill::from_percent(50),
			mark_cap: Perbill::from_percent(10),
			volatility_decay: Perbill::from_percent(94),
			min_price: Price::saturating_from_rational(1, 1_000_000),
			max_price: Price::saturating_from_integer(100_000_000u32),
		}
	}

	/// Lists `market` (with [`Self::benchmark_market_config`]) if needed and makes `price` its
	/// live index and mark, for other pallets' benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn set_live_price_for_benchmarks(market: MarketId, price: Price) {
		if !Markets::<T>::contains_key(market) {
			Markets::<T>::insert(market, Self::benchmark_market_config());
		}
		let now = frame_system::Pallet::<T>::block_number();
		Feeds::<T>::insert(market, Feed { index: price, mark: price, variance: Default::default(), updated_at: now, status: ballast_primitives::PriceStatus::Live });
	}

	/// For a simulation on state that is thrown away (the stress-test runtime API): every feeder
	/// has submitted `price` for `market` in this block, or with `None` none has a fresh price
	/// (an outage), so the next block's aggregation sees what validators would have sent.
	pub fn simulate_submissions(market: MarketId, price: Option<Price>) {
		let _ = Submissions::<T>::clear_prefix(market, T::MaxFeeders::get(), None);
		let Some(price) = price else { return };
		let now = frame_system::Pallet::<T>::block_number();
		for feeder in T::Feeders::sorted_members().into_iter().take(T::MaxFeeders::get() as usize) {
			if !Suspended::<T>::contains_key(&feeder) {
				Submissions::<T>::insert(market, feeder, Submission { price, submitted_at: now });
			}
		}
	}

	/// Every listed market with its feed, for the runtime API.
	pub fn feeds() -> Vec<(MarketId, Option<PriceSnapshot<BlockNumberFor<T>>>)> {
		Markets::<T>::iter_keys()
			.take(T::MaxMarkets::get() as usize)
			.map(|market| (market, <Self as PriceFeed<_>>::snapshot(market)))
			.collect()
	}
}

impl<T: Config> PriceFeed<BlockNumberFor<T>> for Pallet<T> {
	fn snapshot(market: MarketId) -> Option<PriceSnapshot<BlockNumberFor<T>>> {
		let feed = Feeds::<T>::get(market)?;
		Some(PriceSnapshot {
			index: feed.index,
			mark: feed.mark,
			volatility: aggregation::volatility(feed.variance),
			updated_at: feed.updated_at,
			status: feed.status,
		})
	}

	fn stressed_move(market: MarketId) -> Option<ballast_primitives::Ratio> {
		StressRecords::<T>::get(market).map(|record| record.worst_move())
	}
}
