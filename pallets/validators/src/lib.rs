//! # Ballast validators pallet
//!
//! Owns who validates Ballast: the set governance chose, how long a session lasts, which
//! validators were caught equivocating, and, derived from the active set, the oracle's feeders.
//!
//! ## How the set changes
//! A solo chain without staking: governance ([`Config::AdminOrigin`], the `validators` track or
//! root) adds and removes validators by account ([`Pallet::add_validator`],
//! [`Pallet::remove_validator`]). `pallet-session` asks this pallet for the next set at every
//! session boundary ([`pallet_session::SessionManager`]) and, as Substrate does, queues it for
//! the session after next: a change enacted in session `n` authors from session `n + 2`. A
//! validator joins with the keys it registered through `session.set_keys` (`aura`, `gran`,
//! `orcl`); one without keys cannot be added.
//!
//! Sessions end by block count ([`SessionLength`], set at genesis and by governance within
//! [`Config::MinSessionLength`]..=[`Config::MaxSessionLength`]), counted from the block the
//! current session started, so a new length applies to the session under way.
//!
//! ## Offences
//! `pallet-offences` hands this pallet every proven offence (on Ballast: a GRANDPA equivocation,
//! two signed votes of one validator in one round, proven against the historical session
//! roots). The offender is at once disabled ([`frame_support::traits::DisabledValidators`]:
//! Aura refuses its blocks) and dropped from the feeders, and it leaves the planned set, so it
//! is out of the active set from the session after next. At most a third of the active set is
//! disabled at once (rounded down: a lone validator is never disabled), and a removal never
//! leaves fewer than [`Config::MinValidators`]: the chain keeps authoring either way.
//!
//! ## The feeders follow the validators
//! Each validator's `orcl` session key is its feeder key: this pallet is the session handler
//! of that key and keeps the feeder accounts of the active, undisabled validators
//! ([`Feeders`], sorted), which the oracle reads through [`frame_support::traits::SortedMembers`]
//! and hears of through [`frame_support::traits::ChangeMembers`] (so a feeder's submissions go
//! when it does, and a quorum the new set cannot reach is announced). No membership is kept in
//! step by hand.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod feeders;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
#[cfg(test)]
mod mock;
mod offences;
mod session;
#[cfg(test)]
mod tests;
pub mod weights;

pub use pallet::*;
pub use offences::ValidatorOf;
pub use weights::WeightInfo;

use alloc::vec::Vec;

