//! # Ballast oracle pallet
//!
//! Owns the prices every crisis mechanism acts on: which accounts may feed them, what each
//! feeder last submitted, and, per market, the aggregated index price, the mark price,
//! volatility and whether the feed can be trusted right now. Offers them to the other pallets
//! through [`ballast_primitives::PriceFeed`].
//!
//! ## How a price is made
//! - **Feeders** (validators' offchain workers) submit prices for several markets in one
//!   transaction, [`Pallet::submit_prices`], at most once per block each. Unknown markets, zero
//!   or out-of-range prices and duplicates are refused with a specific error and change nothing.
//! - **Each block**, in `on_initialize`, every listed market (at most [`Config::MaxMarkets`])
//!   aggregates its fresh submissions (at most [`Config::MaxFeeders`]; younger than the market's
//!   `max_age`): fewer than a quorum ⇒ `Stale`; the largest group of prices within the
//!   divergence threshold of one another must be a quorum and a strict majority, else
//!   ⇒ `Diverging`; the index is that group's median ([`aggregation::aggregate`]). So a
//!   minority (one lagging source, or fewer than a third of feeders lying by any amount) can
//!   neither stop a market from pricing nor move its index out of the honest range. Only a
//!   `Live` index moves the mark.
//! - **Outliers**: a price farther than the outlier band from a live index is counted against
//!   its feeder. [`Config::OutlierLimit`] outliers within [`Config::OutlierWindow`] blocks
//!   suspend the feeder for [`Config::SuspensionPeriod`]: its submissions are refused and the
//!   chain announces it ([`Event::FeederSuspended`]) for governance to remove its validator. A
//!   feeder is judged only against a live majority, so honest feeders split by a fast market
//!   are never suspended for it.
//! - **Mark price**: an EMA of the index whose move per block is capped, so one manipulated
//!   print (bZx 2020, Mango 2022) cannot move it far. **Volatility**: an EWMA of squared
//!   per-block index returns (RiskMetrics): one value a market, updated in place.
//!
//! ## What is reused, and why not more
//! The feeder set is any [`SortedMembers`]: in Ballast's runtime, the active validators' `orcl`
//! session keys (`pallet-ballast-validators`), whose changes clear a removed feeder's
//! submissions ([`ChangeMembers`]). FRAME's `pallet-oracle` is not used: it stores a submission before any
//! check and combines on every feed, where Ballast must refuse bad input with nothing stored,
//! aggregate once per block over fresh values only, count outliers per feeder, and never serve
//! a stale value (its default combiner keeps the last one).
//!
//! ## Fees: signed transactions, not authorized calls
//! Submissions are signed transactions. A successful one from a feeder is refunded
//! (`Pays::No`), so honest feeding costs nothing; anyone else pays the fee of a failed call, so
//! spam costs the spammer, and the nonce orders a feeder's submissions and stops replays. One
//! submission per feeder per block bounds the load. An authorized (`#[pallet::authorize]`)
//! call would need its own replay protection and would let a non-feeder's rejected call cost
//! nothing but pool validation; prices need no priority over trades, so the ordinary fee
//! market is enough.
//!
//! ## The feeder's offchain worker
//! [`offchain`]: each validator's node fetches its own HTTP sources (set with the node's
//! `--oracle-source` flag or the `offchain_localStorageSet` RPC), reads each price exactly from
//! the JSON answer, signs with its `orcl` key and submits at most once per configured interval,
//! logging why whenever it skips.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod aggregation;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
mod names;
pub mod offchain;
mod submissions;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
#[cfg(test)]
mod tests;
mod tick;
pub mod types;
mod views;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// A market's symbol as stored: upper case, at most `MAX_SYMBOL_LEN` bytes.
pub type Symbol = frame_support::BoundedVec<u8, frame_support::traits::ConstU32<{ ballast_primitives::MAX_SYMBOL_LEN }>>;

use alloc::vec::Vec;
use ballast_primitives::{MarketId, MarketName, Price, PriceStatus};
use frame_support::traits::{Get, SortedMembers};
use frame_system::pallet_prelude::BlockNumberFor;

