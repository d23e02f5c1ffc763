//! Migrations of the margin engine's storage, each from the version before it (the runtime
//! lists the ones live chains have not run yet in `runtime/src/migrations.rs`).

/// Version 1: the dynamic margins' parameters lose `room_share` (a tightening no longer waits
/// for room in the liquidation index; it advances the index's watermark instead).
pub mod v1 {
	use crate::{pallet::*, types::ScalingParams};
	use ballast_primitives::{MarketId, Ratio};
	use codec::Decode;
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
	use sp_arithmetic::Perbill;

	/// The parameters as version 0 stored them.
	#[derive(Decode)]
	struct ScalingV0 {
		volatility_weight: Ratio,
		correlation_weight: Ratio,
		macro_market: Option<MarketId>,
		macro_weight: Ratio,
		cover_target: Ratio,
		cover_weight: Ratio,
		level_terms: [Ratio; 4],
		max_multiplier: Ratio,
		ramp_blocks: u32,
		_room_share: Perbill,
	}

	/// Translates version 0's storage; wrap it in `VersionedMigration<0, 1, …>`.
	pub struct Translate<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Translate<T> {
		fn on_runtime_upgrade() -> Weight {
			let _ = Scaling::<T>::translate::<ScalingV0, _>(|old| {
				old.map(|old| ScalingParams {
					volatility_weight: old.volatility_weight,
					correlation_weight: old.correlation_weight,
					macro_market: old.macro_market,
					macro_weight: old.macro_weight,
					cover_target: old.cover_target,
					cover_weight: old.cover_weight,
					level_terms: old.level_terms,
					max_multiplier: old.max_multiplier,
					ramp_blocks: old.ramp_blocks,
				})
			});
			T::DbWeight::get().reads_writes(1, 1)
		}
	}
}
