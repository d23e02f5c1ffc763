//! Ballast's benchmark programs. Prints each figure on its own line as
//! `figure <name> <value> <unit>`. `--quick` runs the smallest sizes (one sample), as
//! `./scripts/test` does so no benchmark rots; without it each figure is the median of
//! several samples.
//!
//! `stress_test_100k_x10`: the stress-test runtime API's ten one-step scenarios in one call over
//! 10^5 open accounts, through the real wasm runtime on a committed state (goal < 2 s), and
//! `stress_test_1e6_over_1e5` how it grows (see `stress.rs`).

mod state_spec;
mod stress;

use ballast_localnet::{node_binary, ZombieNetwork};
use ballast_runtime::Runtime;
use frame_support::{traits::Get, weights::RuntimeDbWeight};
use serde_json::Value;
use std::{
	path::PathBuf,
	process::Command,
	time::{Duration, Instant},
};

#[derive(clap::Parser, Debug)]
#[command(name = "ballast-bench", long_about = None)]
#[command(about = "Ballast's benchmark programs: each figure on its own line as `figure <name> <value> <unit>`")]
struct Args {
	/// The smallest sizes, one sample each (as ./scripts/test runs it).
	#[arg(long)]
	quick: bool,
	/// Only these groups, each named by its first figure's first word (first, db, trade,
	/// liquidation, …), comma-separated.
	#[arg(long, value_name = "GROUPS", value_delimiter = ',')]
	only: Option<Vec<String>>,
	/// No figures: write the chain spec `benchmark storage` measures the database on
	/// (`./scripts/generate-weights storage`).
	#[arg(long, value_name = "PATH")]
	state_spec: Option<PathBuf>,
	/// The open accounts of that spec's book.
	#[arg(long, value_name = "N", default_value_t = 1_000_000, requires = "state_spec")]
	accounts: u32,
}

fn main() {
	let Args { quick, only, state_spec, accounts } = <Args as clap::Parser>::parse();
	if let Some(path) = state_spec {
		if let Err(e) = state_spec::write(accounts, &path) {
			eprintln!("state spec: {e}");
			std::process::exit(1);
		}
		return;
	}
	let wanted = |group: &str| only.as_ref().map_or(true, |only| only.iter().any(|o| o == group));
	let samples = if quick { 1 } else { 3 };
	let mut failed = false;
	if wanted("first") {
		match first_finalized_block_seconds(samples) {
			Ok((whole, after_launch)) => {
				println!("figure first_finalized_block_seconds {whole:.2} s");
				println!("figure first_finalized_after_launch_seconds {after_launch:.2} s");
			},
			Err(e) => {
				eprintln!("first_finalized_block_seconds: {e}");
				failed = true;
			},
		}
	}
	if wanted("db") {
		let (read, write) = db_weights();
		println!("figure db_read_weight {:.2} us", read / 1e6);
		println!("figure db_write_weight {:.2} us", write / 1e6);
	}
	if wanted("trade") {
		match trade_weight_vs_transfer(quick) {
			Ok(weights) => {
				println!("figure trade_weight_vs_transfer {:.2} x", weights.trade / weights.transfer);
				println!("figure trade_weight_worst_vs_transfer {:.2} x", weights.trade_worst / weights.transfer);
				println!("figure transfer_keep_alive_weight {:.1} us", weights.transfer / 1e6);
				println!("figure trade_weight {:.1} us", weights.trade / 1e6);
			},
			Err(e) => {
				eprintln!("trade_weight_vs_transfer: {e}");
				failed = true;
			},
		}
	}
	if wanted("liquidation") {
		match liquidation_at_scale(quick) {
			Ok(scale) => {
				for (exponent, micros) in &scale.hook_micros {
					println!("figure liquidation_hook_1e{exponent}_accounts {micros:.1} us");
				}
				println!("figure liquidation_cost_1e{}_over_1e3 {:.3} x", scale.largest, scale.ratio);
			},
			Err(e) => {
				eprintln!("liquidation_cost over 1e3: {e}");
				failed = true;
			},
		}
	}
	if wanted("liquidations") {
		match liquidations_per_block(quick) {
			Ok(capacity) => {
				println!("figure liquidations_per_block {} count", capacity.per_block_crisis);
				println!("figure liquidations_per_block_calm {} count", capacity.per_block_calm);
				println!("figure liquidation_weight {:.1} us", capacity.liquidation / 1e6);
				println!("figure liquidation_first_in_block_weight {:.1} us", capacity.first / 1e6);
				println!("figure liquidation_in_hook_vs_metered {:.2} x", capacity.in_hook / capacity.liquidation);
				println!("figure waterfall_weight_16_deleveraged {:.1} us", capacity.cover / 1e6);
				println!("figure ordinary_room_in_crisis {:.1} ms", capacity.crisis_room / 1e9);
				println!("figure trades_in_crisis_room {:.0} count", capacity.trades_in_crisis_room);
			},
			Err(e) => {
				eprintln!("liquidations_per_block: {e}");
				failed = true;
			},
		}
	}
	if wanted("breaker") {
		match breaker_hook(quick) {
			Ok((base, per_market)) => {
				println!("figure breaker_hook_base {:.1} us", base / 1e6);
				println!("figure breaker_hook_per_market {:.1} us", per_market / 1e6);
				println!("figure breaker_hook_16_markets {:.1} us", (base + 16.0 * per_market) / 1e6);
			},
			Err(e) => {
				eprintln!("breaker_hook: {e}");
				failed = true;
			},
		}
	}
	if wanted("stress") {
		match stress_test_growth(quick) {
			Ok(()) => {},
			Err(e) => {
				eprintln!("stress_test_100k_x10: {e}");
				failed = true;
			},
		}
	}
	if failed {
		std::process::exit(1);
	}
}

