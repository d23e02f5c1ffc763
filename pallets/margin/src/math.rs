//! The margin engine's arithmetic, as pure functions over primitives' units: values in
//! collateral atoms (10⁻⁶ $), sizes in base atoms (10⁻⁹ coin), prices in $ per coin.
//!
//! Each rounding is chosen to favour the protocol: what a trader pays is rounded up, what a
//! trader receives is rounded down. Everything is checked or saturating; `None` means a result
//! outside the types, which callers turn into an error.

use crate::types::{MarketParams, SizeTier};
use ballast_primitives::{Balance, Price, Quantity, Ratio, SignedBalance};
use sp_arithmetic::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Bounded, CheckedAdd, CheckedDiv, One, Saturating, Zero},
	FixedI128, FixedPointNumber, Rounding,
};

/// `FixedU128`/`FixedI128` inner units per whole (10¹⁸) times base atoms per collateral atom
/// (10³): a size times a price's inner value over this is collateral atoms.
const SIZE_PRICE_SCALE: u128 = 1_000_000_000_000_000_000_000;

/// `|size|` base atoms at `price`, in collateral atoms, rounded as asked.
pub fn value(size: Quantity, price: Price, rounding: Rounding) -> Option<Balance> {
	multiply_by_rational_with_rounding(size.unsigned_abs(), price.into_inner(), SIZE_PRICE_SCALE, rounding)
}

/// The average price of `entry_value` paid for `size`.
pub fn average_price(size: Quantity, entry_value: Balance) -> Price {
	match size.unsigned_abs() {
		0 => Price::zero(),
		atoms => multiply_by_rational_with_rounding(entry_value, SIZE_PRICE_SCALE, atoms, Rounding::NearestPrefDown)
			.map_or(Price::max_value(), Price::from_inner),
	}
}

/// Unrealised PnL of a position of `size` that cost `entry_value`, valued at `mark`: a long
/// gains as the price rises, a short as it falls. The exit value rounds against the trader.
pub fn unrealised_pnl(size: Quantity, entry_value: Balance, mark: Price) -> SignedBalance {
	let rounding = if size >= 0 { Rounding::Down } else { Rounding::Up };
	let exit_value = value(size, mark, rounding).unwrap_or(Balance::MAX);
	let (gain, loss) = if size >= 0 { (exit_value, entry_value) } else { (entry_value, exit_value) };
	ballast_primitives::signed_difference(gain, loss)
}

/// The part of `entry_value` that belongs to `closed` of `size` base atoms. Rounded up for a
/// long (its realised PnL is value − entry) and down for a short (entry − value), so the closed
/// part's PnL rounds against the trader; the rest of the entry value stays with the position.
pub fn closed_entry_value(entry_value: Balance, closed: Quantity, size: Quantity) -> Balance {
	let rounding = if size >= 0 { Rounding::Up } else { Rounding::Down };
	multiply_by_rational_with_rounding(entry_value, closed.unsigned_abs(), size.unsigned_abs().max(1), rounding)
		.unwrap_or(entry_value)
		.min(entry_value)
}

/// Funding a position of `size` owes between two values of the market's funding index:
/// positive owed by the account, negative owed to it. Rounded up when the account pays.
pub fn funding_owed(size: Quantity, index_then: FixedI128, index_now: FixedI128) -> SignedBalance {
	let delta = index_now.into_inner().saturating_sub(index_then.into_inner());
	// A long pays a rising index, a short receives it.
	let pays = (delta > 0) == (size > 0);
	let rounding = if pays { Rounding::Up } else { Rounding::Down };
	let magnitude =
		multiply_by_rational_with_rounding(size.unsigned_abs(), delta.unsigned_abs(), SIZE_PRICE_SCALE, rounding)
			.unwrap_or(Balance::MAX);
	let magnitude = SignedBalance::try_from(magnitude).unwrap_or(SignedBalance::MAX);
	if pays {
		magnitude
	} else {
		-magnitude
	}
}

