//! The book: who trades, which market, on which side, how much, at what leverage, and when they
//! open. Drawn from `book.seed` with ChaCha8 ([`Draw`]), so a seed names a book:
//!
//! - side: long with probability `long_share`; market: one of the event's alts with
//!   probability `alt_share`, else one of its majors (uniformly within the kind);
//! - leverage: from `buckets` by share of open interest (a bucket is drawn with probability
//!   proportional to `oi_share / (size × its mean leverage)`, so the buckets' shares of open interest come out as
//!   given; leverage log-uniform within it), or without buckets log-normal,
//!   `ln L ~ N(ln leverage_median, leverage_spread²)`, cut to [1.1, `leverage_max`];
//! - collateral: log-normal around `collateral_median × size` bUSD with `collateral_spread`,
//!   cut to [median / 50, median × 50] (a few large accounts, many small ones);
//! - whales on top: `count` accounts sharing `oi_share` of the whole book's open interest;
//! - opening: before the first bar with probability `opened_before`, otherwise at a uniformly
//!   drawn block of the replay (whales always before);
//! - record: established (20× allowed) with probability `established_share`, else a newcomer
//!   (10×); whales are established. A trader asking more leverage than the venue allows in its
//!   market opens at the most it allows (`clamped`).
//!
//! Each trader's key is derived from the seed and its index, so its account is the same in
//! every variant's run of one book.

use crate::config::{Book, MarketKind, MIN_LEVERAGE};
use ballast_fuzz::Draw;
use ballast_runtime::AccountId;
use codec::Encode;
use sp_core::{sr25519, Pair};

#[derive(Clone)]
pub struct Trader {
	pub pair: sr25519::Pair,
	pub account: AccountId,
	/// Index of its market in the event's markets.
	pub market: usize,
	pub long: bool,
	pub leverage: f64,
	/// bUSD deposited as margin.
	pub collateral: f64,
	/// Replay block (0 = the first bar's first block) at which the position opens; `None`:
	/// during the warm-up, before the first bar.
	pub opens_at: Option<u32>,
	pub established: bool,
	pub whale: bool,
}

impl Trader {
	pub fn notional(&self) -> f64 {
		self.collateral * self.leverage
	}
}

/// Uniform in [0, 1).
pub fn unit(draw: &mut Draw) -> f64 {
	(draw.next() >> 11) as f64 / (1u64 << 53) as f64
}

