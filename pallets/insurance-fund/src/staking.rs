//! Stakers: shares bought at the fund's price, withdrawals requested, cancelled and claimed
//! after a cooldown, and the shares a wipeout extinguished.

use crate::{pallet::*, types::*};
use ballast_primitives::{Balance, Ratio};
use frame_support::{
	ensure,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Saturating, Zero},
	Rounding,
};
use sp_runtime::{traits::AccountIdConversion, DispatchResult};

impl<T: Config> Pallet<T> {
	/// The fund's account.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Stablecoin the fund stands behind the venue with: what its account holds less the crisis
	/// premium reserved for stakers.
	pub fn balance() -> Balance {
		Self::held().saturating_sub(PremiumReserved::<T>::get())
	}

	pub(crate) fn valid_params(params: &FundParams) -> bool {
		!params.max_profit_to_cash.is_zero()
			&& params.drawdown_window > 0
			&& params.withdrawal_cooldown > 0
			&& params.claim_window > 0
	}

	/// The first block in which a request unlocking at `unlocks_at` can no longer be claimed.
	pub(crate) fn lapses_at(unlocks_at: BlockNumberFor<T>) -> BlockNumberFor<T> {
		unlocks_at.saturating_add(Params::<T>::get().claim_window.into())
	}

	/// Stablecoin per share; `None` without shares.
	pub fn share_price() -> Option<Ratio> {
		let total = TotalShares::<T>::get();
		(!total.is_zero()).then(|| ratio(Self::balance(), total))
	}

	/// What `shares` are worth now, rounded down.
	pub fn value_of(shares: Balance) -> Balance {
		let total = TotalShares::<T>::get();
		if total.is_zero() {
			return 0;
		}
		// At most the balance: no staker holds more than the total.
		let value = multiply_by_rational_with_rounding(shares, Self::balance(), total, Rounding::Down);
		frame_support::traits::Defensive::defensive_unwrap_or(value, 0)
	}

	// ---- Stakers ----------------------------------------------------------------------

	/// `who`'s shares, none if they were extinguished by a wipeout since they were written.
	pub fn shares_of(who: &T::AccountId) -> Balance {
		if HolderEra::<T>::get(who) == ShareEra::<T>::get() { Shares::<T>::get(who) } else { 0 }
	}

	/// `who`'s pending withdrawal, none if extinguished with its shares.
	pub(crate) fn withdrawal_of(who: &T::AccountId) -> Option<PendingWithdrawal<BlockNumberFor<T>>> {
		Withdrawals::<T>::get(who).filter(|_| HolderEra::<T>::get(who) == ShareEra::<T>::get())
	}

	/// Writes `who`'s shares in the current era (none: the entry is removed).
	pub(crate) fn put_shares(who: &T::AccountId, shares: Balance) {
		if shares.is_zero() {
			Shares::<T>::remove(who);
			HolderEra::<T>::remove(who);
		} else {
			Shares::<T>::insert(who, shares);
			HolderEra::<T>::insert(who, ShareEra::<T>::get());
		}
	}

	/// Clears what a wipeout extinguished of `who`: old shares and an old pending withdrawal.
	pub(crate) fn clear_extinguished(who: &T::AccountId) {
		if HolderEra::<T>::get(who) != ShareEra::<T>::get() {
			Shares::<T>::remove(who);
			Withdrawals::<T>::remove(who);
			HolderEra::<T>::remove(who);
		}
	}

