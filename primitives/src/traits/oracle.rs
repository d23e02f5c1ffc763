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

impl<BlockNumber> PriceSnapshot<BlockNumber> {
	/// The worse of mark and index for the holder of a long (`long`) or a short: the lower for a
	/// long, the higher for a short. What an account is valued for its risk at and what a forced
	/// close pays: the smoothed mark trails the index in a crash, and valued at the mark alone an
	/// account under water at the index would stay open until the mark caught up. A feed never
	/// priced (a zero index) leaves the mark.
	pub fn against_holder(&self, long: bool) -> Price {
		use sp_arithmetic::traits::Zero;
		match (self.index.is_zero(), long) {
			(true, _) => self.mark,
			(false, true) => self.mark.min(self.index),
			(false, false) => self.mark.max(self.index),
		}
	}
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

	/// The price a position (a long when `long`) is closed at by force, only while the feed is
	/// [`PriceStatus::Live`]: the worse of mark and index for its holder
	/// ([`PriceSnapshot::against_holder`]).
	fn closing_price(market: MarketId, long: bool) -> Option<Price> {
		Self::snapshot(market).filter(|s| s.status == PriceStatus::Live).map(|s| s.against_holder(long))
	}

	/// Realised volatility, whatever the status (a stale feed still remembers how wild it was).
	fn volatility(market: MarketId) -> Option<Ratio> {
		Self::snapshot(market).map(|s| s.volatility)
	}

	/// The largest one-block move the oracle recorded for `market` over its long window (thirty
	/// days in the runtime), as a ratio of the price before it, one-block wicks filtered out:
	/// the stress-period term of the margin floor. `None` for a market never priced twice.
	fn stressed_move(_market: MarketId) -> Option<Ratio> {
		None
	}

	/// The feed's status; an unknown market is [`PriceStatus::Stale`].
	fn status(market: MarketId) -> PriceStatus {
		Self::snapshot(market).map_or(PriceStatus::Stale, |s| s.status)
	}
}

/// Longest market symbol, in bytes.
pub const MAX_SYMBOL_LEN: u32 = 16;
/// Most decimals a market's prices are shown with.
pub const MAX_PRICE_DECIMALS: u8 = 18;

/// How people name a market: its symbol ("BTC-USD", unique in the venue) and how many decimals
/// its prices are shown with. Set by governance with the market's listing; owned by the oracle.
#[derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct MarketName {
	pub symbol: sp_runtime::BoundedVec<u8, sp_runtime::traits::ConstU32<MAX_SYMBOL_LEN>>,
	pub price_decimals: u8,
}

impl MarketName {
	/// `symbol` made canonical (upper case) with `price_decimals`, if both are valid: 1 to
	/// [`MAX_SYMBOL_LEN`] letters, digits, `-`, `/` or `_`, starting with a letter or digit, and
	/// at most [`MAX_PRICE_DECIMALS`] decimals.
	pub fn new(symbol: &[u8], price_decimals: u8) -> Option<Self> {
		let allowed = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'/' | b'_');
		let starts_well = symbol.first().is_some_and(|b| b.is_ascii_alphanumeric());
		if !starts_well || !symbol.iter().all(allowed) || price_decimals > MAX_PRICE_DECIMALS {
			return None;
		}
		let symbol = symbol.to_ascii_uppercase().try_into().ok()?;
		Some(Self { symbol, price_decimals })
	}
}
