//! A minimal runtime for the oracle's tests: the feeder set is a thread-local list.

use crate as pallet_ballast_oracle;
use crate::MarketConfig;
use ballast_primitives::Price;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::SortedMembers};
use sp_arithmetic::{FixedPointNumber, Perbill};
use frame_system::offchain::AppCrypto;
use sp_runtime::{
	testing::{TestSignature, TestXt, UintAuthorityId},
	BuildStorage,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Oracle: pallet_ballast_oracle,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	static FEEDERS: RefCell<Vec<u64>> = RefCell::new((1..=7).collect());
}

/// Feeders 1..=7 unless a test changes them.
pub struct TestFeeders;

impl SortedMembers<u64> for TestFeeders {
	fn sorted_members() -> Vec<u64> {
		FEEDERS.with(|f| f.borrow().clone())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn add(who: &u64) {
		FEEDERS.with(|f| {
			let mut feeders = f.borrow_mut();
			if let Err(at) = feeders.binary_search(who) {
				feeders.insert(at, *who);
			}
		});
	}
}

pub fn set_feeders(mut feeders: Vec<u64>) {
	feeders.sort();
	FEEDERS.with(|f| *f.borrow_mut() = feeders);
}

parameter_types! {
	pub const MaxMarkets: u32 = 8;
	pub const MaxFeeders: u32 = 16;
	pub const MaxPricesPerSubmission: u32 = 8;
	pub const OutlierLimit: u32 = 3;
	pub const OutlierWindow: u64 = 10;
	pub const SuspensionPeriod: u64 = 20;
	pub const StressPeriod: u64 = 10;
}

/// Offchain signing in tests: `UintAuthorityId` keys whose account is the key's number, set
/// with `UintAuthorityId::set_all_keys`; transactions are `TestXt`s.
impl frame_system::offchain::SigningTypes for Test {
	type Public = UintAuthorityId;
	type Signature = TestSignature;
}

pub type Extrinsic = TestXt<RuntimeCall, ()>;

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateSignedTransaction<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_signed_transaction<A: AppCrypto<Self::Public, Self::Signature>>(
		call: RuntimeCall,
		_public: UintAuthorityId,
		account: u64,
		_nonce: u32,
	) -> Option<Extrinsic> {
		Some(Extrinsic::new_signed(call, account, (), ()))
	}
}

/// The mock's feeder keys: a `UintAuthorityId` signs for the account of the same number.
pub struct TestFeederKey;

impl AppCrypto<UintAuthorityId, TestSignature> for TestFeederKey {
	type RuntimeAppPublic = UintAuthorityId;
	type GenericPublic = UintAuthorityId;
	type GenericSignature = TestSignature;
}

impl pallet_ballast_oracle::Config for Test {
	type AuthorityId = TestFeederKey;
	type Feeders = TestFeeders;
	type AdminOrigin = frame_system::EnsureRoot<u64>;
	type MaxMarkets = MaxMarkets;
	type MaxFeeders = MaxFeeders;
	type MaxPricesPerSubmission = MaxPricesPerSubmission;
	type OutlierLimit = OutlierLimit;
	type OutlierWindow = OutlierWindow;
	type SuspensionPeriod = SuspensionPeriod;
	type StressPeriod = StressPeriod;
	type WeightInfo = ();
}

pub const BTC: u32 = 1;
pub const ETH: u32 = 2;

pub fn price(units: u128) -> Price {
	Price::saturating_from_integer(units)
}

/// Quorum 3 of fresh prices younger than 5 blocks; 5 % outlier band; 2 % divergence;
/// EMA weight 50 % capped at 10 % per block; λ = 0.94.
pub fn market_config() -> MarketConfig<u64> {
	MarketConfig {
		max_age: 5,
		quorum: 3,
		outlier_band: Perbill::from_percent(5),
		divergence_threshold: Perbill::from_percent(2),
		mark_smoothing: Perbill::from_percent(50),
		mark_cap: Perbill::from_percent(10),
		volatility_decay: Perbill::from_percent(94),
		min_price: Price::saturating_from_rational(1, 1_000_000),
		max_price: price(10_000_000),
	}
}

/// Feeders 1..=7, BTC and ETH listed, at block 1; checks `try_state` after the test.
pub fn new_test_ext() -> sp_io::TestExternalities {
	set_feeders((1..=7).collect());
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		oracle: pallet_ballast_oracle::GenesisConfig {
			markets: vec![(BTC, market_config()), (ETH, market_config())],
			names: vec![(BTC, "BTC-USD".into(), 2)],
		},
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` in a fresh externality, then the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold after the test");
	});
}
