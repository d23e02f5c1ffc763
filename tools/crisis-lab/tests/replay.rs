//! A short multi-market replay through the real runtime: the report's figures against the
//! runtime's own events, Ballast against the unmanaged venue on a path that gaps, peers' rules
//! as the chain holds them, and the command line end to end.

use ballast_crisis_lab::{
	chain::{self, Variant},
	config::Config,
	event::{self, Event},
	run::{self, BlockRecord, Run},
};
use ballast_runtime::{Runtime, RuntimeEvent, System};
use std::{collections::BTreeSet, path::PathBuf};

fn shared_prices() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/prices")
}

const COLLATERAL_UNIT: f64 = ballast_primitives::COLLATERAL_UNIT as f64;

/// What the events of every block say, tallied here without the lab's own reading.
#[derive(Default)]
struct Tally {
	liquidations: u32,
	accounts: BTreeSet<ballast_runtime::AccountId>,
	bad_debt_atoms: u128,
	fund_atoms: u128,
	penalty_atoms: u128,
	deleveraged_positions: u32,
	deleveraging_taken_atoms: u128,
	blocks: u32,
}

impl Tally {
	/// Called inside the chain right after a block's hooks: this block's events against its record.
	fn block(&mut self, record: &BlockRecord) {
		let mut liquidated = BTreeSet::new();
		let mut bad_debt = 0u128;
		for event in System::events().into_iter().map(|e| e.event) {
			match event {
				RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::Liquidated { who, penalty, .. }) => {
					self.liquidations += 1;
					self.penalty_atoms += penalty;
					liquidated.insert(who.clone());
					self.accounts.insert(who);
				},
				RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::ShortfallCovered { shortfall, coverage, .. }) => {
					bad_debt += shortfall;
					self.fund_atoms += coverage.by_fund;
				},
				RuntimeEvent::InsuranceFund(pallet_ballast_insurance_fund::Event::Deleveraged { recovered, .. }) => {
					self.deleveraged_positions += 1;
					self.deleveraging_taken_atoms += recovered;
				},
				_ => {},
			}
		}
		self.bad_debt_atoms += bad_debt;
		self.blocks += 1;
		assert_eq!(record.block, System::block_number());
		assert_eq!(record.liquidated as usize, liquidated.len(), "accounts liquidated in block {}", record.block);
		assert_eq!(record.bad_debt, bad_debt as f64 / COLLATERAL_UNIT, "bad debt in block {}", record.block);
		assert!(record.over_liquidated >= 0.0 && record.over_liquidated <= record.liquidated_notional + 1e-6, "block {}", record.block);
	}

	fn matches(&self, run: &Run) {
		let summary = &run.summary;
		let close = |a: f64, atoms: u128| (a - atoms as f64 / COLLATERAL_UNIT).abs() < 0.01;
		assert_eq!(summary.blocks, self.blocks);
		assert_eq!(summary.liquidations, self.liquidations, "{}", run.variant);
		assert_eq!(summary.accounts_liquidated as usize, self.accounts.len(), "{}", run.variant);
		assert!(close(summary.bad_debt, self.bad_debt_atoms), "{}: {} vs {}", run.variant, summary.bad_debt, self.bad_debt_atoms);
		assert!(close(summary.fund_used, self.fund_atoms), "{}", run.variant);
		assert!(close(summary.penalties, self.penalty_atoms), "{}", run.variant);
		assert!(close(summary.deleveraging_taken, self.deleveraging_taken_atoms), "{}", run.variant);
		assert_eq!(summary.deleveraged_positions, self.deleveraged_positions, "{}", run.variant);
		let others = summary.fund_used
			+ summary.vault_absorbed
			+ summary.off_index_gain
			+ summary.deleveraging_taken
			+ summary.deficits_left
			+ summary.underwater_at_end;
		assert!((summary.loss_to_others - others).abs() < 0.01, "{}", run.variant);
	}
}

