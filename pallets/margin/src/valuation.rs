//! An account valued for its risk, or against its holder: equity, requirements, each position's
//! PnL, funding owed and margin fraction, every held market read once.

use crate::{
	ledger::{fraction_of, to_signed},
	math,
	pallet::*,
	types::*,
};
use alloc::vec::Vec;
use ballast_primitives::{AccountHealth, Balance, MarketId, PositionView, Price, PriceFeed, Ratio, SignedBalance};
use frame_support::ensure;
use sp_arithmetic::Rounding;
use sp_runtime::{traits::Saturating, DispatchError};

/// An account valued at current prices.
#[derive(Default)]
pub(crate) struct Valuation {
	pub equity: SignedBalance,
	pub initial: Balance,
	pub maintenance: Balance,
	/// Sum of positive unrealised PnL: held up positions, not withdrawable.
	pub open_profit: Balance,
	pub positions: Vec<PositionValue>,
}

/// At which prices an account is valued.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pricing {
	/// For its risk, what liquidation, the observers and clients see: each position at the
	/// worse of its mark and index for its holder (the lower for a long, the higher for a
	/// short), PnL and requirement alike. The smoothed mark trails the index in a crash; an
	/// account already under water at the index is liquidated there, not a gap later when the
	/// mark catches up (and the vault, which takes the position, no longer pays the gap).
	/// One price a position, so a move in the holder's favour never lowers its headroom.
	Risk,
	/// Against the holder, for what the holder may take or add (a withdrawal, new risk): each
	/// position's PnL at the worse of its mark and index for it, its requirements on the larger
	/// of the two notionals.
	AgainstHolder,
}

pub(crate) struct PositionValue {
	pub market: MarketId,
	pub position: Position,
	pub mark: Price,
	/// The price the position is valued at (the mark without a feed's snapshot).
	pub price: Price,
	pub unrealised_pnl: SignedBalance,
	pub funding_owed: SignedBalance,
	pub maintenance_fraction: Ratio,
	pub notional: Balance,
	pub maintenance: Balance,
	pub next_tier_notional: Balance,
}

impl<T: Config> Pallet<T> {
	/// The account valued for its risk (whatever the feeds' status: positions are always
	/// valued), funding accrued to now.
	pub(crate) fn valuation(account: &MarginAccount) -> Valuation {
		let ([valuation], _) = Self::valuations(account, [Pricing::Risk]);
		valuation
	}

	/// The account valued for its risk (for the observers) and against its holder (for what the
	/// holder may take or add), in one pass over its markets; every market it holds must have a
	/// live feed.
	pub(crate) fn valuations_for_a_change(account: &MarginAccount) -> Result<(Valuation, Valuation), DispatchError> {
		let ([for_risk, against_holder], all_live) = Self::valuations(account, [Pricing::Risk, Pricing::AgainstHolder]);
		ensure!(all_live, Error::<T>::PriceUnavailable);
		Ok((for_risk, against_holder))
	}

	/// `market`'s mark and index while its feed is live.
	pub(crate) fn live_prices(market: MarketId) -> Result<(Price, Price), DispatchError> {
		let snapshot = T::PriceFeed::snapshot(market)
			.filter(|s| s.status == ballast_primitives::PriceStatus::Live)
			.ok_or(Error::<T>::PriceUnavailable)?;
		Ok((snapshot.mark, snapshot.index))
	}

	/// The account valued at each of `pricings`, each market it holds read once; and whether
	/// every one of them has a live feed.
	pub(crate) fn valuations<const N: usize>(account: &MarginAccount, pricings: [Pricing; N]) -> ([Valuation; N], bool) {
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
				let worse = snapshot.as_ref().map_or(mark, |s| s.against_holder(position.size > 0));
				let (pnl_price, notional_price) = match (pricing, snapshot.as_ref()) {
					(Pricing::AgainstHolder, Some(s)) => (worse, s.mark.max(s.index)),
					_ => (worse, worse),
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
					price: pnl_price,
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
}
