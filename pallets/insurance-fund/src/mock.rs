//! A runtime for the fund's tests: the real margin engine (its vault, positions and forced
//! reductions are what the waterfall moves), `pallet-balances` standing in for the stablecoin
//! (1 unit = 1 collateral atom), and marks a test sets by hand. The liquidation engine is played
//! by [`bankrupt`], which does what it does to a bankrupt account.

use crate as pallet_ballast_insurance_fund;
use crate::FundParams;
use ballast_primitives::{
	BadDebt, Bankruptcy, Coverage, MarginAccounts, MarketId, Price, PriceFeed, PriceSnapshot, PriceStatus, Quantity, Ratio,
	BASE_UNIT, COLLATERAL_UNIT,
};
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::Hooks, PalletId};
use pallet_ballast_margin::{MarketParams, VaultParams};
use sp_arithmetic::{traits::Zero, FixedPointNumber};
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Margin: pallet_ballast_margin,
		InsuranceFund: pallet_ballast_insurance_fund,
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
	/// Feeds the test froze (stale or diverging): their marks stay, but are not live.
	static FROZEN: RefCell<std::collections::BTreeMap<MarketId, PriceStatus>> = RefCell::new(Default::default());
	static MARKS: RefCell<BTreeMap<MarketId, Price>> = RefCell::new(BTreeMap::new());
	static BREAKERS: RefCell<BTreeMap<MarketId, ballast_primitives::MarketState>> = RefCell::new(BTreeMap::new());
	static STRESSED_SHORTFALL: RefCell<Option<u128>> = const { RefCell::new(None) };
}

/// The book's stressed shortfall a test sets (the liquidation engine's census); unknown unless
/// set.
pub struct TestBook;

impl ballast_primitives::BookStress for TestBook {
	fn stressed_shortfall() -> Option<u128> {
		STRESSED_SHORTFALL.with(|s| *s.borrow())
	}
}

pub fn set_stressed_shortfall(target: Option<u128>) {
	STRESSED_SHORTFALL.with(|s| *s.borrow_mut() = target);
}

/// Breaker states a test sets; open unless set.
pub struct TestGuard;

impl ballast_primitives::MarketGuard for TestGuard {
	fn market_state(market: MarketId) -> ballast_primitives::MarketState {
		BREAKERS.with(|b| b.borrow().get(&market).copied().unwrap_or_default())
	}
}

pub fn set_breaker(market: MarketId, state: ballast_primitives::MarketState) {
	BREAKERS.with(|b| b.borrow_mut().insert(market, state));
}

/// Marks set by the test, live unless frozen.
pub struct TestPrices;

impl PriceFeed<u64> for TestPrices {
	fn snapshot(market: MarketId) -> Option<PriceSnapshot<u64>> {
		let mark = MARKS.with(|m| m.borrow().get(&market).copied())?;
		let status = FROZEN.with(|f| f.borrow().get(&market).copied()).unwrap_or(PriceStatus::Live);
		Some(PriceSnapshot { index: mark, mark, volatility: Ratio::zero(), updated_at: 1, status })
	}
}

impl TestPrices {
	/// `market`'s mark now.
	pub fn mark(market: MarketId) -> Price {
		MARKS.with(|m| m.borrow().get(&market).copied()).unwrap_or_default()
	}
}

parameter_types! {
	pub const MarginPalletId: PalletId = PalletId(*b"bal/mrgn");
	// Differs from the margin pallet's in its first four bytes: a `u64` account keeps only those.
	pub const FundPalletId: PalletId = PalletId(*b"ins/fund");
	pub const MaxMarkets: u32 = 4;
	pub const MinDeposit: u128 = 10 * COLLATERAL_UNIT;
	pub const MinStake: u128 = 100 * COLLATERAL_UNIT;
	pub const MaxDeleveraged: u32 = 4;
	pub const RankingWindow: u32 = 8;
}

impl pallet_ballast_margin::Config for Test {
	type Collateral = Balances;
	type PriceFeed = TestPrices;
	type MarketGuard = ();
	type LeverageLimit = ();
	type RiskOrigin = frame_system::EnsureRoot<u64>;
	type Observer = InsuranceFund;
	type Activity = ();
	type WithdrawalGuard = ();
	type Stress = ();
	type Fund = InsuranceFund;
	type PalletId = MarginPalletId;
	type MaxMarkets = MaxMarkets;
	type MinDeposit = MinDeposit;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestPrices;
}

