//! The fund's tests, one module per feature. Every test ends with both pallets' invariants
//! (the margin engine's conservation to the unit, the fund's shares and queue) through
//! [`run_test`].

use crate::{mock::*, *};
use ballast_primitives::{BadDebt, Bankruptcy, Coverage, FundHealth, LossSource, MarginAccounts};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::Inspect,
};
use sp_arithmetic::{
	traits::{Saturating, Zero},
	FixedPointNumber, Perbill,
};
use sp_runtime::DispatchError;

fn stake(who: u64, amount: u128) {
	assert_ok!(InsuranceFund::stake(RuntimeOrigin::signed(who), amount));
}

fn set_params(params: FundParams) {
	assert_ok!(InsuranceFund::set_params(RuntimeOrigin::root(), params));
}

fn size(who: u64, market: MarketId) -> Quantity {
	Margin::positions(&who).iter().find(|p| p.market == market).map_or(0, |p| p.size)
}

fn equity(who: u64) -> i128 {
	Margin::health(&who).map_or(0, |h| h.equity)
}

/// A 20× long of 100 BTC at 100 with `collateral` margin (500 is the most leverage allowed).
const BANKRUPT: u64 = 1;
/// Shorts on the other side.
const SHORT_A: u64 = 2;
const SHORT_B: u64 = 3;

/// The long of 100 BTC, and BTC falls from 100 to 90: it loses 1 000 against `collateral`.
fn long_then_crash(collateral: u128) {
	open(BANKRUPT, dollars(collateral), &[(BTC, coins(100))]);
	set_mark(BTC, 90);
}

mod staking {
	use super::*;

	#[test]
	fn stakes_buy_shares_at_the_fund_balance_per_share() {
		run_test(|| {
			stake(STAKER, dollars(1_000));
			assert_eq!(Shares::<Test>::get(STAKER), dollars(1_000));
			assert_eq!(InsuranceFund::balance(), dollars(1_000));
			// Income (fees kept for the fund) raises the price of a share: the next stake buys
			// fewer.
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), ETH, fee_market()));
			open(4, dollars(100_000), &[(ETH, coins(10_000))]);
			next_block();
			let income = InsuranceFund::balance() - dollars(1_000);
			assert!(income > 0);
			stake(OTHER_STAKER, dollars(1_000));
			let expected = dollars(1_000) * dollars(1_000) / (dollars(1_000) + income);
			assert_eq!(Shares::<Test>::get(OTHER_STAKER), expected);
			assert_eq!(InsuranceFund::staker_state(&STAKER).value, dollars(1_000) + income);
		});
	}

	/// Empties the fund as a bad debt larger than it would: its stablecoin leaves, its ledger
	/// follows.
	fn wipe_out() {
		use frame_support::traits::{fungible::Mutate, tokens::Preservation};
		let held = InsuranceFund::held();
		assert_ok!(<Balances as Mutate<u64>>::transfer(&InsuranceFund::account_id(), &99, held, Preservation::Expendable));
		crate::Held::<Test>::put(0);
		assert_eq!(InsuranceFund::balance(), 0);
	}

	#[test]
	fn restaking_an_emptied_fund_extinguishes_the_old_shares_and_never_overflows() {
		run_test(|| {
			stake(STAKER, dollars(10_000));
			for round in 1..=5u32 {
				wipe_out();
				// The old shares are worth nothing; a new stake buys one for one and owns it all.
				stake(OTHER_STAKER, dollars(10_000));
				assert_eq!(InsuranceFund::staker_state(&OTHER_STAKER).shares, dollars(10_000), "round {round}");
				assert_eq!(crate::TotalShares::<Test>::get(), dollars(10_000), "round {round}");
				assert_eq!(InsuranceFund::staker_state(&OTHER_STAKER).value, dollars(10_000));
				assert!(fund_events().contains(&Event::SharesExtinguished { era: round }));
				// Whoever held before holds nothing now, and cannot ask any out.
				assert_eq!(InsuranceFund::staker_state(&STAKER).shares, 0);
				assert_noop!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(STAKER), 1), Error::<Test>::InsufficientShares);
				// The next round's wipeout takes this stake too; STAKER re-enters meanwhile.
				stake(STAKER, dollars(10_000));
				assert_eq!(InsuranceFund::staker_state(&STAKER).shares, dollars(10_000), "restaked at one for one");
			}
		});
	}

	#[test]
	fn a_withdrawal_pending_at_a_wipeout_is_extinguished_with_its_shares() {
		run_test(|| {
			stake(STAKER, dollars(10_000));
			assert_ok!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(STAKER), dollars(5_000)));
			wipe_out();
			stake(OTHER_STAKER, dollars(10_000));
			assert_eq!(crate::PendingShares::<Test>::get(), 0);
			assert_noop!(InsuranceFund::withdraw(RuntimeOrigin::signed(STAKER)), Error::<Test>::NoWithdrawal);
			assert_noop!(InsuranceFund::cancel_withdrawal(RuntimeOrigin::signed(STAKER)), Error::<Test>::NoWithdrawal);
			// The new staker can still leave with everything.
			assert_ok!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(OTHER_STAKER), dollars(10_000)));
		});
	}

	#[test]
	fn a_donation_prices_no_share_so_an_emptied_fund_cannot_be_inflated() {
		use frame_support::traits::{fungible::Mutate, tokens::Preservation};
		run_test(|| {
			stake(STAKER, dollars(100));
			// Leaving a single share behind is refused: what stays must be worth MinStake.
			assert_noop!(
				InsuranceFund::request_withdrawal(RuntimeOrigin::signed(STAKER), dollars(100) - 1),
				Error::<Test>::BelowMinimumRemaining
			);
			// A plain transfer to the fund's account is a donation: no share's price moves.
			assert_ok!(<Test as Config>::Collateral::transfer(&LP, &InsuranceFund::account_id(), dollars(1_000_000), Preservation::Expendable));
			assert_eq!(InsuranceFund::balance(), dollars(100));
			stake(OTHER_STAKER, dollars(100));
			assert_eq!(Shares::<Test>::get(OTHER_STAKER), dollars(100), "the next stake buys at the ledger's price");
			// A unit missing from the account is caught.
			assert_ok!(InsuranceFund::do_try_state());
			let account = InsuranceFund::account_id();
			let held = <Test as Config>::Collateral::balance(&account);
			<Test as Config>::Collateral::set_balance(&account, held - dollars(1_000_000) - 1);
			assert!(InsuranceFund::do_try_state().is_err());
			<Test as Config>::Collateral::set_balance(&account, held);
		});
	}

	#[test]
	fn income_with_nobody_staked_stays_the_protocols() {
		run_test(|| {
			// ETH with fees, a fifth of them kept for the fund; they arrive in the next block.
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), ETH, fee_market()));
			open(4, dollars(10_000), &[(ETH, coins(1_000))]);
			next_block();
			assert!(fund_events().iter().any(|e| matches!(e, Event::IncomeCollected { .. })));
			let income = InsuranceFund::balance();
			stake(STAKER, dollars(1_000));
			assert_eq!(InsuranceFund::staker_state(&STAKER).value, dollars(1_000), "the first staker buys only its own stake");
			assert_eq!(Shares::<Test>::get(InsuranceFund::account_id()), income);
		});
	}

	#[test]
	fn bad_stakes_are_refused_and_change_nothing() {
		run_test(|| {
			assert_noop!(InsuranceFund::stake(RuntimeOrigin::signed(STAKER), 0), Error::<Test>::Zero);
			assert_noop!(InsuranceFund::stake(RuntimeOrigin::signed(STAKER), dollars(99)), Error::<Test>::BelowMinimumStake);
			assert_noop!(InsuranceFund::stake(RuntimeOrigin::none(), dollars(1_000)), DispatchError::BadOrigin);
			// More than the staker owns: the transfer fails, nothing is minted.
			assert!(InsuranceFund::stake(RuntimeOrigin::signed(STAKER), ENDOWMENT + 1).is_err());
			assert_eq!(TotalShares::<Test>::get(), 0);
			// Once staking, a top-up below the minimum is fine.
			stake(STAKER, dollars(100));
			stake(STAKER, 1);
		});
	}
}

