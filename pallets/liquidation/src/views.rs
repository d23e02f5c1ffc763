//! Read models for runtime APIs and dashboards: the accounts at risk, the engine's state.

use crate::{pallet::*, risk, types::*};
use alloc::vec::Vec;
use ballast_primitives::MarginAccounts;

impl<T: Config> Pallet<T> {
	/// The first `limit` accounts in the index, most urgent first, with their health now: what
	/// the next blocks will examine. For the runtime API and dashboards.
	pub fn at_risk(limit: u32) -> Vec<AtRisk<T::AccountId>> {
		let levels = Self::levels();
		Index::<T>::iter_keys()
			.take(limit as usize)
			.map(|(key, who)| {
				let trigger = risk::level_of(key);
				let health = T::Margin::health(&who).unwrap_or_default();
				AtRisk { who, trigger, distance: trigger.saturating_sub(levels.for_key(key)), health }
			})
			.collect()
	}

	/// The watermark, the index's size and how many of its entries are due (both counted up
	/// to `limit`), and the parameters.
	pub fn engine_state(limit: u32) -> EngineState {
		let levels = Self::levels();
		let due_in = |queue, class| {
			Self::segment_entries(queue, class)
				.take(limit as usize)
				.take_while(|(key, _)| risk::is_due(*key, queue, class, &levels))
				.count()
		};
		let due = risk::segments(0).fold(0usize, |sum, (queue, class)| sum.saturating_add(due_in(queue, class))).min(limit as usize);
		EngineState {
			watermark: levels.both,
			markets_followed: LastPrices::<T>::decode_len().unwrap_or(0) as u32,
			indexed: Triggers::<T>::iter_keys().take(limit as usize).count() as u32,
			due: due as u32,
			funding_cap: FundingCap::<T>::get(),
			params: Params::<T>::get(),
		}
	}
}
