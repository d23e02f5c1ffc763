//! The margin engine's stored types.

use ballast_primitives::{Balance, Quantity, Ratio};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use sp_arithmetic::{traits::{One, Zero}, FixedI128, FixedPointNumber, Perbill};

/// Most size tiers a market may have.
pub const MAX_SIZE_TIERS: u32 = 8;

/// Above a position's notional of `min_notional`, these margin fractions apply instead of the
/// market's base ones (dYdX and Binance tier their margins so).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct SizeTier {
	/// Smallest position notional (collateral atoms) the tier applies to.
	pub min_notional: Balance,
	pub initial_margin: Ratio,
	pub maintenance_margin: Ratio,
}

/// A perpetual market's risk parameters. Every one is storage, set by the risk origin.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct MarketParams {
	/// Equity per notional needed to open risk (1/max leverage), for the smallest positions.
	pub initial_margin: Ratio,
	/// Equity per notional below which the account is liquidated; below `initial_margin`.
	pub maintenance_margin: Ratio,
	/// Higher fractions for larger positions, ascending by `min_notional`.
	pub size_tiers: BoundedVec<SizeTier, ConstU32<MAX_SIZE_TIERS>>,
	/// Open interest (notional, one side) from which the initial margin starts rising...
	pub oi_margin_lower: Balance,
	/// ...linearly to 100 % at this open interest (dYdX v4's open-interest-based IMF).
	pub oi_margin_upper: Balance,
	/// Largest open interest of each side, in base atoms.
	pub max_open_interest: Quantity,
	/// Smallest order, in base atoms: dust positions cost the liquidation engine as much as
	/// large ones.
	pub min_order_size: Quantity,
	/// Fee on each trade's notional.
	pub taker_fee: Ratio,
	/// Part of each fee set aside for the insurance fund; the rest goes to the vault.
	pub fee_to_insurance: Perbill,
	/// Funding rate per block per unit of skew `(long − short) / (long + short)`.
	pub funding_rate_per_skew: Ratio,
	/// Largest funding rate per block, either way.
	pub max_funding_rate: Ratio,
	/// Price impact per unit of the order's notional over the vault's depth.
	pub impact_size_factor: Ratio,
	/// Price impact per unit of the skew the order adds, in notional over the vault's depth.
	pub impact_skew_factor: Ratio,
	/// Largest price impact an order may pay; more is refused as too large for the vault.
	pub max_impact: Ratio,
	/// The vault's net exposure (|long − short| notional) in this market may not exceed this
	/// multiple of its equity.
	pub max_skew_to_vault: Ratio,
}

#[cfg(any(test, feature = "runtime-benchmarks"))]
impl MarketParams {
	/// Parameters for tests and benchmarks to start from: 20× at most (5 % initial, 3 %
	/// maintenance), no size tiers, initial margin rising from 50M to 100M of open interest,
	/// 1 000 coins a side, orders from 0.001 coin, 0.05 % fee (a fifth to insurance), funding
	/// 0.001 % a block per unit of skew (capped there), impact 1 % of size and 10 % of added
	/// skew over the vault's depth (at most 5 %), exposure up to 3× the vault.
	pub fn example() -> Self {
		use ballast_primitives::{BASE_UNIT, COLLATERAL_UNIT};
		use sp_arithmetic::FixedPointNumber;
		let ratio = |n: u128, d: u128| Ratio::saturating_from_rational(n, d);
		let coin = BASE_UNIT as Quantity;
		Self {
			initial_margin: ratio(5, 100),
			maintenance_margin: ratio(3, 100),
			size_tiers: Default::default(),
			oi_margin_lower: 50_000_000 * COLLATERAL_UNIT,
			oi_margin_upper: 100_000_000 * COLLATERAL_UNIT,
			max_open_interest: 1_000 * coin,
			min_order_size: coin / 1_000,
			taker_fee: ratio(5, 10_000),
			fee_to_insurance: Perbill::from_percent(20),
			funding_rate_per_skew: ratio(1, 100_000),
			max_funding_rate: ratio(1, 100_000),
			impact_size_factor: ratio(1, 100),
			impact_skew_factor: ratio(1, 10),
			max_impact: ratio(5, 100),
			max_skew_to_vault: ratio(3, 1),
		}
	}
}

