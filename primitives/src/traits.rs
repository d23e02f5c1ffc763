//! The traits through which Ballast's pallets talk.
//!
//! Each trait is owned by one pallet (named on the trait) and consumed by others through their
//! `Config`. Where a consumer can sensibly run without the provider (a pallet's unit tests, or a
//! runtime in which that pallet has not landed yet) the unit type `()` implements the trait with
//! the behaviour of an absent provider, documented on the impl.

use crate::{Balance, MarketId, Price, Quantity, Ratio, SignedBalance};
use sp_arithmetic::{
	traits::{Bounded, CheckedAdd, Saturating},
	FixedPointNumber,
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, DispatchResult, Weight};

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

/// The leverage an account may take. Owned by the reputation pallet.
pub trait LeverageLimit<AccountId> {
	/// The account's own cap in `market`, or `None` when only the market's maximum applies.
	fn max_leverage(who: &AccountId, market: MarketId) -> Option<Ratio>;

	/// The lowest of the account's caps over `markets` (`None` when none applies). An owner that
	/// reads a record per account answers for every market from one read.
	fn lowest_max_leverage(who: &AccountId, markets: &[MarketId]) -> Option<Ratio> {
		markets.iter().filter_map(|market| Self::max_leverage(who, *market)).min()
	}
}

/// No reputation tiers: every account may use the market's maximum leverage.
impl<AccountId> LeverageLimit<AccountId> for () {
	fn max_leverage(_: &AccountId, _: MarketId) -> Option<Ratio> {
		None
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

/// What traders do that bears on their reputation. Owned by the reputation pallet; called by
/// the margin pallet (trades) and the liquidation engine (liquidations, bad debt). The circuit
/// breaker also listens for bad debt, to pause withdrawals.
pub trait TraderActivity<AccountId> {
	/// `who` traded: `opened` collateral atoms' worth added to a position, `closed` taken off
	/// one (a flip does both).
	fn traded(_who: &AccountId, _opened: Balance, _closed: Balance) {}
	/// `who` was liquidated (partially or whole).
	fn liquidated(_who: &AccountId) {}
	/// `who` went bankrupt, leaving `shortfall` for the insurance fund.
	fn caused_bad_debt(_who: &AccountId, _shortfall: Balance) {}
}

impl<AccountId> TraderActivity<AccountId> for () {}

/// Two listeners told the same things in turn.
impl<AccountId, A: TraderActivity<AccountId>, B: TraderActivity<AccountId>> TraderActivity<AccountId> for (A, B) {
	fn traded(who: &AccountId, opened: Balance, closed: Balance) {
		A::traded(who, opened, closed);
		B::traded(who, opened, closed);
	}
	fn liquidated(who: &AccountId) {
		A::liquidated(who);
		B::liquidated(who);
	}
	fn caused_bad_debt(who: &AccountId, shortfall: Balance) {
		A::caused_bad_debt(who, shortfall);
		B::caused_bad_debt(who, shortfall);
	}
}

/// An account's margin position as a whole.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct AccountHealth {
	/// Collateral plus unrealised PnL minus funding owed.
	pub equity: SignedBalance,
	/// Equity needed to open new risk.
	pub initial_requirement: Balance,
	/// Equity below which the account is liquidated.
	pub maintenance_requirement: Balance,
}

impl AccountHealth {
	/// Equity below the maintenance requirement: the liquidation engine must act.
	pub fn is_liquidatable(&self) -> bool {
		self.equity < SignedBalance::try_from(self.maintenance_requirement).unwrap_or(SignedBalance::MAX)
	}

	/// Negative equity: closing everything would still leave a shortfall.
	pub fn is_bankrupt(&self) -> bool {
		self.equity < 0
	}

