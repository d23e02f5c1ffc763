//! The margin engine's tests, one module per feature. Every test ends with `try_state`
//! (conservation to the unit) through [`run_test`].

use crate::{mock::*, *};
use ballast_primitives::{LossSource, MarginAccounts, MarketState, PriceStatus, Ratio};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use ballast_primitives::PriceFeed;
use sp_arithmetic::{
	traits::{Bounded, One, Zero},
	FixedPointNumber,
};
use sp_runtime::DispatchError;

fn collateral(who: u64) -> u128 {
	Accounts::<Test>::get(who).map_or(0, |a| a.collateral)
}

fn position(who: u64, market: u32) -> Option<Position> {
	Accounts::<Test>::get(who).and_then(|account| account.position(market))
}

fn size(who: u64, market: u32) -> i128 {
	position(who, market).map_or(0, |p| p.size)
}

fn deposit(who: u64, amount: u128) {
	assert_ok!(Margin::deposit(RuntimeOrigin::signed(who), amount));
}

fn trade(who: u64, market: u32, delta: i128) {
	let limit = if delta > 0 { Price::max_value() } else { Price::zero() };
	assert_ok!(Margin::trade(RuntimeOrigin::signed(who), market, delta, limit));
}

fn last_trade_price() -> Price {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Margin(Event::Traded { price, .. }) => Some(price),
			_ => None,
		})
		.expect("a trade happened")
}

mod collateral {
	use super::*;

	#[test]
	fn deposits_and_withdrawals_move_stablecoin_and_the_ledger_together() {
		run_test(|| {
			deposit(ALICE, dollars(1_000));
			assert_eq!(collateral(ALICE), dollars(1_000));
			assert_eq!(Balances::balance(&ALICE), ENDOWMENT - dollars(1_000));
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(400)));
			assert_eq!(collateral(ALICE), dollars(600));
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(600)));
			assert_eq!(Accounts::<Test>::get(ALICE), None, "an empty account is removed");
			assert_eq!(Balances::balance(&ALICE), ENDOWMENT);
		});
	}

	#[test]
	fn bad_deposits_and_withdrawals_change_nothing() {
		run_test(|| {
			assert_noop!(Margin::deposit(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::Zero);
			assert_noop!(Margin::deposit(RuntimeOrigin::signed(ALICE), dollars(9)), Error::<Test>::BelowMinimumDeposit);
			assert!(Margin::deposit(RuntimeOrigin::signed(ALICE), ENDOWMENT + 1).is_err());
			assert_noop!(Margin::deposit(RuntimeOrigin::none(), dollars(100)), DispatchError::BadOrigin);
			deposit(ALICE, dollars(100));
			// Top-ups may be small.
			assert_ok!(Margin::deposit(RuntimeOrigin::signed(ALICE), 1));
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::Zero);
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(101)), Error::<Test>::InsufficientCollateral);
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(BOB), 1), Error::<Test>::InsufficientCollateral);
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(ALICE), u128::MAX), Error::<Test>::InsufficientCollateral);
		});
	}

	#[test]
	fn a_withdrawal_must_leave_the_initial_requirement_and_cannot_take_unrealised_profit() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			trade(ALICE, BTC, coins(1)); // 100 000 notional: 5 000 initial requirement
			let summary = Margin::account_summary(&ALICE).unwrap();
			let withdrawable = summary.withdrawable;
			assert!(withdrawable > dollars(4_000) && withdrawable < dollars(5_000), "{withdrawable}");
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(ALICE), withdrawable + 1), Error::<Test>::WouldBreachMargin);
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(ALICE), withdrawable));

			// Up 20 000 on paper: the position is healthier, but none of it can be taken out.
			set_mark(BTC, 120_000);
			assert_eq!(Margin::account_summary(&ALICE).unwrap().withdrawable, 0);
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(1)), Error::<Test>::WouldBreachMargin);
		});
	}
}

mod stale_prices {
	use super::*;

	#[test]
	fn new_risk_needs_live_prices_for_every_market_held() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(20_000));
			trade(ALICE, ETH, coins(20)); // 80 000 of ETH at 4 000
			trade(ALICE, BTC, coins(1) / 10);
			// ETH frozen at 4 000 while its sources say less: equity that exists only at the
			// frozen price must not carry new BTC risk.
			for status in [PriceStatus::Stale, PriceStatus::Diverging] {
				set_status(ETH, status);
				assert_noop!(
					Margin::trade(RuntimeOrigin::signed(ALICE), BTC, coins(1) / 10, Price::max_value()),
					Error::<Test>::PriceUnavailable
				);
			}
			// Reducing risk in a live market is always possible.
			trade(ALICE, BTC, -coins(1) / 20);
			set_status(ETH, PriceStatus::Live);
			trade(ALICE, BTC, coins(1) / 10);
		});
	}

	#[test]
	fn an_account_with_a_position_cannot_withdraw_while_its_market_has_no_live_price() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(20_000));
			trade(ALICE, BTC, coins(1));
			for status in [PriceStatus::Stale, PriceStatus::Diverging] {
				// Valued at the last mark the account could take out ~14 000; at the real price
				// it may be underwater.
				set_status(BTC, status);
				assert_noop!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(1_000)), Error::<Test>::PriceUnavailable);
			}
			set_status(BTC, PriceStatus::Live);
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(1_000)));
			// Without positions nothing depends on a price.
			deposit(BOB, dollars(100));
			set_status(BTC, PriceStatus::Stale);
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(BOB), dollars(100)));
		});
	}

	#[test]
	fn vault_liquidity_cannot_move_at_a_stale_share_price() {
		run_test(|| {
			fund_vault(dollars(1_000_000));
			deposit(ALICE, dollars(50_000));
			trade(ALICE, BTC, coins(1));
			set_status(BTC, PriceStatus::Stale);
			assert_noop!(Margin::withdraw_liquidity(RuntimeOrigin::signed(LP), dollars(1_000)), Error::<Test>::PriceUnavailable);
			assert_noop!(Margin::provide_liquidity(RuntimeOrigin::signed(BOB), dollars(1_000)), Error::<Test>::PriceUnavailable);
			// ETH has no open interest: its feed does not matter to the share price.
			set_status(BTC, PriceStatus::Live);
			set_status(ETH, PriceStatus::Stale);
			assert_ok!(Margin::withdraw_liquidity(RuntimeOrigin::signed(LP), dollars(1_000)));
		});
	}
}

mod dust {
	use super::*;

	#[test]
	fn an_account_with_positions_keeps_at_least_the_minimum_deposit_of_equity() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(1_000));
			trade(ALICE, ETH, coins(1) / 100); // 40 notional: 2 of initial margin
			let withdrawable = Margin::account_summary(&ALICE).unwrap().withdrawable;
			let equity = Margin::account_summary(&ALICE).unwrap().equity as u128;
			assert_eq!(withdrawable, equity - dollars(10), "everything but the minimum, not down to 2");
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(ALICE), withdrawable + 1), Error::<Test>::WouldBreachMargin);
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(ALICE), withdrawable));
		});
	}

	#[test]
	fn a_position_cannot_be_opened_on_less_than_the_minimum_deposit_of_equity() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10));
			// 40 notional needs 2 of initial margin, but the fee takes the equity under 10.
			assert_noop!(
				Margin::trade(RuntimeOrigin::signed(ALICE), ETH, coins(1) / 100, Price::max_value()),
				Error::<Test>::InsufficientMargin
			);
			assert_ok!(Margin::deposit(RuntimeOrigin::signed(ALICE), dollars(1)));
			trade(ALICE, ETH, coins(1) / 100);
		});
	}
}

mod invariants {
	use super::*;
	use frame_support::traits::{
		fungible::Mutate,
		tokens::{Fortitude, Precision, Preservation},
	};

