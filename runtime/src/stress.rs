//! Real-time stress testing (`StressTestApi`): price shocks run against the whole open
//! interest by the chain's own code.
//!
//! Each step is one block started through `Executive::initialize_block`, so every hook runs in
//! block order exactly as on the chain: the oracle aggregates what the feeders "sent" (the
//! shocked price from every feeder, none for a market in outage), the margin engine revalues and
//! steps the dynamic margins, the liquidation engine works its index within its weight budget,
//! shortfalls go down the insurance fund's waterfall to deleveraging, and the breakers step. What
//! a step did is read from the events its hooks emitted. Each scenario runs inside a storage
//! transaction that is rolled back, so no second implementation can drift from the real one and
//! nothing of a scenario is left behind, for the next scenario or the chain.
//!
//! The cost is the real hooks' cost: the liquidation engine walks only the accounts the shock
//! brings under its watermark (the index orders every account by its distance to liquidation),
//! so a shock that reaches few accounts costs little however large the book.
//!
//! That cost is bounded per call, for whoever calls: the API is reachable through any node's
//! `state_call` (also a public node's, where the `risk_stressTest` wrapper is refused), so a
//! call stops starting steps once their hooks have registered [`MAX_CALL_BLOCKS`] full blocks of
//! weight; what ran is answered, and a caller sees the cut by the answer's length.

use crate::{AccountId, CircuitBreaker, Executive, Header, InsuranceFund, Margin, Oracle, Runtime, RuntimeEvent, System};
use alloc::{collections::BTreeMap, vec::Vec};
use ballast_primitives::{MarketId, Price, Ratio};
use frame_support::storage::{with_transaction, TransactionOutcome};
use ballast_venue_runtime_api::stress::*;
use sp_runtime::{
	traits::{Header as _, One, Zero},
	DispatchError, FixedPointNumber, Saturating,
};

/// Runs every scenario from the current state; refused whole, with the limit it passes, if any
/// scenario is out of bounds.
pub fn stress_test(scenarios: Vec<Scenario>) -> Result<Vec<Vec<StepOutcome<AccountId>>>, StressError> {
	stress_test_within(scenarios, CallBudget::full())
}

/// [`stress_test`] within `budget`.
pub(crate) fn stress_test_within(
	scenarios: Vec<Scenario>,
	mut budget: CallBudget,
) -> Result<Vec<Vec<StepOutcome<AccountId>>>, StressError> {
	check(&scenarios)?;
	Ok(scenarios.iter().map(|scenario| thrown_away(|| run(scenario, &mut budget))).collect())
}

/// The work a call has left, in ref time: [`MAX_CALL_BLOCKS`] full blocks, less what each
/// step's hooks registered.
pub struct CallBudget {
	left: u64,
}

impl CallBudget {
	pub fn full() -> Self {
		Self::of_blocks(MAX_CALL_BLOCKS)
	}

	/// `blocks` full blocks of the chain's maximum weight.
	pub fn of_blocks(blocks: u64) -> Self {
		let block = <Runtime as frame_system::Config>::BlockWeights::get().max_block.ref_time();
		Self { left: block.saturating_mul(blocks) }
	}

	fn spent(&self) -> bool {
		self.left == 0
	}

	/// Charges the weight the step's block registered (its hooks and the block's base cost).
	fn charge_step(&mut self) {
		self.left = self.left.saturating_sub(System::block_weight().total().ref_time());
	}
}

/// `f`'s result, with every storage change it made rolled back.
fn thrown_away<R>(f: impl FnOnce() -> R) -> R {
	let outcome = with_transaction(|| TransactionOutcome::Rollback(Ok::<_, DispatchError>(f())));
	outcome.unwrap_or_else(|_| unreachable!("the closure returns Ok"))
}

