//! The vault of liquidity providers: its equity, shares bought and redeemed at a price that
//! favours those who stay, and the vault's side of [`ballast_primitives::VaultLedger`] (the
//! insurance fund refills it and collects its fees).
//!
//! ## The vault
//! Liquidity providers deposit for shares priced at the vault's equity: its cash minus what
//! traders' open PnL and unpaid profit claim from it. Withdrawals must leave the cash backing
//! traders' open profit by a configurable factor.
//!
//! ## Lenders of last resort: the crisis premium
//! The vault is every trade's counterparty: a run on it in a crash is a run on the venue
//! (Hyperliquid's HLP and GMX's pools lost depth exactly when traders needed it). While the
//! insurance fund counts a crisis episode ([`ballast_primitives::FundHealth::crisis`]: a breaker
//! tripped, or the fund in drawdown), the fund's `crisis_premium` share of the vault's income is
//! held in a pot ([`crate::VaultPremium`]). A provider leaving during the episode is paid on the
//! equity without the pot, so their part of it stays with those who hold still; one entering
//! pays for shares on the equity with it. When the episode ends the pot is ordinary equity of
//! every share then outstanding: those who stood through the crisis (and those who came in
//! during it, from their arrival) share what the leavers forfeited and what it earned. No
//! provider is iterated: the pot is one number beside the vault's cash.

use crate::{
	ledger::{fraction_of, to_signed},
	math,
	pallet::*,
	types::VaultPremium,
};
use alloc::vec::Vec;
use ballast_primitives::{Balance, FundHealth, PriceFeed, SignedBalance, WithdrawalGuard, WithdrawalPool};
use frame_support::{
	ensure,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};
use sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, Perbill, Rounding};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, DispatchResult,
};

/// Which way a liquidity provider moves, for the vault's share price.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Provider {
	Entering,
	Leaving,
}

impl<T: Config> Pallet<T> {
	/// The vault's equity: its cash, less what traders' open PnL and owed profit claim.
	pub fn vault_equity() -> SignedBalance {
		let pool = Pool::<T>::get();
		to_signed(pool.vault.cash).saturating_sub(pool.open_pnl.net).saturating_sub(to_signed(pool.unsettled_profit))
	}

	/// The vault's equity valued against a liquidity provider: entering, each market's open
	/// interest at whichever of its mark and index makes the vault richer (shares cost more);
	/// leaving, poorer (shares pay less). A provider cannot buy in or cash out on a mark that
	/// trails the index.
	pub(crate) fn vault_equity_against(provider: Provider) -> SignedBalance {
		let mut equity = Self::vault_equity();
		for (market, listed) in Markets::<T>::iter().take(T::MaxMarkets::get() as usize) {
			let totals = listed.totals;
			if totals.long_size == 0 && totals.short_size == 0 {
				continue;
			}
			let Some(index) = T::PriceFeed::snapshot(market).map(|s| s.index) else { continue };
			let traders_at_index = math::unrealised_pnl(totals.long_size, totals.long_entry_value, index)
				.saturating_add(math::unrealised_pnl(totals.short_size.saturating_neg(), totals.short_entry_value, index));
			let traders_at_mark = totals.long_pnl.saturating_add(totals.short_pnl);
			// What the vault holds more at the index than at the mark.
			let gain = traders_at_mark.saturating_sub(traders_at_index);
			equity = match provider {
				Provider::Entering => equity.saturating_add(gain.max(0)),
				Provider::Leaving => equity.saturating_add(gain.min(0)),
			};
		}
		equity
	}