mod withdrawals {
	use super::*;

	#[test]
	fn a_withdrawal_waits_for_its_cooldown() {
		run_test(|| {
			stake(STAKER, dollars(1_000));
			assert_ok!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(STAKER), dollars(400)));
			let unlocks_at = Withdrawals::<Test>::get(STAKER).unwrap().unlocks_at;
			assert_eq!(unlocks_at, 1 + 10);
			while System::block_number() < unlocks_at {
				assert_noop!(InsuranceFund::withdraw(RuntimeOrigin::signed(STAKER)), Error::<Test>::CooldownActive);
				next_block();
			}
			// The circuit breaker's pause holds the payout; nothing changes meanwhile.
			pause_withdrawals(true);
			assert_noop!(InsuranceFund::withdraw(RuntimeOrigin::signed(STAKER)), Error::<Test>::WithdrawalsPaused);
			pause_withdrawals(false);
			let before = Balances::balance(&STAKER);
			assert_ok!(InsuranceFund::withdraw(RuntimeOrigin::signed(STAKER)));
			assert_eq!(Balances::balance(&STAKER), before + dollars(400));
			assert_eq!(Shares::<Test>::get(STAKER), dollars(600));
			assert_eq!(PendingShares::<Test>::get(), 0);
		});
	}

	#[test]
	fn a_request_lapses_after_its_claim_window_and_is_renewed_through_a_new_cooldown() {
		run_test(|| {
			stake(STAKER, dollars(1_000));
			// Asked on a calm day, kept as a ticket out of the next crisis.
			assert_ok!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(STAKER), dollars(1_000)));
			let unlocks_at = Withdrawals::<Test>::get(STAKER).unwrap().unlocks_at;
			System::set_block_number(unlocks_at + 20);
			assert_noop!(InsuranceFund::withdraw(RuntimeOrigin::signed(STAKER)), Error::<Test>::WithdrawalLapsed);
			// Asking again starts a new cooldown; the lapsed request's shares are not counted twice.
			assert_ok!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(STAKER), dollars(1_000)));
			assert_eq!(Withdrawals::<Test>::get(STAKER).unwrap().unlocks_at, unlocks_at + 20 + 10);
			assert_eq!(PendingShares::<Test>::get(), dollars(1_000));
			assert_noop!(InsuranceFund::withdraw(RuntimeOrigin::signed(STAKER)), Error::<Test>::CooldownActive);
			System::set_block_number(unlocks_at + 20 + 10 + 19);
			assert_ok!(InsuranceFund::withdraw(RuntimeOrigin::signed(STAKER)));
		});
	}

	#[test]
	fn a_pending_withdrawal_shares_a_loss_of_its_cooldown() {
		run_test(|| {
			stake(STAKER, dollars(1_000));
			stake(OTHER_STAKER, dollars(1_000));
			assert_ok!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(STAKER), dollars(1_000)));
			// A 500 shortfall while the request waits: both stakers lose 250.
			long_then_crash(500);
			let coverage = bankrupt(BANKRUPT);
			assert_eq!(coverage.by_fund, dollars(500));
			for _ in 0..10 {
				next_block();
			}
			let before = Balances::balance(&STAKER);
			assert_ok!(InsuranceFund::withdraw(RuntimeOrigin::signed(STAKER)));
			assert_eq!(Balances::balance(&STAKER) - before, dollars(750));
			assert_eq!(InsuranceFund::staker_state(&OTHER_STAKER).value, dollars(750));
		});
	}

	#[test]
	fn bad_requests_and_claims_are_refused_and_change_nothing() {
		run_test(|| {
			stake(STAKER, dollars(1_000));
			let signed = || RuntimeOrigin::signed(STAKER);
			assert_noop!(InsuranceFund::request_withdrawal(signed(), 0), Error::<Test>::Zero);
			assert_noop!(InsuranceFund::request_withdrawal(signed(), dollars(1_001)), Error::<Test>::InsufficientShares);
			assert_noop!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(OTHER_STAKER), 1), Error::<Test>::InsufficientShares);
			assert_noop!(InsuranceFund::withdraw(signed()), Error::<Test>::NoWithdrawal);
			assert_noop!(InsuranceFund::cancel_withdrawal(signed()), Error::<Test>::NoWithdrawal);
			assert_noop!(InsuranceFund::request_withdrawal(RuntimeOrigin::none(), 1), DispatchError::BadOrigin);
			assert_ok!(InsuranceFund::request_withdrawal(signed(), dollars(100)));
			assert_noop!(InsuranceFund::request_withdrawal(signed(), dollars(100)), Error::<Test>::WithdrawalPending);
			assert_noop!(InsuranceFund::withdraw(signed()), Error::<Test>::CooldownActive);
			assert_ok!(InsuranceFund::cancel_withdrawal(signed()));
			assert_eq!(PendingShares::<Test>::get(), 0);
			assert_eq!(Shares::<Test>::get(STAKER), dollars(1_000));
		});
	}

	#[test]
	fn parameters_only_from_the_risk_origin_and_only_valid() {
		run_test(|| {
			assert_noop!(InsuranceFund::set_params(RuntimeOrigin::signed(STAKER), test_params()), DispatchError::BadOrigin);
			let no_cap = FundParams { max_profit_to_cash: Perbill::zero(), ..test_params() };
			assert_noop!(InsuranceFund::set_params(RuntimeOrigin::root(), no_cap), Error::<Test>::InvalidParams);
			for invalid in [
				FundParams { drawdown_window: 0, ..test_params() },
				FundParams { withdrawal_cooldown: 0, ..test_params() },
				FundParams { claim_window: 0, ..test_params() },
			] {
				assert_noop!(InsuranceFund::set_params(RuntimeOrigin::root(), invalid), Error::<Test>::InvalidParams);
			}
			set_params(FundParams { withdrawal_cooldown: 3, ..test_params() });
			assert_eq!(Params::<Test>::get().withdrawal_cooldown, 3);
		});
	}
}

