//! What the margin engine tells the engine: an account changed, margins tightened, funding caps.

use crate::{pallet::*, risk};
use ballast_primitives::{AccountChange, MarginObserver, Ratio};
use sp_arithmetic::traits::Bounded;

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

	/// From the watermark to the most urgent indexed account: a tightening smaller than this
	/// reaches nobody's trigger, so (the index being never wrong) makes nobody liquidatable.
	fn tightening_room() -> Ratio {
		let levels = Self::levels();
		let first_of = |(queue, class)| Self::segment_entries(queue, class).next().filter(|(key, _)| risk::in_segment(*key, queue, class));
		let room = risk::segments(0).filter_map(first_of).map(|(key, _)| risk::level_of(key).saturating_sub(levels.for_key(key))).min();
		room.map_or(Ratio::max_value(), Ratio::from_inner)
	}
}
