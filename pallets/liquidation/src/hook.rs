//! The block's work: the watermark stepped, then the due entries popped and handled, most
//! urgent first, under the hook's budget and metered as the database sees it.

use crate::{liquidate::Handled, pallet::*, risk, weights::WeightInfo};
use alloc::vec::Vec;
use ballast_primitives::{BadDebt, MarketId, VenueStress};
use frame_support::{
	traits::Get,
	weights::{Weight, WeightMeter},
};
use sp_arithmetic::traits::Saturating;

/// What this block's liquidations have touched so far: whether one ran, in which markets, and
/// whether a bankruptcy was covered.
#[derive(Default)]
struct Touched {
	any: bool,
	covered: bool,
	/// At most `MaxMarkets`: an account holds only listed markets.
	markets: Vec<MarketId>,
}

impl Touched {
	/// The weight of `handled` given what was touched before it (the first liquidation's price,
	/// or only its own keys' when everything it shares is in the block's overlay), and records
	/// what it touched.
	fn charge<T: Config>(&mut self, handled: &Handled) -> Weight {
		// A healthy account writes nothing it shares with the others: its own check, cold.
		if handled.healthy {
			return T::WeightInfo::examine(handled.markets.len() as u32);
		}
		let new_market = handled.markets.iter().any(|market| !self.markets.contains(market));
		// An account that had to be liquidated but kept a position (its feed frozen) read them
		// all: it is charged as if every position it holds were reduced.
		let positions = handled.reduced.max(handled.markets.len() as u32);
		let first = T::WeightInfo::liquidate(positions);
		let weight = if self.any && !new_market {
			T::WeightInfo::liquidate_next(positions).saturating_sub(first)
		} else {
			first
		};
		self.any = true;
		for market in &handled.markets {
			if !self.markets.contains(market) {
				self.markets.push(*market);
			}
		}
		weight
	}

	/// What `handled`'s cover cost given the covers before it in the block (the first one's
	/// price, or only its own part once the records covers share are warm), and records it.
	fn charge_cover<T: Config>(&mut self, handled: &Handled) -> Weight {
		let Some(coverage) = handled.coverage.as_ref() else { return Weight::zero() };
		let weight = T::BadDebt::cover_weight_of(coverage, self.covered);
		self.covered = true;
		weight
	}
}

impl<T: Config> Pallet<T> {
	/// One block's work under `meter`: step the watermark, then pop and handle every entry at
	/// or below it that the budget allows. True when every due entry was handled.
	pub(crate) fn run(meter: &mut WeightMeter) -> bool {
		// The watermark steps every block, whatever the budget: skipping a step would lose a
		// move for good.
		meter.consume(T::WeightInfo::step(LastPrices::<T>::decode_len().unwrap_or(0) as u32));
		let levels = Self::step_watermark();
		let params = Params::<T>::get();
		let (mut popped, mut liquidated) = (0u32, 0u32);
		let mut deferred = false;
		let mut touched = Touched::default();
		// The large queue's due entries first, then the small queue's; within a queue the
		// classes take turns to go first, block by block, so none waits behind the others.
		let turn = sp_runtime::SaturatedConversion::saturated_into::<u32>(frame_system::Pallet::<T>::block_number());
		for (queue, class) in risk::segments(turn as usize) {
			if deferred {
				break;
			}
			// Finding where the walk of this segment stops reads one key more.
			meter.consume(T::DbWeight::get().reads(1));
			// One cursor per segment: each step reads the key after the last one, so the entries
			// removed behind it are never walked again (starting over each time would make a
			// block's work quadratic in its liquidations). Entries filed again land above their
			// class's level, where a walk stops.
			let mut entries = Self::segment_entries(queue, class);
			while let Some((key, who)) = entries.next() {
				if !risk::is_due(key, queue, class, &levels) {
					break;
				}
				// Room for the worst case of this entry. The first entry always fits: the budget
				// is never below `least_progress`.
				if popped > 0 && !meter.can_consume(Self::worst_entry()) {
					deferred = true;
					break;
				}
				Index::<T>::remove(key, &who);
				Triggers::<T>::remove(&who);
				popped.saturating_inc();
				let handled = Self::handle(&who, &params, &levels);
				let cover = touched.charge_cover::<T>(&handled);
				meter.consume(touched.charge::<T>(&handled).saturating_add(cover));
				if handled.reduced > 0 {
					liquidated.saturating_inc();
				}
			}
		}
		Self::deposit_event(Event::BlockProcessed { level: levels.both, popped, liquidated, deferred, weight: meter.consumed() });
		!deferred
	}

	/// The hook's budget: its share of the block at the venue's crisis level.
	pub(crate) fn budget() -> Weight {
		let share = Params::<T>::get().block_share.at(T::Stress::stress().level);
		share * T::BlockWeights::get().max_block
	}

	/// The least a block's budget is, whatever the parameters: the watermark's step, the walks'
	/// reads and one entry's worst case, so every block makes progress.
	pub(crate) fn least_progress() -> Weight {
		T::WeightInfo::step(T::MaxMarkets::get())
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(Self::worst_entry())
	}

	/// The most one entry may cost: a liquidation of every position and its bad debt's cover.
	pub(crate) fn worst_entry() -> Weight {
		T::WeightInfo::liquidate(T::MaxMarkets::get()).saturating_add(T::BadDebt::cover_weight())
	}
}
