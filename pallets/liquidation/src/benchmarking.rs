//! Benchmarks (frame-benchmarking v2) of the hook and the call:
//! - `step(m)`: the watermark's step over `m` markets;
//! - `liquidate(p)`: one popped account that reduces `p` positions, the first `p - 1` closed
//!   whole and the last in part, so the account stays open and is indexed and ranked for
//!   deleveraging again (no shortfall: a bankruptcy's cover is metered by the fund's own
//!   weights), or with `p = 0` a healthy one measured again, the first of its block;
//! - `liquidate_next(p)`: two such accounts in the same markets in one block;
//! - `examine(p)`: one popped account of `p` positions that proves healthy, indexed again; the
//!   hook meters itself with these and `step`;
//! - `on_initialize(l, c)`: the whole hook with `l` accounts to liquidate partially and `c`
//!   healthy candidates due, which checks that metering by the parts does not undercount;
//! - `at_scale(e)` (extra, for `./scripts/bench`): the hook with a fixed number of accounts to
//!   liquidate among `10^e` indexed accounts, each with a margin account: its cost must not
//!   grow with `e`.
//!
//! `cargo test --features runtime-benchmarks` runs each once in the mock.

use super::*;
use alloc::vec::Vec;
use ballast_primitives::{BASE_UNIT, COLLATERAL_UNIT};
use frame_benchmarking::v2::*;
use sp_arithmetic::{traits::One, FixedPointNumber, Perbill};
use sp_runtime::traits::Saturating;
use frame_support::{
	traits::{EnsureOrigin, Hooks},
	BoundedVec,
};

/// Accounts due in `at_scale`, whatever the number of accounts.
const DUE_AT_SCALE: u32 = 10;

/// The target health of `liquidate`'s accounts: reached only by a remnant of their last position.
const REMNANT_HEALTH: u32 = 1_000;

fn price(dollars: u32) -> Price {
	Price::saturating_from_integer(dollars)
}

/// A 10x long of 10 coins at 100 in market 0: a 7.5 % fall takes it just below maintenance
/// (equity ≈ 2.4 % of notional under 3 %), so its liquidation is partial.
fn ten_times_long<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::BenchmarkHelper::open(&who, 100 * COLLATERAL_UNIT, &[(0, 10 * BASE_UNIT as i128)]);
	who
}

/// A 2x long of 10 coins at 100 in market 0: healthy through a 7.5 % fall.
fn two_times_long<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::BenchmarkHelper::open(&who, 500 * COLLATERAL_UNIT, &[(0, 10 * BASE_UNIT as i128)]);
	who
}

/// An account 10x long in each of `p` markets (one, healthy, with `p = 0`), every mark 7.5 %
/// down, and a target health so high that only a remnant of the last position meets it: the
/// first `p - 1` positions close whole and the last in part, with equity left, so no shortfall
/// (a bankruptcy's cover is metered apart, by `BadDebt`). Closing all but a remnant costs the
/// most: the account is written, indexed again and ranked again for deleveraging, where a whole
/// close only takes it out.
fn doomed_in_every_market<T: Config>(name: &'static str, index: u32, p: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let markets = p.max(1);
	for market in 0..markets {
		T::BenchmarkHelper::set_mark(market, price(100));
	}
	let positions: Vec<(MarketId, Quantity)> = (0..markets).map(|m| (m, 10 * BASE_UNIT as i128)).collect();
	T::BenchmarkHelper::open(&who, u128::from(markets) * 100 * COLLATERAL_UNIT, &positions);
	if p > 0 {
		for market in 0..markets {
			T::BenchmarkHelper::set_mark(market, Price::saturating_from_rational(925, 10));
		}
		// After `p - 1` whole closes the health is at most about `p / 2`: far below this.
		Params::<T>::mutate(|params| {
			params.target_health = Ratio::saturating_from_integer(REMNANT_HEALTH);
			params.min_partial_notional = 0;
		});
	}
	who
}

/// `who` keeps one position, healthy, and is indexed again: with `p > 0` a remnant of its last.
fn assert_left_with_a_remnant<T: Config>(who: &T::AccountId, p: u32) {
	let positions = T::Margin::positions(who);
	assert_eq!(positions.len(), 1);
	assert!(T::Margin::health(who).is_some_and(|health| !health.is_liquidatable()));
	assert!(Triggers::<T>::contains_key(who));
	if p > 0 {
		assert!(positions[0].size < 10 * BASE_UNIT as i128);
	}
}

/// Liquidations stay partial for the benchmarks' small positions.
fn partial_always<T: Config>() {
	Params::<T>::mutate(|params| params.min_partial_notional = 0);
}