/// Builds what a benchmark needs that only the runtime can make: registered session keys.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Registers session keys for `who`, so it may be added as a validator.
	fn register_keys(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{ChangeMembers, ValidatorRegistration},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Convert, RuntimeAppPublic};

	/// The layout of this pallet's storage (`runtime/src/tests/migrations.rs` holds it).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Adds and removes validators and sets the session length.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Whether an account has registered session keys (`pallet-session`).
		type KeysRegistered: ValidatorRegistration<Self::AccountId>;
		/// The session key a validator's offchain worker signs its price submissions with.
		type FeederKey: RuntimeAppPublic + Decode + Parameter;
		/// The feeder account a feeder key signs as.
		type FeederAccount: Convert<Self::FeederKey, Self::AccountId>;
		/// Told when the feeder set changes: the oracle.
		type FeedersChanged: ChangeMembers<Self::AccountId>;
		/// Most validators; bounds every list this pallet keeps.
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// Fewest validators governance or an offence may leave planned.
		#[pallet::constant]
		type MinValidators: Get<u32>;
		/// Shortest session governance may set.
		#[pallet::constant]
		type MinSessionLength: Get<BlockNumberFor<Self>>;
		/// Longest session governance may set.
		#[pallet::constant]
		type MaxSessionLength: Get<BlockNumberFor<Self>>;
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// The validators governance chose, sorted: what the next planned session takes.
	#[pallet::storage]
	pub type Validators<T: Config> = StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Whether [`Validators`] changed since the last session was planned.
	#[pallet::storage]
	pub type PlanChanged<T> = StorageValue<_, bool, ValueQuery>;

	/// This session's validators in session order (Aura's authority index), each with the
	/// feeder account of its `orcl` key.
	#[pallet::storage]
	pub type Active<T: Config> = StorageValue<_, BoundedVec<(T::AccountId, T::AccountId), T::MaxValidators>, ValueQuery>;

	/// Active validators reported for an offence: disabled, not feeders, until they leave the
	/// active set.
	#[pallet::storage]
	pub type Offenders<T: Config> = StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// The oracle's feeders, sorted: the feeder accounts of the active validators that are not
	/// offenders.
	#[pallet::storage]
	pub type Feeders<T: Config> = StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Blocks a session lasts.
	#[pallet::storage]
	pub type SessionLength<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The block the current session started at.
	#[pallet::storage]
	pub type SessionStart<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// The first validators, each with session keys in `session`'s genesis. Empty: every
		/// account `session`'s genesis gives keys to.
		pub validators: Vec<T::AccountId>,
		/// Blocks a session lasts.
		pub session_length: BlockNumberFor<T>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self { validators: Vec::new(), session_length: T::MaxSessionLength::get() }
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut validators = self.validators.clone();
			validators.sort();
			validators.dedup();
			let validators: BoundedVec<_, _> = validators.try_into().expect("genesis validators fit MaxValidators");
			Validators::<T>::put(validators);
			assert!(
				(T::MinSessionLength::get()..=T::MaxSessionLength::get()).contains(&self.session_length),
				"the genesis session length is within bounds"
			);
			SessionLength::<T>::put(self.session_length);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` joins the set planned at the next session boundary.
		ValidatorAdded { who: T::AccountId },
		/// `who` leaves the set planned at the next session boundary.
		ValidatorRemoved { who: T::AccountId },
		/// Sessions now last `blocks` blocks.
		SessionLengthSet { blocks: BlockNumberFor<T> },
		/// A proven offence of `who` in `session`: disabled and no longer a feeder if
		/// `disabled`, out of the planned set if `removed`.
		OffenceReported { who: T::AccountId, session: sp_staking::SessionIndex, disabled: bool, removed: bool },
		/// Session `session` was planned with `validators` validators.
		SetPlanned { session: sp_staking::SessionIndex, validators: u32 },
		/// The oracle's feeders changed: `feeders` feed now.
		FeedersChanged { feeders: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is a validator already.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The set holds `MaxValidators` already.
		TooManyValidators,
		/// Removing it would leave fewer than `MinValidators`.
		TooFewValidators,
		/// The account has registered no session keys (`session.set_keys`).
		NoSessionKeys,
		/// The session length is outside `MinSessionLength..=MaxSessionLength`.
		SessionLengthOutOfRange,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `who`, which has registered session keys, to the set planned at the next
		/// session boundary (it authors from the session after next).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(T::KeysRegistered::is_registered(&who), Error::<T>::NoSessionKeys);
			Validators::<T>::try_mutate(|set| {
				let at = set.binary_search(&who).err().ok_or(Error::<T>::AlreadyValidator)?;
				set.try_insert(at, who.clone()).map_err(|_| Error::<T>::TooManyValidators)
			})?;
			PlanChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Removes `who` from the set planned at the next session boundary (it stops authoring
		/// from the session after next).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::remove_planned(&who)?;
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}

		/// Sets how many blocks a session lasts, from the session under way.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_session_length())]
		pub fn set_session_length(origin: OriginFor<T>, blocks: BlockNumberFor<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(
				(T::MinSessionLength::get()..=T::MaxSessionLength::get()).contains(&blocks),
				Error::<T>::SessionLengthOutOfRange
			);
			SessionLength::<T>::put(blocks);
			Self::deposit_event(Event::SessionLengthSet { blocks });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Takes `who` out of the planned set, keeping at least `MinValidators`.
		pub(crate) fn remove_planned(who: &T::AccountId) -> Result<(), Error<T>> {
			Validators::<T>::try_mutate(|set| {
				let at = set.binary_search(who).map_err(|_| Error::<T>::NotValidator)?;
				ensure!(set.len() > T::MinValidators::get() as usize, Error::<T>::TooFewValidators);
				set.remove(at);
				Ok::<_, Error<T>>(())
			})?;
			PlanChanged::<T>::put(true);
			Ok(())
		}

		/// The validators governance chose.
		pub fn validators() -> Vec<T::AccountId> {
			Validators::<T>::get().into_inner()
		}

		/// This session's validators, in session order.
		pub fn active() -> Vec<T::AccountId> {
			Active::<T>::get().into_iter().map(|(validator, _)| validator).collect()
		}
	}
}
