//! The feeder's side: each validator's offchain worker fetches its own sources' prices over
//! HTTP, signs them with the node's `orcl` key and submits them in one transaction.
//!
//! What a node feeds is its own business, so it lives in the node's persistent offchain
//! storage, not on chain: `ballast-node --oracle-source` writes it at start, and the
//! `offchain_localStorageSet` RPC (kind `PERSISTENT`) changes it on a running node. All values
//! are UTF-8 text, so they can be read and written by hand:
//!
//! | key | value |
//! |---|---|
//! | [`SOURCES_KEY`] | one source per line: `<market id or symbol> <url> [<json path>]`, path default `price` (`data.0.price` walks keys and array indices); `#` starts a comment |
//! | [`INTERVAL_KEY`] | submit at most once per this many blocks (default 1) |
//! | [`TIMEOUT_KEY`] | milliseconds all sources together may take (default 2000) |
//!
//! Every block the worker either submits or logs why it skipped (target `ballast-oracle`):
//! no sources, no `orcl` key of a feeder, not due yet, or no source answered usefully. A source
//! that fails (HTTP error, timeout, unreadable JSON, a price the market would refuse) is
//! logged and left out, so one bad source does not silence the others.

pub mod json;
#[cfg(test)]
mod tests;

use crate::{Call, Config, Markets, Pallet};
use alloc::{string::String, vec::Vec};
use ballast_primitives::{MarketId, Price};
use frame_support::traits::{Get, SortedMembers};
use frame_system::{
	offchain::{SendSignedTransaction, Signer},
	pallet_prelude::BlockNumberFor,
};
use sp_runtime::{
	offchain::{
		http,
		storage::{MutateStorageError, StorageRetrievalError, StorageValueRef},
		Duration, StorageKind,
	},
	BoundedVec,
};

/// The node's price sources.
pub const SOURCES_KEY: &[u8] = b"ballast-oracle::sources";
/// Blocks between two submissions.
pub const INTERVAL_KEY: &[u8] = b"ballast-oracle::interval";
/// Milliseconds the sources may take.
pub const TIMEOUT_KEY: &[u8] = b"ballast-oracle::timeout-ms";
/// The block of the worker's last submission (SCALE), written by the worker itself.
pub const LAST_SENT_KEY: &[u8] = b"ballast-oracle::last-sent";

const DEFAULT_INTERVAL: u32 = 1;
const DEFAULT_TIMEOUT_MS: u64 = 2_000;
const DEFAULT_PATH: &str = "price";
const LOG_TARGET: &str = "ballast-oracle";

/// A market as a source line names it: by id, or by the symbol governance gave it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum MarketRef {
	Id(MarketId),
	/// Upper case, as symbols are stored.
	Symbol(String),
}

impl MarketRef {
	fn parse(word: &str) -> Option<Self> {
		if let Ok(id) = word.parse() {
			return Some(Self::Id(id));
		}
		let name = ballast_primitives::MarketName::new(word.as_bytes(), 0)?;
		Some(Self::Symbol(String::from_utf8_lossy(&name.symbol).into_owned()))
	}
}

/// One line of the sources text.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SourceLine {
	pub market: MarketRef,
	pub url: String,
	/// Object keys and array indices leading to the price.
	pub path: Vec<String>,
}

/// One configured price source, its market resolved on chain.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Source {
	pub market: MarketId,
	pub url: String,
	/// Object keys and array indices leading to the price.
	pub path: Vec<String>,
}

/// Reads the sources text; a line that is not `<market> <url> [<path>]` (the market an id or a
/// symbol) is an error naming it.
pub fn parse_sources(text: &str) -> Result<Vec<SourceLine>, String> {
	let mut sources = Vec::new();
	for line in text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')) {
		let mut words = line.split_whitespace();
		let market = words.next().and_then(MarketRef::parse);
		let url = words.next();
		let path = words.next().unwrap_or(DEFAULT_PATH);
		match (market, url, words.next()) {
			(Some(market), Some(url), None) if url.starts_with("http://") || url.starts_with("https://") => {
				let path = path.split('.').filter(|s| !s.is_empty()).map(String::from).collect();
				sources.push(SourceLine { market, url: String::from(url), path });
			},
			_ => return Err(alloc::format!("not `<market id or symbol> <http url> [<json path>]`: {line}")),
		}
	}
	Ok(sources)
}