/// The stress-test runtime API's ten one-step scenarios in one call (`stress.rs`): at 10^5
/// accounts, and at 10^6 over 10^5 to show how it grows (`--quick`: 10^5 over 10^4, one
/// sample).
fn stress_test_growth(quick: bool) -> Result<(), String> {
	let (samples, small, large) = if quick { (1, 4, 5) } else { (3, 5, 6) };
	let mut seconds = Vec::new();
	for exponent in [small, large] {
		let measured = stress::stress_test_seconds(10u32.pow(exponent), samples)?;
		println!("figure stress_test_1e{exponent}_accounts_x10 {:.3} s", measured.seconds);
		println!("figure stress_test_1e{exponent}_accounts_liquidated {} count", measured.liquidated);
		if exponent == 5 {
			println!("figure stress_test_100k_x10 {:.3} s", measured.seconds);
		}
		seconds.push(measured.seconds);
	}
	println!("figure stress_test_1e{large}_over_1e{small} {:.2} x", seconds[1] / seconds[0]);
	Ok(())
}

/// The circuit breakers' hook, every market tripping at once: its weight with no market and
/// its cost per market (linear in the markets, at most `MaxMarkets`).
fn breaker_hook(quick: bool) -> Result<(f64, f64), String> {
	let repeat = if quick { "1" } else { "10" };
	let pallet = "pallet_ballast_circuit_breaker";
	let batches = run_pallet_benchmark(pallet, "on_initialize", "2", repeat, false)?;
	let none = measured(&batches, pallet, "on_initialize", &[("m", 0)])?.weight();
	let all = measured(&batches, pallet, "on_initialize", &[("m", u64::from(MAX_MARKETS))])?.weight();
	Ok((none, (all - none) / MAX_MARKETS as f64))
}

/// Runs `benchmark pallet` over the benchmarking runtime for `pallets`' `extrinsics` and returns
/// its JSON results.
fn run_pallet_benchmark(pallets: &str, extrinsics: &str, steps: &str, repeat: &str, extra: bool) -> Result<Vec<Value>, String> {
	run_pallet_benchmark_with(pallets, extrinsics, steps, repeat, if extra { &["--extra"] } else { &[] }, &[])
}