/// A market's running totals: open interest per side, the entry value behind it (so the
/// traders' aggregate PnL is O(1)), and the funding index.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct MarketTotals<BlockNumber> {
	/// Sum of long sizes, base atoms.
	pub long_size: Quantity,
	/// Sum of |short sizes|, base atoms.
	pub short_size: Quantity,
	/// Sum of the longs' entry values, collateral atoms.
	pub long_entry_value: Balance,
	/// Sum of the shorts' entry values, collateral atoms.
	pub short_entry_value: Balance,
	/// Cumulative funding per whole coin of long position, in dollars: a long owes
	/// `size × (index now − index at entry)`, a short receives it.
	pub funding_index: FixedI128,
	/// Block up to which funding has accrued.
	pub funding_updated: BlockNumber,
	/// The mark the traders' open PnL below was valued at: each block's, and after each trade.
	pub valued_at: ballast_primitives::Price,
	/// The longs' unrealised PnL at `valued_at`.
	pub long_pnl: ballast_primitives::SignedBalance,
	/// The shorts' unrealised PnL at `valued_at`.
	pub short_pnl: ballast_primitives::SignedBalance,
}

/// Traders' open PnL over every market, kept in step with each market's, so the vault's
/// equity costs one read instead of one per market.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct TradersPnl {
	/// Sum of every side's PnL: the vault is the other side of it.
	pub net: ballast_primitives::SignedBalance,
	/// Sum of the sides in profit: what the vault's cash must back.
	pub open_profit: Balance,
}

/// A listed market: its parameters, its running totals and its margin multipliers, one record
/// so a trade reads and writes it once.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Market<BlockNumber> {
	pub params: MarketParams,
	pub totals: MarketTotals<BlockNumber>,
	pub scale: MarginScale,
	/// While a raise of the maintenance fractions phases in (`scale.phase_in` below one): the
	/// parameters it started from.
	pub raised_from: Option<MarketParams>,
}

impl<BlockNumber: Default> Market<BlockNumber> {
	/// A newly listed market: no totals, multipliers of one.
	pub fn new(params: MarketParams) -> Self {
		Self { params, totals: Default::default(), scale: Default::default(), raised_from: None }
	}
}

/// A listed market as the block hook holds it: read once, written back once if it changed.
pub struct HeldMarket<BlockNumber> {
	pub id: ballast_primitives::MarketId,
	pub market: Market<BlockNumber>,
	/// Both sides' open interest in notional at the current mark.
	pub open_interest: ballast_primitives::Balance,
	/// The totals were revalued or the multipliers stepped.
	pub changed: bool,
}

/// A market's dynamic margin multipliers (see `scaling.rs`), both at least one, and how much
/// of a raise of its listed maintenance fractions is in force yet.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
pub struct MarginScale {
	/// Multiplies the initial fractions: follows its target at once.
	pub initial: Ratio,
	/// Multiplies the maintenance fractions: falls at once, rises gradually.
	pub maintenance: Ratio,
	/// How far a raise of the listed maintenance fractions has phased in, from zero (the old
	/// fractions) to one (the new, and no raise under way): a governance raise starts where the
	/// old ones left every account and phases in over the dynamic margins' ramp, so enacting it
	/// liquidates nobody at unchanged prices.
	pub phase_in: Ratio,
}

impl Default for MarginScale {
	fn default() -> Self {
		Self { initial: Ratio::from_u32(1), maintenance: Ratio::from_u32(1), phase_in: Ratio::from_u32(1) }
	}
}

/// How the dynamic margins respond to stress, set by the risk origin. Each term adds to a
/// multiplier of one; the sum is capped at `max_multiplier`.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct ScalingParams {
	/// Per unit of the market's volatility above its calm level (`σ/σ_calm − 1`).
	pub volatility_weight: Ratio,
	/// Times the cross-market correlation (0 to 1), in proportion to the market's excess
	/// volatility (up to one unit of it).
	pub correlation_weight: Ratio,
	/// A macro market (an index the oracle prices) whose excess volatility tightens every market.
	pub macro_market: Option<ballast_primitives::MarketId>,
	/// Per unit of the macro market's excess volatility.
	pub macro_weight: Ratio,
	/// The insurance fund's balance per unit of open-interest notional the venue wants (besides
	/// the fund's own target, the book's stressed shortfall)...
	pub cover_target: Ratio,
	/// ...and how much a fund short of it adds, at an empty fund.
	pub cover_weight: Ratio,
	/// Added at each crisis level: calm, elevated, stressed, crisis.
	pub level_terms: [Ratio; 4],
	/// The largest multiplier.
	pub max_multiplier: Ratio,
	/// Blocks over which the maintenance multiplier may rise from one to the largest (and a
	/// governance raise of the listed fractions phase in wholly): the only bound on a block's
	/// tightening.
	pub ramp_blocks: u32,
	/// The stressed floor: the multiplier is at least this times the largest index move the
	/// oracle recorded over its long window, over the listed maintenance fraction; at 1 the
	/// maintenance margin covers a repeat of the window's worst move. 0 to
	/// [`MAX_STRESSED_WEIGHT`]; 0 turns the floor off.
	pub stressed_weight: Ratio,
	/// While the insurance fund falls short of its target, this share of the fee the vault would
	/// have had goes to the fund instead, in proportion to the shortfall (at an empty fund, all
	/// of it at 100 %; 0 turns it off).
	pub undercover_fee_share: Perbill,
}

