//! # Ballast circuit-breaker pallet
//!
//! Limits how far a flash crash, a broken oracle or a run on the venue can spread, every block,
//! by code. It owns each market's trading state and the venue's crisis level, and offers them
//! to the margin engine ([`ballast_primitives::MarketGuard`]), the dynamic margins
//! ([`ballast_primitives::VenueStress`]) and every pool that pays out
//! ([`ballast_primitives::WithdrawalGuard`]).
//!
//! ## Per market
//! A state machine `Open → ReduceOnly → Halted`, stepped in `on_initialize` after the oracle
//! has aggregated:
//! - the index moved more than `reduce_only_band` against any of [`SAMPLES`] samples within
//!   the `window` (or the previous block's index): reduce-only, only trades that shrink a
//!   position;
//! - more than `halt_band`, or the feed is `Stale` or `Diverging` (after it was once live): halted,
//!   no trader-initiated trade at all;
//! - after `cooldown` blocks without a trigger it steps back one state at a time, `Halted →
//!   ReduceOnly → Open`, a cooldown apart, never straight from halted to open.
//! Liquidations are never blocked: the margin engine's forced reductions bypass the guard.
//! [`allowed_edge`] is the one list of moves a state may make; every change is an event with
//! its cause.
//!
//! ## Venue-wide
//! - **Global breaker**: when the insurance fund's drawdown passes `global_drawdown`, every
//!   market is held reduce-only until it is back at or below `global_recovery`. The fund
//!   reports its drawdown after each block's waterfall
//!   ([`ballast_primitives::LossObserver`]), so the block of the loss trips it.
//! - **Emergency halts** by `EmergencyOrigin` (governance's emergency track), of a market or of
//!   the venue, expire by themselves after `emergency_duration` blocks unless renewed: a fast,
//!   narrow decision cannot freeze the venue for good. An emergency resume lifts that halt
//!   only: the breakers' own states and the pause after bad debt are automatic protections the
//!   emergency track does not undo (they resume by themselves).
//! - **Withdrawal breaker**: each pool's (collateral, vault, fund) net outflow per window is
//!   capped at `max_net_outflow` of what it held when the window began (or `always_allowed`),
//!   and withdrawals pause for `pause_after_bad_debt` blocks when bad debt appears (Drift lost
//!   8.7M in 12 hours in May 2022); bad debt may lengthen that pause, never shorten it, and it
//!   is kept apart from an emergency halt of withdrawals.
//! - **Crisis level** (calm, elevated, stressed, crisis) from the breakers, the feeds, the
//!   volatility against each market's calm level, the fund's drawdown and the withdrawal
//!   pause; stored, an event on each change, and with a cross-market correlation estimate the
//!   stress signal the margins tighten by.
//!
//! ## In the block
//! The hook runs right after the oracle's, before the margin engine's and the liquidation
//! engine's (the runtime orders the pallets so): the breakers step on this block's prices, and
//! the crisis level the margins rescale on and the liquidations size their share of the block by
//! is this block's, not the last one's.
//!
//! ## Cost
//! The hook reads one record per followed market and a few venue values: linear in the
//! markets (at most `MaxMarkets`), benchmarked as `on_initialize(m)`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod impls;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
mod tick;
pub mod types;
pub mod weights;

pub use impls::allowed_edge;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use ballast_primitives::MarketId;

