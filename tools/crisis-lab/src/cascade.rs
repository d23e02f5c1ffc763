//! `cascade_blocks_<n>`: how many blocks the liquidation engine takes to mend a whole book after
//! a gap on every market, whether it missed anyone, and whether it went in urgency order.
//!
//! `n` accounts of the seeded book open positions (the markets' open-interest caps raised for
//! the book, as governance would list a deep market); then every feeder reports every market
//! `gap` lower at once. Before the gap, a full scan (every account valued at the gapped price
//! inside a storage transaction that is thrown away) names the accounts a perfect engine must
//! reach. Block by block the real hooks run: the mark walks down at its cap, the engine works
//! its index within its share of the block. When a block liquidates nobody, carries nothing on
//! and the mark has reached the index, a second full scan counts the accounts still
//! liquidatable (missed) and those named before the gap that were never liquidated.
//!
//! Urgency: the engine keeps two queues (accounts with a maintenance requirement of at least
//! the runtime's `PriorityRequirement` first), each in order of distance to liquidation. Within
//! a queue, an account first liquidated in an earlier block than one nearer liquidation (their
//! distances before the gap more than 1 % of the price apart) counts as out of order.

use crate::{
	book,
	chain::{self, GENESIS_MARKETS as MARKETS, START_PRICES},
	config::{Book, MarketKind},
};
use ballast_primitives::{MarginAccounts, COLLATERAL_UNIT};
use ballast_runtime::{AccountId, Margin, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System};
use frame_support::{
	storage::{with_transaction, TransactionOutcome},
	traits::UnfilteredDispatchable,
};
use sp_runtime::{traits::Dispatchable, DispatchError, FixedPointNumber};
use std::collections::{BTreeMap, BTreeSet};

/// What a cascade measured.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Cascade {
	pub accounts: u32,
	pub positions_opened: u32,
	/// Accounts a full scan at the gapped price finds liquidatable.
	pub due: u32,
	/// Blocks from the gap's first block until every account due was liquidated...
	pub blocks_to_mend: u32,
	/// Blocks until the engine first ends one with nothing carried over: from then on each
	/// account is liquidated in the block the mark brings it under, so what `blocks_to_mend`
	/// counts beyond this is the mark's own approach to the gapped price (the oracle smooths
	/// it), which no engine could beat.
	pub backlog_blocks: u32,
	/// ...and until the last liquidation of any account (margins that tighten after the
	/// crash, and funding, bring a few more under later).
	pub last_liquidation_block: u32,
	pub liquidated: u32,
	/// Accounts still liquidatable at the end, and accounts due that were never liquidated
	/// (a price that fell less than feared may have spared them: `missed` is the failure).
	pub missed: u32,
	pub due_not_liquidated: u32,
	pub out_of_order: u32,
	/// Most accounts liquidated in one block.
	pub peak_per_block: u32,
	pub seconds: f64,
}

/// Maintenance requirement from which the engine queues an account first (the runtime's).
const PRIORITY_REQUIREMENT: u128 = ballast_runtime::configs::LiquidationPriorityRequirement::get();
/// Blocks after which a cascade that has not settled is a failure.
const MAX_BLOCKS: u32 = 20_000;