/// [`run_pallet_benchmark`] with more of `benchmark pallet`'s arguments (`--extra`, `--high`)
/// and environment.
fn run_pallet_benchmark_with(
	pallets: &str,
	extrinsics: &str,
	steps: &str,
	repeat: &str,
	args: &[&str],
	env: &[(&str, &str)],
) -> Result<Vec<Value>, String> {
	let json = std::env::temp_dir().join(format!("ballast-bench-{}-{extrinsics}.json", std::process::id()));
	let mut command = benchmark_pallet_command()?;
	command
		.args(["--pallets", pallets, "--extrinsic", extrinsics])
		.args(["--steps", steps, "--repeat", repeat])
		.args(["--no-storage-info", "--no-median-slopes", "--no-min-squares"])
		.arg("--json-file")
		.arg(&json)
		.args(args);
	command.envs(env.iter().copied());
	let output = command.output().map_err(|e| format!("run ballast-node benchmark pallet: {e}"))?;
	if !output.status.success() {
		return Err(format!("benchmark pallet failed: {}", String::from_utf8_lossy(&output.stderr)));
	}
	let text = std::fs::read_to_string(&json).map_err(|e| format!("read {}: {e}", json.display()))?;
	let _ = std::fs::remove_file(&json);
	serde_json::from_str(&text).map_err(|e| format!("benchmark JSON: {e}"))
}

/// The runtime's cost of one storage read and one write, in picoseconds of ref time: what its
/// weights charge (`runtime/src/weights/rocksdb_weights.rs`, measured by `benchmark storage`).
fn db_weights() -> (f64, f64) {
	let db = <<Runtime as frame_system::Config>::DbWeight as Get<RuntimeDbWeight>>::get();
	(db.read as f64, db.write as f64)
}

/// One benchmark's results at exactly the component values `at` (name, value): the median
/// measured time and the database reads and writes, in picoseconds of ref time.
struct Measured {
	time: f64,
	accesses: f64,
}

impl Measured {
	fn weight(&self) -> f64 {
		self.time + self.accesses
	}
}

fn measured(batches: &[Value], pallet: &str, benchmark: &str, at: &[(&str, u64)]) -> Result<Measured, String> {
	let (read_ps, write_ps) = db_weights();
	let batch = batches
		.iter()
		.find(|b| b["pallet"] == pallet && b["benchmark"] == benchmark)
		.ok_or(format!("no {pallet}::{benchmark} in the results"))?;
	let matches = |r: &&Value| {
		let components = r["components"].as_array().cloned().unwrap_or_default();
		at.iter().all(|(name, value)| {
			components.iter().any(|c| c.get(0).and_then(Value::as_str) == Some(*name) && c.get(1).and_then(Value::as_u64) == Some(*value))
		})
	};
	let mut times: Vec<f64> = batch["time_results"]
		.as_array()
		.into_iter()
		.flatten()
		.filter(matches)
		.filter_map(|r| r["extrinsic_time"].as_f64())
		.map(|ns| ns * 1_000.0)
		.collect();
	times.sort_by(f64::total_cmp);
	let time = *times.get(times.len() / 2).ok_or(format!("no timings for {pallet}::{benchmark} at {at:?}"))?;
	let db = batch["db_results"].as_array().into_iter().flatten().find(matches);
	let db = db.ok_or(format!("no database results for {pallet}::{benchmark} at {at:?}"))?;
	let accesses = db["reads"].as_f64().unwrap_or(0.0) * read_ps + db["writes"].as_f64().unwrap_or(0.0) * write_ps;
	Ok(Measured { time, accesses })
}

/// The liquidation hook with a fixed number of accounts due among 10^3 … 10^6 indexed ones
/// (`--quick`: … 10^5; building the million accounts is most of the full run's minutes).
struct Scale {
	hook_micros: Vec<(u32, f64)>,
	/// The largest exponent measured.
	largest: u32,
	/// Measured time with the most accounts over 10^3 (time alone: the database accesses are the
	/// same count at every size and would only flatten the ratio).
	ratio: f64,
}