	#[test]
	fn a_donation_to_the_pallet_account_does_not_break_the_ledger_check_but_a_missing_unit_does() {
		run_test(|| {
			fund_vault(dollars(1_000));
			deposit(ALICE, dollars(100));
			assert_ok!(<Balances as Mutate<u64>>::transfer(&BOB, &Margin::account_id(), 1, Preservation::Expendable));
			assert_ok!(Margin::do_try_state());
			assert_ok!(<Balances as Mutate<u64>>::burn_from(
				&Margin::account_id(),
				2,
				Preservation::Expendable,
				Precision::Exact,
				Fortitude::Force
			));
			assert!(Margin::do_try_state().is_err(), "one unit short of the ledgers");
			assert_ok!(<Balances as Mutate<u64>>::mint_into(&Margin::account_id(), 1));
		});
	}

	#[test]
	fn every_account_with_positions_or_a_shortfall_is_watched() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			deposit(BOB, dollars(10_000));
			trade(ALICE, BTC, coins(1));
			// A bankrupt trader closes itself: its loss beyond its collateral is a shortfall.
			set_mark(BTC, 80_000);
			assert_ok!(Margin::close(RuntimeOrigin::signed(ALICE), BTC, Price::zero()));
			let alice = Accounts::<Test>::get(ALICE).unwrap();
			assert!(alice.positions.is_empty() && alice.shortfall > 0);
			let sources: Vec<_> = ShortfallSources::<Test>::get(ALICE).iter().map(|s| (s.market, s.closed, s.shortfall)).collect();
			assert_eq!(sources, vec![(BTC, coins(1), alice.shortfall)], "a self-created shortfall records the market and size that left it");
			assert_eq!(Margin::watched_accounts(), vec![ALICE], "Bob holds only collateral");
			assert!(observed().0.contains(&ALICE), "the liquidation engine heard of it");
		});
	}
}

mod trading {
	use super::*;

	#[test]
	fn a_ten_times_long_opens_at_the_mark_plus_impact_and_closes_with_its_profit() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			assert_ok!(Margin::trade(RuntimeOrigin::signed(ALICE), BTC, coins(1), price(101_000)));

			// Impact: 1 % × 100k/5M + 10 % × 100k/5M = 0.22 %.
			assert_eq!(last_trade_price(), price(100_220));
			let position = position(ALICE, BTC).unwrap();
			assert_eq!(position.size, coins(1));
			assert_eq!(position.entry_value, dollars(100_220));
			let fee = dollars(100_220) * 5 / 10_000;
			assert_eq!(collateral(ALICE), dollars(10_000) - fee);
			assert_eq!(Pool::<Test>::get().insurance_fees, fee / 5);

			set_mark(BTC, 110_000);
			let before = collateral(ALICE);
			assert_ok!(Margin::close(RuntimeOrigin::signed(ALICE), BTC, price(100_000)));
			let exit = last_trade_price();
			assert!(exit < price(110_000), "a sell executes below the mark");
			assert_eq!(size(ALICE, BTC), 0);
			let gained = collateral(ALICE) - before;
			assert!(gained > dollars(9_500) && gained < dollars(9_780), "{gained}");
			assert!(Accounts::<Test>::get(ALICE).unwrap().positions.is_empty());
		});
	}

	#[test]
	fn a_trade_is_charged_for_the_positions_the_account_held() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(100_000));
			let first = Margin::trade(RuntimeOrigin::signed(ALICE), BTC, coins(1), Price::max_value()).unwrap();
			assert_eq!(first.actual_weight, Some(<() as WeightInfo>::open_first_position()));
			// A second market: both positions are valued.
			let second = Margin::trade(RuntimeOrigin::signed(ALICE), ETH, coins(1), Price::max_value()).unwrap();
			assert_eq!(second.actual_weight, Some(<() as WeightInfo>::trade(2)));
			// Closing one: the two it held were valued.
			let closed = Margin::close(RuntimeOrigin::signed(ALICE), ETH, price(0)).unwrap();
			assert_eq!(closed.actual_weight, Some(<() as WeightInfo>::trade(2)));
			assert!(Margin::most_a_trade_weighs().all_gte(<() as WeightInfo>::trade(<Test as Config>::MaxMarkets::get())));
		});
	}

	#[test]
	fn larger_orders_and_added_skew_pay_more_impact() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(200_000));
			trade(ALICE, BTC, coins(1));
			let small = last_trade_price();
			trade(ALICE, BTC, -coins(1));
			trade(ALICE, BTC, coins(10));
			let large = last_trade_price();
			assert!(large > small, "{large:?} > {small:?}");
			// Selling into the longs' skew reduces it: only the size term, about 0.02 %.
			deposit(BOB, dollars(100_000));
			trade(BOB, BTC, -coins(1));
			let against_skew = last_trade_price();
			assert!(against_skew < price(100_000) && against_skew > price(99_975), "{against_skew:?}");
		});
	}

	#[test]
	fn partial_closes_and_flips_realise_the_closed_part_only() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(100_000));
			trade(ALICE, BTC, coins(2));
			let entry = position(ALICE, BTC).unwrap().entry_value;
			trade(ALICE, BTC, -coins(1));
			assert_eq!(size(ALICE, BTC), coins(1));
			assert_eq!(position(ALICE, BTC).unwrap().entry_value, entry / 2);
			trade(ALICE, BTC, -coins(3));
			assert_eq!(size(ALICE, BTC), -coins(2), "flipped to a 2-coin short");
			let short = position(ALICE, BTC).unwrap();
			assert!(short.entry_value < dollars(200_000), "a short's entry is below the mark");
			let totals = Margin::totals_of(BTC);
			assert_eq!((totals.long_size, totals.short_size), (0, coins(2)));
		});
	}

	#[test]
	fn every_bad_order_gets_its_own_error_and_changes_nothing() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			let signed = || RuntimeOrigin::signed(ALICE);
			let max = Price::max_value();
			assert_noop!(Margin::trade(RuntimeOrigin::none(), BTC, coins(1), max), DispatchError::BadOrigin);
			assert_noop!(Margin::trade(signed(), 9, coins(1), max), Error::<Test>::UnknownMarket);
			assert_noop!(Margin::trade(signed(), BTC, 0, max), Error::<Test>::Zero);
			assert_noop!(Margin::trade(signed(), BTC, coins(1) / 10_000, max), Error::<Test>::OrderTooSmall);
			assert_noop!(Margin::trade(signed(), BTC, coins(1), price(100_000)), Error::<Test>::PriceLimitExceeded);
			assert_noop!(Margin::trade(signed(), BTC, -coins(1), price(100_000)), Error::<Test>::PriceLimitExceeded);
			assert_noop!(Margin::trade(signed(), BTC, coins(3), max), Error::<Test>::InsufficientMargin);
			assert_noop!(Margin::trade(RuntimeOrigin::signed(BOB), BTC, coins(1), max), Error::<Test>::InsufficientCollateral);
			assert_noop!(Margin::trade(signed(), BTC, i128::MAX, max), Error::<Test>::Overflow);
			assert_noop!(Margin::close(signed(), BTC, Price::zero()), Error::<Test>::NoPosition);

			set_leverage_limit(ALICE, 5);
			assert_noop!(Margin::trade(signed(), BTC, coins(1), max), Error::<Test>::LeverageTooHigh);
			assert_ok!(Margin::trade(signed(), BTC, coins(1) / 4, max));

			set_status(ETH, PriceStatus::Stale);
			assert_noop!(Margin::trade(signed(), ETH, coins(1), max), Error::<Test>::PriceUnavailable);
		});
	}

	#[test]
	fn open_interest_vault_capacity_and_impact_are_capped() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000_000) - dollars(1));
			let signed = || RuntimeOrigin::signed(ALICE);
			let max = Price::max_value();
			// 60 coins of 100k with a 5M vault: 6M of skew exceeds 5 % impact? 1.2 % + 12 % = yes.
			assert_noop!(Margin::trade(signed(), BTC, coins(60), max), Error::<Test>::ImpactTooLarge);

			let mut tight = market_params();
			tight.max_open_interest = coins(2);
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), BTC, tight));
			assert_noop!(Margin::trade(signed(), BTC, coins(3), max), Error::<Test>::OpenInterestCap);

			let mut small_vault = market_params();
			small_vault.max_skew_to_vault = Ratio::saturating_from_rational(1, 100);
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), ETH, small_vault));
			assert_noop!(Margin::trade(signed(), ETH, coins(20), max), Error::<Test>::VaultCapacity);
		});
	}

	#[test]
	fn breakers_refuse_new_risk_but_let_positions_shrink() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(50_000));
			trade(ALICE, BTC, coins(2));
			set_market_state(BTC, MarketState::ReduceOnly);
			assert_noop!(
				Margin::trade(RuntimeOrigin::signed(ALICE), BTC, coins(1), Price::max_value()),
				Error::<Test>::MarketReduceOnly
			);
			assert_noop!(
				Margin::trade(RuntimeOrigin::signed(ALICE), BTC, -coins(3), Price::zero()),
				Error::<Test>::MarketReduceOnly,
			);
			trade(ALICE, BTC, -coins(1));
			set_market_state(BTC, MarketState::Halted);
			assert_noop!(Margin::close(RuntimeOrigin::signed(ALICE), BTC, Price::zero()), Error::<Test>::MarketHalted);
			// The protocol still reduces it.
			assert_ok!(<Margin as MarginAccounts<u64>>::reduce_position(&ALICE, BTC, coins(1), price(100_000), Ratio::zero()));
			assert_eq!(size(ALICE, BTC), 0);
		});
	}

	#[test]
	fn an_empty_vault_cannot_be_traded_against() {
		run_test(|| {
			deposit(ALICE, dollars(10_000));
			assert_noop!(
				Margin::trade(RuntimeOrigin::signed(ALICE), BTC, coins(1) / 10, Price::max_value()),
				Error::<Test>::VaultEmpty
			);
		});
	}
}

