//! The block's aggregation: each market's fresh submissions to a median index, outliers struck,
//! an EMA mark, a volatility estimate and the feed's status.

use crate::{aggregation, pallet::*, types::*};
use alloc::vec::Vec;
use ballast_primitives::{MarketId, Price, PriceStatus};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Aggregates every market; returns how many markets it read and the most submissions one
	/// of them held, which bound its weight.
	pub(crate) fn aggregate_all(now: BlockNumberFor<T>) -> (u32, u32) {
		let (mut markets, mut most_submissions) = (0u32, 0u32);
		for (market, config) in Markets::<T>::iter().take(T::MaxMarkets::get() as usize) {
			markets.saturating_inc();
			most_submissions = most_submissions.max(Self::aggregate_market(market, &config, now));
		}
		(markets, most_submissions)
	}

	/// One market's aggregation; returns how many submissions it read.
	pub(crate) fn aggregate_market(market: MarketId, config: &MarketConfig<BlockNumberFor<T>>, now: BlockNumberFor<T>) -> u32 {
		let oldest_fresh = now.saturating_sub(config.max_age);
		let mut fresh: Vec<(T::AccountId, Price)> = Vec::new();
		let mut expired: Vec<T::AccountId> = Vec::new();
		let mut read = 0u32;
		for (feeder, submission) in Submissions::<T>::iter_prefix(market).take(T::MaxFeeders::get() as usize) {
			read.saturating_inc();
			if submission.submitted_at >= oldest_fresh {
				fresh.push((feeder, submission.price));
			} else {
				expired.push(feeder);
			}
		}
		// Expired submissions are dropped, so storage holds at most one per active feeder.
		for feeder in expired {
			Submissions::<T>::remove(market, feeder);
		}

		let prices: Vec<Price> = fresh.iter().map(|(_, price)| *price).collect();
		let outcome = aggregation::aggregate(&prices, config);
		for &position in &outcome.outliers {
			let Some((feeder, price)) = fresh.get(position) else { continue };
			Self::deposit_event(Event::OutlierRejected { market, feeder: feeder.clone(), price: *price });
			Self::strike(feeder, market, now);
		}
		Self::record(market, config, now, outcome);
		read
	}

	/// Counts an outlier against `feeder`; suspends it at [`Config::OutlierLimit`] within the
	/// window, dropping the price it was judged on.
	pub(crate) fn strike(feeder: &T::AccountId, market: MarketId, now: BlockNumberFor<T>) {
		OutlierCounts::<T>::mutate(feeder, |count| count.saturating_inc());
		let mut recent = Strikes::<T>::get(feeder).unwrap_or(RecentOutliers { count: 0, since: now });
		if now.saturating_sub(recent.since) >= T::OutlierWindow::get() {
			recent = RecentOutliers { count: 0, since: now };
		}
		recent.count.saturating_inc();
		if recent.count < T::OutlierLimit::get() {
			Strikes::<T>::insert(feeder, recent);
			return;
		}
		Strikes::<T>::remove(feeder);
		let until = now.saturating_add(T::SuspensionPeriod::get());
		Suspended::<T>::insert(feeder, until);
		Submissions::<T>::remove(market, feeder);
		Self::deposit_event(Event::FeederSuspended { feeder: feeder.clone(), outliers: recent.count, until });
	}

	/// Notes an index move in `market`'s stress record.
	fn note_stress(market: MarketId, previous: Price, index: Price, now: BlockNumberFor<T>) {
		StressRecords::<T>::mutate(market, |record| {
			record.get_or_insert_with(|| StressRecord::new(now)).observe(previous, index, now, T::StressPeriod::get());
		});
	}

	/// Stores an aggregation's outcome: status always, index and mark only when `Live`.
	pub(crate) fn record(market: MarketId, config: &MarketConfig<BlockNumberFor<T>>, now: BlockNumberFor<T>, outcome: aggregation::Aggregate) {
		let previous = Feeds::<T>::get(market);
		let previous_status = previous.map_or(PriceStatus::Stale, |feed| feed.status);
		let feed = match (outcome.status, outcome.index, previous) {
			(PriceStatus::Live, Some(index), previous) => {
				let mark = aggregation::next_mark(previous.map(|f| f.mark), index, config.mark_smoothing, config.mark_cap);
				let variance = match previous {
					Some(previous) => {
						// The return feeds the volatility estimate only: a history of returns
						// that nothing read was rewritten every block (600 entries a market).
						let last_return = aggregation::index_return(previous.index, index);
						Self::note_stress(market, previous.index, index, now);
						aggregation::next_variance(previous.variance, last_return, config.volatility_decay)
					},
					None => Default::default(),
				};
				Self::deposit_event(Event::PriceAggregated { market, index, mark, feeders: outcome.accepted });
				Feed { index, mark, variance, updated_at: now, status: PriceStatus::Live }
			},
			(status, _, Some(previous)) => Feed { status, ..previous },
			// Never priced: nothing to keep, and nothing to announce until it is.
			(_, _, None) => return,
		};
		// A feed that stays as it was (stale and still stale) is not written again.
		if previous == Some(feed) {
			return;
		}
		if feed.status != previous_status {
			Self::deposit_event(Event::StatusChanged { market, from: previous_status, to: feed.status });
		}
		Feeds::<T>::insert(market, feed);
	}
}
