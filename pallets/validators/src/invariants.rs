//! What must hold after every block (`try_state`).

use crate::{Active, Config, Feeders, Offenders, Pallet, SessionLength, Validators};
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let planned = Validators::<T>::get();
		ensure!(planned.windows(2).all(|pair| pair[0] < pair[1]), "the planned validators are sorted and distinct");
		ensure!(!planned.is_empty(), "a validator is planned");
		let offenders = Offenders::<T>::get();
		let active = Self::active();
		ensure!(offenders.iter().all(|who| active.contains(who)), "every offender is active");
		ensure!(offenders.len() <= Self::most_disabled(active.len()), "at most a third of the active set is disabled");
		ensure!(Feeders::<T>::get() == Self::derived_feeders(), "the feeders are the active validators' less the offenders'");
		let length = SessionLength::<T>::get();
		ensure!(
			(T::MinSessionLength::get()..=T::MaxSessionLength::get()).contains(&length),
			"the session length is within bounds"
		);
		ensure!(Active::<T>::decode_len().unwrap_or_default() > 0, "a validator is active");
		Ok(())
	}
}
