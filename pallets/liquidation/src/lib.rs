//! # Ballast liquidation pallet
//!
//! Liquidates, every block in `on_initialize`, the accounts whose equity fell below their
//! maintenance requirement: partially, only as much as restores a target health and leaves what
//! remains able to survive the next block's likely move, and no more than the insurance fund
//! could absorb of a crash (an account large against the fund keeps only what the extreme rung
//! of the fund's shock set would leave within `concentration_share` of the fund's balance, or
//! `concentration_floor`: one whale's remainder was the crisis lab's largest loss), largest
//! position first, at the price
//! the account is valued at (the worse of mark and index for its holder: the smoothed mark
//! trails the index in a crash, and a close at the mark would hand the gap to the vault) with a
//! penalty; an account left with nothing to close and
//! negative equity hands its shortfall to [`BadDebt`], with the markets whose closes left it.
//! Never at a frozen price: a position whose feed is stale or diverging waits, and its account
//! is examined again every block until the feed is live. Inside consensus, no keeper to fail in a
//! crisis (MakerDAO 2020).
//!
//! ## How much a partial liquidation leaves
//! The most of three (`liquidate.rs`): the target health (1.25× maintenance);
//! what survives `gap_cover` standard deviations of the next block's move; and, for an account
//! large against the insurance fund, what the fund could absorb of a crash (every held market
//! moved by the census's extreme rung, the account's loss beyond its equity within
//! `concentration_share` of the fund or `concentration_floor`). The third is per account: a
//! whale split over many accounts gets the room once for each. What sees the split is the
//! census, which adds every account's crash loss into the fund's target, and the margins that
//! rise while the fund is below it.
//!
//! ## Work in proportion to the accounts at risk
//! The risk watermark of DESIGN.md ([`risk`]): a monotone level that each block rises by the
//! largest step of any market's mark or index (plus a funding allowance), and an index of every account
//! with positions under `level + distance`, its distance being the smallest rise that could
//! take it below maintenance. A block pops only the entries at or below the level, most urgent
//! first; everything else is untouched. Two one-sided levels rise by the largest fall and the
//! largest rise alone: an account holding only longs (only shorts) is measured against the
//! first (the second), so a crash pops the longs it brings near the line and leaves alone the
//! shorts it enriches ([`risk::Class`]). Whatever else lowers an account's headroom (a trade, a
//! withdrawal, a fee) re-measures that account through [`MarginObserver::account_changed`],
//! from the valuation the margin engine hands over (the account is not valued twice);
//! whatever lowers everyone's (a margin tightening) raises the level through
//! [`MarginObserver::margins_tightened`].
//!
//! ## Bounded, and in an order spam cannot buy
//! The hook spends at most a share of the block set by governance for each of the venue's
//! crisis levels ([`BlockShares`]: a quarter when calm, three quarters in a crisis, read from
//! [`VenueStress`], which the circuit breakers computed earlier in the same block from its
//! prices); entries it did not reach stay in the index (nothing is dropped) and the next block
//! starts with them. The index is two queues: accounts with at least
//! [`Config::PriorityRequirement`] at stake, then the rest, each most urgent first; a block
//! examines the large queue's due entries before any small one (within a queue, the three
//! classes of account take turns to go first, a block each). So
//! thousands of dust accounts placed just ahead of a large account delay only each other, and
//! each holds at least the margin engine's minimum equity. Liquidations bypass the
//! circuit breakers: the margin pallet's `reduce_position` is the protocol's own path.
//!
//! ## Metered as the database sees it
//! The first liquidation in a block reads and writes what every liquidation shares — the
//! markets it touches, the vault, the engine's and the fund's records — and pays for it
//! (`liquidate(p)`). Later ones in markets already touched find those in the block's overlay,
//! which the database reads once and writes once at the end of the block, so they pay only
//! what is theirs (`liquidate_next(p) - liquidate(p)`: the second of two liquidations in one
//! block, benchmarked). An account holding a market no liquidation touched yet this block pays
//! the first one's price again. The engine's own values ([`Watermark`], [`LastPrices`],
//! [`Params`], [`FundingCap`]) are read by its hook at the start of every block, so the
//! benchmarks count them as the node sees them: already in the block's overlay (whitelisted).
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod census;
mod hook;
mod index;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
mod liquidate;
pub mod migrations;
#[cfg(test)]
mod mock;
mod observer;
pub mod risk;
#[cfg(test)]
mod tests;
mod types;
mod views;
pub mod weights;