mod waterfall {
	use super::*;

	#[test]
	fn the_fund_covers_a_shortfall_and_the_vault_is_made_whole() {
		run_test(|| {
			stake(STAKER, dollars(10_000));
			open(SHORT_A, dollars(2_000), &[(BTC, coins(-100))]);
			let vault_before = vault_equity();
			long_then_crash(500);
			let coverage = bankrupt(BANKRUPT);
			assert_eq!(coverage, Coverage { by_fund: dollars(500), ..Default::default() });
			assert_eq!(InsuranceFund::balance(), dollars(9_500));
			assert_eq!(vault_equity(), vault_before, "the vault lost nothing");
			assert_eq!(size(SHORT_A, BTC), coins(-100), "nobody deleveraged");
		});
	}

	#[test]
	fn the_fund_covers_part_and_the_vault_bears_the_rest_within_its_bound() {
		run_test(|| {
			stake(STAKER, dollars(200));
			long_then_crash(500);
			let vault_before_bankruptcy = vault_equity();
			let coverage = bankrupt(BANKRUPT);
			assert_eq!(coverage.by_fund, dollars(200));
			assert_eq!(coverage.by_vault, dollars(300));
			assert_eq!(coverage.uncovered, 0);
			assert_eq!(InsuranceFund::balance(), 0);
			// The vault's equity had counted the long's whole loss; it keeps 300 less of it.
			assert_eq!(vault_equity(), vault_before_bankruptcy - dollars(300) as i128);
			let steps: Vec<_> = fund_events()
				.into_iter()
				.filter(|e| matches!(e, Event::FundCovered { .. } | Event::VaultAbsorbed { .. }))
				.collect();
			assert_eq!(
				steps,
				vec![
					Event::FundCovered { who: BANKRUPT, market: BTC, amount: dollars(200) },
					Event::VaultAbsorbed { who: BANKRUPT, market: BTC, amount: dollars(300) },
				]
			);
		});
	}

	/// Deleveraging by `rule`, the vault bearing nothing: A 200 BTC short on 4 000 (higher
	/// leverage), B 100 BTC short on 20 000, both from 100; a long losing 1 000 on 700 (300
	/// short, bankruptcy price 93) as the mark falls to 90. The vault's equity then.
	fn two_shorts_and_a_bankrupt_long(rule: AdlRule) -> i128 {
		set_params(FundParams { vault_loss_share: Perbill::zero(), adl_rule: rule, ..test_params() });
		open(SHORT_A, dollars(4_000), &[(BTC, coins(-200))]);
		open(SHORT_B, dollars(20_000), &[(BTC, coins(-100))]);
		open(BANKRUPT, dollars(700), &[(BTC, coins(100))]);
		set_mark(BTC, 90);
		vault_equity()
	}

	#[test]
	fn past_the_fund_and_the_vault_bound_deleveraging_reduces_the_top_ranked_exactly_enough() {
		run_test(|| {
			let vault_after_crash = two_shorts_and_a_bankrupt_long(AdlRule::Ranked);
			let coverage = bankrupt(BANKRUPT);
			assert_eq!(coverage.by_deleveraging, dollars(300));
			assert_eq!(coverage.uncovered, 0);
			// A gives up 3 a coin on 100 of its 200 coins; B, ranked lower, is untouched.
			assert_eq!(size(SHORT_A, BTC), coins(-100));
			assert_eq!(size(SHORT_B, BTC), coins(-100));
			let deleveraged: Vec<_> = fund_events().into_iter().filter(|e| matches!(e, Event::Deleveraged { .. })).collect();
			assert_eq!(
				deleveraged,
				vec![Event::Deleveraged { who: SHORT_A, market: BTC, closed: coins(100), price: price(93), recovered: dollars(300) }]
			);
			// A realised 7 a coin instead of 10: the vault ends as if the long had paid its
			// whole loss. The loss nobody paid was recovered exactly.
			assert_eq!(vault_equity(), vault_after_crash);
			assert!(equity(SHORT_A) > 0 && equity(SHORT_B) > 0);
		});
	}

	#[test]
	fn pro_rata_deleveraging_closes_every_profitable_position_by_the_same_fraction() {
		run_test(|| {
			let vault_after_crash = two_shorts_and_a_bankrupt_long(AdlRule::ProRata);
			let coverage = bankrupt(BANKRUPT);
			assert_eq!((coverage.by_deleveraging, coverage.uncovered), (dollars(300), 0));
			// Together they could give 900 at 3 a coin: each gives a third of its size.
			let (closed_a, closed_b) = (coins(-200) - size(SHORT_A, BTC), coins(-100) - size(SHORT_B, BTC));
			assert!(closed_a.abs_diff(coins(-200) / 3) <= 1 && closed_b.abs_diff(coins(-100) / 3) <= 1, "{closed_a}, {closed_b}");
			let recovered: Vec<_> = fund_events()
				.into_iter()
				.filter_map(|e| match e {
					Event::Deleveraged { who, recovered, .. } => Some((who, recovered)),
					_ => None,
				})
				.collect();
			assert_eq!(recovered, vec![(SHORT_A, dollars(200)), (SHORT_B, dollars(100))]);
			// Each share rounds up by at most an atom, for the vault.
			let over = vault_equity() - vault_after_crash;
			assert!((0..=2).contains(&over), "the loss nobody paid was recovered, to an atom a position: {over}");
		});
	}