/// Why the worker did not submit in a block.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Skip {
	/// No sources are configured on this node.
	NoSources,
	/// The sources text could not be read.
	BadSources(String),
	/// The keystore holds no `orcl` key whose account is a feeder.
	NotAFeeder,
	/// The last submission was less than the interval ago.
	NotDue { last: u32, interval: u32 },
	/// Every source failed; each failure was logged.
	NoPrices,
	/// The transaction could not be signed or entered into the pool.
	SubmitFailed,
}

/// Why one source gave no price.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SourceError {
	/// The request could not be started.
	Io,
	/// No answer before the deadline.
	Timeout,
	/// The answer was not `200 OK`.
	Status(u16),
	/// The body could not be read in time.
	Body,
	/// The body holds no price at the path.
	Json(json::JsonError),
	/// The market is not listed on chain.
	UnknownMarket,
	/// The price is outside what the market accepts.
	OutOfRange(Price),
}

impl<T: Config> Pallet<T> {
	/// The offchain worker's entry point: submit or say why not.
	pub(crate) fn feed_prices(now: BlockNumberFor<T>) {
		match Self::try_feed_prices(now) {
			Ok(count) => log::info!(target: LOG_TARGET, "#{now:?}: submitted {count} prices"),
			// A node that feeds nothing should not repeat so every block.
			Err(Skip::NoSources) => log::debug!(target: LOG_TARGET, "#{now:?}: skipped: no sources configured"),
			Err(skip) => log::info!(target: LOG_TARGET, "#{now:?}: skipped: {skip:?}"),
		}
	}

	fn try_feed_prices(now: BlockNumberFor<T>) -> Result<u32, Skip> {
		let sources = Self::resolve(load_sources()?);
		if sources.is_empty() {
			return Err(Skip::NoSources);
		}
		let signer = Self::feeder_signer()?;
		claim_turn(block_number::<T>(now), setting(INTERVAL_KEY, DEFAULT_INTERVAL).max(1))?;
		let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(setting(TIMEOUT_KEY, DEFAULT_TIMEOUT_MS)));
		let prices = Self::fetch_prices(&sources, deadline);
		if prices.is_empty() {
			return Err(Skip::NoPrices);
		}
		let count = prices.len() as u32;
		let prices = BoundedVec::truncate_from(prices);
		match signer.send_signed_transaction(|_| Call::submit_prices { prices: prices.clone() }) {
			Some((_, Ok(()))) => Ok(count),
			_ => Err(Skip::SubmitFailed),
		}
	}

	/// Signs with a local `orcl` key whose account is in the feeder set.
	fn feeder_signer() -> Result<Signer<T, T::AuthorityId>, Skip> {
		let feeders: Vec<T::Public> = Signer::<T, T::AuthorityId>::keystore_accounts()
			.filter(|account| T::Feeders::contains(&account.id))
			.map(|account| account.public)
			.collect();
		if feeders.is_empty() {
			return Err(Skip::NotAFeeder);
		}
		Ok(Signer::<T, T::AuthorityId>::any_account().with_filter(feeders))
	}

	/// Fetches every source at once under one deadline; keeps the first good price per market,
	/// at most `MaxPricesPerSubmission`.
	pub(crate) fn fetch_prices(sources: &[Source], deadline: sp_runtime::offchain::Timestamp) -> Vec<(MarketId, Price)> {
		let mut prices: Vec<(MarketId, Price)> = Vec::new();
		let limit = T::MaxPricesPerSubmission::get() as usize;
		for (source, result) in sources.iter().zip(fetch_all(sources, deadline)) {
			if prices.len() >= limit || prices.iter().any(|(market, _)| *market == source.market) {
				continue;
			}
			match result.and_then(|price| Self::acceptable(source.market, price)) {
				Ok(price) => prices.push((source.market, price)),
				Err(error) => log::warn!(target: LOG_TARGET, "market {} from {}: {error:?}", source.market, source.url),
			}
		}
		prices
	}

	/// The sources whose market is listed: a symbol is looked up on chain at every run, so a
	/// market named by a referendum is fed without restarting the node.
	fn resolve(lines: Vec<SourceLine>) -> Vec<Source> {
		lines
			.into_iter()
			.filter_map(|line| {
				let market = match &line.market {
					MarketRef::Id(id) => Some(*id),
					MarketRef::Symbol(symbol) => Self::market_by_symbol(symbol.as_bytes()),
				};
				if market.is_none() {
					log::warn!(target: LOG_TARGET, "no market is named {:?}: source {} skipped", line.market, line.url);
				}
				Some(Source { market: market?, url: line.url, path: line.path })
			})
			.collect()
	}

	/// A price the chain would accept for `market`: one bad source must not sink the whole
	/// submission.
	fn acceptable(market: MarketId, price: Price) -> Result<Price, SourceError> {
		let config = Markets::<T>::get(market).ok_or(SourceError::UnknownMarket)?;
		if price < config.min_price || price > config.max_price {
			return Err(SourceError::OutOfRange(price));
		}
		Ok(price)
	}
}

