//! A runtime for the margin engine's tests: `pallet-balances` stands in for the collateral
//! stablecoin (1 unit = 1 collateral atom), and the oracle, circuit breaker and reputation are
//! thread-local settings a test moves by hand.

use crate as pallet_ballast_margin;
use crate::{MarketParams, VaultParams};
use ballast_primitives::{
	FundHealth, LeverageLimit, MarketGuard, MarketId, MarketState, Price, PriceFeed, PriceSnapshot, PriceStatus, Quantity,
	Ratio, StressSignal, TraderActivity, VenueStress, WithdrawalGuard, WithdrawalPool, WithdrawalRefusal, BASE_UNIT,
	COLLATERAL_UNIT,
};
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, PalletId};
use sp_arithmetic::{
	traits::Zero,
	FixedPointNumber,
};
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Margin: pallet_ballast_margin,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type AccountStore = System;
	type ExistentialDeposit = frame_support::traits::ConstU128<1>;
}

thread_local! {
	static OBSERVED: RefCell<(Vec<u64>, Vec<Ratio>, Vec<Ratio>)> = RefCell::new(Default::default());
	static MARKS: RefCell<BTreeMap<MarketId, (Price, PriceStatus)>> = RefCell::new(BTreeMap::new());
	static GUARD: RefCell<BTreeMap<MarketId, MarketState>> = RefCell::new(BTreeMap::new());
	static LEVERAGE: RefCell<BTreeMap<u64, Ratio>> = RefCell::new(BTreeMap::new());
	static CAPS_NOW: RefCell<Vec<Ratio>> = RefCell::new(Vec::new());
	/// Index prices set apart from the mark; the mark's own value otherwise.
	static INDEX: RefCell<BTreeMap<MarketId, Price>> = RefCell::new(BTreeMap::new());
	static STRESS: RefCell<(StressSignal, BTreeMap<MarketId, Ratio>)> = RefCell::new(Default::default());
	static FUND: RefCell<u128> = RefCell::new(u128::MAX);
	static STRESSED_MOVES: RefCell<BTreeMap<MarketId, Ratio>> = RefCell::new(BTreeMap::new());
	static FUND_COVER: RefCell<Option<Ratio>> = const { RefCell::new(None) };
	static CRISIS: RefCell<Option<ballast_primitives::CrisisEpisode>> = const { RefCell::new(None) };
	static TRADED: RefCell<Vec<(u64, u128)>> = RefCell::new(Vec::new());
	static WITHDRAWALS: RefCell<Option<WithdrawalRefusal>> = RefCell::new(None);
}

/// Records what the margin engine reports, as the liquidation engine would receive it.
pub struct TestObserver;

impl ballast_primitives::MarginObserver<u64> for TestObserver {
	/// Also checks the valuation handed over is the one a fresh look at the stored account
	/// gives: observers rely on it instead of valuing the account again.
	fn account_changed(who: &u64, change: &ballast_primitives::AccountChange) {
		use ballast_primitives::MarginAccounts;
		assert_eq!(change.health, Margin::health(who), "the health handed to observers is stale");
		assert_eq!(change.positions, &Margin::positions(who)[..], "the positions handed to observers are stale");
		OBSERVED.with(|o| o.borrow_mut().0.push(*who));
	}
	fn margins_tightened(increase: Ratio) {
		OBSERVED.with(|o| o.borrow_mut().1.push(increase));
	}
	fn funding_capped_at(max_rate_per_block: Ratio) {
		OBSERVED.with(|o| o.borrow_mut().2.push(max_rate_per_block));
	}
	fn funding_caps_now(highest: Ratio) {
		CAPS_NOW.with(|c| c.borrow_mut().push(highest));
	}
}

/// The venue's stress and markets' volatility ratios, set by the test; calm unless set.
pub struct TestStress;

impl VenueStress for TestStress {
	fn stress() -> StressSignal {
		STRESS.with(|s| s.borrow().0)
	}
	fn volatility_ratio(market: MarketId) -> Option<Ratio> {
		STRESS.with(|s| s.borrow().1.get(&market).copied())
	}
}

pub fn set_stress(signal: StressSignal) {
	STRESS.with(|s| s.borrow_mut().0 = signal);
}

/// The fund's balance over its target (the book's stressed shortfall).
pub fn set_fund_cover(cover: Option<Ratio>) {
	FUND_COVER.with(|c| *c.borrow_mut() = cover);
}