/// The key type of feeders' signing keys: each validator's node holds one (`orcl`) and signs
/// its price submissions with it.
pub const KEY_TYPE: sp_runtime::KeyTypeId = sp_runtime::KeyTypeId(*b"orcl");

/// Feeders' signing keys: sr25519 under [`KEY_TYPE`]. An `orcl` key made from a seed has the
/// same public key, so the same account, as the sr25519 account key from that seed.
pub mod crypto {
	use super::KEY_TYPE;
	use sp_runtime::{
		app_crypto::{app_crypto, sr25519},
		MultiSignature, MultiSigner,
	};
	app_crypto!(sr25519, KEY_TYPE);

	/// Signs a feeder's transactions with its `orcl` key, for a runtime whose accounts are
	/// `MultiSigner`s (the config's `AuthorityId`).
	pub struct FeederAuthId;

	impl frame_system::offchain::AppCrypto<MultiSigner, MultiSignature> for FeederAuthId {
		type RuntimeAppPublic = Public;
		type GenericPublic = sr25519::Public;
		type GenericSignature = sr25519::Signature;
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::{
		offchain::{AppCrypto, CreateSignedTransaction},
		pallet_prelude::*,
	};

	/// The layout of this pallet's storage. A change to it bumps this and comes with a migration
	/// listed in the runtime (`runtime/src/migrations.rs`); `runtime/src/tests/migrations.rs`
	/// fails on a layout change without both.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config + CreateSignedTransaction<Call<Self>> {
		/// The key a feeder's offchain worker signs its submissions with: the `orcl` key of
		/// [`crypto`].
		type AuthorityId: AppCrypto<Self::Public, Self::Signature>;
		/// Who may submit prices: each validator's oracle (`orcl`) account.
		type Feeders: SortedMembers<Self::AccountId>;
		/// Lists, reconfigures and removes markets.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most markets the oracle aggregates; bounds the per-block work.
		#[pallet::constant]
		type MaxMarkets: Get<u32>;
		/// Most feeders per market counted in an aggregation; bounds the per-block work.
		#[pallet::constant]
		type MaxFeeders: Get<u32>;
		/// Most prices in one submission.
		#[pallet::constant]
		type MaxPricesPerSubmission: Get<u32>;
		/// Outliers within [`Config::OutlierWindow`] that suspend a feeder.
		#[pallet::constant]
		type OutlierLimit: Get<u32>;
		/// The window, in blocks, over which a feeder's outliers are counted.
		#[pallet::constant]
		type OutlierWindow: Get<BlockNumberFor<Self>>;
		/// How long a suspended feeder's submissions are refused.
		#[pallet::constant]
		type SuspensionPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks in one period of a market's [`StressRecord`], which remembers
		/// [`STRESS_PERIODS`] of them: the long window of the stressed margin floor.
		#[pallet::constant]
		type StressPeriod: Get<BlockNumberFor<Self>>;
		type WeightInfo: WeightInfo;
	}

	/// Aggregation settings of each listed market. Market ids are chosen by governance, not by
	/// users, so the cheaper `Twox64Concat` is safe.
	#[pallet::storage]
	pub type Markets<T: Config> = CountedStorageMap<_, Twox64Concat, MarketId, MarketConfig<BlockNumberFor<T>>>;

	/// Each feeder's latest price per market. Keyed market first, so a block's aggregation of a
	/// market is one prefix iteration; accounts are `Blake2_128Concat` as usual.
	#[pallet::storage]
	pub type Submissions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		MarketId,
		Blake2_128Concat,
		T::AccountId,
		Submission<BlockNumberFor<T>>,
	>;

	/// Each market's aggregated feed.
	#[pallet::storage]
	pub type Feeds<T: Config> = StorageMap<_, Twox64Concat, MarketId, Feed<BlockNumberFor<T>>>;

	/// How often each feeder's price was an outlier, ever: for dashboards and governance.
	#[pallet::storage]
	pub type OutlierCounts<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Each feeder's outliers in the current window: what suspends it.
	#[pallet::storage]
	pub type Strikes<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, RecentOutliers<BlockNumberFor<T>>>;

