use crate::{mock::*, Active, Error, Event, Feeders, Offenders, SessionLength, Validators};
use frame_support::{
	assert_noop, assert_ok,
	traits::{DisabledValidators, SortedMembers},
};
use sp_runtime::{BuildStorage, DispatchError, Perbill};
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

fn feeders() -> Vec<u64> {
	<ValidatorSet as SortedMembers<u64>>::sorted_members()
}

fn report(offender: u64) {
	let details = [OffenceDetails { offender: (offender, ()), reporters: vec![] }];
	<ValidatorSet as OnOffenceHandler<u64, (u64, ()), frame_support::weights::Weight>>::on_offence(&details, &[Perbill::zero()], session_index());
}

fn last_feeder_change() -> Option<(Vec<u64>, Vec<u64>, Vec<u64>)> {
	FEEDER_CHANGES.with(|c| c.borrow().last().cloned())
}

fn check() {
	ValidatorSet::do_try_state().expect("the invariants hold");
}

#[test]
fn genesis_sets_the_validators_and_their_feeders() {
	new_test_ext().execute_with(|| {
		assert_eq!(ValidatorSet::validators(), vec![1, 2, 3, 4]);
		assert_eq!(ValidatorSet::active(), vec![1, 2, 3, 4]);
		assert_eq!(feeders(), vec![101, 102, 103, 104]);
		assert!(<ValidatorSet as SortedMembers<u64>>::contains(&103));
		assert!(!<ValidatorSet as SortedMembers<u64>>::contains(&3), "a validator's account is not its feeder key");
		assert_eq!(SessionLength::<Test>::get(), SESSION_LENGTH);
		check();
	});
}

#[test]
fn sessions_end_every_session_length_blocks() {
	new_test_ext().execute_with(|| {
		run_to(9);
		assert_eq!(session_index(), 0);
		run_to(10);
		assert_eq!(session_index(), 1);
		run_to(29);
		assert_eq!(session_index(), 2);
		run_to(30);
		assert_eq!(session_index(), 3);
		check();
	});
}

#[test]
fn an_added_validator_authors_and_feeds_from_the_session_after_next() {
	new_test_ext().execute_with(|| {
		REGISTERED.with(|r| r.borrow_mut().push(5));
		run_to(3);
		assert_ok!(ValidatorSet::add_validator(root(), 5));
		System::assert_last_event(Event::ValidatorAdded { who: 5 }.into());
		assert_eq!(ValidatorSet::validators(), vec![1, 2, 3, 4, 5]);
		// Session 1 starts with the set planned at genesis; session 2 is planned with 5.
		run_to(10);
		assert_eq!(ValidatorSet::active(), vec![1, 2, 3, 4]);
		System::assert_has_event(Event::SetPlanned { session: 2, validators: 5 }.into());
		assert!(!feeders().contains(&105));
		run_to(20);
		assert_eq!(ValidatorSet::active(), vec![1, 2, 3, 4, 5]);
		assert_eq!(feeders(), vec![101, 102, 103, 104, 105]);
		assert_eq!(last_feeder_change(), Some((vec![105], vec![], vec![101, 102, 103, 104, 105])));
		System::assert_has_event(Event::FeedersChanged { feeders: 5 }.into());
		check();
	});
}

#[test]
fn an_unchanged_set_is_not_planned_again() {
	new_test_ext().execute_with(|| {
		run_to(30);
		assert!(System::events().iter().all(|record| !matches!(record.event, RuntimeEvent::ValidatorSet(Event::SetPlanned { .. }))));
		assert_eq!(last_feeder_change(), None);
	});
}

#[test]
fn a_removed_validator_stops_feeding_when_it_leaves_the_active_set() {
	new_test_ext().execute_with(|| {
		assert_ok!(ValidatorSet::remove_validator(root(), 3));
		System::assert_last_event(Event::ValidatorRemoved { who: 3 }.into());
		run_to(10);
		assert!(feeders().contains(&103), "still active in session 1");
		run_to(20);
		assert_eq!(ValidatorSet::active(), vec![1, 2, 4]);
		assert_eq!(feeders(), vec![101, 102, 104]);
		assert_eq!(last_feeder_change(), Some((vec![], vec![103], vec![101, 102, 104])));
		check();
	});
}