/// Runs the cascade for `accounts` accounts and a fall of `gap` (0.4 is −40 %).
pub fn cascade(accounts: u32, gap: f64, seed: u64) -> Result<Cascade, String> {
	let started = std::time::Instant::now();
	let config = Book { seed, accounts, opened_before: 1.0, established_share: 1.0, ..Book::default() };
	// BTC-USD and ETH-USD: half the book each.
	let traders = book::draw(&config, &[MarketKind::Major, MarketKind::Alt], 0);
	// A vault deep enough for the whole book's skew.
	let mut ext = chain::genesis(&traders, 2_000.0 * f64::from(accounts) * 5.0, 1e6)?;
	ext.execute_with(|| {
		let mut result = Cascade { accounts, ..Cascade::default() };
		let feeders = chain::feeders();
		let feed = |factor: f64| {
			let prices: Vec<_> = MARKETS.iter().zip(START_PRICES).map(|(m, p)| (*m, p * factor)).collect();
			feeders.iter().for_each(|feeder| {
				chain::submit(feeder, &prices);
			});
		};
		for _ in 0..3 {
			feed(1.0);
			chain::start_block();
		}
		deepen_markets()?;
		result.positions_opened = open_book(&traders, || {
			feed(1.0);
			chain::start_block();
		});
		let before: BTreeMap<AccountId, (f64, bool)> = traders.iter().filter_map(|t| distance(&t.account).map(|d| (t.account.clone(), d))).collect();
		let due = due_at(1.0 - gap, &traders);
		result.due = due.len() as u32;

		let mut first_liquidated: BTreeMap<AccountId, u32> = BTreeMap::new();
		let mut quiet = false;
		let mut block = 0;
		while !quiet {
			block += 1;
			if block > MAX_BLOCKS {
				return Err(format!("the cascade did not settle in {MAX_BLOCKS} blocks"));
			}
			feed(1.0 - gap);
			chain::start_block();
			let (liquidated, deferred) = liquidations();
			result.peak_per_block = result.peak_per_block.max(liquidated.len() as u32);
			if !liquidated.is_empty() {
				result.last_liquidation_block = block;
			}
			if deferred {
				result.backlog_blocks = block + 1;
			}
			for who in liquidated {
				first_liquidated.entry(who).or_insert(block);
			}
			// Settled: the marks at the gapped price, nothing carried on, three blocks without a
			// liquidation.
			quiet = !deferred && marks_settled() && block >= result.last_liquidation_block + 3;
		}
		result.liquidated = first_liquidated.len() as u32;
		result.blocks_to_mend = due.iter().filter_map(|who| first_liquidated.get(who)).copied().max().unwrap_or(0);
		result.missed = traders.iter().filter(|t| Margin::health(&t.account).is_some_and(|h| h.is_liquidatable())).count() as u32;
		result.due_not_liquidated = due.iter().filter(|who| !first_liquidated.contains_key(*who)).count() as u32;
		result.out_of_order = out_of_order(&first_liquidated, &before);
		result.seconds = started.elapsed().as_secs_f64();
		Ok(result)
	})
}

/// Open interest, size tiers and impact wide enough for the whole book, by root calls.
fn deepen_markets() -> Result<(), String> {
	for market in MARKETS {
		let mut params = pallet_ballast_margin::Markets::<Runtime>::get(market).ok_or("a listed market")?.params;
		params.max_open_interest = i128::MAX / 4;
		params.oi_margin_lower = u128::MAX / 8;
		params.oi_margin_upper = u128::MAX / 4;
		params.max_skew_to_vault = ballast_primitives::Ratio::saturating_from_integer(1_000u32);
		params.size_tiers = Default::default();
		RuntimeCall::Margin(pallet_ballast_margin::Call::set_market { market, params })
			.dispatch_bypass_filter(RuntimeOrigin::root())
			.map_err(|e| format!("deepening market {market}: {:?}", e.error))?;
	}
	Ok(())
}

/// Every trader deposits and opens its position (dispatched with its signed origin: the
/// signatures are not what this measures), at most at the leverage its size may have, as the
/// replays' traders do; a new block every thousand traders.
fn open_book(traders: &[book::Trader], mut next_block: impl FnMut()) -> u32 {
	let mut opened = 0;
	for (index, trader) in traders.iter().enumerate() {
		if index % 1_000 == 999 {
			next_block();
		}
		let origin = RuntimeOrigin::signed(trader.account.clone());
		let amount = (trader.collateral * COLLATERAL_UNIT as f64) as u128;
		let deposit = RuntimeCall::Margin(pallet_ballast_margin::Call::deposit { amount });
		let (market, price) = (MARKETS[trader.market], START_PRICES[trader.market]);
		let leverage = trader.leverage.min(crate::run::allowed_leverage(market, trader.notional(), trader.established));
		let size = (trader.collateral * leverage / price * ballast_primitives::BASE_UNIT as f64) as i128;
		let delta = if trader.long { size } else { -size };
		let limit_price = if delta > 0 { ballast_primitives::Price::saturating_from_integer(u64::MAX) } else { Default::default() };
		let trade = RuntimeCall::Margin(pallet_ballast_margin::Call::trade { market, delta, limit_price });
		if deposit.dispatch(origin.clone()).is_ok() && trade.dispatch(origin).is_ok() {
			opened += 1;
		}
	}
	next_block();
	opened
}

