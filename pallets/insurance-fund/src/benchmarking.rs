//! Benchmarks (frame-benchmarking v2) of every call, of the loss waterfall and of the hook:
//! - `cover(p)`: a shortfall the fund covers only in part, the vault not at all (its bound set
//!   to zero), and deleveraging reduces `p` positions after scoring a full ranking window of
//!   candidates that each hold a position in every market (scoring values whole accounts);
//! - `cover_without_deleveraging()`: a shortfall the fund covers in part and the vault in full;
//! - `on_initialize(p)`: the hook collecting income and working down a carried deficit by
//!   reducing `p` positions.
//!
//! `cargo test --features runtime-benchmarks` runs each once in the mock.

use super::*;
use crate::types::Deficit;
use ballast_primitives::{Bankruptcy, BASE_UNIT, COLLATERAL_UNIT};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get, Hooks};
use frame_system::RawOrigin;
use sp_arithmetic::{FixedPointNumber, Perbill};

/// The market the benchmarks trade in.
const MARKET: MarketId = 0;

fn dollars(amount: u128) -> Balance {
	amount * COLLATERAL_UNIT
}

fn price(dollars: u32) -> Price {
	Price::saturating_from_integer(dollars)
}

/// A staker holding `amount` of shares' worth.
/// The bankruptcy of a long of one coin closed at 90, leaving `shortfall` unpaid.
fn long_closed_at_90(shortfall: Balance) -> Bankruptcy {
	Bankruptcy::single(MARKET, shortfall, BASE_UNIT as Quantity, price(90))
}

fn staker<T: Config>(name: &'static str, amount: Balance) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	T::BenchmarkHelper::endow(&who, amount.saturating_mul(4));
	Pallet::<T>::do_stake(who.clone(), amount).expect("the stake is valid");
	who
}

/// A full ranking window of 1-coin shorts, `profitable` of them entered at 100 and the rest at
/// 80, at a mark of 90: deleveraging scores them all and can reduce only the profitable ones,
/// which the queue holds first (a short's highest entry first). Each also holds a small long in
/// every other market, so scoring it values a full account.
fn shorts<T: Config>(profitable: u32) {
	let others: alloc::vec::Vec<MarketId> = T::BenchmarkHelper::markets().into_iter().filter(|m| *m != MARKET).collect();
	for market in &others {
		T::BenchmarkHelper::set_mark(*market, price(100));
	}
	let open = |index: u32| {
		let who: T::AccountId = account("short", index, 0);
		let mut positions = alloc::vec![(MARKET, -(BASE_UNIT as Quantity))];
		positions.extend(others.iter().map(|market| (*market, (BASE_UNIT / 100) as Quantity)));
		T::BenchmarkHelper::open(&who, dollars(100), &positions);
	};
	T::BenchmarkHelper::set_mark(MARKET, price(100));
	(0..profitable).for_each(open);
	T::BenchmarkHelper::set_mark(MARKET, price(80));
	(profitable..T::RankingWindow::get()).for_each(open);
	T::BenchmarkHelper::set_mark(MARKET, price(90));
}

/// The fund keeps `keep` and sends the rest away.
fn fund_holds<T: Config>(keep: Balance) {
	let surplus = Pallet::<T>::balance().saturating_sub(keep);
	if surplus == 0 {
		return;
	}
	frame_support::assert_ok!(<T::Collateral as frame_support::traits::fungible::Mutate<_>>::transfer(
		&Pallet::<T>::account_id(),
		&account::<T::AccountId>("sink", 0, 0),
		surplus,
		frame_support::traits::tokens::Preservation::Expendable,
	));
	Held::<T>::mutate(|held| *held = held.saturating_sub(surplus));
}

