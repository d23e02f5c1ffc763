//! What the oracle pallet offers: each market's prices and whether they can be trusted.

use crate::{MarketId, Price, Ratio};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Whether the oracle's price for a market can be trusted right now.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub enum PriceStatus {
	/// Enough fresh, agreeing feeders: the price may be traded and liquidated against.
	Live,
	/// Fewer than a quorum of fresh feeders. The last value is history, not a price.
	Stale,
	/// Fresh feeders disagree by more than the allowed spread.
	Diverging,
}

/// One market's oracle state at a point in time.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct PriceSnapshot<BlockNumber> {
	/// Median of fresh feeder submissions.
	pub index: Price,
	/// Smoothed mark price whose move per block is capped; what positions are valued at.
	pub mark: Price,
	/// Realised volatility: the standard deviation of per-update index returns (the square root
	/// of an EWMA of squared returns), as a ratio.
	pub volatility: Ratio,
	/// Block in which `index` was last aggregated.
	pub updated_at: BlockNumber,
	/// Whether the snapshot may be used.
	pub status: PriceStatus,
}

/// Prices for every listed market. Owned by the oracle pallet.
pub trait PriceFeed<BlockNumber> {
	/// The full state of `market`'s feed, or `None` for a market the oracle does not know.
	fn snapshot(market: MarketId) -> Option<PriceSnapshot<BlockNumber>>;

	/// The index price, only while the feed is [`PriceStatus::Live`].
	fn index_price(market: MarketId) -> Option<Price> {
		Self::snapshot(market).filter(|s| s.status == PriceStatus::Live).map(|s| s.index)
	}

	/// The mark price, only while the feed is [`PriceStatus::Live`].
	fn mark_price(market: MarketId) -> Option<Price> {
		Self::snapshot(market).filter(|s| s.status == PriceStatus::Live).map(|s| s.mark)
	}

	/// Realised volatility, whatever the status (a stale feed still remembers how wild it was).
	fn volatility(market: MarketId) -> Option<Ratio> {
		Self::snapshot(market).map(|s| s.volatility)
	}

	/// The feed's status; an unknown market is [`PriceStatus::Stale`].
	fn status(market: MarketId) -> PriceStatus {
		Self::snapshot(market).map_or(PriceStatus::Stale, |s| s.status)
	}
}