fn replay(event: &Event, config: &Config, variant: Variant) -> Run {
	let mut tally = Tally::default();
	let run = run::run(event, config, variant, |record| tally.block(record), |_| {}).unwrap_or_else(|failure| panic!("{failure}"));
	tally.matches(&run);
	run
}

/// A small book (300 accounts) so the liquidation engine never runs out of its share of the
/// block: this compares the crisis management, not the engine's throughput.
fn small_book(first_bar: u32, max_bars: u32) -> Config {
	let mut config = Config::default();
	config.book.accounts = 300;
	config.replay.first_bar = first_bar;
	config.replay.max_bars = max_bars;
	config.replay.tail_blocks = 20;
	config
}

#[test]
fn a_short_two_market_replay_reports_what_the_runtime_did_and_ballast_leaves_less_bad_debt() {
	let data = shared_prices();
	if !data.join("eth-binance-20200312-1h.csv").exists() {
		// A fresh clone without ../shared: the synthetic crash on both markets.
		println!("../shared/data/prices is not beside the clone: replaying the synthetic crash");
		let config = small_book(150, 100);
		let event = event::synthetic(2, &config.replay).expect("the synthetic event");
		let (ballast, unmanaged) = (replay(&event, &config, Variant::Ballast), replay(&event, &config, Variant::Unmanaged));
		assert!(ballast.summary.accounts_liquidated > 0 && unmanaged.summary.accounts_liquidated > 0);
		println!("synthetic gap: bad debt Ballast {:.0}, unmanaged {:.0} bUSD", ballast.summary.bad_debt, unmanaged.summary.bad_debt);
		return;
	}
	// Black Thursday from 2020-03-11 20:00 UTC, BTC and ETH each its own market: forty hourly
	// bars, four blocks each, through the 12 March gaps.
	let config = small_book(44, 40);
	let spec = event::catalogue().into_iter().find(|e| e.name == "2020-03-12").expect("Black Thursday in the catalogue");
	let event = event::load(&spec, &data, &config.replay).expect("the Black Thursday files");
	assert_eq!((event.blocks(), event.markets.len()), (160, 2));
	let (ballast, unmanaged) = std::thread::scope(|scope| {
		let ballast = scope.spawn(|| replay(&event, &config, Variant::Ballast));
		(ballast.join().expect("the Ballast run"), replay(&event, &config, Variant::Unmanaged))
	});
	let (a, b) = (&ballast.summary, &unmanaged.summary);
	println!("Black Thursday, BTC and ETH, 300 accounts: Ballast {a:?}\nunmanaged {b:?}");
	// Each market follows its own file: BTC and ETH fall by different amounts.
	let last = &ballast.records[ballast.records.len() - 1].markets;
	let first = &ballast.records[config.replay.warmup_blocks as usize].markets;
	let (btc, eth) = (last[0].index / first[0].index, last[1].index / first[1].index);
	assert!((btc - eth).abs() > 0.01, "BTC ×{btc:.3}, ETH ×{eth:.3}: each market its own path");
	assert!(a.accounts_liquidated > 50 && b.accounts_liquidated > 50, "the crash liquidates");
	assert!(b.bad_debt > 0.0, "the path gaps: the unmanaged venue makes bad debt");
	assert!(a.bad_debt < b.bad_debt, "Ballast leaves less bad debt: {} vs {}", a.bad_debt, b.bad_debt);
	assert!(a.market_blocks_halted > 0 && b.market_blocks_halted == 0, "breakers trip only where they exist");
	assert!(a.peak_maintenance_multiplier > 1.5 && b.peak_maintenance_multiplier == 1.0, "margins tighten only in Ballast");
	assert!(a.liquidations > a.accounts_liquidated, "Ballast liquidates in part first");
	assert_eq!(b.liquidations, b.accounts_liquidated, "the unmanaged venue closes every position whole");
	assert!(b.over_liquidated_notional > 0.0, "closing whole closes more than the target needed");
	assert!(b.off_index_gain < 1.0, "the unmanaged venue marks at the index: {}", b.off_index_gain);
	assert!(b.calm_leverage_allowed == 20.0 && b.calm_initial_multiple == 1.0, "static margins: the listed 20×");
}