/// Brings every indexed account due at the next block.
fn everyone_due<T: Config>() {
	let far = Index::<T>::iter_keys().map(|(key, _)| risk::level_of(key)).max().unwrap_or_default();
	Watermark::<T>::put(far);
	SideWatermarks::<T>::put((far, far));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn step(m: Linear<0, { T::MaxMarkets::get() }>) {
		let mut followed = BoundedVec::new();
		for market in 0..m {
			T::BenchmarkHelper::set_mark(market, price(110));
			followed.try_push(Followed { market, mark: price(100), index: price(100) }).expect("m is at most MaxMarkets");
		}
		LastPrices::<T>::put(followed);

		#[block]
		{
			Pallet::<T>::step_watermark();
		}

		assert!(Watermark::<T>::get() > 0 || m == 0);
	}

	#[benchmark]
	fn liquidate(p: Linear<0, { T::MaxMarkets::get() }>) {
		let who = doomed_in_every_market::<T>("trader", 0, p);
		let params = Params::<T>::get();
		let levels = Pallet::<T>::levels();

		#[block]
		{
			Pallet::<T>::handle(&who, &params, &levels);
		}

		assert_left_with_a_remnant::<T>(&who, p);
	}

	#[benchmark]
	fn liquidate_next(p: Linear<0, { T::MaxMarkets::get() }>) {
		let first = doomed_in_every_market::<T>("first", 0, p);
		let second = doomed_in_every_market::<T>("second", 0, p);
		let params = Params::<T>::get();
		let levels = Pallet::<T>::levels();

		#[block]
		{
			Pallet::<T>::handle(&first, &params, &levels);
			Pallet::<T>::handle(&second, &params, &levels);
		}

		assert_left_with_a_remnant::<T>(&first, p);
		assert_left_with_a_remnant::<T>(&second, p);
	}

	#[benchmark]
	fn examine(p: Linear<1, { T::MaxMarkets::get() }>) {
		let who: T::AccountId = account("healthy", 0, 0);
		for market in 0..p {
			T::BenchmarkHelper::set_mark(market, price(100));
		}
		let positions: Vec<(MarketId, Quantity)> = (0..p).map(|m| (m, 10 * BASE_UNIT as i128)).collect();
		T::BenchmarkHelper::open(&who, u128::from(p) * 500 * COLLATERAL_UNIT, &positions);
		for market in 0..p {
			T::BenchmarkHelper::set_mark(market, Price::saturating_from_rational(925, 10));
		}
		everyone_due::<T>();
		let key = Triggers::<T>::take(&who).expect("an account with positions is indexed");
		Index::<T>::remove(key, &who);
		let params = Params::<T>::get();
		let levels = Pallet::<T>::levels();
		let handled;

		#[block]
		{
			handled = Pallet::<T>::handle(&who, &params, &levels);
		}

		assert_eq!((handled.reduced, handled.healthy), (0, true));
		assert_eq!(T::Margin::positions(&who).len() as u32, p);
		assert!(Triggers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn on_initialize(l: Linear<0, 50>, c: Linear<0, 50>) {
		T::BenchmarkHelper::set_mark(0, price(100));
		let doomed: Vec<T::AccountId> = (0..l).map(|i| ten_times_long::<T>("doomed", i)).collect();
		for i in 0..c {
			two_times_long::<T>("candidate", i);
		}
		T::BenchmarkHelper::set_mark(0, Price::saturating_from_rational(925, 10));
		everyone_due::<T>();
		// A budget that takes them all.
		Params::<T>::mutate(|params| params.block_share = BlockShares::flat(Perbill::one()));
		partial_always::<T>();
		let now = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		for who in doomed {
			let health = T::Margin::health(&who).expect("a partial liquidation leaves the account open");
			assert!(!health.is_liquidatable());
		}
	}

	/// `10^e` indexed accounts, each with a margin account, far from liquidation, and
	/// [`DUE_AT_SCALE`] just below maintenance: the hook liquidates those and stops.
	#[benchmark(extra)]
	fn at_scale(e: Linear<3, 6>) {
		// The mock's tests run every benchmark at both ends; a million entries there would
		// only slow them down.
		let accounts = if cfg!(test) { 1_000 } else { 10u32.saturating_pow(e) };
		T::BenchmarkHelper::set_mark(0, price(100));
		let due: Vec<T::AccountId> = (0..DUE_AT_SCALE).map(|i| ten_times_long::<T>("due", i)).collect();
		// Due ones first, then the others a 100 % move further up.
		everyone_due::<T>();
		let far = Watermark::<T>::get().saturating_add(Ratio::one().into_inner());
		for i in 0..accounts {
			let who = T::BenchmarkHelper::idle_account(i);
			let key = risk::trigger(far, Ratio::from_inner(u128::from(i)), risk::Queue::Small, risk::Class::Both);
			Index::<T>::insert(key, &who, ());
			Triggers::<T>::insert(&who, key);
		}
		T::BenchmarkHelper::set_mark(0, Price::saturating_from_rational(925, 10));
		partial_always::<T>();
		let now = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert!(due.iter().all(|who| T::Margin::health(who).is_some_and(|h| !h.is_liquidatable())));
		assert!(due.iter().all(|who| Triggers::<T>::contains_key(who)), "the mended accounts are indexed again");
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, LiquidationParams::default());

		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