/// The largest stressed weight governance may set.
pub const MAX_STRESSED_WEIGHT: u32 = 4;

impl ScalingParams {
	pub fn is_valid(&self) -> bool {
		self.max_multiplier >= Ratio::from_u32(1)
			&& self.ramp_blocks > 0
			&& self.stressed_weight <= Ratio::from_u32(MAX_STRESSED_WEIGHT)
	}
}

impl Default for ScalingParams {
	/// Volatility: +0.25 per unit above calm; correlation up to +0.5; no macro market; cover
	/// target 0.1 % of open interest, +0.25 at an empty fund; +0, +0.1, +0.25, +0.5 by crisis
	/// level; at most 3×, ramped over 100 blocks; a stressed floor covering the window's worst
	/// move once; half the vault's share of fees to a fund short of its target, in proportion.
	fn default() -> Self {
		let ratio = |n: u128, d: u128| Ratio::saturating_from_rational(n, d);
		Self {
			volatility_weight: ratio(1, 4),
			correlation_weight: ratio(1, 2),
			macro_market: None,
			macro_weight: ratio(1, 4),
			cover_target: ratio(1, 1_000),
			cover_weight: ratio(1, 4),
			level_terms: [Ratio::zero(), ratio(1, 10), ratio(1, 4), ratio(1, 2)],
			max_multiplier: Ratio::from_u32(3),
			ramp_blocks: 100,
			stressed_weight: Ratio::one(),
			undercover_fee_share: Perbill::from_percent(50),
		}
	}
}

/// One account's position in one market.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Position {
	/// Signed size in base atoms: positive long, negative short. Never zero while stored.
	pub size: Quantity,
	/// What the position cost at its execution prices, collateral atoms.
	pub entry_value: Balance,
	/// The market's funding index when funding was last settled.
	pub funding_index: FixedI128,
}

/// One account's ledger. Collateral is what it deposited plus realised PnL; profit the vault
/// could not pay yet and loss the account could not pay are kept apart, so no balance is ever
/// negative and every unit is accounted for.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct MarginAccount {
	/// Stablecoin held for the account, collateral atoms.
	pub collateral: Balance,
	/// Realised profit the vault owes and will pay as its cash allows; counts as equity, can't
	/// be withdrawn (Mango 2022).
	pub unsettled_profit: Balance,
	/// Realised loss the account could not pay: bad debt, taken by the liquidation engine.
	pub shortfall: Balance,
	/// Open positions, one per market, in the account's own record: valuing an account is one
	/// read, as a cross-margin account should be.
	pub positions: BoundedVec<(ballast_primitives::MarketId, Position), ConstU32<MAX_POSITIONS>>,
}

/// Most positions one account may hold.
pub const MAX_POSITIONS: u32 = 16;

impl MarginAccount {
	/// The account's position in `market`.
	pub fn position(&self, market: ballast_primitives::MarketId) -> Option<Position> {
		self.positions.iter().find(|(m, _)| *m == market).map(|(_, position)| *position)
	}

	/// Sets (or with size zero, removes) the position in `market`; `Err` when it would be one
	/// position too many.
	pub fn set_position(&mut self, market: ballast_primitives::MarketId, position: Position) -> Result<(), ()> {
		let existing = self.positions.iter().position(|(m, _)| *m == market);
		match (existing, position.size == 0) {
			(Some(at), true) => {
				self.positions.remove(at);
			},
			(Some(at), false) => {
				if let Some(slot) = self.positions.get_mut(at) {
					slot.1 = position;
				}
			},
			(None, true) => {},
			(None, false) => self.positions.try_push((market, position)).map_err(|_| ())?,
		}
		Ok(())
	}
}

/// The vault: liquidity providers' pool, counterparty of every trade.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Vault {
	/// Stablecoin the vault holds, collateral atoms.
	pub cash: Balance,
	/// LP shares outstanding.
	pub shares: Balance,
}

/// The ledgers every trade touches, kept in one storage value.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct PooledLedgers {
	/// The vault's cash and shares.
	pub vault: Vault,
	/// Sum of every account's `unsettled_profit`: what the vault owes beyond open PnL.
	pub unsettled_profit: Balance,
	/// Fees and penalties kept for the insurance fund until it collects them.
	pub insurance_fees: Balance,
	/// Traders' open PnL over all markets at the marks each market was last valued at.
	pub open_pnl: TradersPnl,
	/// The liquidity providers' crisis premium, inside the vault's cash.
	pub premium: VaultPremium,
}

