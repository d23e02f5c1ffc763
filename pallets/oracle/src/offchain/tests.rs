//! The offchain worker against a fake network: each URL answers with a body, an HTTP status,
//! or never (the deadline passes). What it would submit is read from the transaction pool.

use super::*;
use crate::mock::*;
use codec::Decode;
use frame_support::traits::Hooks;
use sp_core::{
	offchain::{
		testing::{PoolState, TestTransactionPoolExt},
		DbExternalities, Externalities, HttpError, HttpRequestId, HttpRequestStatus, OffchainDbExt,
		OffchainWorkerExt, OpaqueNetworkState, StorageKind, Timestamp, TransactionPoolExt,
	},
	OpaquePeerId,
};
use sp_runtime::testing::UintAuthorityId;
use std::{collections::BTreeMap, sync::Arc};

/// How a URL answers.
#[derive(Clone)]
enum Answer {
	Ok(&'static str),
	Status(u16),
	Never,
}

#[derive(Default)]
struct Network {
	answers: BTreeMap<String, Answer>,
	started: Vec<String>,
	read: BTreeMap<u16, usize>,
	storage: BTreeMap<Vec<u8>, Vec<u8>>,
}

#[derive(Clone, Default)]
struct FakeNetwork(Arc<parking_lot::RwLock<Network>>);

impl FakeNetwork {
	fn answer(&self, url: &str, answer: Answer) {
		self.0.write().answers.insert(url.into(), answer);
	}

	fn started(&self) -> Vec<String> {
		self.0.read().started.clone()
	}

