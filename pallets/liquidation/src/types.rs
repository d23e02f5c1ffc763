//! What the engine keeps and what it shows: its parameters, and the queue as dashboards see it.

use ballast_primitives::{AccountHealth, Balance, CrisisLevel, MarketId, Price, Ratio, COLLATERAL_UNIT};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::{FixedPointNumber, Perbill};

use crate::risk::Level;

/// The liquidation engine's parameters, set by the risk origin.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct LiquidationParams {
	/// Penalty on the notional closed, split by the margin pallet between the insurance fund
	/// and the vault.
	pub penalty: Ratio,
	/// A partial liquidation restores equity to this multiple of the maintenance requirement.
	pub target_health: Ratio,
	/// Most of a block's weight the hook may spend, by the venue's crisis level.
	pub block_share: BlockShares,
	/// Added to the watermark each block for funding, which lowers headroom like a price move;
	/// the engine uses the markets' highest funding cap instead when that is larger. At most
	/// [`ballast_primitives::max_funding_rate`].
	pub funding_allowance: Ratio,
	/// A position that would be left smaller than this notional (collateral atoms) is closed
	/// whole: partial liquidation is for positions large enough to move the market, and dust
	/// left behind would only be liquidated again and again (Hyperliquid closes positions
	/// under 100 000 USDC whole).
	pub min_partial_notional: Balance,
	/// How many of its market's per-block standard deviations a partially liquidated position
	/// must survive until it is examined again (`z`, from zero, off, to [`MAX_GAP_COVER`]): a
	/// pass leaves notional `N′ ≤ E′ / (m + z·σ)` as well as the target health, so the next
	/// block's likely move cannot take what is left under water. Three covers a normal move
	/// 99.87 % of the time; a crash's fat tails are why it is not lower.
	pub gap_cover: Ratio,
	/// The horizon, in blocks, over which the engine's views give each account's chance of
	/// reaching maintenance and the book's expected liquidations and shortfall (from one block
	/// to [`MAX_RISK_HORIZON`]; an hour of six-second blocks by default).
	pub risk_horizon: u32,
	/// The least one-block move the fund's sizing shocks a market by (0 to 100 %): the book's
	/// stressed shortfall ([`StressedLoss`]) moves every market at once by the larger of this
	/// and the largest move its oracle recorded over its long window.
	pub stress_floor: Perbill,
	/// The extreme rung of the fund's shock set, as CME SPAN's scenarios 15 and 16 are: every
	/// market moved at once by this many times its stressed move (at most 100 %; one to
	/// [`MAX_EXTREME_MULTIPLE`]), a crash rather than a gap.
	pub extreme_multiple: u32,
	/// The share of the extreme rung's shortfall the fund's target holds (SPAN covers 35 %):
	/// a crash over hours meets liquidations on its way, so its whole gap-at-once loss would
	/// overstate what the fund pays; zero leaves the target to the one-block rung.
	pub extreme_cover: Perbill,
	/// The most of the insurance fund's balance one account may leave unpaid in the extreme
	/// rung's crash once a liquidation has run (0 to 100 %): a pass also closes until
	/// `E′ ≥ Σ eᵢ·N′ᵢ − max(share·F, floor)` (`eᵢ` each held market's extreme move, `F` the
	/// fund). A position small against the fund never meets it; a whale's is cut to what the
	/// fund could absorb of a crash.
	pub concentration_share: Perbill,
	/// What one account may leave unpaid in that crash whatever the fund's balance (collateral
	/// atoms): below it an account is no concentration, so an ordinary liquidation stays partial
	/// on a small or emptied fund, as on a large one.
	pub concentration_floor: Balance,
}

/// The longest [`LiquidationParams::risk_horizon`]: a day of six-second blocks.
pub const MAX_RISK_HORIZON: u32 = 14_400;

/// The largest [`LiquidationParams::extreme_multiple`]: ten stressed moves, beyond which any
/// market's extreme rung is the whole price.
pub const MAX_EXTREME_MULTIPLE: u32 = 10;