	pub(crate) fn do_stake(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::Zero);
		let (balance, mut total) = (Self::balance(), TotalShares::<T>::get());
		let wiped_out = balance.is_zero() && !total.is_zero();
		// A wipeout extinguishes the staker's own old shares too.
		let held = if wiped_out { 0 } else { Self::shares_of(&who) };
		ensure!(!held.is_zero() || amount >= T::MinStake::get(), Error::<T>::BelowMinimumStake);
		// Income that arrived with nobody staked stays the protocol's, as shares of its own.
		let (shares, protocol) = if total.is_zero() || wiped_out {
			// Wiped out: the old shares are worth nothing and are extinguished below, so the
			// new stake buys one for one, as into an empty fund.
			(amount, balance)
		} else {
			let shares = multiply_by_rational_with_rounding(amount, total, balance, Rounding::Down).ok_or(Error::<T>::Overflow)?;
			(shares, 0)
		};
		ensure!(!shares.is_zero(), Error::<T>::Zero);
		if wiped_out {
			total = 0;
		}
		let new_total = total.checked_add(shares).and_then(|t| t.checked_add(protocol)).ok_or(Error::<T>::Overflow)?;
		T::Collateral::transfer(&who, &Self::account_id(), amount, Preservation::Expendable)?;
		if wiped_out {
			Self::extinguish_shares();
		}
		// Premium earned on extinguished shares is settled before they are cleared.
		Self::settle_premium(&who);
		Self::clear_extinguished(&who);
		Held::<T>::mutate(|held| held.saturating_accrue(amount));
		<T::WithdrawalGuard as ballast_primitives::WithdrawalGuard>::note_deposit(ballast_primitives::WithdrawalPool::Fund, amount);
		if !protocol.is_zero() {
			let protocol_account = Self::account_id();
			Self::put_shares(&protocol_account, Self::shares_of(&protocol_account).saturating_add(protocol));
		}
		Self::put_shares(&who, held.saturating_add(shares));
		TotalShares::<T>::put(new_total);
		Self::deposit_event(Event::Staked { who, amount, shares });
		Ok(())
	}

	/// A wipeout: every share outstanding is worth nothing and is extinguished at once (each
	/// entry is read as none from now on and cleared when its holder next stakes), with the
	/// withdrawals pending on them.
	/// A crisis running then ends with them: the shares that stood through it did so until now.
	pub(crate) fn extinguish_shares() {
		if let Some(running) = CurrentEpisode::<T>::get() {
			Self::end_episode(running);
		}
		EraPremiumIndex::<T>::insert(ShareEra::<T>::get(), PremiumIndex::<T>::get());
		ShareEra::<T>::mutate(|era| era.saturating_inc());
		TotalShares::<T>::kill();
		PendingShares::<T>::kill();
		Self::deposit_event(Event::SharesExtinguished { era: ShareEra::<T>::get() });
	}

	pub(crate) fn do_request_withdrawal(who: T::AccountId, shares: Balance) -> DispatchResult {
		ensure!(!shares.is_zero(), Error::<T>::Zero);
		let now = frame_system::Pallet::<T>::block_number();
		// A lapsed request is replaced; a live one must be claimed or cancelled first.
		let previous = Self::withdrawal_of(&who);
		ensure!(previous.map_or(true, |pending| now >= Self::lapses_at(pending.unlocks_at)), Error::<T>::WithdrawalPending);
		let held = Self::shares_of(&who);
		ensure!(shares <= held, Error::<T>::InsufficientShares);
		let left = held.saturating_sub(shares);
		ensure!(left.is_zero() || Self::value_of(left) >= T::MinStake::get(), Error::<T>::BelowMinimumRemaining);
		let cooldown: BlockNumberFor<T> = Params::<T>::get().withdrawal_cooldown.into();
		let unlocks_at = now.saturating_add(cooldown);
		Self::settle_premium(&who);
		Withdrawals::<T>::insert(&who, PendingWithdrawal { shares, unlocks_at });
		let replaced = previous.map_or(0, |old| old.shares);
		PendingShares::<T>::mutate(|pending| *pending = pending.saturating_sub(replaced).saturating_add(shares));
		Self::withdraw_from_episode(&who);
		Self::deposit_event(Event::WithdrawalRequested { who, shares, unlocks_at });
		Ok(())
	}

	pub(crate) fn do_cancel_withdrawal(who: T::AccountId) -> DispatchResult {
		ensure!(Self::withdrawal_of(&who).is_some(), Error::<T>::NoWithdrawal);
		Self::settle_premium(&who);
		let pending = Withdrawals::<T>::take(&who).ok_or(Error::<T>::NoWithdrawal)?;
		PendingShares::<T>::mutate(|shares| shares.saturating_reduce(pending.shares));
		Self::deposit_event(Event::WithdrawalCancelled { who, shares: pending.shares });
		Ok(())
	}

	/// Every payout from the fund passes the circuit breaker's withdrawal limit: refused while
	/// withdrawals are paused or the window's room is spent, counted otherwise.
	pub(crate) fn guard_outflow(amount: Balance) -> DispatchResult {
		use ballast_primitives::{WithdrawalGuard, WithdrawalPool, WithdrawalRefusal};
		T::WithdrawalGuard::note_withdrawal(WithdrawalPool::Fund, amount, Self::balance()).map_err(|refusal| {
			match refusal {
				WithdrawalRefusal::Paused => Error::<T>::WithdrawalsPaused,
				WithdrawalRefusal::RateLimited => Error::<T>::WithdrawalLimited,
			}
			.into()
		})
	}

	pub(crate) fn do_withdraw(who: T::AccountId) -> DispatchResult {
		let pending = Self::withdrawal_of(&who).ok_or(Error::<T>::NoWithdrawal)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= pending.unlocks_at, Error::<T>::CooldownActive);
		ensure!(now < Self::lapses_at(pending.unlocks_at), Error::<T>::WithdrawalLapsed);
		let amount = Self::value_of(pending.shares);
		Self::settle_premium(&who);
		if !amount.is_zero() {
			Self::guard_outflow(amount)?;
			T::Collateral::transfer(&Self::account_id(), &who, amount, Preservation::Expendable)?;
			Held::<T>::mutate(|held| held.saturating_reduce(amount));
		}
		Withdrawals::<T>::remove(&who);
		PendingShares::<T>::mutate(|shares| shares.saturating_reduce(pending.shares));
		TotalShares::<T>::mutate(|total| total.saturating_reduce(pending.shares));
		Self::put_shares(&who, Self::shares_of(&who).saturating_sub(pending.shares));
		Self::deposit_event(Event::Withdrawn { who, shares: pending.shares, amount });
		Ok(())
	}
}
