//! # Ballast's crisis lab
//!
//! What would Ballast have done in the worst hours of 2020–2025, beside venues that manage
//! crises by other rules or not at all? The lab replays each crash as the multi-market event it
//! was ([`event`]: `events.toml`, every asset its own market listed as a referendum lists one)
//! through the real runtime, natively, block by block: every pallet and hook in block order,
//! the oracle fed by the four validators' signed submissions (with optional faults), and a
//! book calibrated to a real venue's published figures (`books/*.toml`, [`book`]) opening
//! before and during the crash, adding and closing as it runs.
//!
//! Each event runs once per [`chain::Variant`] on the same path and book: Ballast as
//! configured, no crisis management, and peers' rules as far as the runtime's parameters
//! express them (what they cannot is listed as not modelled). Every run checks every
//! invariant after every block and stops, naming the block, if one breaks. [`report`] writes
//! a folder per event and book (`report.md`, `report.html` with plots, `summary.json`) and a
//! scoreboard over every event and book with a verdict: who left the least loss to people
//! who did not cause it, with availability and capital efficiency beside it.
//!
//! [`cascade`] measures the liquidation engine alone: blocks to mend a whole book after a gap
//! on every market (`./scripts/bench` prints it as `cascade_blocks_100k`).

pub mod book;
pub mod books;
pub mod cascade;
pub mod chain;
pub mod config;
pub mod event;
pub mod report;
pub mod run;

use chain::Variant;
use config::Config;
use event::Event;
use run::{Failure, Run};

/// Every variant's run of one event on one book.
pub struct Comparison {
	pub event: Event,
	/// One run per variant, in the order asked (Ballast first).
	pub runs: Vec<(Variant, Run)>,
	/// Wall time of the slowest run, in seconds.
	pub seconds: f64,
}

impl Comparison {
	pub fn run_of(&self, variant: Variant) -> Option<&Run> {
		self.runs.iter().find(|(v, _)| *v == variant).map(|(_, run)| run)
	}
}

/// Blocks one run of `event` replays (warm-up, path and tail).
pub fn blocks(event: &Event, config: &Config) -> u64 {
	(config.replay.warmup_blocks as usize + event.blocks() + config.replay.tail_blocks as usize) as u64
}

/// Runs every variant of `variants` on `event`, each on its own thread; `progress` is called
/// with each block any run finishes.
pub fn compare(event: Event, config: &Config, variants: &[Variant], progress: &(impl Fn(u64) + Sync)) -> Result<Comparison, Failure> {
	let started = std::time::Instant::now();
	let runs = std::thread::scope(|scope| {
		let handles: Vec<_> = variants.iter().map(|variant| (*variant, scope.spawn(|| run::run(&event, config, *variant, |_| {}, progress)))).collect();
		handles
			.into_iter()
			.map(|(variant, handle)| {
				let run = handle.join().unwrap_or_else(|_| Err(Failure { variant: variant.name(), block: 0, what: "the run's thread died".into() }));
				run.map(|run| (variant, run))
			})
			.collect::<Result<Vec<_>, _>>()
	})?;
	Ok(Comparison { runs, seconds: started.elapsed().as_secs_f64(), event })
}
