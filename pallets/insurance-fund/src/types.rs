//! What the fund keeps and what it shows.

use ballast_primitives::{Balance, MarketId, Price, Quantity, Ratio, SignedBalance};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::{FixedPointNumber, Perbill};

/// The fund's parameters, set by the risk origin.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct FundParams {
	/// Blocks between a withdrawal request and its claim. The shares keep bearing losses
	/// meanwhile: nobody escapes a crisis they saw coming. At least one.
	pub withdrawal_cooldown: u32,
	/// Blocks after the cooldown in which a request can be claimed; then it lapses and must be
	/// asked again, through a new cooldown. So a request made on a calm day is no standing
	/// ticket out of the next crisis. At least one.
	pub claim_window: u32,
	/// Of one bankruptcy's remainder after the fund, the vault's liquidity providers bear at
	/// most this share of the vault's equity; auto-deleveraging takes the rest (Hyperliquid's
	/// JELLY backstop inherited an unbounded loss in 2025).
	pub vault_loss_share: Perbill,
	/// Traders' open profit may not exceed this share of the vault's cash: beyond it the most
	/// profitable positions are reduced at the mark before the vault is overrun (GMX v2's
	/// maximum PnL-to-pool factor). 100 % turns the check off.
	pub max_profit_to_cash: Perbill,
	/// Blocks over which the fund's drawdown is measured.
	pub drawdown_window: u32,
	/// Of the income earned during a crisis, the share set aside as the crisis premium for
	/// the stakers who stand through it.
	pub crisis_premium: Perbill,
	/// A drawdown from which the fund counts as in a crisis (zero: only tripped breakers do).
	pub crisis_drawdown: Perbill,
	/// Which profitable positions deleveraging closes, and how much of each.
	pub adl_rule: AdlRule,
}

/// How auto-deleveraging shares a loss among the profitable positions on the other side.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default,
	serde::Serialize, serde::Deserialize,
)]
pub enum AdlRule {
	/// The highest `PnL% × effective leverage` first, each closed whole until the loss is
	/// recovered (Bybit, Hyperliquid): the fewest traders lose their position.
	#[default]
	Ranked,
	/// Every position a pass reaches (the `MaxDeleveraged` highest scores of its ranking
	/// window) by the same fraction of its size, each giving up the same share of what it
	/// could give: the loss is spread thin (as proposed after 2025-10-10).
	ProRata,
}

impl Default for FundParams {
	fn default() -> Self {
		Self {
			withdrawal_cooldown: 100,
			claim_window: 100,
			vault_loss_share: Perbill::from_percent(10),
			max_profit_to_cash: Perbill::from_percent(90),
			drawdown_window: 600,
			crisis_premium: Perbill::from_percent(50),
			crisis_drawdown: Perbill::from_percent(10),
			adl_rule: AdlRule::Ranked,
		}
	}
}

/// A staker's request to leave, claimable from `unlocks_at`.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct PendingWithdrawal<BlockNumber> {
	/// Shares to redeem, still in the fund (and bearing its losses) until claimed.
	pub shares: Balance,
	/// First block in which they can be claimed.
	pub unlocks_at: BlockNumber,
}

/// A crisis in progress, for the premium.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Episode {
	/// Counts from one.
	pub id: u32,
	/// The premium set aside so far.
	pub pot: Balance,
	/// Shares that have stood through it so far: staked when it began, not asked out since.
	pub eligible: Balance,
}

/// A staker's crisis premium, settled on each of their actions.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct PremiumRecord {
	/// The cumulative premium per share when last settled.
	pub checkpoint: Ratio,
	/// Premium settled and not claimed.
	pub owed: Balance,
	/// An episode the staker acted in while it ran, with the shares that stood through it.
	pub acted_in: Option<(u32, Balance)>,
}

/// A side of a market.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub enum Side {
	Long,
	Short,
}

impl Side {
	/// The side of a signed size (zero counts as long: it never ranks).
	pub fn of(size: Quantity) -> Self {
		if size < 0 { Side::Short } else { Side::Long }
	}

	/// The other side.
	pub fn opposite(self) -> Self {
		match self {
			Side::Long => Side::Short,
			Side::Short => Side::Long,
		}
	}
}

/// A loss auto-deleveraging has not closed yet: later blocks go on reducing the other side at
/// the bankruptcy price until it is closed.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Deficit {
	/// The price it is reduced at.
	pub price: Price,
	/// What is left to recover, collateral atoms.
	pub remaining: Balance,
}

/// How deleveraging prices its closes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pricing {
	/// At a bankrupt position's bankruptcy price: each close recovers what the other side
	/// forgoes against the mark. The target is the loss to recover.
	Bankruptcy(Price),
	/// At the mark: each close turns open profit into paid profit. The target is the open
	/// profit to settle.
	Mark,
}

/// One position's place in the deleveraging queue, for the runtime API: a trader can see their
/// risk of being deleveraged, as Hyperliquid shows it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AdlRanking {
	pub market: MarketId,
	pub side: Side,
	/// Unrealised PnL over cost × effective leverage; zero when not in profit.
	pub score: Ratio,
	/// Positions on the same side ahead of it by profit (counted up to the limit asked);
	/// deleveraging scores a window from the front by `score` and reduces the highest first.
	pub ahead: u32,
}

/// The fund as the runtime API shows it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct FundState {
	/// Stablecoin the fund holds.
	pub balance: Balance,
	/// Shares outstanding, pending withdrawals included.
	pub shares: Balance,
	/// Stablecoin per share, `None` without shares.
	pub share_price: Option<Ratio>,
	/// Shares in pending withdrawals.
	pub pending_shares: Balance,
	/// The fall from the window's peak balance.
	pub drawdown: Perbill,
	/// Losses still being recovered by deleveraging, over all markets.
	pub deficits: Balance,
	/// Crisis premium set aside and not yet claimed: not part of the share price.
	pub premium_reserved: Balance,
	/// The crisis in progress, if any.
	pub episode: Option<Episode>,
	pub params: FundParams,
	/// What the fund should hold: the bad debt the book would leave if every market gapped
	/// against it at once by its stressed move (the liquidation engine's census); `None` before
	/// its first sweep.
	pub target: Option<Balance>,
	/// The balance over the target; `None` without one (or a target of zero).
	pub cover: Option<Ratio>,
}

/// A staker as the runtime API shows them.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct StakerState<BlockNumber> {
	pub shares: Balance,
	/// What the shares are worth now.
	pub value: Balance,
	pub pending: Option<PendingWithdrawal<BlockNumber>>,
	/// Crisis premium the staker can claim.
	pub premium: Balance,
}

/// A ranked candidate, scored at current marks.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Candidate<AccountId> {
	pub who: AccountId,
	pub size: Quantity,
	pub entry_price: Price,
	pub unrealised_pnl: SignedBalance,
	pub score: Ratio,
}

/// A candidate with the terms it would be closed on: the price, what each coin closed yields,
/// and what closing it whole would yield.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Offer<AccountId> {
	pub candidate: Candidate<AccountId>,
	pub price: Price,
	pub per_coin: Price,
	pub whole: Balance,
}

pub(crate) fn ratio(n: u128, d: u128) -> Ratio {
	Ratio::checked_from_rational(n, d).unwrap_or_default()
}
