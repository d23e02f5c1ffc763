//! What the calls do, and the margin engine's side of `MarginAccounts`.

use crate::{math, pallet::*, types::*};
use alloc::vec::Vec;
use ballast_primitives::{
	AccountChange, AccountHealth, Bankruptcy, Repositioned, Balance, LeverageLimit, MarginAccounts, MarginObserver, MarketGuard, MarketId, PositionView, Price, PriceFeed,
	Quantity, Ratio, Reduction, SignedBalance, TradeIntent, TradeRefusal, TraderActivity, WithdrawalGuard, WithdrawalPool,
	WithdrawalRefusal,
};
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::Preservation,
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, traits::One, FixedPointNumber, Rounding};
use sp_runtime::{
	traits::{AccountIdConversion, Saturating, Zero},
	DispatchError, DispatchResult, SaturatedConversion,
};

/// `amount × ratio`, rounded as asked.
pub(crate) fn fraction_of(amount: Balance, ratio: Ratio, rounding: Rounding) -> Balance {
	multiply_by_rational_with_rounding(amount, ratio.into_inner(), Ratio::DIV, rounding).unwrap_or(Balance::MAX)
}

fn to_signed(amount: Balance) -> SignedBalance {
	SignedBalance::try_from(amount).unwrap_or(SignedBalance::MAX)
}

/// What one fill did to a position.
pub(crate) struct Fill {
	pub realised_pnl: SignedBalance,
	/// Base atoms of the old position it closed (the rest opened new exposure).
	pub closed: Quantity,
	/// The loss the close left unpaid, if it left any.
	pub loss: Option<ballast_primitives::LossSource>,
}

/// An account valued at current marks.
#[derive(Default)]
pub(crate) struct Valuation {
	pub equity: SignedBalance,
	pub initial: Balance,
	pub maintenance: Balance,
	/// Sum of positive unrealised PnL: held up positions, not withdrawable.
	pub open_profit: Balance,
	pub positions: Vec<PositionValue>,
}

/// Which way a liquidity provider moves, for the vault's share price.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Provider {
	Entering,
	Leaving,
}

/// At which prices an account is valued.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pricing {
	/// At the marks: what liquidation, the observers and clients see.
	Mark,
	/// Against the holder, for what the holder may take or add (a withdrawal, new risk): each
	/// position's PnL at the worse of its mark and index for it, its requirements on the larger
	/// of the two notionals. The smoothed mark trails the index by a predictable amount; valued
	/// at the mark alone, a long could take out collateral the index says is already gone.
	AgainstHolder,
}

pub(crate) struct PositionValue {
	pub market: MarketId,
	pub position: Position,
	pub mark: Price,
	pub unrealised_pnl: SignedBalance,
	pub funding_owed: SignedBalance,
	pub maintenance_fraction: Ratio,
	pub notional: Balance,
	pub maintenance: Balance,
	pub next_tier_notional: Balance,
}

