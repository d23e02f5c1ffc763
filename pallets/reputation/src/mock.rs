//! A runtime for the reputation pallet's tests; accounts 100 and up are identity-verified.

use crate as pallet_ballast_reputation;
use frame_support::derive_impl;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Reputation: pallet_ballast_reputation,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

pub struct VerifiedFrom100;

impl crate::IdentityJudge<u64> for VerifiedFrom100 {
	fn is_verified(who: &u64) -> bool {
		*who >= 100
	}
}

impl pallet_ballast_reputation::Config for Test {
	type Identity = VerifiedFrom100;
	type RiskOrigin = frame_system::EnsureRoot<u64>;
	type WeightInfo = ();
}

/// The default parameters, at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig { system: Default::default(), reputation: Default::default() }.build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` in a fresh externality, then the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state(System::block_number()).expect("invariants hold after the test");
	});
}
