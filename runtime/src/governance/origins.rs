//! The origins referenda on Ballast's own tracks dispatch with, and how fast the tracks run.
//!
//! Each origin is what a passed referendum on its track may do, and no more: the pallets accept
//! it only where their config names it (`configs/`). `Emergency` can only halt or resume a
//! market, the venue's trading or withdrawals, each halt ending by itself; `RiskParameters` can
//! only call the risk setters, which check every value's range and phase raises in;
//! `OracleAdmin` can only change the markets' oracle settings; `Validators` can only add or
//! remove a validator and set the session length. Root (its own
//! track) can do anything, runtime upgrades included.

pub use pallet::*;

#[frame_support::pallet]
pub mod pallet {
	use frame_support::pallet_prelude::*;

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The custom origins, one per track besides root.
	#[derive(PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
	#[pallet::origin]
	pub enum Origin {
		/// Markets listed and delisted, margin fractions and size tiers, funding and impact,
		/// breaker bands, fund and deleveraging parameters, dynamic-margin coefficients,
		/// reputation tiers, liquidation parameters.
		RiskParameters,
		/// Halt or resume a market, the venue or withdrawals; every halt expires by itself.
		Emergency,
		/// Markets' oracle settings.
		OracleAdmin,
		/// Validators (and so feeders) in and out, the session length.
		Validators,
	}

	/// By how much every track's periods are divided: 1 on every network but the dev chain,
	/// whose preset shortens them so a referendum passes in minutes (`tracks.rs`).
	#[pallet::storage]
	pub type PaceDivisor<T> = StorageValue<_, u32, ValueQuery, ConstU32<1>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// 1 keeps the production periods.
		pub pace_divisor: u32,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			PaceDivisor::<T>::put(self.pace_divisor.max(1));
		}
	}
}

/// `EnsureOrigin` for one custom origin.
macro_rules! ensure_origin {
	($($name:ident),* $(,)?) => { $(
		#[doc = concat!("Passes only the `", stringify!($name), "` origin: a referendum passed on its track.")]
		pub struct $name;
		impl<O: Into<Result<Origin, O>> + From<Origin>> frame_support::traits::EnsureOrigin<O> for $name {
			type Success = ();
			fn try_origin(o: O) -> Result<Self::Success, O> {
				o.into().and_then(|o| match o {
					Origin::$name => Ok(()),
					other => Err(O::from(other)),
				})
			}
			#[cfg(feature = "runtime-benchmarks")]
			fn try_successful_origin() -> Result<O, ()> {
				Ok(O::from(Origin::$name))
			}
		}
	)* };
}

ensure_origin!(RiskParameters, Emergency, OracleAdmin, Validators);
