//! # Ballast margin pallet
//!
//! The venue itself: traders' collateral, the perpetual markets, positions against a vault of
//! liquidity providers, and funding. Offers account health and forced reductions to the
//! liquidation engine and the insurance fund through [`ballast_primitives::MarginAccounts`].
//!
//! ## Ledgers, and why nothing can leak
//! All stablecoin sits in the pallet's account. Every unit of it belongs to exactly one
//! ledger: an account's `collateral`, the vault's `cash`, or the fees kept for the insurance
//! fund ([`Pool`]); `try_state` checks the sum to the unit. Amounts that are owed but not held are kept
//! apart and never counted as cash: profit the vault could not pay yet (`unsettled_profit`,
//! paid as its cash allows, never withdrawable: Mango 2022 borrowed against pumped unrealised
//! profit) and loss an account could not pay (`shortfall`, bad debt for the liquidation
//! engine to hand to the insurance fund). Each rounding favours the protocol.
//!
//!
//! ## Where each job is
//! - `lib.rs`: configuration, storage, events, errors, the block hook and the calls;
//! - `collateral.rs`, `trading.rs`, `vault.rs`: what the calls do (deposits and withdrawals; a
//!   trade, its price and its checks; liquidity provided and redeemed, the vault's equity);
//! - `ledger.rs`: money moving between ledgers, funding settled, an account stored and observed;
//! - `markets.rs`: listing, funding accrual, each market's totals revalued every block;
//! - `valuation.rs`: an account valued for its risk (each position at the worse of its mark and index) or against its holder;
//! - `scaling.rs`: the dynamic margins; `math.rs`: the formulas;
//! - `trait_impls.rs`: [`ballast_primitives::MarginAccounts`] for the liquidation engine and the fund;
//! - `views.rs`: read models for runtime APIs; `invariants.rs`: `try_state`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod collateral;
mod invariants;
mod ledger;
mod markets;
pub mod math;
pub mod migrations;
pub mod scaling;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
mod trading;
mod trait_impls;
pub mod types;
mod valuation;
mod vault;
mod views;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use ballast_primitives::{Balance, MarketId, Price, Quantity, Ratio};

