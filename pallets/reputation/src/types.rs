//! The reputation pallet's stored types.

use ballast_primitives::{Balance, MarketId, Ratio};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use sp_arithmetic::{traits::One, FixedPointNumber};

/// Most tiers.
pub const MAX_TIERS: u32 = 8;
/// Most per-market leverage overrides in one tier.
pub const MAX_TIER_MARKETS: u32 = 8;
/// Strikes stop counting here (the lowest tier is reached long before).
pub const MAX_STRIKES: u8 = 16;

/// What the venue remembers of one trader.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Record<BlockNumber> {
	/// The block of its first trade: tenure counts from here.
	pub first_seen: BlockNumber,
	/// Notional that counts for volume points: opened and held at least `holding_blocks`.
	pub volume: Balance,
	/// Notional opened that has not been held `holding_blocks` yet: closing it sooner takes
	/// it off again (a round trip counts nothing), holding it that long counts it.
	pub held_volume: Balance,
	/// When `held_volume` was last added to; it matures `holding_blocks` later.
	pub held_since: BlockNumber,
	/// Liquidations (one each) and bad debt (two each) not yet forgiven.
	pub strikes: u8,
	/// When a strike was last added or forgiven: one is forgiven per `strike_decay` blocks.
	pub strikes_updated: BlockNumber,
}

impl<BlockNumber: Copy> Record<BlockNumber> {
	/// A record starting at `at` with `volume` already counted.
	pub fn starting(at: BlockNumber, volume: Balance) -> Self {
		Self { first_seen: at, volume, held_volume: 0, held_since: at, strikes: 0, strikes_updated: at }
	}
}

/// A leverage tier: from `min_score` on, positions up to `max_leverage` × equity (or the
/// market's own figure in `markets`).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct Tier {
	pub min_score: u32,
	pub max_leverage: Ratio,
	pub markets: BoundedVec<(MarketId, Ratio), ConstU32<MAX_TIER_MARKETS>>,
}

impl Tier {
	pub fn new(min_score: u32, max_leverage: u32) -> Self {
		Self { min_score, max_leverage: Ratio::saturating_from_integer(max_leverage), markets: Default::default() }
	}

	/// The tier's leverage in `market`.
	pub fn leverage_in(&self, market: MarketId) -> Ratio {
		self.markets.iter().find(|(m, _)| *m == market).map_or(self.max_leverage, |(_, leverage)| *leverage)
	}
}

/// How scores are made and what they buy. Durations in blocks.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct ReputationParams {
	/// Every account starts with this score.
	pub newcomer_score: u32,
	/// One point per this many blocks since the first trade...
	pub blocks_per_tenure_point: u32,
	/// ...up to this many.
	pub max_tenure_points: u32,
	/// One point per this much notional opened and held `holding_blocks`...
	pub volume_per_point: Balance,
	/// ...up to this many.
	pub max_volume_points: u32,
	/// Points for a positive identity judgement.
	pub identity_points: u32,
	/// Each strike takes the account one tier down; one strike is forgiven per this many blocks.
	pub strike_decay: u32,
	/// Opened notional counts as volume only once held this long; what is closed sooner nets
	/// out. Wash trading (opening and closing at once against the vault) then buys no score: a
	/// trader must carry the market's risk for it. At least one.
	pub holding_blocks: u32,
	/// Liquidations within this many blocks of the last strike are one episode and one strike:
	/// a position liquidated in parts over a few blocks is one liquidation.
	pub episode_blocks: u32,
	/// Ascending by `min_score`; the first must start at zero.
	pub tiers: BoundedVec<Tier, ConstU32<MAX_TIERS>>,
}

impl ReputationParams {
	pub fn is_valid(&self) -> bool {
		let ascending = self.tiers.windows(2).all(|w| w[0].min_score < w[1].min_score);
		let leverage_sane = self
			.tiers
			.iter()
			.all(|t| t.max_leverage >= Ratio::one() && t.markets.iter().all(|(_, l)| *l >= Ratio::one()));
		self.tiers.first().is_some_and(|t| t.min_score == 0)
			&& ascending
			&& leverage_sane
			&& self.blocks_per_tenure_point > 0
			&& self.volume_per_point > 0
			&& self.strike_decay > 0
			&& self.holding_blocks > 0
	}
}

impl Default for ReputationParams {
	/// Newcomers score 10 (10×: half of what a market's 5 % initial margin allows, so a fresh
	/// account, one opened to shed strikes among them, never gets the market's maximum); a
	/// point a day of tenure (6-second blocks) up to 30, a point per 100 000 bUSD opened and
	/// held an hour up to 40, 10 for an identity; tiers 3×, 10× and 20× (the market's maximum)
	/// from 0, 10 and 30 points; a strike forgiven per week.
	fn default() -> Self {
		let tiers = [Tier::new(0, 3), Tier::new(10, 10), Tier::new(30, 20)];
		Self {
			newcomer_score: 10,
			blocks_per_tenure_point: 14_400,
			max_tenure_points: 30,
			volume_per_point: 100_000 * ballast_primitives::COLLATERAL_UNIT,
			max_volume_points: 40,
			identity_points: 10,
			strike_decay: 100_800,
			holding_blocks: 600,
			episode_blocks: 600,
			tiers: BoundedVec::truncate_from(tiers.to_vec()),
		}
	}
}

/// An account's standing, for clients.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Standing {
	pub score: u32,
	/// Strikes still counting.
	pub strikes: u8,
	/// Index into the tiers.
	pub tier: u32,
	pub max_leverage: Ratio,
}
