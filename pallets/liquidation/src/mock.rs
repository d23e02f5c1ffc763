//! A runtime for the liquidation engine's tests with a small in-memory margin model behind
//! `MarginAccounts`: collateral plus positions valued at thread-local marks (or an index set
//! apart, whichever is worse for the holder), 5 % maintenance,
//! reductions that realise PnL and charge the penalty, and a `BadDebt` that records what it
//! covered. A test "trades" by editing an account and telling the engine, as the margin pallet
//! does through `MarginObserver`.

use crate as pallet_ballast_liquidation;
use crate::LiquidationParams;
use ballast_primitives::{
	apply_ratio, notional, pnl, AccountChange, AccountHealth, Balance, BadDebt, Bankruptcy, Coverage, LossSource, MarginAccounts, MarginObserver, MarketId,
	PositionView, Price, PriceFeed, PriceSnapshot, PriceStatus, Quantity, Ratio, Reduction, SignedBalance, BASE_UNIT,
	COLLATERAL_UNIT,
};
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::Hooks, weights::Weight};
use sp_arithmetic::{
	traits::{One, Zero},
	FixedPointNumber,
};
use sp_runtime::{BuildStorage, DispatchError};
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Liquidation: pallet_ballast_liquidation,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// One account of the margin model.
#[derive(Clone, Default, Debug)]
pub struct Account {
	pub collateral: SignedBalance,
	/// (market, signed size in base atoms, entry price)
	pub positions: Vec<(MarketId, Quantity, Price)>,
	/// Where the account's negative collateral came from, as the margin engine records it.
	pub losses: Vec<LossSource>,
}

thread_local! {
	/// Feeds the test froze (stale or diverging): their marks stay, but are not live.
	static FROZEN: RefCell<std::collections::BTreeMap<MarketId, PriceStatus>> = RefCell::new(Default::default());
	static ACCOUNTS: RefCell<BTreeMap<u64, Account>> = RefCell::new(BTreeMap::new());
	static MARKS: RefCell<BTreeMap<MarketId, Price>> = RefCell::new(BTreeMap::new());
	/// Indices set apart from the marks (an index not set is the mark).
	static INDICES: RefCell<BTreeMap<MarketId, Price>> = RefCell::new(BTreeMap::new());
	static VOLATILITIES: RefCell<BTreeMap<MarketId, Ratio>> = RefCell::new(BTreeMap::new());
	static STRESSED_MOVES: RefCell<BTreeMap<MarketId, Ratio>> = RefCell::new(BTreeMap::new());
	/// The insurance fund's balance: ten million unless a test sets it.
	static FUND: RefCell<Balance> = const { RefCell::new(FULL_FUND) };
	static COVERED: RefCell<Vec<(u64, MarketId, Balance)>> = RefCell::new(Vec::new());
	static LOSSES: RefCell<Vec<Bankruptcy>> = RefCell::new(Vec::new());
	static ACTIVITY: RefCell<Vec<(u64, Option<Balance>)>> = RefCell::new(Vec::new());
	static STRESS: RefCell<ballast_primitives::CrisisLevel> = RefCell::new(Default::default());
}

/// Records liquidations (`None`) and bad debt (`Some(shortfall)`) as reputation would see them.
pub struct RecordedActivity;

impl ballast_primitives::TraderActivity<u64> for RecordedActivity {
	fn liquidated(who: &u64) {
		ACTIVITY.with(|a| a.borrow_mut().push((*who, None)));
	}
	fn caused_bad_debt(who: &u64, shortfall: Balance) {
		ACTIVITY.with(|a| a.borrow_mut().push((*who, Some(shortfall))));
	}
}

/// What the engine reported to reputation so far.
pub fn activity() -> Vec<(u64, Option<Balance>)> {
	ACTIVITY.with(|a| a.borrow().clone())
}

/// The maintenance fraction of every market in the model.
pub fn maintenance_fraction() -> Ratio {
	Ratio::saturating_from_rational(5, 100)
}

pub struct Model;

impl Model {
	pub fn account(who: u64) -> Option<Account> {
		ACCOUNTS.with(|a| a.borrow().get(&who).cloned())
	}

	fn mark(market: MarketId) -> Price {
		MARKS.with(|m| m.borrow().get(&market).copied().unwrap_or(Price::one()))
	}

	/// Where a position of `size` is valued, as the margin engine values it: the worse of mark
	/// and index for its holder.
	fn price_for(market: MarketId, size: Quantity) -> Price {
		Marks::snapshot(market).map_or(Self::mark(market), |snapshot| snapshot.against_holder(size > 0))
	}
}