/// What the benchmarks need from the runtime: a live mark price for a market.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	fn set_mark(market: MarketId, mark: Price);

	/// Whitelists the other pallets' storage that every block's hooks read (and write) for
	/// `market` before any transaction runs (the oracle's feed, the circuit breaker's state):
	/// a transaction finds it in the block's overlay, as it finds `System::Number`.
	fn whitelist_hook_storage(_market: MarketId) {}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use ballast_primitives::{FundHealth, LeverageLimit, MarketGuard, PriceFeed, TraderActivity, VenueStress, WithdrawalGuard};
	use frame_support::{pallet_prelude::*, traits::fungible, PalletId};
	use frame_system::pallet_prelude::*;

	/// The layout of this pallet's storage. A change to it bumps this and comes with a migration
	/// listed in the runtime (`runtime/src/migrations.rs`); `runtime/src/tests/migrations.rs`
	/// fails on a layout change without both.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The collateral stablecoin (bUSD): a single fungible asset.
		type Collateral: fungible::Mutate<Self::AccountId, Balance = Balance>;
		/// Index and mark prices (the oracle).
		type PriceFeed: PriceFeed<BlockNumberFor<Self>>;
		/// Whether a market accepts a trade now (the circuit breaker).
		type MarketGuard: MarketGuard;
		/// Each account's leverage cap (reputation tiers).
		type LeverageLimit: LeverageLimit<Self::AccountId>;
		/// Lists and re-parameterises markets and the vault.
		type RiskOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Told of every account change and margin tightening (the liquidation engine).
		type Observer: ballast_primitives::MarginObserver<Self::AccountId>;
		/// Told of every trade (reputation).
		type Activity: TraderActivity<Self::AccountId>;
		/// Rate-limits collateral and vault withdrawals (the circuit breaker).
		type WithdrawalGuard: WithdrawalGuard;
		/// The venue's stress and each market's excess volatility, for the dynamic margins (the
		/// circuit breaker).
		type Stress: VenueStress;
		/// The insurance fund's balance, for the dynamic margins' cover term.
		type Fund: FundHealth;
		/// The account holding every ledger's stablecoin.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Most markets; bounds every iteration over them.
		#[pallet::constant]
		type MaxMarkets: Get<u32>;
		/// Smallest first deposit of an account or of a liquidity provider, and the least equity
		/// an account keeps while it holds positions (checked on new risk and withdrawals): many
		/// tiny accounts near the line must be expensive for an attacker.
		#[pallet::constant]
		type MinDeposit: Get<Balance>;
		type WeightInfo: WeightInfo;
		/// Sets mark prices for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// Each listed market's parameters and totals. Market ids are governance's, so
	/// `Twox64Concat`.
	#[pallet::storage]
	pub type Markets<T: Config> = CountedStorageMap<_, Twox64Concat, MarketId, Market<BlockNumberFor<T>>>;

	/// Traders' ledgers.
	#[pallet::storage]
	pub type Accounts<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, MarginAccount>;

	/// The pooled ledgers: the vault, the profit it owes, the insurance fund's share of fees,
	/// the traders' open PnL. One key, so a trade's several changes to it (fee, realised PnL,
	/// revaluation) reach the database as one write.
	#[pallet::storage]
	pub type Pool<T: Config> = StorageValue<_, PooledLedgers, ValueQuery>;

	/// Where an account's shortfall came from: each market whose closes left loss unpaid, with
	/// the size closed and the loss. Written only by a close that leaves loss unpaid (rare), taken
	/// with the shortfall, so the loss waterfall deleverages each market's counterparties for the
	/// loss made against them, also when the trader closed under water by themselves.
	#[pallet::storage]
	pub type ShortfallSources<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<ballast_primitives::LossSource, ConstU32<{ crate::types::MAX_POSITIONS }>>,
		ValueQuery,
	>;

	/// Each liquidity provider's vault shares.
	#[pallet::storage]
	pub type LpShares<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Balance, ValueQuery>;

	/// Vault-wide parameters.
	#[pallet::storage]
	pub type VaultConfig<T: Config> = StorageValue<_, VaultParams, ValueQuery>;

	/// How the dynamic margins respond to stress.
	#[pallet::storage]
	pub type Scaling<T: Config> = StorageValue<_, ScalingParams, ValueQuery>;

	/// A floor under every market's margin multipliers, set by the risk origin ahead of a known
	/// event (a vote, a listing, a macro release): the dynamic margins never step below it, and
	/// a floor above a market's multiplier raises it as any rise of its target does, the
	/// maintenance one gradually (the dynamic margins' ramp).
	#[pallet::storage]
	pub type MultiplierFloor<T: Config> = StorageValue<_, Ratio, OptionQuery>;

	/// The share of the vault's part of each fee that goes to the insurance fund while it falls
	/// short of its target: `undercover_fee_share` × the shortfall (0 covered, 100 % empty), as
	/// the block's rescale found it. Read by the hook every block, so kept warm.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type UndercoverFeeBoost<T: Config> = StorageValue<_, sp_arithmetic::Perbill, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Markets listed at genesis.
		pub markets: alloc::vec::Vec<(MarketId, MarketParams)>,
		/// Vault parameters.
		pub vault: VaultParams,
		/// Liquidity provided at genesis from these accounts' stablecoin, so a new chain's
		/// markets can trade at once.
		pub liquidity: alloc::vec::Vec<(T::AccountId, Balance)>,
		/// The dynamic margins' coefficients.
		pub scaling: ScalingParams,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Pallet::<T>::build_genesis(self);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Collateral deposited into a margin account.
		Deposited { who: T::AccountId, amount: Balance },
		/// Collateral withdrawn from a margin account.
		Withdrawn { who: T::AccountId, amount: Balance },
		/// A trade executed against the vault.
		Traded {
			who: T::AccountId,
			market: MarketId,
			/// Signed size traded, base atoms.
			delta: Quantity,
			/// Execution price, impact included.
			price: Price,
			/// The position afterwards.
			size: Quantity,
			fee: Balance,
			/// PnL realised by the part that reduced the position.
			realised_pnl: ballast_primitives::SignedBalance,
		},
		/// Funding settled on a position: positive paid by the account, negative received.
		FundingSettled { who: T::AccountId, market: MarketId, amount: ballast_primitives::SignedBalance },
		/// Profit the vault owed was paid into the account's collateral.
		ProfitSettled { who: T::AccountId, amount: Balance },
		/// The protocol reduced a position (liquidation or deleveraging).
		PositionReduced { who: T::AccountId, market: MarketId, closed: Quantity, price: Price, penalty: Balance },
		/// An account's unpayable loss was taken off it as bad debt.
		ShortfallTaken { who: T::AccountId, amount: Balance },
		/// The insurance fund paid into the vault's cash to make good a loss it bore.
		VaultRefilled { from: T::AccountId, amount: Balance },
		/// The fees and penalties kept for the insurance fund went to it.
		InsuranceFeesCollected { to: T::AccountId, amount: Balance },
		/// A liquidity provider deposited into the vault.
		LiquidityProvided { who: T::AccountId, amount: Balance, shares: Balance },
		/// A liquidity provider redeemed vault shares; during a crisis episode `forfeited` of the
		/// vault's crisis premium stayed with the providers who hold still.
		LiquidityWithdrawn { who: T::AccountId, amount: Balance, shares: Balance, forfeited: Balance },
		/// The crisis `episode` ended: the `pot` the vault held for it is ordinary equity again,
		/// shared by every vault share outstanding.
		VaultPremiumShared { episode: u32, pot: Balance },
		/// A market was listed or re-parameterised.
		MarketConfigured { market: MarketId },
		/// The vault's parameters changed.
		VaultConfigured,
		/// A market's margin multipliers crossed a quarter band (up or down).
		MarginScaleChanged {
			market: MarketId,
			initial: ballast_primitives::Ratio,
			maintenance: ballast_primitives::Ratio,
		},
		/// The dynamic margins' coefficients changed.
		ScalingConfigured,
		/// A raise of `market`'s maintenance fractions is wholly in force: its phase-in ended.
		MaintenanceRaiseInForce { market: MarketId },
		/// The floor under every market's margin multipliers changed (`None`: removed).
		MultiplierFloorSet { floor: Option<Ratio> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A zero amount or size. Ask for something.
		Zero,
		/// Below the minimum first deposit (`MinDeposit`).
		BelowMinimumDeposit,
		/// More than the account's collateral, or a fee the collateral cannot pay.
		InsufficientCollateral,
		/// The withdrawal would leave the account below its initial requirement, or an account
		/// with positions below `MinDeposit` of equity.
		WouldBreachMargin,
		/// The market is not listed.
		UnknownMarket,
		/// The order is smaller than the market's minimum and does not close the position.
		OrderTooSmall,
		/// The oracle has no live mark price for a market the call depends on: trading in it,
		/// withdrawing from an account with a position in it and moving vault liquidity while it
		/// has open interest wait for a live price.
		PriceUnavailable,
		/// The execution price is worse than the order's limit.
		PriceLimitExceeded,
		/// The order's price impact exceeds the market's maximum: trade less at once.
		ImpactTooLarge,
		/// The trade would leave the account below its initial margin requirement, or with less
		/// than `MinDeposit` of equity.
		InsufficientMargin,
		/// The account's total notional would exceed its reputation tier's leverage over its
		/// equity (after a trade adding risk, or a withdrawal): trade or withdraw less.
		LeverageTooHigh,
		/// The side's open interest would exceed the market's cap.
		OpenInterestCap,
		/// The vault's net exposure would exceed its capacity.
		VaultCapacity,
		/// The account already holds the most positions an account may (`MAX_POSITIONS`).
		TooManyPositions,
		/// The market is reduce-only: only trades that shrink a position are accepted.
		MarketReduceOnly,
		/// The market is halted.
		MarketHalted,
		/// The account has no position in this market.
		NoPosition,
		/// An amount outside the types' range.
		Overflow,
		/// A multiplier floor below one or above the dynamic margins' `max_multiplier`.
		FloorOutOfRange,
		/// Inconsistent parameters: maintenance not below initial margin, a fraction above
		/// 100 %, tiers not ascending, caps or minimums zero, a vault backing outside 1..=10.
		InvalidParameters,
		/// Listing another market would exceed `MaxMarkets`.
		TooManyMarkets,
		/// More shares than the provider holds.
		InsufficientShares,
		/// The vault's equity is not positive (for a provider leaving during a crisis, its
		/// equity less the crisis premium they would forfeit): no shares can be priced.
		VaultInsolvent,
		/// The withdrawal would leave the vault's cash short of backing traders' open profit.
		VaultBackingTight,
		/// The vault has no cash to pay it.
		VaultEmpty,
		/// Withdrawals are paused for a while after bad debt appeared: try again later.
		WithdrawalsPaused,
		/// The pool's withdrawals in this window reached the circuit breaker's limit: withdraw
		/// less, or later.
		WithdrawalLimited,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Accrues every market's funding and values its open interest at this block's marks
		/// (the oracle aggregates first), so trades and the vault read the traders' PnL in one
		/// place; then steps the dynamic margins.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			Self::start_block()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MaxMarkets::get() > 0, "the margin pallet needs markets");
			assert!(T::MaxMarkets::get() <= MAX_POSITIONS, "an account must be able to hold a position in every market");
			assert!(T::MinDeposit::get() > 0, "a zero minimum deposit lets dust accounts in");
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Move `amount` of the sender's stablecoin into their margin account.
		///
		/// The dispatch origin must be signed. A new account's first deposit must be at least
		/// `MinDeposit`.
		#[pallet::call_index(0)]
		pub fn deposit(origin: OriginFor<T>, #[pallet::compact] amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deposit(who, amount)
		}

		/// Withdraw `amount` of collateral. Funding and owed profit are settled first; the
		/// account must still meet its initial requirement afterwards, counting losses but not
		/// unrealised or unsettled profit.
		///
		/// The dispatch origin must be signed.
		#[pallet::call_index(1)]
		pub fn withdraw(origin: OriginFor<T>, #[pallet::compact] amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who, amount)
		}

		/// Trade `delta` base atoms of `market` (positive buys, negative sells) at the mark
		/// price plus impact, no worse than `limit_price`: opens, grows, shrinks, closes or
		/// flips the sender's position. Charged for an account holding a position in every
		/// market; refunded down to the positions it valued.
		///
		/// The dispatch origin must be signed.
		#[pallet::call_index(2)]
		#[pallet::weight(Pallet::<T>::most_a_trade_weighs())]
		pub fn trade(
			origin: OriginFor<T>,
			market: MarketId,
			delta: Quantity,
			limit_price: Price,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (held, valued) = Self::do_trade(who, market, delta, limit_price)?;
			Ok(Some(Self::trade_weight(held, valued)).into())
		}

		/// Close the sender's whole position in `market`, no worse than `limit_price`.
		///
		/// The dispatch origin must be signed.
		#[pallet::call_index(3)]
		#[pallet::weight(Pallet::<T>::most_a_trade_weighs())]
		pub fn close(origin: OriginFor<T>, market: MarketId, limit_price: Price) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let size = Accounts::<T>::get(&who).and_then(|a| a.position(market)).ok_or(Error::<T>::NoPosition)?.size;
			let (held, valued) = Self::do_trade(who, market, size.checked_neg().ok_or(Error::<T>::Overflow)?, limit_price)?;
			Ok(Some(Self::trade_weight(held, valued)).into())
		}

		/// Deposit `amount` into the vault for shares at its current equity per share.
		///
		/// The dispatch origin must be signed.
		#[pallet::call_index(4)]
		pub fn provide_liquidity(origin: OriginFor<T>, #[pallet::compact] amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_provide_liquidity(who, amount)
		}

		/// Redeem `shares` of the vault for their part of its equity, if its cash still backs
		/// traders' open profit afterwards.
		///
		/// The dispatch origin must be signed.
		#[pallet::call_index(5)]
		pub fn withdraw_liquidity(origin: OriginFor<T>, #[pallet::compact] shares: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_liquidity(who, shares)
		}

		/// List `market` or change its parameters. Existing positions keep their entry; the
		/// new margins apply from the next health check, except that raised maintenance
		/// fractions phase in over the dynamic margins' ramp (`MarginScale::phase_in`), each
		/// step advancing the liquidation index's watermark: the accounts a raise reaches are
		/// liquidated partially a step at a time, none in the block it is enacted.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(6)]
		pub fn set_market(origin: OriginFor<T>, market: MarketId, params: MarketParams) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			Self::do_set_market(market, params)
		}

		/// Change the vault's parameters.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(7)]
		pub fn set_vault(origin: OriginFor<T>, params: VaultParams) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			ensure!(params.is_valid(), Error::<T>::InvalidParameters);
			VaultConfig::<T>::put(params);
			Self::deposit_event(Event::VaultConfigured);
			Ok(())
		}

		/// Change how the dynamic margins respond to stress. Multipliers move towards their new
		/// targets from the next block, maintenance gradually.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(8)]
		pub fn set_scaling(origin: OriginFor<T>, params: ScalingParams) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			ensure!(params.is_valid(), Error::<T>::InvalidParameters);
			Scaling::<T>::put(params);
			Self::deposit_event(Event::ScalingConfigured);
			Ok(())
		}

		/// Put a floor of `floor` under every market's margin multipliers, or remove it with
		/// `None`. Initial multipliers rise to it from the next block; maintenance ones at the
		/// dynamic margins' ramp, so a floor set by a referendum liquidates nobody in the
		/// block it is enacted and the accounts it reaches a step at a time after. A
		/// later `set_scaling` with a lower `max_multiplier` does not cut the floor.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(9)]
		pub fn set_multiplier_floor(origin: OriginFor<T>, floor: Option<Ratio>) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			if let Some(floor) = floor {
				let in_range = floor >= Ratio::from_u32(1) && floor <= Scaling::<T>::get().max_multiplier;
				ensure!(in_range, Error::<T>::FloorOutOfRange);
			}
			MultiplierFloor::<T>::set(floor);
			Self::deposit_event(Event::MultiplierFloorSet { floor });
			Ok(())
		}
	}
}
