//! The synthetic book: who trades, on which side, how much collateral, what leverage, and when
//! they open. Drawn from `book.seed` with SplitMix64, so a seed names a book:
//!
//! - side: long with probability `long_share`; market: ETH-USD with probability `eth_share`;
//! - leverage: log-normal, `ln L ~ N(ln leverage_median, leverage_spread²)`, cut to
//!   [1.1, `leverage_max`] (retail perp books cluster at 3–10× with a long tail to 20×+);
//! - collateral: log-normal around `collateral_median` bUSD with `collateral_spread`, cut to
//!   [median / 50, median × 50] (a few whales, many small accounts);
//! - opening: before the first bar with probability `opened_before`, otherwise at a uniformly
//!   drawn block of the replay;
//! - record: established (20× allowed) with probability `established_share`, else a newcomer.
//!
//! Each trader's key is derived from the seed and its index, so its account is the same in the
//! Ballast and the baseline run of one book.

use crate::config::{Book, MIN_LEVERAGE};
use ballast_fuzz::Draw;
use ballast_primitives::MarketId;
use ballast_runtime::{AccountId, BTC_USD, ETH_USD};
use codec::Encode;
use sp_core::{sr25519, Pair};

#[derive(Clone)]
pub struct Trader {
	pub pair: sr25519::Pair,
	pub account: AccountId,
	pub market: MarketId,
	pub long: bool,
	pub leverage: f64,
	/// bUSD deposited as margin.
	pub collateral: f64,
	/// Replay block (0 = the first bar's first block) at which the position opens; `None`:
	/// during the warm-up, before the first bar.
	pub opens_at: Option<u32>,
	pub established: bool,
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

/// The book for `config`, over a replay of `replay_blocks` blocks.
pub fn draw(config: &Book, replay_blocks: u32) -> Vec<Trader> {
	let mut draw = Draw(config.seed);
	(0..config.accounts)
		.map(|index| {
			let seed = sp_io::hashing::blake2_256(&(b"ballast-crisis-lab", config.seed, index).encode());
			let pair = sr25519::Pair::from_seed(&seed);
			let long = unit(&mut draw) < config.long_share;
			let market = if unit(&mut draw) < config.eth_share { ETH_USD } else { BTC_USD };
			let leverage = (config.leverage_median.ln() + config.leverage_spread * normal(&mut draw)).exp().clamp(MIN_LEVERAGE, config.leverage_max);
			let median = config.collateral_median;
			let collateral = (median.ln() + config.collateral_spread * normal(&mut draw)).exp().clamp(median / 50.0, median * 50.0);
			let opened_before = unit(&mut draw) < config.opened_before;
			let opens_at = (!opened_before).then(|| (unit(&mut draw) * f64::from(replay_blocks.max(1))) as u32);
			let established = unit(&mut draw) < config.established_share;
			Trader { account: pair.public().into(), pair, market, long, leverage, collateral, opens_at, established }
		})
		.collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_seed_names_a_book_and_the_book_follows_its_distribution() {
		let config = Book { accounts: 4_000, ..Book::default() };
		let (a, b) = (draw(&config, 100), draw(&config, 100));
		assert!(a.iter().zip(&b).all(|(x, y)| x.account == y.account && x.leverage == y.leverage && x.opens_at == y.opens_at));
		let other = draw(&Book { seed: 2, ..config.clone() }, 100);
		assert_ne!(a[0].account, other[0].account);

		let share = |f: &dyn Fn(&Trader) -> bool| a.iter().filter(|t| f(t)).count() as f64 / a.len() as f64;
		assert!((share(&|t| t.long) - 0.6).abs() < 0.03);
		assert!((share(&|t| t.market == ETH_USD) - 0.5).abs() < 0.03);
		assert!((share(&|t| t.opens_at.is_none()) - 0.8).abs() < 0.03);
		assert!((share(&|t| t.leverage < 5.0) - 0.5).abs() < 0.03, "the median leverage is 5");
		assert!(a.iter().all(|t| (MIN_LEVERAGE..=19.0).contains(&t.leverage)));
		assert!(a.iter().filter_map(|t| t.opens_at).all(|at| at < 100));
		let mut collateral: Vec<f64> = a.iter().map(|t| t.collateral).collect();
		collateral.sort_by(f64::total_cmp);
		assert!((collateral[2_000] / 2_000.0 - 1.0).abs() < 0.1, "median collateral {}", collateral[2_000]);
	}
}
