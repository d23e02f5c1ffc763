//! One replay: an episode's path through the chain of one [`Variant`], block by block.
//!
//! Each block: its hooks run (oracle aggregation, revaluation and dynamic margins, liquidation,
//! the loss waterfall and deleveraging, breakers), the block is recorded from its hooks' events
//! and the pallets' state, every invariant is checked (a broken one ends the run naming the
//! block), the traders act, and the feeders submit the path's next price.

use crate::{
	book::{self, Trader},
	chain::{self, Sent, Variant, MARKETS, START_PRICES},
	config::{Config, FaultKind},
	episode::Episode,
};
use ballast_fuzz::{invariants, Draw};
use ballast_primitives::{MarketGuard, MarketState, Price, BASE_UNIT, COLLATERAL_UNIT};
use ballast_runtime::{activity, AccountId, CircuitBreaker, InsuranceFund, Margin, Runtime, RuntimeCall, RuntimeEvent, System};
use frame_support::dispatch::DispatchClass;
use serde::Serialize;
use sp_runtime::{traits::Zero, FixedPointNumber};

/// One market in one block.
#[derive(Clone, Debug, Default, Serialize)]
pub struct MarketRecord {
	/// The oracle's index and mark, dollars per coin (0 before the first aggregation).
	pub index: f64,
	pub mark: f64,
	/// The dynamic margin multipliers (1 is the market's static margin).
	pub initial_multiplier: f64,
	pub maintenance_multiplier: f64,
	/// 0 open, 1 reduce-only, 2 halted.
	pub state: u8,
}

/// What one block did and left, amounts in bUSD.
#[derive(Clone, Debug, Default, Serialize)]
pub struct BlockRecord {
	pub block: u32,
	/// The replayed bar (`None` in the warm-up and the tail).
	pub bar: Option<usize>,
	pub markets: Vec<MarketRecord>,
	/// Accounts the liquidation engine reduced or closed in this block.
	pub liquidated: u32,
	pub liquidated_notional: f64,
	/// Losses beyond the liquidated accounts' collateral (bad debt), and who bore them.
	pub bad_debt: f64,
	pub fund_covered: f64,
	pub vault_absorbed: f64,
	pub deleveraged: f64,
	pub deleveraged_positions: u32,
	pub fund_balance: f64,
	pub fund_drawdown: f64,
	pub vault_equity: f64,
	/// Weight of the block's hooks, in milliseconds of reference time.
	pub hook_ms: f64,
	/// Whether the liquidation engine ran out of its share of the block with accounts still
	/// due, carrying its queue to the next block.
	pub deferred: bool,
}

/// A run's figures (amounts in bUSD), as the report's table and `summary.json` show them.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Summary {
	pub blocks: u32,
	pub accounts: u32,
	pub positions_opened: u32,
	pub opens_refused: u32,
	/// Distinct accounts liquidated at least once, and liquidation events.
	pub accounts_liquidated: u32,
	pub liquidations: u32,
	pub liquidated_notional: f64,
	pub bad_debt: f64,
	pub fund_used: f64,
	pub vault_absorbed: f64,
	/// Notional of profitable positions closed by deleveraging, and how many.
	pub deleveraged_notional: f64,
	pub deleveraged_positions: u32,
	pub fund_start: f64,
	pub fund_end: f64,
	pub fund_max_drawdown: f64,
	pub vault_equity_start: f64,
	pub vault_equity_end: f64,
	pub blocks_halted: u32,
	pub blocks_reduce_only: u32,
	pub worst_hook_ms: f64,
	pub worst_hook_block: u32,
	pub peak_maintenance_multiplier: f64,
	/// Accounts still holding a position at the end, and those of them under water (equity
	/// below zero: a loss not yet realised as bad debt, say behind a stale feed), with the sum
	/// of their negative equity.
	pub accounts_open_at_end: u32,
	pub accounts_underwater_at_end: u32,
	pub underwater_at_end: f64,
}

/// A finished run.
#[derive(Clone, Debug, Serialize)]
pub struct Run {
	pub variant: &'static str,
	pub summary: Summary,
	pub records: Vec<BlockRecord>,
}

/// A broken invariant, a panic or a setup error, at a block.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
	pub variant: &'static str,
	pub block: u32,
	pub what: String,
}

impl std::fmt::Display for Failure {
	fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
		write!(f, "{} run, block {}: {}", self.variant, self.block, self.what)
	}
}

fn busd(atoms: u128) -> f64 {
	atoms as f64 / COLLATERAL_UNIT as f64
}

fn signed_busd(atoms: i128) -> f64 {
	atoms as f64 / COLLATERAL_UNIT as f64
}

