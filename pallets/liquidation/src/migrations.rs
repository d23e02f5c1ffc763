//! Migrations of the engine's storage, each from the version before it (the runtime lists the
//! ones live chains have not run yet in `runtime/src/migrations.rs`).

/// Version 1: the watermark follows each market's index beside its mark ([`LastPrices`] for
/// `LastMarks`), and the parameters gain the gap cover and the risk horizon.
pub mod v1 {
	use crate::{pallet::*, BlockShares, Followed, LiquidationParams};
	use ballast_primitives::{Balance, MarketId, Price, Ratio};
	use codec::{Decode, Encode};
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};

	/// The parameters as version 1 stored them.
	#[derive(Encode, Decode)]
	pub(crate) struct ParamsV1 {
		pub penalty: Ratio,
		pub target_health: Ratio,
		pub block_share: BlockShares,
		pub funding_allowance: Ratio,
		pub min_partial_notional: Balance,
		pub gap_cover: Ratio,
		pub risk_horizon: u32,
	}

	/// The parameters as version 0 stored them.
	#[derive(Decode)]
	struct ParamsV0 {
		penalty: Ratio,
		target_health: Ratio,
		block_share: BlockShares,
		funding_allowance: Ratio,
		min_partial_notional: Balance,
	}

	#[frame_support::storage_alias]
	type LastMarks<T: Config> = StorageValue<Pallet<T>, BoundedVec<(MarketId, Price), <T as Config>::MaxMarkets>, ValueQuery>;

	/// Translates version 0's storage; wrap it in `VersionedMigration<0, 1, …>`.
	pub struct Translate<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Translate<T> {
		fn on_runtime_upgrade() -> Weight {
			let key = Params::<T>::hashed_key();
			if let Some(old) = frame_support::storage::unhashed::get::<ParamsV0>(&key) {
				let defaults = LiquidationParams::default();
				frame_support::storage::unhashed::put(
					&key,
					&ParamsV1 {
						penalty: old.penalty,
						target_health: old.target_health,
						block_share: old.block_share,
						funding_allowance: old.funding_allowance,
						min_partial_notional: old.min_partial_notional,
						gap_cover: defaults.gap_cover,
						risk_horizon: defaults.risk_horizon,
					},
				);
			}
			// The index starts from the last mark: every account was filed as valued at it, so the
			// first step (from the mark to today's index) covers the gap the new valuation opens.
			let followed = LastMarks::<T>::take().into_iter().map(|(market, mark)| Followed { market, mark, index: mark });
			LastPrices::<T>::put(BoundedVec::truncate_from(followed.collect()));
			T::DbWeight::get().reads_writes(2, 3)
		}
	}
}

/// Version 2: the parameters gain the stress floor the book's census shocks markets by (the
/// census itself starts empty: its first sweep begins at the next block).
pub mod v2 {
	use super::v1::ParamsV1;
	use crate::{pallet::*, LiquidationParams};
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};

	/// Translates version 1's storage; wrap it in `VersionedMigration<1, 2, …>`.
	pub struct Translate<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Translate<T> {
		fn on_runtime_upgrade() -> Weight {
			// Written as version 2 laid the parameters out: version 3's migration reads them so.
			let key = Params::<T>::hashed_key();
			if let Some(old) = frame_support::storage::unhashed::get::<ParamsV1>(&key) {
				let params = super::v3::ParamsV2 {
					penalty: old.penalty,
					target_health: old.target_health,
					block_share: old.block_share,
					funding_allowance: old.funding_allowance,
					min_partial_notional: old.min_partial_notional,
					gap_cover: old.gap_cover,
					risk_horizon: old.risk_horizon,
					stress_floor: LiquidationParams::default().stress_floor,
				};
				frame_support::storage::unhashed::put(&key, &params);
			}
			T::DbWeight::get().reads_writes(1, 1)
		}
	}
}

