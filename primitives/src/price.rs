//! Fixed-point price arithmetic over `sp-arithmetic`.
//!
//! A [`Price`] is what a person reads on a screen: quote currency (USD) per whole base coin,
//! as a [`FixedU128`] (18 decimals), so BTC-USD is about 100 000 and the oracle stores what
//! its feeders report. Sizes are counted in [`BASE_UNIT`]ths of a coin and collateral in
//! [`COLLATERAL_UNIT`]ths of a dollar; [`notional`] converts between them. Every helper
//! saturates: a ledger that wraps on overflow is worse than one that clips at the type's bounds,
//! and the callers bound their inputs anyway.

use crate::{Balance, Quantity, SignedBalance};
use sp_arithmetic::{
	traits::{CheckedDiv, Saturating, Zero},
	FixedPointNumber, FixedU128,
};

/// Quote currency (USD) per whole base coin.
pub type Price = FixedU128;

/// Position sizes count base coins in units of 10⁻⁹ (nano-coins).
pub const BASE_UNIT: u128 = 1_000_000_000;

/// Collateral balances count dollars in units of 10⁻⁶, as USD stablecoins do.
pub const COLLATERAL_UNIT: u128 = 1_000_000;

/// The highest funding rate a market may be allowed per block, as parts per 10⁶ of notional:
/// 100 (0.01 % a block, 6 % an hour of 6-second blocks, beyond any venue's cap: Hyperliquid's
/// is 4 % an hour). Funding lowers every account's headroom each block like a price move, so the
/// liquidation watermark rises by the markets' caps every block; a cap near one would make every
/// account due every block.
pub const MAX_FUNDING_RATE_PER_MILLION: u128 = 100;

/// [`MAX_FUNDING_RATE_PER_MILLION`] as a ratio.
pub fn max_funding_rate() -> crate::Ratio {
	crate::Ratio::saturating_from_rational(MAX_FUNDING_RATE_PER_MILLION, 1_000_000u128)
}

/// A dimensionless non-negative ratio: margin fractions, leverage, volatility, price moves.
pub type Ratio = FixedU128;

/// The value of `size` nano-coins at `price`, in collateral atoms, rounded down.
pub fn notional(size: Quantity, price: Price) -> Balance {
	// `size` is in 10⁻⁹ coins and the result in 10⁻⁶ dollars: scale by 10⁶ / 10⁹.
	let micro_coins = size.unsigned_abs() / (BASE_UNIT / COLLATERAL_UNIT);
	let remainder = size.unsigned_abs() % (BASE_UNIT / COLLATERAL_UNIT);
	price
		.saturating_mul_int(micro_coins)
		.saturating_add(price.saturating_mul_int(remainder) / (BASE_UNIT / COLLATERAL_UNIT))
}

/// Profit (positive) or loss (negative) of holding `size` from `entry` to `exit`.
///
/// A long gains when the price rises, a short when it falls. Saturates at `i128` bounds.
pub fn pnl(size: Quantity, entry: Price, exit: Price) -> SignedBalance {
	let at_entry = notional(size, entry);
	let at_exit = notional(size, exit);
	let (gain, loss) = if size >= 0 { (at_exit, at_entry) } else { (at_entry, at_exit) };
	signed_difference(gain, loss)
}

/// `a - b` as a signed balance, saturating at the `i128` bounds.
pub fn signed_difference(a: Balance, b: Balance) -> SignedBalance {
	if a >= b {
		SignedBalance::try_from(a - b).unwrap_or(SignedBalance::MAX)
	} else {
		SignedBalance::try_from(b - a).map(|d| -d).unwrap_or(SignedBalance::MIN)
	}
}

/// The relative move `|to - from| / from`; `None` when `from` is zero.
pub fn relative_move(from: Price, to: Price) -> Option<Ratio> {
	if from.is_zero() {
		return None;
	}
	let delta = if to >= from { to.saturating_sub(from) } else { from.saturating_sub(to) };
	delta.checked_div(&from)
}

