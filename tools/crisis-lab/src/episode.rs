//! Episodes: a price file (any CSV layout `ballast_price_feed::series` reads) or the seeded
//! synthetic crash, turned into one price factor per block.
//!
//! The runtime lists BTC-USD and ETH-USD, so an episode's asset is replayed on both: each
//! market's price is its genesis price times the path's factor (the bar's price over the first
//! bar's open). Every relative move of the file is kept; a fall below a market's listed minimum
//! is refused by the oracle, as it would be on the chain.

use crate::config::Replay;
use ballast_price_feed::series::{self, Bar, Series};
use std::path::{Path, PathBuf};

/// A path ready to replay.
#[derive(Clone, Debug)]
pub struct Episode {
	/// The file's stem, or `synthetic-<seed>`.
	pub name: String,
	/// Where it came from (the file's path, or the generator).
	pub source: String,
	pub synthetic: bool,
	/// Seconds one bar covers.
	pub bar_seconds: i64,
	/// Unix time of the first replayed bar.
	pub start: i64,
	/// Bars replayed, and blocks per bar.
	pub bars: usize,
	pub steps_per_bar: u32,
	/// Price factor of each replayed block, relative to the first bar's open.
	pub factors: Vec<f64>,
	/// The bar each block belongs to.
	pub block_bars: Vec<usize>,
}

/// Every CSV file in `folder`, sorted by name; an error names the folder if there is none.
pub fn discover(folder: &Path) -> Result<Vec<PathBuf>, String> {
	let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
	let mut files: Vec<PathBuf> = entries
		.filter_map(|entry| entry.ok().map(|e| e.path()))
		.filter(|path| path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("csv")))
		.collect();
	files.sort();
	if files.is_empty() {
		return Err(format!("{}: no CSV price files", folder.display()));
	}
	Ok(files)
}

/// Reads `path` (errors name the file and line) and cuts it as `replay` says.
pub fn load(path: &Path, replay: &Replay) -> Result<Episode, String> {
	let series = series::load(path)?;
	let name = path.file_stem().map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned());
	from_series(name, &series, replay)
}

/// The synthetic crash (the price feed's seeded day: calm, −40 % in twenty minutes, half back)
/// in five-minute bars, so the crash arrives in four gaps of about 12 %.
pub fn synthetic(seed: u64, replay: &Replay) -> Result<Episode, String> {
	let day = ballast_price_feed::synthetic::crash_day(seed, 100.0);
	let bars: Vec<Bar> = day
		.bars
		.chunks(5)
		.map(|chunk| Bar {
			start: chunk[0].start,
			open: chunk[0].open,
			high: chunk.iter().map(|b| b.high).fold(f64::MIN, f64::max),
			low: chunk.iter().map(|b| b.low).fold(f64::MAX, f64::min),
			close: chunk[chunk.len() - 1].close,
		})
		.collect();
	let series = Series { source: day.source.clone(), synthetic: true, bar_seconds: day.bar_seconds * 5, bars };
	from_series(format!("synthetic-{seed}"), &series, replay)
}

fn from_series(name: String, series: &Series, replay: &Replay) -> Result<Episode, String> {
	let first = replay.first_bar as usize;
	if first >= series.bars.len() {
		return Err(format!("{}: replay.first_bar = {first} but the file has {} bars", series.source, series.bars.len()));
	}
	let end = match replay.max_bars {
		0 => series.bars.len(),
		max => (first + max as usize).min(series.bars.len()),
	};
	let bars = &series.bars[first..end];
	let base = bars[0].open;
	let steps_per_bar = replay.steps_for(series.bar_seconds);
	let mut factors = Vec::with_capacity(bars.len() * steps_per_bar as usize);
	let mut block_bars = Vec::with_capacity(factors.capacity());
	for (index, bar) in bars.iter().enumerate() {
		for price in steps(bar, steps_per_bar) {
			factors.push(price / base);
			block_bars.push(index);
		}
	}
	Ok(Episode {
		steps_per_bar,
		name,
		source: series.source.clone(),
		synthetic: series.synthetic,
		bar_seconds: series.bar_seconds,
		start: bars[0].start,
		bars: bars.len(),
		factors,
		block_bars,
	})
}

/// The prices a bar is replayed as: its close, or open, the extreme nearer the open, the other
/// extreme, close (a falling bar is read as having made its high first).
fn steps(bar: &Bar, steps_per_bar: u32) -> Vec<f64> {
	if steps_per_bar == 1 {
		return vec![bar.close];
	}
	let (first, second) = if bar.close < bar.open { (bar.high, bar.low) } else { (bar.low, bar.high) };
	vec![bar.open, first, second, bar.close]
}

#[cfg(test)]
mod tests {
	use super::*;

	fn replay(steps_per_bar: u32) -> Replay {
		Replay { steps_per_bar, ..Replay::default() }
	}

	#[test]
	fn a_bar_walks_open_extremes_close_in_the_direction_it_closed() {
		let falling = Bar { start: 0, open: 10.0, high: 11.0, low: 7.0, close: 8.0 };
		assert_eq!(steps(&falling, 4), vec![10.0, 11.0, 7.0, 8.0]);
		let rising = Bar { start: 0, open: 10.0, high: 13.0, low: 9.0, close: 12.0 };
		assert_eq!(steps(&rising, 4), vec![10.0, 9.0, 13.0, 12.0]);
		assert_eq!(steps(&rising, 1), vec![12.0]);
	}

	#[test]
	fn factors_are_relative_to_the_first_replayed_open() {
		let csv = "date,open,high,low,close\n2020-03-12 00:00:00,100,110,90,95\n2020-03-12 01:00:00,95,96,50,60\n2020-03-12 02:00:00,60,70,55,65";
		let series = series::parse(csv, "t.csv").unwrap();
		let all = from_series("t".into(), &series, &replay(4)).unwrap();
		assert_eq!(all.factors.len(), 12);
		assert_eq!(&all.factors[..4], &[1.0, 1.1, 0.9, 0.95]);
		assert_eq!(all.block_bars[4..8], [1, 1, 1, 1]);
		let cut = from_series("t".into(), &series, &Replay { first_bar: 1, max_bars: 1, ..replay(1) }).unwrap();
		assert_eq!((cut.bars, cut.factors.clone()), (1, vec![60.0 / 95.0]));
		assert_eq!(cut.start, all.start + 3_600);
		let error = from_series("t".into(), &series, &Replay { first_bar: 3, ..replay(1) }).unwrap_err();
		assert!(error.contains("t.csv") && error.contains("first_bar"), "{error}");
	}

	#[test]
	fn the_synthetic_episode_gaps_down_in_five_minute_bars() {
		let episode = synthetic(3, &replay(0)).unwrap();
		assert_eq!((episode.bars, episode.bar_seconds, episode.steps_per_bar), (288, 300, 1), "five-minute bars: closes only");
		let worst = episode.factors.windows(2).map(|w| w[1] / w[0]).fold(f64::MAX, f64::min);
		assert!(worst < 0.9, "a bar falls more than 10 %: {worst}");
		assert!(episode.synthetic);
	}
}
