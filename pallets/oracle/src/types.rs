//! The oracle's stored types.

use ballast_primitives::{Price, PriceStatus, Ratio};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::{FixedI128, Perbill};

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
