//! The oracle's arithmetic, free of storage so it can be tested exhaustively: median, outlier
//! rejection, quorum and divergence, the capped mark price and the volatility estimate.

use crate::types::{MarketConfig, Return};
use alloc::vec::Vec;
use ballast_primitives::{Price, PriceStatus, Ratio};
use sp_arithmetic::{
	traits::{CheckedDiv, One, Saturating, Zero},
	FixedPointNumber, Perbill,
};

/// The median of `sorted` (ascending); the mean of the middle two for an even count.
pub fn median(sorted: &[Price]) -> Option<Price> {
	let n = sorted.len();
	match n {
		0 => None,
		_ if n % 2 == 1 => Some(sorted[n / 2]),
		_ => {
			let (low, high) = (sorted[n / 2 - 1], sorted[n / 2]);
			// low + (high - low) / 2 cannot overflow.
			Some(low.saturating_add(high.saturating_sub(low) / Price::saturating_from_integer(2)))
		},
	}
}

/// Whether `price` lies farther than `band` (relative) from `center`.
pub fn is_outlier(price: Price, center: Price, band: Perbill) -> bool {
	let distance = if price > center { price.saturating_sub(center) } else { center.saturating_sub(price) };
	distance > Ratio::from(band).saturating_mul(center)
}

/// What one block's submissions for a market amount to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aggregate {
	/// Median of the accepted submissions; `None` without a quorum of fresh feeders.
	pub index: Option<Price>,
	pub status: PriceStatus,
	/// How many fresh submissions were accepted.
	pub accepted: u32,
	/// Positions (in the input) of the submissions rejected as outliers.
	pub outliers: Vec<usize>,
}

/// Aggregates the fresh submissions `prices` under `config`.
///
/// Fewer than a quorum of fresh prices ⇒ `Stale` and no index: a feed that went quiet is never
/// served from memory. Otherwise prices farther than the outlier band from the median of all are
/// rejected; fewer than a quorum left ⇒ `Diverging` and no index. The index is the median of the
/// rest; their spread wider than the divergence threshold ⇒ `Diverging` (the index is kept, for
/// the record, but not served).
pub fn aggregate<BlockNumber>(prices: &[Price], config: &MarketConfig<BlockNumber>) -> Aggregate {
	let quorum = config.quorum.max(1) as usize;
	if prices.len() < quorum {
		return Aggregate { index: None, status: PriceStatus::Stale, accepted: 0, outliers: Vec::new() };
	}
	let mut sorted = prices.to_vec();
	sorted.sort();
	let Some(center) = median(&sorted) else {
		return Aggregate { index: None, status: PriceStatus::Stale, accepted: 0, outliers: Vec::new() };
	};
	let outliers: Vec<usize> =
		(0..prices.len()).filter(|&i| is_outlier(prices[i], center, config.outlier_band)).collect();
	// Filtering keeps the order: `accepted` is sorted.
	let accepted: Vec<Price> = sorted.into_iter().filter(|p| !is_outlier(*p, center, config.outlier_band)).collect();
	let count = accepted.len() as u32;
	if accepted.len() < quorum {
		return Aggregate { index: None, status: PriceStatus::Diverging, accepted: count, outliers };
	}
	let index = median(&accepted).unwrap_or(center);
	let spread = accepted[accepted.len() - 1].saturating_sub(accepted[0]);
	let status = if spread > Ratio::from(config.divergence_threshold).saturating_mul(index) {
		PriceStatus::Diverging
	} else {
		PriceStatus::Live
	};
	Aggregate { index: Some(index), status, accepted: count, outliers }
}

/// The next mark price: an EMA step toward `index`, then clamped to `cap` of the previous mark,
/// so no single index print moves the mark by more than the cap in one block.
pub fn next_mark(previous: Option<Price>, index: Price, smoothing: Perbill, cap: Perbill) -> Price {
	let Some(previous) = previous else { return index };
	let weight = Ratio::from(smoothing);
	let ema = if index >= previous {
		previous.saturating_add(weight.saturating_mul(index.saturating_sub(previous)))
	} else {
		previous.saturating_sub(weight.saturating_mul(previous.saturating_sub(index)))
	};
	let limit = Ratio::from(cap).saturating_mul(previous);
	ema.clamp(previous.saturating_sub(limit), previous.saturating_add(limit))
}

/// The signed return from `old` to `new`; zero when `old` is zero.
pub fn index_return(old: Price, new: Price) -> Return {
	if old.is_zero() {
		return Return::zero();
	}
	let magnitude = if new >= old { new.saturating_sub(old) } else { old.saturating_sub(new) };
	let relative = Return::from_inner(
		magnitude.checked_div(&old).unwrap_or_default().into_inner().min(i128::MAX as u128) as i128,
	);
	if new >= old { relative } else { -relative }
}

/// One step of the EWMA of squared returns: `λ·previous + (1-λ)·return²`.
pub fn next_variance(previous: Ratio, last_return: Return, decay: Perbill) -> Ratio {
	let magnitude = Ratio::from_inner(last_return.into_inner().unsigned_abs());
	let squared = magnitude.saturating_mul(magnitude);
	let keep = Ratio::from(decay);
	keep.saturating_mul(previous).saturating_add(Ratio::one().saturating_sub(keep).saturating_mul(squared))
}

/// Volatility (standard deviation of per-block returns) from a variance.
pub fn volatility(variance: Ratio) -> Ratio {
	variance.checked_sqrt().unwrap_or_default()
}
