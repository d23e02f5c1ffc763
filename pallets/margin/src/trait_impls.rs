//! The margin engine's side of [`ballast_primitives::MarginAccounts`]: health and positions for
//! the liquidation engine, forced reductions, and bad debt taken off an account for the fund.

use crate::{
	ledger::{fraction_of, to_signed},
	math,
	pallet::*,
	trading::Fill,
};
use alloc::vec::Vec;
use ballast_primitives::{
	AccountHealth, Bankruptcy, MarginAccounts, MarketId, PositionView, Price, PriceFeed, Quantity, Ratio, Reduction, ValuedAccount,
};
use frame_support::ensure;
use sp_arithmetic::Rounding;
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

impl<T: Config> MarginAccounts<T::AccountId> for Pallet<T> {
	fn health(who: &T::AccountId) -> Option<AccountHealth> {
		Accounts::<T>::get(who).map(|account| Self::health_of(&Self::valuation(&account)))
	}

	fn positions(who: &T::AccountId) -> Vec<PositionView> {
		let Some(account) = Accounts::<T>::get(who) else { return Vec::new() };
		Self::valuation(&account).positions.iter().map(Self::view_of).collect()
	}

	fn valued(who: &T::AccountId) -> Option<ValuedAccount> {
		let account = Accounts::<T>::get(who)?;
		let valuation = Self::valuation(&account);
		Some(ValuedAccount { health: Self::health_of(&valuation), positions: valuation.positions.iter().map(Self::view_of).collect() })
	}

	fn entries(who: &T::AccountId) -> Vec<(MarketId, Quantity, Price)> {
		let Some(account) = Accounts::<T>::get(who) else { return Vec::new() };
		account
			.positions
			.iter()
			.map(|(market, p)| (*market, p.size, math::average_price(p.size, p.entry_value)))
			.collect()
	}

	fn reduce_position(
		who: &T::AccountId,
		market: MarketId,
		amount: Quantity,
		price: Price,
		penalty: Ratio,
	) -> Result<Reduction, DispatchError> {
		let mut account = Accounts::<T>::get(who).ok_or(Error::<T>::NoPosition)?;
		let size = account.position(market).ok_or(Error::<T>::NoPosition)?.size;
		let closing = amount.unsigned_abs().min(size.unsigned_abs());
		ensure!(closing > 0, Error::<T>::Zero);
		Self::settle_funding_and_profit(who, &mut account);
		let delta = Quantity::try_from(closing).map_err(|_| Error::<T>::Overflow)?.saturating_mul(-size.signum());
		let mark = T::PriceFeed::snapshot(market).map_or(price, |snapshot| snapshot.mark);
		let repositioned = Self::repositioning(&account, market);
		let (Fill { realised_pnl, loss, .. }, _) = Self::execute(&mut account, market, Self::totals_of(market), delta, price, mark)?;
		Self::note_loss(who, loss);
		let closed_value = math::value(delta, price, Rounding::Up).ok_or(Error::<T>::Overflow)?;
		// Never more than the equity left: a penalty that turned into bad debt would be paid by
		// the insurance fund or deleveraged traders, not by the account it penalises.
		let mut valuation = Self::valuation(&account);
		let equity_left = valuation.equity.max(0).unsigned_abs();
		let penalty_due = fraction_of(closed_value, penalty, Rounding::Up).min(equity_left);
		Self::charge(&mut account, penalty_due, VaultConfig::<T>::get().penalty_to_insurance);
		// Charged from collateral, the rest as shortfall: equity falls by exactly the penalty.
		valuation.equity = valuation.equity.saturating_sub(to_signed(penalty_due));
		Self::store_valued_and_notify(who, &account, &valuation, Some(repositioned));
		Self::deposit_event(Event::PositionReduced {
			who: who.clone(),
			market,
			closed: delta.saturating_abs(),
			price,
			penalty: penalty_due,
		});
		let health_after = Self::health_of(&valuation);
		let positions_after = valuation.positions.iter().map(Self::view_of).collect();
		Ok(Reduction { closed: delta.saturating_abs(), realised_pnl, penalty: penalty_due, health_after, positions_after })
	}

	fn watched_accounts() -> Vec<T::AccountId> {
		Accounts::<T>::iter()
			.filter(|(_, account)| !account.positions.is_empty() || !account.shortfall.is_zero())
			.map(|(who, _)| who)
			.collect()
	}

	fn take_shortfall(who: &T::AccountId) -> Bankruptcy {
		let Some(mut account) = Accounts::<T>::get(who) else { return Bankruptcy::default() };
		if !account.positions.is_empty() || account.shortfall.is_zero() {
			return Bankruptcy::default();
		}
		// Owed profit and collateral pay the loss first; what is left is bad debt.
		let netted = account.unsettled_profit.min(account.shortfall);
		account.unsettled_profit.saturating_reduce(netted);
		account.shortfall.saturating_reduce(netted);
		let paid = account.collateral.min(account.shortfall);
		Pool::<T>::mutate(|pool| {
			pool.unsettled_profit.saturating_reduce(netted);
			pool.vault.cash.saturating_accrue(paid);
		});
		account.collateral.saturating_reduce(paid);
		account.shortfall.saturating_reduce(paid);
		let taken = core::mem::take(&mut account.shortfall);
		let sources = ShortfallSources::<T>::take(who).into_inner();
		Self::store_and_notify(who, &account, None);
		Self::deposit_event(Event::ShortfallTaken { who: who.clone(), amount: taken });
		Bankruptcy::apportioned(taken, sources)
	}
}