fn liquidation_at_scale(quick: bool) -> Result<Scale, String> {
	let (repeat, largest) = if quick { ("1", 5u32) } else { ("5", 6) };
	// Building a million accounts and then freeing the setup's changes leaves glibc's heap with
	// millions of small free chunks; an allocation in the measured block then sorts them all
	// (hundreds of ms, measured), which is the benchmark's own cleanup, not the hook: with fast
	// bins, when it consolidates them; with the thread cache, when a small allocation fills the
	// cache from the unsorted chunks and goes on through all of them. Measured at 10^6 accounts:
	// 166-194 ms a block with the thread cache, 5-6 ms without it. Without either there is
	// nothing to sort.
	let quiet_heap = [("GLIBC_TUNABLES", "glibc.malloc.mxfast=0:glibc.malloc.tcache_count=0")];
	let steps = (largest - 2).to_string();
	let high = largest.to_string();
	let batches = run_pallet_benchmark_with(
		"pallet_ballast_liquidation",
		"at_scale",
		&steps,
		repeat,
		&["--extra", "--high", &high],
		&quiet_heap,
	)?;
	let mut hook_micros = Vec::new();
	for exponent in 3..=largest {
		let hook = measured(&batches, "pallet_ballast_liquidation", "at_scale", &[("e", u64::from(exponent))])?;
		hook_micros.push((exponent, hook.time / 1e6));
	}
	let ratio = hook_micros[hook_micros.len() - 1].1 / hook_micros[0].1;
	Ok(Scale { hook_micros, largest, ratio })
}

/// How many partial liquidations the hook's budget holds, by the benchmarked weights it meters
/// itself with, at the default share of the block for a calm venue and for one in crisis.
struct Capacity {
	per_block_calm: u64,
	per_block_crisis: u64,
	/// What the hook meters each liquidation after a block's first with: the runtime's
	/// `liquidate_next(1) - liquidate(1)`.
	liquidation: f64,
	/// What it meters a block's first liquidation with: `liquidate(1)`, the records they share
	/// read cold.
	first: f64,
	/// Each liquidation measured inside the whole hook in this run (`on_initialize(l, c)`'s
	/// slope in `l`, time plus database accesses).
	in_hook: f64,
	/// The insurance fund's waterfall deleveraging its most positions (`cover(16)`).
	cover: f64,
	/// The block's share left to everything but the hook in a crisis.
	crisis_room: f64,
	/// Ordinary trades that room holds.
	trades_in_crisis_room: f64,
}

/// The runtime's `MaxMarkets`: before each pop the hook keeps room for an account that
/// holds a position in every market.
const MAX_MARKETS: u32 = 16;
/// The runtime's `InsuranceMaxDeleveraged`.
const MAX_DELEVERAGED: u32 = 16;