	fn answer_of(&self, id: HttpRequestId) -> Answer {
		let network = self.0.read();
		let url = network.started.get(id.0 as usize).expect("a started request");
		network.answers.get(url).cloned().unwrap_or(Answer::Status(404))
	}
}

impl Externalities for FakeNetwork {
	fn is_validator(&self) -> bool {
		true
	}
	fn network_state(&self) -> Result<OpaqueNetworkState, ()> {
		Err(())
	}
	fn timestamp(&mut self) -> Timestamp {
		Timestamp::from_unix_millis(1_700_000_000_000)
	}
	fn sleep_until(&mut self, _: Timestamp) {}
	fn random_seed(&mut self) -> [u8; 32] {
		[7; 32]
	}
	fn http_request_start(&mut self, method: &str, uri: &str, _: &[u8]) -> Result<HttpRequestId, ()> {
		assert_eq!(method, "GET");
		let mut network = self.0.write();
		network.started.push(uri.into());
		Ok(HttpRequestId(network.started.len() as u16 - 1))
	}
	fn http_request_add_header(&mut self, _: HttpRequestId, _: &str, _: &str) -> Result<(), ()> {
		Ok(())
	}
	fn http_request_write_body(&mut self, _: HttpRequestId, _: &[u8], _: Option<Timestamp>) -> Result<(), HttpError> {
		Ok(())
	}
	fn http_response_wait(&mut self, ids: &[HttpRequestId], deadline: Option<Timestamp>) -> Vec<HttpRequestStatus> {
		assert!(deadline.is_some(), "the worker never waits without a deadline");
		ids.iter()
			.map(|id| match self.answer_of(*id) {
				Answer::Ok(_) => HttpRequestStatus::Finished(200),
				Answer::Status(code) => HttpRequestStatus::Finished(code),
				Answer::Never => HttpRequestStatus::DeadlineReached,
			})
			.collect()
	}
	fn http_response_headers(&mut self, _: HttpRequestId) -> Vec<(Vec<u8>, Vec<u8>)> {
		Vec::new()
	}
	fn http_response_read_body(&mut self, id: HttpRequestId, buffer: &mut [u8], _: Option<Timestamp>) -> Result<usize, HttpError> {
		let body = match self.answer_of(id) {
			Answer::Ok(body) => body.as_bytes(),
			_ => b"<html>error</html>",
		};
		let mut network = self.0.write();
		let read = network.read.entry(id.0).or_default();
		let chunk = body.len().saturating_sub(*read).min(buffer.len()).min(7);
		buffer[..chunk].copy_from_slice(&body[*read..*read + chunk]);
		*read += chunk;
		Ok(chunk)
	}
	fn set_authorized_nodes(&mut self, _: Vec<OpaquePeerId>, _: bool) {}
}

impl DbExternalities for FakeNetwork {
	fn local_storage_set(&mut self, _: StorageKind, key: &[u8], value: &[u8]) {
		self.0.write().storage.insert(key.to_vec(), value.to_vec());
	}
	fn local_storage_clear(&mut self, _: StorageKind, key: &[u8]) {
		self.0.write().storage.remove(key);
	}
	fn local_storage_compare_and_set(&mut self, _: StorageKind, key: &[u8], old: Option<&[u8]>, new: &[u8]) -> bool {
		let mut network = self.0.write();
		if network.storage.get(key).map(Vec::as_slice) != old {
			return false;
		}
		network.storage.insert(key.to_vec(), new.to_vec());
		true
	}
	fn local_storage_get(&mut self, _: StorageKind, key: &[u8]) -> Option<Vec<u8>> {
		self.0.read().storage.get(key).cloned()
	}
}

struct Worker {
	ext: sp_io::TestExternalities,
	network: FakeNetwork,
	pool: Arc<parking_lot::RwLock<PoolState>>,
}

const BTC_URL: &str = "http://127.0.0.1:8910/price/BTC-USD?feeder=alice";
const ETH_URL: &str = "http://127.0.0.1:8910/price/ETH-USD?feeder=alice";

/// A node holding the `orcl` keys `keys`, with `sources` configured.
fn worker(keys: Vec<u64>, sources: &str) -> Worker {
	let mut ext = new_test_ext();
	let network = FakeNetwork::default();
	let (pool, pool_state) = TestTransactionPoolExt::new();
	ext.register_extension(OffchainWorkerExt::new(network.clone()));
	ext.register_extension(OffchainDbExt::new(network.clone()));
	ext.register_extension(TransactionPoolExt::new(pool));
	UintAuthorityId::set_all_keys(keys);
	network.clone().local_storage_set(StorageKind::PERSISTENT, SOURCES_KEY, sources.as_bytes());
	Worker { ext, network, pool: pool_state }
}

impl Worker {
	/// Runs the worker at block `now`; returns the submission it put in the pool, if any.
	fn run(&mut self, now: u64) -> Option<(u64, Vec<(MarketId, Price)>)> {
		self.ext.execute_with(|| {
			System::set_block_number(now);
			Oracle::offchain_worker(now);
		});
		let tx = self.pool.write().transactions.pop()?;
		assert!(self.pool.read().transactions.is_empty(), "one transaction per run");
		let tx = Extrinsic::decode(&mut &tx[..]).expect("the pool holds extrinsics");
		let signer = match tx.preamble {
			sp_runtime::generic::Preamble::Signed(signer, ..) => signer,
			_ => panic!("feeders sign their submissions"),
		};
		match tx.function {
			RuntimeCall::Oracle(Call::submit_prices { prices }) => Some((signer, prices.into_inner())),
			other => panic!("unexpected call {other:?}"),
		}
	}