impl pallet_ballast_insurance_fund::Config for Test {
	type Collateral = Balances;
	type Margin = Margin;
	type Vault = Margin;
	type PriceFeed = TestPrices;
	type MarketGuard = TestGuard;
	type WithdrawalGuard = TestWithdrawals;
	type LossObserver = ();
	type Book = TestBook;
	type RiskOrigin = frame_system::EnsureRoot<u64>;
	type PalletId = FundPalletId;
	type MinStake = MinStake;
	type MaxDeleveraged = MaxDeleveraged;
	type RankingWindow = RankingWindow;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestPrices;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ballast_margin::BenchmarkHelper for TestPrices {
	fn set_mark(market: MarketId, mark: Price) {
		set_mark_price(market, mark);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for TestPrices {
	fn open(who: &u64, collateral: u128, positions: &[(MarketId, Quantity)]) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, collateral.saturating_mul(2));
		open(*who, collateral, positions);
	}
	fn set_mark(market: MarketId, mark: Price) {
		set_mark_price(market, mark);
	}
	fn endow(who: &u64, amount: u128) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, amount);
	}
	fn markets() -> Vec<MarketId> {
		vec![0, BTC, ETH]
	}
}

pub const BTC: MarketId = 1;
pub const ETH: MarketId = 2;
/// Provides the vault's liquidity.
pub const LP: u64 = 10;
/// Stakers.
pub const STAKER: u64 = 20;
pub const OTHER_STAKER: u64 = 21;
/// Each test account's starting stablecoin.
pub const ENDOWMENT: u128 = 100_000_000 * COLLATERAL_UNIT;

pub fn dollars(amount: u128) -> u128 {
	amount * COLLATERAL_UNIT
}

pub fn coins(amount: i128) -> Quantity {
	amount * BASE_UNIT as i128
}

pub fn price(dollars: u128) -> Price {
	Price::saturating_from_integer(dollars)
}

/// A new mark, and the margin engine revalues at once, as in the next block's hooks.
pub fn set_mark_price(market: MarketId, mark: Price) {
	MARKS.with(|m| m.borrow_mut().insert(market, mark));
	Margin::revalue_all();
}

pub fn set_mark(market: MarketId, dollars: u128) {
	set_mark_price(market, price(dollars));
}

/// 20× at most (5 % initial, 3 % maintenance), a 0.05 % fee of which a fifth is kept for the
/// fund, no impact or funding, open interest up to a million coins a side.
pub fn fee_market() -> MarketParams {
	let ratio = |n: u128, d: u128| Ratio::saturating_from_rational(n, d);
	MarketParams {
		initial_margin: ratio(5, 100),
		maintenance_margin: ratio(3, 100),
		size_tiers: Default::default(),
		oi_margin_lower: 50_000_000 * COLLATERAL_UNIT,
		oi_margin_upper: 100_000_000 * COLLATERAL_UNIT,
		max_open_interest: coins(1_000_000),
		min_order_size: coins(1) / 1_000,
		taker_fee: ratio(5, 10_000),
		fee_to_insurance: sp_arithmetic::Perbill::from_percent(20),
		funding_rate_per_skew: Ratio::zero(),
		max_funding_rate: Ratio::zero(),
		impact_size_factor: Ratio::zero(),
		impact_skew_factor: Ratio::zero(),
		max_impact: ratio(5, 100),
		max_skew_to_vault: Ratio::saturating_from_integer(1_000u32),
	}
}

/// [`fee_market`] without fees, so a test's figures are round.
pub fn plain_market() -> MarketParams {
	MarketParams { taker_fee: Ratio::zero(), ..fee_market() }
}

/// Parameters the tests start from: a 10-block cooldown claimable for 20 blocks, the vault bears up to 10 % of its
/// equity, the profit cap off, a 80-block drawdown window, half of a crisis's income to the
/// premium, crises only from tripped breakers.
pub fn test_params() -> FundParams {
	FundParams {
		withdrawal_cooldown: 10,
		claim_window: 20,
		vault_loss_share: sp_arithmetic::Perbill::from_percent(10),
		max_profit_to_cash: sp_arithmetic::Perbill::one(),
		drawdown_window: 80,
		crisis_premium: sp_arithmetic::Perbill::from_percent(50),
		crisis_drawdown: sp_arithmetic::Perbill::zero(),
		adl_rule: crate::AdlRule::Ranked,
	}
}

