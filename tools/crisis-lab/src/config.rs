//! The lab's settings: the synthetic book, the venue's pools, how a price file becomes blocks,
//! and oracle faults. Every key has a default (`ballast-crisis-lab --print-config` shows them);
//! a TOML file overrides any of them. An unknown key, a value of the wrong type or an impossible
//! value is an error naming the key.

use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
	pub book: Book,
	pub activity: Activity,
	pub venue: Venue,
	pub replay: Replay,
	pub governance: Governance,
	/// Feeders that lie or fall silent during the replay.
	pub faults: Vec<Fault>,
}

/// The traders, drawn from a seeded distribution (see [`crate::book`]).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Book {
	/// Seed of every draw: the same seed gives the same book and the same trading.
	pub seed: u64,
	pub accounts: u32,
	/// Share of accounts that are long (the rest short).
	pub long_share: f64,
	/// Share of accounts trading ETH-USD (the rest BTC-USD).
	pub eth_share: f64,
	/// Leverage is log-normal: this median...
	pub leverage_median: f64,
	/// ...this standard deviation of its logarithm...
	pub leverage_spread: f64,
	/// ...cut to [`MIN_LEVERAGE`, this]. The venue refuses what a trader's tier does not allow.
	pub leverage_max: f64,
	/// Collateral (bUSD) is log-normal too: this median...
	pub collateral_median: f64,
	/// ...and this standard deviation of its logarithm, cut to 50 times the median.
	pub collateral_spread: f64,
	/// Share of accounts whose position is open before the first bar; the others open theirs at
	/// a uniformly drawn block of the replay.
	pub opened_before: f64,
	/// Share of accounts with an established trading record (20×); the rest are newcomers (10×).
	pub established_share: f64,
}

/// Lowest leverage drawn.
pub const MIN_LEVERAGE: f64 = 1.1;

impl Default for Book {
	fn default() -> Self {
		Self {
			seed: 1,
			accounts: 2_000,
			long_share: 0.6,
			eth_share: 0.5,
			leverage_median: 5.0,
			leverage_spread: 0.6,
			leverage_max: 19.0,
			collateral_median: 2_000.0,
			collateral_spread: 1.0,
			opened_before: 0.8,
			established_share: 0.5,
		}
	}
}

/// What traders with a position do in each block of the replay.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Activity {
	/// Chance per block that a trader adds a quarter to their position.
	pub add_per_block: f64,
	/// Chance per block that a trader closes their position (and is done).
	pub close_per_block: f64,
}

impl Default for Activity {
	fn default() -> Self {
		Self { add_per_block: 0.002, close_per_block: 0.002 }
	}
}

/// The venue's pools at genesis, in bUSD.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Venue {
	/// Liquidity in the vault, the traders' counterparty.
	pub vault: f64,
	/// Stake in the insurance fund.
	pub fund: f64,
}

impl Default for Venue {
	fn default() -> Self {
		Self { vault: 5_000_000.0, fund: 200_000.0 }
	}
}

/// Risk parameters set on both runs before the replay, as an enacted referendum sets them;
/// an absent key keeps the runtime's genesis value.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Governance {
	/// The liquidation hook's share of each block at every crisis level alike, above 0 and at
	/// most 0.75 (genesis: 0.25 when calm, rising to 0.75 in a crisis).
	pub liquidation_share: Option<f64>,
	/// The liquidation penalty on the notional closed, from 0 to 0.2 (genesis: 0.01).
	pub liquidation_penalty: Option<f64>,
}

/// How bars become blocks.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Replay {
	/// Blocks per bar: 1 replays closes only; 4 walks open, the nearer extreme, the farther
	/// extreme and the close (the usual reading of an OHLC bar), so a bar's wick is seen; 0
	/// chooses: 4 for bars of an hour or more (an hour in four blocks is gap enough), 1 for
	/// minute bars (a minute is ten blocks on the chain already).
	pub steps_per_bar: u32,
	/// First bar replayed (0 is the file's first).
	pub first_bar: u32,
	/// Most bars replayed from `first_bar` (0: all).
	pub max_bars: u32,
	/// Blocks at the first bar's open before the replay, in which the book opens.
	pub warmup_blocks: u32,
	/// Blocks at the last close after the replay, in which breakers step back.
	pub tail_blocks: u32,
}

