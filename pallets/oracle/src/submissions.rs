//! Feeders' submissions: checked and stored, and kept in step with the feeder set.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use ballast_primitives::{MarketId, Price};
use frame_support::traits::{ChangeMembers, Get, InitializeMembers, SortedMembers};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	pub(crate) fn ensure_valid(config: &MarketConfig<BlockNumberFor<T>>) -> Result<(), Error<T>> {
		use sp_arithmetic::Perbill;
		let strictly_fractional = |ratio: Perbill| !ratio.is_zero() && ratio < Perbill::one();
		let consistent = config.quorum > 0
			&& config.quorum <= T::MaxFeeders::get()
			&& !config.max_age.is_zero()
			&& !config.min_price.is_zero()
			&& config.min_price < config.max_price
			&& !config.divergence_threshold.is_zero()
			&& config.outlier_band >= config.divergence_threshold
			&& strictly_fractional(config.mark_smoothing)
			&& strictly_fractional(config.mark_cap)
			&& config.volatility_decay < Perbill::one();
		consistent.then_some(()).ok_or(Error::<T>::InvalidConfig)
	}

	/// Checks every price first, then stores them: a refused submission stores nothing.
	pub(crate) fn do_submit(feeder: T::AccountId, prices: Vec<(MarketId, Price)>) -> Result<(), Error<T>> {
		ensure_feeder::<T>(&feeder)?;
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(until) = Suspended::<T>::get(&feeder) {
			if now < until {
				return Err(Error::<T>::FeederSuspended);
			}
			Suspended::<T>::remove(&feeder);
		}
		if LastSubmission::<T>::get(&feeder) == Some(now) {
			return Err(Error::<T>::AlreadySubmitted);
		}
		if prices.is_empty() {
			return Err(Error::<T>::EmptySubmission);
		}
		let mut seen: Vec<MarketId> = Vec::with_capacity(prices.len());
		for (market, price) in &prices {
			let config = Markets::<T>::get(market).ok_or(Error::<T>::UnknownMarket)?;
			if *price < config.min_price || *price > config.max_price {
				return Err(Error::<T>::PriceOutOfRange);
			}
			if seen.contains(market) {
				return Err(Error::<T>::DuplicateMarket);
			}
			seen.push(*market);
		}
		for (market, price) in &prices {
			Submissions::<T>::insert(market, &feeder, Submission { price: *price, submitted_at: now });
		}
		LastSubmission::<T>::insert(&feeder, now);
		Self::deposit_event(Event::PricesSubmitted { feeder, markets: prices.len() as u32 });
		Ok(())
	}
}

pub(crate) fn ensure_feeder<T: Config>(who: &T::AccountId) -> Result<(), Error<T>> {
	T::Feeders::contains(who).then_some(()).ok_or(Error::<T>::NotFeeder)
}

/// Keeps submissions in step with the feeder set: a removed feeder's prices stop counting at
/// once instead of lingering until they age out.
///
/// A market whose quorum the new set cannot reach is announced: the change cannot be refused
/// here (the validator set has changed), but governance must hear of it.
impl<T: Config> ChangeMembers<T::AccountId> for Pallet<T> {
	fn change_members_sorted(_incoming: &[T::AccountId], outgoing: &[T::AccountId], new: &[T::AccountId]) {
		for feeder in outgoing {
			for market in Markets::<T>::iter_keys().take(T::MaxMarkets::get() as usize) {
				Submissions::<T>::remove(market, feeder);
			}
			LastSubmission::<T>::remove(feeder);
			Strikes::<T>::remove(feeder);
			Suspended::<T>::remove(feeder);
		}
		let feeders = new.len() as u32;
		for (market, config) in Markets::<T>::iter().take(T::MaxMarkets::get() as usize) {
			if config.quorum > feeders {
				Self::deposit_event(Event::QuorumUnreachable { market, quorum: config.quorum, feeders });
			}
		}
	}
}

/// The initial feeder set needs no preparation: feeders start with no submissions.
impl<T: Config> InitializeMembers<T::AccountId> for Pallet<T> {
	fn initialize_members(_: &[T::AccountId]) {}
}