mod funding {
	use super::*;

	#[test]
	fn the_crowded_side_pays_funding_to_the_vault_on_its_next_touch() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(100_000));
			trade(ALICE, BTC, coins(1));
			let (before, vault_before) = (collateral(ALICE), Pool::<Test>::get().vault.cash);
			for _ in 0..10 {
				next_block();
			}
			// All long: skew 1, rate capped at 1e-5 a block, on a 100 000 mark: $1 a coin a block.
			let summary = Margin::account_summary(&ALICE).unwrap();
			assert_eq!(summary.positions[0].funding_owed, dollars(10) as i128);
			deposit(ALICE, 1); // any touch settles
			assert_eq!(collateral(ALICE), before + 1 - dollars(10));
			assert_eq!(Pool::<Test>::get().vault.cash, vault_before + dollars(10));
		});
	}

	#[test]
	fn a_balanced_market_pays_no_funding() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(100_000));
			deposit(BOB, dollars(100_000));
			trade(ALICE, BTC, coins(1));
			trade(BOB, BTC, -coins(1));
			next_block();
			next_block();
			assert_eq!(Margin::account_summary(&ALICE).unwrap().positions[0].funding_owed, 0);
		});
	}
}

/// Prices a user acts on: the smoothed mark trails the index by a predictable amount, so no
/// trade, withdrawal or LP entry or exit is priced better for the user than both.
mod prices_a_user_acts_on {
	use super::*;

	#[test]
	fn a_buy_pays_at_least_the_index_when_the_mark_trails_it_and_a_sell_gets_at_most_it() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(100_000));
			// The feeders show BTC 4 % up; the mark still says 100 000.
			set_index(BTC, 104_000);
			trade(ALICE, BTC, coins(1) / 10);
			assert!(last_trade_price() >= price(104_000), "bought at the lagging mark: {:?}", last_trade_price());
			// Closing at once returns no profit taken from the LPs.
			trade(ALICE, BTC, -coins(1) / 10);
			assert!(last_trade_price() <= price(100_000), "sold above the mark: {:?}", last_trade_price());
			assert!(collateral(ALICE) < dollars(100_000), "a round trip on a lagging mark costs, never pays");
			// And on a fall, a sell gets no more than the index.
			set_index(BTC, 96_000);
			trade(ALICE, BTC, -coins(1) / 10);
			assert!(last_trade_price() <= price(96_000), "sold above the index: {:?}", last_trade_price());
		});
	}

	#[test]
	fn a_withdrawal_is_valued_at_the_index_when_the_mark_has_not_fallen_yet() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			trade(ALICE, BTC, coins(1)); // 100 000 long: 5 000 of initial margin
			// The index is 5 % down: about 5 000 of the equity is already gone.
			set_index(BTC, 95_000);
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(2_000)), Error::<Test>::WouldBreachMargin);
			set_index(BTC, 100_000);
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(2_000)));
		});
	}

	#[test]
	fn lp_shares_are_priced_against_the_provider_on_entry_and_exit() {
		run_test(|| {
			fund_vault(dollars(1_000_000));
			deposit(ALICE, dollars(50_000));
			trade(ALICE, BTC, coins(1)); // the vault is short 1 BTC against her
			let equity = Margin::vault_equity().unsigned_abs();
			// The index is 10 % down: the vault is ~10 000 richer there than at the mark, so a
			// provider entering now buys shares at the richer price.
			set_index(BTC, 90_000);
			assert_ok!(Margin::provide_liquidity(RuntimeOrigin::signed(BOB), dollars(100_000)));
			let at_mark = dollars(100_000) * Pool::<Test>::get().vault.shares.saturating_sub(LpShares::<Test>::get(BOB)) / equity;
			let bob = LpShares::<Test>::get(BOB);
			assert!(bob < at_mark * 995 / 1_000, "shares bought at the mark's equity: {bob} vs {at_mark}");
			// The index is 10 % up: the vault is poorer there, and a provider leaving is paid so.
			set_index(BTC, 110_000);
			let before = Balances::balance(&BOB);
			assert_ok!(Margin::withdraw_liquidity(RuntimeOrigin::signed(BOB), bob));
			let paid = Balances::balance(&BOB) - before;
			assert!(paid < dollars(99_500), "paid out at the mark's equity: {paid}");
		});
	}
}

/// Liquidity providers who hold still through a crisis share its premium; leavers forfeit theirs.
mod crisis_premium {
	use super::*;
	use frame_support::traits::Hooks;
	use sp_arithmetic::Perbill;

	fn hook() {
		next_block();
		Margin::on_initialize(System::block_number());
	}

	fn premium() -> VaultPremium {
		Pool::<Test>::get().premium
	}

	/// What the vault's part of a fee of `fee` is.
	fn vault_part(fee: u128) -> u128 {
		fee - market_params().fee_to_insurance.mul_floor(fee)
	}

	fn fees_paid() -> u128 {
		System::events()
			.into_iter()
			.filter_map(|record| match record.event {
				RuntimeEvent::Margin(Event::Traded { fee, .. }) => Some(fee),
				_ => None,
			})
			.sum()
	}

	fn shared() -> Vec<(u32, u128)> {
		System::events()
			.into_iter()
			.filter_map(|record| match record.event {
				RuntimeEvent::Margin(Event::VaultPremiumShared { episode, pot }) => Some((episode, pot)),
				_ => None,
			})
			.collect()
	}

	/// Two providers, a crisis, fees paid in it.
	fn crisis_with_fees() {
		fund_vault(dollars(1_000_000));
		assert_ok!(Margin::provide_liquidity(RuntimeOrigin::signed(BOB), dollars(1_000_000)));
		set_crisis(Some((1, Perbill::from_percent(50))));
		hook();
		deposit(ALICE, dollars(100_000));
		trade(ALICE, BTC, coins(2));
		trade(ALICE, BTC, -coins(2));
	}