	#[test]
	fn pro_rata_reaches_only_the_positions_one_pass_may_reduce() {
		run_test(|| {
			set_params(FundParams { vault_loss_share: Perbill::zero(), adl_rule: AdlRule::ProRata, ..test_params() });
			// More profitable shorts than a pass may reduce, each able to give 150 at 3 a coin.
			let most = MaxDeleveraged::get();
			let shorts: Vec<u64> = (20..20 + most as u64 + 2).collect();
			for who in &shorts {
				open(*who, dollars(10_000), &[(BTC, coins(-50))]);
			}
			open(BANKRUPT, dollars(700), &[(BTC, coins(100))]);
			set_mark(BTC, 90);
			let coverage = bankrupt(BANKRUPT);
			assert_eq!((coverage.by_deleveraging, coverage.uncovered), (dollars(300), 0));
			// The first `most` of the queue give 75 each, half their size; the others nothing.
			let sizes: Vec<i128> = shorts.iter().map(|who| size(*who, BTC)).collect();
			let touched = sizes.iter().filter(|size| **size != coins(-50)).count() as u32;
			assert_eq!(touched, most, "one pass reduces at most MaxDeleveraged positions: {sizes:?}");
			assert!(sizes.iter().all(|size| *size == coins(-50) || size.abs_diff(coins(-25)) <= 1), "{sizes:?}");
		});
	}

	#[test]
	fn deleveraging_never_closes_a_position_at_a_loss() {
		run_test(|| {
			set_params(FundParams { vault_loss_share: Perbill::zero(), ..test_params() });
			// The short entered at 92: the bankruptcy price 93 would be a loss for it, so it
			// closes at its entry and gives up its whole 2 a coin.
			set_mark(BTC, 92);
			open(SHORT_A, dollars(4_000), &[(BTC, coins(-200))]);
			set_mark(BTC, 100);
			open(BANKRUPT, dollars(700), &[(BTC, coins(100))]);
			set_mark(BTC, 90);
			let coverage = bankrupt(BANKRUPT);
			assert_eq!(coverage.by_deleveraging, dollars(300));
			// 2 a coin: 150 coins close the 300.
			assert_eq!(size(SHORT_A, BTC), coins(-50));
			assert!(fund_events().contains(&Event::Deleveraged {
				who: SHORT_A,
				market: BTC,
				closed: coins(150),
				price: price(92),
				recovered: dollars(300)
			}));
		});
	}

	#[test]
	fn a_deficit_the_other_side_cannot_close_is_carried_and_paid_from_later_income() {
		run_test(|| {
			set_params(FundParams { vault_loss_share: Perbill::zero(), ..test_params() });
			long_then_crash(500);
			let coverage = bankrupt(BANKRUPT);
			assert_eq!(coverage.uncovered, dollars(500), "nobody on the other side to deleverage");
			assert_eq!(Deficits::<Test>::get((BTC, Side::Short)).unwrap().remaining, dollars(500));
			stake(STAKER, dollars(2_000));
			next_block();
			assert_eq!(Deficits::<Test>::get((BTC, Side::Short)), None);
			assert_eq!(InsuranceFund::balance(), dollars(1_500));
			assert!(fund_events().contains(&Event::DeficitReduced {
				market: BTC,
				side: Side::Short,
				by_fund: dollars(500),
				by_deleveraging: 0,
				remaining: 0
			}));
		});
	}

	#[test]
	fn a_cover_is_charged_the_worst_case_only_when_it_reached_deleveraging() {
		use crate::weights::WeightInfo;
		let fund_only = Coverage { by_fund: dollars(10), ..Default::default() };
		let vault_too = Coverage { by_vault: dollars(5), ..fund_only };
		let deleveraged = Coverage { by_deleveraging: dollars(1), ..vault_too };
		let carried = Coverage { uncovered: dollars(1), ..vault_too };
		let worst = <InsuranceFund as BadDebt<u64>>::cover_weight();
		let one = <() as WeightInfo>::cover_without_deleveraging();
		assert!(one.ref_time() < worst.ref_time() && one.all_lte(worst), "the fund and the vault alone cost less than deleveraging");
		assert_eq!(<InsuranceFund as BadDebt<u64>>::cover_weight_of(&fund_only, false), one);
		assert_eq!(<InsuranceFund as BadDebt<u64>>::cover_weight_of(&vault_too, false), one);
		assert_eq!(<InsuranceFund as BadDebt<u64>>::cover_weight_of(&deleveraged, false), worst);
		assert_eq!(<InsuranceFund as BadDebt<u64>>::cover_weight_of(&carried, false), worst);
		// After another cover in the block: only what the second adds, never for deleveraging.
		let warm = <() as WeightInfo>::cover_next() - one;
		assert!(warm.ref_time() < one.ref_time());
		assert_eq!(<InsuranceFund as BadDebt<u64>>::cover_weight_of(&vault_too, true), warm);
		assert_eq!(<InsuranceFund as BadDebt<u64>>::cover_weight_of(&deleveraged, true), worst);
	}

	#[test]
	fn a_loss_with_no_close_to_price_it_is_carried_for_income_never_deleveraged() {
		run_test(|| {
			set_params(FundParams { vault_loss_share: Perbill::zero(), ..test_params() });
			open(SHORT_A, dollars(4_000), &[(BTC, coins(-100))]);
			set_mark(BTC, 90);
			let loss = Bankruptcy::single(BTC, dollars(50), 0, price(90));
			let coverage = InsuranceFund::cover(&BANKRUPT, &loss);
			assert_eq!(coverage.uncovered, dollars(50));
			next_block();
			assert_eq!(size(SHORT_A, BTC), coins(-100), "nobody gives up profit for an unpriced loss");
			stake(STAKER, dollars(500));
			next_block();
			assert!(Deficits::<Test>::iter().next().is_none(), "the fund's money paid it");
		});
	}

	#[test]
	fn a_carried_deficit_is_deleveraged_as_profit_appears() {
		run_test(|| {
			set_params(FundParams { vault_loss_share: Perbill::zero(), ..test_params() });
			long_then_crash(500);
			bankrupt(BANKRUPT);
			// A short opened after the crash profits from a further fall, and pays the rest.
			open(SHORT_A, dollars(4_000), &[(BTC, coins(-100))]);
			set_mark(BTC, 80);
			next_block();
			// Bankruptcy price 95 is above its entry 90: it gives up its whole 10 a coin on 50.
			assert_eq!(size(SHORT_A, BTC), coins(-50));
			assert_eq!(Deficits::<Test>::get((BTC, Side::Short)), None);
		});
	}
}

mod profit_cap {
	use super::*;