/// The funding rate per block for the current open interest: proportional to the skew
/// `(long − short) / (long + short)`, capped. Positive: longs pay shorts (and the vault).
pub fn funding_rate(params: &MarketParams, long: Quantity, short: Quantity) -> FixedI128 {
	let total = long.saturating_add(short);
	if total <= 0 {
		return FixedI128::zero();
	}
	let skew = FixedI128::checked_from_rational(long.saturating_sub(short), total).unwrap_or_default();
	let rate = skew.saturating_mul(to_signed(params.funding_rate_per_skew));
	let cap = to_signed(params.max_funding_rate);
	rate.min(cap).max(-cap)
}

/// The funding index after `blocks` more blocks at `rate` with the price at `mark`.
pub fn accrue_funding(index: FixedI128, rate: FixedI128, mark: Price, blocks: u32) -> FixedI128 {
	let per_block = rate.saturating_mul(to_signed(mark));
	index.saturating_add(per_block.saturating_mul(FixedI128::saturating_from_integer(blocks)))
}

fn to_signed(ratio: Ratio) -> FixedI128 {
	FixedI128::from_inner(i128::try_from(ratio.into_inner()).unwrap_or(i128::MAX))
}

/// The initial and maintenance fractions of a position of `notional` in a market whose side
/// has `side_open_interest` notional (including this position).
pub fn margin_fractions(params: &MarketParams, notional: Balance, side_open_interest: Balance) -> (Ratio, Ratio) {
	let tier = params
		.size_tiers
		.iter()
		.rev()
		.find(|tier| notional >= tier.min_notional)
		.copied()
		.unwrap_or(SizeTier {
			min_notional: 0,
			initial_margin: params.initial_margin,
			maintenance_margin: params.maintenance_margin,
		});
	let initial = oi_scaled_initial(tier.initial_margin, params, side_open_interest);
	(initial.max(tier.maintenance_margin), tier.maintenance_margin)
}

/// [`margin_fractions`] times the market's dynamic multipliers, each at most 100 %, initial
/// never below maintenance. While a raise of maintenance from `raised_from` phases in, each
/// raised fraction is `phase_in` of the way from the old to the new.
pub fn scaled_fractions(
	params: &MarketParams,
	raised_from: Option<&MarketParams>,
	scale: &crate::types::MarginScale,
	notional: Balance,
	side_open_interest: Balance,
) -> (Ratio, Ratio) {
	let (initial, mut maintenance) = margin_fractions(params, notional, side_open_interest);
	if let Some(old) = raised_from {
		let before = margin_fractions(old, notional, 0).1;
		if maintenance > before {
			maintenance = before.saturating_add(maintenance.saturating_sub(before).saturating_mul(scale.phase_in));
		}
	}
	let maintenance = maintenance.saturating_mul(scale.maintenance).min(Ratio::one());
	let initial = initial.saturating_mul(scale.initial).min(Ratio::one()).max(maintenance);
	(initial, maintenance)
}

/// The largest rise of the maintenance fraction at any notional from `old` to `new`
/// parameters: the fractions are step functions of notional, so their breakpoints suffice.
pub fn maintenance_increase(old: &MarketParams, new: &MarketParams) -> Ratio {
	let breakpoints = core::iter::once(0).chain(old.size_tiers.iter().chain(new.size_tiers.iter()).map(|t| t.min_notional));
	breakpoints
		.map(|notional| margin_fractions(new, notional, 0).1.saturating_sub(margin_fractions(old, notional, 0).1))
		.max()
		.unwrap_or_default()
}

/// dYdX v4: the initial fraction rises linearly from its base at `oi_margin_lower` to 100 %
/// at `oi_margin_upper`, so a thin market cannot grow its open interest without bound.
fn oi_scaled_initial(base: Ratio, params: &MarketParams, open_interest: Balance) -> Ratio {
	if open_interest <= params.oi_margin_lower || base >= Ratio::one() {
		return base;
	}
	let span = params.oi_margin_upper.saturating_sub(params.oi_margin_lower);
	let above = open_interest.saturating_sub(params.oi_margin_lower);
	if span == 0 || above >= span {
		return Ratio::one();
	}
	let progress = Ratio::saturating_from_rational(above, span);
	base.saturating_add(Ratio::one().saturating_sub(base).saturating_mul(progress))
}

