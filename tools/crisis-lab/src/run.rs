//! One replay: an event's path through the chain of one [`Variant`], block by block.
//!
//! Each block: its hooks run (oracle aggregation, revaluation and dynamic margins, liquidation,
//! the loss waterfall and deleveraging, breakers), the block is recorded from its hooks' events
//! and the pallets' state, every invariant is checked (a broken one ends the run naming the
//! block), the traders act, and the feeders submit the path's next prices.

use crate::{
	book::{self, Trader},
	chain::{self, Listed, Sent, Variant, GENESIS_MARKETS, START_PRICES},
	config::{Config, FaultKind},
	event::Event,
};
use ballast_fuzz::{invariants, Draw};
use ballast_primitives::{MarketGuard, MarketState, Price, BASE_UNIT, COLLATERAL_UNIT};
use ballast_runtime::{activity, AccountId, CircuitBreaker, InsuranceFund, Margin, Runtime, RuntimeCall, RuntimeEvent, System};
use frame_support::dispatch::DispatchClass;
use serde::Serialize;
use sp_runtime::{traits::Zero, FixedPointNumber};
use std::collections::{BTreeMap, BTreeSet};

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
	/// Notional closed beyond what restored each account to the target health at that price.
	pub over_liquidated: f64,
	/// What the liquidated gained by closing at a mark better for them than the oracle's index
	/// (a smoothed mark lagging a crash): a loss the vault's liquidity providers bear unseen.
	pub off_index_gain: f64,
	/// Liquidation penalties the liquidated paid.
	pub penalties: f64,
	/// Losses beyond the liquidated accounts' collateral (bad debt), and who bore them.
	pub bad_debt: f64,
	pub fund_covered: f64,
	pub vault_absorbed: f64,
	pub deleveraged: f64,
	/// Left uncovered by this block's waterfall, carried to later blocks.
	pub deficit_carried: f64,
	pub deleveraged_positions: u32,
	/// What deleveraging took from the profitable traders it closed (all its closes this block).
	pub deleveraging_taken: f64,
	pub fund_balance: f64,
	pub fund_drawdown: f64,
	/// The fund's target, the book's stressed shortfall from the last finished census (0 before
	/// the first).
	pub fund_target: f64,
	pub vault_equity: f64,
	/// Weight of the block's hooks, in milliseconds of reference time.
	pub hook_ms: f64,
	/// Whether the liquidation engine ran out of its share of the block with accounts still
	/// due, carrying its queue to the next block.
	pub deferred: bool,
}

/// A run's figures (amounts in bUSD), as the reports and `summary.json` show them.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Summary {
	pub blocks: u32,
	pub accounts: u32,
	pub open_interest: f64,
	pub positions_opened: u32,
	pub opens_refused: u32,
	/// Traders who asked more leverage than the venue allowed and opened at its maximum.
	pub leverage_clamped: u32,
	/// Distinct accounts liquidated at least once, and liquidation events.
	pub accounts_liquidated: u32,
	pub liquidations: u32,
	pub liquidated_notional: f64,
	pub over_liquidated_notional: f64,
	pub off_index_gain: f64,
	pub penalties: f64,
	pub bad_debt: f64,
	pub fund_used: f64,
	pub vault_absorbed: f64,
	/// Notional of profitable positions closed by deleveraging, how many, whose, and what it
	/// took from them.
	pub deleveraged_notional: f64,
	pub deleveraged_positions: u32,
	pub deleveraged_accounts: u32,
	pub deleveraging_taken: f64,
	/// The most deleveraging took from one account over the event (how concentrated it was).
	pub deleveraging_most_from_one: f64,
	/// What the deleveraged size would have made from its close to the event's end at the
	/// index (negative: a loss it was spared): the rest of the cost to the traders closed,
	/// beyond what was taken at the close.
	pub deleveraging_forgone: f64,
	/// Losses no ledger covered in their block, and what of them is still uncovered at the end.
	pub deficits_carried: f64,
	pub deficits_left: f64,
	pub fund_start: f64,
	pub fund_end: f64,
	pub fund_max_drawdown: f64,
	pub vault_equity_start: f64,
	pub vault_equity_end: f64,
	/// Blocks with some market halted / reduce-only (none halted), and the same counted per
	/// market (availability).
	pub blocks_halted: u32,
	pub blocks_reduce_only: u32,
	pub market_blocks_halted: u32,
	pub market_blocks_reduce_only: u32,
	/// Capital efficiency in the calm before the crash (see [`Event::calm_blocks`]): the median
	/// leverage an established trader was allowed over markets and blocks, and the average
	/// initial requirement as a multiple of the listed one.
	pub calm_blocks: u32,
	pub calm_leverage_allowed: f64,
	pub calm_initial_multiple: f64,
	/// The fund's target (the book's stressed shortfall) and its balance at the calm's end, to
	/// set beside the bad debt that came.
	pub calm_fund_target: f64,
	pub calm_fund_balance: f64,
	pub worst_hook_ms: f64,
	pub worst_hook_block: u32,
	pub peak_maintenance_multiplier: f64,
	/// Partial liquidations (accounts a block), and of them the accounts bankrupt the very next
	/// block, the one the gap cover `gap_cover` (z) prices: a next move beyond z block
	/// deviations against the account, `Φ(−z)` under a normal model.
	pub partial_liquidations: u32,
	pub bankrupt_after_partial: u32,
	pub gap_cover: f64,
	/// Each market's maintenance multiplier in the calm and in the block before its largest
	/// one-block index move: whether margins had risen before the worst gap.
	pub before_worst_bar: Vec<BeforeWorstBar>,
	/// Accounts still holding a position at the end, and those of them under water (equity
	/// below zero: a loss not yet realised as bad debt, say behind a stale feed), with the sum
	/// of their negative equity.
	pub accounts_open_at_end: u32,
	pub accounts_underwater_at_end: u32,
	pub underwater_at_end: f64,
	/// What people who did not cause the losses bore: the fund, the vault's liquidity
	/// providers (bad debt they absorbed, and the liquidated's gain from closing off the
	/// index), the traders deleveraged, and what is left uncovered or under water.
	pub loss_to_others: f64,
	/// The fund exhausted and the vault past Ballast's bound (10 % of its equity), or a deficit
	/// or negative equity left at the end.
	pub insolvent: bool,
	/// Ballast's forecasts of liquidation within its risk horizon against what happened
	/// (Ballast's runs only; empty for the others).
	pub calibration: Vec<CalibrationBin>,
}