/// Replays `episode` on `variant` with `config`'s book. `observe` is called inside the chain
/// after every block's hooks with the block's record (the tests check it against the events);
/// `progress` after every block.
pub fn run(
	episode: &Episode,
	config: &Config,
	variant: Variant,
	mut observe: impl FnMut(&BlockRecord),
	progress: impl Fn(u64),
) -> Result<Run, Failure> {
	let fail = |block: u32, what: String| Failure { variant: variant.name(), block, what };
	let replay_blocks = episode.factors.len() as u32;
	let book = book::draw(&config.book, replay_blocks);
	let mut ext = chain::genesis(&book, &config.venue).map_err(|what| fail(0, what))?;
	let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
		ext.execute_with(|| Replay::new(episode, config, variant, book).run(&mut observe, &progress))
	}));
	match outcome {
		Ok(Ok(run)) => Ok(run),
		Ok(Err((block, what))) => Err(fail(block, what)),
		Err(panic) => {
			let what = panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()));
			let block = ext.execute_with(System::block_number);
			Err(fail(block, format!("panicked: {}", what.unwrap_or_else(|| "a panic".into()))))
		},
	}
}

/// A trader's place in the replay.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
	Waiting,
	Deposited,
	Open,
	Done,
}

struct Replay<'a> {
	episode: &'a Episode,
	config: &'a Config,
	variant: Variant,
	book: Vec<Trader>,
	stages: Vec<Stage>,
	feeders: Vec<sp_core::sr25519::Pair>,
	/// Each feeder's frozen prices, while a `frozen` fault holds.
	frozen: Vec<Option<Vec<(u32, f64)>>>,
	decisions: Draw,
	summary: Summary,
	records: Vec<BlockRecord>,
	liquidated: std::collections::BTreeSet<AccountId>,
}

type Step = Result<(), (u32, String)>;

impl<'a> Replay<'a> {
	fn new(episode: &'a Episode, config: &'a Config, variant: Variant, book: Vec<Trader>) -> Self {
		let stages = vec![Stage::Waiting; book.len()];
		Self {
			episode,
			config,
			variant,
			book,
			stages,
			feeders: chain::feeders(),
			frozen: vec![None; chain::FEEDER_NAMES.len()],
			decisions: Draw(config.book.seed ^ 0x5eed_0f_7ade),
			summary: Summary { accounts: config.book.accounts, ..Summary::default() },
			records: Vec::new(),
			liquidated: Default::default(),
		}
	}

	fn run(mut self, observe: &mut impl FnMut(&BlockRecord), progress: &impl Fn(u64)) -> Result<Run, (u32, String)> {
		let genesis_supply = invariants::supply();
		chain::start_block();
		chain::configure(self.variant, &self.config.governance).map_err(|e| (1, e))?;
		self.summary.fund_start = busd(InsuranceFund::balance());
		self.summary.vault_equity_start = signed_busd(Margin::vault_summary().equity);
		let (warmup, replay, tail) = (self.config.replay.warmup_blocks, self.episode.factors.len(), self.config.replay.tail_blocks);
		let total = warmup as usize + replay + tail as usize;
		let last_factor = self.episode.factors.last().copied().unwrap_or(1.0);
		for step in 0..total {
			let (factor, bar, replay_block) = match step.checked_sub(warmup as usize) {
				None => (1.0, None, None),
				Some(i) if i < replay => (self.episode.factors[i], Some(self.episode.block_bars[i]), Some(i as u32)),
				Some(_) => (last_factor, None, None),
			};
			self.feed(factor, bar);
			chain::start_block();
			let record = self.record(bar);
			observe(&record);
			let deferred = record.deferred;
			self.records.push(record);
			self.check(genesis_supply, deferred)?;
			self.trade(step as u32, replay_block);
			progress(1);
		}
		// The runtime's own judgement (`SolvencyApi`), as a node answers it, at the end.
		let solvency = ballast_runtime::solvency::solvency();
		if !solvency.conserved {
			return Err((System::block_number(), format!("the runtime judges its ledgers not conserved: {solvency:?}")));
		}
		self.count_open_accounts();
		self.finish();
		Ok(Run { variant: self.variant.name(), summary: self.summary, records: self.records })
	}

	/// Every feeder sends the path's price for each market, unless a fault says otherwise.
	fn feed(&mut self, factor: f64, bar: Option<usize>) {
		let honest: Vec<(u32, f64)> = MARKETS.iter().zip(START_PRICES).map(|(market, start)| (*market, start * factor)).collect();
		for (index, feeder) in self.feeders.iter().enumerate() {
			let fault = bar.and_then(|bar| {
				self.config.faults.iter().find(|f| f.feeder as usize == index && (f.from_bar as usize..(f.from_bar + f.bars) as usize).contains(&bar))
			});
			let prices = match fault.map(|f| (f.kind, f.factor)) {
				None => {
					self.frozen[index] = None;
					honest.clone()
				},
				Some((FaultKind::Silent, _)) => continue,
				Some((FaultKind::Frozen, _)) => self.frozen[index].get_or_insert_with(|| honest.clone()).clone(),
				Some((FaultKind::Offset, by)) => honest.iter().map(|(m, p)| (*m, p * by)).collect(),
			};
			// A refused submission (a suspended feeder, a price out of the listed range) is the
			// oracle's business, which the records show.
			let _ = chain::submit(feeder, &prices);
		}
	}