	#[test]
	fn outside_a_crisis_nothing_is_set_aside() {
		run_test(|| {
			fund_vault(dollars(1_000_000));
			hook();
			deposit(ALICE, dollars(100_000));
			trade(ALICE, BTC, coins(2));
			assert_eq!(premium(), VaultPremium::default());
		});
	}

	#[test]
	fn in_a_crisis_the_funds_share_of_the_vaults_fee_income_is_held_for_those_who_stay() {
		run_test(|| {
			crisis_with_fees();
			let expected = Perbill::from_percent(50).mul_floor(vault_part(fees_paid()));
			assert!(expected > 0);
			// Each fee is split on its own: the pot rounds apart from the sum's share by an atom or two.
			assert!(premium().pot.abs_diff(expected) <= 2, "pot {} for {expected}", premium().pot);
			assert_eq!(premium().episode, Some(1));
			let summary = Margin::vault_summary();
			assert_eq!((summary.crisis_episode, summary.crisis_pot), (Some(1), premium().pot));
		});
	}

	#[test]
	fn a_provider_leaving_in_a_crisis_forfeits_their_part_of_the_pot_to_those_who_stay() {
		run_test(|| {
			crisis_with_fees();
			let (pot, total) = (premium().pot, Pool::<Test>::get().vault.shares);
			let bob = LpShares::<Test>::get(BOB);
			let equity = Margin::vault_equity().unsigned_abs();
			let before = Balances::balance(&BOB);
			assert_ok!(Margin::withdraw_liquidity(RuntimeOrigin::signed(BOB), bob));
			let paid = Balances::balance(&BOB) - before;
			assert_eq!(paid, (equity - pot) * bob / total, "paid on the equity without the pot");
			let forfeited = pot * bob / total;
			System::assert_last_event(
				Event::LiquidityWithdrawn { who: BOB, amount: paid, shares: bob, forfeited }.into(),
			);
			// The crisis ends: the pot is the equity of the provider who stood through it.
			set_crisis(None);
			hook();
			assert_eq!(shared(), vec![(1, pot)]);
			assert_eq!(premium(), VaultPremium::default());
			let lp_value = Margin::vault_equity().unsigned_abs();
			assert!(lp_value >= equity - paid, "the stayer holds the whole pot: {lp_value} vs {}", equity - paid);
			assert!(lp_value - (equity * (total - bob) / total) >= forfeited, "and the leaver's part of it");
		});
	}

	#[test]
	fn a_provider_entering_in_a_crisis_pays_for_the_pot_and_takes_none_of_what_was_set_aside() {
		run_test(|| {
			crisis_with_fees();
			let equity = Margin::vault_equity().unsigned_abs();
			let total = Pool::<Test>::get().vault.shares;
			assert_ok!(Margin::provide_liquidity(RuntimeOrigin::signed(CHARLIE), dollars(500_000)));
			let charlie = LpShares::<Test>::get(CHARLIE);
			assert_eq!(charlie, dollars(500_000) * total / equity, "priced on the equity with the pot");
			set_crisis(None);
			hook();
			// Out after the crisis: what was paid in, not a share of the pot set aside before.
			let before = Balances::balance(&CHARLIE);
			assert_ok!(Margin::withdraw_liquidity(RuntimeOrigin::signed(CHARLIE), charlie));
			let back = Balances::balance(&CHARLIE) - before;
			assert!(back <= dollars(500_000) && back + 2 >= dollars(500_000), "round trip: {back}");
		});
	}

	#[test]
	fn a_new_episode_shares_the_last_pot_and_starts_an_empty_one() {
		run_test(|| {
			crisis_with_fees();
			let pot = premium().pot;
			set_crisis(Some((2, Perbill::from_percent(20))));
			hook();
			assert_eq!(shared(), vec![(1, pot)]);
			assert_eq!(premium(), VaultPremium { episode: Some(2), rate: Perbill::from_percent(20), pot: 0 });
			// The same episode next block changes nothing; a rate governance changed applies.
			hook();
			assert_eq!(shared().len(), 1);
			trade(ALICE, BTC, coins(1));
			let pot = premium().pot;
			assert!(pot > 0);
			set_crisis(Some((2, Perbill::from_percent(30))));
			hook();
			assert_eq!(premium(), VaultPremium { episode: Some(2), rate: Perbill::from_percent(30), pot });
			assert_eq!(shared().len(), 1, "the episode goes on");
		});
	}

	#[test]
	fn nothing_is_paid_out_of_a_pot_larger_than_the_vaults_equity() {
		run_test(|| {
			crisis_with_fees();
			// A vault that lost more in the crisis than it set aside.
			let equity = Margin::vault_equity().unsigned_abs();
			Pool::<Test>::mutate(|pool| pool.premium.pot = equity);
			let bob = LpShares::<Test>::get(BOB);
			assert_noop!(Margin::withdraw_liquidity(RuntimeOrigin::signed(BOB), bob), Error::<Test>::VaultInsolvent);
		});
	}
}

/// The reputation tier bounds the whole account, not each position on its own.
mod tiers {
	use super::*;

	#[test]
	fn a_tier_bounds_the_total_notional_across_markets() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			set_leverage_limit(ALICE, 10);
			trade(ALICE, BTC, coins(9) / 10); // 90 000: 9×
			// 20 000 of ETH beside it would make 11×, though each position alone is under 10×.
			assert_noop!(
				Margin::trade(RuntimeOrigin::signed(ALICE), ETH, coins(5), Price::max_value()),
				Error::<Test>::LeverageTooHigh
			);
			trade(ALICE, ETH, coins(1) / 10);
		});
	}

	#[test]
	fn a_withdrawal_cannot_lift_leverage_past_the_tier() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			set_leverage_limit(ALICE, 10);
			trade(ALICE, BTC, coins(9) / 10); // 9×; initial margin 4 500 would allow ~5 400 out
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(2_000)), Error::<Test>::LeverageTooHigh);
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(500)));
		});
	}
}

mod vault {
	use super::*;

	#[test]
	fn shares_are_priced_at_the_vaults_equity() {
		run_test(|| {
			fund_vault(dollars(1_000_000));
			assert_eq!(LpShares::<Test>::get(LP), dollars(1_000_000));
			deposit(ALICE, dollars(50_000));
			trade(ALICE, BTC, coins(1));
			set_mark(BTC, 90_000); // Alice loses about 10 000: the vault gains it
			assert_ok!(Margin::provide_liquidity(RuntimeOrigin::signed(BOB), dollars(100_000)));
			let bob = LpShares::<Test>::get(BOB);
			assert!(bob < dollars(100_000) && bob > dollars(98_000), "shares cost more now: {bob}");
			assert_ok!(Margin::withdraw_liquidity(RuntimeOrigin::signed(BOB), bob));
			let back = Balances::balance(&BOB);
			assert!(back <= ENDOWMENT && back > ENDOWMENT - dollars(2), "no profit from a round trip: {back}");
		});
	}

	#[test]
	fn withdrawals_keep_traders_open_profit_backed() {
		run_test(|| {
			fund_vault(dollars(1_000_000));
			deposit(ALICE, dollars(100_000));
			trade(ALICE, BTC, coins(2));
			set_mark(BTC, 150_000); // about 95 000 of open profit; 1.5× that must stay in cash
			let shares = LpShares::<Test>::get(LP);
			assert_noop!(Margin::withdraw_liquidity(RuntimeOrigin::signed(LP), shares), Error::<Test>::VaultBackingTight);
			assert_ok!(Margin::withdraw_liquidity(RuntimeOrigin::signed(LP), shares / 4));
			assert_noop!(Margin::withdraw_liquidity(RuntimeOrigin::signed(LP), shares), Error::<Test>::InsufficientShares);
			assert_noop!(Margin::withdraw_liquidity(RuntimeOrigin::signed(BOB), 1), Error::<Test>::InsufficientShares);
			assert_noop!(Margin::withdraw_liquidity(RuntimeOrigin::signed(LP), 0), Error::<Test>::Zero);
			assert_noop!(Margin::provide_liquidity(RuntimeOrigin::signed(BOB), dollars(1)), Error::<Test>::BelowMinimumDeposit);
		});
	}

