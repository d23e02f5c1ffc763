//! Migrations of the insurance fund's storage, each from the version before it (the runtime
//! lists the ones live chains have not run yet in `runtime/src/migrations.rs`).

/// Version 1: the fund's parameters gain the deleveraging rule (`adl_rule`, ranked as before).
pub mod v1 {
	use crate::{pallet::*, types::{AdlRule, FundParams}};
	use codec::Decode;
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
	use sp_arithmetic::Perbill;

	/// The parameters as version 0 stored them.
	#[derive(Decode)]
	struct FundParamsV0 {
		withdrawal_cooldown: u32,
		claim_window: u32,
		vault_loss_share: Perbill,
		max_profit_to_cash: Perbill,
		drawdown_window: u32,
		crisis_premium: Perbill,
		crisis_drawdown: Perbill,
	}

	/// Translates version 0's storage; wrap it in `VersionedMigration<0, 1, …>`.
	pub struct Translate<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Translate<T> {
		fn on_runtime_upgrade() -> Weight {
			let _ = Params::<T>::translate::<FundParamsV0, _>(|old| {
				old.map(|old| FundParams {
					withdrawal_cooldown: old.withdrawal_cooldown,
					claim_window: old.claim_window,
					vault_loss_share: old.vault_loss_share,
					max_profit_to_cash: old.max_profit_to_cash,
					drawdown_window: old.drawdown_window,
					crisis_premium: old.crisis_premium,
					crisis_drawdown: old.crisis_drawdown,
					adl_rule: AdlRule::Ranked,
				})
			});
			T::DbWeight::get().reads_writes(1, 1)
		}
	}
}
