//! The session pallet's side of the validator set: when a session ends, which set it plans,
//! and estimates of the next rotation.

use crate::{Config, Event, Pallet, PlanChanged, SessionLength, SessionStart, Validators};
use alloc::vec::Vec;
use frame_support::{
	traits::{EstimateNextSessionRotation, Get},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Saturating, Permill};
use sp_staking::SessionIndex;

/// Plans the next set only when governance or an offence changed it, so an unchanged set keeps
/// GRANDPA's authority set id (and the historical proofs about it) still.
impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		if !PlanChanged::<T>::take() {
			return None;
		}
		let validators = Validators::<T>::get().into_inner();
		Self::deposit_event(Event::SetPlanned { session: new_index, validators: validators.len() as u32 });
		Some(validators)
	}

	/// The genesis validators, or (none given) every account the session's genesis keys.
	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let validators = Validators::<T>::get().into_inner();
		(!validators.is_empty()).then_some(validators)
	}

	fn start_session(_start_index: SessionIndex) {
		SessionStart::<T>::put(frame_system::Pallet::<T>::block_number());
	}

	fn end_session(_end_index: SessionIndex) {}
}

/// A session ends when it has lasted [`SessionLength`] blocks.
impl<T: Config> pallet_session::ShouldEndSession<BlockNumberFor<T>> for Pallet<T> {
	fn should_end_session(now: BlockNumberFor<T>) -> bool {
		now >= Self::next_rotation()
	}
}

impl<T: Config> EstimateNextSessionRotation<BlockNumberFor<T>> for Pallet<T> {
	fn average_session_length() -> BlockNumberFor<T> {
		SessionLength::<T>::get()
	}

	fn estimate_current_session_progress(now: BlockNumberFor<T>) -> (Option<Permill>, Weight) {
		let elapsed = now.saturating_sub(SessionStart::<T>::get());
		let progress = Permill::from_rational(elapsed, SessionLength::<T>::get().max(1u32.into()));
		(Some(progress), T::DbWeight::get().reads(2))
	}

	fn estimate_next_session_rotation(_now: BlockNumberFor<T>) -> (Option<BlockNumberFor<T>>, Weight) {
		(Some(Self::next_rotation()), T::DbWeight::get().reads(2))
	}
}

impl<T: Config> Pallet<T> {
	/// The block the current session ends at.
	pub fn next_rotation() -> BlockNumberFor<T> {
		SessionStart::<T>::get().saturating_add(SessionLength::<T>::get())
	}
}
