//! Events: the crashes of `events.toml`, each the markets that moved together, with their
//! series aligned on time; or one price file alone; or the seeded synthetic crash.
//!
//! The event's timeline is walked at its finest series' step: a block is
//! `bar / steps_for(bar)` seconds of the path (a quarter of an hour bar or one minute
//! compressed, six seconds in real time). Each series gives every block the price its own bar
//! holds at that moment: a bar spanning `n` blocks is walked open → nearer extreme → farther
//! extreme → close (linearly between them when `n > 4`; its close when `n = 1`), so an hour
//! series beside a minute one moves through its hour while the minute series moves through its
//! minutes. A minute with no trades (a gap in a trade-built file) holds the last close; before a
//! series' first bar and after its last, a market reads its next source, else holds its first
//! open or last close.

use crate::config::{MarketKind, Replay, Speed};
use ballast_price_feed::series::{self, Bar, Series};
use serde::Deserialize;
use std::path::Path;

/// The catalogue of crashes, compiled in (the files are read from `--data`).
pub const CATALOGUE: &str = include_str!("../events.toml");

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalogue {
	event: Vec<EventSpec>,
}

/// An event as the catalogue names it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventSpec {
	pub name: String,
	pub title: String,
	/// The window replayed, `YYYY-MM-DD HH:MM:SS` UTC: from (inclusive) and to (exclusive); the
	/// files' whole span without them.
	#[serde(default)]
	pub from: Option<String>,
	#[serde(default)]
	pub to: Option<String>,
	pub market: Vec<MarketSpec>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketSpec {
	pub symbol: String,
	pub kind: MarketKind,
	pub files: Vec<String>,
	/// The market's calm volatility per minute of path, if not its tier's.
	#[serde(default)]
	pub calm_volatility: Option<f64>,
}

/// Every event of the catalogue.
pub fn catalogue() -> Vec<EventSpec> {
	toml::from_str::<Catalogue>(CATALOGUE).expect("events.toml is checked by a test").event
}

/// A path ready to replay.
#[derive(Clone, Debug)]
pub struct Event {
	pub name: String,
	pub title: String,
	pub synthetic: bool,
	pub markets: Vec<EventMarket>,
	/// The finest series' bar, seconds, and blocks each of its bars is walked in.
	pub bar_seconds: i64,
	pub steps_per_bar: u32,
	pub speed: Speed,
	/// Unix time of the first replayed block.
	pub start: i64,
	/// Finest bars replayed.
	pub bars: usize,
	/// The finest bar each block belongs to.
	pub block_bars: Vec<usize>,
}

/// One market of an event.
#[derive(Clone, Debug)]
pub struct EventMarket {
	pub symbol: String,
	pub kind: MarketKind,
	/// Its own calm volatility per minute of path, if not its tier's.
	pub calm_volatility: Option<f64>,
	/// File names (or the generator) of its sources.
	pub sources: Vec<String>,
	/// Each source's price at each block: `prices[source][block]`.
	pub prices: Vec<Vec<f64>>,
}

impl EventMarket {
	/// The price feeder `feeder` reads at `block`.
	pub fn price(&self, feeder: usize, block: usize) -> f64 {
		self.prices[feeder % self.prices.len()][block]
	}

	/// The first source's price at `block`.
	pub fn reference(&self, block: usize) -> f64 {
		self.prices[0][block]
	}

	pub fn lowest(&self) -> f64 {
		self.prices.iter().flatten().copied().fold(f64::MAX, f64::min)
	}

	pub fn highest(&self) -> f64 {
		self.prices.iter().flatten().copied().fold(f64::MIN, f64::max)
	}

	/// The largest fall from a running high in the replay, as a fraction.
	pub fn max_drawdown(&self) -> f64 {
		let mut high = f64::MIN;
		self.prices[0].iter().fold(0.0, |worst, price| {
			high = high.max(*price);
			f64::max(worst, 1.0 - price / high)
		})
	}
}

impl Event {
	pub fn blocks(&self) -> usize {
		self.block_bars.len()
	}

