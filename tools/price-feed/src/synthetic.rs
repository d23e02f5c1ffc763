//! A generated crash path for when no real data is at hand (a fresh clone without `shared/`).
//! Deterministic for a seed, and always labelled synthetic in responses.
//!
//! Shape, in one-minute bars over a day: a calm random walk (0.1 % per bar), a crash of 40 %
//! over twenty minutes starting at 70 % of the day, then a rebound of half the loss.

use crate::series::{Bar, Series};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const BARS: usize = 1_440;
const BAR_SECONDS: i64 = 60;
/// 2025-10-10 00:00 UTC, so synthetic and real Oct-2025 paths share a clock.
const START: i64 = 1_760_054_400;

/// The drift of bar `i`: calm, crash, rebound.
fn drift(i: usize) -> f64 {
	let crash_start = BARS * 7 / 10;
	let crash_bars = 20;
	let rebound_bars = 60;
	let crash_total = (0.6f64).ln(); // -40 %
	if (crash_start..crash_start + crash_bars).contains(&i) {
		crash_total / crash_bars as f64
	} else if (crash_start + crash_bars..crash_start + crash_bars + rebound_bars).contains(&i) {
		// Recover half the lost price: back to 80 % of the pre-crash level.
		(0.8f64 / 0.6).ln() / rebound_bars as f64
	} else {
		0.0
	}
}

/// A synthetic day starting at `start_price`.
pub fn crash_day(seed: u64, start_price: f64) -> Series {
	// ChaCha8 from a `u64` seed: the same path for a seed on every platform and release.
	let mut random = ChaCha8Rng::seed_from_u64(seed);
	let mut symmetric = move || random.gen_range(-1.0..1.0);
	let mut price = start_price;
	let bars = (0..BARS)
		.map(|i| {
			let open = price;
			let close = open * (drift(i) + 0.001 * symmetric()).exp();
			let wick = 1.0 + 0.0005 * symmetric().abs();
			price = close;
			Bar { start: START + i as i64 * BAR_SECONDS, open, high: open.max(close) * wick, low: open.min(close) / wick, close }
		})
		.collect();
	Series { source: format!("synthetic(seed {seed})"), synthetic: true, bar_seconds: BAR_SECONDS, bars }
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_same_seed_gives_the_same_path_and_another_seed_another() {
		let (a, b, c) = (crash_day(7, 100.0), crash_day(7, 100.0), crash_day(8, 100.0));
		assert_eq!(a.bars, b.bars);
		assert_ne!(a.bars, c.bars);
		assert!(a.synthetic && a.source.contains("synthetic"));
	}

	#[test]
	fn the_path_crashes_about_forty_percent_and_rebounds() {
		let day = crash_day(1, 100.0);
		let before = day.bars[BARS * 7 / 10 - 1].close;
		let bottom = day.bars.iter().map(|b| b.low).fold(f64::INFINITY, f64::min);
		let end = day.bars[BARS - 1].close;
		assert!(bottom < before * 0.65, "crash to {bottom} from {before}");
		assert!(end > bottom * 1.2, "rebound to {end} from {bottom}");
		assert!(day.bars.iter().all(|b| b.low <= b.open.min(b.close) && b.high >= b.open.max(b.close)));
	}
}