/// The vault's crisis premium: while the insurance fund counts a crisis episode, `rate` of the
/// vault's income (its part of every fee and liquidation penalty) is set aside in `pot`. The pot
/// stays in the vault's cash and backs traders like the rest of it, but a provider who leaves
/// while the episode runs is paid on the vault's equity *without* it: their part stays with
/// those who hold still. A provider who enters pays for shares on the equity *with* it, so
/// arriving takes nothing from those already there. When the episode ends, the pot is ordinary
/// equity again, shared by every share then outstanding.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct VaultPremium {
	/// The fund's episode this pot is for; `None` outside a crisis.
	pub episode: Option<u32>,
	/// The share of the vault's income set aside, zero outside a crisis.
	pub rate: Perbill,
	/// Set aside so far in this episode, collateral atoms.
	pub pot: Balance,
}

/// Vault-wide parameters, set by the risk origin.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
	serde::Serialize, serde::Deserialize,
)]
pub struct VaultParams {
	/// After a liquidity withdrawal the vault's cash must still cover traders' open profit
	/// (and profit owed) this many times over: from 1 (cash covers every claim) to 10.
	pub min_backing: Ratio,
	/// Part of each liquidation penalty set aside for the insurance fund; the rest goes to
	/// the vault.
	pub penalty_to_insurance: Perbill,
}

impl VaultParams {
	/// A backing from 1 to 10 times the claims, and a penalty split of at most 100 %.
	pub fn is_valid(&self) -> bool {
		let backing = Ratio::one()..=Ratio::saturating_from_integer(10u32);
		backing.contains(&self.min_backing) && self.penalty_to_insurance <= Perbill::one()
	}
}

impl Default for VaultParams {
	fn default() -> Self {
		Self { min_backing: Ratio::from_rational(3, 2), penalty_to_insurance: Perbill::from_percent(50) }
	}
}

/// The vault as clients see it.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct VaultSummary {
	pub cash: Balance,
	pub shares: Balance,
	/// Cash minus traders' open PnL and unpaid profit.
	pub equity: ballast_primitives::SignedBalance,
	/// Traders' open profit the cash backs.
	pub open_profit: Balance,
	pub unsettled_profit: Balance,
	pub insurance_fees: Balance,
	/// The crisis episode the vault's premium is set aside for, if one runs.
	pub crisis_episode: Option<u32>,
	/// The premium set aside in it: what providers leaving now forfeit, in proportion to
	/// their shares, to those who stay.
	pub crisis_pot: Balance,
}

/// The stablecoin the margin engine owes, ledger by ledger, against what its account holds.
/// Conservation needs `held >= owed()`: more is a donation, less a missing unit.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct MarginLedgers {
	/// Traders' collateral, summed over every account.
	pub collateral: Balance,
	/// The vault's cash.
	pub vault_cash: Balance,
	/// Fees and penalties owed to the insurance fund, not yet collected.
	pub insurance_fees: Balance,
	/// Bad debt not yet handed down the loss waterfall (accounts' shortfalls): it exists only
	/// between the transaction that made it and the next block's hooks.
	pub shortfall: Balance,
	/// The stablecoin the engine's account holds.
	pub held: Balance,
}

impl MarginLedgers {
	/// What the engine owes out of `held`.
	pub fn owed(&self) -> Balance {
		self.collateral.saturating_add(self.vault_cash).saturating_add(self.insurance_fees)
	}
}

/// An account's margin state at current marks, for clients.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct AccountSummary {
	pub collateral: Balance,
	pub unsettled_profit: Balance,
	pub shortfall: Balance,
	/// Collateral + unsettled profit + unrealised PnL − funding owed − shortfall.
	pub equity: ballast_primitives::SignedBalance,
	pub initial_requirement: Balance,
	pub maintenance_requirement: Balance,
	/// Equity over maintenance requirement; `None` without positions.
	pub health: Option<Ratio>,
	/// What could be withdrawn now.
	pub withdrawable: Balance,
	pub positions: alloc::vec::Vec<PositionSummary>,
}

/// One position at current marks, for clients.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PositionSummary {
	pub market: ballast_primitives::MarketId,
	pub size: Quantity,
	pub entry_price: ballast_primitives::Price,
	pub mark_price: ballast_primitives::Price,
	pub unrealised_pnl: ballast_primitives::SignedBalance,
	pub funding_owed: ballast_primitives::SignedBalance,
	/// The mark at which the account would reach maintenance, others held; `None` if none.
	pub liquidation_price: Option<ballast_primitives::Price>,
}