/// The largest [`LiquidationParams::gap_cover`]: ten standard deviations, beyond which a pass
/// would close whole positions in any market that moves at all.
pub const MAX_GAP_COVER: u128 = 10;

impl LiquidationParams {
	/// A penalty below 100 %, a target health above one, valid block shares, a funding allowance
	/// no larger than any market's funding may be, a gap cover of at most [`MAX_GAP_COVER`], a
	/// risk horizon of one to [`MAX_RISK_HORIZON`] blocks, an extreme multiple of one to
	/// [`MAX_EXTREME_MULTIPLE`] (any stress floor, extreme cover and concentration share are valid).
	pub fn is_valid(&self) -> bool {
		use sp_arithmetic::traits::One;
		self.penalty < Ratio::one()
			&& self.target_health > Ratio::one()
			&& self.block_share.is_valid()
			&& self.funding_allowance <= ballast_primitives::max_funding_rate()
			&& self.gap_cover <= Ratio::saturating_from_integer(MAX_GAP_COVER)
			&& (1..=MAX_RISK_HORIZON).contains(&self.risk_horizon)
			&& (1..=MAX_EXTREME_MULTIPLE).contains(&self.extreme_multiple)
	}
}

impl Default for LiquidationParams {
	fn default() -> Self {
		Self {
			penalty: Ratio::saturating_from_rational(1, 100),
			target_health: Ratio::saturating_from_rational(5, 4),
			block_share: BlockShares::default(),
			funding_allowance: Ratio::saturating_from_rational(1, 1_000_000),
			min_partial_notional: 10_000 * COLLATERAL_UNIT,
			gap_cover: Ratio::saturating_from_integer(3),
			risk_horizon: 600,
			stress_floor: Perbill::from_percent(10),
			extreme_multiple: 3,
			extreme_cover: Perbill::from_percent(35),
			concentration_share: Perbill::from_percent(10),
			concentration_floor: 10_000 * COLLATERAL_UNIT,
		}
	}
}

/// The book's loss over the fund's shock set, every market moved against it at once before any
/// liquidation could act: the bad debt (negative equity) left with every market down, and up, by
/// its stressed move (the one-block rung), and by [`LiquidationParams::extreme_multiple`] times
/// it (the extreme rung).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default,
	serde::Serialize, serde::Deserialize,
)]
pub struct StressedLoss {
	pub down: Balance,
	pub up: Balance,
	pub extreme_down: Balance,
	pub extreme_up: Balance,
	/// Accounts counted.
	pub accounts: u32,
}

impl StressedLoss {
	/// The fund's target: the worst of the one-block rung's shortfalls and `extreme_cover` of
	/// the extreme rung's (rounded up).
	pub fn fund_target(&self, extreme_cover: Perbill) -> Balance {
		let extreme = extreme_cover.mul_ceil(self.extreme_down.max(self.extreme_up));
		self.down.max(self.up).max(extreme)
	}
}

/// The sweep of the index that measures [`StressedLoss`], a few accounts a block.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Census<AccountId> {
	/// The last entry counted; `None` before the sweep's first.
	pub cursor: Option<([u8; 16], AccountId)>,
	/// The sums so far.
	pub running: StressedLoss,
}

impl<AccountId> Default for Census<AccountId> {
	fn default() -> Self {
		Self { cursor: None, running: StressedLoss::default() }
	}
}

/// A finished sweep: the book's stressed loss, the fund's target it gave (under the parameters
/// the sweep finished with) and the block it finished in.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct CensusResult<BlockNumber> {
	pub loss: StressedLoss,
	pub target: Balance,
	pub at: BlockNumber,
}

/// A market the watermark follows, with its prices when the watermark last stepped: it steps
/// by the larger move of the two, as accounts are valued at the worse of them.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Followed {
	pub market: MarketId,
	pub mark: Price,
	pub index: Price,
}