impl<T: Config> Pallet<T> {
	/// The account holding every ledger's stablecoin.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	pub(crate) fn ensure_valid_market(params: &MarketParams) -> Result<(), Error<T>> {
		let one = Ratio::one();
		let fractions_ok = |initial: Ratio, maintenance: Ratio| !maintenance.is_zero() && maintenance < initial && initial <= one;
		let mut previous = (0, params.initial_margin, params.maintenance_margin);
		let mut tiers_ok = true;
		for tier in &params.size_tiers {
			tiers_ok &= tier.min_notional > previous.0
				&& tier.initial_margin >= previous.1
				&& tier.maintenance_margin >= previous.2
				&& fractions_ok(tier.initial_margin, tier.maintenance_margin);
			previous = (tier.min_notional, tier.initial_margin, tier.maintenance_margin);
		}
		let valid = fractions_ok(params.initial_margin, params.maintenance_margin)
			&& tiers_ok
			&& params.oi_margin_lower <= params.oi_margin_upper
			&& params.max_open_interest > 0
			&& params.min_order_size > 0
			&& params.taker_fee < one
			&& params.max_impact < one
			&& params.max_funding_rate <= ballast_primitives::max_funding_rate();
		valid.then_some(()).ok_or(Error::<T>::InvalidParameters)
	}

	// ---- Collateral -------------------------------------------------------------------

	pub(crate) fn do_deposit(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::Zero);
		let existing = Accounts::<T>::get(&who);
		ensure!(existing.is_some() || amount >= T::MinDeposit::get(), Error::<T>::BelowMinimumDeposit);
		let mut account = existing.unwrap_or_default();
		Self::touch(&who, &mut account);
		account.collateral = account.collateral.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		T::Collateral::transfer(&who, &Self::account_id(), amount, Preservation::Expendable)?;
		T::WithdrawalGuard::note_deposit(WithdrawalPool::Collateral, amount);
		Self::store_account(&who, &account, None);
		Self::deposit_event(Event::Deposited { who, amount });
		Ok(())
	}

	pub(crate) fn do_withdraw(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::Zero);
		let mut account = Accounts::<T>::get(&who).ok_or(Error::<T>::InsufficientCollateral)?;
		Self::touch(&who, &mut account);
		ensure!(amount <= account.collateral, Error::<T>::InsufficientCollateral);
		account.collateral = account.collateral.saturating_sub(amount);
		let valuation = if !account.positions.is_empty() || !account.shortfall.is_zero() {
			// Valued against the holder: at a stale mark, or at a mark trailing a falling index,
			// an account underwater at real prices could withdraw.
			let (at_marks, checked) = Self::valuations_for_a_change(&account)?;
			// Profit not yet settled holds positions up but cannot be taken out.
			let withdrawable_equity = checked
				.equity
				.saturating_sub(to_signed(checked.open_profit))
				.saturating_sub(to_signed(account.unsettled_profit));
			let least = Self::least_equity(&account, checked.initial);
			ensure!(withdrawable_equity >= to_signed(least), Error::<T>::WouldBreachMargin);
			Self::ensure_within_tier(&who, &checked)?;
			at_marks
		} else {
			Self::valuation(&account)
		};
		Self::guard_withdrawal(WithdrawalPool::Collateral, amount, Self::collateral_held())?;
		T::Collateral::transfer(&Self::account_id(), &who, amount, Preservation::Expendable)?;
		Self::store_valued(&who, &account, &valuation, None);
		Self::deposit_event(Event::Withdrawn { who, amount });
		Ok(())
	}

	/// The equity an account must keep after a withdrawal: its initial requirement, and with
	/// positions at least `MinDeposit`, so every account in the liquidation queue holds real money.
	fn least_equity(account: &MarginAccount, initial: Balance) -> Balance {
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
	fn markets_with_open_interest() -> Vec<MarketId> {
		Markets::<T>::iter()
			.take(T::MaxMarkets::get() as usize)
			.filter(|(_, listed)| listed.totals.long_size != 0 || listed.totals.short_size != 0)
			.map(|(market, _)| market)
			.collect()
	}

	/// Asks the withdrawal breaker before `amount` leaves `pool`.
	fn guard_withdrawal(pool: WithdrawalPool, amount: Balance, held: Balance) -> DispatchResult {
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

	/// Stores the account, or removes it once it holds and owes nothing, and tells the
	/// observers how it stands now. `repositioned`: the position that changed, if any.
	fn store_account(who: &T::AccountId, account: &MarginAccount, repositioned: Option<Repositioned>) {
		Self::store_valued(who, account, &Self::valuation(account), repositioned);
	}

	/// [`Self::store_account`] for a caller that has just valued the account as it is stored:
	/// the liquidation engine and the deleveraging ranking read this valuation instead of
	/// making their own.
	fn store_valued(who: &T::AccountId, account: &MarginAccount, valuation: &Valuation, repositioned: Option<Repositioned>) {
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

	// ---- Settlement -------------------------------------------------------------------

	/// Settles funding on every position of the account, then pays it owed profit as far as
	/// the vault's cash allows. The caller stores the account.
	pub(crate) fn touch(who: &T::AccountId, account: &mut MarginAccount) {
		let mut owed_by_market: Vec<(MarketId, SignedBalance)> = Vec::new();
		for (market, position) in account.positions.iter_mut() {
			let Some(listed) = Markets::<T>::get(*market) else { continue };
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

	/// A listed market's parameters.
	pub(crate) fn params_of(market: MarketId) -> Option<MarketParams> {
		Markets::<T>::get(market).map(|listed| listed.params)
	}

	/// A listed market's totals (zero for an unlisted one).
	pub(crate) fn totals_of(market: MarketId) -> MarketTotals<BlockNumberFor<T>> {
		Markets::<T>::get(market).map(|listed| listed.totals).unwrap_or_default()
	}

	fn put_totals(market: MarketId, totals: MarketTotals<BlockNumberFor<T>>) {
		Markets::<T>::mutate(market, |listed| {
			if let Some(listed) = listed {
				listed.totals = totals;
			}
		});
	}

	/// Brings `market`'s funding index up to now; returns its totals. The block hook accrues
	/// every market first, so within a block this writes nothing.
	pub(crate) fn accrue_funding(market: MarketId, params: &MarketParams) -> MarketTotals<BlockNumberFor<T>> {
		Self::accrue(market, params, Self::totals_of(market))
	}

	/// [`Self::accrue_funding`] from the `stored` totals the caller has read.
	fn accrue(market: MarketId, params: &MarketParams, stored: MarketTotals<BlockNumberFor<T>>) -> MarketTotals<BlockNumberFor<T>> {
		let totals = Self::projected_totals(market, params, stored);
		if totals != stored {
			Self::put_totals(market, totals);
		}
		totals
	}

	/// `totals` with funding accrued to now, without writing.
	pub(crate) fn projected_totals(
		market: MarketId,
		params: &MarketParams,
		mut totals: MarketTotals<BlockNumberFor<T>>,
	) -> MarketTotals<BlockNumberFor<T>> {
		let now = frame_system::Pallet::<T>::block_number();
		let blocks: u32 = now.saturating_sub(totals.funding_updated).saturated_into();
		if blocks > 0 {
			if let Some(snapshot) = T::PriceFeed::snapshot(market) {
				let rate = math::funding_rate(params, totals.long_size, totals.short_size);
				totals.funding_index = math::accrue_funding(totals.funding_index, rate, snapshot.mark, blocks);
			}
			totals.funding_updated = now;
		}
		totals
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
	fn settle_profit(who: &T::AccountId, account: &mut MarginAccount) {
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
	fn charge(account: &mut MarginAccount, amount: Balance, to_insurance: sp_arithmetic::Perbill) -> Balance {
		let paid = amount.min(account.collateral);
		account.collateral.saturating_reduce(paid);
		account.shortfall.saturating_accrue(amount.saturating_sub(paid));
		let insurance = to_insurance.mul_floor(paid);
		Pool::<T>::mutate(|pool| {
			pool.insurance_fees.saturating_accrue(insurance);
			pool.vault.cash.saturating_accrue(paid.saturating_sub(insurance));
		});
		paid
	}

	// ---- Trading ----------------------------------------------------------------------

	/// Executes a market order; returns how many positions the account held before it and the
	/// most it held (what its weight depends on).
	pub(crate) fn do_trade(
		who: T::AccountId,
		market: MarketId,
		delta: Quantity,
		limit_price: Price,
	) -> Result<(u32, u32), DispatchError> {
		ensure!(delta != 0, Error::<T>::Zero);
		let params = Self::params_of(market).ok_or(Error::<T>::UnknownMarket)?;
		let mut account = Accounts::<T>::get(&who).ok_or(Error::<T>::InsufficientCollateral)?;
		let held = account.positions.len() as u32;
		let (mark, index) = Self::live_prices(market)?;
		let old_size = account.position(market).map_or(0, |p| p.size);
		let new_size = old_size.checked_add(delta).ok_or(Error::<T>::Overflow)?;
		ensure!(delta.unsigned_abs() >= params.min_order_size.unsigned_abs() || new_size == 0, Error::<T>::OrderTooSmall);
		let increases_risk = new_size.unsigned_abs() > old_size.unsigned_abs() || (old_size != 0 && new_size.signum() == -old_size.signum());
		let intent = if increases_risk { TradeIntent::IncreaseRisk } else { TradeIntent::ReduceRisk };
		T::MarketGuard::ensure_trade_allowed(market, intent).map_err(|refusal| match refusal {
			TradeRefusal::ReduceOnly => Error::<T>::MarketReduceOnly,
			TradeRefusal::Halted => Error::<T>::MarketHalted,
		})?;

		Self::touch(&who, &mut account);
		let totals = Self::accrue_funding(market, &params);
		let skew_before = totals.long_size.saturating_sub(totals.short_size);
		let skew_after = skew_before.checked_add(delta).ok_or(Error::<T>::Overflow)?;
		let signed_value = |size: Quantity| -> Result<SignedBalance, Error<T>> {
			let value = to_signed(math::value(size, mark, Rounding::Up).ok_or(Error::<T>::Overflow)?);
			Ok(if size < 0 { value.saturating_neg() } else { value })
		};
		let order_value = math::value(delta, mark, Rounding::Up).ok_or(Error::<T>::Overflow)?;
		let depth = Self::vault_equity().max(0).unsigned_abs();
		let impact = math::price_impact(&params, order_value, signed_value(skew_before)?, signed_value(skew_after)?, depth);
		// New risk must fit the vault; reducing risk is always possible, at most at the
		// market's largest impact (also when the vault has no equity left to quote against).
		let impact = match impact {
			Some(impact) if impact <= params.max_impact => impact,
			Some(_) if increases_risk => return Err(Error::<T>::ImpactTooLarge.into()),
			None if increases_risk => return Err(Error::<T>::VaultEmpty.into()),
			_ => params.max_impact,
		};
		// Against the trader: a buy at no less than the index, a sell at no more, so a trade on a
		// mark that trails the feeders' public submissions earns nothing from the LPs.
		let reference = if delta > 0 { mark.max(index) } else { mark.min(index) };
		let price = math::execution_price(reference, delta, impact);
		let within_limit = if delta > 0 { price <= limit_price } else { price >= limit_price };
		ensure!(within_limit, Error::<T>::PriceLimitExceeded);

		let traded_value = math::value(delta, price, Rounding::Up).ok_or(Error::<T>::Overflow)?;
		let fee = fraction_of(traded_value, params.taker_fee, Rounding::Up);
		ensure!(fee <= account.collateral, Error::<T>::InsufficientCollateral);
		Self::charge(&mut account, fee, params.fee_to_insurance);

		let repositioned = Self::repositioning(&account, market);
		let (Fill { realised_pnl, closed, loss }, totals) = Self::execute(&mut account, market, totals, delta, price, mark)?;
		Self::note_loss(&who, loss);

		// New risk is checked against the holder, at live prices of every market held (equity
		// that exists only at a frozen price carries none); the valuation at the marks, made in
		// the same pass, is for every observer.
		let valuation = if increases_risk {
			let (at_marks, checked) = Self::valuations_for_a_change(&account)?;
			Self::ensure_risk_acceptable(&who, &account, &checked, market, &params, &totals, mark.max(index), skew_before, skew_after)?;
			at_marks
		} else {
			Self::valuation(&account)
		};
		Self::store_valued(&who, &account, &valuation, Some(repositioned));
		// The part that closed the old position, and the part that opened new exposure.
		let closed_value = math::value(closed, price, Rounding::Down).unwrap_or(traded_value).min(traded_value);
		T::Activity::traded(&who, traded_value.saturating_sub(closed_value), closed_value);
		Self::deposit_event(Event::Traded { who, market, delta, price, size: new_size, fee, realised_pnl });
		Ok((held, held.max(account.positions.len() as u32)))
	}

	/// `market`'s position as it stands before a fill changes it, for the observers.
	fn repositioning(account: &MarginAccount, market: MarketId) -> Repositioned {
		let before = account.position(market).map(|p| (p.size, math::average_price(p.size, p.entry_value)));
		Repositioned { market, before }
	}

	/// Applies a fill of `delta` at `price` to the position and to the market's `totals` (as the
	/// caller read them, funding accrued): closes first (realising its PnL), then opens the rest.
	/// Returns the realised PnL and the size closed, and the totals as stored after it. The
	/// market's open interest is revalued at `mark` afterwards.
	fn execute(
		account: &mut MarginAccount,
		market: MarketId,
		mut totals: MarketTotals<BlockNumberFor<T>>,
		delta: Quantity,
		price: Price,
		mark: Price,
	) -> Result<(Fill, MarketTotals<BlockNumberFor<T>>), DispatchError> {
		let mut position =
			account.position(market).unwrap_or(Position { size: 0, entry_value: 0, funding_index: totals.funding_index });
		let mut realised = 0;
		let mut loss = None;

		let closing = if position.size != 0 && delta.signum() != position.size.signum() {
			delta.unsigned_abs().min(position.size.unsigned_abs())
		} else {
			0
		};
		if closing > 0 {
			let closed = Quantity::try_from(closing).map_err(|_| Error::<T>::Overflow)?.saturating_mul(position.size.signum());
			let closed_entry = math::closed_entry_value(position.entry_value, closed, position.size);
			realised = math::unrealised_pnl(closed, closed_entry, price);
			position.size = position.size.saturating_sub(closed);
			position.entry_value = position.entry_value.saturating_sub(closed_entry);
			Self::remove_from_totals(&mut totals, closed, closed_entry);
			let shortfall_before = account.shortfall;
			Self::realise(account, realised);
			let unpaid = account.shortfall.saturating_sub(shortfall_before);
			if !unpaid.is_zero() {
				loss = Some(ballast_primitives::LossSource { market, shortfall: unpaid, closed, price });
			}
		}
		let opening = delta.unsigned_abs().saturating_sub(closing);
		if opening > 0 {
			let opened = Quantity::try_from(opening).map_err(|_| Error::<T>::Overflow)?.saturating_mul(delta.signum());
			// A long's cost rounds up, a short's proceeds down.
			let rounding = if opened > 0 { Rounding::Up } else { Rounding::Down };
			let opened_value = math::value(opened, price, rounding).ok_or(Error::<T>::Overflow)?;
			position.size = position.size.checked_add(opened).ok_or(Error::<T>::Overflow)?;
			position.entry_value = position.entry_value.checked_add(opened_value).ok_or(Error::<T>::Overflow)?;
			Self::add_to_totals(&mut totals, opened, opened_value)?;
		}
		account.set_position(market, position).map_err(|_| Error::<T>::TooManyPositions)?;
		Self::revalue(&mut totals, mark);
		Self::put_totals(market, totals);
		Ok((Fill { realised_pnl: realised, closed: Quantity::try_from(closing).unwrap_or(Quantity::MAX), loss }, totals))
	}

	/// Records where `who`'s shortfall came from: one entry a market, sizes and losses summed,
	/// the price averaged by size.
	fn note_loss(who: &T::AccountId, loss: Option<ballast_primitives::LossSource>) {
		let Some(loss) = loss else { return };
		ShortfallSources::<T>::mutate(who, |sources| {
			match sources.iter_mut().find(|source| source.market == loss.market) {
				Some(source) => {
					let (old, new) = (source.closed.unsigned_abs(), loss.closed.unsigned_abs());
					source.price = Price::checked_from_rational(
						source.price.saturating_mul_int(old).saturating_add(loss.price.saturating_mul_int(new)),
						old.saturating_add(new).max(1),
					)
					.unwrap_or(loss.price);
					source.closed = source.closed.saturating_add(loss.closed);
					source.shortfall = source.shortfall.saturating_add(loss.shortfall);
				},
				// One entry a market, and an account holds at most MAX_POSITIONS markets.
				None =>
					if sources.try_push(loss).is_err() {
						frame_support::defensive!("more loss sources than markets an account may hold");
					},
			}
		});
	}

	/// Values a market's open interest at `mark`, keeping the pool's sum in step.
	fn revalue(totals: &mut MarketTotals<BlockNumberFor<T>>, mark: Price) {
		let long = math::unrealised_pnl(totals.long_size, totals.long_entry_value, mark);
		let short = math::unrealised_pnl(totals.short_size.saturating_neg(), totals.short_entry_value, mark);
		let profit = |pnl: SignedBalance| pnl.max(0).unsigned_abs();
		Pool::<T>::mutate(|pool| {
			let sum = &mut pool.open_pnl;
			sum.net = sum.net.saturating_sub(totals.long_pnl).saturating_sub(totals.short_pnl).saturating_add(long).saturating_add(short);
			sum.open_profit = sum
				.open_profit
				.saturating_sub(profit(totals.long_pnl))
				.saturating_sub(profit(totals.short_pnl))
				.saturating_add(profit(long))
				.saturating_add(profit(short));
		});
		(totals.long_pnl, totals.short_pnl, totals.valued_at) = (long, short, mark);
	}

	/// Writes an account holding `collateral` and a long of `size` in `market` entered at
	/// `entry_value`, as a venue with many traders has, for other pallets' benchmarks at scale
	/// (a million real trades would not fit a benchmark's setup). The pooled ledgers and the
	/// market's totals are left alone: only the shape of storage matters there.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn insert_account_for_benchmarks(who: &T::AccountId, collateral: Balance, market: MarketId, size: Quantity, entry_value: Balance) {
		let mut account = MarginAccount { collateral, ..Default::default() };
		let funding_index = Markets::<T>::get(market).map(|listed| listed.totals.funding_index).unwrap_or_default();
		let position = Position { size, entry_value, funding_index };
		if account.set_position(market, position).is_ok() {
			Accounts::<T>::insert(who, account);
		}
	}

	/// Revalues every market with open interest at its current mark, as the block hook does
	/// before it rescales margins.
	pub fn revalue_all() {
		Self::store_changed(&Self::revalued_markets());
	}

	/// Every listed market, read once, with its totals revalued at its current mark (in
	/// memory: [`Self::store_changed`] writes the ones that changed).
	pub(crate) fn revalued_markets() -> Vec<HeldMarket<BlockNumberFor<T>>> {
		Markets::<T>::iter()
			.take(T::MaxMarkets::get() as usize)
			.map(|(id, mut market)| {
				// Funding accrues here once a block, so no transaction of the block writes a
				// market only to bring its funding index up to date.
				let accrued = Self::projected_totals(id, &market.params, market.totals);
				let funding_moved = accrued != market.totals;
				market.totals = accrued;
				let totals = &mut market.totals;
				let idle = totals.long_size == 0 && totals.short_size == 0 && totals.long_pnl == 0 && totals.short_pnl == 0;
				let snapshot = T::PriceFeed::snapshot(id);
				let open_interest = snapshot.map_or(0, |s| {
					math::value(totals.long_size.saturating_add(totals.short_size), s.mark, Rounding::Down).unwrap_or(Balance::MAX)
				});
				let moved = snapshot.filter(|s| !idle && s.mark != totals.valued_at);
				if let Some(snapshot) = moved {
					Self::revalue(totals, snapshot.mark);
				}
				HeldMarket { id, market, open_interest, changed: funding_moved || moved.is_some() }
			})
			.collect()
	}

	/// Writes back the held markets that changed: one write each.
	pub(crate) fn store_changed(markets: &[HeldMarket<BlockNumberFor<T>>]) {
		for held in markets.iter().filter(|held| held.changed) {
			Markets::<T>::insert(held.id, &held.market);
		}
	}

	fn add_to_totals(totals: &mut MarketTotals<BlockNumberFor<T>>, size: Quantity, value: Balance) -> Result<(), Error<T>> {
		let (side, entry) = if size > 0 {
			(&mut totals.long_size, &mut totals.long_entry_value)
		} else {
			(&mut totals.short_size, &mut totals.short_entry_value)
		};
		*side = side.checked_add(size.saturating_abs()).ok_or(Error::<T>::Overflow)?;
		*entry = entry.checked_add(value).ok_or(Error::<T>::Overflow)?;
		Ok(())
	}

	fn remove_from_totals(totals: &mut MarketTotals<BlockNumberFor<T>>, size: Quantity, value: Balance) {
		let (side, entry) = if size > 0 {
			(&mut totals.long_size, &mut totals.long_entry_value)
		} else {
			(&mut totals.short_size, &mut totals.short_entry_value)
		};
		*side = side.saturating_sub(size.saturating_abs());
		*entry = entry.saturating_sub(value);
	}

	/// The account's reputation tier bounds its total notional over its equity: every market
	/// held counts, at the tier's cap in the strictest of them. Checked on new risk and on
	/// withdrawals, so neither a second market nor a withdrawal after a trade gets past it.
	fn ensure_within_tier(who: &T::AccountId, valuation: &Valuation) -> DispatchResult {
		let markets: Vec<MarketId> = valuation.positions.iter().map(|p| p.market).collect();
		let cap = T::LeverageLimit::lowest_max_leverage(who, &markets);
		let Some(cap) = cap else { return Ok(()) };
		let total = valuation.positions.iter().fold(0 as Balance, |sum, p| sum.saturating_add(p.notional));
		let allowed = fraction_of(valuation.equity.max(0).unsigned_abs(), cap, Rounding::Down);
		ensure!(total <= allowed, Error::<T>::LeverageTooHigh);
		Ok(())
	}

	/// The checks on a trade that adds risk, on the state after it.
	#[allow(clippy::too_many_arguments)]
	fn ensure_risk_acceptable(
		who: &T::AccountId,
		account: &MarginAccount,
		valuation: &Valuation,
		market: MarketId,
		params: &MarketParams,
		totals: &MarketTotals<BlockNumberFor<T>>,
		mark: Price,
		skew_before: Quantity,
		skew_after: Quantity,
	) -> DispatchResult {
		let size = account.position(market).map_or(0, |p| p.size);
		let side = if size > 0 { totals.long_size } else { totals.short_size };
		ensure!(side <= params.max_open_interest, Error::<T>::OpenInterestCap);

		if skew_after.unsigned_abs() > skew_before.unsigned_abs() {
			let exposure = math::value(skew_after, mark, Rounding::Up).ok_or(Error::<T>::Overflow)?;
			let capacity = fraction_of(Self::vault_equity().max(0).unsigned_abs(), params.max_skew_to_vault, Rounding::Down);
			ensure!(exposure <= capacity, Error::<T>::VaultCapacity);
		}

		Self::ensure_within_tier(who, valuation)?;
		ensure!(valuation.equity >= to_signed(valuation.initial), Error::<T>::InsufficientMargin);
		// Every account in the liquidation queue holds real money: dust accounts placed ahead
		// of a large one cost their owner at least this each.
		ensure!(valuation.equity >= to_signed(T::MinDeposit::get()), Error::<T>::InsufficientMargin);
		Ok(())
	}

	// ---- Valuation --------------------------------------------------------------------

	/// The account at current marks (whatever the feed's status: positions are always
	/// valued), funding accrued to now.
	pub(crate) fn valuation(account: &MarginAccount) -> Valuation {
		let ([valuation], _) = Self::valuations(account, [Pricing::Mark]);
		valuation
	}

	/// The account at the marks (for the observers) and against its holder (for what the holder
	/// may take or add), in one pass over its markets; every market it holds must have a live
	/// feed.
	pub(crate) fn valuations_for_a_change(account: &MarginAccount) -> Result<(Valuation, Valuation), DispatchError> {
		let ([at_marks, against_holder], all_live) = Self::valuations(account, [Pricing::Mark, Pricing::AgainstHolder]);
		ensure!(all_live, Error::<T>::PriceUnavailable);
		Ok((at_marks, against_holder))
	}

	/// `market`'s mark and index while its feed is live.
	fn live_prices(market: MarketId) -> Result<(Price, Price), DispatchError> {
		let snapshot = T::PriceFeed::snapshot(market)
			.filter(|s| s.status == ballast_primitives::PriceStatus::Live)
			.ok_or(Error::<T>::PriceUnavailable)?;
		Ok((snapshot.mark, snapshot.index))
	}

	/// The account valued at each of `pricings`, each market it holds read once; and whether
	/// every one of them has a live feed.
	fn valuations<const N: usize>(account: &MarginAccount, pricings: [Pricing; N]) -> ([Valuation; N], bool) {
		let mut valuations: [Valuation; N] = core::array::from_fn(|_| Valuation::default());
		let base = to_signed(account.collateral)
			.saturating_add(to_signed(account.unsettled_profit))
			.saturating_sub(to_signed(account.shortfall));
		let mut equities = [base; N];
		let mut all_live = true;
		for &(market, position) in account.positions.iter() {
			let Some(Market { params, totals, scale, raised_from }) = Markets::<T>::get(market) else { continue };
			let average = math::average_price(position.size, position.entry_value);
			let snapshot = T::PriceFeed::snapshot(market);
			all_live &= snapshot.as_ref().is_some_and(|s| s.status == ballast_primitives::PriceStatus::Live);
			let mark = snapshot.as_ref().map_or(average, |snapshot| snapshot.mark);
			let totals = Self::projected_totals(market, &params, totals);
			let funding_owed = math::funding_owed(position.size, position.funding_index, totals.funding_index);
			let side = if position.size > 0 { totals.long_size } else { totals.short_size };
			for ((valuation, equity), pricing) in valuations.iter_mut().zip(equities.iter_mut()).zip(pricings) {
				// The price PnL is counted at, and the one requirements are counted on.
				let (pnl_price, notional_price) = match (pricing, snapshot.as_ref()) {
					(Pricing::AgainstHolder, Some(s)) => {
						let worse = if position.size > 0 { s.mark.min(s.index) } else { s.mark.max(s.index) };
						(worse, s.mark.max(s.index))
					},
					_ => (mark, mark),
				};
				let unrealised_pnl = math::unrealised_pnl(position.size, position.entry_value, pnl_price);
				let notional = math::value(position.size, notional_price, Rounding::Up).unwrap_or(Balance::MAX);
				let side_interest = math::value(side, notional_price, Rounding::Up).unwrap_or(Balance::MAX);
				let (initial, maintenance) = math::scaled_fractions(&params, raised_from.as_ref(), &scale, notional, side_interest);
				let position_maintenance = fraction_of(notional, maintenance, Rounding::Up);
				valuation.initial.saturating_accrue(fraction_of(notional, initial, Rounding::Up));
				valuation.maintenance.saturating_accrue(position_maintenance);
				let next_tier_notional =
					params.size_tiers.iter().map(|tier| tier.min_notional).find(|&from| from > notional).unwrap_or(Balance::MAX);
				valuation.open_profit.saturating_accrue(unrealised_pnl.max(0).unsigned_abs());
				*equity = equity.saturating_add(unrealised_pnl).saturating_sub(funding_owed);
				valuation.positions.push(PositionValue {
					market,
					position,
					mark,
					unrealised_pnl,
					funding_owed,
					maintenance_fraction: maintenance,
					notional,
					maintenance: position_maintenance,
					next_tier_notional,
				});
			}
		}
		for (valuation, equity) in valuations.iter_mut().zip(equities) {
			valuation.equity = equity;
		}
		(valuations, all_live)
	}

	pub(crate) fn health_of(valuation: &Valuation) -> AccountHealth {
		AccountHealth {
			equity: valuation.equity,
			initial_requirement: valuation.initial,
			maintenance_requirement: valuation.maintenance,
		}
	}

	/// A valued position as other pallets see it: its PnL net of the funding it owes.
	pub(crate) fn view_of(p: &PositionValue) -> PositionView {
		PositionView {
			market: p.market,
			size: p.position.size,
			entry_price: math::average_price(p.position.size, p.position.entry_value),
			unrealised_pnl: p.unrealised_pnl.saturating_sub(p.funding_owed),
			notional: p.notional,
			maintenance_requirement: p.maintenance,
			maintenance_fraction: p.maintenance_fraction,
			next_tier_notional: p.next_tier_notional,
		}
	}

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

	// ---- The vault --------------------------------------------------------------------

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
		let equity = Self::vault_equity_against(Provider::Leaving);
		ensure!(equity > 0, Error::<T>::VaultInsolvent);
		let amount = multiply_by_rational_with_rounding(shares, equity.unsigned_abs(), vault.shares, Rounding::Down)
			.ok_or(Error::<T>::Overflow)?;
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
		Self::deposit_event(Event::LiquidityWithdrawn { who, amount, shares });
		Ok(())
	}

	// ---- For clients --------------------------------------------------------------------

	/// An account's state at current marks, for the runtime API.
	pub fn account_summary(who: &T::AccountId) -> Option<AccountSummary> {
		let account = Accounts::<T>::get(who)?;
		let valuation = Self::valuation(&account);
		let health = (valuation.maintenance > 0)
			.then(|| Ratio::checked_from_rational(valuation.equity.max(0).unsigned_abs(), valuation.maintenance))
			.flatten();
		let spare = valuation
			.equity
			.saturating_sub(to_signed(valuation.open_profit))
			.saturating_sub(to_signed(account.unsettled_profit))
			.saturating_sub(to_signed(Self::least_equity(&account, valuation.initial)))
			.max(0)
			.unsigned_abs();
		let positions = valuation
			.positions
			.iter()
			.map(|p| PositionSummary {
				market: p.market,
				size: p.position.size,
				entry_price: math::average_price(p.position.size, p.position.entry_value),
				mark_price: p.mark,
				unrealised_pnl: p.unrealised_pnl,
				funding_owed: p.funding_owed,
				liquidation_price: math::liquidation_price(
					p.position.size,
					p.mark,
					p.maintenance_fraction,
					valuation.equity,
					valuation.maintenance,
				),
			})
			.collect();
		Some(AccountSummary {
			collateral: account.collateral,
			unsettled_profit: account.unsettled_profit,
			shortfall: account.shortfall,
			equity: valuation.equity,
			initial_requirement: valuation.initial,
			maintenance_requirement: valuation.maintenance,
			health,
			withdrawable: spare.min(account.collateral),
			positions,
		})
	}

	/// The vault, for the runtime API.
	pub fn vault_summary() -> VaultSummary {
		let pool = Pool::<T>::get();
		VaultSummary {
			cash: pool.vault.cash,
			shares: pool.vault.shares,
			equity: Self::vault_equity(),
			open_profit: pool.open_pnl.open_profit,
			unsettled_profit: pool.unsettled_profit,
			insurance_fees: pool.insurance_fees,
		}
	}

	/// Every ledger of the stablecoin the engine owes, and what its account holds. Reads every
	/// account: for runtime APIs and invariants, never for a transaction.
	pub fn ledgers() -> MarginLedgers {
		let pool = Pool::<T>::get();
		let (collateral, shortfall) = Accounts::<T>::iter_values().fold((0u128, 0u128), |(collateral, shortfall), account| {
			(collateral.saturating_add(account.collateral), shortfall.saturating_add(account.shortfall))
		});
		MarginLedgers {
			collateral,
			vault_cash: pool.vault.cash,
			insurance_fees: pool.insurance_fees,
			shortfall,
			held: T::Collateral::balance(&Self::account_id()),
		}
	}

	// ---- Invariants ---------------------------------------------------------------------

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

impl<T: Config> MarginAccounts<T::AccountId> for Pallet<T> {
	fn health(who: &T::AccountId) -> Option<AccountHealth> {
		Accounts::<T>::get(who).map(|account| Self::health_of(&Self::valuation(&account)))
	}

	fn positions(who: &T::AccountId) -> Vec<PositionView> {
		let Some(account) = Accounts::<T>::get(who) else { return Vec::new() };
		Self::valuation(&account).positions.iter().map(Self::view_of).collect()
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
		Self::touch(who, &mut account);
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
		Self::store_valued(who, &account, &valuation, Some(repositioned));
		Self::deposit_event(Event::PositionReduced {
			who: who.clone(),
			market,
			closed: delta.saturating_abs(),
			price,
			penalty: penalty_due,
		});
		let health_after = Self::health_of(&valuation);
		Ok(Reduction { closed: delta.saturating_abs(), realised_pnl, penalty: penalty_due, health_after })
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
		Self::store_account(who, &account, None);
		Self::deposit_event(Event::ShortfallTaken { who: who.clone(), amount: taken });
		Bankruptcy::apportioned(taken, sources)
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