	#[test]
	fn profit_the_vault_cannot_pay_is_owed_until_losers_pay_in() {
		run_test(|| {
			fund_vault(dollars(50_000));
			deposit(ALICE, dollars(10_000));
			deposit(BOB, dollars(200_000));
			trade(ALICE, BTC, coins(1) / 20);
			trade(BOB, BTC, -coins(1) / 20);
			set_mark(BTC, 1_500_000);
			// Closing is always possible: the impact is capped, not refused.
			assert_ok!(Margin::close(RuntimeOrigin::signed(ALICE), BTC, Price::zero()));
			let owed = Accounts::<Test>::get(ALICE).unwrap().unsettled_profit;
			assert!(owed > dollars(10_000), "{owed}");
			assert_eq!(Pool::<Test>::get().unsettled_profit, owed);
			assert_eq!(Pool::<Test>::get().vault.cash, 0);
			let collateral_now = collateral(ALICE);
			assert_noop!(
				Margin::withdraw(RuntimeOrigin::signed(ALICE), collateral_now + 1),
				Error::<Test>::InsufficientCollateral
			);
			assert!(Margin::vault_equity() > 0, "Bob's open loss is still the vault's to collect");

			// Bob's loss pays into the vault; Alice's next touch collects what she is owed.
			assert_ok!(Margin::close(RuntimeOrigin::signed(BOB), BTC, Price::max_value()));
			deposit(ALICE, 1);
			assert_eq!(Accounts::<Test>::get(ALICE).unwrap().unsettled_profit, 0);
			assert_eq!(collateral(ALICE), collateral_now + owed + 1);
			assert_eq!(Pool::<Test>::get().unsettled_profit, 0);
		});
	}
}

mod margin_accounts {
	use super::*;

	#[test]
	fn health_and_liquidation_price_agree() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			trade(ALICE, BTC, coins(1));
			let summary = Margin::account_summary(&ALICE).unwrap();
			let liquidation = summary.positions[0].liquidation_price.unwrap();
			assert!(liquidation < price(100_000) && liquidation > price(90_000), "{liquidation:?}");
			set_mark_price(BTC, liquidation + price(1));
			assert!(!Margin::health(&ALICE).unwrap().is_liquidatable());
			set_mark_price(BTC, liquidation - price(1));
			assert!(Margin::health(&ALICE).unwrap().is_liquidatable());
		});
	}

	#[test]
	fn the_liquidation_engine_sees_each_positions_size_value_and_requirement() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			trade(ALICE, BTC, coins(1));
			let mut tiered = market_params();
			tiered.size_tiers = vec![SizeTier {
				min_notional: dollars(500_000),
				initial_margin: Ratio::saturating_from_rational(10, 100),
				maintenance_margin: Ratio::saturating_from_rational(5, 100),
			}]
			.try_into()
			.unwrap();
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), BTC, tiered));
			let view = Margin::positions(&ALICE)[0];
			assert_eq!((view.market, view.size, view.notional), (BTC, coins(1), dollars(100_000)));
			assert_eq!(view.maintenance_fraction, Ratio::saturating_from_rational(3, 100));
			assert_eq!(view.maintenance_requirement, dollars(3_000));
			assert_eq!(view.next_tier_notional, dollars(500_000));
			assert_eq!(Margin::health(&ALICE).unwrap().maintenance_requirement, dollars(3_000));
		});
	}

	#[test]
	fn reduce_position_charges_a_penalty_split_between_fund_and_vault() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			trade(ALICE, BTC, coins(1));
			let (fees, cash) = (Pool::<Test>::get().insurance_fees, Pool::<Test>::get().vault.cash);
			let reduction = Margin::reduce_position(&ALICE, BTC, coins(1) / 2, price(95_000), Ratio::saturating_from_rational(1, 100))
				.unwrap();
			assert_eq!(reduction.closed, coins(1) / 2);
			assert_eq!(reduction.penalty, dollars(475));
			assert_eq!(Pool::<Test>::get().insurance_fees - fees, dollars(475) / 2);
			assert!(reduction.realised_pnl < -(dollars(2_500) as i128));
			assert!(Pool::<Test>::get().vault.cash > cash);
			assert_eq!(size(ALICE, BTC), coins(1) / 2);
			assert_noop!(Margin::reduce_position(&BOB, BTC, 1, price(1), Ratio::zero()), Error::<Test>::NoPosition);
		});
	}

	#[test]
	fn entries_are_the_positions_without_their_valuation() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			trade(ALICE, BTC, coins(1) / 10);
			trade(ALICE, ETH, -coins(1));
			set_mark(BTC, 90_000);
			let valued: Vec<_> = Margin::positions(&ALICE).into_iter().map(|p| (p.market, p.size, p.entry_price)).collect();
			assert_eq!(Margin::entries(&ALICE), valued);
			assert!(Margin::entries(&BOB).is_empty());
		});
	}

	#[test]
	fn a_penalty_never_exceeds_the_equity_left_so_it_never_becomes_bad_debt() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			trade(ALICE, BTC, coins(1));
			// About 400 of equity left at 90 400: a 1 % penalty on 90 400 would be 904.
			set_mark(BTC, 90_400);
			let equity = Margin::health(&ALICE).unwrap().equity;
			assert!(equity > 0 && equity < dollars(904) as i128, "{equity}");
			let reduction = Margin::reduce_position(&ALICE, BTC, coins(1), price(90_400), Ratio::saturating_from_rational(1, 100)).unwrap();
			assert!(reduction.penalty < dollars(904), "capped: {}", reduction.penalty);
			assert_eq!(Accounts::<Test>::get(ALICE).map_or(0, |a| a.shortfall), 0, "no bad debt from the penalty");
			assert_eq!(Margin::health(&ALICE).map_or(0, |h| h.equity), 0, "the penalty took what was left");
		});
	}

	#[test]
	fn a_bankrupt_account_leaves_its_shortfall_for_the_waterfall() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			trade(ALICE, BTC, coins(1));
			assert_eq!(Margin::take_shortfall(&ALICE).shortfall, 0, "not while positions are open");
			set_mark(BTC, 80_000);
			assert!(Margin::health(&ALICE).unwrap().is_bankrupt());
			Margin::reduce_position(&ALICE, BTC, coins(1), price(80_000), Ratio::zero()).unwrap();
			let owed = Accounts::<Test>::get(ALICE).unwrap().shortfall;
			assert!(owed > dollars(10_000) && owed < dollars(10_400), "{owed}");
			let loss = Margin::take_shortfall(&ALICE);
			assert_eq!(loss.shortfall, owed);
			assert_eq!(loss.sources, vec![LossSource { market: BTC, shortfall: owed, closed: coins(1), price: price(80_000) }]);
			assert_eq!(Accounts::<Test>::get(ALICE), None, "nothing left");
			assert!(!ShortfallSources::<Test>::contains_key(ALICE), "taken with the shortfall");
			assert_eq!(Margin::take_shortfall(&ALICE).shortfall, 0);
		});
	}
}

mod governance {
	use super::*;