	/// The shortfall a bankrupt account leaves, zero otherwise.
	pub fn shortfall(&self) -> Balance {
		if self.equity < 0 { self.equity.unsigned_abs() } else { 0 }
	}
}

/// One open position, as the liquidation and insurance pallets see it.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct PositionView {
	/// The market the position is in.
	pub market: MarketId,
	/// Signed size: positive long, negative short.
	pub size: Quantity,
	/// Average entry price.
	pub entry_price: Price,
	/// Unrealised PnL at the current mark price, after funding.
	pub unrealised_pnl: SignedBalance,
	/// Value at the current mark price, collateral atoms.
	pub notional: Balance,
	/// This position's part of the account's maintenance requirement.
	pub maintenance_requirement: Balance,
	/// The maintenance fraction that applies to it now.
	pub maintenance_fraction: Ratio,
	/// The notional from which a higher size tier (a higher maintenance fraction) applies;
	/// `Balance::MAX` at the top tier. A never-wrong distance to liquidation stops there.
	pub next_tier_notional: Balance,
}

/// What a forced reduction did.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Reduction {
	/// Base atoms actually closed (absolute).
	pub closed: Quantity,
	/// PnL realised by the closed part.
	pub realised_pnl: SignedBalance,
	/// Penalty charged to the account on the closed notional.
	pub penalty: Balance,
	/// The account's health afterwards.
	pub health_after: AccountHealth,
}

/// Read and force-reduce margin accounts. Owned by the margin pallet; used by the liquidation
/// engine and by auto-deleveraging in the insurance fund.
pub trait MarginAccounts<AccountId> {
	/// The account's health at current mark prices, or `None` when it has no margin account.
	fn health(who: &AccountId) -> Option<AccountHealth>;

	/// The account's open positions.
	fn positions(who: &AccountId) -> Vec<PositionView>;

	/// Each open position's market, signed size and average entry price, without valuing the
	/// account: what a ranking by entry price needs, on every account change.
	fn entries(who: &AccountId) -> Vec<(MarketId, Quantity, Price)> {
		Self::positions(who).into_iter().map(|p| (p.market, p.size, p.entry_price)).collect()
	}

	/// Close `amount` base atoms (absolute, clipped to the position) of `who`'s position in
	/// `market` at `price`, charging `penalty` of the closed notional. Bypasses the market
	/// guard: only the protocol calls this.
	fn reduce_position(
		who: &AccountId,
		market: MarketId,
		amount: Quantity,
		price: Price,
		penalty: Ratio,
	) -> Result<Reduction, DispatchError>;

	/// Zero the negative equity of an account with no open positions left and return the
	/// shortfall with the markets whose closes left it, which the caller must pass on to
	/// [`BadDebt`]; a zero shortfall when there is none.
	fn take_shortfall(who: &AccountId) -> Bankruptcy;

	/// Every account holding positions or a shortfall: what the liquidation engine must have
	/// in its index. For invariant checks (`try_state`) only: it walks every account.
	fn watched_accounts() -> Vec<AccountId> {
		Vec::new()
	}
}

/// An account as a change left it, valued once by the margin engine for every observer: the
/// liquidation engine and the deleveraging ranking read it instead of valuing the account again.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct AccountChange<'a> {
	/// Its health at current marks; `None` once it holds and owes nothing (it was removed).
	pub health: Option<AccountHealth>,
	/// Its positions at current marks.
	pub positions: &'a [PositionView],
	/// The one position the change opened, resized, flipped or closed, if any: no other
	/// position's size or entry moved.
	pub repositioned: Option<Repositioned>,
}

/// The position a change opened, resized, flipped or closed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Repositioned {
	pub market: MarketId,
	/// Its size and average entry price before the change (`None`: there was none).
	pub before: Option<(Quantity, Price)>,
}

impl AccountChange<'_> {
	/// The position in `market` after the change, if any.
	pub fn position(&self, market: MarketId) -> Option<&PositionView> {
		self.positions.iter().find(|p| p.market == market)
	}
}

