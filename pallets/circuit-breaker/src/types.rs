//! The circuit breakers' stored types, and what clients see of them.

use ballast_primitives::{Balance, CrisisLevel, MarketId, MarketState, Price, Ratio, WithdrawalPool};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use sp_arithmetic::Perbill;

/// Index samples a market's breaker keeps over its window: the move it measures is the largest
/// between today's index and any of them (and the previous block's).
pub const SAMPLES: u32 = 8;

/// One market's breaker parameters. Durations in blocks.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct BreakerParams {
	/// How far back a move is measured.
	pub window: u32,
	/// A move larger than this within the window makes the market reduce-only.
	pub reduce_only_band: Perbill,
	/// A move larger than this within the window halts the market.
	pub halt_band: Perbill,
	/// Blocks without a trigger before the breaker steps back one state (halted → reduce-only
	/// → open), and between two such steps.
	pub cooldown: u32,
	/// The market's realised volatility (the oracle's, per update) in calm times: the crisis
	/// level and the dynamic margins measure excess volatility against it.
	pub calm_volatility: Ratio,
}

impl BreakerParams {
	/// Bands ordered and inside (0, 100 %), a window and a cooldown of at least a block.
	pub fn is_valid(&self) -> bool {
		!self.reduce_only_band.is_zero()
			&& self.reduce_only_band < self.halt_band
			&& self.halt_band < Perbill::one()
			&& self.window > 0
			&& self.cooldown > 0
	}
}

/// One market's breaker.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Breaker<BlockNumber> {
	pub params: BreakerParams,
	/// The breaker's own state (emergency halts and the global breaker come on top of it).
	pub state: MarketState,
	/// When `state` last changed.
	pub since: BlockNumber,
	/// The last block a trigger fired (a move past a band, or a feed not live).
	pub disturbed_at: BlockNumber,
	/// Index samples within the window, oldest first, spaced `window / SAMPLES` blocks apart.
	pub samples: BoundedVec<(BlockNumber, Price), ConstU32<SAMPLES>>,
	/// The last live index seen, for the per-block return.
	pub last_index: Option<Price>,
	/// An emergency halt of this market, until this block.
	pub emergency_until: Option<BlockNumber>,
	/// Whether the feed was ever live: a market that never had a price is not "stale".
	pub was_live: bool,
}

impl<BlockNumber: Copy> Breaker<BlockNumber> {
	/// A new breaker, open, with no history.
	pub fn new(params: BreakerParams, now: BlockNumber) -> Self {
		Self {
			params,
			state: MarketState::Open,
			since: now,
			disturbed_at: now,
			samples: Default::default(),
			last_index: None,
			emergency_until: None,
			was_live: false,
		}
	}
}

/// Why a breaker changed state.
#[derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cause {
	/// The index moved this much within the window.
	PriceMove { moved: Perbill },
	/// Too few fresh feeders.
	FeedStale,
	/// Fresh feeders disagree.
	FeedDiverging,
	/// A cooldown passed without a trigger.
	Stable,
	/// The emergency origin stepped it back (before emergency resumes lifted only emergency
	/// halts); kept so past events still decode.
	EmergencyResume,
}

/// What an emergency halt or resume is for.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub enum Target {
	/// One market.
	Market(MarketId),
	/// Every market.
	Venue,
	/// Withdrawals from margin accounts, the vault and the insurance fund (trading goes on).
	Withdrawals,
}

/// The longest an emergency lasts before it must be renewed: a day of 6-second blocks, so a
/// halt nobody renews ends by itself.
pub const MAX_EMERGENCY_DURATION: u32 = 14_400;

/// The venue-wide breakers' parameters. Durations in blocks.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct VenueParams {
	/// The insurance fund's drawdown at which every market goes reduce-only...
	pub global_drawdown: Perbill,
	/// ...until it is back at or below this.
	pub global_recovery: Perbill,
	/// How long an emergency halt lasts unless renewed, at most [`MAX_EMERGENCY_DURATION`].
	pub emergency_duration: u32,
	/// The withdrawal limit's window.
	pub withdrawal_window: u32,
	/// Each pool's net outflow per window may not pass this share of what it held when the
	/// window began...
	pub max_net_outflow: Perbill,
	/// ...or this amount, whichever is larger (a small venue must still let people leave).
	pub always_allowed: Balance,
	/// Withdrawals pause for this many blocks after bad debt appears.
	pub pause_after_bad_debt: u32,
	/// Weight of the old value in the correlation estimate's moving averages.
	pub correlation_decay: Perbill,
}

impl VenueParams {
	pub fn is_valid(&self) -> bool {
		!self.global_drawdown.is_zero()
			&& self.global_recovery < self.global_drawdown
			&& self.emergency_duration > 0
			&& self.emergency_duration <= MAX_EMERGENCY_DURATION
			&& self.withdrawal_window > 0
			&& !self.max_net_outflow.is_zero()
			&& self.correlation_decay < Perbill::one()
	}
}

