//! The lab's settings: the book, the venue's pools, each market tier's listed parameters, how
//! price files become blocks, governance's settings and oracle faults. Every key has a default
//! (`ballast-crisis-lab --print-config` shows them); a book file (`books/*.toml`) and a `--config`
//! file override any of them, in that order. An unknown key, a value of the wrong type or an
//! impossible value is an error naming the key.

use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
	pub book: Book,
	pub activity: Activity,
	pub venue: Venue,
	pub tiers: Tiers,
	pub replay: Replay,
	pub governance: Governance,
	/// Feeders that lie or fall silent during the replay.
	pub faults: Vec<Fault>,
}

/// The traders, drawn from a seeded distribution (see [`crate::book`]).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Book {
	/// The book's name in reports (a book file's stem when read from `books/`).
	pub name: String,
	/// Seed of every draw: the same seed gives the same book and the same trading.
	pub seed: u64,
	/// Accounts drawn from the buckets (whales come on top).
	pub accounts: u32,
	/// Share of accounts that are long (the rest short).
	pub long_share: f64,
	/// Share of accounts trading the event's alts (the rest its majors); when an event lists
	/// only one kind, everyone trades it.
	pub alt_share: f64,
	/// Leverage buckets by share of open interest. Empty: leverage is log-normal around
	/// `leverage_median` (the first edition's book).
	pub buckets: Vec<Bucket>,
	/// Leverage is log-normal when there are no buckets: this median...
	pub leverage_median: f64,
	/// ...this standard deviation of its logarithm...
	pub leverage_spread: f64,
	/// ...cut to [`MIN_LEVERAGE`, this]. A trader asking more than the venue allows opens at
	/// the most it allows (counted in the report).
	pub leverage_max: f64,
	/// Collateral (bUSD) is log-normal: this median (times a bucket's `size`)...
	pub collateral_median: f64,
	/// ...and this standard deviation of its logarithm, cut to 50 times the median.
	pub collateral_spread: f64,
	/// A few accounts holding a large share of the open interest.
	pub whales: Vec<Whale>,
	/// Share of accounts whose position is open before the first bar; the others open theirs at
	/// a uniformly drawn block of the replay.
	pub opened_before: f64,
	/// Share of accounts with an established trading record (20×); the rest are newcomers (10×).
	pub established_share: f64,
}

/// Accounts whose leverage lies in [`from`, `to`] (log-uniform), holding `oi_share` of the
/// bucketed open interest, each `size` times the median account's collateral.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Bucket {
	pub from: f64,
	pub to: f64,
	pub oi_share: f64,
	#[serde(default = "one")]
	pub size: f64,
}

/// `count` accounts holding `oi_share` of the whole book's open interest between them, at
/// `leverage`, on the side and the kind of market given (established traders, opened before
/// the first bar).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Whale {
	#[serde(default = "one_u32")]
	pub count: u32,
	pub oi_share: f64,
	pub leverage: f64,
	#[serde(default = "yes")]
	pub long: bool,
	/// `major` or `alt`: the event's first market of that kind (its other kind if it has none).
	#[serde(default = "major")]
	pub kind: MarketKind,
}

/// Lowest leverage drawn.
pub const MIN_LEVERAGE: f64 = 1.1;

impl Default for Book {
	fn default() -> Self {
		Self {
			name: "lab-default".into(),
			seed: 1,
			accounts: 2_000,
			long_share: 0.6,
			alt_share: 0.5,
			buckets: Vec::new(),
			leverage_median: 5.0,
			leverage_spread: 0.6,
			leverage_max: 19.0,
			collateral_median: 2_000.0,
			collateral_spread: 1.0,
			whales: Vec::new(),
			opened_before: 0.8,
			established_share: 0.5,
		}
	}
}

/// What traders with a position do as the path runs, per hour of the path (so an event walked
/// at a minute a block and one walked at a quarter-hour a block see the same book thin out).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Activity {
	/// Chance per hour that a trader adds a quarter to their position.
	pub add_per_hour: f64,
	/// Chance per hour that a trader closes their position (and is done): 0.5 % is a position
	/// held about eight days on average, so the book thins by a fifth over a two-day crash.
	pub close_per_hour: f64,
}

