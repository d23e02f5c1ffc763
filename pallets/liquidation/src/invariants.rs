//! The engine's invariants, checked by `try_state`: the index never wrong.

use crate::{pallet::*, risk};
use ballast_primitives::MarginAccounts;

impl<T: Config> Pallet<T> {
	/// The index is consistent with itself, every account with positions or a shortfall is in
	/// it, and every indexed account below maintenance (a bankrupt one with nothing left to close
	/// among them) will be examined by the next block (never wrong).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::ensure;
		let levels = Self::levels();
		ensure!(levels.falls <= levels.both && levels.rises <= levels.both, "a one-sided level above the two-sided one");
		for (key, who) in Index::<T>::iter_keys() {
			ensure!(Triggers::<T>::get(&who) == Some(key), "an index entry without its trigger");
			let liquidatable = T::Margin::health(&who).is_some_and(|h| h.is_liquidatable());
			// The next block's level is at least one unit higher: it examines this one.
			ensure!(
				!liquidatable || risk::level_of(key) <= levels.for_key(key).saturating_add(1),
				"a liquidatable account the next block would not examine"
			);
			// A one-sided key only for an account holding that side alone (a size tier that came
			// within reach since needs no move: it is crossed only by a move the account's way).
			ensure!(risk::class_of(key).fits(&T::Margin::positions(&who)), "an account filed against a side it does not hold alone");
		}
		for who in T::Margin::watched_accounts() {
			ensure!(Triggers::<T>::contains_key(&who), "an account with positions or a shortfall is not indexed");
		}
		let indexed = Index::<T>::iter().count();
		ensure!(Triggers::<T>::iter().count() == indexed, "triggers and index differ");
		Ok(())
	}
}
