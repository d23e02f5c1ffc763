//! The oracle's arithmetic, free of storage so it can be tested exhaustively: median, outlier
//! counting, the agreeing majority, the capped mark price and the volatility estimate.

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

/// How far apart `a` and `b` are.
fn distance(a: Price, b: Price) -> Price {
	if a > b { a.saturating_sub(b) } else { b.saturating_sub(a) }
}

/// Whether `price` lies farther than `band` (relative) from `center`.
pub fn is_outlier(price: Price, center: Price, band: Perbill) -> bool {
	distance(price, center) > Ratio::from(band).saturating_mul(center)
}

/// What one block's submissions for a market amount to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aggregate {
	/// Median of the agreeing majority; `None` unless the feed is `Live`.
	pub index: Option<Price>,
	pub status: PriceStatus,
	/// How many fresh submissions agree (are in the index's window).
	pub accepted: u32,
	/// Positions (in the input) of the submissions farther than the outlier band from a
	/// `Live` index: lies or broken sources, counted against their feeders.
	pub outliers: Vec<usize>,
}

/// Aggregates the fresh submissions `prices` under `config`.
///
/// Fewer than a quorum of fresh prices ⇒ `Stale`: a feed that went quiet is never served from
/// memory. Otherwise the **agreeing set** is the largest group of prices within the divergence
/// threshold of one another (of its lowest); among equally large groups, the one whose median
/// is nearest the median of all. It must hold a quorum and a strict majority of the fresh
/// prices, else ⇒ `Diverging` with no index. The index is its median.
///
/// Divergence is judged on the agreeing set, not on every price, so a minority (one lagging
/// source, or feeders lying by any amount) can neither stop the market from pricing nor move
/// the index out of the honest range: with fewer than a third lying and the honest within the
/// threshold, the honest prices form a group larger than two thirds, so the chosen group is at
/// least that large, holds fewer liars than half of it, and its median lies among honest prices.
pub fn aggregate<BlockNumber>(prices: &[Price], config: &MarketConfig<BlockNumber>) -> Aggregate {
	let quorum = config.quorum.max(1) as usize;
	let unpriced = |status| Aggregate { index: None, status, accepted: 0, outliers: Vec::new() };
	if prices.len() < quorum {
		return unpriced(PriceStatus::Stale);
	}
	let mut sorted = prices.to_vec();
	sorted.sort();
	let Some((low, high)) = agreeing_window(&sorted, config.divergence_threshold) else {
		return unpriced(PriceStatus::Stale);
	};
	let agreeing = &sorted[low..=high];
	let majority = agreeing.len().saturating_mul(2) > prices.len();
	let Some(index) = median(agreeing).filter(|_| agreeing.len() >= quorum && majority) else {
		return Aggregate { accepted: agreeing.len() as u32, ..unpriced(PriceStatus::Diverging) };
	};
	let outliers = (0..prices.len()).filter(|&i| is_outlier(prices[i], index, config.outlier_band)).collect();
	Aggregate { index: Some(index), status: PriceStatus::Live, accepted: agreeing.len() as u32, outliers }
}

/// Whether `high` lies within `threshold` (relative) above `low`.
fn agree(low: Price, high: Price, threshold: Perbill) -> bool {
	high.saturating_sub(low) <= Ratio::from(threshold).saturating_mul(low)
}

/// The bounds `(low, high)` in `sorted` (ascending) of the largest run of prices within
/// `threshold` of its lowest; ties go to the run whose median is nearest the median of all.
/// One pass: the lowest agreeing price only moves up as the highest does.
pub fn agreeing_window(sorted: &[Price], threshold: Perbill) -> Option<(usize, usize)> {
	let center = median(sorted)?;
	let mut best: Option<(usize, usize, Price)> = None;
	let mut low = 0;
	for high in 0..sorted.len() {
		while !agree(sorted[low], sorted[high], threshold) {
			low += 1;
		}
		let off_center = median(&sorted[low..=high]).map_or(Price::zero(), |m| distance(m, center));
		let better = match best {
			None => true,
			Some((l, h, d)) => high - low > h - l || (high - low == h - l && off_center < d),
		};
		if better {
			best = Some((low, high, off_center));
		}
	}
	best.map(|(low, high, _)| (low, high))
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