impl Default for Activity {
	fn default() -> Self {
		Self { add_per_hour: 0.005, close_per_hour: 0.005 }
	}
}

impl Activity {
	/// The chances per block (add, close) of a block covering `block_seconds` of the path.
	pub fn per_block(&self, block_seconds: f64) -> (f64, f64) {
		let per_block = |per_hour: f64| 1.0 - (1.0 - per_hour).powf(block_seconds / 3_600.0);
		(per_block(self.add_per_hour), per_block(self.close_per_hour))
	}
}

/// The venue's pools at genesis, in bUSD: absolute, or as a share of the book's open interest
/// (notional, both sides) when a share is set.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Venue {
	/// Liquidity in the vault, the traders' counterparty.
	pub vault: f64,
	/// Stake in the insurance fund.
	pub fund: f64,
	pub vault_share_of_oi: Option<f64>,
	pub fund_share_of_oi: Option<f64>,
}

impl Default for Venue {
	fn default() -> Self {
		Self { vault: 5_000_000.0, fund: 200_000.0, vault_share_of_oi: None, fund_share_of_oi: None }
	}
}

impl Venue {
	/// The vault and the fund for a book of `open_interest` bUSD.
	pub fn pools(&self, open_interest: f64) -> (f64, f64) {
		let vault = self.vault_share_of_oi.map_or(self.vault, |share| share * open_interest);
		let fund = self.fund_share_of_oi.map_or(self.fund, |share| (share * open_interest).max(100.0));
		(vault, fund)
	}
}

/// Majors (BTC, ETH) and alts, each listed with its own margins, as dYdX's liquidity tiers and
/// Hyperliquid's margin tables list them.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum MarketKind {
	Major,
	Alt,
}

fn major() -> MarketKind {
	MarketKind::Major
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Tiers {
	pub major: Tier,
	pub alt: Tier,
}

impl Default for Tiers {
	/// Majors as Ballast's genesis lists BTC and ETH (20×: 5 % initial, 3 % maintenance, BTC's
	/// calm; `events.toml` gives ETH its own); alts at 10× (10 %, 5 %), as dYdX v4's long-tail
	/// tier and Hyperliquid's DOGE and AVAX tables, calm at 0.4 % a minute.
	fn default() -> Self {
		Self {
			major: Tier { initial_margin: 0.05, maintenance_margin: 0.03, calm_volatility: 0.0013 },
			alt: Tier { initial_margin: 0.10, maintenance_margin: 0.05, calm_volatility: 0.004 },
		}
	}
}

impl Tiers {
	pub fn of(&self, kind: MarketKind) -> &Tier {
		match kind {
			MarketKind::Major => &self.major,
			MarketKind::Alt => &self.alt,
		}
	}
}

/// One tier's listing: margins for positions under 1 M bUSD (twice them from 1 M, four times
/// from 5 M, as the genesis markets' size tiers), and the calm volatility of one minute's
/// return (the genesis markets' calibration: twice the quiet hours' standard deviation), which
/// the listing scales to the seconds of path a replayed block covers (an hour bar's quarter
/// moves √15 times a minute's), so compressed and real-time replays meet the same calm.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tier {
	pub initial_margin: f64,
	pub maintenance_margin: f64,
	pub calm_volatility: f64,
}