	pub(crate) fn do_provide_liquidity(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::Zero);
		let held = LpShares::<T>::get(&who);
		ensure!(!held.is_zero() || amount >= T::MinDeposit::get(), Error::<T>::BelowMinimumDeposit);
		// Shares priced at stale marks would let a new provider buy into, or an old one leave,
		// a vault whose real equity is elsewhere.
		Self::ensure_marks_live(Self::markets_with_open_interest())?;
		let mut vault = Pool::<T>::get().vault;
		let shares = if vault.shares.is_zero() {
			amount
		} else {
			let equity = Self::vault_equity_against(Provider::Entering);
			ensure!(equity > 0, Error::<T>::VaultInsolvent);
			multiply_by_rational_with_rounding(amount, vault.shares, equity.unsigned_abs(), Rounding::Down)
				.ok_or(Error::<T>::Overflow)?
		};
		ensure!(!shares.is_zero(), Error::<T>::Zero);
		vault.cash = vault.cash.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		vault.shares = vault.shares.checked_add(shares).ok_or(Error::<T>::Overflow)?;
		T::Collateral::transfer(&who, &Self::account_id(), amount, Preservation::Expendable)?;
		T::WithdrawalGuard::note_deposit(WithdrawalPool::Vault, amount);
		Pool::<T>::mutate(|pool| pool.vault = vault);
		LpShares::<T>::insert(&who, held.saturating_add(shares));
		Self::deposit_event(Event::LiquidityProvided { who, amount, shares });
		Ok(())
	}

	pub(crate) fn do_withdraw_liquidity(who: T::AccountId, shares: Balance) -> DispatchResult {
		ensure!(!shares.is_zero(), Error::<T>::Zero);
		let held = LpShares::<T>::get(&who);
		ensure!(shares <= held, Error::<T>::InsufficientShares);
		Self::ensure_marks_live(Self::markets_with_open_interest())?;
		let pool = Pool::<T>::get();
		let (mut vault, open_profit, unsettled) = (pool.vault, pool.open_pnl.open_profit, pool.unsettled_profit);
		// During a crisis the premium stays with those who hold still.
		let equity = Self::vault_equity_against(Provider::Leaving).saturating_sub(to_signed(pool.premium.pot));
		ensure!(equity > 0, Error::<T>::VaultInsolvent);
		let amount = multiply_by_rational_with_rounding(shares, equity.unsigned_abs(), vault.shares, Rounding::Down)
			.ok_or(Error::<T>::Overflow)?;
		let forfeited = multiply_by_rational_with_rounding(shares, pool.premium.pot, vault.shares, Rounding::Down).unwrap_or(0);
		ensure!(!amount.is_zero(), Error::<T>::Zero);
		let cash_after = vault.cash.checked_sub(amount).ok_or(Error::<T>::VaultBackingTight)?;
		let claims = open_profit.saturating_add(unsettled);
		ensure!(cash_after >= fraction_of(claims, VaultConfig::<T>::get().min_backing, Rounding::Up), Error::<T>::VaultBackingTight);
		Self::guard_withdrawal(WithdrawalPool::Vault, amount, vault.cash)?;
		vault.cash = cash_after;
		vault.shares = vault.shares.saturating_sub(shares);
		T::Collateral::transfer(&Self::account_id(), &who, amount, Preservation::Expendable)?;
		Pool::<T>::mutate(|pool| pool.vault = vault);
		match held.saturating_sub(shares) {
			0 => LpShares::<T>::remove(&who),
			left => LpShares::<T>::insert(&who, left),
		}
		Self::deposit_event(Event::LiquidityWithdrawn { who, amount, shares, forfeited });
		Ok(())
	}

	/// Follows the insurance fund's crisis episodes, once a block (a block after the fund): a new
	/// episode starts an empty pot at the fund's rate; an ended one leaves its pot in the vault's
	/// equity, shared by every share outstanding; a rate governance changed applies from the next
	/// block. Writes only on a change.
	pub(crate) fn follow_crisis() {
		let crisis = T::Fund::crisis();
		let premium = Pool::<T>::get().premium;
		let (episode, rate) = (crisis.map(|c| c.id), crisis.map_or(Perbill::zero(), |c| c.premium));
		if (premium.episode, premium.rate) == (episode, rate) {
			return;
		}
		let pot = if premium.episode == episode {
			premium.pot
		} else {
			if let Some(ended) = premium.episode {
				Self::deposit_event(Event::VaultPremiumShared { episode: ended, pot: premium.pot });
			}
			0
		};
		Pool::<T>::mutate(|pool| pool.premium = VaultPremium { episode, rate, pot });
	}
}

impl<T: Config> ballast_primitives::VaultLedger<T::AccountId> for Pallet<T> {
	fn vault_state() -> ballast_primitives::VaultState {
		let pool = Pool::<T>::get();
		ballast_primitives::VaultState {
			cash: pool.vault.cash,
			equity: Self::vault_equity(),
			open_profit: pool.open_pnl.open_profit,
			unsettled_profit: pool.unsettled_profit,
		}
	}

	fn market_pnl() -> Vec<ballast_primitives::MarketPnl> {
		Markets::<T>::iter()
			.take(T::MaxMarkets::get() as usize)
			.map(|(market, listed)| ballast_primitives::MarketPnl {
				market,
				long: listed.totals.long_pnl,
				short: listed.totals.short_pnl,
			})
			.collect()
	}

	fn refill_vault(from: &T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::Zero);
		T::Collateral::transfer(from, &Self::account_id(), amount, Preservation::Expendable)?;
		Pool::<T>::mutate(|pool| pool.vault.cash.saturating_accrue(amount));
		Self::deposit_event(Event::VaultRefilled { from: from.clone(), amount });
		Ok(())
	}

	fn collect_insurance_fees(to: &T::AccountId) -> Result<Balance, DispatchError> {
		let amount = Pool::<T>::get().insurance_fees;
		if amount.is_zero() {
			return Ok(0);
		}
		T::Collateral::transfer(&Self::account_id(), to, amount, Preservation::Expendable)?;
		Pool::<T>::mutate(|pool| pool.insurance_fees = 0);
		Self::deposit_event(Event::InsuranceFeesCollected { to: to.clone(), amount });
		Ok(amount)
	}
}
