//! The stress test's questions and answers: price shocks against the whole open interest, run
//! through the real liquidation engine, loss waterfall and breakers on a state that is thrown
//! away.
//!
//! Units: prices are fixed-point dollars per coin (18 decimals), amounts bUSD atoms (6
//! decimals), sizes base atoms (9 decimals); a relative move is in basis points of the price
//! the step starts from (−3 000 is −30 %).

use alloc::vec::Vec;
use ballast_primitives::{Balance, CrisisLevel, MarketId, MarketState, Price, Ratio, SignedBalance};
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// Most scenarios in one call.
pub const MAX_SCENARIOS: u32 = 16;
/// Most steps (blocks) in one scenario.
pub const MAX_STEPS: u32 = 50;
/// Most shocks and outages in one step (one per market at most).
pub const MAX_SHOCKS: u32 = 32;
/// Most liquidations listed by size in one step's answer.
pub const MAX_LISTED: u32 = 100;
/// Largest margin multiplier a scenario may impose.
pub const MAX_MARGIN_MULTIPLIER: u32 = 10;
/// The most work one call may do, in full blocks of the chain's maximum weight: the steps'
/// hooks (the same weight they register on the chain) are counted as they run, and once the
/// call has spent this much no further step starts. A call costs at most this plus one step,
/// whoever makes it: the API is reachable through any node's `state_call`, so its cost is
/// bounded here, in the runtime, not by which RPC methods a node exposes. Ten blocks fit ten
/// one-step crash scenarios over a book of 10^5 accounts (each step's liquidations fill their
/// crisis share of a block); the weights are an upper bound, and such a call takes tens of
/// milliseconds of the node's time.
pub const MAX_CALL_BLOCKS: u64 = 10;

/// How a step moves a market's index price.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum PriceMove {
	/// By this many basis points of the price the step starts from, −10 000 < n.
	BasisPoints(i32),
	/// To this price.
	To(Price),
}

/// One market's move in a step.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Shock {
	pub market: MarketId,
	pub by: PriceMove,
}

/// One block of a scenario: the feeders send the shocked prices (markets not named keep the
/// last step's), none for the markets in `outages`.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct Step {
	pub shocks: Vec<Shock>,
	pub outages: Vec<MarketId>,
}

/// A path of steps from the chain's current state.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct Scenario {
	pub steps: Vec<Step>,
	/// How many of each step's liquidations to list, largest notional first (at most
	/// [`MAX_LISTED`]).
	pub list: u32,
	/// Every market's margin multipliers lifted to at least this (1 to
	/// [`MAX_MARGIN_MULTIPLIER`]) before the first step, at once and for the whole path: "what
	/// if margins were this much higher now". `None` keeps the chain's own.
	pub margin_multiplier: Option<Ratio>,
}

/// One account's liquidation in a step.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Liquidated<AccountId> {
	pub who: AccountId,
	pub market: MarketId,
	/// Notional closed at the mark.
	pub notional: Balance,
	/// The penalty paid plus the shortfall left, if bankrupt.
	pub loss: Balance,
	/// Nothing of the position is left.
	pub whole: bool,
}

/// What one step did.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct StepOutcome<AccountId> {
	/// The simulated block's number.
	pub block: u32,
	/// Each market's index and mark after the step (`None` while it has no price).
	pub prices: Vec<(MarketId, Option<(Price, Price)>)>,
	/// Accounts liquidated in part, and wholly.
	pub liquidated_partially: u32,
	pub liquidated_wholly: u32,
	/// The largest liquidations by notional, as many as the scenario asked.
	pub largest: Vec<Liquidated<AccountId>>,
	pub notional_closed: Balance,
	/// Bankrupt accounts' shortfalls, and how the waterfall covered them.
	pub shortfall: Balance,
	pub fund_covered: Balance,
	pub vault_absorbed: Balance,
	pub deleveraged: Balance,
	/// Positions reduced by deleveraging.
	pub deleveraged_positions: u32,
	/// What is still uncovered, carried to later blocks.
	pub deficit_carried: Balance,
	/// Breakers that changed state, and to what.
	pub breakers: Vec<(MarketId, MarketState)>,
	pub crisis_level: CrisisLevel,
	pub fund_balance: Balance,
	pub vault_equity: SignedBalance,
}

/// Why a stress test was refused; nothing was run.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub enum StressError {
	/// More than [`MAX_SCENARIOS`] scenarios.
	TooManyScenarios { max: u32 },
	/// A scenario of more than [`MAX_STEPS`] steps, or of none.
	BadStepCount { scenario: u32, max: u32 },
	/// A step with more than [`MAX_SHOCKS`] shocks or outages.
	TooManyShocks { scenario: u32, step: u32, max: u32 },
	/// More than [`MAX_LISTED`] liquidations asked for.
	TooManyListed { max: u32 },
	/// A shock or outage names a market the oracle does not list.
	UnknownMarket { market: MarketId },
	/// A shock to a market with no price to move from, or to a price of zero or a fall of
	/// 100 % or more.
	BadShock { market: MarketId },
	/// A margin multiplier below one or above [`MAX_MARGIN_MULTIPLIER`].
	BadMarginMultiplier { scenario: u32, max: u32 },
}