/// Risk parameters set on every run before the replay, as an enacted referendum sets them;
/// an absent key keeps the runtime's genesis value.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Governance {
	/// The liquidation hook's share of each block at every crisis level alike, above 0 and at
	/// most 0.75 (genesis: 0.25 when calm, rising to 0.75 in a crisis).
	pub liquidation_share: Option<f64>,
	/// The liquidation penalty on the notional closed, from 0 to 0.2 (genesis: 0.01).
	pub liquidation_penalty: Option<f64>,
	/// Auto-deleveraging's rule on every variant that deleverages (genesis: ranked).
	pub adl_rule: Option<AdlRule>,
	/// The fund's shock set: the extreme rung's multiple of each market's stressed move, 1 to
	/// 10 (genesis: 3), and the share of its shortfall the fund's target holds, 0 to 1
	/// (genesis: 0.35).
	pub extreme_multiple: Option<u32>,
	pub extreme_cover: Option<f64>,
	/// How much of a crash (the extreme rung) one liquidated account may leave the fund: a share
	/// of its balance, 0 to 1 (genesis: 0.1), and a floor in bUSD whatever the balance (genesis:
	/// 10 000). A floor above every account's crash loss switches the cut off.
	pub concentration_share: Option<f64>,
	pub concentration_floor: Option<f64>,
}

/// Auto-deleveraging's rule, as the fund's `adl_rule` parameter sets it.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum AdlRule {
	/// The highest `PnL% × effective leverage` first, each closed whole.
	Ranked,
	/// Every position a pass reaches by the same fraction.
	ProRata,
}

impl AdlRule {
	pub fn name(self) -> &'static str {
		match self {
			AdlRule::Ranked => "ranked",
			AdlRule::ProRata => "pro-rata",
		}
	}
}

/// How the replay runs through time.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Speed {
	/// An hour bar in four blocks (open, the nearer extreme, the farther, close), a minute bar
	/// in one: a day's crash in a few thousand blocks.
	Compressed,
	/// Six seconds of the path a block, as the chain runs: a minute bar in ten blocks.
	RealTime,
}

/// How bars become blocks.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Replay {
	pub speed: Speed,
	/// Compressed only, blocks per bar of the event's finest series: 1 replays closes; 4 walks
	/// open, the nearer extreme, the farther extreme and the close; 0 chooses 4 for bars of an
	/// hour or more and 1 for shorter ones.
	pub steps_per_bar: u32,
	/// First bar replayed, of the event's finest series (0 is the first).
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
		Self { speed: Speed::Compressed, steps_per_bar: 0, first_bar: 0, max_bars: 0, warmup_blocks: 20, tail_blocks: 60 }
	}
}

/// The chain's block time, seconds.
pub const BLOCK_SECONDS: i64 = 6;