impl MarginAccounts<u64> for Model {
	fn health(who: &u64) -> Option<AccountHealth> {
		let account = Self::account(*who)?;
		let mut health = AccountHealth { equity: account.collateral, ..Default::default() };
		for (market, size, entry) in &account.positions {
			let mark = Self::price_for(*market, *size);
			health.equity = health.equity.saturating_add(pnl(*size, *entry, mark));
			health.maintenance_requirement += apply_ratio(notional(*size, mark), maintenance_fraction()) + 1;
		}
		Some(health)
	}

	fn positions(who: &u64) -> Vec<PositionView> {
		let Some(account) = Self::account(*who) else { return Vec::new() };
		account
			.positions
			.iter()
			.map(|(market, size, entry)| {
				let mark = Self::price_for(*market, *size);
				let value = notional(*size, mark);
				PositionView {
					market: *market,
					size: *size,
					entry_price: *entry,
					unrealised_pnl: pnl(*size, *entry, mark),
					notional: value,
					maintenance_requirement: apply_ratio(value, maintenance_fraction()) + 1,
					maintenance_fraction: maintenance_fraction(),
					next_tier_notional: Balance::MAX,
				}
			})
			.collect()
	}

	fn reduce_position(who: &u64, market: MarketId, amount: Quantity, price: Price, penalty: Ratio) -> Result<Reduction, DispatchError> {
		let reduction = ACCOUNTS.with(|a| {
			let mut accounts = a.borrow_mut();
			let account = accounts.get_mut(who).ok_or(DispatchError::Other("no account"))?;
			let slot = account.positions.iter().position(|(m, _, _)| *m == market).ok_or(DispatchError::Other("no position"))?;
			let (_, size, entry) = account.positions[slot];
			let closed = amount.unsigned_abs().min(size.unsigned_abs()) as i128 * size.signum();
			let realised = pnl(closed, entry, price);
			let charged = apply_ratio(notional(closed, price), penalty);
			let owed_before = account.collateral.min(0);
			account.collateral = account.collateral + realised - charged as i128;
			let unpaid = owed_before.saturating_sub(account.collateral.min(0));
			if unpaid > 0 {
				account.losses.push(LossSource { market, shortfall: unpaid as Balance, closed, price });
			}
			if closed == size {
				account.positions.remove(slot);
			} else {
				account.positions[slot].1 = size - closed;
			}
			Ok::<_, DispatchError>(Reduction { closed: closed.abs(), realised_pnl: realised, penalty: charged, health_after: Default::default(), positions_after: Vec::new() })
		})?;
		Ok(Reduction { health_after: Self::health(who).unwrap_or_default(), positions_after: Self::positions(who), ..reduction })
	}

	fn watched_accounts() -> Vec<u64> {
		ACCOUNTS.with(|a| {
			a.borrow().iter().filter(|(_, account)| !account.positions.is_empty() || account.collateral < 0).map(|(who, _)| *who).collect()
		})
	}

	fn take_shortfall(who: &u64) -> Bankruptcy {
		ACCOUNTS.with(|a| {
			let mut accounts = a.borrow_mut();
			let Some(account) = accounts.get_mut(who) else { return Bankruptcy::default() };
			if !account.positions.is_empty() || account.collateral >= 0 {
				return Bankruptcy::default();
			}
			let shortfall = account.collateral.unsigned_abs();
			account.collateral = 0;
			Bankruptcy::apportioned(shortfall, core::mem::take(&mut account.losses))
		})
	}
}

/// Covers everything with the fund and remembers it.
pub struct RecordedBadDebt;

impl BadDebt<u64> for RecordedBadDebt {
	fn cover(bankrupt: &u64, loss: &Bankruptcy) -> Coverage {
		COVERED.with(|c| c.borrow_mut().push((*bankrupt, loss.main_market(), loss.shortfall)));
		LOSSES.with(|l| l.borrow_mut().push(loss.clone()));
		Coverage { by_fund: loss.shortfall, ..Default::default() }
	}

	/// The worst case the engine keeps room for...
	fn cover_weight() -> Weight {
		WORST_COVER
	}

	/// ...and what a cover the fund paid alone costs.
	fn cover_weight_of(coverage: &Coverage, after_another: bool) -> Weight {
		match (coverage.by_deleveraging == 0, after_another) {
			(true, false) => FUND_ONLY_COVER,
			(true, true) => WARM_COVER,
			(false, _) => WORST_COVER,
		}
	}
}