/// Liquidations per block as the hook meters them: by the runtime's own generated weights
/// (`runtime/src/weights`), the ones `on_initialize` consumes its budget with. Whether those
/// weights cover what a liquidation really costs inside the hook is measured beside them, on
/// the real wasm runtime (`liquidation_in_hook_vs_metered`, at most 1).
fn liquidations_per_block(quick: bool) -> Result<Capacity, String> {
	use pallet_ballast_insurance_fund::WeightInfo as _;
	use pallet_ballast_liquidation::WeightInfo as _;
	type Liquidation = <Runtime as pallet_ballast_liquidation::Config>::WeightInfo;
	type Fund = <Runtime as pallet_ballast_insurance_fund::Config>::WeightInfo;
	let ref_time = |weight: frame_support::weights::Weight| weight.ref_time() as f64;
	let first = ref_time(Liquidation::liquidate(1));
	let liquidation = ref_time(Liquidation::liquidate_next(1).saturating_sub(Liquidation::liquidate(1)));
	// Before each account the hook keeps room for the worst case: every position reduced and a
	// shortfall sent down the insurance fund's waterfall with its most deleveraging.
	let worst = ref_time(Liquidation::liquidate(MAX_MARKETS));
	let cover = ref_time(Fund::cover(MAX_DELEVERAGED));
	let (read_ps, _) = db_weights();
	// The crisis level's reads, the watermark's step and the two queues' stopping reads come first.
	let overhead = ref_time(Liquidation::step(MAX_MARKETS)) + 4.0 * read_ps;
	let max_block = <<Runtime as frame_system::Config>::BlockWeights as Get<frame_system::limits::BlockWeights>>::get().max_block.ref_time() as f64;
	let shares = pallet_ballast_liquidation::BlockShares::default();
	let fits = |share: sp_runtime::Perbill| fill(share.deconstruct() as f64 / 1e9 * max_block, overhead, first, liquidation, worst + cover);

	let repeat = if quick { "1" } else { "10" };
	let pallet = "pallet_ballast_liquidation";
	let batches = run_pallet_benchmark(pallet, "on_initialize", "2", repeat, false)?;
	let with = measured(&batches, pallet, "on_initialize", &[("l", 50), ("c", 50)])?.weight();
	let without = measured(&batches, pallet, "on_initialize", &[("l", 0), ("c", 50)])?.weight();
	let crisis_room = max_block * (1.0 - shares.crisis.deconstruct() as f64 / 1e9);
	let trade = trade_weight_vs_transfer(quick)?.trade;
	Ok(Capacity {
		per_block_calm: fits(shares.calm),
		per_block_crisis: fits(shares.crisis),
		liquidation,
		first,
		in_hook: (with - without) / 50.0,
		cover,
		crisis_room,
		trades_in_crisis_room: crisis_room / trade,
	})
}

/// Liquidations the hook pops within `budget` as it meters them: the overhead, then the first
/// at `first` and every later one at `next`, each popped only while room for `worst` is left.
fn fill(budget: f64, overhead: f64, first: f64, next: f64, worst: f64) -> u64 {
	let mut consumed = overhead;
	let mut popped = 0u64;
	while popped == 0 || consumed + worst <= budget {
		consumed += if popped == 0 { first } else { next };
		popped += 1;
	}
	popped
}

/// `ballast-node benchmark pallet` over the wasm runtime built with `runtime-benchmarks`, its
/// genesis from the runtime's dev preset (the dev chain's), compiled wasm execution.
fn benchmark_pallet_command() -> Result<Command, String> {
	let mut command = Command::new(node_binary()?);
	command
		.args(["benchmark", "pallet", "--genesis-builder", "runtime", "--wasm-execution", "compiled"])
		.arg("--runtime")
		.arg(benchmark_runtime()?);
	Ok(command)
}

/// The wasm runtime built with `runtime-benchmarks` (`runtime/benchmarks`; `./scripts/bench`
/// builds it): `$BALLAST_BENCH_RUNTIME`, else its blob in the cargo target directory.
fn benchmark_runtime() -> Result<PathBuf, String> {
	let path = match std::env::var_os("BALLAST_BENCH_RUNTIME") {
		Some(path) => PathBuf::from(path),
		None => {
			let target = std::env::var("CARGO_TARGET_DIR").map_err(|_| "CARGO_TARGET_DIR is not set")?;
			PathBuf::from(target)
				.join("release/wbuild/ballast-runtime-benchmarks/ballast_runtime_benchmarks.compact.compressed.wasm")
		},
	};
	path.is_file().then_some(path.clone()).ok_or(format!(
		"no benchmarking runtime at {}: `cargo build --release -p ballast-runtime-benchmarks`",
		path.display()
	))
}

/// Weights in picoseconds of ref time: measured time plus database accesses at RocksDB costs.
#[derive(Clone)]
struct Weights {
	transfer: f64,
	/// Opening a position in an account with no other position.
	trade: f64,
	/// Doubling one position of an account holding one in every market (its entry moves).
	trade_worst: f64,
}

