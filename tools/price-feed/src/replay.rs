//! Replaying a series in (sped-up) real time, with faults injected on request.
//!
//! Within a bar the price does not jump from close to close: it walks open → the extreme on
//! the side away from the close → the other extreme → close, linearly, so a flash crash's low
//! (AVAX perp at 6.02 for a minute) is served instead of being averaged away.

use crate::series::{Bar, Series};

/// A fault injected into one market's feed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fault {
	/// Serve the price of the moment the fault was set, unchanged.
	Freeze { price: f64 },
	/// Multiply every price by `factor` (a fat-finger print or a manipulated venue).
	Spike { factor: f64 },
	/// Give different feeders prices up to `spread` (a fraction) apart.
	Diverge { spread: f64 },
	/// Answer nothing: the request hangs until the client gives up.
	Silent,
}

/// The price at `time` (Unix seconds in the series' own clock), clamped to the series' span.
pub fn price_at(series: &Series, time: f64) -> f64 {
	let bars = &series.bars;
	let index = bars.partition_point(|bar| (bar.start as f64) <= time).saturating_sub(1);
	let bar = bars[index];
	let progress = ((time - bar.start as f64) / series.bar_seconds as f64).clamp(0.0, 1.0);
	along_bar(&bar, progress)
}

/// The price `progress` (0..=1) of the way through `bar`.
fn along_bar(bar: &Bar, progress: f64) -> f64 {
	// A falling bar probes its high first, a rising one its low.
	let (first, second) = if bar.close < bar.open { (bar.high, bar.low) } else { (bar.low, bar.high) };
	let path = [bar.open, first, second, bar.close];
	let scaled = progress * 3.0;
	let leg = (scaled.floor() as usize).min(2);
	let within = scaled - leg as f64;
	path[leg] + (path[leg + 1] - path[leg]) * within
}

/// Maps wall-clock seconds since the replay started to the series' own time.
#[derive(Clone, Copy, Debug)]
pub struct Timeline {
	/// Data seconds per wall-clock second.
	pub speed: f64,
	/// Data seconds after the series' first bar at which the replay starts.
	pub offset: f64,
	/// Start again from the beginning after the last bar (otherwise hold the last price).
	pub looping: bool,
}

impl Timeline {
	/// The series time `elapsed` wall-clock seconds into the replay.
	pub fn data_time(&self, series: &Series, elapsed: f64) -> f64 {
		let first = series.bars[0].start as f64;
		let span = (series.bars[series.bars.len() - 1].start - series.bars[0].start + series.bar_seconds) as f64;
		let position = self.offset + elapsed * self.speed;
		let position = if self.looping && span > 0.0 { position.rem_euclid(span) } else { position.min(span) };
		first + position
	}
}

/// The multiplier a feeder sees under [`Fault::Diverge`]: one of three groups, chosen by a hash
/// of its name, at `1 - spread`, `1` and `1 + spread`.
pub fn divergence_factor(feeder: &str, spread: f64) -> f64 {
	let hash = feeder.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
	1.0 + spread * ((hash % 3) as f64 - 1.0)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn series(bars: Vec<Bar>) -> Series {
		Series { source: "test".into(), synthetic: false, bar_seconds: 60, bars }
	}

	fn bar(start: i64, open: f64, high: f64, low: f64, close: f64) -> Bar {
		Bar { start, open, high, low, close }
	}

	#[test]
	fn a_falling_bar_visits_its_high_then_its_low_then_closes() {
		let crash = bar(0, 28.0, 28.6, 6.0, 10.0);
		assert_eq!(along_bar(&crash, 0.0), 28.0);
		assert!((along_bar(&crash, 1.0 / 3.0) - 28.6).abs() < 1e-9);
		assert!((along_bar(&crash, 2.0 / 3.0) - 6.0).abs() < 1e-9);
		assert_eq!(along_bar(&crash, 1.0), 10.0);
	}

	#[test]
	fn a_rising_bar_visits_its_low_first() {
		let rally = bar(0, 10.0, 14.0, 9.0, 13.0);
		assert!((along_bar(&rally, 1.0 / 3.0) - 9.0).abs() < 1e-9);
		assert!((along_bar(&rally, 2.0 / 3.0) - 14.0).abs() < 1e-9);
	}

	#[test]
	fn prices_clamp_to_the_series_span() {
		let s = series(vec![bar(100, 1.0, 1.0, 1.0, 1.0), bar(160, 2.0, 2.0, 2.0, 2.0)]);
		assert_eq!(price_at(&s, 0.0), 1.0);
		assert_eq!(price_at(&s, 160.0), 2.0);
		assert_eq!(price_at(&s, 10_000.0), 2.0);
	}

	#[test]
	fn the_timeline_applies_speed_offset_and_looping() {
		let s = series(vec![bar(1_000, 1.0, 1.0, 1.0, 1.0), bar(1_060, 2.0, 2.0, 2.0, 2.0)]);
		let once = Timeline { speed: 60.0, offset: 30.0, looping: false };
		assert_eq!(once.data_time(&s, 0.0), 1_030.0);
		assert_eq!(once.data_time(&s, 1.0), 1_090.0);
		assert_eq!(once.data_time(&s, 100.0), 1_120.0, "holds at the end");
		let looping = Timeline { looping: true, ..once };
		assert_eq!(looping.data_time(&s, 2.0), 1_030.0, "150 s into a 120 s series wraps to 30 s");
	}

	#[test]
	fn divergence_splits_feeders_into_three_groups_within_the_spread() {
		let factors: Vec<f64> = (0..30).map(|i| divergence_factor(&format!("feeder-{i}"), 0.1)).collect();
		assert!(factors.iter().all(|f| [0.9, 1.0, 1.1].iter().any(|g| (f - g).abs() < 1e-12)));
		assert!(factors.iter().any(|f| *f < 1.0) && factors.iter().any(|f| *f > 1.0));
		assert_eq!(divergence_factor("alice", 0.1), divergence_factor("alice", 0.1));
	}
}
