//! A runtime with only this pallet, and a session stand-in that calls its hooks in the order
//! `pallet-session` does: the set planned at one boundary becomes active at the next.

use crate as pallet_validators;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::ChangeMembers};
use sp_runtime::{testing::UintAuthorityId, traits::Convert, BuildStorage};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		ValidatorSet: pallet_validators,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	/// Accounts with registered session keys.
	pub static REGISTERED: RefCell<Vec<u64>> = RefCell::new((1..=4).collect());
	/// Every feeder change the oracle heard of: (incoming, outgoing, new).
	pub static FEEDER_CHANGES: RefCell<Vec<(Vec<u64>, Vec<u64>, Vec<u64>)>> = RefCell::new(Vec::new());
	/// The set the session stand-in queued for its next session.
	pub static QUEUED: RefCell<Vec<u64>> = RefCell::new(Vec::new());
	/// The session stand-in's index.
	pub static SESSION: RefCell<u32> = RefCell::new(0);
}

pub struct Registered;
impl frame_support::traits::ValidatorRegistration<u64> for Registered {
	fn is_registered(id: &u64) -> bool {
		REGISTERED.with(|r| r.borrow().contains(id))
	}
}

/// Validator `n`'s feeder key is `100 + n`; the key's account is its number.
pub fn feeder_of(validator: u64) -> u64 {
	100 + validator
}

pub struct KeyAccount;
impl Convert<UintAuthorityId, u64> for KeyAccount {
	fn convert(key: UintAuthorityId) -> u64 {
		key.0
	}
}

pub struct OracleStandIn;
impl ChangeMembers<u64> for OracleStandIn {
	fn change_members_sorted(incoming: &[u64], outgoing: &[u64], new: &[u64]) {
		FEEDER_CHANGES.with(|c| c.borrow_mut().push((incoming.to_vec(), outgoing.to_vec(), new.to_vec())));
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for Registered {
	fn register_keys(who: &u64) {
		REGISTERED.with(|r| r.borrow_mut().push(*who));
	}
}

parameter_types! {
	pub const MaxValidators: u32 = 8;
	pub const MinValidators: u32 = 1;
	pub const MinSessionLength: u64 = 2;
	pub const MaxSessionLength: u64 = 100;
}

impl pallet_validators::Config for Test {
	type AdminOrigin = frame_system::EnsureRoot<u64>;
	type KeysRegistered = Registered;
	type FeederKey = UintAuthorityId;
	type FeederAccount = KeyAccount;
	type FeedersChanged = OracleStandIn;
	type MaxValidators = MaxValidators;
	type MinValidators = MinValidators;
	type MinSessionLength = MinSessionLength;
	type MaxSessionLength = MaxSessionLength;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Registered;
}

/// Session length in the tests.
pub const SESSION_LENGTH: u64 = 10;

/// Validators 1 to 4 active and planned, sessions of ten blocks, at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_validators::GenesisConfig::<Test> { validators: vec![1, 2, 3, 4], session_length: SESSION_LENGTH }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext: sp_io::TestExternalities = storage.into();
	ext.execute_with(|| {
		REGISTERED.with(|r| *r.borrow_mut() = (1..=4).collect());
		FEEDER_CHANGES.with(|c| c.borrow_mut().clear());
		SESSION.with(|s| *s.borrow_mut() = 0);
		let genesis = <ValidatorSet as pallet_session::SessionManager<u64>>::new_session_genesis(0).unwrap();
		QUEUED.with(|q| *q.borrow_mut() = genesis.clone());
		let keys: Vec<(u64, UintAuthorityId)> = genesis.iter().map(|v| (*v, UintAuthorityId(feeder_of(*v)))).collect();
		<ValidatorSet as frame_support::traits::OneSessionHandler<u64>>::on_genesis_session(pairs(&keys));
		System::set_block_number(1);
	});
	ext
}

/// What `pallet-session` hands its handlers: each validator with its key.
fn pairs(keys: &[(u64, UintAuthorityId)]) -> impl Iterator<Item = (&u64, UintAuthorityId)> {
	keys.iter().map(|(v, k)| (v, k.clone()))
}

/// Ends the session as `pallet-session` does: the queued set becomes active (its handlers told
/// whether it changed), the new session starts, the next one is planned.
pub fn rotate_session() {
	let before = ValidatorSet::active();
	let queued = QUEUED.with(|q| q.borrow().clone());
	let index = SESSION.with(|s| {
		*s.borrow_mut() += 1;
		*s.borrow()
	});
	let keys: Vec<(u64, UintAuthorityId)> = queued.iter().map(|v| (*v, UintAuthorityId(feeder_of(*v)))).collect();
	<ValidatorSet as frame_support::traits::OneSessionHandler<u64>>::on_new_session(
		before != queued,
		pairs(&keys),
		pairs(&keys),
	);
	<ValidatorSet as pallet_session::SessionManager<u64>>::start_session(index);
	if let Some(next) = <ValidatorSet as pallet_session::SessionManager<u64>>::new_session(index + 1) {
		let next: Vec<u64> = next.into_iter().filter(|v| Registered::is(v)).collect();
		QUEUED.with(|q| *q.borrow_mut() = next);
	}
}

impl Registered {
	fn is(v: &u64) -> bool {
		<Self as frame_support::traits::ValidatorRegistration<u64>>::is_registered(v)
	}
}

/// Runs blocks up to `n`, rotating whenever the pallet says the session ends.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		if <ValidatorSet as pallet_session::ShouldEndSession<u64>>::should_end_session(next) {
			rotate_session();
		}
	}
}

/// The session stand-in's current index.
pub fn session_index() -> u32 {
	SESSION.with(|s| *s.borrow())
}
