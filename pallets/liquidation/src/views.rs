//! Read models for runtime APIs and dashboards: the accounts at risk with their chance of
//! liquidation, the book's expected liquidations and shortfall, the engine's state.

use crate::{pallet::*, risk, types::*};
use alloc::vec::Vec;
use ballast_primitives::{MarginAccounts, PriceFeed, Ratio, ValuedAccount, VenueStress};
use risk::probability::{self, Exposure};
use sp_arithmetic::{traits::Saturating, FixedPointNumber, Perbill};

impl<T: Config> Pallet<T> {
	/// The first `limit` accounts in the index, most urgent first, with their health now: what
	/// the next blocks will examine. For the runtime API and dashboards.
	pub fn at_risk(limit: u32) -> Vec<AtRisk<T::AccountId>> {
		let levels = Self::levels();
		Index::<T>::iter_keys()
			.take(limit as usize)
			.map(|(key, who)| {
				let trigger = risk::level_of(key);
				let valued = T::Margin::valued(&who);
				let probability = valued.as_ref().map_or(Perbill::zero(), |account| Self::risk_of(account).probability);
				let health = valued.map(|account| account.health).unwrap_or_default();
				AtRisk { who, trigger, distance: trigger.saturating_sub(levels.for_key(key)), health, probability }
			})
			.collect()
	}

	/// `who`'s chance of reaching maintenance within the risk horizon and what it could leave
	/// unpaid, or `None` without a margin account.
	pub fn account_risk(who: &T::AccountId) -> Option<AccountRisk> {
		T::Margin::valued(who).map(|account| Self::risk_of(&account))
	}

	/// The book's expected liquidations and shortfall over the risk horizon, summed over the
	/// first `limit` accounts of the index (most urgent first: the ones that carry the sums).
	pub fn book_risk(limit: u32) -> BookRisk {
		let mut book = BookRisk { horizon: Params::<T>::get().risk_horizon, ..Default::default() };
		let mut entries = Index::<T>::iter_keys();
		for (_, who) in entries.by_ref().take(limit as usize) {
			let Some(account) = T::Margin::valued(&who) else { continue };
			let risk = Self::risk_of(&account);
			book.accounts.saturating_inc();
			book.expected_liquidations = book.expected_liquidations.saturating_add(Ratio::from_perbill(risk.probability));
			book.expected_shortfall = book.expected_shortfall.saturating_add(risk.expected_shortfall);
		}
		book.truncated = entries.next().is_some();
		book
	}

	/// The model of [`risk::probability`] on a valued account: its markets' volatility a block
	/// from the oracle, their correlation from the venue's stress signal.
	fn risk_of(account: &ValuedAccount) -> AccountRisk {
		let horizon = Params::<T>::get().risk_horizon;
		let correlation = T::Stress::stress().correlation;
		let exposures: Vec<Exposure> = account
			.positions
			.iter()
			.map(|position| Exposure {
				notional: position.notional,
				long: position.size > 0,
				sigma: T::PriceFeed::volatility(position.market).unwrap_or_default(),
			})
			.collect();
		let deviation = probability::pnl_deviation(&exposures, correlation, horizon);
		let health = account.health;
		let headroom = health.equity.saturating_sub(i128::try_from(health.maintenance_requirement).unwrap_or(i128::MAX));
		let chance = probability::probability(headroom, deviation);
		AccountRisk {
			probability: Perbill::from_rational(chance.into_inner().min(Ratio::DIV), Ratio::DIV),
			headroom,
			pnl_deviation: deviation,
			expected_shortfall: probability::expected_shortfall(health.equity, deviation),
			horizon,
		}
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