/// Runs `check` on a chain with the synthetic event's markets listed and each variant's rules
/// set under `config`, with the listed ids.
fn each_variant_configured(config: &Config, check: impl Fn(Variant, &[u32])) {
	let event = event::synthetic(1, &config.replay).expect("the synthetic event");
	for variant in chain::ALL_VARIANTS {
		let mut ext = chain::genesis(&[], 1e6, 1e4).expect("genesis");
		ext.execute_with(|| {
			chain::start_block();
			let listed = chain::list_markets(&event, &config.tiers, 1e6).expect("listed");
			let ids: Vec<u32> = listed.iter().map(|l| l.id).collect();
			chain::configure(variant, &config.governance, &ids).expect("configured");
			check(variant, &ids);
		});
	}
}

#[test]
fn every_variant_sets_its_rules_on_the_chain_by_root_calls() {
	each_variant_configured(&Config::default(), |variant, ids| {
		let liquidation = pallet_ballast_liquidation::Params::<Runtime>::get();
		let fund = pallet_ballast_insurance_fund::Params::<Runtime>::get();
		let breakers = ids.iter().filter(|id| pallet_ballast_circuit_breaker::Breakers::<Runtime>::contains_key(id)).count();
		let scaling = pallet_ballast_margin::Scaling::<Runtime>::get();
		let static_margins = scaling.max_multiplier == ballast_primitives::Ratio::from_u32(1);
		let penalty = liquidation.penalty.to_float();
		let marked_at_index = ids.iter().all(|id| {
			let feed = pallet_ballast_oracle::Markets::<Runtime>::get(id).expect("a feed");
			feed.mark_smoothing.deconstruct() == 999_999_999 && feed.mark_cap.deconstruct() == 999_999_999
		});
		assert_eq!(marked_at_index, variant != Variant::Ballast, "{variant:?}: only Ballast smooths its mark");

		match variant {
			Variant::Ballast | Variant::BallastAtIndex =>
				assert!(breakers == 2 && !static_margins && penalty == 0.01 && fund.vault_loss_share.deconstruct() == 100_000_000),
			Variant::Unmanaged => assert!(breakers == 0 && static_margins && liquidation.min_partial_notional == u128::MAX && fund.vault_loss_share.is_one()),
			Variant::DydxV4 => assert!(breakers == 0 && static_margins && (penalty - 0.015).abs() < 1e-12 && fund.vault_loss_share.is_zero()),
			Variant::Hyperliquid => assert!(
				breakers == 0 && static_margins && penalty == 0.0 && liquidation.min_partial_notional == 100_000 * ballast_primitives::COLLATERAL_UNIT && fund.vault_loss_share.is_zero()
			),
		}
		assert_eq!(variant.not_modelled().is_empty(), matches!(variant, Variant::Ballast | Variant::BallastAtIndex | Variant::Unmanaged), "peers list what they do not model");
	});
}

/// The deleveraging rule set by the config's governance reaches every variant's fund, the
/// peers' own fund settings notwithstanding.
#[test]
fn the_configured_deleveraging_rule_is_set_on_every_variant() {
	let mut config = Config::default();
	config.governance.adl_rule = Some(ballast_crisis_lab::config::AdlRule::ProRata);
	each_variant_configured(&config, |variant, _| {
		let fund = pallet_ballast_insurance_fund::Params::<Runtime>::get();
		assert_eq!(fund.adl_rule, pallet_ballast_insurance_fund::AdlRule::ProRata, "{variant:?}");
	});
}