	/// Suspended feeders, with the block their suspension ends.
	#[pallet::storage]
	pub type Suspended<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, BlockNumberFor<T>>;

	/// The block of each feeder's last submission: one per block.
	#[pallet::storage]
	pub type LastSubmission<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, BlockNumberFor<T>>;

	/// Each named market's symbol and price decimals, as the node, the dashboard and the
	/// scripts show it.
	/// Each priced market's largest index moves over the last [`STRESS_PERIODS`] periods.
	#[pallet::storage]
	pub type StressRecords<T: Config> = StorageMap<_, Twox64Concat, MarketId, StressRecord<BlockNumberFor<T>>>;

	#[pallet::storage]
	pub type Names<T: Config> = StorageMap<_, Twox64Concat, MarketId, MarketName>;

	/// Which market holds each symbol: symbols are unique.
	#[pallet::storage]
	pub type SymbolOwners<T: Config> = StorageMap<_, Blake2_128Concat, Symbol, MarketId>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Markets listed at genesis.
		pub markets: Vec<(MarketId, MarketConfig<BlockNumberFor<T>>)>,
		/// Their names: market, symbol, price decimals.
		pub names: Vec<(MarketId, alloc::string::String, u8)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.markets.len() as u32 <= T::MaxMarkets::get(), "more genesis markets than MaxMarkets");
			for (market, config) in &self.markets {
				Pallet::<T>::ensure_valid(config).expect("genesis market configs are valid");
				Markets::<T>::insert(market, config);
			}
			for (market, symbol, decimals) in &self.names {
				let name = MarketName::new(symbol.as_bytes(), *decimals).expect("genesis market names are valid");
				Pallet::<T>::put_name(*market, name).expect("genesis names are for listed markets, each symbol once");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A feeder submitted prices.
		PricesSubmitted { feeder: T::AccountId, markets: u32 },
		/// A market's feed changed status.
		StatusChanged { market: MarketId, from: PriceStatus, to: PriceStatus },
		/// A market's index and mark were updated from a quorum of fresh prices.
		PriceAggregated { market: MarketId, index: Price, mark: Price, feeders: u32 },
		/// A feeder's price was farther than the outlier band from the median.
		OutlierRejected { market: MarketId, feeder: T::AccountId, price: Price },
		/// A market was listed or reconfigured.
		MarketConfigured { market: MarketId },
		/// A market was removed with its submissions, feed and name.
		MarketRemoved { market: MarketId },
		/// A market was given its symbol and price decimals (or renamed).
		MarketNamed { market: MarketId, symbol: Symbol, price_decimals: u8 },
		/// A feeder's prices were outliers `outliers` times within the window: its submissions
		/// are refused until `until`. Governance may remove its validator (and so its feed).
		FeederSuspended { feeder: T::AccountId, outliers: u32, until: BlockNumberFor<T> },
		/// The feeder set shrank below a market's quorum: the market cannot price until the
		/// admin lowers its quorum or feeders are added.
		QuorumUnreachable { market: MarketId, quorum: u32, feeders: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The sender is not a feeder. Only accounts in the feeder set may submit.
		NotFeeder,
		/// The feeder already submitted in this block. Submit at most once per block.
		AlreadySubmitted,
		/// A price is for a market the oracle does not list.
		UnknownMarket,
		/// A price is zero or outside the market's `min_price..=max_price`.
		PriceOutOfRange,
		/// The same market appears twice in one submission.
		DuplicateMarket,
		/// A submission with no prices.
		EmptySubmission,
		/// The market configuration is inconsistent: quorum 0 or above `MaxFeeders`, zero
		/// `max_age`, `min_price` not below `max_price`, a zero divergence threshold or an
		/// outlier band below it, a mark smoothing or cap of 0 or 100 %, or a volatility decay
		/// of 100 %.
		InvalidConfig,
		/// The quorum exceeds the current number of feeders: the market could never price.
		QuorumAboveFeeders,
		/// The feeder is suspended for repeated outliers until the block its suspension ends.
		FeederSuspended,
		/// Listing another market would exceed `MaxMarkets`.
		TooManyMarkets,
		/// A symbol must be letters, digits, `-`, `/` or `_`, start with a letter or digit, and
		/// show prices with at most 18 decimals.
		InvalidName,
		/// Another market holds this symbol.
		SymbolTaken,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let (markets, submissions) = Self::aggregate_all(now);
			T::WeightInfo::aggregate(markets, submissions)
		}

		/// Fetch this node's sources and submit their prices, if it is a feeder and it is time.
		fn offchain_worker(now: BlockNumberFor<T>) {
			Self::feed_prices(now);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MaxMarkets::get() > 0 && T::MaxFeeders::get() > 0, "the oracle needs markets and feeders");
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Submit the sender's current prices for several markets.
		///
		/// The dispatch origin must be a signed feeder. Each price must be for a listed market,
		/// within its range, and each market may appear once. At most one submission per
		/// feeder per block. A successful submission is free (`Pays::No`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::submit_prices(prices.len() as u32))]
		pub fn submit_prices(
			origin: OriginFor<T>,
			prices: BoundedVec<(MarketId, Price), T::MaxPricesPerSubmission>,
		) -> DispatchResultWithPostInfo {
			let feeder = ensure_signed(origin)?;
			Self::do_submit(feeder, prices.into_inner())?;
			Ok(Pays::No.into())
		}

		/// List `market`, or change its aggregation settings.
		///
		/// The dispatch origin must be `AdminOrigin`. The configuration must be consistent
		/// (see [`Error::InvalidConfig`]). A new range that excludes the stored index or mark
		/// drops the feed: the market is unpriced until fresh submissions price it again.
		#[pallet::call_index(1)]
		pub fn set_market(
			origin: OriginFor<T>,
			market: MarketId,
			config: MarketConfig<BlockNumberFor<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::ensure_valid(&config)?;
			ensure!(config.quorum as usize <= T::Feeders::count(), Error::<T>::QuorumAboveFeeders);
			ensure!(
				Markets::<T>::contains_key(market) || Markets::<T>::count() < T::MaxMarkets::get(),
				Error::<T>::TooManyMarkets
			);
			Markets::<T>::insert(market, config);
			let out_of_range = |p: Price| p < config.min_price || p > config.max_price;
			if Feeds::<T>::get(market).is_some_and(|feed| out_of_range(feed.index) || out_of_range(feed.mark)) {
				Feeds::<T>::remove(market);
			}
			Self::deposit_event(Event::MarketConfigured { market });
			Ok(())
		}

		/// Remove `market` with its submissions, feed and history.
		///
		/// The dispatch origin must be `AdminOrigin`.
		#[pallet::call_index(2)]
		pub fn remove_market(origin: OriginFor<T>, market: MarketId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Markets::<T>::contains_key(market), Error::<T>::UnknownMarket);
			Markets::<T>::remove(market);
			let _ = Submissions::<T>::clear_prefix(market, T::MaxFeeders::get(), None);
			Feeds::<T>::remove(market);
			StressRecords::<T>::remove(market);
			if let Some(name) = Names::<T>::take(market) {
				SymbolOwners::<T>::remove(&name.symbol);
			}
			Self::deposit_event(Event::MarketRemoved { market });
			Ok(())
		}

		/// Name the listed `market`: its `symbol` (upper-cased; unique in the venue) and the
		/// decimals its prices are shown with. A new name frees the old symbol. A listing
		/// referendum names the market with its oracle and margin settings in one batch.
		///
		/// The dispatch origin must be `AdminOrigin`.
		#[pallet::call_index(3)]
		pub fn name_market(origin: OriginFor<T>, market: MarketId, symbol: Symbol, price_decimals: u8) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Markets::<T>::contains_key(market), Error::<T>::UnknownMarket);
			let name = MarketName::new(&symbol, price_decimals).ok_or(Error::<T>::InvalidName)?;
			Self::put_name(market, name)
		}
	}
}
