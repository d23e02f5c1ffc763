//! Fixed-point price arithmetic over `sp-arithmetic`.
//!
//! A [`Price`] is collateral atoms per base-asset atom as a [`FixedU128`] (18 decimals), so a
//! notional value is one multiplication. Every helper saturates: a ledger that wraps on overflow
//! is worse than one that clips at the type's bounds, and the callers bound their inputs anyway.

use crate::{Balance, Quantity, SignedBalance};
use sp_arithmetic::{
	traits::{CheckedDiv, Saturating, Zero},
	FixedPointNumber, FixedU128,
};

/// Collateral atoms per base-asset atom.
pub type Price = FixedU128;

/// A dimensionless non-negative ratio: margin fractions, leverage, volatility, price moves.
pub type Ratio = FixedU128;

/// `|size| × price`, in collateral atoms, rounded down.
pub fn notional(size: Quantity, price: Price) -> Balance {
	price.saturating_mul_int(size.unsigned_abs())
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

/// A price from an integer number of collateral atoms over a number of base atoms,
/// for example `price_from_rational(65_000_000_000, 100_000_000)` for 65 000 USDC (6 decimals)
/// per BTC (8 decimals). `None` when `base_atoms` is zero.
pub fn price_from_rational(collateral_atoms: u128, base_atoms: u128) -> Option<Price> {
	Price::checked_from_rational(collateral_atoms, base_atoms)
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;
	use sp_arithmetic::traits::Bounded;

	fn price(units: u128) -> Price {
		Price::saturating_from_integer(units)
	}

	#[test]
	fn notional_is_size_times_price_for_either_side() {
		assert_eq!(notional(10, price(3)), 30);
		assert_eq!(notional(-10, price(3)), 30);
		assert_eq!(notional(0, price(3)), 0);
	}

	#[test]
	fn pnl_follows_the_side_of_the_position() {
		assert_eq!(pnl(10, price(100), price(110)), 100);
		assert_eq!(pnl(10, price(100), price(90)), -100);
		assert_eq!(pnl(-10, price(100), price(90)), 100);
		assert_eq!(pnl(-10, price(100), price(110)), -100);
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
	fn price_from_rational_scales_between_decimals() {
		// 65 000 USDC (6 decimals) per BTC (8 decimals) is 650 collateral atoms per satoshi.
		let p = price_from_rational(65_000_000_000, 100_000_000).unwrap();
		assert_eq!(notional(100_000_000, p), 65_000_000_000);
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
		fn long_and_short_pnl_cancel(size in 0i128..1_000_000_000_000, a in 1u128..10_000_000, b in 1u128..10_000_000) {
			let (entry, exit) = (price(a), price(b));
			prop_assert_eq!(pnl(size, entry, exit) + pnl(-size, entry, exit), 0);
		}

		#[test]
		fn apply_ratio_never_exceeds_amount_for_fractions(amount in any::<u64>(), parts in 0u128..=1_000) {
			let fraction = Ratio::saturating_from_rational(parts, 1_000);
			prop_assert!(apply_ratio(amount as u128, fraction) <= amount as u128);
		}
	}
}
