//! Ballast's benchmark programs. Prints each figure on its own line as
//! `figure <name> <value> <unit>`. `--quick` runs the smallest sizes (one sample), as
//! `./scripts/test` does so no benchmark rots; without it each figure is the median of
//! several samples.

use ballast_localnet::{node_binary, Network, NetworkSpec, LOCAL_VALIDATORS};
use serde_json::Value;
use std::{
	path::PathBuf,
	process::Command,
	time::{Duration, Instant},
};

fn main() {
	let quick = std::env::args().any(|a| a == "--quick");
	let samples = if quick { 1 } else { 3 };
	let mut failed = false;
	match first_finalized_block_seconds(samples) {
		Ok(seconds) => println!("figure first_finalized_block_seconds {seconds:.2} s"),
		Err(e) => {
			eprintln!("first_finalized_block_seconds: {e}");
			failed = true;
		},
	}
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
	if failed {
		std::process::exit(1);
	}
}

/// The node built with `runtime-benchmarks` (`./scripts/generate-weights` builds it): the
/// `$BALLAST_BENCH_NODE_BIN`, else `$CARGO_TARGET_DIR-bench/release/ballast-node`.
fn bench_node_binary() -> Result<PathBuf, String> {
	let path = match std::env::var_os("BALLAST_BENCH_NODE_BIN") {
		Some(path) => PathBuf::from(path),
		None => {
			let target = std::env::var("CARGO_TARGET_DIR").map_err(|_| "CARGO_TARGET_DIR is not set")?;
			PathBuf::from(format!("{target}-bench")).join("release/ballast-node")
		},
	};
	path.is_file().then_some(path.clone()).ok_or(format!("no benchmarking node at {}", path.display()))
}

/// Weights in picoseconds of ref time: measured time plus database accesses at RocksDB costs.
struct Weights {
	transfer: f64,
	/// Opening a position in an account with no other position.
	trade: f64,
	/// Opening one more position in an account holding one in every other market.
	trade_worst: f64,
}

/// `pallet_ballast_margin::trade` against `pallet_balances::transfer_keep_alive`, benchmarked
/// in the same run of the real wasm runtime.
fn trade_weight_vs_transfer(quick: bool) -> Result<Weights, String> {
	let json = std::env::temp_dir().join(format!("ballast-bench-{}.json", std::process::id()));
	let (steps, repeat) = if quick { ("2", "3") } else { ("16", "20") };
	let output = Command::new(bench_node_binary()?)
		.args(["benchmark", "pallet", "--chain", "dev", "--pallets", "pallet_balances,pallet_ballast_margin"])
		.args(["--extrinsic", "transfer_keep_alive,trade", "--steps", steps, "--repeat", repeat])
		.args(["--wasm-execution", "compiled", "--no-storage-info", "--no-median-slopes", "--no-min-squares"])
		.arg("--json-file")
		.arg(&json)
		.output()
		.map_err(|e| format!("run the benchmarking node: {e}"))?;
	if !output.status.success() {
		return Err(format!("benchmark pallet failed: {}", String::from_utf8_lossy(&output.stderr)));
	}
	let text = std::fs::read_to_string(&json).map_err(|e| format!("read {}: {e}", json.display()))?;
	let _ = std::fs::remove_file(&json);
	let batches: Vec<Value> = serde_json::from_str(&text).map_err(|e| format!("benchmark JSON: {e}"))?;
	let transfer = weight_of(&batches, "pallet_balances", "transfer_keep_alive", |_| true)?;
	let trade = weight_of(&batches, "pallet_ballast_margin", "trade", |p| p == 0)?;
	let trade_worst = weight_of(&batches, "pallet_ballast_margin", "trade", |p| p > 0)?;
	Ok(Weights { transfer, trade, trade_worst })
}

/// The median measured weight of `pallet::benchmark` over the results whose first component
/// (if any) satisfies `component`; for `p > 0` the largest `p` measured.
fn weight_of(batches: &[Value], pallet: &str, benchmark: &str, component: impl Fn(u64) -> bool) -> Result<f64, String> {
	const READ_PS: f64 = 25_000_000.0;
	const WRITE_PS: f64 = 100_000_000.0;
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
	let accesses = db["reads"].as_f64().unwrap_or(0.0) * READ_PS + db["writes"].as_f64().unwrap_or(0.0) * WRITE_PS;
	times.sort_by(f64::total_cmp);
	let median = times.get(times.len() / 2).ok_or(format!("no timings for {pallet}::{benchmark}"))?;
	Ok(median + accesses)
}

/// Time from starting the first of four local validators to block 1 being finalized on all of
/// them; the median of `samples` fresh networks.
fn first_finalized_block_seconds(samples: usize) -> Result<f64, String> {
	let binary = node_binary()?;
	let mut times = Vec::with_capacity(samples);
	for _ in 0..samples {
		let started = Instant::now();
		let mut network =
			Network::start(&binary, &NetworkSpec { chain: "local", validators: &LOCAL_VALIDATORS, extra_args: &[] })?;
		network.wait_finalized(1, Duration::from_secs(240))?;
		times.push(started.elapsed().as_secs_f64());
	}
	times.sort_by(f64::total_cmp);
	Ok(times[times.len() / 2])
}
