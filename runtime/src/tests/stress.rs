//! The stress-test runtime API through the real runtime: its answer for a one-step shock is what
//! the chain then does when the feeders send that price, it leaves nothing behind, and requests
//! past its limits are refused whole, naming the limit.

use crate::{
	stress::stress_test,
	tests::{account, send, start_block, state_of},
	Margin, RuntimeCall, RuntimeEvent, System, BTC_USD, ETH_USD,
};
use ballast_primitives::{notional, Price, Ratio, BASE_UNIT, COLLATERAL_UNIT};
use ballast_venue_runtime_api::stress::*;
use sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::FixedPointNumber;

const FEEDERS: [Sr25519Keyring; 3] = [Alice, Bob, Charlie];

/// The feeders send ETH-USD at `eth` dollars and BTC-USD at 100 000, as signed transactions.
fn feed(eth: u128) {
	for feeder in FEEDERS {
		let prices = vec![(ETH_USD, Price::saturating_from_integer(eth)), (BTC_USD, Price::saturating_from_integer(100_000u32))];
		let call = RuntimeCall::Oracle(pallet_ballast_oracle::Call::submit_prices { prices: prices.try_into().unwrap() });
		assert_eq!(send(feeder, call), Ok(()));
	}
}

fn next_block() -> Vec<RuntimeEvent> {
	start_block(System::block_number() + 1);
	System::events().into_iter().map(|record| record.event).collect()
}

/// A live market at 4 000 and three ETH longs at about 5×, 11× and 17×.
fn book() {
	next_block();
	feed(4_000);
	next_block();
	feed(4_000);
	next_block();
	for (trader, leverage) in [(Dave, 5u128), (Eve, 11), (Ferdie, 15)] {
		let deposit = pallet_ballast_margin::Call::deposit { amount: 40_000 / leverage * COLLATERAL_UNIT };
		assert_eq!(send(trader, RuntimeCall::Margin(deposit)), Ok(()));
		let trade = pallet_ballast_margin::Call::trade {
			market: ETH_USD,
			delta: 10 * BASE_UNIT as i128,
			limit_price: Price::saturating_from_integer(5_000u32),
		};
		assert_eq!(send(trader, RuntimeCall::Margin(trade)), Ok(()), "{leverage}×");
	}
}

fn one_step(eth_basis_points: i32) -> Scenario {
	Scenario {
		steps: vec![Step { shocks: vec![Shock { market: ETH_USD, by: PriceMove::BasisPoints(eth_basis_points) }], outages: vec![] }],
		list: MAX_LISTED,
		margin_multiplier: None,
	}
}

#[test]
fn the_answer_for_a_one_step_shock_is_what_the_chain_then_does() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		book();
		next_block();
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		// ETH −20 %: the mark follows by its 5 % cap; the ~17× long is liquidated.
		let answer = stress_test(vec![one_step(-2_000), one_step(-500)]).expect("within the limits");
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root, "the stress test left state behind");
		let predicted = &answer[0][0];
		println!("predicted: {predicted:?}");
		assert!(predicted.liquidated_partially + predicted.liquidated_wholly >= 1, "{predicted:?}");
		assert!(answer[1][0].notional_closed <= predicted.notional_closed, "a smaller shock closes no more");

		// The chain, when the feeders send ETH at 3 200.
		feed(3_200);
		let events = next_block();
		let real: Vec<(sp_runtime::AccountId32, u128, bool)> = events
			.iter()
			.filter_map(|event| match event {
				RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::Liquidated { who, closed, price, health_after, .. }) =>
					Some((who.clone(), notional(*closed, *price), health_after.is_none())),
				_ => None,
			})
			.collect();
		let mut said: Vec<_> = predicted.largest.iter().map(|l| (l.who.clone(), l.notional, l.whole)).collect();
		let mut real_sorted = real.clone();
		said.sort();
		real_sorted.sort();
		assert_eq!(said, real_sorted, "the same accounts, notionals and outcomes");
		assert!(real.iter().any(|(who, ..)| *who == account(Ferdie)));
		assert_eq!(predicted.block, System::block_number());
		assert_eq!(predicted.vault_equity, Margin::vault_equity());
		assert_eq!(predicted.fund_balance, crate::InsuranceFund::balance());
		assert_eq!(predicted.crisis_level, crate::CircuitBreaker::crisis_level());
		let feeds = crate::Oracle::feeds();
		let eth = feeds.iter().find(|(m, _)| *m == ETH_USD).unwrap().1.unwrap();
		assert!(predicted.prices.contains(&(ETH_USD, Some((eth.index, eth.mark)))));
	});
}