/// Told of everything that changes an account's margin or lowers every account's headroom, so
/// the liquidation engine's index of distances to liquidation stays never wrong. Owned by the
/// liquidation pallet; called by the margin pallet.
pub trait MarginObserver<AccountId> {
	/// `who`'s collateral, positions or ledger changed, to what `change` says: measure its
	/// distance again.
	fn account_changed(who: &AccountId, change: &AccountChange);

	/// Maintenance fractions rose by up to `increase` (of notional) for every account at once.
	fn margins_tightened(increase: Ratio);

	/// A market's funding may now accrue up to `max_rate_per_block` of notional a block:
	/// funding lowers headroom every block, like a price move. Told when a market is listed or
	/// changed, before its funding accrues at the new cap: a raise counts at once.
	fn funding_capped_at(max_rate_per_block: Ratio);

	/// The highest funding cap among the listed markets is now `highest`: told once a block,
	/// before that block's funding accrues, so an allowance for a cap since lowered lapses.
	fn funding_caps_now(_highest: Ratio) {}

	/// How far maintenance fractions may rise at once (a [`Self::margins_tightened`] of this
	/// much) before some account could become liquidatable at unchanged prices: the room
	/// between the engine's watermark and its most urgent account. Gradual tightening stays
	/// inside it, so tightening alone never starts a cascade.
	fn tightening_room() -> Ratio {
		Ratio::max_value()
	}
}

/// Nobody watching: no liquidation engine.
impl<AccountId> MarginObserver<AccountId> for () {
	fn account_changed(_: &AccountId, _: &AccountChange) {}
	fn margins_tightened(_: Ratio) {}
	fn funding_capped_at(_: Ratio) {}
	fn funding_caps_now(_: Ratio) {}
}

/// Two observers told the same things in turn (the liquidation engine, then the insurance
/// fund's deleveraging ranking).
impl<AccountId, A: MarginObserver<AccountId>, B: MarginObserver<AccountId>> MarginObserver<AccountId> for (A, B) {
	fn account_changed(who: &AccountId, change: &AccountChange) {
		A::account_changed(who, change);
		B::account_changed(who, change);
	}
	fn margins_tightened(increase: Ratio) {
		A::margins_tightened(increase);
		B::margins_tightened(increase);
	}
	fn funding_capped_at(max_rate_per_block: Ratio) {
		A::funding_capped_at(max_rate_per_block);
		B::funding_capped_at(max_rate_per_block);
	}
	fn funding_caps_now(highest: Ratio) {
		A::funding_caps_now(highest);
		B::funding_caps_now(highest);
	}
	fn tightening_room() -> Ratio {
		A::tightening_room().min(B::tightening_room())
	}
}

/// The vault as the insurance fund sees it.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct VaultState {
	/// Stablecoin the vault holds.
	pub cash: Balance,
	/// Cash less what traders' open PnL and owed profit claim from it.
	pub equity: SignedBalance,
	/// Traders' open profit (sides in profit) the cash must back.
	pub open_profit: Balance,
	/// Realised profit the vault owes and has not paid.
	pub unsettled_profit: Balance,
}

/// One market's traders' open PnL by side, for deleveraging before the vault is overrun.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct MarketPnl {
	pub market: MarketId,
	/// The longs' unrealised PnL at the last valuation.
	pub long: SignedBalance,
	/// The shorts' unrealised PnL at the last valuation.
	pub short: SignedBalance,
}

/// The margin engine's pooled ledgers, as far as the insurance fund moves money in and out of
/// them. Owned by the margin pallet.
pub trait VaultLedger<AccountId> {
	/// The vault's state now.
	fn vault_state() -> VaultState;

	/// Each listed market's open PnL by side.
	fn market_pnl() -> Vec<MarketPnl>;

	/// Pays `amount` of stablecoin from `from` into the vault's cash: the insurance fund
	/// making good a loss the vault bore.
	fn refill_vault(from: &AccountId, amount: Balance) -> DispatchResult;

