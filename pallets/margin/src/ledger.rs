//! The ledgers an account's money moves between: collateral, owed profit, shortfall, the
//! vault's cash and the insurance fund's fees; funding settled on an account; an account stored
//! and its observers (the liquidation engine, the deleveraging ranking) told.

use crate::{math, pallet::*, types::*, valuation::Valuation};
use alloc::vec::Vec;
use ballast_primitives::{AccountChange, Balance, MarginObserver, MarketId, PositionView, Ratio, Repositioned, SignedBalance};
use frame_support::traits::Get;
use sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, FixedPointNumber, Rounding};
use sp_runtime::traits::{AccountIdConversion, Saturating, Zero};

/// `amount × ratio`, rounded as asked.
pub(crate) fn fraction_of(amount: Balance, ratio: Ratio, rounding: Rounding) -> Balance {
	multiply_by_rational_with_rounding(amount, ratio.into_inner(), Ratio::DIV, rounding).unwrap_or(Balance::MAX)
}

pub(crate) fn to_signed(amount: Balance) -> SignedBalance {
	SignedBalance::try_from(amount).unwrap_or(SignedBalance::MAX)
}

impl<T: Config> Pallet<T> {
	/// The account holding every ledger's stablecoin.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Stores the account, or removes it once it holds and owes nothing, and tells the
	/// observers how it stands now. `repositioned`: the position that changed, if any.
	pub(crate) fn store_and_notify(who: &T::AccountId, account: &MarginAccount, repositioned: Option<Repositioned>) {
		Self::store_valued_and_notify(who, account, &Self::valuation(account), repositioned);
	}

	/// [`Self::store_and_notify`] for a caller that has just valued the account as it is stored:
	/// the liquidation engine and the deleveraging ranking read this valuation instead of
	/// making their own.
	pub(crate) fn store_valued_and_notify(who: &T::AccountId, account: &MarginAccount, valuation: &Valuation, repositioned: Option<Repositioned>) {
		let removed = *account == MarginAccount::default();
		if removed {
			Accounts::<T>::remove(who);
		} else {
			Accounts::<T>::insert(who, account);
		}
		let positions: Vec<PositionView> = valuation.positions.iter().map(Self::view_of).collect();
		let health = (!removed).then(|| Self::health_of(valuation));
		T::Observer::account_changed(who, &AccountChange { health, positions: &positions, repositioned });
	}

	/// Settles funding on every position of the account (each market's index brought to now,
	/// `FundingSettled` emitted, the vault's cash paid or paid from), then pays it owed profit
	/// as far as the vault's cash allows (`ProfitSettled`). The caller stores the account.
	pub(crate) fn settle_funding_and_profit(who: &T::AccountId, account: &mut MarginAccount) {
		let mut owed_by_market: Vec<(MarketId, SignedBalance)> = Vec::new();
		for (market, position) in account.positions.iter_mut() {
			let Some(listed) = Markets::<T>::get(*market) else {
				frame_support::defensive!("a position in an unlisted market");
				continue;
			};
			let totals = Self::accrue(*market, &listed.params, listed.totals);
			let owed = math::funding_owed(position.size, position.funding_index, totals.funding_index);
			position.funding_index = totals.funding_index;
			owed_by_market.push((*market, owed));
		}
		for (market, owed) in owed_by_market {
			if owed != 0 {
				Self::realise(account, owed.saturating_neg());
				Self::deposit_event(Event::FundingSettled { who: who.clone(), market, amount: owed });
			}
		}
		Self::settle_profit(who, account);
	}

	/// Moves realised `pnl` between the account and the vault. Profit is paid from the
	/// vault's cash, the rest owed; loss nets against owed profit, then collateral, the rest
	/// is shortfall.
	pub(crate) fn realise(account: &mut MarginAccount, pnl: SignedBalance) {
		// One read and one write of the pool: a trade and a liquidation realise on every path.
		let mut pool = Pool::<T>::get();
		let amount = pnl.unsigned_abs();
		if pnl >= 0 {
			let paid = amount.min(pool.vault.cash);
			pool.vault.cash.saturating_reduce(paid);
			account.collateral.saturating_accrue(paid);
			let owed = amount.saturating_sub(paid);
			account.unsettled_profit.saturating_accrue(owed);
			pool.unsettled_profit.saturating_accrue(owed);
		} else {
			let netted = amount.min(account.unsettled_profit);
			account.unsettled_profit.saturating_reduce(netted);
			pool.unsettled_profit.saturating_reduce(netted);
			let rest = amount.saturating_sub(netted);
			let paid = rest.min(account.collateral);
			account.collateral.saturating_reduce(paid);
			pool.vault.cash.saturating_accrue(paid);
			account.shortfall.saturating_accrue(rest.saturating_sub(paid));
		}
		Pool::<T>::put(pool);
	}

	/// Pays owed profit from the vault's cash, as far as it goes.
	pub(crate) fn settle_profit(who: &T::AccountId, account: &mut MarginAccount) {
		if account.unsettled_profit.is_zero() {
			return;
		}
		let mut pool = Pool::<T>::get();
		let paid = account.unsettled_profit.min(pool.vault.cash);
		if paid.is_zero() {
			return;
		}
		pool.vault.cash.saturating_reduce(paid);
		account.unsettled_profit.saturating_reduce(paid);
		account.collateral.saturating_accrue(paid);
		pool.unsettled_profit.saturating_reduce(paid);
		Pool::<T>::put(pool);
		Self::deposit_event(Event::ProfitSettled { who: who.clone(), amount: paid });
	}

	/// Takes `amount` from the account's collateral, as far as it goes (the rest becomes
	/// shortfall), and splits what was paid between the insurance fund and the vault.
	pub(crate) fn charge(account: &mut MarginAccount, amount: Balance, to_insurance: sp_arithmetic::Perbill) -> Balance {
		let paid = amount.min(account.collateral);
		account.collateral.saturating_reduce(paid);
		account.shortfall.saturating_accrue(amount.saturating_sub(paid));
		let insurance = to_insurance.mul_floor(paid);
		Pool::<T>::mutate(|pool| {
			pool.insurance_fees.saturating_accrue(insurance);
			let to_vault = paid.saturating_sub(insurance);
			pool.vault.cash.saturating_accrue(to_vault);
			// In a crisis, part of it is held for the providers who stand through it.
			pool.premium.pot.saturating_accrue(pool.premium.rate.mul_floor(to_vault));
		});
		paid
	}
}
