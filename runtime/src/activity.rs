//! What a block's hooks did (`VenueActivityApi`), read from the block's own events: the one
//! reading of liquidations, the loss waterfall, deleveraging, feeds and breakers that both the
//! node's metrics (the chain's real blocks) and the stress test (its simulated blocks) use.

use crate::{AccountId, RuntimeEvent, System};
use alloc::{collections::BTreeMap, vec::Vec};
use ballast_primitives::{notional, MarketId};
use ballast_venue_runtime_api::{
	activity::{BlockActivity, FeedActivity},
	stress::Liquidated,
};
use sp_runtime::Saturating;

/// The activity of the block whose state this is.
pub fn block_activity() -> BlockActivity {
	let events: Vec<RuntimeEvent> = System::read_events_no_consensus().map(|record| record.event).collect();
	summarise(&events).0
}

/// The activity `events` record, and each liquidation (its loss including the shortfall it left).
pub fn summarise(events: &[RuntimeEvent]) -> (BlockActivity, Vec<Liquidated<AccountId>>) {
	use pallet_ballast_liquidation::Event as Liquidation;
	let mut activity = BlockActivity::default();
	// Per account: liquidated wholly (nothing left of a position) or only in part.
	let mut accounts: BTreeMap<AccountId, bool> = BTreeMap::new();
	let mut liquidations: Vec<Liquidated<AccountId>> = Vec::new();
	let mut feeds: BTreeMap<MarketId, FeedActivity> = BTreeMap::new();
	for event in events {
		match event {
			RuntimeEvent::Liquidation(Liquidation::Liquidated { who, market, closed, price, penalty, health_after }) => {
				let value = notional(*closed, *price);
				activity.notional_closed.saturating_accrue(value);
				activity.penalties.saturating_accrue(*penalty);
				let whole = health_after.is_none();
				*accounts.entry(who.clone()).or_default() |= whole;
				liquidations.push(Liquidated { who: who.clone(), market: *market, notional: value, loss: *penalty, whole });
			},
			RuntimeEvent::Liquidation(Liquidation::ShortfallCovered { who, market, shortfall, coverage }) => {
				activity.shortfall.saturating_accrue(*shortfall);
				activity.fund_covered.saturating_accrue(coverage.by_fund);
				activity.vault_absorbed.saturating_accrue(coverage.by_vault);
				activity.deleveraged.saturating_accrue(coverage.by_deleveraging);
				activity.deficit_carried.saturating_accrue(coverage.uncovered);
				if let Some(last) = liquidations.iter_mut().rev().find(|l| l.who == *who && l.market == *market) {
					last.loss.saturating_accrue(*shortfall);
				}
			},
			RuntimeEvent::Liquidation(Liquidation::BlockProcessed { popped, deferred, weight, .. }) => {
				activity.popped.saturating_accrue(*popped);
				activity.deferred |= *deferred;
				activity.hook_ref_time.saturating_accrue(weight.ref_time());
				activity.hook_proof_size.saturating_accrue(weight.proof_size());
			},
			RuntimeEvent::InsuranceFund(pallet_ballast_insurance_fund::Event::Deleveraged { .. }) => {
				activity.deleveraged_positions.saturating_inc();
			},
			RuntimeEvent::CircuitBreaker(pallet_ballast_circuit_breaker::Event::StateChanged { market, to, .. }) => {
				activity.breakers.push((*market, *to));
			},
			RuntimeEvent::Oracle(pallet_ballast_oracle::Event::PriceAggregated { market, feeders, .. }) => {
				feed(&mut feeds, *market).feeders = *feeders;
			},
			RuntimeEvent::Oracle(pallet_ballast_oracle::Event::OutlierRejected { market, .. }) => {
				feed(&mut feeds, *market).outliers.saturating_inc();
			},
			_ => {},
		}
	}
	activity.feeds = feeds.into_values().collect();
	activity.liquidated_wholly = accounts.values().filter(|whole| **whole).count() as u32;
	activity.liquidated_partially = (accounts.len() as u32).saturating_sub(activity.liquidated_wholly);
	(activity, liquidations)
}

fn feed(feeds: &mut BTreeMap<MarketId, FeedActivity>, market: MarketId) -> &mut FeedActivity {
	feeds.entry(market).or_insert(FeedActivity { market, feeders: 0, outliers: 0 })
}