/// The price impact of an order of `order_notional` that moves the market's net skew from
/// `skew_before` to `skew_after` (notional, signed), against a vault of `depth`: the order's
/// size over the depth, plus the skew it adds over the depth. `None` with an empty vault.
pub fn price_impact(
	params: &MarketParams,
	order_notional: Balance,
	skew_before: SignedBalance,
	skew_after: SignedBalance,
	depth: Balance,
) -> Option<Ratio> {
	if depth == 0 {
		return None;
	}
	let size_term = params.impact_size_factor.saturating_mul(Ratio::saturating_from_rational(order_notional, depth));
	let added_skew = skew_after.unsigned_abs().saturating_sub(skew_before.unsigned_abs());
	let skew_term = params.impact_skew_factor.saturating_mul(Ratio::saturating_from_rational(added_skew, depth));
	Some(size_term.saturating_add(skew_term))
}

/// The price an order of signed `delta` executes at: above the mark for a buy, below for a
/// sell, by `impact`.
pub fn execution_price(mark: Price, delta: Quantity, impact: Ratio) -> Price {
	let shift = mark.saturating_mul(impact);
	if delta > 0 {
		mark.saturating_add(shift)
	} else {
		mark.saturating_sub(shift)
	}
}

/// The mark at which an account reaches its maintenance requirement through this position's
/// price alone, all else held: with equity `E` and requirement `M` now, a position of `s`
/// coins and maintenance fraction `f`, `p = mark + (M − E) / (s − f·|s|)`. `None` when no
/// positive price liquidates it.
pub fn liquidation_price(
	size: Quantity,
	mark: Price,
	maintenance_fraction: Ratio,
	equity: SignedBalance,
	maintenance_requirement: Balance,
) -> Option<Price> {
	if size == 0 {
		return None;
	}
	let requirement = SignedBalance::try_from(maintenance_requirement).ok()?;
	let gap = requirement.checked_sub(equity)?; // collateral atoms; negative while healthy
	// Denominator in collateral atoms per dollar of price move: |s| coins × 10⁶ × (±1 − f).
	let coins_value = FixedI128::checked_from_rational(size.unsigned_abs(), 1_000u128)?; // atoms per $1
	let fraction = to_signed(maintenance_fraction);
	let slope = if size > 0 {
		coins_value.saturating_mul(FixedI128::one().saturating_sub(fraction))
	} else {
		coins_value.saturating_mul(FixedI128::one().saturating_add(fraction)).saturating_mul(FixedI128::from_inner(-FixedI128::DIV))
	};
	if slope.is_zero() {
		return None;
	}
	let move_dollars = FixedI128::saturating_from_integer(gap).checked_div(&slope)?;
	let price = to_signed(mark).checked_add(&move_dollars)?;
	(price.into_inner() > 0).then(|| Price::from_inner(price.into_inner().unsigned_abs()))
}

#[cfg(test)]
mod tests {
	use super::*;
	use ballast_primitives::{BASE_UNIT, COLLATERAL_UNIT};

	fn coins(n: i128) -> Quantity {
		n * BASE_UNIT as i128
	}
	fn dollars(n: u128) -> Balance {
		n * COLLATERAL_UNIT
	}
	fn price(n: u128) -> Price {
		Price::saturating_from_integer(n)
	}
	/// The example market with the open-interest range and funding cap these tests compute with.
	pub fn params() -> MarketParams {
		MarketParams {
			oi_margin_lower: dollars(1_000_000),
			oi_margin_upper: dollars(3_000_000),
			max_funding_rate: Ratio::saturating_from_rational(1, 200_000),
			..MarketParams::example()
		}
	}

