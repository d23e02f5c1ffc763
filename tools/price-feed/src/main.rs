//! `ballast-price-feed`: replay price paths over HTTP.
//!
//! ```text
//! ballast-price-feed [--listen 127.0.0.1:8910] [--speed 60] [--offset 0] [--loop] [--seed 42]
//!     --market BTC-USD=path/to/btc.csv[,speed=120][,offset=3600] ...
//!     --synthetic ETH-USD=3500 ... [--bias dave=1.03 ...]
//! ```
//! `speed` is data seconds per second; `offset` the data seconds skipped at the start (the
//! Oct-2025 AVAX crash is at offset 76800). `--synthetic NAME=PRICE` generates a seeded crash
//! day starting at PRICE. `--bias FEEDER=FACTOR` makes every price that feeder asks for (with
//! `?feeder=FEEDER`) read FACTOR times the replayed one, as from a lagging exchange.

use ballast_price_feed::{
	replay::Timeline,
	series,
	server::{Feed, Market},
	synthetic,
};
use std::{collections::BTreeMap, path::Path};

const USAGE: &str = "usage: ballast-price-feed [--listen ADDR] [--speed S] [--offset SECONDS] [--loop] [--seed N] \
	(--market NAME=CSV[,speed=S][,offset=SECONDS] | --synthetic NAME=PRICE)... [--bias FEEDER=FACTOR]...";

struct Options {
	listen: String,
	defaults: Timeline,
	seed: u64,
	markets: Vec<(String, String)>,
	synthetic: Vec<(String, String)>,
	biases: BTreeMap<String, f64>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
	let mut options = Options {
		listen: "127.0.0.1:8910".into(),
		defaults: Timeline { speed: 60.0, offset: 0.0, looping: false },
		seed: 42,
		markets: Vec::new(),
		synthetic: Vec::new(),
		biases: BTreeMap::new(),
	};
	let mut args = args.iter();
	while let Some(flag) = args.next() {
		let mut value = || args.next().cloned().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"));
		let number = |v: String| v.parse::<f64>().map_err(|_| format!("{flag} {v}: not a number"));
		match flag.as_str() {
			"--listen" => options.listen = value()?,
			"--speed" => options.defaults.speed = number(value()?)?,
			"--offset" => options.defaults.offset = number(value()?)?,
			"--loop" => options.defaults.looping = true,
			"--seed" => options.seed = value()?.parse().map_err(|_| "--seed takes an integer".to_string())?,
			"--market" | "--synthetic" => {
				let spec = value()?;
				let (name, rest) = spec.split_once('=').ok_or_else(|| format!("{flag} {spec}: expected NAME=...\n{USAGE}"))?;
				let list = if flag == "--market" { &mut options.markets } else { &mut options.synthetic };
				list.push((name.to_string(), rest.to_string()));
			},
			"--bias" => {
				let spec = value()?;
				let (feeder, factor) = spec.split_once('=').ok_or_else(|| format!("--bias {spec}: expected FEEDER=FACTOR"))?;
				let factor = factor.parse::<f64>().ok().filter(|f| *f > 0.0).ok_or_else(|| format!("--bias {spec}: not a positive factor"))?;
				options.biases.insert(feeder.to_string(), factor);
			},
			"--help" | "-h" => return Err(USAGE.to_string()),
			other => return Err(format!("unknown argument {other}\n{USAGE}")),
		}
	}
	if options.markets.is_empty() && options.synthetic.is_empty() {
		return Err(format!("no markets\n{USAGE}"));
	}
	Ok(options)
}

/// `path[,speed=S][,offset=O]` into the series and its timeline.
fn market_from_spec(spec: &str, defaults: Timeline) -> Result<Market, String> {
	let mut parts = spec.split(',');
	let path = parts.next().unwrap_or_default();
	let mut timeline = defaults;
	for setting in parts {
		let (key, value) = setting.split_once('=').ok_or_else(|| format!("{setting}: expected key=value"))?;
		let value: f64 = value.parse().map_err(|_| format!("{setting}: not a number"))?;
		match key {
			"speed" => timeline.speed = value,
			"offset" => timeline.offset = value,
			_ => return Err(format!("{setting}: unknown setting (speed, offset)")),
		}
	}
	Ok(Market::new(series::load(Path::new(path))?, timeline))
}

fn build_feed(options: &Options) -> Result<Feed, String> {
	let mut markets = BTreeMap::new();
	for (name, spec) in &options.markets {
		markets.insert(name.clone(), market_from_spec(spec, options.defaults)?);
	}
	for (index, (name, price)) in options.synthetic.iter().enumerate() {
		let price: f64 = price.parse().map_err(|_| format!("--synthetic {name}={price}: price is not a number"))?;
		let series = synthetic::crash_day(options.seed.wrapping_add(index as u64), price);
		markets.insert(name.clone(), Market::new(series, options.defaults));
	}
	let mut feed = Feed::new(markets);
	feed.biases = options.biases.clone();
	Ok(feed)
}

fn main() {
	let args: Vec<String> = std::env::args().skip(1).collect();
	let result: Result<(), String> = parse_args(&args).and_then(|options| {
		let feed = build_feed(&options)?;
		for (name, market) in &feed.markets {
			let kind = if market.series.synthetic { "SYNTHETIC" } else { "replay" };
			eprintln!("{name}: {kind} of {} ({} bars) at {}x", market.series.source, market.series.bars.len(), market.timeline.speed);
		}
		let address = ballast_price_feed::spawn(&options.listen, feed).map_err(|e| format!("{}: {e}", options.listen))?;
		println!("price feed on http://{address}/prices");
		loop {
			std::thread::park();
		}
	});
	if let Err(message) = result {
		eprintln!("{message}");
		std::process::exit(2);
	}
}
