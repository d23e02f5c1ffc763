//! A trade: its price (mark against the trader, impact), its fill against the position and the
//! market's totals, where an unpaid loss came from, and the checks on new risk.
//!
//! ## Trading
//! A trade is a market order of a signed size with a price limit. It executes at the oracle's
//! mark (only while the feed is `Live`) moved against the trader by a price impact that grows
//! with the order's size and the skew it adds, both over the vault's depth (GMX v2; GMX AVAX
//! 2022 lost to trades at the bare oracle price). It is refused when the market guard (circuit
//! breaker) forbids it, when it would cross the open-interest cap of its side or the vault's
//! capacity, exceed the account's leverage limit (reputation), or leave the account below its
//! initial requirement. Margin fractions rise with position size (tiers) and with the
//! market's open interest (dYdX v4; dYdX YFI 2023 grew open interest 80× on a thin market).

use crate::{
	ledger::{fraction_of, to_signed},
	math,
	pallet::*,
	types::*,
	valuation::Valuation,
	weights::WeightInfo,
};
use alloc::vec::Vec;
use ballast_primitives::{
	Balance, LeverageLimit, MarketGuard, MarketId, Price, Quantity, Repositioned, SignedBalance, TradeIntent, TradeRefusal,
	TraderActivity,
};
use frame_support::{ensure, traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::{FixedPointNumber, Rounding};
use sp_runtime::{traits::Zero, DispatchError, DispatchResult};

/// What one fill did to a position.
pub(crate) struct Fill {
	pub realised_pnl: SignedBalance,
	/// Base atoms of the old position it closed (the rest opened new exposure).
	pub closed: Quantity,
	/// The loss the close left unpaid, if it left any.
	pub loss: Option<ballast_primitives::LossSource>,
}

impl<T: Config> Pallet<T> {
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

		Self::settle_funding_and_profit(&who, &mut account);
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
		let to_insurance = crate::scaling::insurance_share(params.fee_to_insurance, UndercoverFeeBoost::<T>::get());
		Self::charge(&mut account, fee, to_insurance);

		let repositioned = Self::repositioning(&account, market);
		let (Fill { realised_pnl, closed, loss }, totals) = Self::execute(&mut account, market, totals, delta, price, mark)?;
		Self::note_loss(&who, loss);

		// New risk is checked against the holder, at live prices of every market held (equity
		// that exists only at a frozen price carries none); the valuation for its risk, made in
		// the same pass, is for every observer.
		let valuation = if increases_risk {
			let (for_risk, checked) = Self::valuations_for_a_change(&account)?;
			Self::ensure_risk_acceptable(&who, &account, &checked, market, &params, &totals, mark.max(index), skew_before, skew_after)?;
			for_risk
		} else {
			Self::valuation(&account)
		};
		Self::store_valued_and_notify(&who, &account, &valuation, Some(repositioned));
		// The part that closed the old position, and the part that opened new exposure.
		let closed_value = math::value(closed, price, Rounding::Down).unwrap_or(traded_value).min(traded_value);
		T::Activity::traded(&who, traded_value.saturating_sub(closed_value), closed_value);
		Self::deposit_event(Event::Traded { who, market, delta, price, size: new_size, fee, realised_pnl });
		Ok((held, held.max(account.positions.len() as u32)))
	}

	/// `market`'s position as it stands before a fill changes it, for the observers.
	pub(crate) fn repositioning(account: &MarginAccount, market: MarketId) -> Repositioned {
		let before = account.position(market).map(|p| (p.size, math::average_price(p.size, p.entry_value)));
		Repositioned { market, before }
	}

	/// Applies a fill of `delta` at `price` to the position and to the market's `totals` (as the
	/// caller read them, funding accrued): closes first (realising its PnL), then opens the rest.
	/// Returns the realised PnL and the size closed, and the totals as stored after it. The
	/// market's open interest is revalued at `mark` afterwards.
	pub(crate) fn execute(
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
	pub(crate) fn note_loss(who: &T::AccountId, loss: Option<ballast_primitives::LossSource>) {
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

	/// The account's reputation tier bounds its total notional over its equity: every market
	/// held counts, at the tier's cap in the strictest of them. Checked on new risk and on
	/// withdrawals, so neither a second market nor a withdrawal after a trade gets past it.
	pub(crate) fn ensure_within_tier(who: &T::AccountId, valuation: &Valuation) -> DispatchResult {
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
	pub(crate) fn ensure_risk_acceptable(
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

	/// A trade by an account that held `held` positions and valued `valued` after it: a first
	/// position only files the account, a later trade also moves its entries.
	pub(crate) fn trade_weight(held: u32, valued: u32) -> Weight {
		if held == 0 {
			T::WeightInfo::open_first_position()
		} else {
			T::WeightInfo::trade(valued)
		}
	}

	/// What a trade is charged before it runs: its dearest case.
	pub(crate) fn most_a_trade_weighs() -> Weight {
		T::WeightInfo::trade(T::MaxMarkets::get()).max(T::WeightInfo::open_first_position())
	}
}