pub use pallet::*;
pub use types::{
	AccountRisk, AtRisk, BlockShares, BookRisk, Census, CensusResult, EngineState, Followed, LiquidationParams, StressedLoss, MAX_EXTREME_MULTIPLE,
	MAX_GAP_COVER, MAX_RISK_HORIZON,
};
pub use weights::WeightInfo;

use ballast_primitives::{BadDebt, MarginAccounts, MarketId, Price, PriceFeed, Quantity, Ratio, VenueStress};
use frame_support::{
	traits::Get,
	weights::{Weight, WeightMeter},
};
use frame_system::pallet_prelude::BlockNumberFor;
use risk::{Level};

/// What the benchmarks need from the runtime: accounts with positions, and marks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Gives `who` `collateral` and opens `positions` (market, signed size) at current marks.
	fn open(who: &AccountId, collateral: ballast_primitives::Balance, positions: &[(MarketId, Quantity)]);
	/// Sets `market`'s mark.
	fn set_mark(market: MarketId, mark: Price);
	/// The `index`th of many accounts holding a small, safe position in market 0, written
	/// straight to the margin pallet's storage without telling the engine: a large venue's
	/// state for `at_scale`, which indexes them itself.
	fn idle_account(index: u32) -> AccountId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::OriginFor;

	/// The layout of this pallet's storage. A change to it bumps this and comes with a migration
	/// listed in the runtime (`runtime/src/migrations.rs`); `runtime/src/tests/migrations.rs`
	/// fails on a layout change without both.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Margin accounts: health, positions, forced reductions, shortfalls.
		type Margin: MarginAccounts<Self::AccountId>;
		/// Mark prices.
		type PriceFeed: PriceFeed<BlockNumberFor<Self>>;
		/// Takes bankrupt accounts' shortfalls (the insurance fund).
		type BadDebt: BadDebt<Self::AccountId>;
		/// Told of every liquidation and bad debt (reputation, and the circuit breaker's
		/// withdrawal pause).
		type Activity: ballast_primitives::TraderActivity<Self::AccountId>;
		/// The venue's crisis level, which sets the hook's share of the block.
		type Stress: VenueStress;
		/// The insurance fund's balance: how much of a crash one liquidated account may leave it.
		type Fund: ballast_primitives::FundHealth;
		/// Changes the parameters.
		type RiskOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most markets whose marks move the watermark.
		#[pallet::constant]
		type MaxMarkets: Get<u32>;
		/// The maintenance requirement (or shortfall) from which an account waits in the large
		/// queue, examined before every small account: to push a large account back, a spammer
		/// must hold accounts this large, near the line, and pay their penalties.
		#[pallet::constant]
		type PriorityRequirement: Get<ballast_primitives::Balance>;
		/// Most accounts the book's census counts a block (after the liquidations, in what is
		/// left of the hook's budget): a sweep of `n` accounts takes `n / CensusPerBlock` blocks.
		#[pallet::constant]
		type CensusPerBlock: Get<u32>;
		type WeightInfo: WeightInfo;
		/// Builds accounts and sets marks for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The watermark: a monotone bound of every market's cumulative log price move.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type Watermark<T: Config> = StorageValue<_, Level, ValueQuery>;

	/// The one-sided watermarks (falls, rises): monotone bounds of every market's cumulative log
	/// fall and rise, which the accounts holding one side only are measured against
	/// ([`risk::Class`]).
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type SideWatermarks<T: Config> = StorageValue<_, (Level, Level), ValueQuery>;

	/// Each followed market's mark and index when the watermark last stepped: one value, so a
	/// block's step is one read and no iteration.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type LastPrices<T: Config> = StorageValue<_, BoundedVec<Followed, T::MaxMarkets>, ValueQuery>;

	/// Accounts with positions by the level at which they could first be liquidatable. The
	/// level is big-endian under `Identity`, so iteration is in ascending order: most urgent
	/// first.
	#[pallet::storage]
	pub type Index<T: Config> = StorageDoubleMap<_, Identity, [u8; 16], Blake2_128Concat, T::AccountId, ()>;

	/// Where each indexed account is in [`Index`]. Not counted: a counter would cost every
	/// account change a read and a write (the runtime API counts up to a limit instead).
	#[pallet::storage]
	pub type Triggers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, [u8; 16]>;

	/// The sweep of the index under way, which measures the book's stressed loss.
	#[pallet::storage]
	pub type CensusUnderWay<T: Config> = StorageValue<_, Census<T::AccountId>, ValueQuery>;

	/// The last finished sweep: the insurance fund's target.
	#[pallet::storage]
	pub type LastCensus<T: Config> = StorageValue<_, CensusResult<BlockNumberFor<T>>, OptionQuery>;

	/// The parameters.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type Params<T: Config> = StorageValue<_, LiquidationParams, ValueQuery>;

	/// The highest funding rate per block the listed markets allow now, as the margin pallet
	/// reports it: the watermark rises by at least this each block, whatever the parameters
	/// say, so raising a market's funding cap can never make the index wrong. A raise counts at
	/// once; a cap since lowered lapses when the margin engine's next block reports the markets'
	/// caps (a cap set high once and reverted does not make every account due for ever).
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type FundingCap<T: Config> = StorageValue<_, Ratio, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub params: LiquidationParams,
		#[serde(skip)]
		pub _phantom: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.params.is_valid(), "genesis liquidation parameters are valid");
			Params::<T>::put(self.params);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Part or all of a position was closed by the protocol.
		Liquidated {
			who: T::AccountId,
			market: MarketId,
			/// Base atoms closed.
			closed: Quantity,
			price: Price,
			penalty: ballast_primitives::Balance,
			/// Equity over maintenance requirement afterwards; `None` with nothing left.
			health_after: Option<Ratio>,
		},
		/// A bankrupt account's shortfall went down the loss waterfall; `market` left the
		/// largest part of it (the waterfall charges each market its own part).
		ShortfallCovered { who: T::AccountId, market: MarketId, shortfall: ballast_primitives::Balance, coverage: ballast_primitives::Coverage },
		/// What the hook did this block: entries taken off the index, accounts liquidated,
		/// whether due entries were left for the next block, and the weight it metered.
		BlockProcessed { level: Level, popped: u32, liquidated: u32, deferred: bool, weight: Weight },
		/// The parameters changed.
		ParamsSet { params: LiquidationParams },
		/// A sweep of the book finished: the bad debt it would leave if every market gapped
		/// against it by its stressed move at once (the worse direction), the insurance fund's
		/// target.
		BookCensused { stressed_shortfall: ballast_primitives::Balance, accounts: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A penalty of 100 % or more, a target health not above one, block shares that are zero
		/// when calm, fall as stress rises, or pass `BlockShares::MOST`, a funding allowance
		/// above `ballast_primitives::max_funding_rate`, a gap cover above `MAX_GAP_COVER`, a risk
		/// horizon of zero or beyond `MAX_RISK_HORIZON`, or an extreme multiple of zero or beyond
		/// `MAX_EXTREME_MULTIPLE`.
		InvalidParams,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			let mut meter = WeightMeter::with_limit(Self::budget().max(Self::least_progress()));
			// The crisis level the budget was read from (the venue's state and correlation).
			meter.consume(T::DbWeight::get().reads(2));
			if Self::run(&mut meter) {
				Self::census_step(&mut meter);
			}
			meter.consumed()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Set the engine's parameters.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(0)]
		pub fn set_params(origin: OriginFor<T>, params: LiquidationParams) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			ensure!(params.is_valid(), Error::<T>::InvalidParams);
			Params::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}
}
