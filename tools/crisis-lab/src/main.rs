//! `ballast-crisis-lab`: replays crashes through the real runtime, Ballast beside venues without
//! crisis management or with peers' rules, and writes a report folder per event and book with a
//! scoreboard over all of them.
//!
//!     ballast-crisis-lab --all                        # every event of events.toml on every book
//!     ballast-crisis-lab --event 2025-10-10 --book hyperliquid-2025
//!     ballast-crisis-lab path/to/eth-binance-20200312-1h.csv --config lab.toml
//!     ballast-crisis-lab --synthetic 7                # the seeded synthetic crash
//!     ballast-crisis-lab --print-config               # every setting and its default

use ballast_crisis_lab::{
	blocks, books,
	chain::{Variant, ALL_VARIANTS, VARIANTS},
	compare,
	config::{Config, Speed},
	event::{self, Event},
	report,
};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use std::{path::PathBuf, process::ExitCode, time::Instant};

#[derive(Parser)]
#[command(name = "ballast-crisis-lab", about = "Replays real crashes through the Ballast runtime beside venues without crisis management or with peers' rules, and writes reports with a scoreboard")]
struct Args {
	/// Price files (CSV, any layout of shared/data/prices/SOURCES.md), each replayed as a
	/// one-market event.
	files: Vec<PathBuf>,
	/// Every event of events.toml on every book of books/.
	#[arg(long)]
	all: bool,
	/// An event of events.toml by name (2020-03-12, 2021-05-19, 2022-05, 2022-11, 2023-03,
	/// 2025-10-10); repeatable.
	#[arg(long = "event")]
	events: Vec<String>,
	/// A book: one of books/ by name (hyperliquid-2025, bitmex-2019, drift-2024) or a TOML
	/// file; repeatable. Without one, the lab's default book (or every book with --all).
	#[arg(long = "book")]
	books: Vec<String>,
	/// The folder the events' price files are read from.
	#[arg(long, default_value = "../shared/data/prices")]
	data: PathBuf,
	/// Also replay the seeded synthetic crash with this seed.
	#[arg(long)]
	synthetic: Option<u64>,
	/// Settings (TOML) over the book's; see --print-config for every key and its default.
	#[arg(long)]
	config: Option<PathBuf>,
	/// Replays at the chain's own pace: six seconds of the path a block (a minute bar in ten).
	#[arg(long)]
	real_time: bool,
	/// The variants run (ballast, unmanaged, dydx-v4, hyperliquid by default; ballast-at-index:
	/// Ballast with its mark held at the index, a diagnosis); repeatable.
	#[arg(long = "variant")]
	variants: Vec<String>,
	/// Where the report folders go (<out>/<book>/<event>/, and index.md for several).
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
		"figure cascade_backlog_blocks_{label} {} blocks (the last block that carried due accounts to the next, plus one)",
		result.backlog_blocks
	);
	println!(
		"figure cascade_{label}_missed {} accounts ({} due by a full scan, {} liquidated, {} out of urgency order, at most {} a block)",
		result.missed, result.due, result.liquidated, result.out_of_order, result.peak_per_block
	);
	Ok(result.missed == 0)
}

/// The settings of each book asked for, under --config and --real-time.
fn configs(args: &Args) -> Result<Vec<Config>, String> {
	let names: Vec<String> = match (&args.books[..], args.all) {
		([], true) => books::BOOKS.iter().map(|(name, _)| name.to_string()).collect(),
		([], false) => Vec::new(),
		(names, _) => names.to_vec(),
	};
	let mut configs = if names.is_empty() {
		vec![match &args.config {
			Some(path) => Config::load(path)?,
			None => Config::default(),
		}]
	} else {
		names.iter().map(|name| books::config(name, args.config.as_deref())).collect::<Result<Vec<_>, _>>()?
	};
	if args.real_time {
		configs.iter_mut().for_each(|config| config.replay.speed = Speed::RealTime);
	}
	Ok(configs)
}

/// The events asked for, read with `config`'s replay settings; every file is read before the
/// first replay, so a bad one is reported at once.
fn events(args: &Args, config: &Config) -> Result<Vec<Event>, String> {
	let catalogue = event::catalogue();
	let mut names = args.events.clone();
	if args.all && names.is_empty() {
		names = catalogue.iter().map(|e| e.name.clone()).collect();
	}
	let mut events = Vec::new();
	for name in &names {
		let spec = catalogue.iter().find(|e| &e.name == name).ok_or_else(|| {
			format!("--event {name}: not in events.toml ({})", catalogue.iter().map(|e| e.name.as_str()).collect::<Vec<_>>().join(", "))
		})?;
		if !args.data.is_dir() {
			return Err(format!("{}: no such folder (the events' price files; try --synthetic 1)", args.data.display()));
		}
		events.push(event::load(spec, &args.data, &config.replay)?);
	}
	for path in &args.files {
		events.push(event::from_file(path, &config.replay)?);
	}
	if let Some(seed) = args.synthetic {
		events.push(event::synthetic(seed, &config.replay)?);
	}
	Ok(events)
}