	#[test]
	fn open_profit_past_its_share_of_the_vault_is_settled_at_the_mark() {
		new_test_ext().execute_with(|| {
			set_params(FundParams { max_profit_to_cash: Perbill::from_percent(50), ..test_params() });
			// Two shorts of 4 000 BTC each: at 10 below their entry... at 40 they hold 480 000
			// of profit against the vault's ~1.0M cash: under half. At 20 they hold 640 000.
			open(SHORT_A, dollars(200_000), &[(BTC, coins(-4_000))]);
			open(SHORT_B, dollars(400_000), &[(BTC, coins(-4_000))]);
			set_mark(BTC, 40);
			next_block();
			assert!(!fund_events().iter().any(|e| matches!(e, Event::ProfitCapReached { .. })));
			set_mark(BTC, 20);
			next_block();
			assert!(fund_events().iter().any(|e| matches!(e, Event::ProfitCapReached { .. })));
			let vault = <Margin as ballast_primitives::VaultLedger<u64>>::vault_state();
			assert!(vault.open_profit <= Perbill::from_percent(50).mul_floor(vault.cash), "{vault:?}");
			// The more leveraged short went first.
			assert!(size(SHORT_A, BTC).abs() < coins(4_000));
			check_invariants();
		});
	}

	#[test]
	fn each_market_is_deleveraged_for_its_own_part_at_its_own_price() {
		run_test(|| {
			set_params(FundParams { vault_loss_share: Perbill::zero(), ..test_params() });
			// 10 BTC closed at 90 left 400 unpaid; 0.5 ETH closed at 30 left 100 unpaid.
			let loss = Bankruptcy {
				shortfall: dollars(500),
				sources: vec![
					LossSource { market: BTC, shortfall: dollars(400), closed: coins(10), price: price(90) },
					LossSource { market: ETH, shortfall: dollars(100), closed: coins(1) / 2, price: price(30) },
				],
			};
			let coverage = InsuranceFund::cover(&BANKRUPT, &loss);
			assert_eq!(coverage.uncovered, dollars(500), "nobody on either side yet");
			let btc = Deficits::<Test>::get((BTC, Side::Short)).unwrap();
			let eth = Deficits::<Test>::get((ETH, Side::Short)).unwrap();
			// Each priced on its own closed size: 90 + 400/10, 30 + 100/0.5.
			assert_eq!((btc.remaining, btc.price), (dollars(400), price(130)));
			assert_eq!((eth.remaining, eth.price), (dollars(100), price(230)));
		});
	}

	#[test]
	fn deleveraging_waits_for_a_live_price() {
		run_test(|| {
			set_params(FundParams { vault_loss_share: Perbill::zero(), ..test_params() });
			Deficits::<Test>::insert((BTC, Side::Short), crate::Deficit { price: price(95), remaining: dollars(500) });
			open(SHORT_A, dollars(4_000), &[(BTC, coins(-100))]);
			set_mark(BTC, 80);
			set_feed_status(BTC, ballast_primitives::PriceStatus::Stale);
			next_block();
			assert_eq!(size(SHORT_A, BTC), coins(-100), "no close at a frozen mark");
			assert!(Deficits::<Test>::get((BTC, Side::Short)).is_some(), "carried meanwhile");
			set_feed_status(BTC, ballast_primitives::PriceStatus::Live);
			next_block();
			assert_eq!(Deficits::<Test>::get((BTC, Side::Short)), None);
		});
	}

	#[test]
	fn a_deficit_nobody_can_close_blocks_no_other_deficit() {
		run_test(|| {
			set_params(FundParams { vault_loss_share: Perbill::zero(), ..test_params() });
			// A loss no close priced, carried for income, beside a priced BTC deficit whose
			// counterparty is in profit: the BTC one is worked down whatever the storage order.
			Deficits::<Test>::insert((crate::UNPRICED, Side::Short), crate::Deficit { price: price(0), remaining: dollars(1_000_000) });
			Deficits::<Test>::insert((BTC, Side::Short), crate::Deficit { price: price(95), remaining: dollars(500) });
			open(SHORT_A, dollars(4_000), &[(BTC, coins(-100))]);
			set_mark(BTC, 80);
			next_block();
			assert_eq!(Deficits::<Test>::get((BTC, Side::Short)), None, "worked down beside the unpriced one");
			assert!(size(SHORT_A, BTC).abs() < coins(100));
			assert!(Deficits::<Test>::get((crate::UNPRICED, Side::Short)).is_some());
		});
	}

	#[test]
	fn a_deficit_nobody_can_close_does_not_switch_the_cap_off() {
		new_test_ext().execute_with(|| {
			set_params(FundParams { max_profit_to_cash: Perbill::from_percent(50), ..test_params() });
			// An ETH loss carried with an empty fund and nobody on ETH to deleverage.
			Deficits::<Test>::insert((ETH, Side::Short), crate::Deficit { price: price(0), remaining: dollars(1_000_000) });
			open(SHORT_A, dollars(200_000), &[(BTC, coins(-4_000))]);
			open(SHORT_B, dollars(400_000), &[(BTC, coins(-4_000))]);
			set_mark(BTC, 20);
			next_block();
			assert!(fund_events().iter().any(|e| matches!(e, Event::ProfitCapReached { .. })), "the cap works through the deficit");
			let vault = <Margin as ballast_primitives::VaultLedger<u64>>::vault_state();
			assert!(vault.open_profit <= Perbill::from_percent(50).mul_floor(vault.cash), "{vault:?}");
			assert!(Deficits::<Test>::get((ETH, Side::Short)).is_some(), "the deficit is still carried");
		});
	}
}

mod ranking {
	use super::*;

	#[test]
	fn the_queue_follows_entry_prices_and_the_api_shows_each_traders_place() {
		run_test(|| {
			open(SHORT_A, dollars(4_000), &[(BTC, coins(-200))]);
			open(SHORT_B, dollars(20_000), &[(BTC, coins(-100))]);
			set_mark(BTC, 90);
			let a = InsuranceFund::adl_ranking(&SHORT_A, 100);
			let b = InsuranceFund::adl_ranking(&SHORT_B, 100);
			assert_eq!((a.len(), b.len()), (1, 1));
			assert!(a[0].score > b[0].score, "higher leverage, same PnL%: A ranks first");
			assert_eq!(a[0].side, Side::Short);
			// Same entry: queue order among them is by account; each sees one or none ahead.
			assert_eq!(a[0].ahead + b[0].ahead, 1);
			// Closing removes the position from the queue.
			assert_ok!(Margin::close(RuntimeOrigin::signed(SHORT_A), BTC, price(1_000)));
			assert!(InsuranceFund::adl_ranking(&SHORT_A, 100).is_empty());
			assert!(AdlQueue::<Test>::iter_keys().all(|(_, _, who)| who != SHORT_A), "no queue entry is left behind");
			assert_eq!(InsuranceFund::adl_ranking(&SHORT_B, 100)[0].ahead, 0);
		});
	}

