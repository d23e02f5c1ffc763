//! The risk index: the watermarks stepped by each block's marks and indices, and each account filed under
//! its class's level plus its distance (what [`risk`] computes), in its queue.

use crate::{pallet::*, risk, Followed};
use ballast_primitives::{AccountHealth, PositionView, PriceFeed, Ratio};
use frame_support::{storage::StoragePrefixedMap, traits::Get};
use risk::{Class, Levels, Queue};
use sp_arithmetic::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The index's entries from the start of `queue`'s `class` (and on past its end).
	pub(crate) fn segment_entries(queue: Queue, class: Class) -> impl Iterator<Item = ([u8; 16], T::AccountId)> {
		let mut start = Index::<T>::final_prefix().to_vec();
		// `Identity` hashing: the raw key continues with the trigger's bytes.
		start.extend_from_slice(&risk::segment_start(queue, class));
		Index::<T>::iter_keys_from(start)
	}

	/// Which queue an account waits in: the large one when its maintenance requirement or its
	/// shortfall reaches [`Config::PriorityRequirement`].
	pub(crate) fn queue_for(health: &AccountHealth) -> Queue {
		let at_stake = health.maintenance_requirement.max(health.shortfall());
		if at_stake >= T::PriorityRequirement::get() { Queue::Large } else { Queue::Small }
	}

	/// Raises the two-sided watermark by the largest step of any market's mark or index since
	/// the last block (an account is valued at the worse of the two for its holder, which moves
	/// no further than the further of them), the one-sided ones by the largest fall and the
	/// largest rise, each plus the funding allowance (and at least one unit).
	pub(crate) fn step_watermark() -> Levels {
		let (mut largest_fall, mut largest_rise) = (Ratio::zero(), Ratio::zero());
		let mut followed = LastPrices::<T>::get();
		let mut moved = false;
		for last in followed.iter_mut() {
			let Some(snapshot) = T::PriceFeed::snapshot(last.market) else { continue };
			let (mark_fall, mark_rise) = risk::directed_step(last.mark, snapshot.mark);
			let (index_fall, index_rise) = risk::directed_step(last.index, snapshot.index);
			largest_fall = largest_fall.max(mark_fall).max(index_fall);
			largest_rise = largest_rise.max(mark_rise).max(index_rise);
			if (snapshot.mark, snapshot.index) != (last.mark, last.index) {
				(last.mark, last.index) = (snapshot.mark, snapshot.index);
				moved = true;
			}
		}
		if moved {
			LastPrices::<T>::put(followed);
		}
		// At least one unit, so an account re-indexed one unit above this block's level is
		// examined in the next block and never twice in one.
		let funding = Params::<T>::get().funding_allowance.max(FundingCap::<T>::get());
		let rise_by = |step: Ratio| step.saturating_add(funding).into_inner().max(1);
		let both = Watermark::<T>::mutate(|level| {
			*level = level.saturating_add(rise_by(largest_fall.max(largest_rise)));
			*level
		});
		let (falls, rises) = SideWatermarks::<T>::mutate(|(falls, rises)| {
			*falls = falls.saturating_add(rise_by(largest_fall));
			*rises = rises.saturating_add(rise_by(largest_rise));
			(*falls, *rises)
		});
		Levels { both, falls, rises }
	}

	/// The three levels now.
	pub fn levels() -> Levels {
		let (falls, rises) = SideWatermarks::<T>::get();
		Levels { both: Watermark::<T>::get(), falls, rises }
	}

	pub(crate) fn unindex(who: &T::AccountId) {
		if let Some(old) = Triggers::<T>::take(who) {
			Index::<T>::remove(old, who);
		}
	}

	/// Files `who`, measured as `health` and `positions`, under its class's level plus its
	/// distance. With `keep_earlier`, an entry already filed no later in the same queue and class
	/// stays where it is: being examined early is safe, and it saves moving the entry on every
	/// change of an account that only grew safer. An account that changed queue or class always
	/// moves: keys of two queues do not compare by level (every large key sorts before every
	/// small one), a large account left in the small queue would lose its priority, and keys of
	/// two classes are measured against different levels.
	pub(crate) fn place(who: &T::AccountId, levels: &Levels, health: AccountHealth, positions: &[PositionView], keep_earlier: bool) {
		Self::follow_markets(positions);
		let Some(distance) = risk::distance(&health, positions) else {
			Self::unindex(who);
			return;
		};
		let class = Class::of(positions);
		// Strictly above the current level: an account is examined at most once a block.
		let key = risk::trigger(levels.of(class), distance.max(Ratio::from_inner(1)), Self::queue_for(&health), class);
		let stored = Triggers::<T>::get(who);
		if keep_earlier && stored.is_some_and(|earlier| risk::files_no_later(earlier, key)) {
			return;
		}
		if let Some(earlier) = stored {
			Index::<T>::remove(earlier, who);
		}
		Index::<T>::insert(key, who, ());
		Triggers::<T>::insert(who, key);
	}

	/// A market the watermark does not follow yet joins it at its current prices.
	pub(crate) fn follow_markets(positions: &[PositionView]) {
		let mut followed = LastPrices::<T>::get();
		let mut joined = false;
		for position in positions {
			if followed.iter().any(|last| last.market == position.market) {
				continue;
			}
			let Some(snapshot) = T::PriceFeed::snapshot(position.market) else { continue };
			// Full only if the margin engine lists more markets than it may: then the
			// market is left out rather than anything dropped.
			let joining = Followed { market: position.market, mark: snapshot.mark, index: snapshot.index };
			joined |= followed.try_push(joining).is_ok();
		}
		if joined {
			LastPrices::<T>::put(followed);
		}
	}
}