fn load_sources() -> Result<Vec<SourceLine>, Skip> {
	let raw = sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, SOURCES_KEY).ok_or(Skip::NoSources)?;
	let text = core::str::from_utf8(&raw).map_err(|_| Skip::BadSources(String::from("not UTF-8")))?;
	let sources = parse_sources(text).map_err(Skip::BadSources)?;
	if sources.is_empty() {
		return Err(Skip::NoSources);
	}
	Ok(sources)
}

/// A decimal setting from local storage, or `default` when absent or unreadable.
fn setting<N: core::str::FromStr>(key: &[u8], default: N) -> N {
	sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, key)
		.and_then(|raw| core::str::from_utf8(&raw).ok()?.trim().parse().ok())
		.unwrap_or(default)
}

fn block_number<T: Config>(now: BlockNumberFor<T>) -> u32 {
	sp_runtime::SaturatedConversion::saturated_into(now)
}

/// Records `now` as the last submission if the interval has passed. A compare-and-set, so
/// workers of two blocks running at once cannot both submit.
fn claim_turn(now: u32, interval: u32) -> Result<(), Skip> {
	let last_sent = StorageValueRef::persistent(LAST_SENT_KEY);
	let claimed = last_sent.mutate(|last: Result<Option<u32>, StorageRetrievalError>| match last {
		Ok(Some(last)) if now < last.saturating_add(interval) && now >= last => Err(Skip::NotDue { last, interval }),
		_ => Ok(now),
	});
	match claimed {
		Ok(_) => Ok(()),
		Err(MutateStorageError::ValueFunctionFailed(skip)) => Err(skip),
		Err(MutateStorageError::ConcurrentModification(_)) => {
			Err(Skip::NotDue { last: now, interval })
		},
	}
}

/// Starts every request, then waits for all of them until `deadline`.
fn fetch_all(sources: &[Source], deadline: sp_runtime::offchain::Timestamp) -> Vec<Result<Price, SourceError>> {
	let mut results: Vec<Result<Price, SourceError>> = Vec::with_capacity(sources.len());
	let mut pending = Vec::new();
	let mut waiting_for = Vec::new();
	for (position, source) in sources.iter().enumerate() {
		if let Ok(request) = http::Request::get(&source.url).deadline(deadline).send() {
			pending.push(request);
			waiting_for.push(position);
		}
		results.push(Err(SourceError::Io));
	}
	let answers = http::PendingRequest::try_wait_all(pending, deadline);
	for (position, answer) in waiting_for.into_iter().zip(answers) {
		let (Some(slot), Some(source)) = (results.get_mut(position), sources.get(position)) else { continue };
		*slot = match answer {
			Ok(Ok(response)) => read_price(response, &source.path, deadline),
			Ok(Err(_)) => Err(SourceError::Io),
			Err(_) => Err(SourceError::Timeout),
		};
	}
	results
}

fn read_price(response: http::Response, path: &[String], deadline: sp_runtime::offchain::Timestamp) -> Result<Price, SourceError> {
	if response.code != 200 {
		return Err(SourceError::Status(response.code));
	}
	let mut body = response.body();
	body.deadline(deadline);
	let bytes: Vec<u8> = body.by_ref().take(MAX_BODY_BYTES).collect();
	if body.error().is_some() {
		return Err(SourceError::Body);
	}
	let path: Vec<&str> = path.iter().map(String::as_str).collect();
	json::price_at(&bytes, &path).map_err(SourceError::Json)
}

/// A price answer is small; a source that sends more is cut off here.
const MAX_BODY_BYTES: usize = 64 * 1024;