	#[test]
	fn the_liquidation_engine_hears_of_every_account_change_tightening_and_funding_cap() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			trade(ALICE, BTC, coins(1));
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(ALICE), dollars(100)));
			Margin::reduce_position(&ALICE, BTC, coins(1) / 2, price(100_000), Ratio::zero()).unwrap();
			assert_eq!(observed().0, vec![ALICE; 4], "deposit, trade, withdrawal, reduction");
			let mut tighter = market_params();
			tighter.maintenance_margin = Ratio::saturating_from_rational(4, 100);
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), BTC, tighter));
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), BTC, market_params()));
			assert!(observed().1.is_empty(), "a raise phases in (reported as it does), loosening is not reported");
			let caps = observed().2;
			assert_eq!(caps.len(), 4, "both genesis listings and both changes report their funding cap");
			assert!(caps.iter().all(|cap| *cap == market_params().max_funding_rate));
		});
	}

	#[test]
	fn each_block_the_liquidation_engine_hears_the_highest_funding_cap_in_force() {
		run_test(|| {
			let mut higher = market_params();
			higher.max_funding_rate = ballast_primitives::max_funding_rate();
			let hook = || {
				use frame_support::traits::Hooks;
				next_block();
				Margin::on_initialize(System::block_number());
			};
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), BTC, higher));
			hook();
			assert_eq!(funding_caps_reported().last(), Some(&ballast_primitives::max_funding_rate()));
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), BTC, market_params()));
			hook();
			assert_eq!(funding_caps_reported().last(), Some(&market_params().max_funding_rate), "the reverted cap lapses");
		});
	}

	#[test]
	fn only_the_risk_origin_lists_markets_with_consistent_parameters() {
		run_test(|| {
			assert_noop!(Margin::set_market(RuntimeOrigin::signed(ALICE), 3, market_params()), DispatchError::BadOrigin);
			let mut inverted = market_params();
			inverted.maintenance_margin = Ratio::saturating_from_rational(6, 100);
			assert_noop!(Margin::set_market(RuntimeOrigin::root(), 3, inverted), Error::<Test>::InvalidParameters);
			let mut no_cap = market_params();
			no_cap.max_open_interest = 0;
			assert_noop!(Margin::set_market(RuntimeOrigin::root(), 3, no_cap), Error::<Test>::InvalidParameters);
			let mut tiers = market_params();
			tiers.size_tiers = vec![
				SizeTier { min_notional: 2, initial_margin: Ratio::saturating_from_rational(1, 10), maintenance_margin: Ratio::saturating_from_rational(5, 100) },
				SizeTier { min_notional: 1, initial_margin: Ratio::saturating_from_rational(2, 10), maintenance_margin: Ratio::saturating_from_rational(1, 10) },
			]
			.try_into()
			.unwrap();
			assert_noop!(Margin::set_market(RuntimeOrigin::root(), 3, tiers), Error::<Test>::InvalidParameters);
			// Funding of 1 % a block would make every account due to the liquidation engine
			// every few blocks.
			let mut runaway_funding = market_params();
			runaway_funding.max_funding_rate = Ratio::saturating_from_rational(1, 100);
			assert_noop!(Margin::set_market(RuntimeOrigin::root(), 3, runaway_funding), Error::<Test>::InvalidParameters);
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), 3, market_params()));
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), 4, market_params()));
			assert_noop!(Margin::set_market(RuntimeOrigin::root(), 5, market_params()), Error::<Test>::TooManyMarkets);
			assert_noop!(Margin::set_vault(RuntimeOrigin::signed(ALICE), VaultParams::default()), DispatchError::BadOrigin);
			assert_ok!(Margin::set_vault(RuntimeOrigin::root(), VaultParams::default()));
			for backing in [Ratio::zero(), Ratio::saturating_from_rational(99, 100), Ratio::saturating_from_integer(11)] {
				let bad = VaultParams { min_backing: backing, ..VaultParams::default() };
				assert_noop!(Margin::set_vault(RuntimeOrigin::root(), bad), Error::<Test>::InvalidParameters);
			}
			assert_ok!(Margin::set_vault(RuntimeOrigin::root(), VaultParams { min_backing: Ratio::one(), ..VaultParams::default() }));
		});
	}
}

mod properties {
	use super::*;
	use proptest::prelude::*;

	#[derive(Clone, Debug)]
	enum Op {
		Deposit(u64, u128),
		Withdraw(u64, u128),
		Trade(u64, u32, i128),
		Close(u64, u32),
		Move(u32, i64),
		Blocks(u8),
		Provide(u64, u128),
		Redeem(u64, u128),
		Liquidate(u64, u32),
		Crisis(Option<u32>),
	}

	fn op() -> impl Strategy<Value = Op> {
		let who = 1u64..=4;
		let market = 1u32..=2;
		prop_oneof![
			(who.clone(), 1u128..200_000).prop_map(|(w, a)| Op::Deposit(w, dollars(a))),
			(who.clone(), 1u128..200_000).prop_map(|(w, a)| Op::Withdraw(w, dollars(a))),
			(who.clone(), market.clone(), -20_000i128..20_000).prop_map(|(w, m, s)| Op::Trade(w, m, coins(s) / 1_000)),
			(who.clone(), market.clone()).prop_map(|(w, m)| Op::Close(w, m)),
			(market.clone(), -30i64..30).prop_map(|(m, p)| Op::Move(m, p)),
			(1u8..20).prop_map(Op::Blocks),
			(who.clone(), 10u128..500_000).prop_map(|(w, a)| Op::Provide(w, dollars(a))),
			(who.clone(), 1u128..500_000).prop_map(|(w, a)| Op::Redeem(w, dollars(a))),
			(who, market).prop_map(|(w, m)| Op::Liquidate(w, m)),
			proptest::option::of(1u32..4).prop_map(Op::Crisis),
		]
	}

	fn apply(op: Op) {
		let _ = try_apply(op);
	}

	fn try_apply(op: Op) -> Result<(), DispatchError> {
		let signed = RuntimeOrigin::signed;
		match op {
			Op::Deposit(w, a) => Margin::deposit(signed(w), a),
			Op::Withdraw(w, a) => Margin::withdraw(signed(w), a),
			Op::Trade(w, m, s) => Margin::trade(signed(w), m, s, if s > 0 { Price::max_value() } else { Price::zero() })
				.map(|_| ())
				.map_err(|e| e.error),
			Op::Close(w, m) => Margin::close(signed(w), m, Price::zero())
				.or_else(|_| Margin::close(signed(w), m, Price::max_value()))
				.map(|_| ())
				.map_err(|e| e.error),
			Op::Move(m, percent) => {
				let mark = TestPrices::snapshot(m).unwrap().mark;
				let factor = Ratio::saturating_from_rational((100 + percent) as u128, 100u128);
				set_mark_price(m, (mark * factor).max(price(1)));
				Ok(())
			},
			Op::Blocks(n) => {
				System::set_block_number(System::block_number() + n as u64);
				Ok(())
			},
			Op::Provide(w, a) => Margin::provide_liquidity(signed(w), a),
			Op::Redeem(w, a) => Margin::withdraw_liquidity(signed(w), a.min(LpShares::<Test>::get(w))),
			Op::Liquidate(w, m) => {
				let mark = TestPrices::snapshot(m).unwrap().mark;
				Margin::reduce_position(&w, m, i128::MAX, mark, Ratio::saturating_from_rational(1, 100)).map(|_| ())?;
				Margin::take_shortfall(&w);
				Ok(())
			},
			// A crisis episode starts, goes on or ends, and the hook follows it.
			Op::Crisis(episode) => {
				use frame_support::traits::Hooks;
				set_crisis(episode.map(|id| (id, sp_arithmetic::Perbill::from_percent(50))));
				Margin::on_initialize(System::block_number());
				Ok(())
			},
		}
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

		/// Whatever happens, the stablecoin the pallet holds equals its ledgers to the unit,
		/// totals match positions, and nobody holds more stablecoin than they put in plus
		/// what the ledgers paid them.
		#[test]
		fn ledgers_conserve_the_stablecoin_through_any_sequence(ops in proptest::collection::vec(op(), 1..60)) {
			new_test_ext().execute_with(|| {
				fund_vault(dollars(2_000_000));
				let supply = Balances::total_issuance();
				for op in ops {
					apply(op.clone());
					if let Err(error) = Margin::do_try_state() {
						panic!("after {op:?}: {error:?}");
					}
				}
				prop_assert_eq!(Balances::total_issuance(), supply, "no stablecoin minted or burnt");
				Ok(())
			})?;
		}
	}
}