/// What the benchmarks need from the runtime: a live index for a market.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	fn set_price(market: MarketId, index: ballast_primitives::Price);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use ballast_primitives::{CrisisLevel, FundHealth, MarketState, PriceFeed, WithdrawalPool};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_arithmetic::Perbill;

	/// The layout of this pallet's storage. A change to it bumps this and comes with a migration
	/// listed in the runtime (`runtime/src/migrations.rs`); `runtime/src/tests/migrations.rs`
	/// fails on a layout change without both.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Index prices, their status and volatility (the oracle).
		type PriceFeed: PriceFeed<BlockNumberFor<Self>>;
		/// The insurance fund's balance and drawdown.
		type Fund: FundHealth;
		/// Halts and resumes a market or the venue at once (governance's emergency track).
		type EmergencyOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Sets bands, windows, cooldowns and the venue's limits.
		type RiskOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most markets with a breaker; bounds the hook.
		#[pallet::constant]
		type MaxMarkets: Get<u32>;
		type WeightInfo: WeightInfo;
		/// Sets index prices for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// Each followed market's breaker. Market ids are governance's, so `Twox64Concat`.
	#[pallet::storage]
	pub type Breakers<T: Config> = CountedStorageMap<_, Twox64Concat, MarketId, Breaker<BlockNumberFor<T>>>;

	/// The venue-wide breakers' parameters. Read by the hook every block (whitelisted: a
	/// trade's check finds it in the block's overlay).
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type Params<T: Config> = StorageValue<_, VenueParams, ValueQuery>;

	/// The global breaker, the venue's emergency halt, the withdrawal pause and the crisis level.
	/// Read and written by the hook every block (whitelisted).
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type Venue<T: Config> = StorageValue<_, VenueState<BlockNumberFor<T>>, ValueQuery>;

	/// Each pool's withdrawals in its current window. Three keys of a fixed enum:
	/// `Twox64Concat`.
	#[pallet::storage]
	pub type Outflows<T: Config> = StorageMap<_, Twox64Concat, WithdrawalPool, Outflow<BlockNumberFor<T>>>;

	/// The cross-market correlation estimate.
	#[pallet::storage]
	pub type Correlations<T: Config> = StorageValue<_, Correlation, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Markets followed from genesis.
		pub breakers: alloc::vec::Vec<(MarketId, BreakerParams)>,
		/// The venue's parameters.
		pub venue: VenueParams,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.breakers.len() as u32 <= T::MaxMarkets::get(), "more genesis breakers than MaxMarkets");
			assert!(self.venue.is_valid(), "genesis venue parameters are valid");
			for (market, params) in &self.breakers {
				assert!(params.is_valid(), "genesis breaker parameters are valid");
				Breakers::<T>::insert(market, Breaker::new(*params, Default::default()));
			}
			Params::<T>::put(self.venue);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A market's own breaker changed state.
		StateChanged { market: MarketId, from: MarketState, to: MarketState, cause: Cause },
		/// The fund's drawdown passed the threshold: every market is reduce-only.
		GlobalTripped { drawdown: Perbill },
		/// The fund recovered: the global breaker let go.
		GlobalReset { drawdown: Perbill },
		/// An emergency halt began or was renewed.
		EmergencyHalted { target: Target, until: BlockNumberFor<T> },
		/// The emergency origin resumed trading.
		EmergencyResumed { target: Target },
		/// An emergency halt ran out.
		EmergencyExpired { target: Target },
		/// Bad debt appeared: withdrawals pause.
		WithdrawalsPaused { until: BlockNumberFor<T> },
		/// The venue's crisis level changed.
		CrisisLevelChanged { from: CrisisLevel, to: CrisisLevel },
		/// A market's breaker was set up or re-parameterised.
		BreakerConfigured { market: MarketId },
		/// A market's breaker was removed: the market is only subject to venue-wide breakers.
		BreakerRemoved { market: MarketId },
		/// The venue's parameters changed.
		VenueConfigured,
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Bands not ordered inside (0, 100 %), a zero window, cooldown or duration, or the
		/// recovery threshold not below the trip threshold.
		InvalidParameters,
		/// Following another market would pass `MaxMarkets`.
		TooManyMarkets,
		/// No breaker follows this market.
		UnknownMarket,
		/// Nothing to resume: the target is open and not under an emergency halt.
		NotHalted,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Steps every breaker, the global breaker and the crisis level on this block's prices.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			T::WeightInfo::on_initialize(Self::tick(now))
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state(now)
		}

		fn integrity_test() {
			assert!(T::MaxMarkets::get() > 0, "the circuit breaker needs markets");
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Follow `market` with a breaker of `params`, change its parameters (its state and
		/// history are kept), or with `None` stop following it.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(0)]
		pub fn set_breaker(origin: OriginFor<T>, market: MarketId, params: Option<BreakerParams>) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			Self::do_set_breaker(market, params)
		}

		/// Change the venue-wide breakers' parameters.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(1)]
		pub fn set_venue_params(origin: OriginFor<T>, params: VenueParams) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			ensure!(params.is_valid(), Error::<T>::InvalidParameters);
			Params::<T>::put(params);
			Self::deposit_event(Event::VenueConfigured);
			Ok(())
		}

		/// Halt `target` (a market, the venue's trading, or withdrawals) for `emergency_duration`
		/// blocks from now (renewing a halt in force); it ends by itself. Liquidations go on.
		///
		/// The dispatch origin must be `EmergencyOrigin`.
		#[pallet::call_index(2)]
		pub fn emergency_halt(origin: OriginFor<T>, target: Target) -> DispatchResult {
			T::EmergencyOrigin::ensure_origin(origin)?;
			Self::do_emergency_halt(target)
		}

		/// Lift `target`'s emergency halt, and nothing else: a market's own breaker state and
		/// the withdrawal pause after bad debt run their course.
		///
		/// The dispatch origin must be `EmergencyOrigin`.
		#[pallet::call_index(3)]
		pub fn emergency_resume(origin: OriginFor<T>, target: Target) -> DispatchResult {
			T::EmergencyOrigin::ensure_origin(origin)?;
			Self::do_emergency_resume(target)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The crisis level computed in the last block.
		pub fn crisis_level() -> CrisisLevel {
			Venue::<T>::get().level
		}

	}
}
