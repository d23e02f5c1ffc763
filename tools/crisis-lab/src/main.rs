//! `ballast-crisis-lab`: replays crash price files through the real runtime, Ballast beside a
//! baseline venue, and writes a report folder per episode.
//!
//!     ballast-crisis-lab --all                       # every CSV in ../shared/data/prices
//!     ballast-crisis-lab path/to/eth-binance-20200312-1h.csv --config lab.toml
//!     ballast-crisis-lab --synthetic 7               # the seeded synthetic crash
//!     ballast-crisis-lab --print-config              # every setting and its default

use ballast_crisis_lab::{blocks, compare, config::Config, episode, report};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use std::{
	path::PathBuf,
	process::ExitCode,
	time::Instant,
};

#[derive(Parser)]
#[command(name = "ballast-crisis-lab", about = "Replays real crashes through the Ballast runtime, beside a baseline venue, and writes reports with plots")]
struct Args {
	/// Price files (CSV, any layout of shared/data/prices/SOURCES.md).
	files: Vec<PathBuf>,
	/// Every CSV file in --data.
	#[arg(long)]
	all: bool,
	/// The folder --all reads.
	#[arg(long, default_value = "../shared/data/prices")]
	data: PathBuf,
	/// Also replay the seeded synthetic crash with this seed.
	#[arg(long)]
	synthetic: Option<u64>,
	/// Settings (TOML); see --print-config for every key and its default.
	#[arg(long)]
	config: Option<PathBuf>,
	/// Where the report folders go (one per episode, and index.md for several).
	#[arg(long, default_value = "crisis-lab-reports")]
	out: PathBuf,
	/// Prints the settings in effect as TOML and exits.
	#[arg(long)]
	print_config: bool,
	/// Instead of replays: this many accounts open, every market gaps down by --gap, and the
	/// figure `cascade_blocks_<accounts>` is printed (blocks until the engine has mended all).
	#[arg(long)]
	cascade: Option<u32>,
	/// The cascade's fall, as a fraction.
	#[arg(long, default_value_t = 0.4)]
	gap: f64,
}

fn main() -> ExitCode {
	match run(Args::parse()) {
		Ok(true) => ExitCode::SUCCESS,
		Ok(false) => ExitCode::FAILURE,
		Err(error) => {
			eprintln!("error: {error}");
			ExitCode::from(2)
		},
	}
}

/// Prints the cascade's figures; Ok(false) if it missed an account.
fn cascade(accounts: u32, gap: f64, seed: u64) -> Result<bool, String> {
	if !(0.01..=0.95).contains(&gap) || !(1..=1_000_000).contains(&accounts) {
		return Err(format!("--cascade {accounts} --gap {gap}: from 1 to 10^6 accounts and a gap from 0.01 to 0.95"));
	}
	let result = ballast_crisis_lab::cascade::cascade(accounts, gap, seed)?;
	let label = if accounts % 1_000 == 0 { format!("{}k", accounts / 1_000) } else { accounts.to_string() };
	println!("cascade: {}", serde_json::to_string(&result).map_err(|e| e.to_string())?);
	println!("figure cascade_blocks_{label} {} blocks", result.blocks_to_mend);
	println!(
		"figure cascade_backlog_blocks_{label} {} blocks (then each account liquidated in the block the smoothed mark reached it)",
		result.backlog_blocks
	);
	println!(
		"figure cascade_{label}_missed {} accounts ({} due by a full scan, {} liquidated, {} out of urgency order, at most {} a block)",
		result.missed, result.due, result.liquidated, result.out_of_order, result.peak_per_block
	);
	Ok(result.missed == 0)
}

/// Ok(false) when an episode's run broke an invariant.
fn run(args: Args) -> Result<bool, String> {
	let config = match &args.config {
		Some(path) => Config::load(path)?,
		None => Config::default(),
	};
	if let Some(accounts) = args.cascade {
		return cascade(accounts, args.gap, config.book.seed);
	}
	if args.print_config {
		print!("{}", toml::to_string(&config).map_err(|e| e.to_string())?);
		return Ok(true);
	}
	let mut files = args.files.clone();
	if args.all {
		files.extend(episode::discover(&args.data)?);
	}
	if files.is_empty() && args.synthetic.is_none() {
		return Err("nothing to replay: name price files, or pass --all (reads --data) or --synthetic <seed>".into());
	}
	// Every file is read before the first replay, so a bad one is reported at once.
	let mut episodes = files.iter().map(|path| episode::load(path, &config.replay)).collect::<Result<Vec<_>, _>>()?;
	if let Some(seed) = args.synthetic {
		episodes.push(episode::synthetic(seed, &config.replay)?);
	}

	let started = Instant::now();
	let mut outcomes = Vec::new();
	let mut failed = 0;
	for episode in episodes {
		let name = episode.name.clone();
		let bar = ProgressBar::new(2 * blocks(&episode, &config));
		bar.set_style(ProgressStyle::with_template("{prefix:32} [{bar:30}] {pos}/{len} blocks, {per_sec}, {eta} left").map_err(|e| e.to_string())?.progress_chars("=> "));
		bar.set_prefix(name.clone());
		let outcome = compare(episode, &config, &|blocks| bar.inc(blocks));
		bar.finish_and_clear();
		match outcome {
			Ok(comparison) => {
				let dir = args.out.join(&name);
				report::write(&dir, &comparison, &config)?;
				let (a, b) = (&comparison.ballast.summary, &comparison.baseline.summary);
				println!(
					"{name}: {} blocks in {:.1} s; bad debt {:.0} vs baseline {:.0} bUSD, liquidated {} vs {}, halted {} blocks; report {}",
					a.blocks,
					comparison.seconds,
					a.bad_debt,
					b.bad_debt,
					a.accounts_liquidated,
					b.accounts_liquidated,
					a.blocks_halted,
					dir.join("report.html").display()
				);
				outcomes.push(report::Outcome { episode: name, ballast: a.clone(), baseline: b.clone(), seconds: comparison.seconds });
			},
			Err(failure) => {
				eprintln!("{name}: FAILED: {failure}");
				failed += 1;
			},
		}
	}
	let seconds = started.elapsed().as_secs_f64();
	if outcomes.len() > 1 {
		report::write_index(&args.out, &outcomes, seconds)?;
		println!("index of {} episodes: {}", outcomes.len(), args.out.join("index.md").display());
	}
	println!("crisis lab: {} episodes reported, {failed} failed, in {seconds:.1} s", outcomes.len());
	Ok(failed == 0)
}