fn variants(args: &Args) -> Result<Vec<Variant>, String> {
	if args.variants.is_empty() {
		return Ok(VARIANTS.to_vec());
	}
	let mut chosen: Vec<Variant> = args
		.variants
		.iter()
		.map(|name| {
			ALL_VARIANTS.iter().copied().find(|v| v.name() == name).ok_or_else(|| {
				format!("--variant {name}: one of {}", ALL_VARIANTS.iter().map(|v| v.name()).collect::<Vec<_>>().join(", "))
			})
		})
		.collect::<Result<_, _>>()?;
	// Ballast first: the verdict compares against it.
	chosen.sort_by_key(|v| ALL_VARIANTS.iter().position(|w| w == v));
	chosen.dedup();
	Ok(chosen)
}

/// Ok(false) when a run broke an invariant.
fn run(args: Args) -> Result<bool, String> {
	let configs = configs(&args)?;
	if let Some(accounts) = args.cascade {
		return cascade(accounts, args.gap, configs[0].book.seed);
	}
	if args.print_config {
		print!("{}", toml::to_string(&configs[0]).map_err(|e| e.to_string())?);
		return Ok(true);
	}
	let variants = variants(&args)?;
	let work = configs.iter().map(|config| events(&args, config).map(|events| (config, events))).collect::<Result<Vec<_>, _>>()?;
	if work.iter().all(|(_, events)| events.is_empty()) {
		return Err("nothing to replay: name price files, or pass --all, --event <name> or --synthetic <seed>".into());
	}

	let started = Instant::now();
	let mut outcomes = Vec::new();
	let mut book_seconds = Vec::new();
	let mut failed = 0;
	for (config, events) in work {
		let book = config.book.name.clone();
		let book_started = Instant::now();
		for event in events {
			let name = event.name.clone();
			let bar = ProgressBar::new(variants.len() as u64 * blocks(&event, config));
			bar.set_style(ProgressStyle::with_template("{prefix:40} [{bar:30}] {pos}/{len} blocks, {per_sec}, {eta} left").map_err(|e| e.to_string())?.progress_chars("=> "));
			bar.set_prefix(format!("{name} · {book}"));
			let outcome = compare(event, config, &variants, &|blocks| bar.inc(blocks));
			bar.finish_and_clear();
			match outcome {
				Ok(comparison) => {
					let folder = format!("{book}/{name}");
					let dir = args.out.join(&folder);
					report::write(&dir, &comparison, config)?;
					let runs: Vec<_> = comparison.runs.iter().map(|(v, run)| (*v, run.summary.clone())).collect();
					let outcome = report::Outcome { event: name.clone(), book: book.clone(), folder, runs, seconds: comparison.seconds };
					let (runs, verdict) = (&outcome.runs, outcome.verdict());
					let losses = runs.iter().map(|(v, s)| format!("{} {:.0}{}", v.name(), s.loss_to_others, if s.insolvent { " (insolvent)" } else { "" })).collect::<Vec<_>>();
					println!(
						"{name} · {book}: {} blocks in {:.1} s; loss to others: {}; verdict: {}; report {}",
						runs[0].1.blocks,
						comparison.seconds,
						losses.join(", "),
						verdict.text.replace("**", ""),
						dir.join("report.html").display()
					);
					outcomes.push(outcome);
				},
				Err(failure) => {
					eprintln!("{name} · {book}: FAILED: {failure}");
					failed += 1;
				},
			}
		}
		let seconds = book_started.elapsed().as_secs_f64();
		println!("book {book}: every event in {seconds:.0} s ({} variants each)", variants.len());
		book_seconds.push((book, seconds));
	}
	let seconds = started.elapsed().as_secs_f64();
	if outcomes.len() > 1 {
		report::write_index(&args.out, &outcomes, &book_seconds, seconds)?;
		println!("scoreboard of {} events × books: {}", outcomes.len(), args.out.join("index.md").display());
	}
	println!("crisis lab: {} reported, {failed} failed, in {seconds:.1} s", outcomes.len());
	Ok(failed == 0)
}