/// `pallet_ballast_margin::trade` against `pallet_balances::transfer_keep_alive`, benchmarked
/// in the same run of the real wasm runtime.
/// Run once a process: the liquidation capacity's figures reuse the trade's weight.
fn trade_weight_vs_transfer(quick: bool) -> Result<Weights, String> {
	static MEASURED: std::sync::OnceLock<Result<Weights, String>> = std::sync::OnceLock::new();
	MEASURED.get_or_init(|| measure_trade_and_transfer(quick)).clone()
}

fn measure_trade_and_transfer(quick: bool) -> Result<Weights, String> {
	let (steps, repeat) = if quick { ("2", "3") } else { ("16", "20") };
	let batches = run_pallet_benchmark(
		"pallet_balances,pallet_ballast_margin",
		"transfer_keep_alive,open_first_position,trade",
		steps,
		repeat,
		false,
	)?;
	let transfer = weight_of(&batches, "pallet_balances", "transfer_keep_alive", |_| true)?;
	let trade = weight_of(&batches, "pallet_ballast_margin", "open_first_position", |_| true)?;
	let trade_worst = weight_of(&batches, "pallet_ballast_margin", "trade", |p| p > 0)?;
	Ok(Weights { transfer, trade, trade_worst })
}

/// The median measured weight of `pallet::benchmark` over the results whose first component
/// (if any) satisfies `component`; for `p > 0` the largest `p` measured.
fn weight_of(batches: &[Value], pallet: &str, benchmark: &str, component: impl Fn(u64) -> bool) -> Result<f64, String> {
	let (read_ps, write_ps) = db_weights();
	let batch = batches
		.iter()
		.find(|b| b["pallet"] == pallet && b["benchmark"] == benchmark)
		.ok_or(format!("no {pallet}::{benchmark} in the results"))?;
	let first_component = |r: &Value| r["components"].get(0).and_then(|c| c.get(1)).and_then(Value::as_u64);
	let selected = |results: &Value| -> Vec<Value> {
		let all: Vec<Value> = results.as_array().cloned().unwrap_or_default();
		let largest = all.iter().filter_map(first_component).max();
		all.into_iter()
			.filter(|r| match first_component(r) {
				None => true,
				Some(p) if p > 0 => component(p) && Some(p) == largest,
				Some(p) => component(p),
			})
			.collect()
	};
	let mut times: Vec<f64> =
		selected(&batch["time_results"]).iter().filter_map(|r| r["extrinsic_time"].as_f64()).map(|ns| ns * 1_000.0).collect();
	let db = selected(&batch["db_results"]);
	let db = db.first().ok_or(format!("no database results for {pallet}::{benchmark}"))?;
	let accesses = db["reads"].as_f64().unwrap_or(0.0) * read_ps + db["writes"].as_f64().unwrap_or(0.0) * write_ps;
	times.sort_by(f64::total_cmp);
	let median = times.get(times.len() / 2).ok_or(format!("no timings for {pallet}::{benchmark}"))?;
	Ok(median + accesses)
}

/// Four local validators spawned by zombienet (`zombienet/local.toml`, the one launcher of
/// networks) until block 1 is finalized on all of them: the whole wait from `zombienet spawn`
/// (its chain spec and keystores included), and the part after zombienet reports the network
/// launched; the medians of `samples` fresh networks.
fn first_finalized_block_seconds(samples: usize) -> Result<(f64, f64), String> {
	let binary = node_binary()?;
	let (mut whole, mut after_launch) = (Vec::with_capacity(samples), Vec::with_capacity(samples));
	for _ in 0..samples {
		let started = Instant::now();
		let network = ZombieNetwork::spawn(&binary, "local.toml", Duration::from_secs(240))?;
		network.wait_finalized(1, Duration::from_secs(240))?;
		whole.push(started.elapsed().as_secs_f64());
		after_launch.push(network.launched_at.elapsed().as_secs_f64());
	}
	let median = |mut times: Vec<f64>| {
		times.sort_by(f64::total_cmp);
		times[times.len() / 2]
	};
	Ok((median(whole), median(after_launch)))
}