	#[test]
	fn a_trade_moves_only_its_own_markets_entry_and_the_invariant_catches_a_lost_one() {
		run_test(|| {
			open(SHORT_A, dollars(40_000), &[(BTC, coins(-100)), (ETH, coins(-100))]);
			let before: Vec<_> = AdlQueue::<Test>::iter_keys().collect();
			assert_eq!(before.len(), 2);
			set_mark(BTC, 90);
			assert_ok!(Margin::trade(RuntimeOrigin::signed(SHORT_A), BTC, -coins(100), price(0)));
			let after: Vec<_> = AdlQueue::<Test>::iter_keys().collect();
			let eth = |keys: &Vec<((MarketId, Side), [u8; 16], u64)>| keys.iter().find(|k| k.0 .0 == ETH).cloned();
			assert_eq!(eth(&before), eth(&after), "the ETH entry did not move");
			assert_ne!(before, after, "the BTC entry followed its new average entry");
			assert_ok!(InsuranceFund::do_try_state());
			AdlQueue::<Test>::remove(eth(&after).expect("queued"));
			assert!(InsuranceFund::do_try_state().is_err(), "a position missing from its queue is caught");
			AdlQueue::<Test>::insert(eth(&after).expect("queued"), ());
		});
	}

	#[test]
	fn a_lower_entry_long_ranks_ahead() {
		run_test(|| {
			open(4, dollars(10_000), &[(BTC, coins(10))]);
			set_mark(BTC, 110);
			open(5, dollars(10_000), &[(BTC, coins(10))]);
			assert_eq!(InsuranceFund::adl_ranking(&4, 100)[0].ahead, 0);
			assert_eq!(InsuranceFund::adl_ranking(&5, 100)[0].ahead, 1);
		});
	}
}

mod crisis_premium {
	use super::*;
	use ballast_primitives::MarketState;

	/// A trade in ETH (with fees) whose insurance share reaches the fund in the next block.
	fn trade_for_fees(who: u64) {
		open(who, dollars(10_000), &[(ETH, coins(1_000))]);
		assert_ok!(Margin::close(RuntimeOrigin::signed(who), ETH, Price::zero()));
		next_block();
	}

	fn income_last_block() -> u128 {
		fund_events().iter().rev().find_map(|e| match e { Event::IncomeCollected { amount } => Some(*amount), _ => None }).unwrap()
	}

	#[test]
	fn stakers_who_stand_through_a_crisis_share_its_premium_and_leavers_and_latecomers_do_not() {
		run_test(|| {
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), ETH, fee_market()));
			stake(STAKER, dollars(1_000));
			stake(OTHER_STAKER, dollars(1_000));
			// Income outside a crisis is all the fund's.
			trade_for_fees(4);
			assert_eq!(PremiumReserved::<Test>::get(), 0);

