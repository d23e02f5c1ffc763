//! What the circuit-breaker pallet offers (whether a market accepts a trade, the venue's stress,
//! whether a withdrawal may leave) and what it hears (the venue's losses).

use crate::{Balance, MarketId, Ratio};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A market's trading state, as the circuit breaker sets it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	Default, serde::Serialize, serde::Deserialize,
)]
pub enum MarketState {
	/// Normal trading.
	#[default]
	Open,
	/// Only trades that reduce an existing position are accepted.
	ReduceOnly,
	/// No trader-initiated trades; the protocol's own liquidations still run.
	Halted,
}

/// What a trade would do to the account's risk, for [`MarketGuard`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TradeIntent {
	/// Opens or grows a position.
	IncreaseRisk,
	/// Shrinks or closes a position.
	ReduceRisk,
	/// The protocol reducing an unhealthy account. Never blocked by a breaker.
	Liquidation,
}

/// Why a [`MarketGuard`] refused a trade; the caller maps it to its own `DispatchError`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TradeRefusal {
	/// The market is reduce-only and the trade would increase risk.
	ReduceOnly,
	/// The market is halted.
	Halted,
}

/// Whether a market accepts a trade. Owned by the circuit-breaker pallet.
pub trait MarketGuard {
	/// The market's current trading state.
	fn market_state(market: MarketId) -> MarketState;

	/// `Ok` when a trade of this intent may execute in `market` now.
	fn ensure_trade_allowed(market: MarketId, intent: TradeIntent) -> Result<(), TradeRefusal> {
		match (Self::market_state(market), intent) {
			(_, TradeIntent::Liquidation) | (MarketState::Open, _) => Ok(()),
			(MarketState::ReduceOnly, TradeIntent::ReduceRisk) => Ok(()),
			(MarketState::ReduceOnly, TradeIntent::IncreaseRisk) => Err(TradeRefusal::ReduceOnly),
			(MarketState::Halted, _) => Err(TradeRefusal::Halted),
		}
	}
}

/// No circuit breaker: every market is open.
impl MarketGuard for () {
	fn market_state(_: MarketId) -> MarketState {
		MarketState::Open
	}
}

/// How troubled the venue is as a whole, as the circuit breaker reads it each block: one signal
/// for clients and for the margins that tighten before a crash.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, PartialOrd, Ord,
	Debug, Default, serde::Serialize, serde::Deserialize,
)]
pub enum CrisisLevel {
	/// Every market open, feeds live, volatility near its calm level.
	#[default]
	Calm,
	/// A market is reduce-only, a volatility well above its calm level, or the fund in drawdown.
	Elevated,
	/// A market halted, a feed not live, withdrawals paused, or a deep fund drawdown.
	Stressed,
	/// The global breaker or a venue-wide emergency halt, or half the markets halted.
	Crisis,
}

/// The venue-wide stress signal the dynamic margins read. Owned by the circuit-breaker pallet.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct StressSignal {
	/// The crisis level.
	pub level: CrisisLevel,
	/// Estimated average pairwise correlation of the markets' per-block returns, 0 to 1:
	/// everything moving together is what turns a drop into a cascade.
	pub correlation: Ratio,
}

/// Reads the venue's stress. Owned by the circuit-breaker pallet; used by the margin pallet.
pub trait VenueStress {
	/// The venue's stress now.
	fn stress() -> StressSignal;

	/// `market`'s realised volatility over its calm level; `None` when either is unknown.
	fn volatility_ratio(_market: MarketId) -> Option<Ratio> {
		None
	}
}

/// No circuit breaker: always calm, uncorrelated.
impl VenueStress for () {
	fn stress() -> StressSignal {
		StressSignal::default()
	}
}

/// A pool of the venue's stablecoin that users withdraw from.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub enum WithdrawalPool {
	/// Traders' margin collateral.
	Collateral,
	/// The market vault's liquidity.
	Vault,
	/// The insurance fund's stakes.
	Fund,
}

/// Why a [`WithdrawalGuard`] refused a withdrawal; the caller maps it to its own error.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WithdrawalRefusal {
	/// Withdrawals are paused after bad debt appeared.
	Paused,
	/// The pool's net outflow in this window would pass its limit.
	RateLimited,
}

/// Rate-limits withdrawals so a bug or a panic cannot drain the venue in an hour (Drift 2022).
/// Owned by the circuit-breaker pallet; called by the margin pallet and the insurance fund
/// right before they pay out, inside the extrinsic (a later failure undoes the note).
pub trait WithdrawalGuard {
	/// `amount` is about to leave `pool`, which holds `held` before it: `Ok` and counted, or
	/// refused.
	fn note_withdrawal(pool: WithdrawalPool, amount: Balance, held: Balance) -> Result<(), WithdrawalRefusal>;
	/// `amount` came into `pool`: it offsets this window's outflow.
	fn note_deposit(pool: WithdrawalPool, amount: Balance);
}

/// No limit on withdrawals.
impl WithdrawalGuard for () {
	fn note_withdrawal(_: WithdrawalPool, _: Balance, _: Balance) -> Result<(), WithdrawalRefusal> {
		Ok(())
	}
	fn note_deposit(_: WithdrawalPool, _: Balance) {}
}

/// Hears of the venue's losses as the insurance fund meets them: each bankrupt account's
/// shortfall as it arrives (withdrawals pause for a while), and the fund's drawdown once the
/// block's losses are covered (the global breaker trips on this block's bad debt in this block).
/// Owned by the circuit-breaker pallet (whose own hook runs early, on the block's prices, before
/// the margins and the liquidations read the crisis level); called by the insurance fund.
pub trait LossObserver {
	/// A bankrupt account left `shortfall` for the loss waterfall.
	fn bad_debt_arrived(shortfall: Balance);
	/// The fund's drawdown after this block's waterfall.
	fn after_waterfall(drawdown: sp_arithmetic::Perbill);
}

/// Nobody listens.
impl LossObserver for () {
	fn bad_debt_arrived(_: Balance) {}
	fn after_waterfall(_: sp_arithmetic::Perbill) {}
}