/// `amount × ratio`, rounded down: a margin requirement from a notional and a fraction.
pub fn apply_ratio(amount: Balance, ratio: Ratio) -> Balance {
	ratio.saturating_mul_int(amount)
}

/// `numerator / denominator` dollars per coin, for example `price_from_rational(6_502_250, 100)`
/// for 65 022.50. `None` when `denominator` is zero.
pub fn price_from_rational(numerator: u128, denominator: u128) -> Option<Price> {
	Price::checked_from_rational(numerator, denominator)
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;
	use sp_arithmetic::traits::Bounded;

	fn price(units: u128) -> Price {
		Price::saturating_from_integer(units)
	}

	/// `coins` whole coins as a size.
	fn coins(coins: i128) -> Quantity {
		coins * BASE_UNIT as i128
	}

	#[test]
	fn notional_is_size_times_price_in_collateral_units_for_either_side() {
		// 2 BTC at 65 000 is 130 000 dollars.
		assert_eq!(notional(coins(2), price(65_000)), 130_000 * COLLATERAL_UNIT);
		assert_eq!(notional(-coins(2), price(65_000)), 130_000 * COLLATERAL_UNIT);
		assert_eq!(notional(0, price(65_000)), 0);
		// One nano-BTC at 65 000 is 65 micro-dollars; below a micro-dollar rounds down.
		assert_eq!(notional(1, price(65_000)), 65);
		assert_eq!(notional(1, price(1)), 0);
		assert_eq!(notional(1_500, price(1)), 1);
	}

	#[test]
	fn pnl_follows_the_side_of_the_position() {
		let dollars = |d: i128| d * COLLATERAL_UNIT as i128;
		assert_eq!(pnl(coins(10), price(100), price(110)), dollars(100));
		assert_eq!(pnl(coins(10), price(100), price(90)), dollars(-100));
		assert_eq!(pnl(-coins(10), price(100), price(110)), dollars(-100));
		assert_eq!(pnl(-coins(10), price(100), price(90)), dollars(100));
	}

	#[test]
	fn relative_move_is_symmetric_in_direction_and_refuses_zero_base() {
		let up = relative_move(price(100), price(130)).unwrap();
		let down = relative_move(price(100), price(70)).unwrap();
		assert_eq!(up, Ratio::saturating_from_rational(3, 10));
		assert_eq!(up, down);
		assert_eq!(relative_move(Price::zero(), price(1)), None);
	}

	#[test]
	fn price_from_rational_reads_decimal_prices() {
		let p = price_from_rational(6_502_250, 100).unwrap();
		assert_eq!(notional(coins(1), p), 65_022_500_000);
		assert_eq!(price_from_rational(1, 0), None);
	}

	#[test]
	fn extreme_values_saturate_instead_of_wrapping() {
		assert_eq!(signed_difference(u128::MAX, 0), i128::MAX);
		assert_eq!(signed_difference(0, u128::MAX), i128::MIN);
		assert_eq!(notional(i128::MIN, Price::max_value()), u128::MAX);
	}

	proptest! {
		#[test]
		fn long_and_short_pnl_cancel(size in 0i128..1_000_000_000_000_000_000, a in 1u128..10_000_000, b in 1u128..10_000_000) {
			let (entry, exit) = (price(a), price(b));
			prop_assert_eq!(pnl(size, entry, exit) + pnl(-size, entry, exit), 0);
		}

		#[test]
		fn notional_is_linear_in_whole_coins(whole in 0i128..1_000_000_000, p in 1u128..10_000_000) {
			prop_assert_eq!(notional(whole * BASE_UNIT as i128, price(p)), whole as u128 * p * COLLATERAL_UNIT);
		}

		#[test]
		fn apply_ratio_never_exceeds_amount_for_fractions(amount in any::<u64>(), parts in 0u128..=1_000) {
			let fraction = Ratio::saturating_from_rational(parts, 1_000);
			prop_assert!(apply_ratio(amount as u128, fraction) <= amount as u128);
		}
	}
}
