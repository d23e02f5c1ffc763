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

/// Replays price paths over HTTP on loopback, with injectable faults, for the oracle's feeders.
#[derive(clap::Parser, Debug)]
#[command(name = "ballast-price-feed", version, about, long_about = None)]
#[command(group(clap::ArgGroup::new("sources").required(true).multiple(true).args(["markets", "synthetic"])))]
struct Options {
	/// The address to serve on.
	#[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8910")]
	listen: String,
	/// Data seconds replayed per second, for every market without its own.
	#[arg(long, value_name = "S", default_value_t = 60.0)]
	speed: f64,
	/// Data seconds skipped at the start, for every market without its own.
	#[arg(long, value_name = "SECONDS", default_value_t = 0.0)]
	offset: f64,
	/// Start again from the beginning at the end of the data.
	#[arg(long = "loop")]
	looping: bool,
	/// Seed of the synthetic crash days.
	#[arg(long, value_name = "N", default_value_t = 42)]
	seed: u64,
	/// A market replayed from a CSV file, with its own speed and offset if given.
	#[arg(long = "market", value_name = "NAME=CSV[,speed=S][,offset=SECONDS]", value_parser = named)]
	markets: Vec<(String, String)>,
	/// A seeded synthetic crash day starting at PRICE.
	#[arg(long, value_name = "NAME=PRICE", value_parser = named)]
	synthetic: Vec<(String, String)>,
	/// Every price FEEDER asks for (`?feeder=FEEDER`) reads FACTOR times the replayed one, as
	/// from a lagging exchange.
	#[arg(long = "bias", value_name = "FEEDER=FACTOR", value_parser = bias)]
	biases: Vec<(String, f64)>,
}

impl Options {
	fn defaults(&self) -> Timeline {
		Timeline { speed: self.speed, offset: self.offset, looping: self.looping }
	}
}

/// `NAME=REST`.
fn named(spec: &str) -> Result<(String, String), String> {
	let (name, rest) = spec.split_once('=').ok_or_else(|| format!("{spec}: expected NAME=..."))?;
	Ok((name.to_string(), rest.to_string()))
}

/// `FEEDER=FACTOR`, the factor positive.
fn bias(spec: &str) -> Result<(String, f64), String> {
	let (feeder, factor) = named(spec)?;
	let factor = factor.parse::<f64>().ok().filter(|f| *f > 0.0).ok_or_else(|| format!("{spec}: not a positive factor"))?;
	Ok((feeder, factor))
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
		markets.insert(name.clone(), market_from_spec(spec, options.defaults())?);
	}
	for (index, (name, price)) in options.synthetic.iter().enumerate() {
		let price: f64 = price.parse().map_err(|_| format!("--synthetic {name}={price}: price is not a number"))?;
		let series = synthetic::crash_day(options.seed.wrapping_add(index as u64), price);
		markets.insert(name.clone(), Market::new(series, options.defaults()));
	}
	let mut feed = Feed::new(markets);
	feed.biases = options.biases.iter().cloned().collect();
	Ok(feed)
}

fn main() {
	let options = <Options as clap::Parser>::parse();
	let result: Result<(), String> = build_feed(&options).and_then(|feed| {
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

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;

	fn parse(args: &[&str]) -> Result<Options, clap::Error> {
		Options::try_parse_from(std::iter::once("ballast-price-feed").chain(args.iter().copied()))
	}

	#[test]
	fn markets_synthetic_days_and_biases_are_read_with_their_defaults() {
		let options = parse(&["--synthetic", "BTC-USD=121000", "--market", "ETH-USD=eth.csv,speed=120", "--bias", "dave=1.03", "--loop"]).unwrap();
		assert_eq!(options.listen, "127.0.0.1:8910");
		assert_eq!((options.speed, options.offset, options.looping, options.seed), (60.0, 0.0, true, 42));
		assert_eq!(options.synthetic, vec![("BTC-USD".to_string(), "121000".to_string())]);
		assert_eq!(options.markets, vec![("ETH-USD".to_string(), "eth.csv,speed=120".to_string())]);
		assert_eq!(options.biases, vec![("dave".to_string(), 1.03)]);
	}

	#[test]
	fn bad_arguments_are_refused_with_a_reason() {
		assert!(parse(&[]).unwrap_err().to_string().contains("--market"), "a source is required");
		assert!(parse(&["--synthetic", "BTC-USD"]).unwrap_err().to_string().contains("expected NAME="));
		assert!(parse(&["--synthetic", "A=1", "--bias", "dave=-1"]).unwrap_err().to_string().contains("positive"));
		assert!(parse(&["--synthetic", "A=1", "--speed", "fast"]).is_err());
		assert!(parse(&["--synthetic", "A=1", "--typo"]).is_err());
	}
}