			set_breaker(ETH, MarketState::ReduceOnly);
			trade_for_fees(5);
			let first = income_last_block();
			assert!(fund_events().contains(&Event::CrisisStarted { episode: 1, eligible: dollars(2_000) }));
			assert_eq!(PremiumReserved::<Test>::get(), first / 2);
			// Mid-crisis: one staker asks out, a new one arrives.
			assert_ok!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(OTHER_STAKER), dollars(1_000)));
			stake(22, dollars(1_000));
			trade_for_fees(6);
			let pot = first / 2 + income_last_block() / 2;
			assert_eq!(PremiumReserved::<Test>::get(), pot);
			let price_before = InsuranceFund::share_price().unwrap();

			set_breaker(ETH, MarketState::Open);
			next_block();
			assert!(fund_events().iter().any(|e| matches!(e, Event::CrisisEnded { episode: 1, premium, .. } if *premium == pot)));
			assert_eq!(CurrentEpisode::<Test>::get(), None);
			// Only the staker who stood through it all is owed, all of it (less rounding).
			let owed = InsuranceFund::staker_state(&STAKER).premium;
			assert!(owed <= pot && owed + 1 >= pot, "{owed} of {pot}");
			assert_eq!(InsuranceFund::staker_state(&OTHER_STAKER).premium, 0);
			assert_eq!(InsuranceFund::staker_state(&22).premium, 0);
			// The reserved premium is not part of the share price.
			assert_eq!(InsuranceFund::share_price().unwrap(), price_before);

			// The premium leaves the fund like a withdrawal: the breaker's pause holds it too.
			pause_withdrawals(true);
			assert_noop!(InsuranceFund::claim_premium(RuntimeOrigin::signed(STAKER)), Error::<Test>::WithdrawalsPaused);
			pause_withdrawals(false);
			let before = Balances::balance(&STAKER);
			assert_ok!(InsuranceFund::claim_premium(RuntimeOrigin::signed(STAKER)));
			assert_eq!(Balances::balance(&STAKER) - before, owed);
			assert_noop!(InsuranceFund::claim_premium(RuntimeOrigin::signed(STAKER)), Error::<Test>::NoPremium);
			assert_noop!(InsuranceFund::claim_premium(RuntimeOrigin::signed(22)), Error::<Test>::NoPremium);
			assert_noop!(InsuranceFund::claim_premium(RuntimeOrigin::none()), DispatchError::BadOrigin);
		});
	}

	/// A wipeout takes the stake, never the premium set aside from it: a crisis running at the
	/// wipeout ends there, shared over the shares that stood through it, and those holders keep
	/// what they were owed from earlier crises though their shares are gone. (The conservation
	/// property test found the running episode left counting the extinguished shares.)
	#[test]
	fn a_wipeout_ends_the_running_crisis_and_leaves_the_old_holders_their_premium() {
		run_test(|| {
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), ETH, fee_market()));
			stake(STAKER, dollars(1_000));
			// A first crisis ends before the wipeout; STAKER settles nothing meanwhile.
			set_breaker(ETH, MarketState::Halted);
			trade_for_fees(4);
			set_breaker(ETH, MarketState::Open);
			next_block();
			let first = PremiumReserved::<Test>::get();
			assert!(first > 0);
			// A second is running when the fund is emptied and restaked.
			set_breaker(ETH, MarketState::Halted);
			trade_for_fees(5);
			let reserved = PremiumReserved::<Test>::get();
			assert!(CurrentEpisode::<Test>::get().is_some() && reserved > first);
			wipe_out_keeping_the_premium();
			stake(OTHER_STAKER, dollars(500));
			assert_ok!(InsuranceFund::do_try_state());
			assert!(fund_events().iter().any(|e| matches!(e, Event::CrisisEnded { episode: 2, .. })));
			assert_eq!(CurrentEpisode::<Test>::get(), None, "the episode ended with the shares that stood in it");
			// The old holder is owed both pots (less rounding); the newcomer neither.
			let owed = InsuranceFund::staker_state(&STAKER).premium;
			assert!(owed <= reserved && owed + 2 >= reserved, "{owed} of {reserved}");
			assert_eq!(InsuranceFund::staker_state(&OTHER_STAKER).premium, 0);
			// Restaking settles it first; it stays owed and can be claimed.
			stake(STAKER, dollars(100));
			assert_eq!(InsuranceFund::staker_state(&STAKER).premium, owed);
			let before = Balances::balance(&STAKER);
			assert_ok!(InsuranceFund::claim_premium(RuntimeOrigin::signed(STAKER)));
			assert_eq!(Balances::balance(&STAKER) - before, owed);
			// A crisis in the new era is shared over the new era's shares only.
			trade_for_fees(6);
			assert!(fund_events().iter().any(|e| matches!(e, Event::CrisisStarted { episode: 3, eligible } if *eligible == dollars(600))));
			assert_ok!(InsuranceFund::do_try_state());
		});
	}

	/// Empties the loss-absorbing balance only: the premium reserved stays in the account.
	fn wipe_out_keeping_the_premium() {
		use frame_support::traits::{fungible::Mutate, tokens::Preservation};
		let lost = InsuranceFund::balance();
		assert_ok!(<Balances as Mutate<u64>>::transfer(&InsuranceFund::account_id(), &99, lost, Preservation::Expendable));
		crate::Held::<Test>::mutate(|held| *held -= lost);
		assert_eq!(InsuranceFund::balance(), 0);
	}

	/// Income that arrived before anyone staked is the protocol's, as shares of its own. Those
	/// shares are left out of every episode's eligible shares, so they are owed no premium: the
	/// pot goes whole to the stakers who stood through the crisis, and what is owed never
	/// exceeds what is reserved (a case the conservation property test found).
	#[test]
	fn the_protocols_own_shares_earn_no_premium() {
		run_test(|| {
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), ETH, fee_market()));
			trade_for_fees(4);
			let protocol = InsuranceFund::account_id();
			assert!(InsuranceFund::balance() > 0, "income with nobody staked");
			stake(STAKER, dollars(1_000));
			assert!(Shares::<Test>::get(&protocol) > 0, "the early income is the protocol's shares");

			set_breaker(ETH, MarketState::Halted);
			trade_for_fees(5);
			assert!(fund_events().contains(&Event::CrisisStarted { episode: 1, eligible: dollars(1_000) }));
			set_breaker(ETH, MarketState::Open);
			next_block();
			let pot = PremiumReserved::<Test>::get();
			assert!(pot > 0);

			assert_eq!(InsuranceFund::staker_state(&protocol).premium, 0);
			let owed = InsuranceFund::staker_state(&STAKER).premium;
			assert!(owed <= pot && owed + 1 >= pot, "{owed} of {pot}");
			assert_ok!(InsuranceFund::do_try_state());
		});
	}

	#[test]
	fn a_drawdown_past_its_threshold_is_a_crisis_too() {
		run_test(|| {
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), ETH, fee_market()));
			set_params(FundParams { crisis_drawdown: Perbill::from_percent(10), ..test_params() });
			stake(STAKER, dollars(1_000));
			next_block();
			long_then_crash(500);
			bankrupt(BANKRUPT);
			assert!(InsuranceFund::drawdown() >= Perbill::from_percent(10));
			trade_for_fees(5);
			assert!(CurrentEpisode::<Test>::get().is_some(), "the fund's drawdown is a crisis");
			assert!(PremiumReserved::<Test>::get() > 0);
		});
	}
}

mod drawdown {
	use super::*;

	#[test]
	fn drawdown_is_the_share_prices_fall_from_the_windows_peak() {
		run_test(|| {
			stake(STAKER, dollars(1_000));
			next_block();
			assert_eq!(InsuranceFund::drawdown(), Perbill::zero());
			long_then_crash(500);
			bankrupt(BANKRUPT);
			next_block();
			assert_eq!(InsuranceFund::drawdown(), Perbill::from_percent(50));
			// A withdrawal moves the balance, not the price: no more drawdown.
			assert_ok!(InsuranceFund::request_withdrawal(RuntimeOrigin::signed(STAKER), dollars(500)));
			for _ in 0..10 {
				next_block();
			}
			assert_ok!(InsuranceFund::withdraw(RuntimeOrigin::signed(STAKER)));
			assert_eq!(InsuranceFund::drawdown(), Perbill::from_percent(50));
			// Once the window has passed the peak, the fall is history.
			for _ in 0..90 {
				next_block();
			}
			assert_eq!(InsuranceFund::drawdown(), Perbill::zero());
			assert_eq!(InsuranceFund::fund_balance(), dollars(250));
		});
	}
}

mod properties {
	use super::*;
	use proptest::prelude::*;

	#[derive(Clone, Debug)]
	enum Op {
		Open(u64, u32, i128, u128),
		Move(u32, i64),
		Stake(u64, u128),
		Request(u64),
		Claim(u64),
		Trip(bool),
		ClaimPremium(u64),
		Block,
	}

	fn op() -> impl Strategy<Value = Op> {
		let trader = 1u64..=8;
		let market = 1u32..=2;
		prop_oneof![
			4 => (trader, market.clone(), -300i128..300, 1u128..50).prop_map(|(w, m, s, l)| Op::Open(w, m, s, l)),
			4 => (market, -30i64..30).prop_map(|(m, p)| Op::Move(m, p)),
			1 => (20u64..=22, 100u128..5_000).prop_map(|(w, a)| Op::Stake(w, a)),
			1 => (20u64..=22).prop_map(Op::Request),
			1 => (20u64..=22).prop_map(Op::Claim),
			1 => any::<bool>().prop_map(Op::Trip),
			1 => (20u64..=22).prop_map(Op::ClaimPremium),
			2 => Just(Op::Block),
		]
	}

	/// `size` coins of `market` at up to `leverage`× (capped at 20×), or nothing when the engine
	/// refuses it.
	fn open_some(who: u64, market: MarketId, size: i128, leverage: u128) {
		if size == 0 {
			return;
		}
		let mark = TestPrices::mark(market);
		let notional = ballast_primitives::notional(coins(size), mark);
		let collateral = (notional / leverage.min(20)).max(dollars(10));
		let _ = Margin::deposit(RuntimeOrigin::signed(who), collateral);
		let limit = if size > 0 { Price::saturating_from_integer(u64::MAX) } else { Price::zero() };
		let _ = Margin::trade(RuntimeOrigin::signed(who), market, coins(size), limit);
	}