	fn record(&mut self, bar: Option<usize>) -> BlockRecord {
		let events: Vec<RuntimeEvent> = System::events().into_iter().map(|record| record.event).collect();
		let (activity, liquidations) = activity::summarise(&events);
		for liquidation in &liquidations {
			self.liquidated.insert(liquidation.who.clone());
		}
		self.summary.liquidations += liquidations.len() as u32;
		let deleveraged_notional: u128 = events
			.iter()
			.filter_map(|event| match event {
				RuntimeEvent::InsuranceFund(pallet_ballast_insurance_fund::Event::Deleveraged { closed, price, .. }) =>
					Some(ballast_primitives::notional(*closed, *price)),
				_ => None,
			})
			.sum();
		self.summary.deleveraged_notional += busd(deleveraged_notional);
		let fund = InsuranceFund::fund_state();
		let markets = MARKETS
			.iter()
			.map(|market| {
				let feed = pallet_ballast_oracle::Feeds::<Runtime>::get(market);
				let scale = pallet_ballast_margin::Markets::<Runtime>::get(market).map(|m| m.scale);
				MarketRecord {
					index: feed.as_ref().map_or(0.0, |f| f.index.to_float()),
					mark: feed.as_ref().map_or(0.0, |f| f.mark.to_float()),
					initial_multiplier: scale.map_or(1.0, |s| s.initial.to_float()),
					maintenance_multiplier: scale.map_or(1.0, |s| s.maintenance.to_float()),
					state: match CircuitBreaker::market_state(*market) {
						MarketState::Open => 0,
						MarketState::ReduceOnly => 1,
						MarketState::Halted => 2,
					},
				}
			})
			.collect();
		BlockRecord {
			block: System::block_number(),
			bar,
			markets,
			liquidated: activity.liquidated_partially + activity.liquidated_wholly,
			liquidated_notional: busd(activity.notional_closed),
			bad_debt: busd(activity.shortfall),
			fund_covered: busd(activity.fund_covered),
			vault_absorbed: busd(activity.vault_absorbed),
			deleveraged: busd(activity.deleveraged),
			deleveraged_positions: activity.deleveraged_positions,
			fund_balance: busd(fund.balance),
			fund_drawdown: f64::from(fund.drawdown.deconstruct()) / 1e9,
			vault_equity: signed_busd(Margin::vault_summary().equity),
			hook_ms: System::block_weight().get(DispatchClass::Mandatory).ref_time() as f64 / 1e9,
			deferred: activity.deferred,
		}
	}

	/// Every pallet's `try_state`, the stablecoin's conservation across every ledger, the hooks
	/// within the block, and no shortfall left after hooks that finished their queue.
	fn check(&self, genesis_supply: u128, deferred: bool) -> Step {
		let block = System::block_number();
		invariants::ledgers(genesis_supply).map_err(|what| (block, what))?;
		if !deferred {
			invariants::no_shortfall_left().map_err(|what| (block, what))?;
		}
		Ok(())
	}

	/// The traders' transactions of this block: the warm-up's openings, then the replay's
	/// late openings, additions and closes.
	fn trade(&mut self, step: u32, replay_block: Option<u32>) {
		let warmup = self.config.replay.warmup_blocks;
		// Prices are live after two blocks of submissions; the book opens over the rest of the
		// warm-up, a slice a block (what does not fit waits for the next block).
		let opening_slots = warmup.saturating_sub(3).max(1) as usize;
		let activity = self.config.activity.clone();
		for index in 0..self.book.len() {
			let decision = book::unit(&mut self.decisions);
			let due = match self.book[index].opens_at {
				None => step >= 2 && (index % opening_slots) as u32 <= step - 2,
				Some(at) => replay_block.is_some_and(|block| block >= at) || step >= warmup + self.episode.factors.len() as u32,
			};
			match self.stages[index] {
				Stage::Waiting | Stage::Deposited if due => self.open(index),
				Stage::Open if replay_block.is_some() =>
					if decision < activity.add_per_block {
						self.add(index);
					} else if decision < activity.add_per_block + activity.close_per_block {
						self.close(index);
					},
				_ => {},
			}
		}
	}

