//! # Ballast insurance fund
//!
//! Owns the stablecoin that stands behind the venue when a trader's loss exceeds their
//! collateral, and the loss waterfall that decides who pays, so that the venue never owes
//! money it does not have (dYdX YFI 2023; Hyperliquid JELLY 2025; the 2025-10-10 cascade).
//!
//! ## Stakers
//! Anyone may stake the collateral stablecoin for shares priced at the fund's balance per
//! share. Leaving is a request and, after a configurable cooldown, a claim within a claim
//! window (then the request lapses and must be asked again); a pending withdrawal keeps its
//! shares in the fund until claimed, so it bears every loss of its cooldown: nobody escapes a
//! crisis they saw coming, nor keeps a calm day's request as a standing ticket out. Income that
//! arrives while nobody stakes is kept as shares owned by the protocol (the pallet's account),
//! never given to the next staker.
//!
//! The fund's balance is its own ledger ([`Held`]), not its account's balance: a plain
//! transfer to the account is a donation that prices no share, so a staker left with a
//! single share cannot inflate its price to make later stakes round to nothing. A withdrawal
//! leaves a staker either nothing or at least `MinStake` of value, for the same reason.
//!
//! ## Income
//! Each block the fund collects what the margin engine set aside for it: its share of trading
//! fees and of liquidation penalties ([`VaultLedger::collect_insurance_fees`]).
//!
//! ## The loss waterfall ([`BadDebt`])
//! The liquidation engine hands on each bankrupt account's shortfall. By the time it does, the
//! vault (every trade's counterparty) has already borne it: its cash is short of what its
//! ledgers say it is owed. In order, each step an event with its amount:
//! 1. the fund pays the shortfall into the vault's cash, as far as its balance goes;
//! 2. the vault's liquidity providers bear what is left up to `vault_loss_share` of the vault's
//!    equity;
//! 3. **auto-deleveraging** recovers the rest: the most profitable positions on the other side
//!    of the bankrupt one are reduced at the bankrupt position's *bankruptcy price* (the price
//!    at which it would have closed at zero equity), so each gives up exactly the profit it
//!    made against a loss nobody paid, never more than its unrealised profit, and only as much
//!    as closes the deficit. A deficit that the other side cannot close at once is carried:
//!    later blocks go on deleveraging it and pay it from the fund's new income first.
//!
//! **Ranking.** Bybit and Hyperliquid rank by `PnL% × effective leverage`, with
//! `PnL% = unrealised PnL / position cost` and `effective leverage = notional / account
//! equity`; Ballast scores the same way. The queue per market and side is kept in order of
//! entry price (lowest entry first for longs, highest first for shorts), which is exactly the
//! order of `PnL%` at any mark; deleveraging scores a window from its front at current marks
//! and reduces the highest scores first. Keeping it costs one entry per position, moved only
//! when a position's entry price changes ([`MarginObserver`]).
//!
//! **Pro rata, by choice.** Governance may set `adl_rule` to [`AdlRule::ProRata`]: each pass
//! then closes every position it reaches (the `MaxDeleveraged` highest scores of its window) by
//! the same fraction of its size, so many traders each give up a little instead of the top of the
//! ranking giving up everything (the rule proposed after 2025-10-10's deleveraging). The crisis
//! lab measures both on the same deficits.
//!
//! **Before the vault is overrun.** When traders' open profit exceeds `max_profit_to_cash` of
//! the vault's cash, the most profitable positions of the side with the most open profit are
//! reduced at the mark until it no longer does (GMX v2's maximum PnL-to-pool factor).
//!
//! ## The crisis premium
//! While a market's circuit breaker is tripped or the fund is in drawdown, a configurable share
//! of its income is set aside and, when the crisis ends, shared over the shares that stood
//! through it: staked when it began and not asked out before it ended ([`premium`]). Liquidity
//! providers are paid for holding still in a crisis, not for arriving after it. The episode is
//! the venue's ([`ballast_primitives::FundHealth::crisis`]): the margin engine's vault holds the same share of its
//! own income for the providers who stand through it.
//!
//! ## Drawdown ([`FundHealth`])
//! The fall of the share price from its highest within `drawdown_window` blocks, sampled in
//! eight steps: stakers coming and going move the balance, losses move the price, and a
//! circuit breaker should trip on losses.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod adl;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
pub mod migrations;
#[cfg(test)]
mod mock;
mod premium;
mod staking;
#[cfg(test)]
mod tests;
mod tick;
mod types;
mod views;
mod waterfall;
pub mod weights;