#[test]
fn bad_changes_are_refused_and_change_nothing() {
	new_test_ext().execute_with(|| {
		REGISTERED.with(|r| r.borrow_mut().extend(5..=9));
		assert_noop!(ValidatorSet::add_validator(RuntimeOrigin::signed(1), 5), DispatchError::BadOrigin);
		assert_noop!(ValidatorSet::remove_validator(RuntimeOrigin::signed(1), 1), DispatchError::BadOrigin);
		assert_noop!(ValidatorSet::set_session_length(RuntimeOrigin::signed(1), 20), DispatchError::BadOrigin);
		assert_noop!(ValidatorSet::add_validator(root(), 42), Error::<Test>::NoSessionKeys);
		assert_noop!(ValidatorSet::add_validator(root(), 2), Error::<Test>::AlreadyValidator);
		assert_noop!(ValidatorSet::remove_validator(root(), 7), Error::<Test>::NotValidator);
		assert_noop!(ValidatorSet::set_session_length(root(), 1), Error::<Test>::SessionLengthOutOfRange);
		assert_noop!(ValidatorSet::set_session_length(root(), 101), Error::<Test>::SessionLengthOutOfRange);
		for who in 5..=8 {
			assert_ok!(ValidatorSet::add_validator(root(), who));
		}
		assert_noop!(ValidatorSet::add_validator(root(), 9), Error::<Test>::TooManyValidators);
		for who in 1..=7 {
			assert_ok!(ValidatorSet::remove_validator(root(), who));
		}
		assert_noop!(ValidatorSet::remove_validator(root(), 8), Error::<Test>::TooFewValidators);
		check();
	});
}

#[test]
fn a_new_session_length_applies_to_the_session_under_way() {
	new_test_ext().execute_with(|| {
		run_to(12);
		assert_ok!(ValidatorSet::set_session_length(root(), 4));
		System::assert_last_event(Event::SessionLengthSet { blocks: 4 }.into());
		run_to(13);
		assert_eq!(session_index(), 1);
		run_to(14);
		assert_eq!(session_index(), 2);
		run_to(18);
		assert_eq!(session_index(), 3);
		check();
	});
}

#[test]
fn an_offender_is_disabled_and_stops_feeding_at_once_and_leaves_the_set() {
	new_test_ext().execute_with(|| {
		run_to(4);
		report(2);
		System::assert_has_event(Event::OffenceReported { who: 2, session: 0, disabled: true, removed: true }.into());
		// Index 1 of the active set is validator 2: Aura refuses its blocks from now on.
		assert!(<ValidatorSet as DisabledValidators>::is_disabled(1));
		assert_eq!(<ValidatorSet as DisabledValidators>::disabled_validators(), vec![1]);
		assert_eq!(feeders(), vec![101, 103, 104]);
		assert_eq!(last_feeder_change(), Some((vec![], vec![102], vec![101, 103, 104])));
		assert_eq!(ValidatorSet::validators(), vec![1, 3, 4]);
		check();
		// Session 1 still has it active (it was queued at genesis): it stays disabled.
		run_to(10);
		assert_eq!(ValidatorSet::active(), vec![1, 2, 3, 4]);
		assert!(<ValidatorSet as DisabledValidators>::is_disabled(1));
		assert!(!feeders().contains(&102));
		check();
		// Session 2 is without it; nothing of it is left.
		run_to(20);
		assert_eq!(ValidatorSet::active(), vec![1, 3, 4]);
		assert!(Offenders::<Test>::get().is_empty());
		assert!(<ValidatorSet as DisabledValidators>::disabled_validators().is_empty());
		assert_eq!(feeders(), vec![101, 103, 104]);
		check();
	});
}

#[test]
fn a_second_report_of_one_offence_changes_nothing_more() {
	new_test_ext().execute_with(|| {
		report(2);
		let (offenders, feeders_after, planned) = (Offenders::<Test>::get(), Feeders::<Test>::get(), Validators::<Test>::get());
		let changes = FEEDER_CHANGES.with(|c| c.borrow().len());
		report(2);
		assert_eq!(Offenders::<Test>::get(), offenders);
		assert_eq!(Feeders::<Test>::get(), feeders_after);
		assert_eq!(Validators::<Test>::get(), planned);
		assert_eq!(FEEDER_CHANGES.with(|c| c.borrow().len()), changes);
		check();
	});
}

#[test]
fn at_most_a_third_of_the_active_set_is_disabled() {
	new_test_ext().execute_with(|| {
		report(1);
		report(4);
		System::assert_has_event(Event::OffenceReported { who: 4, session: 0, disabled: false, removed: true }.into());
		assert_eq!(Offenders::<Test>::get().into_inner(), vec![1]);
		assert_eq!(feeders(), vec![102, 103, 104], "the undisabled offender still feeds until it leaves");
		assert_eq!(ValidatorSet::validators(), vec![2, 3]);
		run_to(20);
		assert_eq!(ValidatorSet::active(), vec![2, 3]);
		assert_eq!(feeders(), vec![102, 103]);
		check();
	});
}

