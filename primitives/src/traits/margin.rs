//! What the margin pallet offers (account health, positions, forced reductions, the vault's
//! ledger) and whom it tells of every change (the liquidation engine, the deleveraging ranking).

use super::Bankruptcy;
use crate::{Balance, MarketId, Price, Quantity, Ratio, SignedBalance};
use alloc::vec::Vec;
use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, DispatchResult};

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

/// An account valued once: its health and its positions at the same marks.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ValuedAccount {
	pub health: AccountHealth,
	pub positions: Vec<PositionView>,
}

/// What a forced reduction did.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Reduction {
	/// Base atoms actually closed (absolute).
	pub closed: Quantity,
	/// PnL realised by the closed part.
	pub realised_pnl: SignedBalance,
	/// Penalty charged to the account on the closed notional.
	pub penalty: Balance,
	/// The account's health afterwards.
	pub health_after: AccountHealth,
	/// Its positions afterwards, valued with `health_after`.
	pub positions_after: Vec<PositionView>,
}

/// Read and force-reduce margin accounts. Owned by the margin pallet; used by the liquidation
/// engine and by auto-deleveraging in the insurance fund.
pub trait MarginAccounts<AccountId> {
	/// The account's health valued for its risk, or `None` when it has no margin account: each
	/// position at the worse of its mark and index for its holder (the lower for a long, the
	/// higher for a short), so it reaches maintenance as soon as either price says so.
	fn health(who: &AccountId) -> Option<AccountHealth>;

	/// The account's open positions.
	fn positions(who: &AccountId) -> Vec<PositionView>;

	/// The account's health and positions from one valuation, or `None` when it has no margin
	/// account.
	fn valued(who: &AccountId) -> Option<ValuedAccount> {
		Self::health(who).map(|health| ValuedAccount { health, positions: Self::positions(who) })
	}

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