	/// The liquidation engine's job, by brute force: every account below zero equity is
	/// closed and its shortfall handed on.
	fn settle_bankrupt_accounts() -> Result<(), TestCaseError> {
		for who in 1..=8u64 {
			if Margin::health(&who).is_some_and(|h| h.equity < 0) && !Margin::positions(&who).is_empty() {
				let carried_before: u128 = Deficits::<Test>::iter_values().map(|d| d.remaining).sum();
				let coverage = bankrupt(who);
				let shortfall = System::events()
					.into_iter()
					.rev()
					.find_map(|record| match record.event {
						RuntimeEvent::Margin(pallet_ballast_margin::Event::ShortfallTaken { amount, .. }) => Some(amount),
						_ => None,
					})
					.unwrap_or(0);
				prop_assert_eq!(coverage.covered() + coverage.uncovered, shortfall, "every unit of a loss is accounted for");
				let carried: u128 = Deficits::<Test>::iter_values().map(|d| d.remaining).sum();
				prop_assert!(carried >= carried_before + coverage.uncovered, "an uncovered loss was dropped");
			}
		}
		Ok(())
	}

	/// Every balance the pallets keep adds up to the stablecoin they hold, and stakers are
	/// owed no more than the fund holds.
	fn balances_are_held() -> Result<(), TestCaseError> {
		let pool = pallet_ballast_margin::Pool::<Test>::get();
		let collateral: u128 = pallet_ballast_margin::Accounts::<Test>::iter_values().map(|a| a.collateral).sum();
		let kept = collateral + pool.vault.cash + pool.insurance_fees + InsuranceFund::balance() + PremiumReserved::<Test>::get();
		let held = Balances::balance(&Margin::account_id()) + Balances::balance(&InsuranceFund::account_id());
		prop_assert_eq!(kept, held);
		let staked: u128 = Shares::<Test>::iter_keys().map(|who| InsuranceFund::staker_state(&who).value).sum();
		prop_assert!(staked <= InsuranceFund::balance());
		prop_assert!(PremiumReserved::<Test>::get() <= InsuranceFund::held());
		Ok(())
	}

	fn apply(op: Op) -> Result<(), TestCaseError> {
		match op {
			Op::Open(who, market, size, leverage) => open_some(who, market, size, leverage),
			Op::Move(market, percent) => {
				let mark = TestPrices::mark(market);
				let moved = mark.saturating_mul(Ratio::saturating_from_rational((100 + percent) as u128, 100));
				set_mark_price(market, moved.max(Price::saturating_from_integer(1)));
			},
			Op::Stake(who, amount) => {
				let _ = InsuranceFund::stake(RuntimeOrigin::signed(who), dollars(amount));
			},
			Op::Request(who) => {
				let _ = InsuranceFund::request_withdrawal(RuntimeOrigin::signed(who), Shares::<Test>::get(who));
			},
			Op::Claim(who) => {
				let _ = InsuranceFund::withdraw(RuntimeOrigin::signed(who));
			},
			Op::Trip(tripped) => {
				let state = if tripped { ballast_primitives::MarketState::Halted } else { ballast_primitives::MarketState::Open };
				set_breaker(BTC, state);
			},
			Op::ClaimPremium(who) => {
				let _ = InsuranceFund::claim_premium(RuntimeOrigin::signed(who));
			},
			Op::Block => next_block(),
		}
		settle_bankrupt_accounts()
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

		/// Through random books and crash paths (±30 % a step): the stablecoin is conserved to
		/// the unit, every balance the pallets keep is held, no account is left below zero,
		/// and a loss the waterfall could not cover at once is carried, never dropped.
		#[test]
		fn no_unbacked_balance_through_any_crash(
			ops in proptest::collection::vec(op(), 1..50),
			vault_share in prop_oneof![3 => Just(0u32), 1 => 1u32..=100],
			profit_cap in prop_oneof![Just(100u32), Just(90), Just(40)],
			pro_rata in proptest::bool::ANY,
		) {
			new_test_ext().execute_with(|| {
				set_params(FundParams {
					vault_loss_share: Perbill::from_percent(vault_share),
					max_profit_to_cash: Perbill::from_percent(profit_cap),
					adl_rule: if pro_rata { AdlRule::ProRata } else { AdlRule::Ranked },
					..test_params()
				});
				// Fees in both markets: income for the fund, and for the premium in a crisis.
				assert_ok!(Margin::set_market(RuntimeOrigin::root(), BTC, fee_market()));
				assert_ok!(Margin::set_market(RuntimeOrigin::root(), ETH, fee_market()));
				let supply = Balances::total_issuance();
				for op in ops {
					apply(op.clone())?;
					check_invariants();
					balances_are_held()?;
					for who in 1..=8u64 {
						prop_assert!(Margin::health(&who).is_none_or(|h| h.equity >= 0), "after {op:?}: {who} below zero");
					}
				}
				prop_assert_eq!(Balances::total_issuance(), supply, "no stablecoin minted or burnt");
				Ok(())
			})?;
		}
	}
}

mod target {
	use super::*;
	use frame_support::traits::Hooks;

	#[test]
	fn the_fund_is_sized_to_the_books_stressed_shortfall_and_short_of_it_margins_rise() {
		run_test(|| {
			stake(STAKER, dollars(1_000));
			let state = InsuranceFund::fund_state();
			assert_eq!((state.target, state.cover, InsuranceFund::cover_ratio()), (None, None, None), "no census yet");
			// The book would leave 4 000 of bad debt under its stressed moves: a quarter covered.
			set_stressed_shortfall(Some(dollars(4_000)));
			let state = InsuranceFund::fund_state();
			assert_eq!((state.target, state.cover), (Some(dollars(4_000)), Some(Ratio::saturating_from_rational(1, 4))));
			// The margin engine reads it through the fund's health: margins rise, fees follow.
			open(1, dollars(10_000), &[(ETH, coins(1))]);
			pallet_ballast_margin::Pallet::<Test>::on_initialize(System::block_number());
			let scale = pallet_ballast_margin::Markets::<Test>::get(ETH).unwrap().scale;
			assert!(scale.initial > Ratio::from_u32(1), "{scale:?}");
			assert!(pallet_ballast_margin::UndercoverFeeBoost::<Test>::get() > Perbill::zero());
			// Nothing to cover: no ratio.
			set_stressed_shortfall(Some(0));
			assert_eq!(InsuranceFund::fund_state().cover, None);
		});
	}
}
