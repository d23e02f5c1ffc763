//! The node's oracle feeder settings: `--oracle-source`, `--oracle-interval` and
//! `--oracle-timeout-ms`, written into the node's persistent offchain storage at start, where
//! the oracle pallet's offchain worker reads them (and where `offchain_localStorageSet` can
//! change them later without a restart).

use ballast_primitives::MarketId;
use pallet_ballast_oracle::offchain::{parse_sources, INTERVAL_KEY, SOURCES_KEY, TIMEOUT_KEY};
use sp_core::offchain::{OffchainStorage, STORAGE_PREFIX};

/// Where this node's offchain worker fetches prices, when it is a feeder.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OracleArgs {
	/// A price source for this node's oracle feeder, `MARKET=URL[#JSON.PATH]`: MARKET is a market
	/// id or its symbol on chain (BTC-USD; looked up at every submission, so a market named by a
	/// later referendum needs no restart), the JSON path defaults to `price` (`data.0.last` walks
	/// keys and array indices). Repeat for more sources; a later source for the same market is
	/// a fallback. Given at all, these replace the sources the node had stored.
	#[arg(long = "oracle-source", value_name = "MARKET=URL[#PATH]", value_parser = parse_source)]
	pub sources: Vec<String>,

	/// Submit prices at most once per this many blocks.
	#[arg(long = "oracle-interval", value_name = "BLOCKS", value_parser = clap::value_parser!(u32).range(1..))]
	pub interval: Option<u32>,

	/// Milliseconds all sources together may take to answer.
	#[arg(long = "oracle-timeout-ms", value_name = "MS", value_parser = clap::value_parser!(u64).range(1..=60_000))]
	pub timeout_ms: Option<u64>,
}

/// Reads `MARKET=URL[#PATH]` into the offchain worker's line format, `<id> <url> <path>`.
fn parse_source(argument: &str) -> Result<String, String> {
	let (market, rest) = argument.split_once('=').ok_or("expected MARKET=URL[#PATH]")?;
	let market = market_id(market.trim())?;
	let (url, path) = rest.split_once('#').unwrap_or((rest, "price"));
	let line = format!("{market} {url} {path}");
	match parse_sources(&line)?.as_slice() {
		[_] => Ok(line),
		_ => Err("expected one source".into()),
	}
}

/// A market id as given, or a symbol upper-cased as the chain stores it.
fn market_id(name: &str) -> Result<String, String> {
	if let Ok(id) = name.parse::<MarketId>() {
		return Ok(id.to_string());
	}
	let name = ballast_primitives::MarketName::new(name.as_bytes(), 0)
		.ok_or_else(|| format!("`{name}` is neither a market id nor a symbol (letters, digits, `-`, `/`, `_`)"))?;
	Ok(String::from_utf8_lossy(&name.symbol).into_owned())
}

impl OracleArgs {
	/// Stores what was given; leaves alone what was not.
	pub fn store(&self, storage: &mut impl OffchainStorage) {
		if !self.sources.is_empty() {
			storage.set(STORAGE_PREFIX, SOURCES_KEY, self.sources.join("\n").as_bytes());
		}
		if let Some(interval) = self.interval {
			storage.set(STORAGE_PREFIX, INTERVAL_KEY, interval.to_string().as_bytes());
		}
		if let Some(timeout) = self.timeout_ms {
			storage.set(STORAGE_PREFIX, TIMEOUT_KEY, timeout.to_string().as_bytes());
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;

	#[derive(clap::Parser)]
	struct Args {
		#[command(flatten)]
		oracle: OracleArgs,
	}

	fn args(line: &[&str]) -> Result<OracleArgs, clap::Error> {
		Args::try_parse_from(std::iter::once("ballast-node").chain(line.iter().copied())).map(|args| args.oracle)
	}

	#[test]
	fn sources_take_symbols_or_ids_and_an_optional_path() {
		let oracle = args(&[
			"--oracle-source",
			"btc-usd=http://127.0.0.1:8910/price/BTC-USD?feeder=alice",
			"--oracle-source",
			"2=https://example.org/eth#data.0.last",
			"--oracle-interval=3",
		])
		.unwrap();
		assert_eq!(
			oracle.sources,
			vec!["BTC-USD http://127.0.0.1:8910/price/BTC-USD?feeder=alice price", "2 https://example.org/eth data.0.last"],
			"a symbol is kept for the worker to look up on chain"
		);
		assert_eq!(oracle.interval, Some(3));
	}

	#[test]
	fn bad_sources_and_settings_are_refused_with_a_reason() {
		for bad in ["_DOGE=http://a", "DOGE USD=http://a", "BTC-USD", "BTC-USD=ftp://a", "1=http://a b"] {
			let error = args(&["--oracle-source", bad]).unwrap_err().to_string();
			assert!(error.contains("oracle-source"), "{bad}: {error}");
		}
		assert!(args(&["--oracle-interval=0"]).is_err());
		assert!(args(&["--oracle-timeout-ms=0"]).is_err());
	}

	#[test]
	fn only_given_settings_are_stored() {
		let mut storage = sp_core::offchain::storage::InMemOffchainStorage::default();
		storage.set(STORAGE_PREFIX, INTERVAL_KEY, b"5");
		args(&["--oracle-source", "ETH-USD=http://127.0.0.1:1/eth", "--oracle-timeout-ms", "500"])
			.unwrap()
			.store(&mut storage);
		assert_eq!(storage.get(STORAGE_PREFIX, SOURCES_KEY).unwrap(), b"ETH-USD http://127.0.0.1:1/eth price");
		assert_eq!(storage.get(STORAGE_PREFIX, TIMEOUT_KEY).unwrap(), b"500");
		assert_eq!(storage.get(STORAGE_PREFIX, INTERVAL_KEY).unwrap(), b"5", "kept");
	}
}