/// The largest move the oracle remembers for `market`.
pub fn set_stressed_move(market: MarketId, size: Ratio) {
	STRESSED_MOVES.with(|m| m.borrow_mut().insert(market, size));
}

pub fn set_volatility_ratio(market: MarketId, ratio: Ratio) {
	STRESS.with(|s| s.borrow_mut().1.insert(market, ratio));
}

/// An insurance fund of a balance set by the test; plentiful unless set.
pub struct TestFund;

impl FundHealth for TestFund {
	fn fund_balance() -> u128 {
		FUND.with(|f| *f.borrow())
	}
	fn drawdown() -> sp_arithmetic::Perbill {
		Default::default()
	}
	fn cover_ratio() -> Option<Ratio> {
		FUND_COVER.with(|c| *c.borrow())
	}
	fn crisis() -> Option<ballast_primitives::CrisisEpisode> {
		CRISIS.with(|c| *c.borrow())
	}
}

/// The fund's crisis episode: `Some((id, premium))` while one runs.
pub fn set_crisis(episode: Option<(u32, sp_arithmetic::Perbill)>) {
	CRISIS.with(|c| *c.borrow_mut() = episode.map(|(id, premium)| ballast_primitives::CrisisEpisode { id, premium }));
}

pub fn set_fund_balance(balance: u128) {
	FUND.with(|f| *f.borrow_mut() = balance);
}

/// Records trades reported for reputation.
pub struct TestActivity;

impl TraderActivity<u64> for TestActivity {
	fn traded(who: &u64, opened: u128, closed: u128) {
		TRADED.with(|t| t.borrow_mut().push((*who, opened + closed)));
	}
}

pub fn traded() -> Vec<(u64, u128)> {
	TRADED.with(|t| t.borrow().clone())
}

/// A withdrawal breaker that refuses as the test says; allows unless set.
pub struct TestWithdrawals;

impl WithdrawalGuard for TestWithdrawals {
	fn note_withdrawal(_: WithdrawalPool, _: u128, _: u128) -> Result<(), WithdrawalRefusal> {
		WITHDRAWALS.with(|w| w.borrow().map_or(Ok(()), Err))
	}
	fn note_deposit(_: WithdrawalPool, _: u128) {}
}

pub fn refuse_withdrawals(refusal: Option<WithdrawalRefusal>) {
	WITHDRAWALS.with(|w| *w.borrow_mut() = refusal);
}

/// Accounts reported changed, tightenings and funding caps reported, since the test began.
/// The highest funding cap the margin hook reported, block by block.
pub fn funding_caps_reported() -> Vec<Ratio> {
	CAPS_NOW.with(|c| c.borrow().clone())
}

pub fn observed() -> (Vec<u64>, Vec<Ratio>, Vec<Ratio>) {
	OBSERVED.with(|o| o.borrow().clone())
}

/// Marks set by the test.
pub struct TestPrices;

impl PriceFeed<u64> for TestPrices {
	fn snapshot(market: MarketId) -> Option<PriceSnapshot<u64>> {
		let (mark, status) = MARKS.with(|m| m.borrow().get(&market).copied())?;
		let index = INDEX.with(|i| i.borrow().get(&market).copied()).unwrap_or(mark);
		Some(PriceSnapshot { index, mark, volatility: Ratio::zero(), updated_at: 1, status })
	}

	fn stressed_move(market: MarketId) -> Option<Ratio> {
		STRESSED_MOVES.with(|m| m.borrow().get(&market).copied())
	}
}

pub fn set_mark(market: MarketId, dollars: u128) {
	set_mark_price(market, Price::saturating_from_integer(dollars));
}

/// A new mark, and the margin engine revalues at once, as it would in the next block's
/// `on_initialize` after the oracle's.
pub fn set_mark_price(market: MarketId, mark: Price) {
	MARKS.with(|m| m.borrow_mut().insert(market, (mark, PriceStatus::Live)));
	Margin::revalue_all();
}

/// The feeders' median moved to `dollars` while the smoothed mark trails it.
pub fn set_index(market: MarketId, dollars: u128) {
	INDEX.with(|i| i.borrow_mut().insert(market, Price::saturating_from_integer(dollars)));
}

pub fn set_status(market: MarketId, status: PriceStatus) {
	MARKS.with(|m| {
		if let Some(entry) = m.borrow_mut().get_mut(&market) {
			entry.1 = status;
		}
	});
}

