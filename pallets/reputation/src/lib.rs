//! # Ballast reputation pallet
//!
//! Differentiated leverage by participant risk profile: a trader who has been here long,
//! traded much and never been liquidated may take more leverage than a fresh account; one
//! that was just liquidated, or left bad debt, less. None of dYdX, Hyperliquid or Acala does this
//! on-chain.
//!
//! ## Score and tier
//! An account's score is `newcomer_score` plus tenure points (since its first trade, capped),
//! volume points (notional traded, capped) and identity points (a positive judgement from
//! [`IdentityJudge`]). Tiers map scores to a maximum leverage, optionally per market. Each strike
//! takes the account one tier down: a liquidation is one strike (its parts within
//! `episode_blocks` are one liquidation), bad debt two; one strike is forgiven per
//! `strike_decay` blocks.
//!
//! ## What it can and cannot prevent
//! Without identity an account is only a key, so reputation cannot stop a trader from opening a
//! fresh account to shed strikes, nor tell two accounts of one owner apart. What it does is
//! make that worth little: a fresh account is a newcomer whose leverage is below the market's
//! maximum, so shedding strikes buys back only newcomer leverage; and volume counts only
//! exposure held for `holding_blocks`, so score cannot be bought with wash trades, only with
//! tenure and risk actually carried. The market's margins, not reputation, bound the venue's
//! risk: a tier never allows more than the market's initial margin does.
//!
//! ## How it is fed and read
//! The margin engine reports trades and the liquidation engine liquidations and bad debt
//! through [`ballast_primitives::TraderActivity`]; each report reads and writes one record.
//! Nothing iterates over accounts. The margin engine asks
//! [`ballast_primitives::LeverageLimit`] before a trade adds risk and refuses it with
//! `LeverageTooHigh` above the tier.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use ballast_primitives::{Balance, LeverageLimit, MarketId, Ratio, TraderActivity};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::traits::{Saturating, UniqueSaturatedInto, Zero};

/// Strikes for a liquidation (once per episode).
const LIQUIDATION_STRIKES: u8 = 1;
/// Strikes for leaving bad debt.
const BAD_DEBT_STRIKES: u8 = 2;

/// Whether an account's identity has been positively judged (pallet-identity's registrars,
/// where a runtime has them).
pub trait IdentityJudge<AccountId> {
	fn is_verified(who: &AccountId) -> bool;
}

/// No identity system: nobody earns the identity points.
impl<AccountId> IdentityJudge<AccountId> for () {
	fn is_verified(_: &AccountId) -> bool {
		false
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// The layout of this pallet's storage. A change to it bumps this and comes with a migration
	/// listed in the runtime (`runtime/src/migrations.rs`); `runtime/src/tests/migrations.rs`
	/// fails on a layout change without both.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Judges identities.
		type Identity: IdentityJudge<Self::AccountId>;
		/// Sets how scores are made and the tiers.
		type RiskOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		type WeightInfo: WeightInfo;
	}

	/// Each trader's record; created at its first trade. `Blake2_128Concat`: account ids are
	/// chosen by users.
	#[pallet::storage]
	pub type Records<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Record<BlockNumberFor<T>>>;

