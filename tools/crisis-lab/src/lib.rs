//! # Ballast's crisis lab
//!
//! What would Ballast have done in the worst hours of 2020–2025? The lab replays a real crash
//! (any CSV in the layouts of `shared/data/prices/SOURCES.md`) through the real runtime,
//! natively, block by block: every pallet and hook in block order, the oracle fed by the four
//! validators' signed submissions (with optional faults), a synthetic book of thousands of
//! traders ([`book`]) opening before and during the crash, adding and closing as it runs.
//!
//! Each episode runs twice on the same path and book: Ballast as configured, and a baseline
//! venue without its crisis management ([`chain::Variant::Baseline`]). Both runs check every
//! invariant after every block and stop, naming the block, if one breaks. [`report`] writes a
//! folder per episode: `report.md` and `report.html` with plots, and `summary.json`.
//!
//! [`cascade`] measures the liquidation engine alone: blocks to mend a whole book after a gap
//! on every market (`./scripts/bench` prints it as `cascade_blocks_100k`).

pub mod book;
pub mod cascade;
pub mod chain;
pub mod config;
pub mod episode;
pub mod report;
pub mod run;

use chain::Variant;
use config::Config;
use episode::Episode;
use run::{Failure, Run};

/// Both runs of one episode.
pub struct Comparison {
	pub episode: Episode,
	pub ballast: Run,
	pub baseline: Run,
	/// Wall time of the slower run, in seconds.
	pub seconds: f64,
}

/// Blocks one run of `episode` replays (warm-up, path and tail).
pub fn blocks(episode: &Episode, config: &Config) -> u64 {
	(config.replay.warmup_blocks as usize + episode.factors.len() + config.replay.tail_blocks as usize) as u64
}

/// Runs Ballast and the baseline on `episode`, side by side on two threads; `progress` is
/// called with each block either run finishes.
pub fn compare(episode: Episode, config: &Config, progress: &(impl Fn(u64) + Sync)) -> Result<Comparison, Failure> {
	let started = std::time::Instant::now();
	let (ballast, baseline) = std::thread::scope(|scope| {
		let ballast = scope.spawn(|| run::run(&episode, config, Variant::Ballast, |_| {}, progress));
		let baseline = run::run(&episode, config, Variant::Baseline, |_| {}, progress);
		(ballast.join().unwrap_or_else(|_| Err(Failure { variant: "ballast", block: 0, what: "the run's thread died".into() })), baseline)
	});
	Ok(Comparison { ballast: ballast?, baseline: baseline?, seconds: started.elapsed().as_secs_f64(), episode })
}