	#[test]
	fn values_round_as_asked_and_hold_at_the_extremes() {
		assert_eq!(value(coins(2), price(65_000), Rounding::Down), Some(dollars(130_000)));
		assert_eq!(value(1, price(1), Rounding::Down), Some(0));
		assert_eq!(value(1, price(1), Rounding::Up), Some(1));
		assert_eq!(value(Quantity::MIN, Price::max_value(), Rounding::Up), None);
		assert_eq!(value(Quantity::MAX, price(1), Rounding::Down), Some(Quantity::MAX as u128 / 1_000));
		assert_eq!(average_price(coins(2), dollars(130_000)), price(65_000));
		assert_eq!(average_price(0, 5), Price::zero());
	}

	#[test]
	fn pnl_rounds_against_the_trader_on_both_sides() {
		// 1 atom at $1.5 is worth 0.0015 collateral atoms.
		let mark = Price::saturating_from_rational(3, 2);
		assert_eq!(unrealised_pnl(1, 0, mark), 0, "a long's gain rounds down");
		assert_eq!(unrealised_pnl(-1, 0, mark), -1, "a short's loss rounds up");
		assert_eq!(unrealised_pnl(coins(10), dollars(1_000), price(110)), dollars(100) as i128);
		assert_eq!(unrealised_pnl(-coins(10), dollars(1_000), price(110)), -(dollars(100) as i128));
	}

	#[test]
	fn closing_part_of_a_position_takes_a_rounded_share_of_its_entry_value() {
		assert_eq!(closed_entry_value(10, 1, 3), 4, "a long's closed entry rounds up");
		assert_eq!(closed_entry_value(10, -1, -3), 3, "a short's rounds down");
		assert_eq!(closed_entry_value(10, 3, 3), 10);
		assert_eq!(closed_entry_value(Balance::MAX, Quantity::MAX, Quantity::MAX), Balance::MAX);
	}

	#[test]
	fn funding_is_paid_by_the_crowded_side_and_capped() {
		let p = params();
		let rate = funding_rate(&p, coins(300), coins(100));
		assert_eq!(rate, FixedI128::saturating_from_rational(5, 1_000_000), "skew 1/2 × 1e-5 = 5e-6, at the cap");
		assert_eq!(funding_rate(&p, coins(100), coins(300)), -rate);
		assert_eq!(funding_rate(&p, 0, 0), FixedI128::zero());
		let index = accrue_funding(FixedI128::zero(), rate, price(100_000), 10);
		assert_eq!(index, FixedI128::saturating_from_integer(5), "$0.5 a coin a block for 10 blocks");
		assert_eq!(funding_owed(coins(2), FixedI128::zero(), index), dollars(10) as i128);
		assert_eq!(funding_owed(-coins(2), FixedI128::zero(), index), -(dollars(10) as i128));
		assert_eq!(funding_owed(1, FixedI128::zero(), FixedI128::from_inner(1)), 1, "payers round up");
		assert_eq!(funding_owed(-1, FixedI128::zero(), FixedI128::from_inner(1)), 0, "receivers round down");
	}

	#[test]
	fn margin_rises_with_size_tiers_and_open_interest() {
		let mut p = params();
		p.size_tiers = vec![SizeTier {
			min_notional: dollars(500_000),
			initial_margin: Ratio::saturating_from_rational(1, 10),
			maintenance_margin: Ratio::saturating_from_rational(5, 100),
		}]
		.try_into()
		.unwrap();
		let small = margin_fractions(&p, dollars(1_000), 0);
		assert_eq!(small, (p.initial_margin, p.maintenance_margin));
		let large = margin_fractions(&p, dollars(600_000), 0);
		assert_eq!(large, (Ratio::saturating_from_rational(1, 10), Ratio::saturating_from_rational(5, 100)));
		let half_way = margin_fractions(&p, dollars(1_000), dollars(2_000_000)).0;
		assert_eq!(half_way, Ratio::saturating_from_rational(525, 1_000), "5 % + 95 % / 2");
		assert_eq!(margin_fractions(&p, dollars(1_000), dollars(9_000_000)).0, Ratio::one());
	}