/// One market's maintenance multiplier in the calm (the mean) and just before its largest
/// one-block index move.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct BeforeWorstBar {
	pub symbol: String,
	/// The move, as a fraction of the index before it, and the block it landed in.
	pub worst_move: f64,
	pub block: u32,
	pub calm: f64,
	pub before: f64,
}

/// For each market (in `records`' order, named by `symbols`): its largest one-block index move
/// and the maintenance multiplier in the block before it, beside the calm's mean.
pub fn before_worst_bars(records: &[BlockRecord], calm: std::ops::Range<usize>, symbols: &[String]) -> Vec<BeforeWorstBar> {
	let calm = &records[calm.start.min(records.len())..calm.end.min(records.len())];
	symbols
		.iter()
		.enumerate()
		.map(|(m, symbol)| {
			let index = |r: &BlockRecord| r.markets.get(m).map_or(0.0, |market| market.index);
			let maintenance = |r: &BlockRecord| r.markets.get(m).map_or(1.0, |market| market.maintenance_multiplier);
			let worst = records
				.windows(2)
				.filter(|pair| index(&pair[0]) > 0.0 && index(&pair[1]) > 0.0)
				.map(|pair| ((index(&pair[1]) / index(&pair[0]) - 1.0).abs(), pair))
				.max_by(|a, b| a.0.total_cmp(&b.0));
			let calm_mean = if calm.is_empty() { 1.0 } else { calm.iter().map(maintenance).sum::<f64>() / calm.len() as f64 };
			match worst {
				Some((size, pair)) => BeforeWorstBar {
					symbol: symbol.clone(),
					worst_move: size,
					block: pair[1].block,
					calm: calm_mean,
					before: maintenance(&pair[0]),
				},
				None => BeforeWorstBar { symbol: symbol.clone(), calm: calm_mean, before: calm_mean, ..Default::default() },
			}
		})
		.collect()
}

/// The liquidation engine's forecasts that fell in one range of probability: how many, their
/// mean, and how often the account was liquidated within the horizon.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct CalibrationBin {
	pub from: f64,
	pub to: f64,
	pub forecasts: u32,
	pub predicted: f64,
	pub realised: f64,
}

/// The ranges forecasts are binned in: fine near zero, where most fall.
pub const CALIBRATION_EDGES: [f64; 9] = [0.0, 0.01, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0 + 1e-9];

/// Blocks between two rounds of forecasts (every account holding a position is asked).
const FORECAST_EVERY: usize = 25;

/// Bins `forecasts` (probability, whether liquidated within the horizon).
pub fn calibrate(forecasts: impl IntoIterator<Item = (f64, bool)>) -> Vec<CalibrationBin> {
	let mut bins: Vec<CalibrationBin> =
		CALIBRATION_EDGES.windows(2).map(|edge| CalibrationBin { from: edge[0], to: edge[1].min(1.0), ..Default::default() }).collect();
	for (probability, liquidated) in forecasts {
		let Some(bin) = bins.iter_mut().find(|bin| probability >= bin.from && (probability < bin.to || bin.to >= 1.0)) else { continue };
		bin.forecasts += 1;
		bin.predicted += probability;
		bin.realised += f64::from(u8::from(liquidated));
	}
	for bin in &mut bins {
		if bin.forecasts > 0 {
			bin.predicted /= f64::from(bin.forecasts);
			bin.realised /= f64::from(bin.forecasts);
		}
	}
	bins
}