/// A standard normal draw (Box–Muller).
fn normal(draw: &mut Draw) -> f64 {
	let u = unit(draw).max(f64::MIN_POSITIVE);
	let v = unit(draw);
	(-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
}

fn pair(seed: u64, index: u32) -> sr25519::Pair {
	sr25519::Pair::from_seed(&sp_io::hashing::blake2_256(&(b"ballast-crisis-lab", seed, index).encode()))
}

/// The book for `config` on markets of `kinds`, over a replay of `replay_blocks` blocks.
pub fn draw(config: &Book, kinds: &[MarketKind], replay_blocks: u32) -> Vec<Trader> {
	let mut draw = Draw::new(config.seed);
	let of_kind = |kind: MarketKind| -> Vec<usize> {
		let wanted: Vec<usize> = (0..kinds.len()).filter(|i| kinds[*i] == kind).collect();
		if wanted.is_empty() { (0..kinds.len()).collect() } else { wanted }
	};
	let (majors, alts) = (of_kind(MarketKind::Major), of_kind(MarketKind::Alt));
	// An account's expected notional in a bucket is its size times its mean leverage.
	let bucket_weights: Vec<f64> = config.buckets.iter().map(|b| b.oi_share / (b.size * mean_leverage(b.from, b.to))).collect();
	let total_weight: f64 = bucket_weights.iter().sum();
	let mut book: Vec<Trader> = (0..config.accounts)
		.map(|index| {
			let long = unit(&mut draw) < config.long_share;
			let pool = if unit(&mut draw) < config.alt_share { &alts } else { &majors };
			let market = if pool.len() == 1 { pool[0] } else { pool[((unit(&mut draw) * pool.len() as f64) as usize).min(pool.len() - 1)] };
			let (leverage, size) = if config.buckets.is_empty() {
				((config.leverage_median.ln() + config.leverage_spread * normal(&mut draw)).exp().clamp(MIN_LEVERAGE, config.leverage_max), 1.0)
			} else {
				let mut pick = unit(&mut draw) * total_weight;
				let bucket = config.buckets.iter().zip(&bucket_weights).find(|(_, w)| {
					pick -= **w;
					pick < 0.0
				});
				let bucket = bucket.map_or(&config.buckets[config.buckets.len() - 1], |(b, _)| b);
				((bucket.from.ln() + unit(&mut draw) * (bucket.to.ln() - bucket.from.ln())).exp(), bucket.size)
			};
			let median = config.collateral_median * size;
			let collateral = (median.ln() + config.collateral_spread * normal(&mut draw)).exp().clamp(median / 50.0, median * 50.0);
			let opened_before = unit(&mut draw) < config.opened_before;
			let opens_at = (!opened_before).then(|| (unit(&mut draw) * f64::from(replay_blocks.max(1))) as u32);
			let established = unit(&mut draw) < config.established_share;
			let pair = pair(config.seed, index);
			Trader { account: pair.public().into(), pair, market, long, leverage, collateral, opens_at, established, whale: false }
		})
		.collect();
	let retail: f64 = book.iter().map(Trader::notional).sum();
	let whale_share: f64 = config.whales.iter().map(|w| w.oi_share).sum();
	let whole = retail / (1.0 - whale_share);
	let mut index = config.accounts;
	for whale in &config.whales {
		let market = match whale.kind {
			MarketKind::Major => majors[0],
			MarketKind::Alt => alts[0],
		};
		for _ in 0..whale.count {
			let pair = pair(config.seed, index);
			index += 1;
			let notional = whole * whale.oi_share / f64::from(whale.count);
			book.push(Trader {
				account: pair.public().into(),
				pair,
				market,
				long: whale.long,
				leverage: whale.leverage,
				collateral: notional / whale.leverage,
				opens_at: None,
				established: true,
				whale: true,
			});
		}
	}
	book
}

/// The mean of a log-uniform draw from [`from`, `to`].
fn mean_leverage(from: f64, to: f64) -> f64 {
	if to > from { (to - from) / (to / from).ln() } else { from }
}

/// The book's open interest: every position's notional, both sides, as drawn.
pub fn open_interest(book: &[Trader]) -> f64 {
	book.iter().map(Trader::notional).sum()
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::config::{Bucket, Whale};

	#[test]
	fn a_seed_names_a_book_and_the_book_follows_its_distribution() {
		let config = Book { accounts: 4_000, ..Book::default() };
		let kinds = [MarketKind::Major, MarketKind::Major];
		let (a, b) = (draw(&config, &kinds, 100), draw(&config, &kinds, 100));
		assert!(a.iter().zip(&b).all(|(x, y)| x.account == y.account && x.leverage == y.leverage && x.opens_at == y.opens_at));
		let other = draw(&Book { seed: 2, ..config.clone() }, &kinds, 100);
		assert_ne!(a[0].account, other[0].account);

		let share = |f: &dyn Fn(&Trader) -> bool| a.iter().filter(|t| f(t)).count() as f64 / a.len() as f64;
		assert!((share(&|t| t.long) - 0.6).abs() < 0.03);
		assert!((share(&|t| t.market == 1) - 0.5).abs() < 0.03, "no alts: majors evenly");
		assert!((share(&|t| t.opens_at.is_none()) - 0.8).abs() < 0.03);
		assert!((share(&|t| t.leverage < 5.0) - 0.5).abs() < 0.03, "the median leverage is 5");
		assert!(a.iter().all(|t| (MIN_LEVERAGE..=19.0).contains(&t.leverage)));
		assert!(a.iter().filter_map(|t| t.opens_at).all(|at| at < 100));
		let mut collateral: Vec<f64> = a.iter().map(|t| t.collateral).collect();
		collateral.sort_by(f64::total_cmp);
		assert!((collateral[2_000] / 2_000.0 - 1.0).abs() < 0.1, "median collateral {}", collateral[2_000]);
	}

	#[test]
	fn buckets_and_whales_hold_the_open_interest_they_are_given() {
		let config = Book {
			accounts: 8_000,
			alt_share: 0.3,
			buckets: vec![
				Bucket { from: 1.1, to: 3.0, oi_share: 0.4, size: 2.0 },
				Bucket { from: 3.0, to: 7.0, oi_share: 0.5, size: 1.0 },
				Bucket { from: 20.0, to: 40.0, oi_share: 0.1, size: 0.2 },
			],
			whales: vec![Whale { count: 2, oi_share: 0.1, leverage: 5.0, long: true, kind: MarketKind::Alt }],
			..Book::default()
		};
		let kinds = [MarketKind::Major, MarketKind::Alt, MarketKind::Alt];
		let book = draw(&config, &kinds, 100);
		let total = open_interest(&book);
		let oi = |f: &dyn Fn(&Trader) -> bool| book.iter().filter(|t| f(t)).map(Trader::notional).sum::<f64>() / total;
		assert!((oi(&|t| t.whale) - 0.1).abs() < 1e-9, "whales: {}", oi(&|t| t.whale));
		assert_eq!(book.iter().filter(|t| t.whale).count(), 2);
		assert!(book.iter().filter(|t| t.whale).all(|t| t.market == 1 && t.long && t.established && t.opens_at.is_none()));
		let retail = 0.9;
		for (from, to, share) in [(1.1, 3.0, 0.4), (3.0, 7.0, 0.5), (20.0, 40.0, 0.1)] {
			let got = oi(&|t| !t.whale && t.leverage >= from && t.leverage <= to) / retail;
			assert!((got - share).abs() < 0.05, "bucket {from}–{to}×: {got} of the bucketed open interest, not {share}");
		}
		let count = |f: &dyn Fn(&Trader) -> bool| book.iter().filter(|t| !t.whale && f(t)).count() as f64 / 8_000.0;
		let median_collateral = |f: &dyn Fn(&Trader) -> bool| {
			let mut collateral: Vec<f64> = book.iter().filter(|t| !t.whale && f(t)).map(|t| t.collateral).collect();
			collateral.sort_by(f64::total_cmp);
			collateral[collateral.len() / 2]
		};
		let (tail, rest) = (median_collateral(&|t| t.leverage >= 20.0), median_collateral(&|t| t.leverage < 20.0));
		assert!(tail < 0.3 * rest, "the 20×+ tail is small accounts: median collateral {tail} against {rest}");
		assert!((count(&|t| t.market != 0) - 0.3).abs() < 0.03);
	}
}
