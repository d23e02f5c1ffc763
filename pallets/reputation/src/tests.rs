use crate::{mock::*, pallet::*, types::*, Event};
use ballast_primitives::{LeverageLimit, Ratio, TraderActivity, COLLATERAL_UNIT};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_arithmetic::FixedPointNumber;
use sp_runtime::DispatchError;

fn leverage(n: u32) -> Option<Ratio> {
	Some(Ratio::saturating_from_integer(n))
}

/// `who` opens `dollars` of new exposure.
fn trade(who: u64, dollars: u128) {
	<Reputation as TraderActivity<u64>>::traded(&who, dollars * COLLATERAL_UNIT, 0);
}

/// `who` closes `dollars` of exposure.
fn close(who: u64, dollars: u128) {
	<Reputation as TraderActivity<u64>>::traded(&who, 0, dollars * COLLATERAL_UNIT);
}

mod tiers {
	use super::*;

	#[test]
	fn a_newcomer_gets_the_newcomer_tier_without_a_record() {
		run_test(|| {
			assert_eq!(Reputation::max_leverage(&1, 0), leverage(10), "below the market's 20× maximum");
			assert!(Records::<Test>::get(1).is_none());
			assert_eq!(Reputation::standing(&1).score, 10);
		});
	}

	#[test]
	fn tenure_volume_and_identity_raise_the_score_and_tier() {
		run_test(|| {
			trade(1, 2_000_000);
			assert_eq!(Reputation::standing(&1).score, 10, "volume counts once held");
			System::set_block_number(1 + 600);
			assert_eq!(Reputation::standing(&1).score, 30);
			assert_eq!(Reputation::max_leverage(&1, 0), leverage(20));
			System::set_block_number(1 + 14_400 * 25);
			assert_eq!(Reputation::standing(&1).score, 55);
			// Volume and tenure points are capped.
			trade(1, 100_000_000);
			System::set_block_number(1 + 14_400 * 1_000);
			assert_eq!(Reputation::standing(&1).score, 10 + 30 + 40);
			// An identity is worth its points without any record.
			assert_eq!(Reputation::standing(&100).score, 20);
		});
	}

	#[test]
	fn wash_trades_buy_no_score() {
		run_test(|| {
			// Ten round trips of 1 000 000 each, opened and closed at once against the vault.
			for _ in 0..10 {
				trade(1, 1_000_000);
				close(1, 1_000_000);
			}
			System::set_block_number(1 + 600);
			assert_eq!(Reputation::standing(&1).score, 10, "10 000 000 of wash volume counts nothing");
			// Closing part early nets out only that part; the rest, held, counts.
			trade(2, 1_000_000);
			close(2, 400_000);
			System::set_block_number(1 + 600 + 600);
			assert_eq!(Reputation::standing(&2).score, 10 + 6);
			// Closing what has matured takes nothing back.
			close(2, 600_000);
			assert_eq!(Reputation::standing(&2).score, 10 + 6);
		});
	}

	#[test]
	fn a_market_override_applies_only_in_its_market() {
		run_test(|| {
			let mut params = ReputationParams::default();
			params.tiers.as_mut()[1].markets = BoundedVec::truncate_from(vec![(7, Ratio::saturating_from_integer(5))]);
			assert_ok!(Reputation::set_params(RuntimeOrigin::root(), params));
			assert_eq!(Reputation::max_leverage(&1, 7), leverage(5));
			assert_eq!(Reputation::max_leverage(&1, 0), leverage(10));
			// Clients see the same through the standing (the runtime API).
			assert_eq!(Reputation::standing_in(&1, Some(7)).max_leverage, Ratio::saturating_from_integer(5));
			assert_eq!(Reputation::standing_in(&1, None), Reputation::standing(&1));
			assert_eq!(Reputation::standing_in(&1, Some(0)).max_leverage, Ratio::saturating_from_integer(10));
			// Over several markets, from one read: the lowest of their caps, as market by market.
			assert_eq!(Reputation::lowest_max_leverage(&1, &[0, 7]), leverage(5));
			assert_eq!(Reputation::lowest_max_leverage(&1, &[0]), leverage(10));
			assert_eq!(Reputation::lowest_max_leverage(&1, &[]), None);
		});
	}
}

