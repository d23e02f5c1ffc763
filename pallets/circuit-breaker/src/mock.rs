//! A runtime for the circuit breakers' tests: thread-local oracle feeds (index, status,
//! volatility) and a thread-local insurance-fund drawdown.

use crate as pallet_ballast_circuit_breaker;
use crate::{BreakerParams, VenueParams};
use ballast_primitives::{Balance, FundHealth, MarketId, Price, PriceFeed, PriceSnapshot, PriceStatus, Ratio};
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::Hooks};
use sp_arithmetic::{FixedPointNumber, Perbill};
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		CircuitBreaker: pallet_ballast_circuit_breaker,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	static FEEDS: RefCell<BTreeMap<MarketId, PriceSnapshot<u64>>> = RefCell::new(BTreeMap::new());
	static DRAWDOWN: RefCell<Perbill> = RefCell::new(Perbill::zero());
}

pub struct TestFeed;

impl PriceFeed<u64> for TestFeed {
	fn snapshot(market: MarketId) -> Option<PriceSnapshot<u64>> {
		FEEDS.with(|f| f.borrow().get(&market).copied())
	}
}

/// A live index of `dollars` for `market`, at the calm volatility.
pub fn set_price(market: MarketId, dollars: Price) {
	let now = System::block_number();
	FEEDS.with(|f| {
		f.borrow_mut().insert(
			market,
			PriceSnapshot { index: dollars, mark: dollars, volatility: calm(), updated_at: now, status: PriceStatus::Live },
		)
	});
}

pub fn set_status(market: MarketId, status: PriceStatus) {
	FEEDS.with(|f| {
		if let Some(snapshot) = f.borrow_mut().get_mut(&market) {
			snapshot.status = status;
		}
	});
}

pub fn set_volatility(market: MarketId, volatility: Ratio) {
	FEEDS.with(|f| {
		if let Some(snapshot) = f.borrow_mut().get_mut(&market) {
			snapshot.volatility = volatility;
		}
	});
}

pub struct TestFund;

impl FundHealth for TestFund {
	fn fund_balance() -> Balance {
		1_000_000
	}
	fn drawdown() -> Perbill {
		DRAWDOWN.with(|d| *d.borrow())
	}
}

pub fn set_drawdown(drawdown: Perbill) {
	DRAWDOWN.with(|d| *d.borrow_mut() = drawdown);
}

parameter_types! {
	pub const MaxMarkets: u32 = 8;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct Prices;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for Prices {
	fn set_price(market: MarketId, index: Price) {
		set_price(market, index);
	}
}

impl pallet_ballast_circuit_breaker::Config for Test {
	type PriceFeed = TestFeed;
	type Fund = TestFund;
	type EmergencyOrigin = frame_system::EnsureRoot<u64>;
	type RiskOrigin = frame_system::EnsureRoot<u64>;
	type MaxMarkets = MaxMarkets;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Prices;
}

pub const BTC: MarketId = 1;
pub const ETH: MarketId = 2;

pub fn calm() -> Ratio {
	Ratio::saturating_from_rational(1, 1_000)
}

pub fn price(dollars: u32) -> Price {
	Price::from_u32(dollars)
}

/// 5 % in 16 blocks makes a market reduce-only, 15 % halts it; 10 blocks' cooldown.
pub fn breaker_params() -> BreakerParams {
	BreakerParams {
		window: 16,
		reduce_only_band: Perbill::from_percent(5),
		halt_band: Perbill::from_percent(15),
		cooldown: 10,
		calm_volatility: calm(),
	}
}

/// The defaults, with a 50-block emergency and a 100-block withdrawal window.
pub fn venue_params() -> VenueParams {
	VenueParams { emergency_duration: 50, withdrawal_window: 100, always_allowed: 1_000, pause_after_bad_debt: 20, ..Default::default() }
}

/// BTC and ETH followed, both at 100, at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	FEEDS.with(|f| f.borrow_mut().clear());
	set_drawdown(Perbill::zero());
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		circuit_breaker: pallet_ballast_circuit_breaker::GenesisConfig {
			breakers: vec![(BTC, breaker_params()), (ETH, breaker_params())],
			venue: venue_params(),
			_config: Default::default(),
		},
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_price(BTC, price(100));
		set_price(ETH, price(100));
	});
	ext
}

/// Runs `test` in a fresh externality, then the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state(System::block_number()).expect("invariants hold after the test");
	});
}

/// Moves to the next block and runs the hook; the feeds keep their values.
pub fn next_block() {
	let now = System::block_number() + 1;
	System::set_block_number(now);
	FEEDS.with(|f| f.borrow_mut().values_mut().for_each(|s| s.updated_at = now));
	CircuitBreaker::on_initialize(now);
}

/// Runs `n` blocks.
pub fn run_blocks(n: u64) {
	(0..n).for_each(|_| next_block());
}
