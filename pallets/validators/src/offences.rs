//! Proven offences: the offender is disabled at once (Aura refuses its blocks, the oracle its
//! prices) and leaves the planned set.
//!
//! Only GRANDPA equivocations are proven on chain on Ballast. FRAME's Aura has no equivocation
//! report: a node that sees two blocks of one author in one slot logs it, and the operators
//! bring the two headers to a `validators` referendum (`docs/operators.md`).

use crate::{Active, Config, Event, Offenders, Pallet, Validators};
use alloc::vec::Vec;
use frame_support::{
	traits::{DisabledValidators, Get},
	weights::Weight,
};
use sp_runtime::{traits::Convert, Perbill};
use sp_staking::{
	offence::{OffenceDetails, OnOffenceHandler},
	SessionIndex,
};

impl<T: Config, Identification> OnOffenceHandler<T::AccountId, (T::AccountId, Identification), Weight> for Pallet<T> {
	fn on_offence(
		offenders: &[OffenceDetails<T::AccountId, (T::AccountId, Identification)>],
		_slash_fraction: &[Perbill],
		session: SessionIndex,
	) -> Weight {
		let db = T::DbWeight::get();
		let mut weight = db.reads(2);
		for details in offenders {
			let who = &details.offender.0;
			let disabled = Self::disable(who);
			let removed = Validators::<T>::get().binary_search(who).is_ok() && Self::remove_planned(who).is_ok();
			Self::deposit_event(Event::OffenceReported { who: who.clone(), session, disabled, removed });
			weight.saturating_accrue(db.reads_writes(2, 3));
		}
		Self::refresh_feeders();
		weight.saturating_accrue(db.reads_writes(3, 1));
		weight
	}
}

impl<T: Config> Pallet<T> {
	/// Disables an active validator, unless a third of the active set (rounded down) is
	/// disabled already: the rest keep authoring and finalizing.
	fn disable(who: &T::AccountId) -> bool {
		let active = Self::active();
		if !active.contains(who) {
			return false;
		}
		let most = Self::most_disabled(active.len());
		Offenders::<T>::mutate(|offenders| {
			if offenders.contains(who) {
				return true;
			}
			offenders.len() < most && offenders.try_push(who.clone()).is_ok()
		})
	}
}

impl<T: Config> Pallet<T> {
	/// How many of `active` validators may be disabled at once: a third, rounded down, of all
	/// but one, so a lone validator never is.
	pub(crate) fn most_disabled(active: usize) -> usize {
		active.saturating_sub(1) / 3
	}
}

/// Aura's view: the authority at `index` of this session is disabled if it is an offender.
impl<T: Config> DisabledValidators for Pallet<T> {
	fn is_disabled(index: u32) -> bool {
		let Some((validator, _)) = Active::<T>::get().get(index as usize).cloned() else { return false };
		Offenders::<T>::get().contains(&validator)
	}

	fn disabled_validators() -> Vec<u32> {
		let offenders = Offenders::<T>::get();
		Active::<T>::get()
			.iter()
			.enumerate()
			.filter(|(_, (validator, _))| offenders.contains(validator))
			.map(|(index, _)| index as u32)
			.collect()
	}
}

/// The historical sessions' identification of a validator: its account, nothing at stake.
pub struct ValidatorOf<T>(core::marker::PhantomData<T>);

impl<T: Config> Convert<T::AccountId, Option<()>> for ValidatorOf<T> {
	fn convert(_: T::AccountId) -> Option<()> {
		Some(())
	}
}