	/// Moves every fee and penalty set aside for the insurance fund to `to`; returns how much.
	fn collect_insurance_fees(to: &AccountId) -> Result<Balance, DispatchError>;
}

/// The insurance fund's condition, for the circuit breakers and the dynamic margins. Owned by
/// the insurance-fund pallet.
pub trait FundHealth {
	/// What the fund holds now.
	fn fund_balance() -> Balance;
	/// Its fall from the highest balance within its window, as a share of that peak.
	fn drawdown() -> sp_arithmetic::Perbill;
}

/// Hears the insurance fund's drawdown once the block's losses are covered, so the global circuit
/// breaker trips on this block's bad debt in this block. Owned by the circuit-breaker pallet
/// (whose own hook runs early, on the block's prices, before the margins and the liquidations
/// read the crisis level); called by the insurance fund at the end of its hook.
pub trait DrawdownObserver {
	/// The fund's drawdown after this block's waterfall.
	fn after_waterfall(drawdown: sp_arithmetic::Perbill);
}

/// Nobody listens.
impl DrawdownObserver for () {
	fn after_waterfall(_: sp_arithmetic::Perbill) {}
}

/// No fund: nothing held, never in drawdown.
impl FundHealth for () {
	fn fund_balance() -> Balance {
		0
	}
	fn drawdown() -> sp_arithmetic::Perbill {
		sp_arithmetic::Perbill::zero()
	}
}

/// How a shortfall was covered, step by step down the loss waterfall.
#[derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Coverage {
	/// Paid by the insurance fund.
	pub by_fund: Balance,
	/// Absorbed by the market vault's liquidity providers, up to their bound.
	pub by_vault: Balance,
	/// Recovered by auto-deleveraging profitable opposite positions.
	pub by_deleveraging: Balance,
	/// Left over; must be zero on a healthy venue.
	pub uncovered: Balance,
}

impl Coverage {
	/// Everything that was covered.
	pub fn covered(&self) -> Balance {
		self.by_fund.saturating_add(self.by_vault).saturating_add(self.by_deleveraging)
	}
}

/// One market's part of a bankrupt account's loss: the closes there that left loss unpaid.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct LossSource {
	pub market: MarketId,
	/// Loss these closes left unpaid, collateral atoms.
	pub shortfall: Balance,
	/// Signed size they closed: positive a long.
	pub closed: Quantity,
	/// The average price they closed at.
	pub price: Price,
}

impl LossSource {
	/// The price at which the closed size would have left zero equity: worse than the close
	/// price by the shortfall per coin (above it for a long, below for a short).
	/// Auto-deleveraging closes the other side of this market at this price. `None` for a close
	/// of nothing.
	pub fn bankruptcy_price(&self) -> Option<Price> {
		// Dollars per coin: shortfall atoms × (base atoms per coin / collateral atoms per dollar) / base atoms.
		let scaled = self.shortfall.checked_mul(crate::BASE_UNIT / crate::COLLATERAL_UNIT)?;
		let per_coin = Price::checked_from_rational(scaled, self.closed.unsigned_abs())?;
		if self.closed > 0 { self.price.checked_add(&per_coin) } else { Some(self.price.saturating_sub(per_coin)) }
	}
}

/// A bankrupt account's loss, as the margin engine hands it over: the whole shortfall and the
/// markets whose closes left it, each with its own part, so every market's counterparties answer
/// for the loss made against them (at that market's own bankruptcy price).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Bankruptcy {
	/// Loss the account could not pay, collateral atoms.
	pub shortfall: Balance,
	/// Where it came from; the parts sum to `shortfall`. Empty when no close left it (funding
	/// or fees alone): then no market is deleveraged for it and later income pays it.
	pub sources: Vec<LossSource>,
}

impl Bankruptcy {
	/// A loss of `shortfall` left by one close.
	pub fn single(market: MarketId, shortfall: Balance, closed: Quantity, price: Price) -> Self {
		Self { shortfall, sources: alloc::vec![LossSource { market, shortfall, closed, price }] }
	}