mod extremes {
	use super::*;

	#[test]
	fn extreme_prices_and_sizes_are_errors_not_panics() {
		run_test(|| {
			fund_vault(dollars(5_000_000));
			deposit(ALICE, dollars(10_000));
			set_mark_price(BTC, Price::max_value());
			assert!(Margin::trade(RuntimeOrigin::signed(ALICE), BTC, coins(1), Price::max_value()).is_err());
			set_mark_price(BTC, Price::from_inner(1));
			assert!(Margin::trade(RuntimeOrigin::signed(ALICE), BTC, i128::MAX / 2, Price::max_value()).is_err());
			assert!(Margin::trade(RuntimeOrigin::signed(ALICE), BTC, i128::MIN, Price::zero()).is_err());
			assert!(Margin::account_summary(&ALICE).is_some());
			assert_eq!(Margin::vault_summary().cash, dollars(5_000_000));
		});
	}
}

mod dynamic_margins {
	use super::*;
	use ballast_primitives::{CrisisLevel, StressSignal, WithdrawalRefusal};
	use frame_support::traits::Hooks;

	fn ratio(n: u128, d: u128) -> Ratio {
		Ratio::saturating_from_rational(n, d)
	}

	fn scale(market: u32) -> MarginScale {
		Markets::<Test>::get(market).unwrap().scale
	}

	fn blocks(n: u64) {
		for _ in 0..n {
			next_block();
			Margin::on_initialize(System::block_number());
		}
	}

	/// A 10x ETH long for account 1 and the vault to trade against.
	fn open_long() {
		fund_vault(dollars(1_000_000));
		deposit(1, dollars(4_000));
		trade(1, ETH, coins(10));
	}

	#[test]
	fn volatility_raises_the_initial_margin_at_once_and_maintenance_over_the_ramp() {
		run_test(|| {
			open_long();
			let before = Margin::health(&1).unwrap();
			// Five times its calm volatility: target 1 + 0.25 × 4 = 2.
			set_volatility_ratio(ETH, Ratio::from_u32(5));
			blocks(1);
			assert_eq!(scale(ETH).initial, Ratio::from_u32(2));
			assert_eq!(scale(ETH).maintenance, ratio(102, 100), "3 % of the way from 1 to 3 is one block's step");
			let after = Margin::health(&1).unwrap();
			assert!(after.initial_requirement >= 2 * before.initial_requirement - 1);
			assert!(after.maintenance_requirement < before.maintenance_requirement * 103 / 100);
			blocks(49);
			assert_eq!(scale(ETH).maintenance, Ratio::from_u32(2));
			blocks(5);
			assert_eq!(scale(ETH).maintenance, Ratio::from_u32(2), "the ramp stops at the target");
			// Each rise was reported to the liquidation index, by at most 2 % of 3 % a block.
			let reported = observed().1;
			assert_eq!(reported.len(), 50);
			assert!(reported.iter().all(|rise| *rise <= ratio(6, 10_000)));
			System::assert_has_event(
				Event::MarginScaleChanged { market: ETH, initial: Ratio::from_u32(2), maintenance: ratio(102, 100) }.into(),
			);
		});
	}

	#[test]
	fn a_raised_maintenance_margin_phases_in_at_a_bounded_rate_and_liquidates_nobody_when_set() {
		run_test(|| {
			open_long();
			let before = Margin::health(&1).unwrap().maintenance_requirement;
			let mut doubled = market_params();
			doubled.maintenance_margin = ratio(6, 100);
			doubled.initial_margin = ratio(8, 100);
			assert_ok!(Margin::set_market(RuntimeOrigin::root(), ETH, doubled));
			assert_eq!(scale(ETH).phase_in, Ratio::zero(), "the old 3 % is in force");
			assert_eq!(Margin::health(&1).unwrap().maintenance_requirement, before, "nobody's requirement rises when set");
			assert!(observed().1.is_empty());
			// 1 % of the listed fraction a block (a 100-block ramp), each step reported to the
			// liquidation index, which examines every account it reaches.
			blocks(10);
			assert_eq!(scale(ETH).phase_in, ratio(10, 100));
			// 1 % of the 3-point raise a block.
			assert!(observed().1.iter().all(|rise| *rise <= ratio(3, 10_000)), "{:?}", observed().1);
			blocks(90);
			assert_eq!(scale(ETH).phase_in, Ratio::one());
			System::assert_has_event(Event::MaintenanceRaiseInForce { market: ETH }.into());
			let after = Margin::health(&1).unwrap().maintenance_requirement;
			assert!(after >= 2 * before - 1 && after <= 2 * before + 1, "{before} → {after}");
			assert!(Margin::do_try_state().is_ok());
		});
	}

	#[test]
	fn margins_loosen_at_once_when_the_stress_passes() {
		run_test(|| {
			open_long();
			set_stress(StressSignal { level: CrisisLevel::Crisis, correlation: Ratio::from_u32(1) });
			set_volatility_ratio(ETH, Ratio::from_u32(3));
			blocks(200);
			// 1 + 0.5 + 0.5 × 1 × 1 + 0.5 (crisis).
			assert_eq!(scale(ETH).maintenance, ratio(25, 10));
			set_stress(StressSignal::default());
			set_volatility_ratio(ETH, Ratio::from_u32(1));
			blocks(1);
			assert_eq!(scale(ETH), MarginScale::default());
		});
	}

	#[test]
	fn a_thin_insurance_fund_tightens_margins() {
		run_test(|| {
			open_long();
			// 40 000 of open interest wants 40 of fund; 10 is three quarters short.
			set_fund_balance(dollars(10));
			blocks(1);
			assert_eq!(scale(ETH).initial, Ratio::one() + ratio(3, 16));
			assert_eq!(scale(BTC).initial, Ratio::one() + ratio(3, 16), "cover is venue-wide");
		});
	}

	#[test]
	fn a_fund_short_of_its_stressed_target_tightens_margins_and_takes_more_of_the_fees() {
		use sp_arithmetic::Perbill;
		run_test(|| {
			open_long();
			let fees_before = Pool::<Test>::get().insurance_fees;
			// The fund holds half the book's stressed shortfall.
			set_fund_cover(Some(ratio(1, 2)));
			blocks(1);
			// 1 + 0.25 (cover weight) × 0.5 short.
			assert_eq!(scale(ETH).initial, ratio(9, 8));
			// Half (the default) of the vault's 80 % of each fee, in proportion to the shortfall:
			// 20 % + 80 % × 25 % = 40 % to the fund.
			assert_eq!(UndercoverFeeBoost::<Test>::get(), Perbill::from_percent(25));
			deposit(2, dollars(4_000));
			trade(2, ETH, coins(1));
			let fee = System::events()
				.into_iter()
				.rev()
				.find_map(|record| match record.event {
					RuntimeEvent::Margin(Event::Traded { fee, .. }) => Some(fee),
					_ => None,
				})
				.expect("a trade happened");
			assert_eq!(Pool::<Test>::get().insurance_fees - fees_before, Perbill::from_percent(40).mul_floor(fee));
			// Covered again: the listed share, and margins back.
			set_fund_cover(Some(Ratio::from_u32(2)));
			blocks(1);
			assert_eq!((UndercoverFeeBoost::<Test>::get(), scale(ETH).initial), (Perbill::zero(), Ratio::one()));
		});
	}