impl Default for VenueParams {
	/// A quarter of the fund lost trips the global breaker, a tenth resets it; emergency halts of
	/// 600 blocks (an hour); at most a fifth of a pool out per 600 blocks or 10 000 bUSD; 100
	/// blocks' pause after bad debt; correlation averaged over about 32 blocks.
	fn default() -> Self {
		Self {
			global_drawdown: Perbill::from_percent(25),
			global_recovery: Perbill::from_percent(10),
			emergency_duration: 600,
			withdrawal_window: 600,
			max_net_outflow: Perbill::from_percent(20),
			always_allowed: 10_000 * ballast_primitives::COLLATERAL_UNIT,
			pause_after_bad_debt: 100,
			correlation_decay: Perbill::from_rational(31u32, 32),
		}
	}
}

/// The venue-wide state: one value, read once a block.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct VenueState<BlockNumber> {
	/// The global breaker (fund drawdown) holds every market reduce-only.
	pub global_tripped: bool,
	/// A venue-wide emergency halt, until this block.
	pub emergency_until: Option<BlockNumber>,
	/// Withdrawals are paused by bad debt before this block: automatic, so only bad debt sets it,
	/// only to lengthen it, and no emergency resume lifts it.
	pub withdrawals_paused_until: Option<BlockNumber>,
	/// An emergency halt of withdrawals, until this block: apart from the automatic pause, so
	/// neither can shorten the other.
	pub withdrawals_halted_until: Option<BlockNumber>,
	/// The crisis level computed in the last block.
	pub level: CrisisLevel,
}

impl<BlockNumber: PartialOrd + Copy> VenueState<BlockNumber> {
	/// Whether withdrawals are stopped at `now`, by bad debt or by an emergency halt.
	pub fn withdrawals_stopped(&self, now: BlockNumber) -> bool {
		let in_force = |until: Option<BlockNumber>| until.is_some_and(|until| until > now);
		in_force(self.withdrawals_paused_until) || in_force(self.withdrawals_halted_until)
	}
}

/// One pool's withdrawals in the current window.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Outflow<BlockNumber> {
	pub window_start: BlockNumber,
	/// What the pool held when the window began.
	pub held_at_start: Balance,
	/// Withdrawn less deposited since.
	pub net_outflow: Balance,
}

/// The cross-market correlation estimate: moving averages of the squared mean return and of
/// the mean squared return. With `N` markets, `(N·E[r̄²]/E[r²] − 1)/(N − 1)` is the average
/// pairwise correlation when volatilities are alike; linear in the markets.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Correlation {
	pub mean_return_squared: Ratio,
	pub return_squared_mean: Ratio,
	/// The estimate, 0 to 1.
	pub estimate: Ratio,
}

/// One market's breaker as a trader or a risk team sees it (the runtime API).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct MarketBreakerView<BlockNumber> {
	pub market: MarketId,
	/// What the margin engine enforces now: the breaker's own state, raised to halted by an
	/// emergency halt (of the market or the venue) and to reduce-only by the global breaker.
	pub effective: MarketState,
	/// The breaker's own state.
	pub state: MarketState,
	/// When `state` last changed.
	pub since: BlockNumber,
	/// The last block a trigger fired.
	pub disturbed_at: BlockNumber,
	/// The first block the breaker steps back one state by itself if nothing trips it again
	/// meanwhile and the feed is live; `None` when open.
	pub steps_back_at: Option<BlockNumber>,
	/// An emergency halt of this market in force, until this block.
	pub emergency_until: Option<BlockNumber>,
	pub params: BreakerParams,
}

/// The venue-wide breakers as clients see them (the runtime API).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct VenueView<BlockNumber> {
	/// The crisis level computed in the last block: the signal the dynamic margins read.
	pub level: CrisisLevel,
	/// The global breaker (fund drawdown) holds every market reduce-only.
	pub global_tripped: bool,
	/// A venue-wide emergency halt in force, until this block.
	pub emergency_until: Option<BlockNumber>,
	/// Withdrawals are paused (bad debt appeared) before this block.
	pub withdrawals_paused_until: Option<BlockNumber>,
	/// An emergency halt of withdrawals in force, until this block.
	pub withdrawals_halted_until: Option<BlockNumber>,
	/// The cross-market correlation estimate, 0 to 1.
	pub correlation: Ratio,
	pub params: VenueParams,
}

/// What one pool may still pay out under the withdrawal breaker (the runtime API).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct WithdrawalLimit<BlockNumber> {
	pub pool: WithdrawalPool,
	/// Net withdrawals the pool may still make in its window (zero while paused).
	pub remaining: Balance,
	/// When the window ends and the limit starts afresh.
	pub window_ends_at: BlockNumber,
}