	/// Seconds of the path one block replays.
	pub fn block_seconds(&self) -> f64 {
		self.bar_seconds as f64 / f64::from(self.steps_per_bar)
	}

	/// Blocks before the crash: until the first block in which some market trades 10 % below
	/// its running high. The calm in which capital efficiency is measured.
	pub fn calm_blocks(&self) -> usize {
		self.markets
			.iter()
			.map(|market| {
				let mut high = f64::MIN;
				market.prices[0]
					.iter()
					.position(|price| {
						high = high.max(*price);
						*price < 0.9 * high
					})
					.unwrap_or(self.blocks())
			})
			.min()
			.unwrap_or(self.blocks())
	}

	/// The sources, in one line.
	pub fn sources(&self) -> String {
		self.markets.iter().map(|m| format!("{} ({})", m.symbol, m.sources.join(", "))).collect::<Vec<_>>().join("; ")
	}
}

/// The catalogue's event `spec`, its files read from `data`; errors name the file.
pub fn load(spec: &EventSpec, data: &Path, replay: &Replay) -> Result<Event, String> {
	let time = |text: &Option<String>| text.as_deref().map(|t| series::parse_date_time(t, ' ').map_err(|e| format!("events.toml, {}: {e}", spec.name))).transpose();
	let (from, to) = (time(&spec.from)?.unwrap_or(i64::MIN), time(&spec.to)?.unwrap_or(i64::MAX));
	let markets = spec
		.market
		.iter()
		.map(|market| {
			let mut series = market.files.iter().map(|file| series::load(&data.join(file))).collect::<Result<Vec<_>, _>>()?;
			for series in &mut series {
				series.bars.retain(|bar| (from..to).contains(&bar.start));
			}
			Ok((market.symbol.clone(), market.kind, market.calm_volatility, series))
		})
		.collect::<Result<Vec<_>, String>>()?;
	align(spec.name.clone(), spec.title.clone(), false, markets, replay)
}

/// One price file as a one-market event: its symbol from the file's name
/// (`atomusdperp-binancecoinm-…` is ATOM-USD), a major if BTC or ETH.
pub fn from_file(path: &Path, replay: &Replay) -> Result<Event, String> {
	let series = series::load(path)?;
	let stem = path.file_stem().map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned());
	let coin = stem.split('-').next().unwrap_or(&stem).to_uppercase();
	let coin = coin.trim_end_matches("USDPERP").trim_end_matches("USDT").to_string();
	let kind = if ["BTC", "ETH"].contains(&coin.as_str()) { MarketKind::Major } else { MarketKind::Alt };
	align(stem.clone(), format!("{coin} alone, from {}", file_name(&series.source)), false, vec![(format!("{coin}-USD"), kind, None, vec![series])], replay)
}

/// The synthetic crash (the price feed's seeded day: calm, −40 % in twenty minutes, half back)
/// on BTC-USD and, with the next seed's noise, ETH-USD, in five-minute bars, so the crash
/// arrives in four gaps of about 12 %.
pub fn synthetic(seed: u64, replay: &Replay) -> Result<Event, String> {
	let day = |seed: u64, price: f64| {
		let day = ballast_price_feed::synthetic::crash_day(seed, price);
		let bars = day
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
		Series { source: day.source.clone(), synthetic: true, bar_seconds: day.bar_seconds * 5, bars }
	};
	let markets = vec![
		("BTC-USD".to_string(), MarketKind::Major, None, vec![day(seed, 100_000.0)]),
		("ETH-USD".to_string(), MarketKind::Major, None, vec![day(seed.wrapping_add(1), 4_000.0)]),
	];
	align(format!("synthetic-{seed}"), format!("the seeded synthetic crash (seed {seed})"), true, markets, replay)
}

fn file_name(source: &str) -> String {
	Path::new(source).file_name().map_or(source.to_string(), |name| name.to_string_lossy().into_owned())
}

