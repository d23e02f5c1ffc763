//! Deposits and withdrawals of traders' collateral, and the checks a withdrawal passes: margin
//! against the holder, the leverage tier, live marks, the withdrawal breaker.

use crate::{ledger::to_signed, pallet::*, types::*};
use alloc::vec::Vec;
use ballast_primitives::{Balance, MarketId, PriceFeed, WithdrawalGuard, WithdrawalPool, WithdrawalRefusal};
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::Preservation,
		Get,
	},
};
use sp_runtime::{traits::Zero, DispatchResult};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_deposit(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::Zero);
		let existing = Accounts::<T>::get(&who);
		ensure!(existing.is_some() || amount >= T::MinDeposit::get(), Error::<T>::BelowMinimumDeposit);
		let mut account = existing.unwrap_or_default();
		Self::settle_funding_and_profit(&who, &mut account);
		account.collateral = account.collateral.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		T::Collateral::transfer(&who, &Self::account_id(), amount, Preservation::Expendable)?;
		T::WithdrawalGuard::note_deposit(WithdrawalPool::Collateral, amount);
		Self::store_and_notify(&who, &account, None);
		Self::deposit_event(Event::Deposited { who, amount });
		Ok(())
	}

	pub(crate) fn do_withdraw(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::Zero);
		let mut account = Accounts::<T>::get(&who).ok_or(Error::<T>::InsufficientCollateral)?;
		Self::settle_funding_and_profit(&who, &mut account);
		ensure!(amount <= account.collateral, Error::<T>::InsufficientCollateral);
		account.collateral = account.collateral.saturating_sub(amount);
		let valuation = if !account.positions.is_empty() || !account.shortfall.is_zero() {
			// Valued against the holder: at a stale mark, or at a mark trailing a falling index,
			// an account underwater at real prices could withdraw.
			let (for_risk, checked) = Self::valuations_for_a_change(&account)?;
			// Profit not yet settled holds positions up but cannot be taken out.
			let withdrawable_equity = checked
				.equity
				.saturating_sub(to_signed(checked.open_profit))
				.saturating_sub(to_signed(account.unsettled_profit));
			let least = Self::least_equity(&account, checked.initial);
			ensure!(withdrawable_equity >= to_signed(least), Error::<T>::WouldBreachMargin);
			Self::ensure_within_tier(&who, &checked)?;
			for_risk
		} else {
			Self::valuation(&account)
		};
		Self::guard_withdrawal(WithdrawalPool::Collateral, amount, Self::collateral_held())?;
		T::Collateral::transfer(&Self::account_id(), &who, amount, Preservation::Expendable)?;
		Self::store_valued_and_notify(&who, &account, &valuation, None);
		Self::deposit_event(Event::Withdrawn { who, amount });
		Ok(())
	}

	/// The equity an account must keep after a withdrawal: its initial requirement, and with
	/// positions at least `MinDeposit`, so every account in the liquidation queue holds real money.
	pub(crate) fn least_equity(account: &MarginAccount, initial: Balance) -> Balance {
		if account.positions.is_empty() { initial } else { initial.max(T::MinDeposit::get()) }
	}

	/// Every market of `markets` has a live mark: what is valued at it can be paid out.
	pub(crate) fn ensure_marks_live(markets: impl IntoIterator<Item = MarketId>) -> DispatchResult {
		for market in markets {
			ensure!(T::PriceFeed::mark_price(market).is_some(), Error::<T>::PriceUnavailable);
		}
		Ok(())
	}

	/// The markets whose open interest the vault's equity depends on.
	pub(crate) fn markets_with_open_interest() -> Vec<MarketId> {
		Markets::<T>::iter()
			.take(T::MaxMarkets::get() as usize)
			.filter(|(_, listed)| listed.totals.long_size != 0 || listed.totals.short_size != 0)
			.map(|(market, _)| market)
			.collect()
	}

	/// Asks the withdrawal breaker before `amount` leaves `pool`.
	pub(crate) fn guard_withdrawal(pool: WithdrawalPool, amount: Balance, held: Balance) -> DispatchResult {
		T::WithdrawalGuard::note_withdrawal(pool, amount, held).map_err(|refusal| match refusal {
			WithdrawalRefusal::Paused => Error::<T>::WithdrawalsPaused.into(),
			WithdrawalRefusal::RateLimited => Error::<T>::WithdrawalLimited.into(),
		})
	}

	/// Traders' collateral held: the pallet's stablecoin less the vault's cash and the fees kept
	/// for the insurance fund.
	pub fn collateral_held() -> Balance {
		let pool = Pool::<T>::get();
		T::Collateral::balance(&Self::account_id()).saturating_sub(pool.vault.cash).saturating_sub(pool.insurance_fees)
	}
}
