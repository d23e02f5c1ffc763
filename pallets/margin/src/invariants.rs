//! The engine's invariants, checked by `try_state`: conservation to the unit, totals that match
//! the positions, bounded storage.

use crate::{math, pallet::*, types::*};
use alloc::vec::Vec;
use ballast_primitives::{Balance, MarketId, Quantity, Ratio};
use frame_support::{ensure, traits::Get};
use sp_arithmetic::traits::One;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Conservation to the unit, totals that match the positions, bounded storage.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		ensure!(Markets::<T>::count() <= T::MaxMarkets::get(), "more markets than MaxMarkets");
		ensure!(Scaling::<T>::get().is_valid(), "scaling parameters invalid");
		for market in Markets::<T>::iter_values() {
			let scale = market.scale;
			ensure!(scale.maintenance >= Ratio::one(), "a maintenance multiplier below one");
			ensure!(scale.initial >= scale.maintenance, "an initial multiplier below the maintenance one");
			ensure!(scale.phase_in <= Ratio::one(), "a phase-in past one");
			ensure!(market.raised_from.is_some() == (scale.phase_in < Ratio::one()), "a phase-in without its old parameters");
		}
		let premium = Pool::<T>::get().premium;
		ensure!(
			premium.episode.is_some() || (premium.pot == 0 && premium.rate.is_zero()),
			"a crisis premium set aside outside a crisis"
		);
		let vault = Pool::<T>::get().vault;
		let mut unsettled = 0u128;
		for account in Accounts::<T>::iter_values() {
			unsettled = unsettled.checked_add(account.unsettled_profit).ok_or("unsettled overflows")?;
			let mut markets: Vec<MarketId> = account.positions.iter().map(|(market, _)| *market).collect();
			markets.sort();
			markets.dedup();
			ensure!(markets.len() == account.positions.len(), "two positions of an account in one market");
			ensure!(account != MarginAccount::default(), "an empty account is stored");
		}
		for (who, sources) in ShortfallSources::<T>::iter() {
			let shortfall = Accounts::<T>::get(&who).map_or(0, |account| account.shortfall);
			ensure!(!shortfall.is_zero() && !sources.is_empty(), "loss sources kept for an account without a shortfall");
		}
		let ledgers = Self::ledgers();
		ensure!(ledgers.owed() < Balance::MAX, "ledgers overflow");
		// More is a donation (anyone may transfer to the account) and harms no one; less is a
		// missing unit.
		ensure!(ledgers.held >= ledgers.owed(), "stablecoin held is short of the ledgers");
		ensure!(unsettled == Pool::<T>::get().unsettled_profit, "unsettled profit total is off");

		let mut sums: BTreeMap<MarketId, (Quantity, Quantity, Balance, Balance)> = BTreeMap::new();
		for (market, position) in Accounts::<T>::iter_values().flat_map(|account| account.positions.into_inner()) {
			ensure!(position.size != 0, "a stored position of size zero");
			ensure!(Markets::<T>::contains_key(market), "a position in an unlisted market");
			let sum = sums.entry(market).or_default();
			if position.size > 0 {
				sum.0 = sum.0.saturating_add(position.size);
				sum.2 = sum.2.saturating_add(position.entry_value);
			} else {
				sum.1 = sum.1.saturating_add(position.size.saturating_abs());
				sum.3 = sum.3.saturating_add(position.entry_value);
			}
		}
		for (market, Market { totals, .. }) in Markets::<T>::iter() {
			let sum = sums.remove(&market).unwrap_or_default();
			ensure!(
				(totals.long_size, totals.short_size, totals.long_entry_value, totals.short_entry_value) == sum,
				"a market's totals differ from its positions"
			);
		}
		ensure!(sums.is_empty(), "positions in a market without totals");
		let mut open = TradersPnl::default();
		for (_, Market { totals, .. }) in Markets::<T>::iter() {
			let long = math::unrealised_pnl(totals.long_size, totals.long_entry_value, totals.valued_at);
			let short = math::unrealised_pnl(totals.short_size.saturating_neg(), totals.short_entry_value, totals.valued_at);
			ensure!((totals.long_pnl, totals.short_pnl) == (long, short), "a market's cached PnL is off");
			open.net = open.net.saturating_add(long).saturating_add(short);
			open.open_profit = open.open_profit.saturating_add(long.max(0).unsigned_abs()).saturating_add(short.max(0).unsigned_abs());
		}
		ensure!(open == Pool::<T>::get().open_pnl, "the traders' open PnL sum is off");
		let shares: Balance = LpShares::<T>::iter_values().fold(0, |sum, s| sum.saturating_add(s));
		ensure!(shares == vault.shares, "LP shares differ from the vault's");
		Ok(())
	}
}