/// The most of a block the liquidation hook may spend at each of the venue's crisis levels.
/// In a crash, mending accounts matters more than opening new positions, so the share rises
/// with the stress the circuit breakers report; new trades get what is left. The hook's weight
/// is mandatory, so every share is capped at [`BlockShares::MOST`]: a quarter of the block
/// always stays for the other hooks, traders' own closes and operational calls.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct BlockShares {
	pub calm: Perbill,
	pub elevated: Perbill,
	pub stressed: Perbill,
	pub crisis: Perbill,
}

impl BlockShares {
	/// The most any level may take.
	pub const MOST: Perbill = Perbill::from_percent(75);

	/// The same share at every level.
	pub const fn flat(share: Perbill) -> Self {
		Self { calm: share, elevated: share, stressed: share, crisis: share }
	}

	/// The share at `level`.
	pub fn at(&self, level: CrisisLevel) -> Perbill {
		match level {
			CrisisLevel::Calm => self.calm,
			CrisisLevel::Elevated => self.elevated,
			CrisisLevel::Stressed => self.stressed,
			CrisisLevel::Crisis => self.crisis,
		}
	}

	/// Above zero when calm, never falling as stress rises, at most [`Self::MOST`].
	pub fn is_valid(&self) -> bool {
		!self.calm.is_zero()
			&& self.calm <= self.elevated
			&& self.elevated <= self.stressed
			&& self.stressed <= self.crisis
			&& self.crisis <= Self::MOST
	}
}

impl Default for BlockShares {
	/// A quarter of the block when calm, three quarters in a crisis.
	fn default() -> Self {
		Self {
			calm: Perbill::from_percent(25),
			elevated: Perbill::from_percent(40),
			stressed: Perbill::from_percent(60),
			crisis: Perbill::from_percent(75),
		}
	}
}

/// An indexed account as the runtime API shows it, most urgent first.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AtRisk<AccountId> {
	pub who: AccountId,
	/// The watermark level at which the engine examines it next.
	pub trigger: Level,
	/// How far the watermark still has to rise to get there; zero when it is due.
	pub distance: Level,
	/// Its equity and requirements, valued for its risk.
	pub health: AccountHealth,
	/// Its chance of reaching maintenance within the risk horizon ([`AccountRisk`]).
	pub probability: Perbill,
}

/// How likely an account is to be liquidated within the risk horizon, and what it could leave
/// unpaid ([`crate::risk::probability`] gives the model).
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct AccountRisk {
	/// The chance it reaches maintenance within `horizon` blocks: `2·Φ(−H/σ_P)`.
	pub probability: Perbill,
	/// Its headroom `H`: equity above the maintenance requirement (collateral atoms).
	pub headroom: ballast_primitives::SignedBalance,
	/// The standard deviation `σ_P` of its PnL over the horizon (collateral atoms).
	pub pnl_deviation: Balance,
	/// What it could leave unpaid over the horizon if nothing closed it (collateral atoms).
	pub expected_shortfall: Balance,
	pub horizon: u32,
}

/// The book's risk over the horizon, summed over the most urgent indexed accounts.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct BookRisk {
	/// Accounts summed (at most the limit asked, most urgent first).
	pub accounts: u32,
	/// Whether the index held more accounts than were summed.
	pub truncated: bool,
	/// The expected number of them liquidated within the horizon: the sum of their chances.
	pub expected_liquidations: Ratio,
	/// The sum of what they could leave unpaid over the horizon: the fund's exposure to gaps.
	pub expected_shortfall: Balance,
	pub horizon: u32,
}

/// The engine's state as the runtime API shows it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct EngineState {
	/// The risk watermark: every market's cumulative worst move so far, in units of 10^-18.
	pub watermark: Level,
	/// Markets whose marks move it.
	pub markets_followed: u32,
	/// Accounts with positions in the index (counted up to the limit asked).
	pub indexed: u32,
	/// Of those, the ones at or below the watermark: the next block examines them first
	/// (counted up to the limit asked).
	pub due: u32,
	/// The highest funding rate per block any market was allowed: a floor of the funding
	/// allowance.
	pub funding_cap: Ratio,
	pub params: LiquidationParams,
}