mod strikes {
	use super::*;

	#[test]
	fn a_liquidated_account_drops_a_tier_and_bad_debt_two() {
		run_test(|| {
			trade(1, 1_000);
			<Reputation as TraderActivity<u64>>::liquidated(&1);
			assert_eq!(Reputation::max_leverage(&1, 0), leverage(3));
			System::assert_has_event(Event::TierChanged { who: 1, from: 1, to: 0 }.into());
			<Reputation as TraderActivity<u64>>::caused_bad_debt(&2, 500);
			assert_eq!(Reputation::max_leverage(&2, 0), leverage(3));
			assert_eq!(Reputation::standing(&2).strikes, 2);
			// The lowest tier is a floor.
			<Reputation as TraderActivity<u64>>::caused_bad_debt(&2, 500);
			assert_eq!(Reputation::max_leverage(&2, 0), leverage(3));
		});
	}

	#[test]
	fn strikes_are_forgiven_one_per_decay_period() {
		run_test(|| {
			<Reputation as TraderActivity<u64>>::caused_bad_debt(&1, 1);
			assert_eq!(Reputation::standing(&1).tier, 0);
			System::set_block_number(1 + 100_800);
			assert_eq!(Reputation::standing(&1).strikes, 1);
			// A new strike settles the decay so far before adding; liquidations in one episode
			// count once.
			<Reputation as TraderActivity<u64>>::liquidated(&1);
			assert_eq!(Reputation::standing(&1).strikes, 2);
			System::set_block_number(2 + 100_800);
			<Reputation as TraderActivity<u64>>::liquidated(&1);
			assert_eq!(Reputation::standing(&1).strikes, 2, "the same episode");
			System::set_block_number(2 + 100_800 * 3);
			assert_eq!(Reputation::standing(&1).strikes, 0);
			// Three weeks of tenure (21 points) on the newcomer's 10 reach the 20× tier.
			assert_eq!(Reputation::max_leverage(&1, 0), leverage(20));
		});
	}
}

mod configuration {
	use super::*;

	#[test]
	fn invalid_parameters_are_refused_and_change_nothing() {
		run_test(|| {
			let mut tiers = ReputationParams::default().tiers.into_inner();
			tiers.swap(1, 2);
			let unordered = ReputationParams { tiers: BoundedVec::truncate_from(tiers), ..Default::default() };
			assert_noop!(Reputation::set_params(RuntimeOrigin::root(), unordered), Error::<Test>::InvalidParameters);
			let no_tiers = ReputationParams { tiers: Default::default(), ..Default::default() };
			assert_noop!(Reputation::set_params(RuntimeOrigin::root(), no_tiers), Error::<Test>::InvalidParameters);
			let mut under_one = ReputationParams::default();
			under_one.tiers.as_mut()[0].max_leverage = Ratio::saturating_from_rational(1, 2);
			assert_noop!(Reputation::set_params(RuntimeOrigin::root(), under_one), Error::<Test>::InvalidParameters);
			let no_decay = ReputationParams { strike_decay: 0, ..Default::default() };
			assert_noop!(Reputation::set_params(RuntimeOrigin::root(), no_decay), Error::<Test>::InvalidParameters);
			let no_holding = ReputationParams { holding_blocks: 0, ..Default::default() };
			assert_noop!(Reputation::set_params(RuntimeOrigin::root(), no_holding), Error::<Test>::InvalidParameters);
			assert_noop!(Reputation::set_params(RuntimeOrigin::signed(1), ReputationParams::default()), DispatchError::BadOrigin);
		});
	}

	#[test]
	fn new_parameters_apply_to_every_account_at_once() {
		run_test(|| {
			trade(1, 1);
			let strict = ReputationParams { newcomer_score: 0, ..Default::default() };
			assert_ok!(Reputation::set_params(RuntimeOrigin::root(), strict));
			assert_eq!(Reputation::max_leverage(&1, 0), leverage(3));
			assert_eq!(Reputation::max_leverage(&2, 0), leverage(3));
		});
	}
}