#[test]
fn a_crash_path_with_an_outage_runs_block_by_block_and_a_larger_shock_reaches_more() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		book();
		next_block();
		let step = |points| Step { shocks: vec![Shock { market: ETH_USD, by: PriceMove::BasisPoints(points) }], outages: vec![] };
		let mut crash = Scenario { steps: vec![step(-1_000), step(-1_000), step(0), step(0)], list: 5, margin_multiplier: None };
		crash.steps.push(Step { shocks: vec![], outages: vec![ETH_USD] });
		let answer = stress_test(vec![crash, one_step(-3_000), one_step(-100)]).unwrap();
		let crash = &answer[0];
		assert_eq!(crash.len(), 5);
		let blocks: Vec<u32> = crash.iter().map(|s| s.block).collect();
		assert_eq!(blocks, (0..5).map(|i| System::block_number() + 1 + i).collect::<Vec<_>>(), "a block a step");
		let closed: u128 = crash.iter().map(|s| s.notional_closed).sum();
		assert!(closed > 0, "the crash liquidates: {crash:?}");
		assert!(crash.iter().any(|s| !s.breakers.is_empty()), "a 19 % fall trips ETH-USD's breaker: {crash:?}");
		assert!(crash.iter().all(|s| s.largest.len() <= 5));
		let reached = |outcome: &Vec<StepOutcome<_>>| outcome[0].liquidated_partially + outcome[0].liquidated_wholly;
		assert!(reached(&answer[1]) >= reached(&answer[2]), "a larger shock reaches at least as many");
		assert_eq!(reached(&answer[2]), 0, "a 1 % fall reaches nobody: {:?}", answer[2]);
	});
}

#[test]
fn a_margin_multiplier_reaches_accounts_the_shock_alone_does_not_and_is_thrown_away() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		book();
		next_block();
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let tripled = Scenario { margin_multiplier: Some(Ratio::from_u32(3)), ..one_step(-100) };
		let answer = stress_test(vec![one_step(-100), tripled]).unwrap();
		let reached = |outcome: &StepOutcome<_>| outcome.liquidated_partially + outcome.liquidated_wholly;
		assert_eq!(reached(&answer[0][0]), 0, "a 1 % fall alone reaches nobody: {:?}", answer[0][0]);
		assert!(reached(&answer[1][0]) >= 1, "at three times the margins the 15× long is under water: {:?}", answer[1][0]);
		assert!(answer[1][0].largest.iter().any(|l| l.who == account(Ferdie)));
		assert!(answer[1][0].largest.iter().all(|l| l.who != account(Dave)), "the 5× long keeps 20 % of equity");
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root, "margins are the chain's own again");
		assert_eq!(pallet_ballast_margin::MultiplierFloor::<crate::Runtime>::get(), None);
	});
}

