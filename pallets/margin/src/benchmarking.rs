//! Benchmarks (frame-benchmarking v2) of every call, each at its worst case: the account holds
//! a position in every other market (settling funding and valuing it walks them all) and every
//! market has open interest (the vault's equity walks them all).
//! `cargo test --features runtime-benchmarks` runs each once in the mock.

use super::*;
use ballast_primitives::{Ratio, BASE_UNIT, COLLATERAL_UNIT};
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, EnsureOrigin, Get, Hooks};
use frame_system::RawOrigin;
use sp_arithmetic::{
	traits::{Bounded, Zero},
	FixedPointNumber,
};

/// The example market with a size tier and room for every benchmark's open interest.
fn params() -> MarketParams {
	MarketParams {
		size_tiers: alloc::vec![SizeTier {
			min_notional: 1_000_000 * COLLATERAL_UNIT,
			initial_margin: Ratio::saturating_from_rational(10, 100),
			maintenance_margin: Ratio::saturating_from_rational(5, 100),
		}]
		.try_into()
		.expect("one tier fits"),
		oi_margin_lower: 1_000_000_000 * COLLATERAL_UNIT,
		oi_margin_upper: 2_000_000_000 * COLLATERAL_UNIT,
		max_open_interest: 1_000_000 * BASE_UNIT as i128,
		..MarketParams::example()
	}
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Collateral::set_balance(&who, 1_000_000_000 * COLLATERAL_UNIT);
	who
}

/// Lists `MaxMarkets` markets priced at 100 with a vault of 100M and a whale holding a
/// position in each (so every market has open interest for the vault's valuation to walk),
/// and a trader with a position in the first `positions` markets at about 2x leverage (close
/// enough to liquidation that any added risk moves its liquidation trigger); returns the
/// trader and the last market (where it holds none unless `positions` is every market). The
/// block's hooks have run.
fn book<T: Config>(positions: u32) -> (T::AccountId, MarketId) {
	let markets = T::MaxMarkets::get();
	for market in 0..markets {
		Markets::<T>::insert(market, Market::new(params()));
		T::BenchmarkHelper::set_mark(market, Price::saturating_from_integer(100u32));
	}
	let lp = funded::<T>("lp", 0);
	Pallet::<T>::do_provide_liquidity(lp, 100_000_000 * COLLATERAL_UNIT).expect("the vault takes the deposit");
	let whale = funded::<T>("whale", 0);
	Pallet::<T>::do_deposit(whale.clone(), 10_000_000 * COLLATERAL_UNIT).expect("the whale deposits");
	for market in 0..markets {
		Pallet::<T>::do_trade(whale.clone(), market, -(10 * BASE_UNIT as i128), Price::zero()).expect("the trade fits");
	}
	let trader = funded::<T>("trader", 0);
	let collateral = (500 * COLLATERAL_UNIT * (positions as u128 + 1)).max(T::MinDeposit::get());
	Pallet::<T>::do_deposit(trader.clone(), collateral).expect("the trader deposits");
	for market in 0..positions.min(markets) {
		Pallet::<T>::do_trade(trader.clone(), market, 10 * BASE_UNIT as i128, Price::max_value()).expect("the trade fits");
	}
	// Funding has accrued in every market since.
	start_block::<T>(10);
	(trader, markets.saturating_sub(1))
}

/// Block `number` starts: the margin hook accrues funding and revalues every market.
fn start_block<T: Config>(number: u32) {
	frame_system::Pallet::<T>::set_block_number(number.into());
	Pallet::<T>::on_initialize(number.into());
	whitelist_hook_storage::<T>();
}

