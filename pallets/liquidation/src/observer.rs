//! What the margin engine tells the engine: an account changed, margins tightened, funding caps.

use crate::pallet::*;
use ballast_primitives::{AccountChange, MarginObserver, Ratio};

/// The margin pallet tells the engine what changed.
impl<T: Config> MarginObserver<T::AccountId> for Pallet<T> {
	fn account_changed(who: &T::AccountId, change: &AccountChange) {
		match change.health {
			Some(health) => Self::place(who, &Self::levels(), health, change.positions, true),
			None => Self::unindex(who),
		}
	}

	fn margins_tightened(increase: Ratio) {
		let raised = Self::levels().raised(increase.into_inner());
		Watermark::<T>::put(raised.both);
		SideWatermarks::<T>::put((raised.falls, raised.rises));
	}

	fn funding_capped_at(max_rate_per_block: Ratio) {
		FundingCap::<T>::mutate(|cap| *cap = (*cap).max(max_rate_per_block));
	}

	fn funding_caps_now(highest: Ratio) {
		if FundingCap::<T>::get() != highest {
			FundingCap::<T>::put(highest);
		}
	}
}