pub const WORST_COVER: Weight = Weight::from_parts(20_000_000_000, 0);
pub const FUND_ONLY_COVER: Weight = Weight::from_parts(1_000_000_000, 0);
pub const WARM_COVER: Weight = Weight::from_parts(100_000_000, 0);

/// Every loss handed to the fund, with its sources.
pub fn losses() -> Vec<Bankruptcy> {
	LOSSES.with(|l| l.borrow().clone())
}

pub fn covered() -> Vec<(u64, MarketId, Balance)> {
	COVERED.with(|c| c.borrow().clone())
}

/// Marks set by the test.
pub struct Marks;

impl PriceFeed<u64> for Marks {
	fn snapshot(market: MarketId) -> Option<PriceSnapshot<u64>> {
		let mark = MARKS.with(|m| m.borrow().get(&market).copied())?;
		let index = INDICES.with(|i| i.borrow().get(&market).copied()).unwrap_or(mark);
		let volatility = VOLATILITIES.with(|v| v.borrow().get(&market).copied()).unwrap_or_default();
		let status = FROZEN.with(|f| f.borrow().get(&market).copied()).unwrap_or(PriceStatus::Live);
		Some(PriceSnapshot { index, mark, volatility, updated_at: 0, status })
	}

	fn stressed_move(market: MarketId) -> Option<Ratio> {
		STRESSED_MOVES.with(|m| m.borrow().get(&market).copied())
	}
}

/// Sets the largest move `market`'s oracle remembers.
pub fn set_stressed_move(market: MarketId, size: Ratio) {
	STRESSED_MOVES.with(|m| m.borrow_mut().insert(market, size));
}

/// A fund no test account is large against.
pub const FULL_FUND: Balance = 10_000_000 * COLLATERAL_UNIT;

/// The insurance fund's balance, as the test sets it.
pub struct TestFund;

impl TestFund {
	pub fn set(balance: Balance) {
		FUND.with(|f| *f.borrow_mut() = balance);
	}
}

impl ballast_primitives::FundHealth for TestFund {
	fn fund_balance() -> Balance {
		FUND.with(|f| *f.borrow())
	}
	fn drawdown() -> sp_arithmetic::Perbill {
		sp_arithmetic::Perbill::zero()
	}
}

parameter_types! {
	pub const MaxMarkets: u32 = 4;
	pub const PriorityRequirement: Balance = 1_000 * COLLATERAL_UNIT;
	pub const CensusPerBlock: u32 = 2;
}