	fn set(&mut self, key: &[u8], value: &str) {
		self.network.local_storage_set(StorageKind::PERSISTENT, key, value.as_bytes());
	}
}

fn decimal(text: &str) -> Price {
	json::decimal(text.as_bytes()).unwrap()
}

#[test]
fn the_worker_submits_each_markets_price_signed_by_its_feeder_key() {
	let mut worker = worker(vec![3], &format!("{BTC} {BTC_URL}\n# a comment\n{ETH} {ETH_URL} data.0.price\n"));
	worker.network.answer(BTC_URL, Answer::Ok(r#"{"market":"BTC-USD","price":97123.45,"synthetic":false}"#));
	worker.network.answer(ETH_URL, Answer::Ok(r#"{"data":[{"price":"3456.7"}]}"#));

	let (signer, prices) = worker.run(2).expect("a submission");

	assert_eq!(signer, 3);
	assert_eq!(prices, vec![(BTC, decimal("97123.45")), (ETH, decimal("3456.7"))]);
	assert_eq!(worker.network.started(), vec![BTC_URL.to_string(), ETH_URL.to_string()]);
	// The chain accepts what the worker built.
	worker.ext.execute_with(|| {
		let prices = prices.try_into().unwrap();
		assert!(Oracle::submit_prices(RuntimeOrigin::signed(signer), prices).is_ok());
	});
}

#[test]
fn the_worker_submits_at_most_once_per_interval() {
	let mut worker = worker(vec![3], &format!("{BTC} {BTC_URL}"));
	worker.network.answer(BTC_URL, Answer::Ok(r#"{"price":100}"#));
	worker.set(INTERVAL_KEY, "3");

	let submitted: Vec<u64> = (2..=9).filter(|&block| worker.run(block).is_some()).collect();

	assert_eq!(submitted, vec![2, 5, 8]);
	assert_eq!(worker.network.started().len(), 3, "no fetch while not due");
}

#[test]
fn a_node_without_a_feeder_key_or_sources_fetches_nothing() {
	let mut not_a_feeder = worker(vec![42], &format!("{BTC} {BTC_URL}"));
	assert_eq!(not_a_feeder.run(2), None);
	assert!(not_a_feeder.network.started().is_empty());

	let mut no_sources = worker(vec![3], "# nothing yet\n");
	assert_eq!(no_sources.run(2), None);

	let mut bad_sources = worker(vec![3], "BTC-USD somewhere");
	assert_eq!(bad_sources.run(2), None);
	assert!(bad_sources.network.started().is_empty());
}

#[test]
fn slow_broken_and_unacceptable_sources_are_left_out() {
	const SLOW: &str = "http://127.0.0.1:1/slow";
	const DOWN: &str = "http://127.0.0.1:1/down";
	const HTML: &str = "http://127.0.0.1:1/html";
	const SPIKE: &str = "http://127.0.0.1:1/spike";
	const UNLISTED: &str = "http://127.0.0.1:1/unlisted";
	let sources = format!("{BTC} {SLOW}\n{BTC} {BTC_URL}\n{ETH} {DOWN}\n{ETH} {HTML}\n{ETH} {SPIKE}\n99 {UNLISTED}");
	let mut worker = worker(vec![3], &sources);
	worker.network.answer(SLOW, Answer::Never);
	worker.network.answer(BTC_URL, Answer::Ok(r#"{"price":97000}"#));
	worker.network.answer(DOWN, Answer::Status(503));
	worker.network.answer(HTML, Answer::Ok("<html>502 Bad Gateway</html>"));
	worker.network.answer(SPIKE, Answer::Ok(r#"{"price":1e12}"#));
	worker.network.answer(UNLISTED, Answer::Ok(r#"{"price":1}"#));

	let (_, prices) = worker.run(2).expect("the good source still counts");

	assert_eq!(prices, vec![(BTC, price(97_000))]);
	assert_eq!(worker.network.started().len(), 6, "all fetched at once");
}

#[test]
fn when_every_source_fails_nothing_is_submitted() {
	let mut worker = worker(vec![3], &format!("{BTC} {BTC_URL}\n{ETH} {ETH_URL}"));
	worker.network.answer(BTC_URL, Answer::Never);
	worker.network.answer(ETH_URL, Answer::Ok(r#"{"price":-5}"#));
	assert_eq!(worker.run(2), None);
}

#[test]
fn sources_text_is_read_line_by_line() {
	let sources = parse_sources("1 http://a/x\n\n  # comment\n2 https://b/y data.0.last \n").unwrap();
	assert_eq!(
		sources,
		vec![
			SourceLine { market: MarketRef::Id(1), url: "http://a/x".into(), path: vec!["price".into()] },
			SourceLine { market: MarketRef::Id(2), url: "https://b/y".into(), path: vec!["data".into(), "0".into(), "last".into()] },
		]
	);
	let named = parse_sources("sol-usd http://a/sol").unwrap();
	assert_eq!(named[0].market, MarketRef::Symbol("SOL-USD".into()), "a symbol, upper case");
	for bad in ["-BTC http://a", "B@D http://a", "1", "1 ftp://a", "1 http://a price extra"] {
		assert!(parse_sources(bad).unwrap_err().contains(bad), "{bad}");
	}
}