impl Replay {
	/// Blocks a bar of `bar_seconds` (the event's finest) is replayed in.
	pub fn steps_for(&self, bar_seconds: i64) -> u32 {
		match (self.speed, self.steps_per_bar) {
			(Speed::RealTime, _) => (bar_seconds / BLOCK_SECONDS).max(1) as u32,
			(Speed::Compressed, 0) if bar_seconds >= 3_600 => 4,
			(Speed::Compressed, 0) => 1,
			(Speed::Compressed, steps) => steps,
		}
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

fn one_u32() -> u32 {
	1
}

fn yes() -> bool {
	true
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

impl Config {
	/// Reads `path`; errors name the file and the key.
	pub fn load(path: &Path) -> Result<Self, String> {
		Self::layered(&[path])
	}

	/// The defaults, overridden by each file in turn (a book, then the user's settings).
	pub fn layered(paths: &[&Path]) -> Result<Self, String> {
		let texts = paths
			.iter()
			.map(|path| std::fs::read_to_string(path).map(|text| (path.display().to_string(), text)).map_err(|e| format!("{}: {e}", path.display())))
			.collect::<Result<Vec<_>, _>>()?;
		Self::parse_layers(&texts.iter().map(|(name, text)| (name.as_str(), text.as_str())).collect::<Vec<_>>())
	}

	pub fn parse(text: &str) -> Result<Self, String> {
		let config: Self = toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())?;
		config.validate()?;
		Ok(config)
	}

	/// `(name, text)` layers, later ones overriding earlier ones key by key; errors name the
	/// layer.
	pub fn parse_layers(layers: &[(&str, &str)]) -> Result<Self, String> {
		let mut merged = toml::Table::new();
		for (name, text) in layers {
			let table: toml::Table = toml::from_str(text).map_err(|e| format!("{name}: {}", e.to_string().trim_end()))?;
			// Unknown keys and wrong types name the layer they are in.
			toml::from_str::<Self>(text).map_err(|e| format!("{name}: {}", e.to_string().trim_end()))?;
			merge(&mut merged, table);
		}
		let names = layers.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(" + ");
		Self::parse(&toml::to_string(&merged).map_err(|e| e.to_string())?).map_err(|e| format!("{names}: {e}"))
	}

	/// The first impossible value, named by its key.
	pub fn validate(&self) -> Result<(), String> {
		let share = |key: &str, value: f64| check(key, value, (0.0..=1.0).contains(&value), "a share from 0 to 1");
		let chance = |key: &str, value: f64| check(key, value, (0.0..=0.5).contains(&value), "a chance from 0 to 0.5");
		let positive = |key: &str, value: f64| check(key, value, value.is_finite() && value > 0.0, "positive");
		let book = &self.book;
		if !(1..=100_000).contains(&book.accounts) {
			return Err(format!("book.accounts = {}: must be from 1 to 100000", book.accounts));
		}
		share("book.long_share", book.long_share)?;
		share("book.alt_share", book.alt_share)?;
		share("book.opened_before", book.opened_before)?;
		share("book.established_share", book.established_share)?;
		check("book.leverage_max", book.leverage_max, (MIN_LEVERAGE..=100.0).contains(&book.leverage_max), "from 1.1 to 100")?;
		check("book.leverage_median", book.leverage_median, (MIN_LEVERAGE..=book.leverage_max).contains(&book.leverage_median), "from 1.1 to book.leverage_max")?;
		check("book.leverage_spread", book.leverage_spread, (0.0..=3.0).contains(&book.leverage_spread), "from 0 to 3")?;
		check("book.collateral_median", book.collateral_median, (10.0..=1e7).contains(&book.collateral_median), "from 10 to 10000000 bUSD")?;
		check("book.collateral_spread", book.collateral_spread, (0.0..=3.0).contains(&book.collateral_spread), "from 0 to 3")?;
		for (index, bucket) in book.buckets.iter().enumerate() {
			let key = |field: &str| format!("book.buckets[{index}].{field}");
			check(&key("from"), bucket.from, (MIN_LEVERAGE..=100.0).contains(&bucket.from), "from 1.1 to 100")?;
			check(&key("to"), bucket.to, (bucket.from..=100.0).contains(&bucket.to), "from the bucket's `from` to 100")?;
			check(&key("oi_share"), bucket.oi_share, bucket.oi_share > 0.0 && bucket.oi_share <= 1.0, "above 0 and at most 1")?;
			check(&key("size"), bucket.size, (0.01..=100.0).contains(&bucket.size), "from 0.01 to 100")?;
		}
		let bucketed: f64 = book.buckets.iter().map(|b| b.oi_share).sum();
		if !book.buckets.is_empty() && (bucketed - 1.0).abs() > 1e-6 {
			return Err(format!("book.buckets: the oi_share values add up to {bucketed}, not 1"));
		}
		for (index, whale) in book.whales.iter().enumerate() {
			let key = |field: &str| format!("book.whales[{index}].{field}");
			check(&key("oi_share"), whale.oi_share, whale.oi_share > 0.0 && whale.oi_share < 0.5, "above 0 and below 0.5")?;
			check(&key("leverage"), whale.leverage, (MIN_LEVERAGE..=100.0).contains(&whale.leverage), "from 1.1 to 100")?;
			if !(1..=100).contains(&whale.count) {
				return Err(format!("{} = {}: must be from 1 to 100", key("count"), whale.count));
			}
		}
		let whales: f64 = book.whales.iter().map(|w| w.oi_share).sum();
		check("book.whales", whales, whales < 0.5, "whales' oi_share adding up to less than 0.5")?;
		chance("activity.add_per_hour", self.activity.add_per_hour)?;
		chance("activity.close_per_hour", self.activity.close_per_hour)?;
		positive("venue.vault", self.venue.vault)?;
		check("venue.vault", self.venue.vault, self.venue.vault <= 1e12, "at most 10^12 bUSD")?;
		check("venue.fund", self.venue.fund, (100.0..=1e12).contains(&self.venue.fund), "from 100 (the fund's minimum stake) to 10^12 bUSD")?;
		if let Some(share) = self.venue.vault_share_of_oi {
			check("venue.vault_share_of_oi", share, share > 0.0 && share <= 10.0, "above 0 and at most 10")?;
		}
		if let Some(share) = self.venue.fund_share_of_oi {
			check("venue.fund_share_of_oi", share, share > 0.0 && share <= 10.0, "above 0 and at most 10")?;
		}
		for (name, tier) in [("major", &self.tiers.major), ("alt", &self.tiers.alt)] {
			let key = |field: &str| format!("tiers.{name}.{field}");
			check(&key("initial_margin"), tier.initial_margin, tier.initial_margin > 0.0 && tier.initial_margin <= 0.25, "above 0 and at most 0.25")?;
			check(&key("maintenance_margin"), tier.maintenance_margin, tier.maintenance_margin > 0.0 && tier.maintenance_margin < tier.initial_margin, "above 0 and below the initial margin")?;
			check(&key("calm_volatility"), tier.calm_volatility, tier.calm_volatility > 0.0 && tier.calm_volatility < 0.1, "above 0 and below 0.1")?;
		}
		let Replay { steps_per_bar, warmup_blocks, tail_blocks, .. } = self.replay;
		if ![0, 1, 4].contains(&steps_per_bar) {
			return Err(format!("replay.steps_per_bar = {steps_per_bar}: must be 0 (chosen by the bar's length), 1 (closes) or 4 (open, extremes, close)"));
		}
		if !(3..=10_000).contains(&warmup_blocks) {
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
		if let Some(multiple) = self.governance.extreme_multiple {
			let valid = (1..=pallet_ballast_liquidation::MAX_EXTREME_MULTIPLE).contains(&multiple);
			check("governance.extreme_multiple", f64::from(multiple), valid, "from 1 to 10")?;
		}
		if let Some(cover) = self.governance.extreme_cover {
			check("governance.extreme_cover", cover, (0.0..=1.0).contains(&cover), "from 0 to 1")?;
		}
		if let Some(share) = self.governance.concentration_share {
			check("governance.concentration_share", share, (0.0..=1.0).contains(&share), "from 0 to 1")?;
		}
		if let Some(floor) = self.governance.concentration_floor {
			check("governance.concentration_floor", floor, floor >= 0.0 && floor.is_finite(), "at least 0 bUSD")?;
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

/// `layer`'s keys into `base`, tables merged key by key, anything else replaced.
fn merge(base: &mut toml::Table, layer: toml::Table) {
	for (key, value) in layer {
		match (base.get_mut(&key), value) {
			(Some(toml::Value::Table(inner)), toml::Value::Table(layer)) => merge(inner, layer),
			(_, value) => {
				base.insert(key, value);
			},
		}
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
	fn layers_override_key_by_key_and_errors_name_the_layer() {
		let book = "[book]\nname = \"b\"\naccounts = 900\nlong_share = 0.7\n[venue]\nfund_share_of_oi = 0.02\n";
		let user = "[book]\naccounts = 50\n[replay]\nspeed = \"real-time\"\n";
		let config = Config::parse_layers(&[("book.toml", book), ("user.toml", user)]).unwrap();
		assert_eq!((config.book.name.as_str(), config.book.accounts, config.book.long_share), ("b", 50, 0.7));
		assert_eq!((config.venue.fund_share_of_oi, config.replay.speed), (Some(0.02), Speed::RealTime));
		assert_eq!(config.venue.pools(1e6), (5_000_000.0, 20_000.0));
		let error = Config::parse_layers(&[("book.toml", book), ("user.toml", "[book]\nlong_share = 2.0\n")]).unwrap_err();
		assert!(error.contains("user.toml") && error.contains("book.long_share = 2"), "{error}");
		let error = Config::parse_layers(&[("book.toml", book), ("user.toml", "[book]\nlong = 2.0\n")]).unwrap_err();
		assert!(error.starts_with("user.toml") && error.contains("long"), "{error}");
	}

	#[test]
	fn the_shipped_crash_sized_fund_settings_set_only_the_shock_set() {
		let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("crash-sized-fund.toml");
		let config = Config::load(&path).unwrap();
		let governance = Governance { extreme_multiple: Some(5), extreme_cover: Some(1.0), ..Default::default() };
		assert_eq!(config, Config { governance, ..Config::default() });
	}

	#[test]
	fn the_shipped_pro_rata_settings_set_only_the_deleveraging_rule() {
		let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("pro-rata.toml");
		let config = Config::load(&path).unwrap();
		assert_eq!(config, Config { governance: Governance { adl_rule: Some(AdlRule::ProRata), ..Default::default() }, ..Config::default() });
	}

	#[test]
	fn activity_is_per_hour_of_the_path() {
		let activity = Activity { add_per_hour: 0.1, close_per_hour: 0.02 };
		let (add, close) = activity.per_block(900.0);
		assert!((1.0 - (1.0 - add).powi(4) - 0.1).abs() < 1e-12 && (1.0 - (1.0 - close).powi(4) - 0.02).abs() < 1e-12);
		let (add, close) = activity.per_block(3_600.0);
		assert!((add - 0.1).abs() < 1e-12 && (close - 0.02).abs() < 1e-12);
	}

	#[test]
	fn real_time_walks_a_minute_in_ten_blocks() {
		let real_time = Replay { speed: Speed::RealTime, ..Replay::default() };
		assert_eq!((real_time.steps_for(60), real_time.steps_for(3_600)), (10, 600));
		assert_eq!((Replay::default().steps_for(60), Replay::default().steps_for(3_600)), (1, 4));
	}

	#[test]
	fn bad_values_name_their_key() {
		let error = |text: &str| Config::parse(text).unwrap_err();
		assert!(error("[book]\nlong_share = 1.5").contains("book.long_share = 1.5"));
		assert!(error("[book]\naccounts = 0").contains("book.accounts"));
		assert!(error("[book]\nleverage_median = 30.0").contains("book.leverage_median"));
		assert!(error("[book]\n[[book.buckets]]\nfrom = 3.0\nto = 7.0\noi_share = 0.5").contains("add up to 0.5"));
		assert!(error("[book]\n[[book.buckets]]\nfrom = 7.0\nto = 3.0\noi_share = 1.0").contains("book.buckets[0].to"));
		assert!(error("[[book.whales]]\noi_share = 0.7\nleverage = 5.0").contains("book.whales[0].oi_share"));
		assert!(error("[venue]\nfund = -1.0").contains("venue.fund"));
		assert!(error("[tiers.alt]\ninitial_margin = 0.1\nmaintenance_margin = 0.2\ncalm_volatility = 0.004").contains("tiers.alt.maintenance_margin"));
		assert!(error("[replay]\nsteps_per_bar = 3").contains("replay.steps_per_bar"));
		assert!(error("[governance]\nliquidation_share = 0.8").contains("governance.liquidation_share"));
		assert!(error("[governance]\nextreme_multiple = 11").contains("governance.extreme_multiple"));
		assert!(error("[governance]\nextreme_cover = 1.5").contains("governance.extreme_cover"));
		assert!(error("[[faults]]\nfeeder = 7\nkind = \"silent\"\nfrom_bar = 0\nbars = 1").contains("faults[0].feeder"));
		// Unknown keys and wrong types are named by the TOML reader.
		assert!(error("[book]\naccount = 5").contains("account"), "{}", error("[book]\naccount = 5"));
		assert!(error("[venue]\nvault = \"lots\"").contains("vault"));
		assert!(error("[[faults]]\nfeeder = 1\nkind = \"sleepy\"\nfrom_bar = 0\nbars = 1").contains("sleepy"));
		assert!(error("[replay]\nspeed = \"fast\"").contains("fast"));
	}
}