impl pallet_ballast_liquidation::Config for Test {
	type Margin = Model;
	type PriceFeed = Marks;
	type BadDebt = RecordedBadDebt;
	type Activity = RecordedActivity;
	type Stress = SetStress;
	type Fund = TestFund;
	type RiskOrigin = frame_system::EnsureRoot<u64>;
	type MaxMarkets = MaxMarkets;
	type PriorityRequirement = PriorityRequirement;
	type CensusPerBlock = CensusPerBlock;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Model;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for Model {
	fn open(who: &u64, collateral: Balance, positions: &[(MarketId, Quantity)]) {
		open(*who, collateral as SignedBalance, positions);
	}
	fn set_mark(market: MarketId, mark: Price) {
		set_mark(market, mark);
	}
	fn idle_account(index: u32) -> u64 {
		let who = 1_000_000 + u64::from(index);
		let position = (0, coins(1), Model::mark(0));
		ACCOUNTS.with(|a| a.borrow_mut().insert(who, Account { collateral: dollars(1_000), positions: vec![position], ..Default::default() }));
		who
	}
}

/// The venue's crisis level, as the tests set it.
pub struct SetStress;

impl SetStress {
	pub fn set(level: ballast_primitives::CrisisLevel) {
		STRESS.with(|s| *s.borrow_mut() = level);
	}
}

impl ballast_primitives::VenueStress for SetStress {
	fn stress() -> ballast_primitives::StressSignal {
		ballast_primitives::StressSignal { level: STRESS.with(|s| *s.borrow()), ..Default::default() }
	}
}

pub const BTC: MarketId = 1;
pub const ETH: MarketId = 2;

pub fn dollars(amount: i128) -> SignedBalance {
	amount * COLLATERAL_UNIT as i128
}

pub fn coins(amount: i128) -> Quantity {
	amount * BASE_UNIT as i128
}

pub fn price(dollars: u128) -> Price {
	Price::saturating_from_integer(dollars)
}

pub fn remove_mark(market: MarketId) {
	MARKS.with(|m| m.borrow_mut().remove(&market));
}

/// Sets `market`'s mark (and its index with it, unless one was set apart).
pub fn set_mark(market: MarketId, mark: Price) {
	MARKS.with(|m| m.borrow_mut().insert(market, mark));
}

/// Sets `market`'s index apart from its mark, as a smoothed mark trailing it leaves it.
pub fn set_index(market: MarketId, index: Price) {
	INDICES.with(|i| i.borrow_mut().insert(market, index));
}

/// Sets `market`'s volatility of per-block returns.
pub fn set_volatility(market: MarketId, sigma: Ratio) {
	VOLATILITIES.with(|v| v.borrow_mut().insert(market, sigma));
}

/// Opens (or replaces) `who`'s account with `collateral` and positions entered at the current
/// marks, and tells the engine, as the margin pallet does after a trade.
pub fn open(who: u64, collateral: SignedBalance, positions: &[(MarketId, Quantity)]) {
	let positions = positions.iter().map(|&(market, size)| (market, size, Model::mark(market))).collect();
	ACCOUNTS.with(|a| a.borrow_mut().insert(who, Account { collateral, positions, ..Default::default() }));
	let (health, positions) = (<Model as MarginAccounts<u64>>::health(&who), <Model as MarginAccounts<u64>>::positions(&who));
	let change = AccountChange { health, positions: &positions, repositioned: None };
	<Liquidation as MarginObserver<u64>>::account_changed(&who, &change);
}

/// Edits `who`'s account (a deposit, a withdrawal, a trade) and tells the engine, as the margin
/// pallet does after any change.
pub fn edit_account(who: u64, edit: impl FnOnce(&mut Account)) {
	ACCOUNTS.with(|a| edit(a.borrow_mut().entry(who).or_default()));
	let (health, positions) = (<Model as MarginAccounts<u64>>::health(&who), <Model as MarginAccounts<u64>>::positions(&who));
	let change = AccountChange { health, positions: &positions, repositioned: None };
	<Liquidation as MarginObserver<u64>>::account_changed(&who, &change);
}

/// The current mark of `market` in the model.
pub fn mark_of(market: MarketId) -> Price {
	Model::mark(market)
}

pub fn all_accounts() -> Vec<u64> {
	ACCOUNTS.with(|a| a.borrow().keys().copied().collect())
}

/// The next block: the engine's hook runs.
pub fn next_block() {
	let now = System::block_number() + 1;
	System::set_block_number(now);
	System::reset_events();
	Liquidation::on_initialize(now);
}

pub fn params() -> LiquidationParams {
	LiquidationParams {
		penalty: Ratio::saturating_from_rational(1, 100),
		target_health: Ratio::saturating_from_rational(5, 4),
		block_share: crate::BlockShares::default(),
		funding_allowance: Ratio::zero(),
		min_partial_notional: 0,
		gap_cover: Ratio::saturating_from_integer(3),
		risk_horizon: 600,
		stress_floor: sp_arithmetic::Perbill::from_percent(10),
		extreme_multiple: 3,
		extreme_cover: sp_arithmetic::Perbill::from_percent(35),
		concentration_share: sp_arithmetic::Perbill::from_percent(10),
		concentration_floor: 0,
	}
}

/// BTC at 100 000, ETH at 4 000, no accounts, block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	ACCOUNTS.with(|a| a.borrow_mut().clear());
	MARKS.with(|m| m.borrow_mut().clear());
	INDICES.with(|i| i.borrow_mut().clear());
	VOLATILITIES.with(|v| v.borrow_mut().clear());
	STRESSED_MOVES.with(|m| m.borrow_mut().clear());
	COVERED.with(|c| c.borrow_mut().clear());
	FROZEN.with(|f| f.borrow_mut().clear());
	LOSSES.with(|l| l.borrow_mut().clear());
	ACTIVITY.with(|a| a.borrow_mut().clear());
	SetStress::set(Default::default());
	TestFund::set(FULL_FUND);
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		liquidation: pallet_ballast_liquidation::GenesisConfig { params: params(), _phantom: Default::default() },
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_mark(BTC, price(100_000));
		set_mark(ETH, price(4_000));
	});
	ext
}

/// Runs `test`, then the engine's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold after the test");
	});
}

/// Freezes `market`'s feed at its mark with `status` (`Live` thaws it).
pub fn set_feed_status(market: MarketId, status: PriceStatus) {
	FROZEN.with(|f| f.borrow_mut().insert(market, status));
}
