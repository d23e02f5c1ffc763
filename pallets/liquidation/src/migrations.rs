//! Migrations of the engine's storage, each from the version before it (the runtime lists the
//! ones live chains have not run yet in `runtime/src/migrations.rs`).

/// Version 1: the watermark follows each market's index beside its mark ([`LastPrices`] for
/// `LastMarks`), and the parameters gain the gap cover and the risk horizon.
pub mod v1 {
	use crate::{pallet::*, BlockShares, Followed, LiquidationParams};
	use ballast_primitives::{Balance, MarketId, Price, Ratio};
	use codec::Decode;
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};

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
			let _ = Params::<T>::translate::<ParamsV0, _>(|old| {
				old.map(|old| LiquidationParams {
					penalty: old.penalty,
					target_health: old.target_health,
					block_share: old.block_share,
					funding_allowance: old.funding_allowance,
					min_partial_notional: old.min_partial_notional,
					gap_cover: LiquidationParams::default().gap_cover,
					risk_horizon: LiquidationParams::default().risk_horizon,
				})
			});
			// The index starts from the last mark: every account was filed as valued at it, so the
			// first step (from the mark to today's index) covers the gap the new valuation opens.
			let followed = LastMarks::<T>::take().into_iter().map(|(market, mark)| Followed { market, mark, index: mark });
			LastPrices::<T>::put(BoundedVec::truncate_from(followed.collect()));
			T::DbWeight::get().reads_writes(2, 3)
		}
	}
}