	fn open(&mut self, index: usize) {
		let trader = &self.book[index];
		if self.stages[index] == Stage::Waiting {
			let amount = (trader.collateral * COLLATERAL_UNIT as f64) as u128;
			match chain::send(&trader.pair, RuntimeCall::Margin(pallet_ballast_margin::Call::deposit { amount })) {
				Sent::BlockFull => return,
				Sent::Succeeded => self.stages[index] = Stage::Deposited,
				Sent::Failed | Sent::Invalid => {
					self.stages[index] = Stage::Done;
					self.summary.opens_refused += 1;
					return;
				},
			}
		}
		let Some(price) = self.mark(trader.market) else { return };
		let coins = trader.collateral * trader.leverage / price;
		let size = (coins * BASE_UNIT as f64) as i128;
		match chain::send(&trader.pair, trade(trader.market, if trader.long { size } else { -size })) {
			Sent::BlockFull => {},
			Sent::Succeeded => {
				self.stages[index] = Stage::Open;
				self.summary.positions_opened += 1;
			},
			Sent::Failed | Sent::Invalid => {
				self.stages[index] = Stage::Done;
				self.summary.opens_refused += 1;
			},
		}
	}

	fn add(&mut self, index: usize) {
		let trader = &self.book[index];
		let Some(size) = position(&trader.account, trader.market) else {
			self.stages[index] = Stage::Done;
			return;
		};
		// Refused additions (margin, reduce-only, a halt) are part of the crisis.
		let _ = chain::send(&trader.pair, trade(trader.market, size / 4));
	}

	fn close(&mut self, index: usize) {
		let trader = &self.book[index];
		let Some(size) = position(&trader.account, trader.market) else {
			self.stages[index] = Stage::Done;
			return;
		};
		let limit_price = if size > 0 { Price::zero() } else { Price::saturating_from_integer(u64::MAX) };
		let call = RuntimeCall::Margin(pallet_ballast_margin::Call::close { market: trader.market, limit_price });
		if chain::send(&trader.pair, call) == Sent::Succeeded {
			self.stages[index] = Stage::Done;
		}
	}

	fn mark(&self, market: u32) -> Option<f64> {
		pallet_ballast_oracle::Feeds::<Runtime>::get(market).map(|feed| feed.mark.to_float()).filter(|mark| *mark > 0.0)
	}

	fn count_open_accounts(&mut self) {
		for trader in &self.book {
			let Some(account) = Margin::account_summary(&trader.account) else { continue };
			if account.positions.is_empty() {
				continue;
			}
			self.summary.accounts_open_at_end += 1;
			if account.equity < 0 {
				self.summary.accounts_underwater_at_end += 1;
				self.summary.underwater_at_end += signed_busd(-account.equity);
			}
		}
	}

	fn finish(&mut self) {
		let summary = &mut self.summary;
		let records = &self.records;
		summary.blocks = records.len() as u32;
		summary.accounts_liquidated = self.liquidated.len() as u32;
		summary.liquidated_notional = records.iter().map(|r| r.liquidated_notional).sum();
		summary.bad_debt = records.iter().map(|r| r.bad_debt).sum();
		summary.fund_used = records.iter().map(|r| r.fund_covered).sum();
		summary.vault_absorbed = records.iter().map(|r| r.vault_absorbed).sum();
		summary.deleveraged_positions = records.iter().map(|r| r.deleveraged_positions).sum();
		summary.fund_end = records.last().map_or(summary.fund_start, |r| r.fund_balance);
		summary.fund_max_drawdown = records.iter().map(|r| r.fund_drawdown).fold(0.0, f64::max);
		summary.vault_equity_end = records.last().map_or(summary.vault_equity_start, |r| r.vault_equity);
		summary.blocks_halted = records.iter().filter(|r| r.markets.iter().any(|m| m.state == 2)).count() as u32;
		summary.blocks_reduce_only = records.iter().filter(|r| r.markets.iter().any(|m| m.state == 1) && r.markets.iter().all(|m| m.state < 2)).count() as u32;
		if let Some(worst) = records.iter().max_by(|a, b| a.hook_ms.total_cmp(&b.hook_ms)) {
			(summary.worst_hook_ms, summary.worst_hook_block) = (worst.hook_ms, worst.block);
		}
		summary.peak_maintenance_multiplier = records.iter().flat_map(|r| r.markets.iter().map(|m| m.maintenance_multiplier)).fold(1.0, f64::max);
	}
}


/// An order of `delta` base atoms at any price (a market order: the limit never binds).
fn trade(market: u32, delta: i128) -> RuntimeCall {
	let limit_price = if delta > 0 { Price::saturating_from_integer(u64::MAX) } else { Price::zero() };
	RuntimeCall::Margin(pallet_ballast_margin::Call::trade { market, delta, limit_price })
}

/// The signed size of `who`'s position in `market`, if any.
fn position(who: &AccountId, market: u32) -> Option<i128> {
	pallet_ballast_margin::Accounts::<Runtime>::get(who).and_then(|account| account.position(market)).map(|p| p.size).filter(|size| *size != 0)
}
