//! The oracle's feeders: the feeder accounts of the active validators' `orcl` keys, less the
//! offenders. This pallet is the session handler of the `orcl` key, so the set follows every
//! session change without anyone keeping it in step.

use crate::{Active, Config, Event, Feeders, Offenders, Pallet, Validators};
use alloc::vec::Vec;
use frame_support::{
	traits::{ChangeMembers, Get, OneSessionHandler, SortedMembers},
	BoundedVec,
};
use sp_runtime::traits::Convert;

impl<T: Config> sp_runtime::BoundToRuntimeAppPublic for Pallet<T> {
	type Public = T::FeederKey;
}

impl<T: Config> OneSessionHandler<T::AccountId> for Pallet<T> {
	type Key = T::FeederKey;

	fn on_genesis_session<'a, I: 'a>(validators: I)
	where
		I: Iterator<Item = (&'a T::AccountId, Self::Key)>,
		T::AccountId: 'a,
	{
		Self::set_active(validators);
		if Validators::<T>::get().is_empty() {
			let mut planned = Self::active();
			planned.sort();
			Validators::<T>::put(BoundedVec::truncate_from(planned));
		}
		Feeders::<T>::put(Self::derived_feeders());
	}

	fn on_new_session<'a, I: 'a>(changed: bool, validators: I, _queued_validators: I)
	where
		I: Iterator<Item = (&'a T::AccountId, Self::Key)>,
		T::AccountId: 'a,
	{
		if !changed {
			return;
		}
		Self::set_active(validators);
		// An offender stays disabled while it is active, within a third of the new set (the
		// earliest reported first); once out, it is forgotten.
		let active = Self::active();
		let most = Self::most_disabled(active.len());
		Offenders::<T>::mutate(|offenders| {
			offenders.retain(|who| active.contains(who));
			offenders.truncate(most);
		});
		Self::refresh_feeders();
	}

	/// Ballast disables through its own offender list ([`crate::offences`]), not the session's.
	fn on_disabled(_validator_index: u32) {}
}

impl<T: Config> Pallet<T> {
	/// Records this session's validators, in session order, with their feeder accounts.
	fn set_active<'a, I>(validators: I)
	where
		I: Iterator<Item = (&'a T::AccountId, T::FeederKey)>,
		T::AccountId: 'a,
	{
		let active: Vec<_> = validators.map(|(who, key)| (who.clone(), T::FeederAccount::convert(key))).collect();
		// The session's set is what this pallet planned, within `MaxValidators`.
		if active.len() > T::MaxValidators::get() as usize {
			frame_support::defensive!("the session's set is larger than MaxValidators");
		}
		Active::<T>::put(BoundedVec::truncate_from(active));
	}

	/// The feeders [`Active`] and [`Offenders`] make, sorted.
	pub fn derived_feeders() -> BoundedVec<T::AccountId, T::MaxValidators> {
		let offenders = Offenders::<T>::get();
		let mut feeders: Vec<_> = Active::<T>::get()
			.into_iter()
			.filter(|(validator, _)| !offenders.contains(validator))
			.map(|(_, feeder)| feeder)
			.collect();
		feeders.sort();
		feeders.dedup();
		BoundedVec::truncate_from(feeders)
	}

	/// Re-derives the feeders and tells the oracle who came and went.
	pub(crate) fn refresh_feeders() {
		let new = Self::derived_feeders();
		let old = Feeders::<T>::get();
		if new == old {
			return;
		}
		let (incoming, outgoing) = T::FeedersChanged::compute_members_diff_sorted(&new, &old);
		Feeders::<T>::put(&new);
		T::FeedersChanged::change_members_sorted(&incoming, &outgoing, &new);
		Self::deposit_event(Event::FeedersChanged { feeders: new.len() as u32 });
	}
}

/// The oracle asks here who may submit prices.
impl<T: Config> SortedMembers<T::AccountId> for Pallet<T> {
	fn sorted_members() -> Vec<T::AccountId> {
		Feeders::<T>::get().into_inner()
	}

	fn contains(who: &T::AccountId) -> bool {
		Feeders::<T>::get().binary_search(who).is_ok()
	}

	fn count() -> usize {
		Feeders::<T>::decode_len().unwrap_or_default()
	}
}