	/// The market that left the largest part (0 without sources): for events.
	pub fn main_market(&self) -> MarketId {
		self.sources.iter().max_by_key(|source| source.shortfall).map_or(0, |source| source.market)
	}

	/// `sources` whose recorded parts (`weights`) are scaled to sum to exactly `shortfall`: the
	/// recorded parts may differ from what is finally taken (later profit or collateral paid
	/// some of it; funding added some). The largest part takes the rounding.
	pub fn apportioned(shortfall: Balance, mut sources: Vec<LossSource>) -> Self {
		let recorded = sources.iter().fold(0 as Balance, |sum, source| sum.saturating_add(source.shortfall));
		if recorded == 0 || shortfall == 0 {
			return Self { shortfall, sources: Vec::new() };
		}
		let mut assigned = 0 as Balance;
		for source in sources.iter_mut() {
			source.shortfall = sp_arithmetic::helpers_128bit::multiply_by_rational_with_rounding(
				source.shortfall,
				shortfall,
				recorded,
				sp_arithmetic::Rounding::Down,
			)
			.unwrap_or(0);
			assigned = assigned.saturating_add(source.shortfall);
		}
		if let Some(largest) = sources.iter_mut().max_by_key(|source| source.shortfall) {
			largest.shortfall = largest.shortfall.saturating_add(shortfall.saturating_sub(assigned));
		}
		sources.retain(|source| source.shortfall > 0);
		Self { shortfall, sources }
	}
}

/// Absorbs bankrupt accounts' shortfalls. Owned by the insurance-fund pallet.
pub trait BadDebt<AccountId> {
	/// Cover the shortfall `bankrupt` left through the loss waterfall.
	fn cover(bankrupt: &AccountId, loss: &Bankruptcy) -> Coverage;

	/// The most [`Self::cover`] may cost: the liquidation engine keeps room for it before each
	/// account.
	fn cover_weight() -> Weight {
		Weight::zero()
	}

	/// What a cover that ended in `coverage` cost, at most [`Self::cover_weight`]: what the
	/// engine charges, so a crash of many small bankruptcies is not metered as many worst cases.
	/// `after_another`: an earlier cover ran in this block, so the records every cover shares
	/// (the fund's ledger, its account, the vault) are in the block's overlay and cost nothing
	/// more to read or write.
	fn cover_weight_of(_coverage: &Coverage, _after_another: bool) -> Weight {
		Self::cover_weight()
	}
}

