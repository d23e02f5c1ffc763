//! Migrations of the margin engine's storage, each from the version before it (the runtime
//! lists the ones live chains have not run yet in `runtime/src/migrations.rs`).

/// Version 1: the dynamic margins' parameters lose `room_share` (a tightening no longer waits
/// for room in the liquidation index; it advances the index's watermark instead).
pub mod v1 {
	use crate::pallet::*;
	use ballast_primitives::{MarketId, Ratio};
	use codec::{Decode, Encode};
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

	/// The parameters as version 1 stored them.
	#[derive(Encode, Decode)]
	pub(crate) struct ScalingV1 {
		pub volatility_weight: Ratio,
		pub correlation_weight: Ratio,
		pub macro_market: Option<MarketId>,
		pub macro_weight: Ratio,
		pub cover_target: Ratio,
		pub cover_weight: Ratio,
		pub level_terms: [Ratio; 4],
		pub max_multiplier: Ratio,
		pub ramp_blocks: u32,
	}

	/// Translates version 0's storage; wrap it in `VersionedMigration<0, 1, …>`.
	pub struct Translate<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Translate<T> {
		fn on_runtime_upgrade() -> Weight {
			let value = frame_support::storage::unhashed::get::<ScalingV0>(&Scaling::<T>::hashed_key());
			if let Some(old) = value {
				frame_support::storage::unhashed::put(&Scaling::<T>::hashed_key(), &ScalingV1 {
					volatility_weight: old.volatility_weight,
					correlation_weight: old.correlation_weight,
					macro_market: old.macro_market,
					macro_weight: old.macro_weight,
					cover_target: old.cover_target,
					cover_weight: old.cover_weight,
					level_terms: old.level_terms,
					max_multiplier: old.max_multiplier,
					ramp_blocks: old.ramp_blocks,
				});
			}
			T::DbWeight::get().reads_writes(1, 1)
		}
	}
}

/// Version 2: the dynamic margins gain a stressed floor (`stressed_weight`, at its default): a
/// market's multiplier is at least what covers the largest move the oracle recorded over its
/// long window; and a fund short of its target takes more of the fees
/// (`undercover_fee_share`, at its default).
pub mod v2 {
	use super::v1::ScalingV1;
	use crate::{pallet::*, types::ScalingParams};
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};

	/// Translates version 1's storage; wrap it in `VersionedMigration<1, 2, …>`.
	pub struct Translate<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Translate<T> {
		fn on_runtime_upgrade() -> Weight {
			let _ = Scaling::<T>::translate::<ScalingV1, _>(|old| {
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
					stressed_weight: ScalingParams::default().stressed_weight,
					undercover_fee_share: ScalingParams::default().undercover_fee_share,
				})
			});
			T::DbWeight::get().reads_writes(1, 1)
		}
	}
}

/// Version 3: the vault's ledgers gain the liquidity providers' crisis premium (`premium`, empty:
/// the first block after the upgrade follows the fund's episode, if one runs).
pub mod v3 {
	use crate::{
		pallet::*,
		types::{PooledLedgers, TradersPnl, Vault},
	};
	use ballast_primitives::Balance;
	use codec::Decode;
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};

	/// The ledgers as version 2 stored them.
	#[derive(Decode)]
	struct PooledLedgersV2 {
		vault: Vault,
		unsettled_profit: Balance,
		insurance_fees: Balance,
		open_pnl: TradersPnl,
	}

	/// Translates version 2's storage; wrap it in `VersionedMigration<2, 3, …>`.
	pub struct Translate<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Translate<T> {
		fn on_runtime_upgrade() -> Weight {
			let _ = Pool::<T>::translate::<PooledLedgersV2, _>(|old| {
				old.map(|old| PooledLedgers {
					vault: old.vault,
					unsettled_profit: old.unsettled_profit,
					insurance_fees: old.insurance_fees,
					open_pnl: old.open_pnl,
					premium: Default::default(),
				})
			});
			T::DbWeight::get().reads_writes(1, 1)
		}
	}
}