/// Bins merged (each weighted by its forecasts): the calibration over several runs.
pub fn merge_calibration<'a>(runs: impl IntoIterator<Item = &'a [CalibrationBin]>) -> Vec<CalibrationBin> {
	let mut merged: Vec<CalibrationBin> = Vec::new();
	for bins in runs {
		for bin in bins {
			match merged.iter_mut().find(|m| m.from == bin.from) {
				Some(m) => {
					let total = f64::from(m.forecasts + bin.forecasts).max(1.0);
					m.predicted = (m.predicted * f64::from(m.forecasts) + bin.predicted * f64::from(bin.forecasts)) / total;
					m.realised = (m.realised * f64::from(m.forecasts) + bin.realised * f64::from(bin.forecasts)) / total;
					m.forecasts += bin.forecasts;
				},
				None => merged.push(bin.clone()),
			}
		}
	}
	merged
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

/// The book `config` draws for `event`, and the vault and fund it is given.
pub fn book_for(event: &Event, config: &Config) -> (Vec<Trader>, f64, f64) {
	let kinds: Vec<_> = event.markets.iter().map(|m| m.kind).collect();
	let book = book::draw(&config.book, &kinds, event.blocks() as u32);
	let (vault, fund) = config.venue.pools(book::open_interest(&book));
	(book, vault, fund)
}

/// Replays `event` on `variant` with `config`'s book. `observe` is called inside the chain
/// after every block's hooks with the block's record (the tests check it against the events);
/// `progress` after every block.
pub fn run(event: &Event, config: &Config, variant: Variant, mut observe: impl FnMut(&BlockRecord), progress: impl Fn(u64)) -> Result<Run, Failure> {
	let fail = |block: u32, what: String| Failure { variant: variant.name(), block, what };
	let (book, vault, fund) = book_for(event, config);
	let mut ext = chain::genesis(&book, vault, fund).map_err(|what| fail(0, what))?;
	let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> Result<Run, (u32, String)> {
		let mut replay = ext.execute_with(|| Replay::new(event, config, variant, book))?;
		let genesis_supply = ext.execute_with(|| replay.start());
		for step in 0..replay.steps() {
			ext.execute_with(|| replay.step(step, genesis_supply, &mut observe))?;
			progress(1);
			if step % COMPACT_EVERY == COMPACT_EVERY - 1 {
				ext = chain::compact(std::mem::take(&mut ext));
			}
		}
		ext.execute_with(|| replay.finish())
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

/// Blocks between two compactions of the state: a removed key stays in the overlay as a
/// tombstone, which every later iteration over its prefix steps over (the liquidation index
/// re-files accounts every block), so the state is rebuilt without them.
const COMPACT_EVERY: usize = 100;

/// A trader's place in the replay.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
	Waiting,
	Deposited,
	Open,
	Done,
}

struct Replay<'a> {
	event: &'a Event,
	config: &'a Config,
	variant: Variant,
	listed: Vec<Listed>,
	book: Vec<Trader>,
	/// Each trader's side (true: long).
	sides: BTreeMap<AccountId, bool>,
	stages: Vec<Stage>,
	clamped: Vec<bool>,
	feeders: Vec<sp_core::sr25519::Pair>,
	/// Each feeder's frozen prices, while a `frozen` fault holds.
	frozen: Vec<Option<Vec<(u32, f64)>>>,
	decisions: Draw,
	summary: Summary,
	records: Vec<BlockRecord>,
	liquidated: BTreeSet<AccountId>,
	deleveraged: BTreeSet<AccountId>,
	/// Each deleveraging close: who, the market, the size closed (signed as the position) and
	/// its price in dollars, and what it recovered.
	deleveraging_closes: Vec<(AccountId, u32, f64, f64, u128)>,
	/// The blocks each account was liquidated in.
	liquidated_in: BTreeMap<AccountId, Vec<u32>>,
	/// The engine's forecasts: block, trader, probability of liquidation within the horizon.
	forecasts: Vec<(u32, usize, f64)>,
	/// The block each account was last liquidated partially in (until it is seen bankrupt).
	partially_in: BTreeMap<AccountId, u32>,
	/// `BALLAST_LAB_TRACE` set: every liquidation and bad debt printed as it happens.
	trace: bool,
}

type Step = Result<(), (u32, String)>;

/// One line on stderr for each liquidation and each bad debt of `events` (`BALLAST_LAB_TRACE`).
fn trace_liquidations(block: u32, events: &[RuntimeEvent]) {
	use pallet_ballast_liquidation::Event as Liquidation;
	for event in events {
		match event {
			RuntimeEvent::Liquidation(Liquidation::Liquidated { who, market, closed, price, health_after, .. }) => {
				eprintln!("T {block} liq {who} m{market} closed {closed} at {:.2} after {:?}", price.to_float(), health_after.map(|h| h.to_float()))
			},
			RuntimeEvent::Liquidation(Liquidation::ShortfallCovered { who, shortfall, .. }) => eprintln!("T {block} bad {who} {}", busd(*shortfall)),
			_ => {},
		}
	}
}

impl<'a> Replay<'a> {
	/// The chain's first block: the event's markets listed and the variant's rules set.
	fn new(event: &'a Event, config: &'a Config, variant: Variant, book: Vec<Trader>) -> Result<Self, (u32, String)> {
		chain::start_block();
		let open_interest = book::open_interest(&book);
		let listed = chain::list_markets(event, &config.tiers, open_interest).map_err(|e| (1, e))?;
		let mut all: Vec<_> = listed.iter().map(|l| l.id).collect();
		let unlisted: Vec<u32> = GENESIS_MARKETS.iter().copied().filter(|id| !all.contains(id)).collect();
		all.extend(unlisted);
		chain::configure(variant, &config.governance, &all).map_err(|e| (1, e))?;
		let stages = vec![Stage::Waiting; book.len()];
		Ok(Self {
			event,
			config,
			variant,
			listed,
			clamped: vec![false; book.len()],
			stages,
			feeders: chain::feeders(),
			frozen: vec![None; chain::FEEDER_NAMES.len()],
			decisions: Draw::new(config.book.seed ^ 0x5eed_0f_7ade),
			summary: Summary { accounts: book.len() as u32, open_interest, ..Summary::default() },
			sides: book.iter().map(|t| (t.account.clone(), t.long)).collect(),
			book,
			records: Vec::new(),
			liquidated: Default::default(),
			deleveraged: Default::default(),
			deleveraging_closes: Vec::new(),
			liquidated_in: Default::default(),
			forecasts: Vec::new(),
			partially_in: Default::default(),
			trace: std::env::var_os("BALLAST_LAB_TRACE").is_some(),
		})
	}

	/// The figures before the first block of the replay; the bUSD supply at genesis.
	fn start(&mut self) -> u128 {
		self.summary.fund_start = busd(InsuranceFund::balance());
		self.summary.vault_equity_start = signed_busd(Margin::vault_summary().equity);
		invariants::supply()
	}

	/// Blocks in the run: warm-up, path and tail.
	fn steps(&self) -> usize {
		self.config.replay.warmup_blocks as usize + self.event.blocks() + self.config.replay.tail_blocks as usize
	}

	/// One block: the feeders' prices, the hooks, the record, the invariants, the traders.
	fn step(&mut self, step: usize, genesis_supply: u128, observe: &mut impl FnMut(&BlockRecord)) -> Step {
		let (warmup, replay) = (self.config.replay.warmup_blocks as usize, self.event.blocks());
		// The warm-up holds the first block's prices, the tail the last's.
		let path_block = step.saturating_sub(warmup).min(replay.saturating_sub(1));
		let replay_block = step.checked_sub(warmup).filter(|i| *i < replay);
		let bar = replay_block.map(|i| self.event.block_bars[i]);
		self.feed(path_block, bar);
		chain::start_block();
		let record = self.record(bar);
		observe(&record);
		let deferred = record.deferred;
		self.records.push(record);
		self.check(genesis_supply, deferred)?;
		if self.variant == Variant::Ballast && replay_block.is_some() && step % FORECAST_EVERY == 0 {
			self.forecast();
		}
		self.trade(step as u32, replay_block.map(|i| i as u32));
		Ok(())
	}

	/// The engine's chance of liquidation within its horizon for every account holding a
	/// position (`LiquidationApi::account_risk`, as a node answers it).
	fn forecast(&mut self) {
		let block = System::block_number();
		for (index, trader) in self.book.iter().enumerate() {
			if pallet_ballast_margin::Accounts::<Runtime>::get(&trader.account).is_none_or(|account| account.positions.is_empty()) {
				continue;
			}
			if let Some(risk) = ballast_runtime::Liquidation::account_risk(&trader.account) {
				self.forecasts.push((block, index, f64::from(risk.probability.deconstruct()) / 1e9));
			}
		}
	}

	/// The forecasts whose horizon ended inside the run, each with whether its account was
	/// liquidated within it; a trader who closed by itself first counts as not liquidated.
	fn calibration(&self) -> Vec<CalibrationBin> {
		let horizon = pallet_ballast_liquidation::Params::<Runtime>::get().risk_horizon;
		let last = System::block_number();
		let outcomes = self.forecasts.iter().filter(|(block, _, _)| block + horizon <= last).map(|(block, index, probability)| {
			let blocks = self.liquidated_in.get(&self.book[*index].account);
			let liquidated = blocks.is_some_and(|blocks| blocks.iter().any(|b| *b > *block && *b <= block + horizon));
			(*probability, liquidated)
		});
		calibrate(outcomes)
	}

	/// The runtime's own judgement of its ledgers (`SolvencyApi`, as a node answers it), and
	/// the run's figures.
	fn finish(mut self) -> Result<Run, (u32, String)> {
		let solvency = ballast_runtime::solvency::solvency();
		if !solvency.conserved {
			return Err((System::block_number(), format!("the runtime judges its ledgers not conserved: {solvency:?}")));
		}
		self.count_open_accounts();
		self.tally();
		Ok(Run { variant: self.variant.name(), summary: self.summary, records: self.records })
	}

	/// Every feeder sends each market's price from its own source, unless a fault says
	/// otherwise; genesis markets the event does not list are fed flat.
	fn feed(&mut self, path_block: usize, bar: Option<usize>) {
		let unlisted = GENESIS_MARKETS.iter().zip(START_PRICES).filter(|(id, _)| !self.listed.iter().any(|l| l.id == **id));
		let unlisted: Vec<(u32, f64)> = unlisted.map(|(id, price)| (*id, price)).collect();
		for (index, feeder) in self.feeders.iter().enumerate() {
			let mut honest: Vec<(u32, f64)> = self.listed.iter().zip(&self.event.markets).map(|(l, m)| (l.id, m.price(index, path_block))).collect();
			honest.extend(unlisted.iter().copied());
			let fault = bar.and_then(|bar| {
				self.config.faults.iter().find(|f| f.feeder as usize == index && (f.from_bar as usize..(f.from_bar + f.bars) as usize).contains(&bar))
			});
			let prices = match fault.map(|f| (f.kind, f.factor)) {
				None => {
					self.frozen[index] = None;
					honest
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
			self.liquidated_in.entry(liquidation.who.clone()).or_default().push(System::block_number());
		}
		self.summary.liquidations += liquidations.len() as u32;
		self.follow_partials(&events);
		let mut deleveraging_taken = 0u128;
		for event in &events {
			if let RuntimeEvent::InsuranceFund(pallet_ballast_insurance_fund::Event::Deleveraged { who, market, closed, price, recovered }) = event {
				self.summary.deleveraged_notional += busd(ballast_primitives::notional(*closed, *price));
				deleveraging_taken += recovered;
				self.deleveraged.insert(who.clone());
				let sign = if self.sides.get(who).copied().unwrap_or(true) { 1.0 } else { -1.0 };
				let coins = sign * closed.unsigned_abs() as f64 / ballast_primitives::BASE_UNIT as f64;
				self.deleveraging_closes.push((who.clone(), *market, coins, price.to_float(), *recovered));
			}
		}
		let fund = InsuranceFund::fund_state();
		let markets: Vec<MarketRecord> = self.listed.iter().map(|listed| market_record(listed.id)).collect();
		let off_index_gain = self.off_index_gain(&events, &markets);
		BlockRecord {
			block: System::block_number(),
			bar,
			markets,
			liquidated: activity.liquidated_partially + activity.liquidated_wholly,
			liquidated_notional: busd(activity.notional_closed),
			over_liquidated: over_liquidated(&events),
			off_index_gain,
			penalties: busd(activity.penalties),
			bad_debt: busd(activity.shortfall),
			fund_covered: busd(activity.fund_covered),
			vault_absorbed: busd(activity.vault_absorbed),
			deleveraged: busd(activity.deleveraged),
			deficit_carried: busd(activity.deficit_carried),
			deleveraged_positions: activity.deleveraged_positions,
			deleveraging_taken: busd(deleveraging_taken),
			fund_balance: busd(fund.balance),
			fund_drawdown: f64::from(fund.drawdown.deconstruct()) / 1e9,
			fund_target: fund.target.map_or(0.0, busd),
			vault_equity: signed_busd(Margin::vault_summary().equity),
			hook_ms: System::block_weight().get(DispatchClass::Mandatory).ref_time() as f64 / 1e9,
			deferred: activity.deferred,
		}
	}

	/// Counts this block's partial liquidations (an account once, whatever markets were closed)
	/// and the accounts partially liquidated the block before that went bankrupt in this one:
	/// what the gap cover promises to keep rare.
	fn follow_partials(&mut self, events: &[RuntimeEvent]) {
		use pallet_ballast_liquidation::Event as Liquidation;
		let block = System::block_number();
		if self.trace {
			trace_liquidations(block, events);
		}
		for event in events {
			match event {
				RuntimeEvent::Liquidation(Liquidation::Liquidated { who, health_after: Some(_), .. }) => {
					if self.partially_in.insert(who.clone(), block) != Some(block) {
						self.summary.partial_liquidations += 1;
					}
				},
				RuntimeEvent::Liquidation(Liquidation::ShortfallCovered { who, .. }) => {
					if self.partially_in.get(who).is_some_and(|at| block.saturating_sub(*at) == 1) {
						self.summary.bankrupt_after_partial += 1;
						self.partially_in.remove(who);
					}
				},
				_ => {},
			}
		}
	}

	/// Of this block's liquidations, what the liquidated gained by closing at a mark better for
	/// them than the index: a long sold above it, a short bought back below it.
	fn off_index_gain(&self, events: &[RuntimeEvent], markets: &[MarketRecord]) -> f64 {
		events
			.iter()
			.filter_map(|event| match event {
				RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::Liquidated { who, market, closed, price, .. }) => {
					let index = self.listed.iter().position(|l| l.id == *market).map(|i| markets[i].index).filter(|i| *i > 0.0)?;
					let long = *self.sides.get(who)?;
					let value = busd(ballast_primitives::notional(*closed, *price));
					let relative = 1.0 - index / price.to_float();
					Some((value * if long { relative } else { -relative }).max(0.0))
				},
				_ => None,
			})
			.sum()
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
		let (add, close) = self.config.activity.per_block(self.event.block_seconds());
		for index in 0..self.book.len() {
			let decision = book::unit(&mut self.decisions);
			let due = match self.book[index].opens_at {
				None => step >= 2 && (index % opening_slots) as u32 <= step - 2,
				Some(at) => replay_block.is_some_and(|block| block >= at) || step >= warmup + self.event.blocks() as u32,
			};
			match self.stages[index] {
				Stage::Waiting | Stage::Deposited if due => self.open(index),
				Stage::Open if replay_block.is_some() =>
					if decision < add {
						self.add(index);
					} else if decision < add + close {
						self.close(index);
					},
				_ => {},
			}
		}
	}

	fn open(&mut self, index: usize) {
		let trader = &self.book[index];
		let market = self.listed[trader.market].id;
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
		let Some(price) = mark(market) else { return };
		let allowed = allowed_leverage(market, trader.notional(), trader.established);
		let leverage = if trader.leverage > allowed {
			self.clamped[index] = true;
			allowed
		} else {
			trader.leverage
		};
		let size = (trader.collateral * leverage / price * BASE_UNIT as f64) as i128;
		match chain::send(&trader.pair, trade(market, if trader.long { size } else { -size })) {
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
		let market = self.listed[trader.market].id;
		let Some(size) = position(&trader.account, market) else {
			self.stages[index] = Stage::Done;
			return;
		};
		// Refused additions (margin, reduce-only, a halt) are part of the crisis.
		let _ = chain::send(&trader.pair, trade(market, size / 4));
	}

	fn close(&mut self, index: usize) {
		let trader = &self.book[index];
		let market = self.listed[trader.market].id;
		let Some(size) = position(&trader.account, market) else {
			self.stages[index] = Stage::Done;
			return;
		};
		let limit_price = if size > 0 { Price::zero() } else { Price::saturating_from_integer(u64::MAX) };
		let call = RuntimeCall::Margin(pallet_ballast_margin::Call::close { market, limit_price });
		if chain::send(&trader.pair, call) == Sent::Succeeded {
			self.stages[index] = Stage::Done;
		}
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

	fn tally(&mut self) {
		let summary = &mut self.summary;
		let records = &self.records;
		let sum = |f: fn(&BlockRecord) -> f64| records.iter().map(f).sum::<f64>();
		summary.blocks = records.len() as u32;
		summary.leverage_clamped = self.clamped.iter().filter(|c| **c).count() as u32;
		summary.accounts_liquidated = self.liquidated.len() as u32;
		summary.deleveraged_accounts = self.deleveraged.len() as u32;
		(summary.deleveraging_most_from_one, summary.deleveraging_forgone) = deleveraging_cost(&self.deleveraging_closes, &self.listed, records);
		summary.liquidated_notional = sum(|r| r.liquidated_notional);
		summary.over_liquidated_notional = sum(|r| r.over_liquidated);
		summary.off_index_gain = sum(|r| r.off_index_gain);
		summary.penalties = sum(|r| r.penalties);
		summary.bad_debt = sum(|r| r.bad_debt);
		summary.fund_used = sum(|r| r.fund_covered);
		summary.vault_absorbed = sum(|r| r.vault_absorbed);
		summary.deleveraging_taken = sum(|r| r.deleveraging_taken);
		summary.deficits_carried = sum(|r| r.deficit_carried);
		summary.deficits_left = busd(pallet_ballast_insurance_fund::Deficits::<Runtime>::iter_values().map(|d| d.remaining).sum());
		summary.deleveraged_positions = records.iter().map(|r| r.deleveraged_positions).sum();
		summary.fund_end = records.last().map_or(summary.fund_start, |r| r.fund_balance);
		summary.fund_max_drawdown = records.iter().map(|r| r.fund_drawdown).fold(0.0, f64::max);
		summary.vault_equity_end = records.last().map_or(summary.vault_equity_start, |r| r.vault_equity);
		summary.blocks_halted = records.iter().filter(|r| r.markets.iter().any(|m| m.state == 2)).count() as u32;
		summary.blocks_reduce_only = records.iter().filter(|r| r.markets.iter().any(|m| m.state == 1) && r.markets.iter().all(|m| m.state < 2)).count() as u32;
		summary.market_blocks_halted = records.iter().map(|r| r.markets.iter().filter(|m| m.state == 2).count() as u32).sum();
		summary.market_blocks_reduce_only = records.iter().map(|r| r.markets.iter().filter(|m| m.state == 1).count() as u32).sum();
		if let Some(worst) = records.iter().max_by(|a, b| a.hook_ms.total_cmp(&b.hook_ms)) {
			(summary.worst_hook_ms, summary.worst_hook_block) = (worst.hook_ms, worst.block);
		}
		summary.gap_cover = pallet_ballast_liquidation::Params::<Runtime>::get().gap_cover.to_float();
		summary.peak_maintenance_multiplier = records.iter().flat_map(|r| r.markets.iter().map(|m| m.maintenance_multiplier)).fold(1.0, f64::max);
		self.capital_efficiency();
		self.summary.calibration = self.calibration();
		let summary = &mut self.summary;
		summary.loss_to_others =
			summary.fund_used + summary.vault_absorbed + summary.off_index_gain + summary.deleveraging_taken + summary.deficits_left + summary.underwater_at_end;
		let fund_exhausted = summary.fund_end < 0.01 * summary.fund_start;
		let vault_past_bound = summary.vault_absorbed > 0.1 * summary.vault_equity_start;
		summary.insolvent = (fund_exhausted && vault_past_bound) || summary.deficits_left > 0.01 || summary.underwater_at_end > 0.01;
	}

	/// Leverage allowed and initial requirements in the calm: the warm-up's last block (the book
	/// open, prices live) through the replay's blocks before the crash.
	fn capital_efficiency(&mut self) {
		let warmup = self.config.replay.warmup_blocks as usize;
		let calm_range = warmup.saturating_sub(1)..(warmup + self.event.calm_blocks()).min(self.records.len());
		let symbols: Vec<String> = self.listed.iter().map(|listed| listed.symbol.clone()).collect();
		self.summary.before_worst_bar = before_worst_bars(&self.records, calm_range.clone(), &symbols);
		let calm = &self.records[calm_range];
		if let Some(last) = calm.last() {
			(self.summary.calm_fund_target, self.summary.calm_fund_balance) = (last.fund_target, last.fund_balance);
		}
		let listed_initial: Vec<f64> = self
			.listed
			.iter()
			.map(|listed| pallet_ballast_margin::Markets::<Runtime>::get(listed.id).map_or(1.0, |m| m.params.initial_margin.to_float()))
			.collect();
		let mut allowed = Vec::new();
		let mut multiples = Vec::new();
		for record in calm {
			for (market, initial) in record.markets.iter().zip(&listed_initial) {
				allowed.push((1.0 / (initial * market.initial_multiplier)).min(ESTABLISHED_LEVERAGE));
				multiples.push(market.initial_multiplier);
			}
		}
		allowed.sort_by(f64::total_cmp);
		self.summary.calm_blocks = calm.len() as u32;
		self.summary.calm_leverage_allowed = allowed.get(allowed.len() / 2).copied().unwrap_or(0.0);
		self.summary.calm_initial_multiple = if multiples.is_empty() { 1.0 } else { multiples.iter().sum::<f64>() / multiples.len() as f64 };
	}
}

/// The most leverage an established trader's tier allows, and a newcomer's.
const ESTABLISHED_LEVERAGE: f64 = 20.0;
const NEWCOMER_LEVERAGE: f64 = 10.0;

fn market_record(market: u32) -> MarketRecord {
	let feed = pallet_ballast_oracle::Feeds::<Runtime>::get(market);
	let scale = pallet_ballast_margin::Markets::<Runtime>::get(market).map(|m| m.scale);
	MarketRecord {
		index: feed.as_ref().map_or(0.0, |f| f.index.to_float()),
		mark: feed.as_ref().map_or(0.0, |f| f.mark.to_float()),
		initial_multiplier: scale.map_or(1.0, |s| s.initial.to_float()),
		maintenance_multiplier: scale.map_or(1.0, |s| s.maintenance.to_float()),
		state: match CircuitBreaker::market_state(market) {
			MarketState::Open => 0,
			MarketState::ReduceOnly => 1,
			MarketState::Halted => 2,
		},
	}
}

/// The margin fractions (initial, maintenance) of a position of `notional` bUSD in `market`,
/// its size tier's, times the dynamic multipliers.
fn fractions(market: u32, notional: f64) -> (f64, f64) {
	let Some(listed) = pallet_ballast_margin::Markets::<Runtime>::get(market) else { return (1.0, 1.0) };
	let params = &listed.params;
	let (mut initial, mut maintenance) = (params.initial_margin.to_float(), params.maintenance_margin.to_float());
	for tier in params.size_tiers.iter().filter(|tier| busd(tier.min_notional) <= notional) {
		(initial, maintenance) = (tier.initial_margin.to_float(), tier.maintenance_margin.to_float());
	}
	(initial * listed.scale.initial.to_float(), maintenance * listed.scale.maintenance.to_float())
}

/// The most leverage a trader may open `notional` at in `market` now, with a margin of safety
/// for the fee and the price impact the trade pays.
pub(crate) fn allowed_leverage(market: u32, notional: f64, established: bool) -> f64 {
	let tier = if established { ESTABLISHED_LEVERAGE } else { NEWCOMER_LEVERAGE };
	(1.0 / fractions(market, notional).0).min(tier) * 0.9
}

/// Notional the block's liquidations closed beyond what brought each account back to the
/// engine's target health at the price it closed at: for an account that kept equity `E`
/// (penalty included) on notional `N` at maintenance fraction `m`, penalty rate `p` and target
/// `t`, keeping `N′ = (E − pN) / (tm − p)` would have sufficed. Bankrupt accounts (a shortfall)
/// needed closing whole.
fn over_liquidated(events: &[RuntimeEvent]) -> f64 {
	use pallet_ballast_liquidation::Event as Liquidation;
	let target = pallet_ballast_liquidation::Params::<Runtime>::get().target_health.to_float();
	// Per account: notional closed, penalty paid, market.
	let mut closed: BTreeMap<AccountId, (f64, f64, u32)> = BTreeMap::new();
	let mut bankrupt = BTreeSet::new();
	for event in events {
		match event {
			RuntimeEvent::Liquidation(Liquidation::Liquidated { who, market, closed: size, price, penalty, .. }) => {
				let entry = closed.entry(who.clone()).or_insert((0.0, 0.0, *market));
				entry.0 += busd(ballast_primitives::notional(*size, *price));
				entry.1 += busd(*penalty);
			},
			RuntimeEvent::Liquidation(Liquidation::ShortfallCovered { who, .. }) => {
				bankrupt.insert(who.clone());
			},
			_ => {},
		}
	}
	closed
		.into_iter()
		.filter(|(who, _)| !bankrupt.contains(who))
		.map(|(who, (closed, penalty, market))| {
			let Some(after) = Margin::account_summary(&who) else { return 0.0 };
			let left: f64 = after.positions.iter().map(|p| busd(ballast_primitives::notional(p.size.abs(), p.mark_price))).sum();
			let (equity, notional) = (signed_busd(after.equity) + penalty, left + closed);
			let rate = if closed > 0.0 { penalty / closed } else { 0.0 };
			let maintenance = fractions(market, notional).1;
			let keep = ((equity - rate * notional) / (target * maintenance - rate)).clamp(0.0, notional);
			let needed = if target * maintenance > rate { notional - keep } else { notional };
			(closed - needed).max(0.0)
		})
		.sum()
}

/// An order of `delta` base atoms at any price (a market order: the limit never binds).
fn trade(market: u32, delta: i128) -> RuntimeCall {
	let limit_price = if delta > 0 { Price::saturating_from_integer(u64::MAX) } else { Price::zero() };
	RuntimeCall::Margin(pallet_ballast_margin::Call::trade { market, delta, limit_price })
}

fn mark(market: u32) -> Option<f64> {
	pallet_ballast_oracle::Feeds::<Runtime>::get(market).map(|feed| feed.mark.to_float()).filter(|mark| *mark > 0.0)
}

/// The signed size of `who`'s position in `market`, if any.
fn position(who: &AccountId, market: u32) -> Option<i128> {
	pallet_ballast_margin::Accounts::<Runtime>::get(who).and_then(|account| account.position(market)).map(|p| p.size).filter(|size| *size != 0)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn block(block: u32, index: f64, maintenance: f64) -> BlockRecord {
		BlockRecord { block, markets: vec![MarketRecord { index, mark: index, maintenance_multiplier: maintenance, ..Default::default() }], ..Default::default() }
	}

	#[test]
	fn the_multiplier_before_the_largest_one_block_move_is_read_beside_the_calm() {
		// Unpriced, calm at 1, a 5 % fall that raises margins, then the 20 % gap.
		let records = vec![block(0, 0.0, 1.0), block(1, 100.0, 1.0), block(2, 100.0, 1.0), block(3, 95.0, 1.2), block(4, 76.0, 2.0), block(5, 80.0, 2.5)];
		let bars = before_worst_bars(&records, 1..3, &["ETH-USD".to_string()]);
		assert_eq!(bars.len(), 1);
		let eth = &bars[0];
		assert_eq!((eth.symbol.as_str(), eth.block, eth.calm, eth.before), ("ETH-USD", 4, 1.0, 1.2));
		assert!((eth.worst_move - 0.2).abs() < 1e-12);
	}
}

/// The most deleveraging took from one account, and what the closed sizes would have made from
/// their closes to the end at each market's last index.
fn deleveraging_cost(closes: &[(AccountId, u32, f64, f64, u128)], listed: &[chain::Listed], records: &[BlockRecord]) -> (f64, f64) {
	let mut taken: BTreeMap<&AccountId, u128> = BTreeMap::new();
	let mut forgone = 0.0;
	let last = records.last();
	for (who, market, coins, price, recovered) in closes {
		*taken.entry(who).or_default() += recovered;
		let end = listed
			.iter()
			.position(|l| l.id == *market)
			.and_then(|at| last.and_then(|r| r.markets.get(at)))
			.map_or(*price, |m| m.index);
		forgone += coins * (end - price);
	}
	(taken.values().max().map_or(0.0, |most| busd(*most)), forgone)
}