#[test]
fn a_lone_validator_is_neither_disabled_nor_removed() {
	new_test_ext().execute_with(|| {
		for who in 2..=4 {
			assert_ok!(ValidatorSet::remove_validator(root(), who));
		}
		run_to(20);
		assert_eq!(ValidatorSet::active(), vec![1]);
		report(1);
		System::assert_has_event(Event::OffenceReported { who: 1, session: 2, disabled: false, removed: false }.into());
		assert_eq!(ValidatorSet::validators(), vec![1]);
		assert!(!<ValidatorSet as DisabledValidators>::is_disabled(0));
		assert_eq!(feeders(), vec![101]);
		check();
	});
}

#[test]
fn an_offence_of_an_inactive_account_disables_nobody() {
	new_test_ext().execute_with(|| {
		report(9);
		assert!(Offenders::<Test>::get().is_empty());
		assert_eq!(Active::<Test>::get().len(), 4);
		assert_eq!(feeders(), vec![101, 102, 103, 104]);
		check();
	});
}

/// An abuse of the shapes above: a validator re-added right after its offence is planned again,
/// but stays disabled and feeds nothing while the session it offended in lasts.
#[test]
fn an_offender_readded_at_once_stays_disabled_while_active() {
	new_test_ext().execute_with(|| {
		report(2);
		assert_ok!(ValidatorSet::add_validator(root(), 2));
		assert!(<ValidatorSet as DisabledValidators>::is_disabled(1));
		assert!(!feeders().contains(&102));
		run_to(10);
		// The active set did not change at this boundary, so the offender stays disabled.
		assert!(<ValidatorSet as DisabledValidators>::is_disabled(1));
		check();
	});
}

mod properties {
	use super::*;
	use proptest::prelude::*;

	#[derive(Clone, Debug)]
	enum Step {
		Add(u64),
		Remove(u64),
		Offence(u64),
		Blocks(u64),
		Length(u64),
	}

	fn step() -> impl Strategy<Value = Step> {
		prop_oneof![
			(1u64..=9).prop_map(Step::Add),
			(1u64..=9).prop_map(Step::Remove),
			(1u64..=9).prop_map(Step::Offence),
			(1u64..=25).prop_map(Step::Blocks),
			(1u64..=30).prop_map(Step::Length),
		]
	}

	proptest! {
		/// Whatever governance, offences and time do, the invariants hold after each step, and
		/// the feeders are exactly the active validators' less the disabled ones.
		#[test]
		fn the_set_stays_consistent(steps in proptest::collection::vec(step(), 1..40)) {
			new_test_ext().execute_with(|| {
				REGISTERED.with(|r| r.borrow_mut().extend(5..=9));
				for step in steps {
					match step {
						Step::Add(who) => { let _ = ValidatorSet::add_validator(root(), who); },
						Step::Remove(who) => { let _ = ValidatorSet::remove_validator(root(), who); },
						Step::Offence(who) => report(who),
						Step::Blocks(n) => run_to(System::block_number() + n),
						Step::Length(n) => { let _ = ValidatorSet::set_session_length(root(), n); },
					}
					check();
					let offenders = Offenders::<Test>::get();
					let expected: Vec<u64> = {
						let mut f: Vec<u64> = ValidatorSet::active().into_iter().filter(|v| !offenders.contains(v)).map(feeder_of).collect();
						f.sort();
						f
					};
					assert_eq!(feeders(), expected);
					assert!(!ValidatorSet::active().is_empty());
				}
			});
		}
	}
}

/// A genesis that names no validators takes every account the session's genesis keys, so a
/// chain spec can list its validators once.
#[test]
fn a_genesis_without_validators_takes_the_sessions() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> { validators: vec![], session_length: SESSION_LENGTH }.assimilate_storage(&mut storage).unwrap();
	sp_io::TestExternalities::from(storage).execute_with(|| {
		assert_eq!(<ValidatorSet as pallet_session::SessionManager<u64>>::new_session_genesis(0), None, "the session uses its keys' accounts");
		let keys = [(3u64, sp_runtime::testing::UintAuthorityId(103)), (1, sp_runtime::testing::UintAuthorityId(101))];
		<ValidatorSet as frame_support::traits::OneSessionHandler<u64>>::on_genesis_session(keys.iter().map(|(v, k)| (v, k.clone())));
		assert_eq!(ValidatorSet::validators(), vec![1, 3]);
		assert_eq!(ValidatorSet::active(), vec![3, 1], "session order is kept for Aura's indices");
		assert_eq!(feeders(), vec![101, 103]);
		check();
	});
}