/// The account's distance to liquidation (the fall of its positions' value that brings its
/// equity down to its maintenance requirement, as a share: what the engine's index orders by),
/// and whether it waits in the priority queue.
fn distance(who: &AccountId) -> Option<(f64, bool)> {
	let health = Margin::health(who)?;
	let notional: u128 = Margin::positions(who).iter().map(|p| p.notional).sum();
	let maintenance = health.maintenance_requirement as f64;
	(notional as f64 > maintenance).then(|| {
		((health.equity as f64 - maintenance) / (notional as f64 - maintenance), health.maintenance_requirement >= PRIORITY_REQUIREMENT)
	})
}

/// The accounts liquidatable with every mark and index at `factor` of the start: valued in a
/// storage transaction that is thrown away.
fn due_at(factor: f64, traders: &[book::Trader]) -> BTreeSet<AccountId> {
	let outcome = with_transaction(|| {
		for (market, start) in MARKETS.iter().zip(START_PRICES) {
			pallet_ballast_oracle::Feeds::<Runtime>::mutate(market, |feed| {
				if let Some(feed) = feed {
					let price = ballast_primitives::Price::from_float(start * factor);
					(feed.index, feed.mark) = (price, price);
				}
			});
		}
		let due = traders.iter().filter(|t| Margin::health(&t.account).is_some_and(|h| h.is_liquidatable())).map(|t| t.account.clone()).collect();
		TransactionOutcome::Rollback(Ok::<_, DispatchError>(due))
	});
	outcome.unwrap_or_default()
}

/// The accounts this block's hooks liquidated, and whether the engine carried work on.
fn liquidations() -> (BTreeSet<AccountId>, bool) {
	let mut liquidated = BTreeSet::new();
	let mut deferred = false;
	for event in System::events().into_iter().map(|record| record.event) {
		match event {
			RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::Liquidated { who, .. }) => {
				liquidated.insert(who);
			},
			RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::BlockProcessed { deferred: carried, level, popped, liquidated, weight }) => {
				deferred |= carried;
				if std::env::var_os("BALLAST_CASCADE_TRACE").is_some() {
					let marks: Vec<String> = MARKETS
						.iter()
						.filter_map(|m| pallet_ballast_oracle::Feeds::<Runtime>::get(m).map(|f| format!("{:.0}/{:.0}", f.mark.to_float(), f.index.to_float())))
						.collect();
					eprintln!(
						"block {}: crisis level after it {:?}, watermark {level:?} popped {popped} liquidated {liquidated} weight {} ms carried {carried} marks {marks:?}",
						System::block_number(),
						ballast_runtime::CircuitBreaker::crisis_level(),
						weight.ref_time() / 1_000_000_000
					);
				}
			},
			_ => {},
		}
	}
	(liquidated, deferred)
}

/// Every market's mark within 0.1 % of its index.
fn marks_settled() -> bool {
	MARKETS.iter().all(|market| {
		pallet_ballast_oracle::Feeds::<Runtime>::get(market).is_some_and(|feed| {
			let (index, mark) = (feed.index.to_float(), feed.mark.to_float());
			(mark / index - 1.0).abs() < 0.001
		})
	})
}

/// Accounts first liquidated after one nearer liquidation in their queue (distances before the
/// gap more than 1 % of the price apart).
fn out_of_order(first_liquidated: &BTreeMap<AccountId, u32>, before: &BTreeMap<AccountId, (f64, bool)>) -> u32 {
	let mut count = 0;
	for priority in [true, false] {
		let mut by_block: Vec<(u32, f64)> = first_liquidated
			.iter()
			.filter_map(|(who, block)| before.get(who).filter(|(_, p)| *p == priority).map(|(ratio, _)| (*block, *ratio)))
			.collect();
		by_block.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
		// The least healthy account liquidated in any later block.
		let mut later_min = f64::INFINITY;
		let mut index = by_block.len();
		while index > 0 {
			let block = by_block[index - 1].0;
			let start = by_block[..index].iter().rposition(|(b, _)| *b != block).map_or(0, |i| i + 1);
			count += by_block[start..index].iter().filter(|(_, distance)| *distance > later_min + 0.01).count() as u32;
			later_min = by_block[start..index].iter().map(|(_, r)| *r).fold(later_min, f64::min);
			index = start;
		}
	}
	count
}