/// Deleveraging, not the vault, takes what the fund does not cover.
fn vault_bears_nothing<T: Config>() {
	Params::<T>::mutate(|params| params.vault_loss_share = Perbill::zero());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The worst case: the first stake after a wipeout, by a holder of extinguished shares who
	/// acted in the crisis running then: the crisis ends, their old premium is settled and their
	/// old entry cleared.
	#[benchmark]
	fn stake() {
		staker::<T>("other", dollars(1_000));
		let who = staker::<T>("staker", dollars(1_000));
		EpisodeCount::<T>::put(1);
		CurrentEpisode::<T>::put(Episode { id: 1, pot: 0, eligible: dollars(2_000) });
		Pallet::<T>::settle_premium(&who);
		// Wiped out: the fund's ledger holds only the reserved premium.
		Held::<T>::put(PremiumReserved::<T>::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), dollars(1_000));
		assert_eq!(ShareEra::<T>::get(), 1);
		assert_eq!(Shares::<T>::get(&who), dollars(1_000));
		assert!(CurrentEpisode::<T>::get().is_none());
	}

	#[benchmark]
	fn request_withdrawal() {
		let who = staker::<T>("staker", dollars(1_000));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), dollars(500));
		assert!(Withdrawals::<T>::contains_key(&who));
	}

	#[benchmark]
	fn cancel_withdrawal() {
		let who = staker::<T>("staker", dollars(1_000));
		Pallet::<T>::do_request_withdrawal(who.clone(), dollars(500)).expect("the request is valid");
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Withdrawals::<T>::contains_key(&who));
	}

	#[benchmark]
	fn withdraw() {
		staker::<T>("other", dollars(1_000));
		let who = staker::<T>("staker", dollars(1_000));
		Pallet::<T>::do_request_withdrawal(who.clone(), dollars(500)).expect("the request is valid");
		let unlocks_at = Withdrawals::<T>::get(&who).expect("requested").unlocks_at;
		frame_system::Pallet::<T>::set_block_number(unlocks_at);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert_eq!(Shares::<T>::get(&who), dollars(500));
	}

	#[benchmark]
	fn claim_premium() {
		let who = staker::<T>("staker", dollars(1_000));
		// A crisis ended with 10 of premium for the staker's shares: set aside in the fund.
		let premium = dollars(10);
		T::BenchmarkHelper::endow(&Pallet::<T>::account_id(), Pallet::<T>::held().saturating_add(premium));
		Held::<T>::mutate(|held| *held = held.saturating_add(premium));
		PremiumReserved::<T>::put(premium);
		EpisodePremium::<T>::insert(1, types::ratio(premium, Shares::<T>::get(&who)));
		PremiumIndex::<T>::put(types::ratio(premium, Shares::<T>::get(&who)));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(PremiumReserved::<T>::get() <= 1);
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = T::RiskOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let params = FundParams { withdrawal_cooldown: 7, ..Default::default() };
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);
		assert_eq!(Params::<T>::get().withdrawal_cooldown, 7);
		Ok(())
	}

	#[benchmark]
	fn cover(p: Linear<1, { T::MaxDeleveraged::get() }>) {
		shorts::<T>(p);
		vault_bears_nothing::<T>();
		// One dollar in the fund: it pays that much into the vault first.
		staker::<T>("staker", dollars(1_000));
		let keep = dollars(1);
		fund_holds::<T>(keep);
		// A long of 1 coin closed at 90 so far under water that its bankruptcy price is above
		// every short's entry: the `p` profitable shorts give up all their profit, the rest is
		// carried.
		let loss = long_closed_at_90(keep + dollars(1_000_000));
		let bankrupt: T::AccountId = account("bankrupt", 0, 0);
		let coverage;
		#[block]
		{
			coverage = Pallet::<T>::run_waterfall(&bankrupt, &loss);
		}
		assert_eq!(coverage.by_fund, keep);
		assert!(coverage.by_deleveraging > 0 && coverage.uncovered > 0);
		assert_eq!(Deficits::<T>::get((MARKET, Side::Short)).map(|d| d.remaining), Some(coverage.uncovered));
	}

	#[benchmark]
	fn cover_without_deleveraging() {
		shorts::<T>(T::MaxDeleveraged::get());
		staker::<T>("staker", dollars(1_000));
		let keep = dollars(1);
		fund_holds::<T>(keep);
		// The fund pays its dollar, the vault (within its bound) the rest: every step before
		// deleveraging runs, deleveraging does not.
		let loss = long_closed_at_90(keep + dollars(1));
		let bankrupt: T::AccountId = account("bankrupt", 0, 0);
		let coverage;
		#[block]
		{
			coverage = Pallet::<T>::run_waterfall(&bankrupt, &loss);
		}
		assert_eq!(coverage.by_fund, keep);
		assert_eq!((coverage.by_vault, coverage.by_deleveraging, coverage.uncovered), (dollars(1), 0, 0));
	}

	/// Two covers of the kind above in one block, different bankrupts: what the second adds is
	/// what the liquidation engine charges every cover after the first.
	#[benchmark]
	fn cover_next() {
		shorts::<T>(T::MaxDeleveraged::get());
		staker::<T>("staker", dollars(1_000));
		let keep = dollars(2);
		fund_holds::<T>(keep);
		let loss = long_closed_at_90(dollars(1) + dollars(1) / 2);
		let (first, second): (T::AccountId, T::AccountId) = (account("bankrupt", 0, 0), account("bankrupt", 1, 0));
		let coverages;
		#[block]
		{
			coverages = (Pallet::<T>::run_waterfall(&first, &loss), Pallet::<T>::run_waterfall(&second, &loss));
		}
		assert_eq!(coverages.0.by_fund, dollars(1) + dollars(1) / 2);
		assert_eq!((coverages.1.by_fund, coverages.1.by_vault, coverages.1.by_deleveraging, coverages.1.uncovered), (dollars(1) / 2, dollars(1), 0, 0));
	}

	/// The hook's worst case: a carried deficit deleverages `p` positions and the profit cap
	/// binds too, so two ranking windows are scored in one block (the deficit's, then the cap's
	/// on the other markets' profitable longs).
	#[benchmark]
	fn on_initialize(p: Linear<0, { T::MaxDeleveraged::get() }>) {
		shorts::<T>(p);
		fund_holds::<T>(0);
		Deficits::<T>::insert((MARKET, Side::Short), Deficit { price: price(200), remaining: dollars(1_000_000) });
		for market in T::BenchmarkHelper::markets().into_iter().filter(|m| *m != MARKET) {
			T::BenchmarkHelper::set_mark(market, price(110));
		}
		Params::<T>::mutate(|params| params.max_profit_to_cash = Perbill::zero());
		// A crisis running: the hook checks every market's breaker and the drawdown, and
		// ends it.
		CurrentEpisode::<T>::put(Episode { id: 1, pot: 0, eligible: 0 });
		let now = frame_system::Pallet::<T>::block_number();
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
		assert!(CurrentEpisode::<T>::get().is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