/// Version 3: the fund's shock set gains its extreme rung (the parameters' `extreme_multiple`
/// and `extreme_cover`, the census's extreme sums and the target it finished with). A sweep
/// under way and the last finished one are dropped, not translated: the next sweep, from the
/// next block, measures the book over the whole set; until it finishes (a few blocks) the fund
/// reads no target, as on a new chain.
pub mod v3 {
	use crate::{pallet::*, BlockShares, LiquidationParams};
	use ballast_primitives::{Balance, Ratio};
	use codec::{Decode, Encode};
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
	use sp_arithmetic::Perbill;

	/// The parameters as version 2 stored them.
	#[derive(Encode, Decode)]
	pub(crate) struct ParamsV2 {
		pub penalty: Ratio,
		pub target_health: Ratio,
		pub block_share: BlockShares,
		pub funding_allowance: Ratio,
		pub min_partial_notional: Balance,
		pub gap_cover: Ratio,
		pub risk_horizon: u32,
		pub stress_floor: Perbill,
	}

	/// Translates version 2's storage; wrap it in `VersionedMigration<2, 3, …>`.
	pub struct Translate<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Translate<T> {
		fn on_runtime_upgrade() -> Weight {
			// Written as version 3 laid the parameters out: version 4's migration reads them so.
			let defaults = LiquidationParams::default();
			let key = Params::<T>::hashed_key();
			if let Some(old) = frame_support::storage::unhashed::get::<ParamsV2>(&key) {
				let params = super::v4::ParamsV3 {
					penalty: old.penalty,
					target_health: old.target_health,
					block_share: old.block_share,
					funding_allowance: old.funding_allowance,
					min_partial_notional: old.min_partial_notional,
					gap_cover: old.gap_cover,
					risk_horizon: old.risk_horizon,
					stress_floor: old.stress_floor,
					extreme_multiple: defaults.extreme_multiple,
					extreme_cover: defaults.extreme_cover,
				};
				frame_support::storage::unhashed::put(&key, &params);
			}
			CensusUnderWay::<T>::kill();
			LastCensus::<T>::kill();
			T::DbWeight::get().reads_writes(1, 3)
		}
	}
}

/// Version 4: the parameters gain the concentration share and floor (a liquidation cuts an
/// account large against the fund to what the fund could absorb of a crash).
pub mod v4 {
	use crate::{pallet::*, BlockShares, LiquidationParams};
	use ballast_primitives::{Balance, Ratio};
	use codec::{Decode, Encode};
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
	use sp_arithmetic::Perbill;

	/// The parameters as version 3 stored them.
	#[derive(Encode, Decode)]
	pub(crate) struct ParamsV3 {
		pub penalty: Ratio,
		pub target_health: Ratio,
		pub block_share: BlockShares,
		pub funding_allowance: Ratio,
		pub min_partial_notional: Balance,
		pub gap_cover: Ratio,
		pub risk_horizon: u32,
		pub stress_floor: Perbill,
		pub extreme_multiple: u32,
		pub extreme_cover: Perbill,
	}

	/// Translates version 3's storage; wrap it in `VersionedMigration<3, 4, …>`.
	pub struct Translate<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Translate<T> {
		fn on_runtime_upgrade() -> Weight {
			let defaults = LiquidationParams::default();
			let _ = Params::<T>::translate::<ParamsV3, _>(|old| {
				old.map(|old| LiquidationParams {
					penalty: old.penalty,
					target_health: old.target_health,
					block_share: old.block_share,
					funding_allowance: old.funding_allowance,
					min_partial_notional: old.min_partial_notional,
					gap_cover: old.gap_cover,
					risk_horizon: old.risk_horizon,
					stress_floor: old.stress_floor,
					extreme_multiple: old.extreme_multiple,
					extreme_cover: old.extreme_cover,
					concentration_share: defaults.concentration_share,
					concentration_floor: defaults.concentration_floor,
				})
			});
			T::DbWeight::get().reads_writes(1, 1)
		}
	}
}