thread_local! {
	static WITHDRAWALS_PAUSED: core::cell::Cell<bool> = const { core::cell::Cell::new(false) };
}

/// A withdrawal breaker that is either paused or lets everything through, as the test sets it.
pub struct TestWithdrawals;

impl ballast_primitives::WithdrawalGuard for TestWithdrawals {
	fn note_withdrawal(
		_: ballast_primitives::WithdrawalPool,
		_: u128,
		_: u128,
	) -> Result<(), ballast_primitives::WithdrawalRefusal> {
		if WITHDRAWALS_PAUSED.with(|p| p.get()) { Err(ballast_primitives::WithdrawalRefusal::Paused) } else { Ok(()) }
	}
	fn note_deposit(_: ballast_primitives::WithdrawalPool, _: u128) {}
}

pub fn pause_withdrawals(paused: bool) {
	WITHDRAWALS_PAUSED.with(|p| p.set(paused));
}

/// BTC at 100 and ETH at 10, both listed without fees; the LP's 1M in the vault; accounts
/// 1..=40 funded; block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	MARKS.with(|m| m.borrow_mut().clear());
	FROZEN.with(|f| f.borrow_mut().clear());
	BREAKERS.with(|b| b.borrow_mut().clear());
	pause_withdrawals(false);
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		balances: pallet_balances::GenesisConfig { balances: (1..=40).map(|who| (who, ENDOWMENT)).collect(), ..Default::default() },
		margin: pallet_ballast_margin::GenesisConfig {
			markets: vec![(0, plain_market()), (BTC, plain_market()), (ETH, plain_market())],
			vault: VaultParams::default(),
			liquidity: vec![(LP, dollars(1_000_000))],
			scaling: Default::default(),
		},
		insurance_fund: pallet_ballast_insurance_fund::GenesisConfig { params: test_params(), stakes: Vec::new() },
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_mark(0, 100);
		set_mark(BTC, 100);
		set_mark(ETH, 10);
	});
	ext
}

/// Runs `test` in a fresh externality, then both pallets' invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		check_invariants();
	});
}

pub fn check_invariants() {
	crate::Pallet::<Test>::do_try_state().expect("the fund's invariants hold");
	pallet_ballast_margin::Pallet::<Test>::do_try_state().expect("the margin engine's invariants hold");
}

/// `who` deposits `collateral` and opens `positions` at the current marks.
pub fn open(who: u64, collateral: u128, positions: &[(MarketId, Quantity)]) {
	Margin::deposit(RuntimeOrigin::signed(who), collateral).expect("the deposit is valid");
	for &(market, size) in positions {
		let limit = if size > 0 { Price::saturating_from_integer(u64::MAX) } else { Price::zero() };
		Margin::trade(RuntimeOrigin::signed(who), market, size, limit).expect("the trade fits");
	}
}

/// What the liquidation engine does to a bankrupt account: closes every position at the mark
/// without a penalty, takes the shortfall and hands it to the fund with the last close.
pub fn bankrupt(who: u64) -> Coverage {
	assert!(!Margin::positions(&who).is_empty(), "the account held positions");
	for position in Margin::positions(&who) {
		let mark = TestPrices::snapshot(position.market).unwrap().mark;
		Margin::reduce_position(&who, position.market, position.size.abs(), mark, Ratio::zero()).unwrap();
	}
	let loss: Bankruptcy = Margin::take_shortfall(&who);
	InsuranceFund::cover(&who, &loss)
}

/// The next block's fund hook.
pub fn next_block() {
	let now = System::block_number() + 1;
	System::set_block_number(now);
	InsuranceFund::on_initialize(now);
}

/// The vault's equity now.
pub fn vault_equity() -> i128 {
	Margin::vault_equity()
}

/// Events of this pallet, oldest first.
pub fn fund_events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::InsuranceFund(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// Freezes `market`'s feed at its mark with `status` (`Live` thaws it).
pub fn set_feed_status(market: MarketId, status: PriceStatus) {
	FROZEN.with(|f| f.borrow_mut().insert(market, status));
}