/// The fund's shock set from the config's governance reaches every variant's census.
#[test]
fn the_configured_shock_set_is_set_on_every_variant() {
	let mut config = Config::default();
	(config.governance.extreme_multiple, config.governance.extreme_cover) = (Some(5), Some(1.0));
	each_variant_configured(&config, |variant, _| {
		let params = pallet_ballast_liquidation::Params::<Runtime>::get();
		assert_eq!((params.extreme_multiple, params.extreme_cover), (5, sp_runtime::Perbill::from_percent(100)), "{variant:?}");
	});
}

#[test]
fn the_command_line_writes_a_report_for_every_event_and_a_scoreboard_and_names_bad_input() {
	let dir = std::env::temp_dir().join(format!("ballast-crisis-lab-{}", std::process::id()));
	let data = dir.join("prices");
	std::fs::create_dir_all(&data).unwrap();
	let mut csv = String::from("date,open,high,low,close\n");
	for (hour, close) in [100.0, 99.0, 80.0, 70.0, 75.0, 76.0].iter().enumerate() {
		csv.push_str(&format!("2020-03-12 {hour:02}:00:00,{},{},{},{close}\n", close * 1.01, close * 1.02, close * 0.98));
	}
	let tiny = data.join("tiny-20200312-1h.csv");
	std::fs::write(&tiny, &csv).unwrap();
	std::fs::write(dir.join("lab.toml"), "[book]\naccounts = 40\n[replay]\ntail_blocks = 5\nwarmup_blocks = 6\nmax_bars = 24\n").unwrap();
	let lab = env!("CARGO_BIN_EXE_ballast-crisis-lab");
	let out = dir.join("reports");
	let run = std::process::Command::new(lab)
		.arg(&tiny)
		.args(["--synthetic", "1", "--book", "drift-2024", "--variant", "unmanaged", "--variant", "ballast", "--config"])
		.arg(dir.join("lab.toml"))
		.arg("--out")
		.arg(&out)
		.output()
		.unwrap();
	let stdout = String::from_utf8_lossy(&run.stdout);
	assert!(run.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&run.stderr));
	assert!(stdout.contains("book drift-2024: every event in"), "{stdout}");
	for event in ["tiny-20200312-1h", "synthetic-1"] {
		let folder = out.join("drift-2024").join(event);
		for file in ["report.html", "report.md", "summary.json", "prices.svg", "liquidations.svg", "loss_to_others.svg"] {
			assert!(folder.join(file).exists(), "{event}/{file}");
		}
		let summary: serde_json::Value = serde_json::from_slice(&std::fs::read(folder.join("summary.json")).unwrap()).unwrap();
		assert_eq!(summary["config"]["book"]["accounts"], 40, "--config over the book");
		assert_eq!(summary["config"]["book"]["name"], "drift-2024");
		assert_eq!(summary["variants"][0]["name"], "ballast", "Ballast first");
		assert_eq!(summary["variants"][1]["name"], "unmanaged");
		assert!(summary["variants"][0]["summary"]["blocks"].as_u64().unwrap() > 10);
	}
	let index = std::fs::read_to_string(out.join("index.md")).unwrap();
	assert!(index.contains("[tiny-20200312-1h](drift-2024/tiny-20200312-1h/report.md)") && index.contains("| verdict |"), "{index}");
	assert!(std::fs::read_to_string(out.join("loss_to_others.svg")).unwrap().starts_with("<svg"));

	// Bad input: the file and line, the missing file, the key, the book, the event, the variant.
	std::fs::write(data.join("broken.csv"), "date,open,high,low,close\n2020-03-12 00:00:00,1,1,1,oops\n").unwrap();
	let failing = |args: &[&str]| {
		let output = std::process::Command::new(lab).args(args).output().unwrap();
		assert_eq!(output.status.code(), Some(2));
		String::from_utf8_lossy(&output.stderr).into_owned()
	};
	let broken = data.join("broken.csv");
	assert!(failing(&[broken.to_str().unwrap()]).contains("broken.csv:2"));
	assert!(failing(&["/nowhere/missing.csv"]).contains("/nowhere/missing.csv"));
	std::fs::write(dir.join("bad.toml"), "[venue]\nfund = 0.0\n").unwrap();
	assert!(failing(&["--synthetic", "1", "--config", dir.join("bad.toml").to_str().unwrap()]).contains("venue.fund"));
	assert!(failing(&["--synthetic", "1", "--book", "nobody"]).contains("hyperliquid-2025"));
	assert!(failing(&["--event", "1929-10-29"]).contains("2025-10-10"));
	assert!(failing(&["--event", "2020-03-12", "--data", "/nowhere"]).contains("/nowhere"));
	assert!(failing(&["--synthetic", "1", "--variant", "ftx"]).contains("dydx-v4"));
	std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn feeder_faults_reach_the_oracle_as_the_config_says() {
	let mut config = Config::default();
	config.book.accounts = 20;
	config.replay.first_bar = 0;
	config.replay.max_bars = 60;
	config.replay.tail_blocks = 0;
	// Dave reads ten times the price for bars 5 to 14; bob and charlie fall silent for 20 to 39.
	// Five-minute synthetic bars: one block each.
	config.faults = toml::from_str::<Config>(
		"[[faults]]\nfeeder = 3\nkind = \"offset\"\nfactor = 10.0\nfrom_bar = 5\nbars = 10\n\
		 [[faults]]\nfeeder = 1\nkind = \"silent\"\nfrom_bar = 20\nbars = 20\n\
		 [[faults]]\nfeeder = 2\nkind = \"silent\"\nfrom_bar = 20\nbars = 20\n",
	)
	.expect("faults")
	.faults;
	config.validate().expect("a valid config");
	let event = event::synthetic(5, &config.replay).expect("the synthetic event");
	let run = run::run(&event, &config, Variant::Ballast, |_| {}, |_| {}).unwrap_or_else(|failure| panic!("{failure}"));
	let at_bar = |bar: usize| run.records.iter().filter(move |r| r.bar == Some(bar));
	let eth = 1;
	// The liar is an outlier: the index stays at the honest price (within the path's noise).
	for record in (5..15).flat_map(at_bar) {
		let honest = event.markets[eth].reference((record.block - 1 - config.replay.warmup_blocks) as usize);
		assert!((record.markets[eth].index / honest - 1.0).abs() < 0.05, "block {}: index {} vs {honest}", record.block, record.markets[eth].index);
	}
	// Two silent feeders of four: no quorum of three, so no index; the feed goes stale (ten
	// blocks) and the market halts rather than trade on two sources.
	let states: Vec<u8> = (0..60).map(|bar| at_bar(bar).map(|r| r.markets[eth].state).max().unwrap_or(0)).collect();
	println!("ETH's breaker by bar (0 open, 1 reduce-only, 2 halted): {states:?}");
	assert!(states[20..28].iter().all(|s| *s < 2), "fresh for its first blocks");
	assert!(states[31..40].iter().all(|s| *s == 2), "stale: halted");
	// The sources return at bar 40: the breaker steps back through reduce-only to open.
	assert!(states[40..].contains(&1) && states[59] == 0, "resumed by itself");
}

#[test]
fn a_gap_on_every_market_is_mended_with_nobody_missed() {
	let cascade = ballast_crisis_lab::cascade::cascade(1_000, 0.4, 1).unwrap_or_else(|e| panic!("{e}"));
	println!("cascade over 1000 accounts: {cascade:?}");
	assert_eq!(cascade.positions_opened, 1_000);
	assert!(cascade.due > 100, "a 40 % gap puts many under: {cascade:?}");
	assert_eq!((cascade.missed, cascade.due_not_liquidated), (0, 0), "a full scan finds nobody left: {cascade:?}");
	assert!(cascade.blocks_to_mend > 0 && cascade.blocks_to_mend <= cascade.last_liquidation_block);
}