	/// The scoring parameters and the tiers.
	#[pallet::storage]
	pub type Params<T: Config> = StorageValue<_, ReputationParams, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub params: ReputationParams,
		/// Accounts that start with a record of this much held volume, as established traders
		/// (a dev network's demo accounts; a public network has none).
		pub established: alloc::vec::Vec<(T::AccountId, Balance)>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.params.is_valid(), "genesis reputation parameters are valid");
			Params::<T>::put(self.params.clone());
			for (who, volume) in &self.established {
				Pallet::<T>::establish(who, *volume);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account's tier changed with a report.
		TierChanged { who: T::AccountId, from: u32, to: u32 },
		/// A liquidation or bad debt counted against an account.
		Struck { who: T::AccountId, strikes: u8 },
		/// The parameters changed.
		ParamsSet,
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Tiers not ascending from a zero score, a leverage below 1×, or a zero duration or
		/// volume step.
		InvalidParameters,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state(now)
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Change how scores are made and the tiers. Applies at once to every account: records
		/// hold inputs, not scores.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(0)]
		pub fn set_params(origin: OriginFor<T>, params: ReputationParams) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			ensure!(params.is_valid(), Error::<T>::InvalidParameters);
			Params::<T>::put(params);
			Self::deposit_event(Event::ParamsSet);
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// Gives `who` a record from now with `volume` counted: an established trader, for a dev
	/// network's genesis and for benchmarks.
	pub fn establish(who: &T::AccountId, volume: Balance) {
		Records::<T>::insert(who, Record::starting(Self::now(), volume));
	}

	/// `who`'s standing now; an account without a record stands as a newcomer.
	pub fn standing(who: &T::AccountId) -> Standing {
		Self::standing_in(who, None)
	}

	/// `who`'s standing now, with the leverage its tier allows in `market` (its override
	/// there, if any) or, without a market, the tier's own.
	pub fn standing_in(who: &T::AccountId, market: Option<MarketId>) -> Standing {
		Self::standing_of(who, Records::<T>::get(who).as_ref(), &Params::<T>::get(), market)
	}

	fn standing_of(
		who: &T::AccountId,
		record: Option<&Record<BlockNumberFor<T>>>,
		params: &ReputationParams,
		market: Option<MarketId>,
	) -> Standing {
		let now = Self::now();
		let mut score = params.newcomer_score;
		let mut strikes = 0;
		if let Some(record) = record {
			let tenure: u32 = now.saturating_sub(record.first_seen).unique_saturated_into();
			score.saturating_accrue((tenure / params.blocks_per_tenure_point.max(1)).min(params.max_tenure_points));
			let volume_points = Self::matured(record, params, now).volume / params.volume_per_point.max(1);
			score.saturating_accrue((volume_points.min(params.max_volume_points as Balance)) as u32);
			strikes = Self::strikes_left(record, params, now);
		}
		if T::Identity::is_verified(who) {
			score.saturating_accrue(params.identity_points);
		}
		let by_score = params.tiers.iter().rposition(|tier| tier.min_score <= score).unwrap_or(0);
		let tier = by_score.saturating_sub(strikes as usize);
		let max_leverage = params.tiers.get(tier).map_or(Ratio::zero(), |t| match market {
			Some(market) => t.leverage_in(market),
			None => t.max_leverage,
		});
		Standing { score, strikes, tier: tier as u32, max_leverage }
	}

	/// Strikes not yet forgiven at `now`.
	fn strikes_left(record: &Record<BlockNumberFor<T>>, params: &ReputationParams, now: BlockNumberFor<T>) -> u8 {
		let since: u32 = now.saturating_sub(record.strikes_updated).unique_saturated_into();
		let forgiven = since / params.strike_decay.max(1);
		record.strikes.saturating_sub(forgiven.min(u8::MAX as u32) as u8)
	}

	/// `record` with its held volume counted once it has been held `holding_blocks`.
	fn matured(record: &Record<BlockNumberFor<T>>, params: &ReputationParams, now: BlockNumberFor<T>) -> Record<BlockNumberFor<T>> {
		let mut record = *record;
		let held: u32 = now.saturating_sub(record.held_since).unique_saturated_into();
		if held >= params.holding_blocks {
			record.volume.saturating_accrue(core::mem::take(&mut record.held_volume));
		}
		record
	}

	/// Applies a report to `who`'s record: one read, one write, an event when the tier moves.
	/// `closed` first nets out volume still held (a round trip), then `opened` is held anew.
	fn report(who: &T::AccountId, opened: Balance, closed: Balance, strikes: u8) {
		let now = Self::now();
		let params = Params::<T>::get();
		let existing = Records::<T>::get(who);
		let before = Self::standing_of(who, existing.as_ref(), &params, None).tier;
		let mut record = Self::matured(&existing.unwrap_or(Record::starting(now, 0)), &params, now);
		record.held_volume.saturating_reduce(closed);
		if !opened.is_zero() {
			// Adding restarts the clock for all of it: nothing matures early.
			record.held_volume.saturating_accrue(opened);
			record.held_since = now;
		}
		let same_episode = record.strikes > 0
			&& now.saturating_sub(record.strikes_updated) < BlockNumberFor::<T>::from(params.episode_blocks);
		// A liquidation in an episode already struck adds nothing; bad debt always counts.
		let strikes = if strikes == LIQUIDATION_STRIKES && same_episode { 0 } else { strikes };
		if strikes > 0 {
			// Settle what decay has forgiven so far, then add.
			record.strikes = Self::strikes_left(&record, &params, now).saturating_add(strikes).min(MAX_STRIKES);
			record.strikes_updated = now;
			Self::deposit_event(Event::Struck { who: who.clone(), strikes: record.strikes });
		}
		let after = Self::standing_of(who, Some(&record), &params, None).tier;
		Records::<T>::insert(who, record);
		if after != before {
			Self::deposit_event(Event::TierChanged { who: who.clone(), from: before, to: after });
		}
	}

	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn do_try_state(now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
		frame_support::ensure!(Params::<T>::get().is_valid(), "reputation parameters invalid");
		for (_, record) in Records::<T>::iter() {
			frame_support::ensure!(
				record.first_seen <= now && record.strikes_updated <= now && record.held_since <= now,
				"a record dated in the future"
			);
			frame_support::ensure!(record.strikes <= MAX_STRIKES, "too many strikes");
		}
		Ok(())
	}
}

impl<T: Config> LeverageLimit<T::AccountId> for Pallet<T> {
	fn max_leverage(who: &T::AccountId, market: MarketId) -> Option<Ratio> {
		let standing = Self::standing_of(who, Records::<T>::get(who).as_ref(), &Params::<T>::get(), Some(market));
		Some(standing.max_leverage)
	}

	/// The tier does not depend on the market: it is found once, from one read of the record
	/// and the parameters, and each market's cap read off it.
	fn lowest_max_leverage(who: &T::AccountId, markets: &[MarketId]) -> Option<Ratio> {
		if markets.is_empty() {
			return None;
		}
		let params = Params::<T>::get();
		let tier = Self::standing_of(who, Records::<T>::get(who).as_ref(), &params, None).tier;
		let caps = params.tiers.get(tier as usize).map(|tier| markets.iter().map(|market| tier.leverage_in(*market)).min());
		Some(caps.flatten().unwrap_or(Ratio::zero()))
	}
}

impl<T: Config> TraderActivity<T::AccountId> for Pallet<T> {
	fn traded(who: &T::AccountId, opened: Balance, closed: Balance) {
		Self::report(who, opened, closed, 0);
	}

	fn liquidated(who: &T::AccountId) {
		Self::report(who, 0, 0, LIQUIDATION_STRIKES);
	}

	fn caused_bad_debt(who: &T::AccountId, _shortfall: Balance) {
		Self::report(who, 0, 0, BAD_DEBT_STRIKES);
	}
}