/// Aligns the markets' series on one timeline and walks it as `replay` says.
/// A market to align: symbol, kind, own calm volatility, sources.
type Unaligned = (String, MarketKind, Option<f64>, Vec<Series>);

fn align(name: String, title: String, synthetic: bool, markets: Vec<Unaligned>, replay: &Replay) -> Result<Event, String> {
	let all = || markets.iter().flat_map(|(_, _, _, series)| series.iter());
	if let Some(empty) = all().find(|s| s.bars.is_empty() || s.bar_seconds <= 0) {
		return Err(format!("{}: no bars", empty.source));
	}
	let finest = all().map(|s| s.bar_seconds).min().ok_or(format!("{name}: no markets"))?;
	let first = all().map(|s| s.bars[0].start).min().unwrap_or(0);
	let end = all().map(|s| s.bars[s.bars.len() - 1].start + s.bar_seconds).max().unwrap_or(0);
	let available = ((end - first) as usize).div_ceil(finest as usize);
	let skip = replay.first_bar as usize;
	if skip >= available {
		return Err(format!("{name}: replay.first_bar = {skip} but the event has {available} bars of {finest} s"));
	}
	let bars = match replay.max_bars {
		0 => available - skip,
		max => (max as usize).min(available - skip),
	};
	let steps = replay.steps_for(finest);
	let step = finest as f64 / f64::from(steps);
	let start = first + skip as i64 * finest;
	let times: Vec<f64> = (0..bars * steps as usize).map(|block| start as f64 + block as f64 * step).collect();
	let markets = markets
		.into_iter()
		.map(|(symbol, kind, calm_volatility, series)| {
			let sources: Vec<Vec<Option<f64>>> = series.iter().map(|s| times.iter().map(|t| value_at(s, *t, step)).collect()).collect();
			let prices = (0..sources.len()).map(|own| fill(&sources, own, &series[0])).collect();
			EventMarket { symbol, kind, calm_volatility, sources: series.iter().map(|s| file_name(&s.source)).collect(), prices }
		})
		.collect();
	Ok(Event {
		name,
		title,
		synthetic,
		markets,
		bar_seconds: finest,
		steps_per_bar: steps,
		speed: replay.speed,
		start,
		bars,
		block_bars: (0..bars * steps as usize).map(|block| block / steps as usize).collect(),
	})
}

/// Source `own`'s prices, where it has none the next source's that has one, else `primary`'s
/// first open (before its first bar) or last close (after).
fn fill(sources: &[Vec<Option<f64>>], own: usize, primary: &Series) -> Vec<f64> {
	let blocks = sources[own].len();
	let (opening, closing) = (primary.bars[0].open, primary.bars[primary.bars.len() - 1].close);
	let mut seen_any = false;
	(0..blocks)
		.map(|block| {
			let found = (0..sources.len()).map(|i| sources[(own + i) % sources.len()][block]).find_map(|p| p);
			seen_any |= found.is_some();
			found.unwrap_or(if seen_any { closing } else { opening })
		})
		.collect()
}

/// `series`' price at time `t`, blocks being `step` seconds: `None` outside its bars.
fn value_at(series: &Series, t: f64, step: f64) -> Option<f64> {
	let bars = &series.bars;
	let after = bars.partition_point(|bar| bar.start as f64 <= t);
	let bar = bars.get(after.checked_sub(1)?)?;
	let into = t - bar.start as f64;
	if into >= series.bar_seconds as f64 {
		// Between bars: no trades in the gap, or past the last bar.
		return (after < bars.len()).then_some(bar.close);
	}
	let blocks = ((series.bar_seconds as f64 / step).round() as usize).max(1);
	let index = ((into / step).round() as usize).min(blocks - 1);
	Some(walk(bar, blocks)[index])
}