pub use pallet::*;
pub use types::{AdlRanking, AdlRule, Deficit, Episode, FundParams, FundState, PendingWithdrawal, PremiumRecord, Side, StakerState};
pub use weights::WeightInfo;

use ballast_primitives::{Balance, MarginAccounts, MarketId, Price, PriceFeed, Quantity, Ratio, VaultLedger};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;

/// What the benchmarks need from the runtime: margin accounts with positions, and marks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Gives `who` `collateral` of margin and opens `positions` (market, signed size) at
	/// current marks.
	fn open(who: &AccountId, collateral: Balance, positions: &[(MarketId, Quantity)]);
	/// Sets `market`'s mark, and the margin engine revalues.
	fn set_mark(market: MarketId, mark: Price);
	/// Gives `who` `amount` of the collateral stablecoin.
	fn endow(who: &AccountId, amount: Balance);
	/// Every market an account can hold a position in: the worst case of valuing one.
	fn markets() -> alloc::vec::Vec<MarketId>;
}

/// How many balance samples the drawdown window keeps.
pub const DRAWDOWN_SAMPLES: u32 = 8;

/// The [`Deficits`] key of a loss no close prices (funding or fees alone): no listed market has
/// it, so no side is deleveraged for it and the fund's income pays it.
pub const UNPRICED: ballast_primitives::MarketId = ballast_primitives::MarketId::MAX;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::fungible, PalletId};
	use frame_system::pallet_prelude::*;

	/// The layout of this pallet's storage. A change to it bumps this and comes with a migration
	/// listed in the runtime (`runtime/src/migrations.rs`); `runtime/src/tests/migrations.rs`
	/// fails on a layout change without both.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The collateral stablecoin.
		type Collateral: fungible::Mutate<Self::AccountId, Balance = Balance>;
		/// Margin accounts: positions, health, forced reductions (for deleveraging).
		type Margin: MarginAccounts<Self::AccountId>;
		/// The margin engine's vault and the fees it keeps for the fund.
		type Vault: VaultLedger<Self::AccountId>;
		/// Mark prices.
		type PriceFeed: PriceFeed<BlockNumberFor<Self>>;
		/// Each market's breaker state: a tripped market is a crisis for the premium.
		type MarketGuard: ballast_primitives::MarketGuard;
		/// Rate-limits withdrawals from the fund (the circuit breaker).
		type WithdrawalGuard: ballast_primitives::WithdrawalGuard;
		/// Hears of each bad debt as it arrives and of the drawdown the block's waterfall left (the
		/// circuit breakers).
		type LossObserver: ballast_primitives::LossObserver;
		/// The book's stressed shortfall, the fund's target (the liquidation engine's census).
		type Book: ballast_primitives::BookStress;
		/// Changes the parameters.
		type RiskOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The fund's account.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Smallest first stake.
		#[pallet::constant]
		type MinStake: Get<Balance>;
		/// Most positions one deleveraging step reduces: bounds the loss waterfall's weight.
		#[pallet::constant]
		type MaxDeleveraged: Get<u32>;
		/// How many positions from the front of a side's queue deleveraging scores.
		#[pallet::constant]
		type RankingWindow: Get<u32>;
		type WeightInfo: WeightInfo;
		/// Builds margin accounts and sets marks for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Each staker's shares, pending withdrawals included. Accounts are user-chosen, so
	/// `Blake2_128Concat`.
	#[pallet::storage]
	pub type Shares<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Balance, ValueQuery>;

	/// Shares outstanding.
	#[pallet::storage]
	pub type TotalShares<T: Config> = StorageValue<_, Balance, ValueQuery>;

	/// How many times the fund was wiped out and restaked: a wipeout extinguishes every share
	/// then outstanding (they are worth nothing), so the first stake after it buys shares one
	/// for one again rather than a multiple of the old total (which overflowed after a few
	/// wipeouts).
	#[pallet::storage]
	pub type ShareEra<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The era in which each staker's [`Shares`] (and pending withdrawal) were last written:
	/// from an earlier era they are extinguished, read as none and cleared at the next stake.
	#[pallet::storage]
	pub type HolderEra<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Requests to leave, at most one per staker.
	#[pallet::storage]
	pub type Withdrawals<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, PendingWithdrawal<BlockNumberFor<T>>>;

	/// Shares in pending withdrawals.
	#[pallet::storage]
	pub type PendingShares<T: Config> = StorageValue<_, Balance, ValueQuery>;

	/// Stablecoin the fund counts as its own, the reserved premium included: what stakes,
	/// income and refills of the vault moved, never a plain transfer to its account.
	#[pallet::storage]
	pub type Held<T: Config> = StorageValue<_, Balance, ValueQuery>;

	/// The parameters.
	#[pallet::storage]
	pub type Params<T: Config> = StorageValue<_, FundParams, ValueQuery>;

	/// The deleveraging queue: per market and side, positions by rank (big-endian under
	/// `Identity`, so iteration is most profitable first), then account.
	#[pallet::storage]
	pub type AdlQueue<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, (MarketId, Side)>,
			NMapKey<Identity, [u8; 16]>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		(),
	>;

	/// Losses deleveraging has not recovered yet, per market and the side to reduce: at most
	/// two per listed market.
	#[pallet::storage]
	pub type Deficits<T: Config> = StorageMap<_, Twox64Concat, (MarketId, Side), Deficit>;

	/// The share price at the start of each eighth of the drawdown window, oldest first.
	#[pallet::storage]
	pub type PriceSamples<T: Config> =
		StorageValue<_, BoundedVec<(BlockNumberFor<T>, Ratio), ConstU32<DRAWDOWN_SAMPLES>>, ValueQuery>;

	/// The crisis in progress, if any.
	#[pallet::storage]
	pub type CurrentEpisode<T: Config> = StorageValue<_, Episode>;

	/// Crises so far.
	#[pallet::storage]
	pub type EpisodeCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Each ended crisis's premium per share that stood through it. One entry per crisis.
	#[pallet::storage]
	pub type EpisodePremium<T: Config> = StorageMap<_, Twox64Concat, u32, Ratio>;

	/// The sum of every ended crisis's premium per share.
	#[pallet::storage]
	pub type PremiumIndex<T: Config> = StorageValue<_, Ratio, ValueQuery>;

	/// The premium index at which each extinguished era ended: a wipeout takes the shares,
	/// never the premium reserved for them, so an old era's holders are owed what accrued up
	/// to here on their old shares. One entry per wipeout.
	#[pallet::storage]
	pub type EraPremiumIndex<T: Config> = StorageMap<_, Twox64Concat, u32, Ratio>;

	/// Each staker's settled premium.
	#[pallet::storage]
	pub type Premiums<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, PremiumRecord, ValueQuery>;

	/// Premium set aside and not yet claimed: held by the fund's account, not part of its
	/// share price or of what it pays losses with.
	#[pallet::storage]
	pub type PremiumReserved<T: Config> = StorageValue<_, Balance, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub params: FundParams,
		/// Stakes at genesis from these accounts' stablecoin.
		pub stakes: alloc::vec::Vec<(T::AccountId, Balance)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(Pallet::<T>::valid_params(&self.params), "genesis fund parameters are valid");
			Params::<T>::put(self.params);
			for (staker, amount) in &self.stakes {
				Pallet::<T>::do_stake(staker.clone(), *amount).expect("genesis stakers hold their stake");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Stablecoin staked for shares.
		Staked { who: T::AccountId, amount: Balance, shares: Balance },
		/// A staker asked to leave; the shares bear losses until claimed.
		WithdrawalRequested { who: T::AccountId, shares: Balance, unlocks_at: BlockNumberFor<T> },
		/// A pending withdrawal was taken back.
		WithdrawalCancelled { who: T::AccountId, shares: Balance },
		/// A staker left with what the shares were worth at the claim.
		Withdrawn { who: T::AccountId, shares: Balance, amount: Balance },
		/// Fees and penalties the margin engine kept for the fund arrived.
		IncomeCollected { amount: Balance },
		/// Step 1 of the waterfall: the fund paid a shortfall into the vault.
		FundCovered { who: T::AccountId, market: MarketId, amount: Balance },
		/// Step 2: the vault's liquidity providers bore part of a shortfall.
		VaultAbsorbed { who: T::AccountId, market: MarketId, amount: Balance },
		/// Step 3: a position was deleveraged. `recovered` is what it gave up (at the bankruptcy
		/// price) or the profit it settled (at the mark).
		Deleveraged { who: T::AccountId, market: MarketId, closed: Quantity, price: Price, recovered: Balance },
		/// Part of a loss is still to be recovered by later blocks.
		DeficitCarried { market: MarketId, side: Side, remaining: Balance },
		/// A carried deficit shrank: by the fund's income or by deleveraging.
		DeficitReduced { market: MarketId, side: Side, by_fund: Balance, by_deleveraging: Balance, remaining: Balance },
		/// Traders' open profit passed its bound of the vault's cash: positions are reduced at
		/// the mark.
		ProfitCapReached { market: MarketId, side: Side, open_profit: Balance, cash: Balance },
		/// A crisis began (a market's breaker tripped or the fund's drawdown passed its
		/// threshold) with income to share: `eligible` shares stand in it.
		CrisisStarted { episode: u32, eligible: Balance },
		/// A crisis ended: its premium is shared over the shares that stood through it.
		CrisisEnded { episode: u32, premium: Balance, per_share: Ratio },
		/// A staker took their crisis premium.
		PremiumClaimed { who: T::AccountId, amount: Balance },
		/// The parameters changed.
		ParamsSet { params: FundParams },
		/// The fund had been wiped out: every share outstanding was extinguished as a new stake
		/// came in, which starts share era `era`.
		SharesExtinguished { era: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A zero amount. Ask for something.
		Zero,
		/// A first stake below `MinStake`.
		BelowMinimumStake,
		/// More shares than the staker holds.
		InsufficientShares,
		/// A withdrawal is already pending: claim or cancel it first.
		WithdrawalPending,
		/// No withdrawal is pending.
		NoWithdrawal,
		/// The cooldown has not passed: claim from `unlocks_at`.
		CooldownActive,
		/// The request's claim window has passed: ask again (a new cooldown starts).
		WithdrawalLapsed,
		/// The withdrawal would leave less than `MinStake` of value staked: withdraw it all or
		/// less.
		BelowMinimumRemaining,
		/// An amount outside the types' range.
		Overflow,
		/// A profit cap of zero, a zero drawdown window, cooldown or claim window.
		InvalidParams,
		/// No crisis premium to claim.
		NoPremium,
		/// Withdrawals are paused for a while after bad debt appeared: try again later.
		WithdrawalsPaused,
		/// The fund's withdrawals in this window reached the circuit breaker's limit: try later.
		WithdrawalLimited,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Collects the fund's income, works down a carried deficit, deleverages when traders'
		/// open profit overruns the vault, samples the share price.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::tick(now)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MinStake::get() > 0, "a zero minimum stake lets dust stakers in");
			assert!(T::MaxDeleveraged::get() > 0, "deleveraging must be able to reduce a position");
			assert!(T::RankingWindow::get() >= T::MaxDeleveraged::get(), "the ranking window holds every position reduced");
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Stake `amount` of the sender's stablecoin for shares at the fund's balance per share.
		///
		/// The dispatch origin must be signed. A first stake must be at least `MinStake`.
		#[pallet::call_index(0)]
		pub fn stake(origin: OriginFor<T>, #[pallet::compact] amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_stake(who, amount)
		}

		/// Ask to redeem `shares`. They stay in the fund, bearing its losses, until claimed
		/// with [`Pallet::withdraw`] after the cooldown, within the claim window. What stays
		/// staked must be nothing or worth at least `MinStake`.
		///
		/// The dispatch origin must be signed; one request at a time (a lapsed one is
		/// replaced).
		#[pallet::call_index(1)]
		pub fn request_withdrawal(origin: OriginFor<T>, #[pallet::compact] shares: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_withdrawal(who, shares)
		}

		/// Take back a pending withdrawal request.
		///
		/// The dispatch origin must be signed.
		#[pallet::call_index(2)]
		pub fn cancel_withdrawal(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_withdrawal(who)
		}

		/// Claim a pending withdrawal whose cooldown has passed: the shares are redeemed at the
		/// fund's balance per share now, losses of the cooldown included.
		///
		/// The dispatch origin must be signed.
		#[pallet::call_index(3)]
		pub fn withdraw(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who)
		}

		/// Take the crisis premium earned by standing through crises. Like a withdrawal it
		/// leaves the fund, so the circuit breaker's withdrawal limit and pause apply to it.
		///
		/// The dispatch origin must be signed.
		#[pallet::call_index(5)]
		pub fn claim_premium(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_premium(who)
		}

		/// Set the fund's parameters.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(4)]
		pub fn set_params(origin: OriginFor<T>, params: FundParams) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			ensure!(Self::valid_params(&params), Error::<T>::InvalidParams);
			Params::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}
}