fn check(scenarios: &[Scenario]) -> Result<(), StressError> {
	if scenarios.len() > MAX_SCENARIOS as usize {
		return Err(StressError::TooManyScenarios { max: MAX_SCENARIOS });
	}
	let listed: Vec<MarketId> = Oracle::feeds().into_iter().map(|(market, _)| market).collect();
	for (index, scenario) in scenarios.iter().enumerate() {
		let scenario_index = index as u32;
		if scenario.steps.is_empty() || scenario.steps.len() > MAX_STEPS as usize {
			return Err(StressError::BadStepCount { scenario: scenario_index, max: MAX_STEPS });
		}
		if scenario.list > MAX_LISTED {
			return Err(StressError::TooManyListed { max: MAX_LISTED });
		}
		if let Some(multiplier) = scenario.margin_multiplier {
			if multiplier < Ratio::one() || multiplier > Ratio::from_u32(MAX_MARGIN_MULTIPLIER) {
				return Err(StressError::BadMarginMultiplier { scenario: scenario_index, max: MAX_MARGIN_MULTIPLIER });
			}
		}
		for (step_index, step) in scenario.steps.iter().enumerate() {
			if step.shocks.len().saturating_add(step.outages.len()) > MAX_SHOCKS as usize {
				return Err(StressError::TooManyShocks { scenario: scenario_index, step: step_index as u32, max: MAX_SHOCKS });
			}
			let named = step.shocks.iter().map(|shock| shock.market).chain(step.outages.iter().copied());
			if let Some(market) = named.into_iter().find(|market| !listed.contains(market)) {
				return Err(StressError::UnknownMarket { market });
			}
			for shock in &step.shocks {
				if let PriceMove::BasisPoints(points) = shock.by {
					if points <= -10_000 {
						return Err(StressError::BadShock { market: shock.market });
					}
				}
				if shock.by == PriceMove::To(Price::zero()) {
					return Err(StressError::BadShock { market: shock.market });
				}
			}
		}
	}
	Ok(())
}

/// `price` moved by `by`.
fn moved(price: Price, by: PriceMove) -> Price {
	match by {
		PriceMove::To(to) => to,
		PriceMove::BasisPoints(points) => {
			let change = Price::saturating_from_rational(points.unsigned_abs(), 10_000u32);
			let factor = if points >= 0 { Price::one().saturating_add(change) } else { Price::one().saturating_sub(change) };
			price.saturating_mul(factor)
		},
	}
}

/// Each listed market's index now, the price the first step moves from.
fn indices() -> BTreeMap<MarketId, Option<Price>> {
	Oracle::feeds().into_iter().map(|(market, feed)| (market, feed.map(|feed| feed.index))).collect()
}

/// The scenario's steps, as many as the call's budget lets start.
fn run(scenario: &Scenario, budget: &mut CallBudget) -> Vec<StepOutcome<AccountId>> {
	if budget.spent() {
		return Vec::new();
	}
	let mut prices = indices();
	if let Some(multiplier) = scenario.margin_multiplier {
		Margin::impose_multiplier_floor(multiplier);
	}
	let mut outcomes = Vec::with_capacity(scenario.steps.len());
	for step in &scenario.steps {
		if budget.spent() {
			break;
		}
		outcomes.push(run_step(step, &mut prices, scenario.list));
		budget.charge_step();
	}
	outcomes
}

/// The feeders send this step's prices, then the next block's hooks run.
fn run_step(step: &Step, prices: &mut BTreeMap<MarketId, Option<Price>>, list: u32) -> StepOutcome<AccountId> {
	for shock in &step.shocks {
		if let Some(price) = prices.get_mut(&shock.market) {
			// A market without a price yet moves from nothing: only `To` gives it one.
			*price = match (*price, shock.by) {
				(_, PriceMove::To(to)) => Some(to),
				(Some(from), by) => Some(moved(from, by)),
				(None, _) => None,
			};
		}
	}
	for (market, price) in prices.iter() {
		let sent = if step.outages.contains(market) { None } else { *price };
		Oracle::simulate_submissions(*market, sent);
	}
	let number = System::block_number().saturating_add(1);
	Executive::initialize_block(&Header::new(number, Default::default(), Default::default(), System::parent_hash(), Default::default()));
	let events: Vec<RuntimeEvent> = System::read_events_no_consensus().map(|record| record.event).collect();
	outcome(number, &events, list)
}

/// What the block's hooks did, from their events, and the venue's state after them.
fn outcome(block: u32, events: &[RuntimeEvent], list: u32) -> StepOutcome<AccountId> {
	let (activity, mut largest) = crate::activity::summarise(events);
	largest.sort_by(|a, b| b.notional.cmp(&a.notional));
	largest.truncate(list as usize);
	StepOutcome {
		block,
		prices: Oracle::feeds().into_iter().map(|(market, feed)| (market, feed.map(|f| (f.index, f.mark)))).collect(),
		liquidated_partially: activity.liquidated_partially,
		liquidated_wholly: activity.liquidated_wholly,
		largest,
		notional_closed: activity.notional_closed,
		shortfall: activity.shortfall,
		fund_covered: activity.fund_covered,
		vault_absorbed: activity.vault_absorbed,
		deleveraged: activity.deleveraged,
		deleveraged_positions: activity.deleveraged_positions,
		deficit_carried: activity.deficit_carried,
		breakers: activity.breakers,
		crisis_level: CircuitBreaker::crisis_level(),
		fund_balance: InsuranceFund::balance(),
		vault_equity: Margin::vault_equity(),
	}
}
