//! `ballast-fuzz`: the seeded fuzzer of the real runtime (see the crate's docs).
//!
//! ```text
//! ballast-fuzz --calls 1000000 --seed 7          # a long run; stops at the first failure
//! ballast-fuzz --replay tools/fuzz/regressions/0123456789abcdef.bin
//! ballast-fuzz --minimise crash-0123                # a case found elsewhere (libFuzzer's), saved as a regression
//! ```
//! A failing case is minimised, saved under `--regressions` (the tests replay every file there)
//! and the run exits with status 1. The last line is the run's figures:
//! `fuzz seed=.. jobs=.. cases=.. calls=.. succeeded=.. refused=.. blocks=.. seconds=..`.

use ballast_fuzz::{fails, minimise, regression_name, run_case, seeded, Failure, Totals};
use clap::Parser;
use std::{path::PathBuf, process::ExitCode, time::Instant};

#[derive(Parser)]
#[command(name = "ballast-fuzz", about = "Fuzzes the real Ballast runtime with seeded call sequences and price paths")]
struct Args {
	/// The run's seed: the same seed draws the same cases.
	#[arg(long, default_value_t = 1)]
	seed: u64,
	/// Stop once this many calls were made.
	#[arg(long, default_value_t = 10_000)]
	calls: u64,
	/// Bytes per case (each case starts from genesis; about five bytes make an operation).
	#[arg(long, default_value_t = 2_048)]
	case_len: usize,
	/// Where a minimised failing case is saved.
	#[arg(long, default_value = "tools/fuzz/regressions")]
	regressions: PathBuf,
	/// Run one saved case instead, and say what it does.
	#[arg(long)]
	replay: Option<PathBuf>,
	/// Minimise a failing case found elsewhere (a libFuzzer crash) and save it under
	/// `--regressions`; exits with status 1 when it does not fail here.
	#[arg(long)]
	minimise: Option<PathBuf>,
	/// Threads running cases side by side (the same cases whatever the number).
	#[arg(long, default_value_t = std::thread::available_parallelism().map_or(1, |n| n.get()))]
	jobs: usize,
	/// Print progress every this many cases (0: never).
	#[arg(long, default_value_t = 50)]
	progress_every: u64,
}

fn main() -> ExitCode {
	let args = Args::parse();
	match (&args.replay, &args.minimise) {
		(Some(path), _) => replay(path),
		(None, Some(path)) => minimise_found(path, &args.regressions),
		(None, None) => run(&args),
	}
}

fn read(path: &PathBuf) -> Result<Vec<u8>, ExitCode> {
	std::fs::read(path).map_err(|error| {
		eprintln!("cannot read {}: {error}", path.display());
		ExitCode::from(2)
	})
}

fn minimise_found(path: &PathBuf, regressions: &PathBuf) -> ExitCode {
	let bytes = match read(path) {
		Ok(bytes) => bytes,
		Err(code) => return code,
	};
	match run_case(&bytes) {
		Ok(_) => {
			println!("{} passes here: nothing saved", path.display());
			ExitCode::FAILURE
		},
		Err(failure) => {
			println!("{} fails: {}", path.display(), describe(&failure));
			save_minimised(&bytes, regressions);
			ExitCode::SUCCESS
		},
	}
}

fn replay(path: &PathBuf) -> ExitCode {
	let bytes = match read(path) {
		Ok(bytes) => bytes,
		Err(code) => return code,
	};
	println!("{} operations:", ballast_fuzz::input::decode(&bytes).len());
	for (index, op) in ballast_fuzz::input::decode(&bytes).iter().enumerate() {
		println!("  {index:4} {op:?}");
	}
	match run_case(&bytes) {
		Ok(counts) => {
			println!("passes: {counts:?}");
			ExitCode::SUCCESS
		},
		Err(failure) => {
			println!("fails: {}", describe(&failure));
			ExitCode::FAILURE
		},
	}
}

fn run(args: &Args) -> ExitCode {
	let started = Instant::now();
	let figures = |totals: &Totals| totals.figures(args.seed, args.jobs, started.elapsed().as_secs_f64());
	let outcome = seeded(args.seed, args.calls, args.case_len, args.jobs, |totals| {
		if args.progress_every > 0 && totals.cases % args.progress_every == 0 {
			eprintln!("{} ({:.0} calls/s)", figures(totals), totals.counts.calls as f64 / started.elapsed().as_secs_f64());
		}
	});
	match outcome {
		Ok(totals) => {
			println!("{}", figures(&totals));
			ExitCode::SUCCESS
		},
		Err((case, bytes, failure)) => {
			println!("case {case} of seed {} fails: {}", args.seed, describe(&failure));
			save_minimised(&bytes, &args.regressions);
			ExitCode::FAILURE
		},
	}
}

/// Minimises a failing case and saves it under `regressions`, named by its bytes.
fn save_minimised(bytes: &[u8], regressions: &PathBuf) {
	println!("minimising {} bytes...", bytes.len());
	let smallest = minimise(bytes, fails);
	let path = regressions.join(regression_name(&smallest));
	match std::fs::create_dir_all(regressions).and_then(|_| std::fs::write(&path, &smallest)) {
		Ok(()) => println!("saved {} bytes as {} (replay: ballast-fuzz --replay {})", smallest.len(), path.display(), path.display()),
		Err(error) => eprintln!("cannot save {}: {error}", path.display()),
	}
	if let Err(failure) = run_case(&smallest) {
		println!("minimised case fails: {}", describe(&failure));
	}
}

fn describe(failure: &Failure) -> String {
	match failure.op {
		Some(op) => format!("at block {} (operation {op}): {}", failure.block, failure.what),
		None => format!("at block {}: {}", failure.block, failure.what),
	}
}