#[test]
fn a_request_past_a_limit_is_refused_whole_naming_the_limit() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		next_block();
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let many = vec![one_step(-100); MAX_SCENARIOS as usize + 1];
		assert_eq!(stress_test(many), Err(StressError::TooManyScenarios { max: MAX_SCENARIOS }));
		let long = Scenario { steps: vec![Step::default(); MAX_STEPS as usize + 1], ..Default::default() };
		assert_eq!(stress_test(vec![one_step(-100), long]), Err(StressError::BadStepCount { scenario: 1, max: MAX_STEPS }));
		assert_eq!(stress_test(vec![Scenario::default()]), Err(StressError::BadStepCount { scenario: 0, max: MAX_STEPS }));
		let unknown = Scenario { steps: vec![Step { shocks: vec![], outages: vec![9] }], ..Default::default() };
		assert_eq!(stress_test(vec![unknown]), Err(StressError::UnknownMarket { market: 9 }));
		assert_eq!(stress_test(vec![one_step(-10_000)]), Err(StressError::BadShock { market: ETH_USD }));
		let listing = Scenario { list: MAX_LISTED + 1, ..one_step(-100) };
		assert_eq!(stress_test(vec![listing]), Err(StressError::TooManyListed { max: MAX_LISTED }));
		let shocks = Step { shocks: vec![Shock { market: ETH_USD, by: PriceMove::BasisPoints(1) }; MAX_SHOCKS as usize + 1], outages: vec![] };
		let crowded = Scenario { steps: vec![shocks], ..Default::default() };
		assert_eq!(stress_test(vec![crowded]), Err(StressError::TooManyShocks { scenario: 0, step: 0, max: MAX_SHOCKS }));
		for multiplier in [Ratio::saturating_from_rational(1u32, 2u32), Ratio::from_u32(MAX_MARGIN_MULTIPLIER + 1)] {
			let margins = Scenario { margin_multiplier: Some(multiplier), ..one_step(-100) };
			let refused = stress_test(vec![one_step(-100), margins]);
			assert_eq!(refused, Err(StressError::BadMarginMultiplier { scenario: 1, max: MAX_MARGIN_MULTIPLIER }));
		}
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
	});
}

/// The API is reachable through any node's `state_call`, so its cost is bounded in the runtime:
/// a call stops starting steps once their hooks registered its budget (`MAX_CALL_BLOCKS` full
/// blocks of weight). Here the largest request the limits allow (16 scenarios of 50 crashing
/// and recovering steps, the book open) within two blocks: the steps that ran are answered in
/// order, the scenarios before the cut whole, the one it fell in up to it, later ones empty. A
/// request within the budget is answered whole (the tests above).
#[test]
fn the_largest_request_is_cut_at_the_call_budget_and_answers_the_steps_that_ran() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		book();
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let swing = |step: usize| Step {
			shocks: vec![Shock { market: ETH_USD, by: PriceMove::BasisPoints(if step % 2 == 0 { -2_500 } else { 3_000 }) }],
			outages: vec![],
		};
		let scenario = Scenario { steps: (0..MAX_STEPS as usize).map(swing).collect(), list: MAX_LISTED, margin_multiplier: None };
		let answer = crate::stress::stress_test_within(vec![scenario; MAX_SCENARIOS as usize], crate::stress::CallBudget::of_blocks(2)).unwrap();
		let lengths: Vec<usize> = answer.iter().map(Vec::len).collect();
		let answered: usize = lengths.iter().sum();
		println!("answered {answered} of {} steps: {lengths:?}", MAX_SCENARIOS * MAX_STEPS);
		assert!(answered < (MAX_SCENARIOS * MAX_STEPS) as usize, "the budget cut the call: {lengths:?}");
		assert!(answered > 0);
		let cut = lengths.iter().position(|&n| n < MAX_STEPS as usize).unwrap();
		assert!(lengths[cut + 1..].iter().all(|&n| n == 0), "nothing runs after the cut: {lengths:?}");
		// The steps that ran are the ones asked for, in order, whatever the cut.
		for steps in &answer {
			for (index, outcome) in steps.iter().enumerate() {
				assert_eq!(outcome.block, System::block_number() + 1 + index as u32);
			}
		}
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root, "nothing of the call is left behind");
	});
}
