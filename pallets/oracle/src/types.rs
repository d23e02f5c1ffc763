//! The oracle's stored types.

use ballast_primitives::{Price, PriceStatus, Ratio};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::{traits::Zero, FixedI128, Perbill};

/// How one market's feed is aggregated. Set by the admin origin (governance later).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct MarketConfig<BlockNumber> {
	/// A submission older than this many blocks is not fresh and does not count.
	pub max_age: BlockNumber,
	/// Fewest fresh feeders for a price at all (fewer ⇒ `Stale`), and fewest agreeing ones
	/// (fewer ⇒ `Diverging`). At most the feeder count when set.
	pub quorum: u32,
	/// A submission farther than this from a live index is an outlier, counted against its
	/// feeder. At least the divergence threshold, so an outlier never agrees with the index.
	pub outlier_band: Perbill,
	/// Submissions within this of one another (of the lowest) agree; the largest agreeing group
	/// must be a quorum and a strict majority of fresh submissions, else ⇒ `Diverging`. Above 0.
	pub divergence_threshold: Perbill,
	/// Weight of the new index in the mark price's exponential moving average; strictly
	/// between 0 (a mark that never moves) and 100 % (no smoothing).
	pub mark_smoothing: Perbill,
	/// Largest relative move of the mark price in one block; strictly between 0 and 100 %.
	pub mark_cap: Perbill,
	/// Weight of the previous variance in the EWMA of squared returns (RiskMetrics' λ); below
	/// 100 % (a volatility that never updates).
	pub volatility_decay: Perbill,
	/// Smallest acceptable price; anything below is refused at submission.
	pub min_price: Price,
	/// Largest acceptable price; anything above is refused at submission.
	pub max_price: Price,
}

/// One feeder's latest price for one market.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Submission<BlockNumber> {
	pub price: Price,
	pub submitted_at: BlockNumber,
}

/// A market's aggregated state, rewritten every block.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Feed<BlockNumber> {
	/// Median of the accepted fresh submissions at the last aggregation that had a quorum.
	pub index: Price,
	/// Capped EMA of the index: the price positions are valued at.
	pub mark: Price,
	/// EWMA of squared per-block index returns; volatility is its square root.
	pub variance: Ratio,
	/// Block of the last aggregation that produced an index.
	pub updated_at: BlockNumber,
	/// Whether the feed may be used now.
	pub status: PriceStatus,
}

/// A signed per-block return of the index, `(new - old) / old`.
pub type Return = FixedI128;

/// A feeder's recent outliers: how many since `since`. Too many within the window suspend it.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct RecentOutliers<BlockNumber> {
	pub count: u32,
	pub since: BlockNumber,
}

/// Periods a market's [`StressRecord`] remembers: with a day a period (the runtime's
/// `StressPeriod`), the worst moves of the last thirty days.
pub const STRESS_PERIODS: u32 = 30;

/// The largest index move a market made in each of its last [`STRESS_PERIODS`] periods: the
/// stress-period memory a margin floor is set from (Eurex Prisma's stressed VaR keeps a past
/// crash in the margin long after the EWMA has forgotten it).
///
/// Moves are those of the index through a three-block median filter (`q_t = median(p_{t−1}, p_t,
/// p_{t+1})`, one block late): a one-block wick that reverts (a bad print, or feeders lying for
/// one block) moves nothing, so it cannot raise margins for a month; a gap that holds, or a fall
/// that goes on, counts whole. One aggregation's move is the move since the last one, so a gap
/// after an outage counts whole too.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct StressRecord<BlockNumber> {
	/// The first block of the current period.
	pub period_start: BlockNumber,
	/// Each period's largest move, oldest first; the last is the current period's.
	pub worst: frame_support::BoundedVec<Ratio, frame_support::traits::ConstU32<STRESS_PERIODS>>,
	/// The index two aggregations ago (`p_{t−1}`; the feed holds `p_t`), and the last filtered
	/// index (`q_{t−1}`); zero until known.
	pub before_last: Price,
	pub filtered: Price,
}

impl<BlockNumber> StressRecord<BlockNumber>
where
	BlockNumber: sp_runtime::traits::AtLeast32BitUnsigned + Copy,
{
	/// An empty record whose first period starts at `now`, before any move.
	pub fn new(now: BlockNumber) -> Self {
		Self {
			period_start: now,
			worst: frame_support::BoundedVec::truncate_from(alloc::vec![Ratio::zero()]),
			before_last: Price::zero(),
			filtered: Price::zero(),
		}
	}

	/// The index moved from `previous` to `index` at block `now`: the filtered index steps, and
	/// its move is noted.
	pub fn observe(&mut self, previous: Price, index: Price, now: BlockNumber, period: BlockNumber) {
		if !self.before_last.is_zero() {
			let filtered = median_of_three(self.before_last, previous, index);
			if !self.filtered.is_zero() {
				self.note(relative_distance(self.filtered, filtered), now, period);
			}
			self.filtered = filtered;
		}
		self.before_last = previous;
	}

	/// Notes a move of `size` at block `now`, opening a period for every `period` blocks passed
	/// since the current one started (at most [`STRESS_PERIODS`], the oldest dropped).
	pub fn note(&mut self, size: Ratio, now: BlockNumber, period: BlockNumber) {
		let passed = now.saturating_sub(self.period_start).checked_div(&period).unwrap_or_else(BlockNumber::zero);
		let opened: u32 = passed.try_into().unwrap_or(u32::MAX).min(STRESS_PERIODS);
		if opened > 0 {
			self.period_start = self.period_start.saturating_add(passed.saturating_mul(period));
		}
		for _ in 0..opened {
			if self.worst.is_full() {
				self.worst.remove(0);
			}
			// Cannot fail: an entry was just removed when full.
			let _ = self.worst.try_push(Ratio::zero());
		}
		if let Some(current) = self.worst.last_mut() {
			*current = (*current).max(size);
		}
	}

	/// The largest move within the record.
	pub fn worst_move(&self) -> Ratio {
		self.worst.iter().copied().max().unwrap_or_default()
	}
}

fn median_of_three(a: Price, b: Price, c: Price) -> Price {
	a.max(b).min(a.min(b).max(c))
}

/// `|to − from| / from`; zero from a zero price.
fn relative_distance(from: Price, to: Price) -> Ratio {
	use sp_arithmetic::traits::{CheckedDiv, Saturating};
	let distance = if to >= from { to.saturating_sub(from) } else { from.saturating_sub(to) };
	distance.checked_div(&from).unwrap_or_default()
}