/// No insurance fund: nothing is covered, everything is reported as uncovered.
impl<AccountId> BadDebt<AccountId> for () {
	fn cover(_: &AccountId, loss: &Bankruptcy) -> Coverage {
		Coverage { uncovered: loss.shortfall, ..Default::default() }
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	struct Fixed<const STATE: u8>;
	impl<const STATE: u8> MarketGuard for Fixed<STATE> {
		fn market_state(_: MarketId) -> MarketState {
			[MarketState::Open, MarketState::ReduceOnly, MarketState::Halted][STATE as usize]
		}
	}

	#[test]
	fn guard_lets_liquidations_through_every_state() {
		assert_eq!(Fixed::<0>::ensure_trade_allowed(1, TradeIntent::Liquidation), Ok(()));
		assert_eq!(Fixed::<1>::ensure_trade_allowed(1, TradeIntent::Liquidation), Ok(()));
		assert_eq!(Fixed::<2>::ensure_trade_allowed(1, TradeIntent::Liquidation), Ok(()));
	}

	#[test]
	fn reduce_only_refuses_only_new_risk_and_halted_refuses_traders() {
		assert_eq!(Fixed::<1>::ensure_trade_allowed(1, TradeIntent::ReduceRisk), Ok(()));
		assert_eq!(
			Fixed::<1>::ensure_trade_allowed(1, TradeIntent::IncreaseRisk),
			Err(TradeRefusal::ReduceOnly)
		);
		assert_eq!(Fixed::<2>::ensure_trade_allowed(1, TradeIntent::ReduceRisk), Err(TradeRefusal::Halted));
		assert_eq!(<()>::ensure_trade_allowed(1, TradeIntent::IncreaseRisk), Ok(()));
	}

	#[test]
	fn health_classifies_liquidatable_and_bankrupt_accounts() {
		let healthy = AccountHealth { equity: 100, initial_requirement: 50, maintenance_requirement: 25 };
		let at_risk = AccountHealth { equity: 20, ..healthy };
		let bankrupt = AccountHealth { equity: -7, ..healthy };
		assert!(!healthy.is_liquidatable());
		assert!(at_risk.is_liquidatable() && !at_risk.is_bankrupt());
		assert!(bankrupt.is_bankrupt() && bankrupt.shortfall() == 7);
		assert_eq!(healthy.shortfall(), 0);
	}

	#[test]
	fn bankruptcy_price_is_worse_than_the_close_by_the_shortfall_per_coin() {
		// 2 coins closed at 100 with 50 dollars unpaid: zero equity at 125 for a long, 75 short.
		let long = LossSource { market: 0, shortfall: 50 * crate::COLLATERAL_UNIT, closed: 2 * crate::BASE_UNIT as i128, price: Price::from_u32(100) };
		assert_eq!(long.bankruptcy_price(), Some(Price::from_u32(125)));
		let short = LossSource { closed: -long.closed, ..long };
		assert_eq!(short.bankruptcy_price(), Some(Price::from_u32(75)));
		assert_eq!(LossSource { closed: 0, ..long }.bankruptcy_price(), None);
	}

	#[test]
	fn a_shortfall_is_apportioned_to_its_sources_exactly() {
		let source = |market, shortfall| LossSource { market, shortfall, closed: 1, price: Price::from_u32(1) };
		let loss = Bankruptcy::apportioned(1_000, alloc::vec![source(1, 30), source(2, 60), source(3, 10)]);
		assert_eq!(loss.sources.iter().map(|s| s.shortfall).collect::<Vec<_>>(), alloc::vec![300, 600, 100]);
		assert_eq!(loss.main_market(), 2);
		let uneven = Bankruptcy::apportioned(10, alloc::vec![source(1, 1), source(2, 1), source(3, 1)]);
		assert_eq!(uneven.sources.iter().map(|s| s.shortfall).sum::<Balance>(), 10, "the parts sum to the whole");
		assert!(Bankruptcy::apportioned(10, Vec::new()).sources.is_empty());
		assert_eq!(Bankruptcy::apportioned(10, Vec::new()).main_market(), 0);
	}

	#[test]
	fn absent_insurance_fund_reports_everything_uncovered() {
		let loss = Bankruptcy::single(0, 500, 1, Price::from_u32(1));
		let coverage = <() as BadDebt<u64>>::cover(&1, &loss);
		assert_eq!(coverage.uncovered, 500);
		assert_eq!(coverage.covered(), 0);
	}

	struct OneFeed;
	impl PriceFeed<u32> for OneFeed {
		fn snapshot(market: MarketId) -> Option<PriceSnapshot<u32>> {
			let status = if market == 1 { PriceStatus::Live } else { PriceStatus::Stale };
			(market <= 2).then(|| PriceSnapshot {
				index: Price::from_u32(10),
				mark: Price::from_u32(11),
				volatility: Ratio::from_rational(1, 100),
				updated_at: 7,
				status,
			})
		}
	}

	#[test]
	fn price_feed_serves_prices_only_while_live() {
		assert_eq!(OneFeed::mark_price(1), Some(Price::from_u32(11)));
		assert_eq!(OneFeed::index_price(2), None);
		assert_eq!(OneFeed::volatility(2), Some(Ratio::from_rational(1, 100)));
		assert_eq!(OneFeed::status(3), PriceStatus::Stale);
	}
}