/// The prices a bar is walked in over `blocks` blocks (a falling bar is read as having made its
/// high first).
fn walk(bar: &Bar, blocks: usize) -> Vec<f64> {
	let (first, second) = if bar.close < bar.open { (bar.high, bar.low) } else { (bar.low, bar.high) };
	let knots = [bar.open, first, second, bar.close];
	if blocks <= 4 {
		return knots[4 - blocks..].to_vec();
	}
	let last = (blocks - 1) as f64;
	let positions = [0.0, (last / 3.0).round(), (2.0 * last / 3.0).round(), last];
	(0..blocks)
		.map(|i| {
			let x = i as f64;
			let segment = (0..3).find(|&s| x <= positions[s + 1]).unwrap_or(2);
			let (x0, x1) = (positions[segment], positions[segment + 1]);
			let weight = if x1 > x0 { (x - x0) / (x1 - x0) } else { 1.0 };
			knots[segment] + (knots[segment + 1] - knots[segment]) * weight
		})
		.collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	fn replay(steps_per_bar: u32) -> Replay {
		Replay { steps_per_bar, ..Replay::default() }
	}

	fn series(bar_seconds: i64, start: i64, closes: &[f64]) -> Series {
		let bars = closes
			.iter()
			.enumerate()
			.map(|(i, close)| Bar { start: start + i as i64 * bar_seconds, open: *close, high: close * 1.1, low: close * 0.9, close: *close })
			.collect();
		Series { source: format!("/data/s{bar_seconds}.csv"), synthetic: false, bar_seconds, bars }
	}

	#[test]
	fn a_bar_walks_open_extremes_close_in_the_direction_it_closed() {
		let falling = Bar { start: 0, open: 10.0, high: 11.0, low: 7.0, close: 8.0 };
		assert_eq!(walk(&falling, 4), vec![10.0, 11.0, 7.0, 8.0]);
		let rising = Bar { start: 0, open: 10.0, high: 13.0, low: 9.0, close: 12.0 };
		assert_eq!(walk(&rising, 4), vec![10.0, 9.0, 13.0, 12.0]);
		assert_eq!(walk(&rising, 1), vec![12.0]);
		// Ten blocks (a minute in real time): the extremes are reached exactly, in order.
		let ten = walk(&falling, 10);
		assert_eq!((ten[0], ten[3], ten[6], ten[9]), (10.0, 11.0, 7.0, 8.0));
		assert!(ten[4] < 11.0 && ten[4] > 7.0);
	}

	#[test]
	fn an_hour_series_beside_a_minute_series_moves_through_its_hour() {
		// A minute series over two hours and an hour series over the same two hours.
		let minutes = series(60, 0, &(0..120).map(|i| 100.0 - i as f64 * 0.1).collect::<Vec<_>>());
		let hours = series(3_600, 0, &[1.0, 0.5]);
		let event = align("e".into(), "t".into(), false, vec![("A-USD".into(), MarketKind::Alt, None, vec![minutes]), ("B-USD".into(), MarketKind::Alt, None, vec![hours])], &replay(0)).unwrap();
		assert_eq!((event.bar_seconds, event.steps_per_bar, event.blocks()), (60, 1, 120));
		let (a, b) = (&event.markets[0], &event.markets[1]);
		assert_eq!(a.reference(0), 100.0, "minute bars: their close");
		// The hour bar (open 1.0, high 1.1, low 0.9, close 1.0: rising, so low first) over sixty blocks.
		assert_eq!((b.reference(0), b.reference(20), b.reference(39), b.reference(59)), (1.0, 0.9, 1.1, 1.0));
		assert_eq!(b.reference(60), 0.5);
		// Real time: ten blocks a minute.
		let real = align("e".into(), "t".into(), false, vec![("A-USD".into(), MarketKind::Alt, None, vec![series(60, 0, &[1.0, 2.0])])], &Replay { speed: Speed::RealTime, ..replay(0) }).unwrap();
		assert_eq!((real.blocks(), real.steps_per_bar, real.block_bars[15]), (20, 10, 1));
	}

	#[test]
	fn two_sources_of_one_market_fill_each_other_and_a_late_series_holds_its_first_open() {
		let early = series(3_600, 0, &[1.0, 0.9, 0.8, 0.9]);
		let late = series(3_600, 7_200, &[0.85, 0.95]);
		let event = align("e".into(), "t".into(), false, vec![("USDC-USD".into(), MarketKind::Alt, None, vec![early, late.clone()])], &replay(1)).unwrap();
		let usdc = &event.markets[0];
		assert_eq!(usdc.sources, vec!["s3600.csv", "s3600.csv"]);
		// Before the second source starts, its feeders read the first source.
		assert_eq!((usdc.price(1, 0), usdc.price(1, 1), usdc.price(1, 2)), (1.0, 0.9, 0.85));
		assert_eq!((usdc.price(0, 2), usdc.price(2, 2)), (0.8, 0.8), "feeders 0 and 2 read the first source");
		let other = align("e".into(), "t".into(), false, vec![("A-USD".into(), MarketKind::Alt, None, vec![series(3_600, 0, &[5.0, 6.0, 7.0])]), ("B-USD".into(), MarketKind::Alt, None, vec![late])], &replay(1)).unwrap();
		assert_eq!((other.markets[1].reference(0), other.markets[1].reference(2)), (0.85, 0.85), "before its first bar: its first open");
	}

	#[test]
	fn a_cut_starts_at_its_first_bar_and_a_bad_cut_names_the_event() {
		let csv = "date,open,high,low,close\n2020-03-12 00:00:00,100,110,90,95\n2020-03-12 01:00:00,95,96,50,60\n2020-03-12 02:00:00,60,70,55,65";
		let s = series::parse(csv, "t.csv").unwrap();
		let all = align("t".into(), "t".into(), false, vec![("T-USD".into(), MarketKind::Alt, None, vec![s.clone()])], &replay(4)).unwrap();
		assert_eq!(all.markets[0].prices[0][..4], [100.0, 110.0, 90.0, 95.0]);
		let cut = align("t".into(), "t".into(), false, vec![("T-USD".into(), MarketKind::Alt, None, vec![s.clone()])], &Replay { first_bar: 1, max_bars: 1, ..replay(1) }).unwrap();
		assert_eq!((cut.bars, cut.markets[0].prices[0].clone(), cut.start), (1, vec![60.0], all.start + 3_600));
		let error = align("t".into(), "t".into(), false, vec![("T-USD".into(), MarketKind::Alt, None, vec![s])], &Replay { first_bar: 3, ..replay(1) }).unwrap_err();
		assert!(error.contains("first_bar"), "{error}");
	}

	#[test]
	fn the_catalogue_lists_every_crash_once_and_every_file_of_shared_data() {
		let events = catalogue();
		assert_eq!(events.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["2020-03-12", "2021-05-19", "2022-05", "2022-11", "2023-03", "2025-10-10"]);
		let files: Vec<&String> = events.iter().flat_map(|e| e.market.iter().flat_map(|m| m.files.iter())).collect();
		assert_eq!(files.len(), 16);
		let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/prices");
		if data.exists() {
			for file in files {
				assert!(data.join(file).exists(), "{file}");
			}
			// A window cuts every series of the event to it.
			let terra = events.iter().find(|e| e.name == "2022-05").unwrap();
			let event = load(terra, &data, &replay(0)).unwrap();
			assert_eq!(event.start, series::parse_date_time("2022-05-07 12:00:00", ' ').unwrap());
			assert_eq!((event.bar_seconds, event.markets[1].sources[0].as_str()), (60, "ust-binance-20220507-1h.csv"));
		}
	}

	#[test]
	fn the_synthetic_event_gaps_down_in_five_minute_bars_on_two_markets() {
		let event = synthetic(3, &replay(0)).unwrap();
		assert_eq!((event.bars, event.bar_seconds, event.steps_per_bar, event.markets.len()), (288, 300, 1, 2));
		let worst = event.markets[0].prices[0].windows(2).map(|w| w[1] / w[0]).fold(f64::MAX, f64::min);
		assert!(worst < 0.9, "a bar falls more than 10 %: {worst}");
		assert!(event.synthetic && event.calm_blocks() > 0 && event.calm_blocks() < event.blocks());
	}
}