	#[test]
	fn the_largest_maintenance_rise_is_found_at_a_breakpoint() {
		let old = params();
		let mut new = params();
		assert_eq!(maintenance_increase(&old, &new), Ratio::zero());
		new.size_tiers = vec![SizeTier {
			min_notional: dollars(500_000),
			initial_margin: Ratio::saturating_from_rational(1, 10),
			maintenance_margin: Ratio::saturating_from_rational(8, 100),
		}]
		.try_into()
		.unwrap();
		assert_eq!(maintenance_increase(&old, &new), Ratio::saturating_from_rational(5, 100));
		assert_eq!(maintenance_increase(&new, &old), Ratio::zero(), "loosening raises nothing");
	}

	#[test]
	fn impact_grows_with_size_and_added_skew_and_needs_a_vault() {
		let p = params();
		let depth = dollars(1_000_000);
		let small = price_impact(&p, dollars(10_000), 0, dollars(10_000) as i128, depth).unwrap();
		let large = price_impact(&p, dollars(100_000), 0, dollars(100_000) as i128, depth).unwrap();
		assert_eq!(small, Ratio::saturating_from_rational(11, 10_000));
		assert!(large > small * Ratio::saturating_from_integer(9));
		let rebalancing = price_impact(&p, dollars(10_000), dollars(50_000) as i128, dollars(40_000) as i128, depth).unwrap();
		assert_eq!(rebalancing, Ratio::saturating_from_rational(1, 10_000), "only the size term");
		assert_eq!(price_impact(&p, 1, 0, 1, 0), None);
		assert_eq!(execution_price(price(100), 1, Ratio::saturating_from_rational(1, 100)), price(101));
		assert_eq!(execution_price(price(100), -1, Ratio::saturating_from_rational(1, 100)), price(99));
	}

	#[test]
	fn liquidation_price_is_where_equity_meets_maintenance() {
		// 1 BTC long at 100 000 with 10 000 equity, 3 % maintenance: 3 000 required now.
		let mmf = Ratio::saturating_from_rational(3, 100);
		let p = liquidation_price(coins(1), price(100_000), mmf, dollars(10_000) as i128, dollars(3_000)).unwrap();
		// 10 000 + (p − 100 000) = 0.03 p  ⇒  p = 90 000 / 0.97
		let expected = Price::saturating_from_rational(90_000_000_000u128, 970_000u128);
		assert!(relative(p, expected) < Ratio::saturating_from_rational(1, 1_000_000), "{p:?} vs {expected:?}");
		let short = liquidation_price(-coins(1), price(100_000), mmf, dollars(10_000) as i128, dollars(3_000)).unwrap();
		let expected = Price::saturating_from_rational(110_000_000_000u128, 1_030_000u128);
		assert!(relative(short, expected) < Ratio::saturating_from_rational(1, 1_000_000));
		assert_eq!(liquidation_price(coins(1), price(100), mmf, dollars(1_000) as i128, dollars(3)), None, "overcollateralised long");
		assert_eq!(liquidation_price(0, price(100), mmf, 0, 0), None);
	}

	fn relative(a: Price, b: Price) -> Ratio {
		ballast_primitives::relative_move(b, a).unwrap()
	}

	proptest::proptest! {
		/// A round trip's PnL is the exact move, rounded against the trader by at most an atom
		/// each way.
		#[test]
		fn pnl_is_the_exact_move_rounded_against_the_trader(size in 1i128..1_000_000_000_000, entry in 1u128..1_000_000, exit in 1u128..1_000_000, short in proptest::bool::ANY) {
			let size = if short { -size } else { size };
			let entry_value = value(size, price(entry), if short { Rounding::Down } else { Rounding::Up }).unwrap();
			let pnl = unrealised_pnl(size, entry_value, price(exit));
			// Exact PnL in thousandths of a collateral atom.
			let exact = size * (exit as i128 - entry as i128);
			proptest::prop_assert!(pnl * 1_000 <= exact, "never more than the exact PnL");
			proptest::prop_assert!(pnl * 1_000 >= exact - 2_000, "at most two atoms less");
		}
	}
}
