//! What the calls and the hook do: staking, the loss waterfall, carried deficits, the profit
//! cap, drawdown.

use crate::{pallet::*, types::*, weights::WeightInfo, DRAWDOWN_SAMPLES, UNPRICED};
use ballast_primitives::{Balance, Bankruptcy, Coverage, MarketId, Price, Ratio, SignedBalance, VaultLedger};
use frame_support::{
	ensure,
	traits::{
		fungible::Mutate,
		tokens::Preservation,
		Get,
	},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{One, Saturating, Zero},
	Perbill, Rounding,
};
use sp_runtime::{traits::AccountIdConversion, DispatchResult};

fn to_signed(amount: Balance) -> SignedBalance {
	SignedBalance::try_from(amount).unwrap_or(SignedBalance::MAX)
}

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
	fn lapses_at(unlocks_at: BlockNumberFor<T>) -> BlockNumberFor<T> {
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
		multiply_by_rational_with_rounding(shares, Self::balance(), total, Rounding::Down).unwrap_or(0)
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
	fn put_shares(who: &T::AccountId, shares: Balance) {
		if shares.is_zero() {
			Shares::<T>::remove(who);
			HolderEra::<T>::remove(who);
		} else {
			Shares::<T>::insert(who, shares);
			HolderEra::<T>::insert(who, ShareEra::<T>::get());
		}
	}

	/// Clears what a wipeout extinguished of `who`: old shares and an old pending withdrawal.
	fn clear_extinguished(who: &T::AccountId) {
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
	fn extinguish_shares() {
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

	// ---- The loss waterfall -----------------------------------------------------------

	/// Fund, then the vault up to its bound, then deleveraging; what deleveraging cannot close
	/// at once is carried to later blocks.
	pub(crate) fn run_waterfall(who: &T::AccountId, loss: &Bankruptcy) -> Coverage {
		<T::LossObserver as ballast_primitives::LossObserver>::bad_debt_arrived(loss.shortfall);
		let mut coverage = Coverage::default();
		let mut left = loss.shortfall;
		let market = loss.main_market();

		coverage.by_fund = Self::pay_vault(left);
		left.saturating_reduce(coverage.by_fund);
		if !coverage.by_fund.is_zero() {
			Self::deposit_event(Event::FundCovered { who: who.clone(), market, amount: coverage.by_fund });
		}
		if left.is_zero() {
			return coverage;
		}

		// The vault's equity already carries the loss: its bound is of the equity before it.
		let equity_before = T::Vault::vault_state().equity.saturating_add(to_signed(left)).max(0).unsigned_abs();
		coverage.by_vault = left.min(Params::<T>::get().vault_loss_share.mul_floor(equity_before));
		left.saturating_reduce(coverage.by_vault);
		if !coverage.by_vault.is_zero() {
			Self::deposit_event(Event::VaultAbsorbed { who: who.clone(), market, amount: coverage.by_vault });
		}
		if left.is_zero() {
			return coverage;
		}

		// Each market answers for its own part, at the price its own closes would have left zero
		// equity: its counterparties made the profit. One budget of positions for all parts.
		let parts = Bankruptcy::apportioned(left, loss.sources.clone());
		if parts.sources.is_empty() {
			Self::carry_unpriced(left);
		}
		let mut budget = T::MaxDeleveraged::get();
		for part in parts.sources {
			let Some(price) = part.bankruptcy_price() else {
				Self::carry_unpriced(part.shortfall);
				continue;
			};
			let side = Side::of(part.closed).opposite();
			let (recovered, reduced) = Self::deleverage(part.market, side, Pricing::Bankruptcy(price), part.shortfall, budget);
			budget.saturating_reduce(reduced);
			coverage.by_deleveraging.saturating_accrue(recovered);
			let rest = part.shortfall.saturating_sub(recovered);
			if !rest.is_zero() {
				Self::carry(part.market, side, price, rest);
			}
		}
		coverage.uncovered = left.saturating_sub(coverage.by_deleveraging);
		coverage
	}

	/// A loss no close prices (funding or fees alone): nobody is deleveraged for it, later
	/// income pays it. Kept under [`UNPRICED`], a key no listed market has, as a short side at a
	/// zero price, which gives up nothing at any mark.
	fn carry_unpriced(amount: Balance) {
		Self::carry(UNPRICED, Side::Short, Price::zero(), amount);
	}

	/// Pays up to `amount` of the fund's balance into the vault; returns what it paid.
	fn pay_vault(amount: Balance) -> Balance {
		let paid = amount.min(Self::balance());
		if paid.is_zero() || T::Vault::refill_vault(&Self::account_id(), paid).is_err() {
			return 0;
		}
		Held::<T>::mutate(|held| held.saturating_reduce(paid));
		paid
	}

	/// Adds to the deficit of `market`'s `side`. Of two bankruptcy prices the one gentler to the
	/// side reduced is kept: it then gives up less per coin, and more coins close the deficit.
	fn carry(market: MarketId, side: Side, price: ballast_primitives::Price, amount: Balance) {
		let deficit = Deficits::<T>::mutate((market, side), |deficit| {
			let merged = match (*deficit, side) {
				(None, _) => Deficit { price, remaining: amount },
				(Some(old), Side::Long) => Deficit { price: old.price.max(price), remaining: old.remaining.saturating_add(amount) },
				(Some(old), Side::Short) => Deficit { price: old.price.min(price), remaining: old.remaining.saturating_add(amount) },
			};
			*deficit = Some(merged);
			merged
		});
		Self::deposit_event(Event::DeficitCarried { market, side, remaining: deficit.remaining });
	}

	// ---- Every block ------------------------------------------------------------------

	/// The hook's work; returns its weight.
	pub(crate) fn tick(now: BlockNumberFor<T>) -> Weight {
		let income = T::Vault::collect_insurance_fees(&Self::account_id()).unwrap_or(0);
		if !income.is_zero() {
			Held::<T>::mutate(|held| held.saturating_accrue(income));
			Self::deposit_event(Event::IncomeCollected { amount: income });
		}
		Self::track_crisis(income);
		// The carried deficit first (it is a hole in the vault now), then the profit cap with
		// what is left of the block's positions, at least a quarter of them: a deficit nobody
		// can close must not switch the cap off through the crisis.
		let most = T::MaxDeleveraged::get();
		let mut for_deficit = most.saturating_sub(most / 4).max(1);
		// Every carried deficit in turn, each with what the ones before left of the budget: one
		// that nobody can close (an unpriced loss, a side with no profit) blocks none of the
		// others. At most two a market and the unpriced one.
		let mut by_deficit = 0u32;
		let mut visited = 0u64;
		for ((market, side), deficit) in Deficits::<T>::iter() {
			if for_deficit == 0 {
				break;
			}
			visited.saturating_inc();
			let reduced = Self::work_down_deficit(market, side, deficit, for_deficit);
			by_deficit.saturating_accrue(reduced);
			for_deficit.saturating_reduce(reduced);
		}
		let by_cap = Self::enforce_profit_cap(most.saturating_sub(by_deficit));
		Self::sample_share_price(now);
		// The block's losses are covered: the global breaker reads the drawdown they left now.
		<T::LossObserver as ballast_primitives::LossObserver>::after_waterfall(Self::current_drawdown());
		// The benchmark reads and writes one deficit; the others visited are charged here.
		let more_deficits = T::DbWeight::get().reads_writes(visited.saturating_sub(1), visited.saturating_sub(1));
		T::WeightInfo::on_initialize(by_deficit.saturating_add(by_cap)).saturating_add(more_deficits)
	}

	/// Pays a carried deficit from the fund's new income, then deleverages for the rest.
	fn work_down_deficit(market: MarketId, side: Side, deficit: Deficit, most: u32) -> u32 {
		let by_fund = Self::pay_vault(deficit.remaining);
		let rest = deficit.remaining.saturating_sub(by_fund);
		let (by_deleveraging, reduced) = if rest.is_zero() {
			(0, 0)
		} else {
			Self::deleverage(market, side, Pricing::Bankruptcy(deficit.price), rest, most)
		};
		let remaining = rest.saturating_sub(by_deleveraging);
		if by_fund.is_zero() && by_deleveraging.is_zero() {
			return reduced;
		}
		match remaining {
			0 => Deficits::<T>::remove((market, side)),
			_ => Deficits::<T>::insert((market, side), Deficit { remaining, ..deficit }),
		}
		Self::deposit_event(Event::DeficitReduced { market, side, by_fund, by_deleveraging, remaining });
		reduced
	}

	/// Reduces at most `most` of the most profitable positions at the mark while traders' open
	/// profit exceeds its share of the vault's cash. Returns how many positions it reduced.
	fn enforce_profit_cap(most: u32) -> u32 {
		let cap = Params::<T>::get().max_profit_to_cash;
		if cap == Perbill::one() || most == 0 {
			return 0;
		}
		let vault = T::Vault::vault_state();
		if vault.open_profit <= cap.mul_floor(vault.cash) {
			return 0;
		}
		let Some((market, side, side_profit)) = T::Vault::market_pnl()
			.into_iter()
			.flat_map(|m| [(m.market, Side::Long, m.long), (m.market, Side::Short, m.short)])
			.max_by_key(|(_, _, pnl)| *pnl)
			.filter(|(_, _, pnl)| *pnl > 0)
		else {
			return 0;
		};
		// Settling u of profit at the mark takes u off both the open profit P and the cash C:
		// P − u ≤ f·(C − u) once u ≥ (P − f·C) / (1 − f).
		let excess = vault.open_profit.saturating_sub(cap.mul_floor(vault.cash));
		let keep = Perbill::one().saturating_sub(cap);
		let target = multiply_by_rational_with_rounding(excess, Perbill::one().deconstruct().into(), keep.deconstruct().into(), Rounding::Up)
			.unwrap_or(Balance::MAX)
			.min(side_profit.unsigned_abs());
		Self::deposit_event(Event::ProfitCapReached { market, side, open_profit: vault.open_profit, cash: vault.cash });
		Self::deleverage(market, side, Pricing::Mark, target, most).1
	}

	// ---- Drawdown ---------------------------------------------------------------------

	/// Keeps the highest share price of each eighth of the window.
	fn sample_share_price(now: BlockNumberFor<T>) {
		let price = Self::share_price().unwrap_or_else(Ratio::one);
		let step: BlockNumberFor<T> = (Params::<T>::get().drawdown_window / DRAWDOWN_SAMPLES).max(1).into();
		let mut samples = PriceSamples::<T>::get();
		match samples.last_mut() {
			Some((started, highest)) if now < started.saturating_add(step) => {
				if price <= *highest {
					return;
				}
				*highest = price;
			},
			_ => {
				if samples.is_full() {
					samples.remove(0);
				}
				// Cannot fail: a slot was just freed.
				let _ = samples.try_push((now, price));
			},
		}
		PriceSamples::<T>::put(samples);
	}

	/// The share price's fall from the highest sample in the window.
	pub(crate) fn current_drawdown() -> Perbill {
		let now = Self::share_price().unwrap_or_else(Ratio::one);
		let peak = PriceSamples::<T>::get().iter().map(|(_, price)| *price).fold(now, |a, b| a.max(b));
		if peak.is_zero() {
			return Perbill::zero();
		}
		Perbill::from_rational(peak.saturating_sub(now).into_inner(), peak.into_inner())
	}

	// ---- For clients ------------------------------------------------------------------

	/// The fund, for the runtime API.
	pub fn fund_state() -> FundState {
		FundState {
			balance: Self::balance(),
			shares: TotalShares::<T>::get(),
			share_price: Self::share_price(),
			pending_shares: PendingShares::<T>::get(),
			drawdown: Self::current_drawdown(),
			deficits: Deficits::<T>::iter_values().fold(0, |sum: Balance, d| sum.saturating_add(d.remaining)),
			premium_reserved: PremiumReserved::<T>::get(),
			episode: CurrentEpisode::<T>::get(),
			params: Params::<T>::get(),
		}
	}

	/// A staker, for the runtime API.
	pub fn staker_state(who: &T::AccountId) -> StakerState<BlockNumberFor<T>> {
		let shares = Self::shares_of(who);
		StakerState {
			shares,
			value: Self::value_of(shares),
			pending: Self::withdrawal_of(who),
			premium: Self::premium_owed(who),
		}
	}

	// ---- Invariants -------------------------------------------------------------------

	/// Shares add up, pending withdrawals are covered by their stakers' shares, the
	/// deleveraging queue and its places agree, bounded storage.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use crate::adl::place_of;
		use ballast_primitives::MarginAccounts;
		// Shares of an earlier era were extinguished by a wipeout: only the current era's count.
		let era = ShareEra::<T>::get();
		let current = || Shares::<T>::iter().filter(|(who, _)| HolderEra::<T>::get(who) == era);
		let shares: Balance = current().try_fold(0u128, |sum, (_, s)| sum.checked_add(s)).ok_or("shares overflow")?;
		ensure!(shares == TotalShares::<T>::get(), "stakers' shares differ from the total");
		ensure!(!Shares::<T>::iter_values().any(|s| s.is_zero()), "a zero share entry is stored");
		ensure!(HolderEra::<T>::iter().all(|(who, held_in)| held_in <= era && Shares::<T>::contains_key(&who)), "an era without shares");
		let mut pending = 0u128;
		for (who, withdrawal) in Withdrawals::<T>::iter().filter(|(who, _)| HolderEra::<T>::get(who) == era) {
			ensure!(withdrawal.shares <= Shares::<T>::get(&who), "a withdrawal of more shares than held");
			pending = pending.saturating_add(withdrawal.shares);
		}
		ensure!(pending == PendingShares::<T>::get(), "pending shares total is off");
		// Each change moves only the position it repositioned: every position must be queued
		// at its own entry, and nothing else queued.
		let mut positions = 0usize;
		for who in T::Margin::watched_accounts() {
			for (market, size, entry) in T::Margin::entries(&who) {
				let (side, key) = place_of(Some((size, entry))).ok_or("a stored position of size zero")?;
				ensure!(AdlQueue::<T>::contains_key(((market, side), key, who.clone())), "a position queued off its entry");
				positions = positions.saturating_add(1);
			}
		}
		ensure!(AdlQueue::<T>::iter_keys().count() == positions, "a queue entry without its position");
		ensure!(Deficits::<T>::iter_values().all(|d| !d.remaining.is_zero()), "an empty deficit is stored");
		let reserved = PremiumReserved::<T>::get();
		ensure!(reserved <= Self::held(), "more premium reserved than the fund holds");
		// More in the account is a donation; less is a missing unit.
		ensure!(
			<T::Collateral as frame_support::traits::fungible::Inspect<_>>::balance(&Self::account_id()) >= Held::<T>::get(),
			"the fund's account holds less than its ledger"
		);
		let stakers: alloc::collections::BTreeSet<T::AccountId> = Shares::<T>::iter_keys().chain(Premiums::<T>::iter_keys()).collect();
		let owed = stakers.iter().fold(0u128, |sum, who| sum.saturating_add(Self::premium_owed(who)));
		ensure!(owed <= reserved, "stakers are owed more premium than is reserved");
		let index = PremiumIndex::<T>::get();
		ensure!(
			(0..era).all(|old| EraPremiumIndex::<T>::get(old).is_some_and(|ended| ended <= index)),
			"an extinguished era without its premium index"
		);
		if let Some(episode) = CurrentEpisode::<T>::get() {
			ensure!(episode.eligible <= TotalShares::<T>::get(), "a crisis with more eligible shares than exist");
		}
		Ok(())
	}
}