/// What every block's hooks read and write before its first transaction: each listed market's
/// record (the margin hook accrues its funding and revalues it) and the other pallets' state
/// for it. A transaction reads and writes it in the block's overlay, not in the database.
fn whitelist_hook_storage<T: Config>() {
	for market in Markets::<T>::iter_keys() {
		frame_benchmarking::benchmarking::add_to_whitelist(Markets::<T>::hashed_key_for(market).into());
		T::BenchmarkHelper::whitelist_hook_storage(market);
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// An account holding a position in every market (its worst case: each is settled).
	#[benchmark]
	fn deposit() {
		let (trader, _) = book::<T>(T::MaxMarkets::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(trader.clone()), 1_000 * COLLATERAL_UNIT);

		assert!(Accounts::<T>::get(&trader).is_some());
	}

	/// An account holding a position in every market: each is settled and valued twice (against
	/// the holder for the check, at the marks for the observers).
	#[benchmark]
	fn withdraw() {
		let (trader, _) = book::<T>(T::MaxMarkets::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(trader.clone()), 1_000 * COLLATERAL_UNIT);

		assert!(Accounts::<T>::get(&trader).is_some());
	}

	/// An account's first position: it enters the liquidation index and the deleveraging queue.
	#[benchmark]
	fn open_first_position() {
		let (trader, market) = book::<T>(0);

		#[extrinsic_call]
		trade(RawOrigin::Signed(trader.clone()), market, 10 * BASE_UNIT as i128, Price::max_value());

		assert!(Accounts::<T>::get(&trader).and_then(|a| a.position(market)).is_some());
	}

	/// Doubles one of an account's `p` positions at a moved mark: settles and values all of
	/// them, and moves the account in the liquidation index and the position in the
	/// deleveraging queue (its entry price moved), each a removal and an insertion.
	#[benchmark]
	fn trade(p: Linear<1, { T::MaxMarkets::get() }>) {
		let (trader, _) = book::<T>(p);
		let market = p - 1;
		T::BenchmarkHelper::set_mark(market, Price::saturating_from_integer(101u32));
		start_block::<T>(11);

		#[extrinsic_call]
		_(RawOrigin::Signed(trader.clone()), market, 10 * BASE_UNIT as i128, Price::max_value());

		assert_eq!(Accounts::<T>::get(&trader).and_then(|a| a.position(market)).map(|p| p.size), Some(20 * BASE_UNIT as i128));
	}

	#[benchmark]
	fn provide_liquidity() {
		book::<T>(T::MaxMarkets::get() - 1);
		let lp = funded::<T>("lp", 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(lp.clone()), 1_000_000 * COLLATERAL_UNIT);

		assert!(!LpShares::<T>::get(&lp).is_zero());
	}

	#[benchmark]
	fn withdraw_liquidity() {
		book::<T>(T::MaxMarkets::get() - 1);
		let lp: T::AccountId = account("lp", 0, 0);
		let shares = LpShares::<T>::get(&lp) / 10;

		#[extrinsic_call]
		_(RawOrigin::Signed(lp.clone()), shares);

		assert!(!LpShares::<T>::get(&lp).is_zero());
	}

	#[benchmark]
	fn set_market() -> Result<(), BenchmarkError> {
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (_, market) = book::<T>(0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, market, params());

		assert_eq!(Pallet::<T>::totals_of(market).funding_updated, 10u32.into());
		Ok(())
	}

	#[benchmark]
	fn set_vault() -> Result<(), BenchmarkError> {
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, VaultParams::default());

		Ok(())
	}

	#[benchmark]
	fn set_scaling() -> Result<(), BenchmarkError> {
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, ScalingParams::default());

		Ok(())
	}

	#[benchmark]
	fn set_multiplier_floor() -> Result<(), BenchmarkError> {
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let floor = Ratio::saturating_from_rational(3u32, 2u32);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Some(floor));

		assert_eq!(MultiplierFloor::<T>::get(), Some(floor));
		Ok(())
	}

	/// The per-block revaluation of `m` markets with open interest whose marks all moved, and
	/// the rescaling of their margins (every multiplier rising).
	#[benchmark]
	fn revalue(m: Linear<1, { T::MaxMarkets::get() }>) {
		let whale = funded::<T>("whale", 0);
		Pallet::<T>::do_provide_liquidity(funded::<T>("lp", 0), 100_000_000 * COLLATERAL_UNIT).expect("the vault takes it");
		Pallet::<T>::do_deposit(whale.clone(), 10_000_000 * COLLATERAL_UNIT).expect("the whale deposits");
		for market in 0..m {
			Markets::<T>::insert(market, Market::new(params()));
			T::BenchmarkHelper::set_mark(market, Price::saturating_from_integer(100u32));
			Pallet::<T>::do_trade(whale.clone(), market, 10 * BASE_UNIT as i128, Price::max_value()).expect("the trade fits");
			T::BenchmarkHelper::set_mark(market, Price::saturating_from_integer(110u32));
			// Off its target, so every market's multipliers are written,
			Markets::<T>::mutate(market, |listed| {
				if let Some(listed) = listed {
					// and a governance raise phasing in, so both steps run.
					listed.scale = MarginScale {
						initial: Ratio::saturating_from_integer(2u32),
						maintenance: Ratio::saturating_from_integer(2u32),
						phase_in: Ratio::saturating_from_rational(1u32, 2u32),
					};
					let mut before = params();
					before.maintenance_margin = Ratio::saturating_from_rational(1u32, 100u32);
					listed.raised_from = Some(before);
				}
			});
		}
		// A floor to honour, below every target.
		MultiplierFloor::<T>::put(Ratio::from_u32(1));

		#[block]
		{
			Pallet::<T>::on_initialize(2u32.into());
		}

		assert!(Pool::<T>::get().open_pnl.open_profit > 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