impl Default for Replay {
	fn default() -> Self {
		Self { steps_per_bar: 0, first_bar: 0, max_bars: 0, warmup_blocks: 20, tail_blocks: 60 }
	}
}

/// One feeder's fault over a range of bars.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Fault {
	/// The validator whose feeder misbehaves: 0 alice, 1 bob, 2 charlie, 3 dave.
	pub feeder: u32,
	pub kind: FaultKind,
	/// First bar (counted from `replay.first_bar`) and how many bars.
	pub from_bar: u32,
	pub bars: u32,
	/// For `offset`: the factor the feeder multiplies every price by.
	#[serde(default = "one")]
	pub factor: f64,
}

fn one() -> f64 {
	1.0
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum FaultKind {
	/// Sends nothing.
	Silent,
	/// Keeps sending the price it saw when the fault began.
	Frozen,
	/// Sends every price times `factor`.
	Offset,
}

/// Number of validators feeding the oracle on the `local` chain the lab runs.
pub const FEEDERS: u32 = 4;

impl Replay {
	/// Blocks a bar of `bar_seconds` is replayed in.
	pub fn steps_for(&self, bar_seconds: i64) -> u32 {
		match self.steps_per_bar {
			0 if bar_seconds >= 3_600 => 4,
			0 => 1,
			steps => steps,
		}
	}
}

impl Config {
	/// Reads `path`; errors name the file and the key.
	pub fn load(path: &Path) -> Result<Self, String> {
		let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
		Self::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
	}

	pub fn parse(text: &str) -> Result<Self, String> {
		let config: Self = toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())?;
		config.validate()?;
		Ok(config)
	}

	/// The first impossible value, named by its key.
	pub fn validate(&self) -> Result<(), String> {
		let share = |key: &str, value: f64| check(key, value, (0.0..=1.0).contains(&value), "a share from 0 to 1");
		let chance = |key: &str, value: f64| check(key, value, (0.0..=0.5).contains(&value), "a chance from 0 to 0.5");
		let positive = |key: &str, value: f64| check(key, value, value.is_finite() && value > 0.0, "positive");
		let Book { accounts, long_share, eth_share, leverage_median, leverage_spread, leverage_max, collateral_median, collateral_spread, opened_before, established_share, .. } = &self.book;
		if !(1..=100_000).contains(accounts) {
			return Err(format!("book.accounts = {accounts}: must be from 1 to 100000"));
		}
		share("book.long_share", *long_share)?;
		share("book.eth_share", *eth_share)?;
		share("book.opened_before", *opened_before)?;
		share("book.established_share", *established_share)?;
		check("book.leverage_max", *leverage_max, (MIN_LEVERAGE..=50.0).contains(leverage_max), "from 1.1 to 50")?;
		check("book.leverage_median", *leverage_median, (MIN_LEVERAGE..=*leverage_max).contains(leverage_median), "from 1.1 to book.leverage_max")?;
		check("book.leverage_spread", *leverage_spread, (0.0..=3.0).contains(leverage_spread), "from 0 to 3")?;
		check("book.collateral_median", *collateral_median, (10.0..=1e7).contains(collateral_median), "from 10 to 10000000 bUSD")?;
		check("book.collateral_spread", *collateral_spread, (0.0..=3.0).contains(collateral_spread), "from 0 to 3")?;
		chance("activity.add_per_block", self.activity.add_per_block)?;
		chance("activity.close_per_block", self.activity.close_per_block)?;
		positive("venue.vault", self.venue.vault)?;
		check("venue.vault", self.venue.vault, self.venue.vault <= 1e12, "at most 10^12 bUSD")?;
		check("venue.fund", self.venue.fund, (100.0..=1e12).contains(&self.venue.fund), "from 100 (the fund's minimum stake) to 10^12 bUSD")?;
		let Replay { steps_per_bar, warmup_blocks, tail_blocks, .. } = self.replay;
		if ![0, 1, 4].contains(&steps_per_bar) {
			return Err(format!("replay.steps_per_bar = {steps_per_bar}: must be 0 (chosen by the bar's length), 1 (closes) or 4 (open, extremes, close)"));
		}
		if warmup_blocks < 3 || warmup_blocks > 10_000 {
			return Err(format!("replay.warmup_blocks = {warmup_blocks}: must be from 3 (prices go live after two) to 10000"));
		}
		if tail_blocks > 10_000 {
			return Err(format!("replay.tail_blocks = {tail_blocks}: must be at most 10000"));
		}
		if let Some(share) = self.governance.liquidation_share {
			check("governance.liquidation_share", share, share > 0.0 && share <= 0.75, "above 0 and at most 0.75")?;
		}
		if let Some(penalty) = self.governance.liquidation_penalty {
			check("governance.liquidation_penalty", penalty, (0.0..=0.2).contains(&penalty), "from 0 to 0.2")?;
		}
		for (index, fault) in self.faults.iter().enumerate() {
			if fault.feeder >= FEEDERS {
				return Err(format!("faults[{index}].feeder = {}: the local chain has feeders 0 to {}", fault.feeder, FEEDERS - 1));
			}
			if fault.bars == 0 {
				return Err(format!("faults[{index}].bars = 0: a fault lasts at least one bar"));
			}
			positive(&format!("faults[{index}].factor"), fault.factor)?;
		}
		Ok(())
	}
}