/// Market states set by the test; open unless set.
pub struct TestGuard;

impl MarketGuard for TestGuard {
	fn market_state(market: MarketId) -> MarketState {
		GUARD.with(|g| g.borrow().get(&market).copied().unwrap_or_default())
	}
}

pub fn set_market_state(market: MarketId, state: MarketState) {
	GUARD.with(|g| g.borrow_mut().insert(market, state));
}

/// Leverage caps set by the test; none unless set.
pub struct TestLeverage;

impl LeverageLimit<u64> for TestLeverage {
	fn max_leverage(who: &u64, _: MarketId) -> Option<Ratio> {
		LEVERAGE.with(|l| l.borrow().get(who).copied())
	}
}

pub fn set_leverage_limit(who: u64, max: u32) {
	LEVERAGE.with(|l| l.borrow_mut().insert(who, Ratio::from_u32(max)));
}

parameter_types! {
	pub const MarginPalletId: PalletId = PalletId(*b"bal/mrgn");
	pub const MaxMarkets: u32 = 4;
	pub const MinDeposit: u128 = 10 * COLLATERAL_UNIT;
}

impl pallet_ballast_margin::Config for Test {
	type Collateral = Balances;
	type PriceFeed = TestPrices;
	type MarketGuard = TestGuard;
	type LeverageLimit = TestLeverage;
	type RiskOrigin = frame_system::EnsureRoot<u64>;
	type Observer = TestObserver;
	type Activity = TestActivity;
	type WithdrawalGuard = TestWithdrawals;
	type Stress = TestStress;
	type Fund = TestFund;
	type PalletId = MarginPalletId;
	type MaxMarkets = MaxMarkets;
	type MinDeposit = MinDeposit;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestPrices;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for TestPrices {
	fn set_mark(market: MarketId, mark: Price) {
		set_mark_price(market, mark);
	}
}

pub const BTC: MarketId = 1;
pub const ETH: MarketId = 2;
pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const CHARLIE: u64 = 3;
pub const LP: u64 = 10;
/// Each test account's starting stablecoin.
pub const ENDOWMENT: u128 = 10_000_000 * COLLATERAL_UNIT;

pub fn dollars(amount: u128) -> u128 {
	amount * COLLATERAL_UNIT
}

pub fn coins(amount: i128) -> Quantity {
	amount * BASE_UNIT as i128
}

pub fn price(dollars: u128) -> Price {
	Price::saturating_from_integer(dollars)
}

/// 20× max (5 % initial), 3 % maintenance, 0.05 % fee of which a fifth to insurance,
/// impact 1 % per vault depth traded plus 10 % per vault depth of skew added.
pub fn market_params() -> MarketParams {
	MarketParams::example()
}

/// BTC at 100 000 and ETH at 4 000, both listed; accounts 1..=20 funded; block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	MARKS.with(|m| m.borrow_mut().clear());
	GUARD.with(|g| g.borrow_mut().clear());
	LEVERAGE.with(|l| l.borrow_mut().clear());
	OBSERVED.with(|o| *o.borrow_mut() = Default::default());
	CAPS_NOW.with(|c| c.borrow_mut().clear());
	INDEX.with(|i| i.borrow_mut().clear());
	STRESS.with(|s| *s.borrow_mut() = Default::default());
	FUND.with(|f| *f.borrow_mut() = u128::MAX);
	TRADED.with(|t| t.borrow_mut().clear());
	WITHDRAWALS.with(|w| *w.borrow_mut() = None);
	CRISIS.with(|c| *c.borrow_mut() = None);
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		balances: pallet_balances::GenesisConfig { balances: (1..=20).map(|who| (who, ENDOWMENT)).collect(), ..Default::default() },
		margin: pallet_ballast_margin::GenesisConfig {
			markets: vec![(BTC, market_params()), (ETH, market_params())],
			vault: VaultParams::default(),
			liquidity: Vec::new(),
			scaling: Default::default(),
		},
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_mark(BTC, 100_000);
		set_mark(ETH, 4_000);
	});
	ext
}

/// Runs `test` in a fresh externality, then the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold after the test");
	});
}

/// The vault holds `amount` from the LP.
pub fn fund_vault(amount: u128) {
	Margin::provide_liquidity(RuntimeOrigin::signed(LP), amount).unwrap();
}

pub fn next_block() {
	System::set_block_number(System::block_number() + 1);
}