	#[test]
	fn the_fund_falls_short_by_the_larger_of_its_two_measures() {
		let params = ScalingParams::default(); // 0.1 % of open interest
		let gap = |fund: u128, cover: Option<Ratio>| crate::scaling::fund_gap(&params, fund, dollars(1_000_000), cover);
		assert_eq!(gap(dollars(1_000), None), Ratio::zero(), "1 000 on a million of open interest: covered");
		assert_eq!(gap(dollars(250), None), ratio(3, 4));
		assert_eq!(gap(dollars(250), Some(ratio(1, 10))), ratio(9, 10), "a tenth of the stressed shortfall");
		assert_eq!(gap(dollars(2_000), Some(Ratio::from_u32(3))), Ratio::zero());
		assert_eq!(gap(0, Some(Ratio::zero())), Ratio::one());
	}

	#[test]
	fn the_worst_recorded_move_floors_the_multiplier_while_the_ewma_is_calm() {
		run_test(|| {
			open_long();
			// ETH's maintenance is 3 %; the oracle remembers a 6 % move: the floor is 2.
			set_stressed_move(ETH, ratio(6, 100));
			// A move smaller than the maintenance fraction needs no floor.
			set_stressed_move(BTC, ratio(2, 100));
			blocks(1);
			assert_eq!(scale(ETH).initial, Ratio::from_u32(2), "new risk pays the stressed floor at once");
			assert_eq!(scale(ETH).maintenance, ratio(102, 100), "maintenance follows at the ramp's rate");
			assert_eq!(scale(BTC), MarginScale::default());
			blocks(60);
			assert_eq!(scale(ETH).maintenance, Ratio::from_u32(2));
			// A move beyond what the largest multiplier covers stops at it.
			set_stressed_move(ETH, ratio(30, 100));
			blocks(60);
			assert_eq!(scale(ETH).maintenance, Ratio::from_u32(3));
			// Governance may weigh the floor down, or off.
			let off = ScalingParams { stressed_weight: Ratio::zero(), ..Default::default() };
			assert_ok!(Margin::set_scaling(RuntimeOrigin::root(), off));
			blocks(1);
			assert_eq!(scale(ETH), MarginScale::default());
		});
	}

	#[test]
	fn scaling_parameters_are_checked_and_only_the_risk_origin_sets_them() {
		run_test(|| {
			let below_one = ScalingParams { max_multiplier: ratio(1, 2), ..Default::default() };
			assert_noop!(Margin::set_scaling(RuntimeOrigin::root(), below_one), Error::<Test>::InvalidParameters);
			let no_ramp = ScalingParams { ramp_blocks: 0, ..Default::default() };
			assert_noop!(Margin::set_scaling(RuntimeOrigin::root(), no_ramp), Error::<Test>::InvalidParameters);
			let overweight = ScalingParams { stressed_weight: ratio(41, 10), ..Default::default() };
			assert_noop!(Margin::set_scaling(RuntimeOrigin::root(), overweight), Error::<Test>::InvalidParameters);
			assert_noop!(Margin::set_scaling(RuntimeOrigin::signed(1), Default::default()), DispatchError::BadOrigin);
			let calm = ScalingParams { max_multiplier: Ratio::one(), ..Default::default() };
			assert_ok!(Margin::set_scaling(RuntimeOrigin::root(), calm));
			set_volatility_ratio(ETH, Ratio::from_u32(9));
			blocks(1);
			assert_eq!(scale(ETH), MarginScale::default(), "a cap of one turns the dynamic margins off");
		});
	}

	#[test]
	fn a_governance_floor_lifts_every_market_the_maintenance_one_over_the_ramp() {
		run_test(|| {
			open_long();
			let before = Margin::health(&1).unwrap().maintenance_requirement;
			assert_ok!(Margin::set_multiplier_floor(RuntimeOrigin::root(), Some(ratio(3, 2))));
			System::assert_last_event(Event::MultiplierFloorSet { floor: Some(ratio(3, 2)) }.into());
			assert_eq!(Margin::health(&1).unwrap().maintenance_requirement, before, "nothing rises when it is set");
			blocks(1);
			assert_eq!(scale(ETH).initial, ratio(3, 2), "new risk pays the floor at once");
			assert_eq!(scale(BTC).initial, ratio(3, 2), "in every market");
			assert_eq!(scale(ETH).maintenance, ratio(102, 100), "maintenance rises one ramp step a block");
			blocks(30);
			assert_eq!(scale(ETH).maintenance, ratio(3, 2));
			// A calm market stays at the floor; removing it lets the margins fall back at once.
			blocks(5);
			assert_eq!(scale(ETH).maintenance, ratio(3, 2));
			assert_ok!(Margin::set_multiplier_floor(RuntimeOrigin::root(), None));
			blocks(1);
			assert_eq!(scale(ETH), MarginScale::default());
		});
	}

	#[test]
	fn a_floor_out_of_range_or_from_anyone_but_the_risk_origin_is_refused() {
		run_test(|| {
			assert_noop!(Margin::set_multiplier_floor(RuntimeOrigin::root(), Some(ratio(1, 2))), Error::<Test>::FloorOutOfRange);
			// The default largest multiplier is 3.
			assert_noop!(Margin::set_multiplier_floor(RuntimeOrigin::root(), Some(ratio(31, 10))), Error::<Test>::FloorOutOfRange);
			assert_noop!(Margin::set_multiplier_floor(RuntimeOrigin::signed(1), Some(ratio(3, 2))), DispatchError::BadOrigin);
			assert_ok!(Margin::set_multiplier_floor(RuntimeOrigin::root(), Some(Ratio::from_u32(3))));
			assert_eq!(MultiplierFloor::<Test>::get(), Some(Ratio::from_u32(3)));
		});
	}

	#[test]
	fn the_stress_tests_floor_applies_at_once_and_is_reported_to_the_index() {
		run_test(|| {
			open_long();
			let before = Margin::health(&1).unwrap().maintenance_requirement;
			Margin::impose_multiplier_floor(Ratio::from_u32(2));
			assert_eq!(scale(ETH).maintenance, Ratio::from_u32(2));
			assert_eq!(scale(BTC).initial, Ratio::from_u32(2));
			let after = Margin::health(&1).unwrap().maintenance_requirement;
			assert!(after >= 2 * before - 1 && after <= 2 * before + 1, "{before} → {after}");
			// Every market's largest maintenance fraction (3 %) once over, one report.
			assert_eq!(observed().1, vec![ratio(6, 100)]);
			blocks(3);
			assert_eq!(scale(ETH).maintenance, Ratio::from_u32(2), "the hook holds it");
			assert!(Margin::do_try_state().is_ok());
		});
	}

	#[test]
	fn withdrawals_the_breaker_refuses_change_nothing() {
		run_test(|| {
			fund_vault(dollars(100_000));
			deposit(1, dollars(1_000));
			refuse_withdrawals(Some(WithdrawalRefusal::Paused));
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(1), dollars(10)), Error::<Test>::WithdrawalsPaused);
			refuse_withdrawals(Some(WithdrawalRefusal::RateLimited));
			assert_noop!(Margin::withdraw(RuntimeOrigin::signed(1), dollars(10)), Error::<Test>::WithdrawalLimited);
			assert_noop!(Margin::withdraw_liquidity(RuntimeOrigin::signed(LP), dollars(10)), Error::<Test>::WithdrawalLimited);
			refuse_withdrawals(None);
			assert_ok!(Margin::withdraw(RuntimeOrigin::signed(1), dollars(10)));
		});
	}

	#[test]
	fn every_trade_is_reported_for_reputation() {
		run_test(|| {
			open_long();
			let (who, notional) = traded()[0];
			assert_eq!(who, 1);
			// 10 ETH at 4 000 and its price impact (under 1 %).
			assert!(notional >= dollars(40_000) && notional < dollars(40_400), "{notional}");
		});
	}
}