fn check(key: &str, value: f64, ok: bool, expected: &str) -> Result<(), String> {
	if ok && value.is_finite() {
		Ok(())
	} else {
		Err(format!("{key} = {value}: must be {expected}"))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_defaults_are_valid_and_an_empty_file_gives_them() {
		assert_eq!(Config::parse(""), Ok(Config::default()));
	}

	#[test]
	fn a_file_overrides_some_keys_and_keeps_the_rest() {
		let config = Config::parse("[book]\naccounts = 500\n[[faults]]\nfeeder = 3\nkind = \"offset\"\nfrom_bar = 2\nbars = 5\nfactor = 10.0\n").unwrap();
		assert_eq!(config.book.accounts, 500);
		assert_eq!(config.book.seed, 1);
		assert_eq!(config.faults, vec![Fault { feeder: 3, kind: FaultKind::Offset, from_bar: 2, bars: 5, factor: 10.0 }]);
	}

	#[test]
	fn bad_values_name_their_key() {
		let error = |text: &str| Config::parse(text).unwrap_err();
		assert!(error("[book]\nlong_share = 1.5").contains("book.long_share = 1.5"));
		assert!(error("[book]\naccounts = 0").contains("book.accounts"));
		assert!(error("[book]\nleverage_median = 30.0").contains("book.leverage_median"));
		assert!(error("[venue]\nfund = -1.0").contains("venue.fund"));
		assert!(error("[replay]\nsteps_per_bar = 3").contains("replay.steps_per_bar"));
		assert!(error("[governance]\nliquidation_share = 0.8").contains("governance.liquidation_share"));
		assert!(error("[[faults]]\nfeeder = 7\nkind = \"silent\"\nfrom_bar = 0\nbars = 1").contains("faults[0].feeder"));
		// Unknown keys and wrong types are named by the TOML reader.
		assert!(error("[book]\naccount = 5").contains("account"), "{}", error("[book]\naccount = 5"));
		assert!(error("[venue]\nvault = \"lots\"").contains("vault"));
		assert!(error("[[faults]]\nfeeder = 1\nkind = \"sleepy\"\nfrom_bar = 0\nbars = 1").contains("sleepy"));
	}
}
