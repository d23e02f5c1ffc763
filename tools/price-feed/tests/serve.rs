//! The real server on loopback: prices, faults and the real crash data files.

use ballast_price_feed::{
	replay::Timeline,
	series,
	server::{Feed, Market},
	synthetic,
};
use serde_json::Value;
use std::{
	collections::BTreeMap,
	net::SocketAddr,
	path::{Path, PathBuf},
	time::{Duration, Instant},
};

/// The status and body of `method path` (through `ureq`), or why there was none within `timeout`.
fn request(address: SocketAddr, method: &str, path: &str, timeout: Duration) -> Result<(u16, String), String> {
	let agent = ureq::AgentBuilder::new().timeout(timeout).build();
	let request = agent.request(method, &format!("http://{address}{path}"));
	let sent = if method == "POST" { request.send_string("") } else { request.call() };
	let response = match sent {
		Ok(response) => response,
		Err(ureq::Error::Status(_, response)) => response,
		Err(error) => return Err(error.to_string()),
	};
	let status = response.status();
	Ok((status, response.into_string().map_err(|e| e.to_string())?))
}

fn get_json(address: SocketAddr, path: &str) -> Value {
	let (status, body) = request(address, "GET", path, Duration::from_secs(5)).unwrap();
	assert_eq!(status, 200, "{path}: {body}");
	serde_json::from_str(&body).unwrap()
}

/// A feed of one synthetic market that does not move in wall time (speed 0).
fn still_feed(start_price: f64) -> SocketAddr {
	let series = synthetic::crash_day(3, start_price);
	let market = Market::new(series, Timeline { speed: 0.0, offset: 0.0, looping: false });
	let mut feed = Feed::new(BTreeMap::from([("BTC-USD".to_string(), market)]));
	feed.silence = Duration::from_secs(3);
	ballast_price_feed::spawn("127.0.0.1:0", feed).unwrap()
}

#[test]
fn a_biased_feeder_always_reads_its_factor_times_the_price() {
	let series = synthetic::crash_day(3, 100.0);
	let market = Market::new(series, Timeline { speed: 0.0, offset: 0.0, looping: false });
	let mut feed = Feed::new(BTreeMap::from([("BTC-USD".to_string(), market)]));
	feed.biases.insert("dave".into(), 1.03);
	let address = ballast_price_feed::spawn("127.0.0.1:0", feed).unwrap();
	assert_eq!(get_json(address, "/price/BTC-USD?feeder=alice")["price"], 100.0);
	let biased = get_json(address, "/price/BTC-USD?feeder=dave")["price"].as_f64().unwrap();
	assert!((biased - 103.0).abs() < 1e-9, "dave's source reads 3 % high: {biased}");
	post_json(address, "/fault/BTC-USD?kind=spike&factor=2");
	let spiked = get_json(address, "/price/BTC-USD?feeder=dave")["price"].as_f64().unwrap();
	assert!((spiked - 206.0).abs() < 1e-9, "the bias applies on top of faults: {spiked}");
}

fn post_json(address: SocketAddr, path: &str) -> (u16, Value) {
	let (status, body) = request(address, "POST", path, Duration::from_secs(5)).unwrap();
	(status, serde_json::from_str(&body).unwrap())
}

#[test]
fn serves_prices_and_applies_then_clears_faults() {
	let address = still_feed(100.0);
	let quote = get_json(address, "/price/BTC-USD");
	assert_eq!(quote["price"], 100.0);
	assert_eq!(quote["synthetic"], true);
	assert_eq!(get_json(address, "/prices")["BTC-USD"]["price"], 100.0);

	assert_eq!(post_json(address, "/fault/BTC-USD?kind=spike&factor=10"), (200, serde_json::json!({"market": "BTC-USD", "fault": "spike"})));
	let spiked = get_json(address, "/price/BTC-USD");
	assert_eq!((spiked["price"].as_f64(), spiked["fault"].as_str()), (Some(1000.0), Some("spike")));

	post_json(address, "/fault/BTC-USD?kind=diverge&spread=0.1");
	let seen: Vec<f64> = (0..12)
		.map(|i| get_json(address, &format!("/price/BTC-USD?feeder=validator-{i}"))["price"].as_f64().unwrap())
		.collect();
	let (low, high) = seen.iter().fold((f64::MAX, f64::MIN), |(l, h), p| (l.min(*p), h.max(*p)));
	assert!((low - 90.0).abs() < 1e-9 && (high - 110.0).abs() < 1e-9, "feeders see 90, 100 and 110: {seen:?}");

	post_json(address, "/fault/BTC-USD?kind=clear");
	assert_eq!(get_json(address, "/price/BTC-USD")["price"], 100.0);
}

#[test]
fn a_fault_for_one_feeder_hits_only_its_source() {
	let address = still_feed(100.0);
	let (status, body) = post_json(address, "/fault/BTC-USD?kind=spike&factor=10&feeder=dave");
	assert_eq!((status, body["feeder"].as_str()), (200, Some("dave")));
	post_json(address, "/fault/BTC-USD?kind=silent&feeder=carol");
	assert_eq!(get_json(address, "/price/BTC-USD?feeder=dave")["price"], 1000.0);
	assert_eq!(get_json(address, "/price/BTC-USD?feeder=alice")["price"], 100.0);
	let outcome = request(address, "GET", "/price/BTC-USD?feeder=carol", Duration::from_millis(500));
	assert!(outcome.is_err() || outcome.as_ref().is_ok_and(|(_, body)| body.is_empty()), "carol's source is dark: {outcome:?}");
	// A market-wide fault does not override a feeder's own; clearing dave's leaves the market's.
	post_json(address, "/fault/BTC-USD?kind=spike&factor=2");
	assert_eq!(get_json(address, "/price/BTC-USD?feeder=alice")["price"], 200.0);
	assert_eq!(get_json(address, "/price/BTC-USD?feeder=dave")["price"], 1000.0);
	post_json(address, "/fault/BTC-USD?kind=clear&feeder=dave");
	assert_eq!(get_json(address, "/price/BTC-USD?feeder=dave")["price"], 200.0);
	post_json(address, "/fault/BTC-USD?kind=clear");
	assert_eq!(get_json(address, "/price/BTC-USD?feeder=carol")["price"], 100.0, "clear without a feeder clears all");
}

#[test]
fn seek_restarts_the_replay_from_a_data_offset() {
	let series = synthetic::crash_day(3, 100.0);
	let first = series.bars[0].start;
	let market = Market::new(series, Timeline { speed: 0.0, offset: 0.0, looping: false });
	let address = ballast_price_feed::spawn("127.0.0.1:0", Feed::new(BTreeMap::from([("BTC-USD".to_string(), market)]))).unwrap();
	assert_eq!(get_json(address, "/price/BTC-USD")["data_time"], first);
	let (status, body) = post_json(address, "/seek?offset=3600");
	assert_eq!(status, 200, "{body}");
	assert_eq!(body["data_time"]["BTC-USD"], first + 3600);
	assert_eq!(get_json(address, "/price/BTC-USD")["data_time"], first + 3600);
	assert_eq!(post_json(address, "/seek?offset=soon").0, 400);
	assert_eq!(post_json(address, "/seek").0, 400);
}

#[test]
fn a_silent_market_answers_nothing_until_the_client_gives_up() {
	let address = still_feed(100.0);
	post_json(address, "/fault/BTC-USD?kind=silent");
	let started = Instant::now();
	let outcome = request(address, "GET", "/price/BTC-USD", Duration::from_millis(500));
	assert!(outcome.is_err() || outcome.as_ref().is_ok_and(|(_, body)| body.is_empty()), "{outcome:?}");
	assert!(started.elapsed() >= Duration::from_millis(400), "the request was held");
	// Other requests are still served meanwhile.
	assert_eq!(get_json(address, "/markets")["BTC-USD"]["synthetic"], true);
}

#[test]
fn bad_requests_get_specific_errors() {
	let address = still_feed(100.0);
	assert_eq!(request(address, "GET", "/price/DOGE-USD", Duration::from_secs(5)).unwrap().0, 404);
	let (status, body) = post_json(address, "/fault/BTC-USD?kind=explode");
	assert_eq!(status, 400);
	assert!(body["error"].as_str().unwrap().contains("kind must be"));
	assert_eq!(post_json(address, "/fault/BTC-USD?kind=spike&factor=lots").0, 400);
	assert_eq!(post_json(address, "/fault/DOGE-USD?kind=freeze").0, 404);
}

/// Rows and price ranges per file, as `shared/data/prices/SOURCES.md` lists them.
const REAL_FILES: [(&str, usize, f64, f64); 16] = [
	("btc-binance-20200312-1h.csv", 120, 3782.13, 8149.0),
	("eth-binance-20200312-1h.csv", 120, 86.0, 206.2),
	("btc-binance-20210519-1h.csv", 96, 30000.0, 46686.0),
	("eth-binance-20210519-1h.csv", 96, 1888.0, 3587.06),
	("luna-binance-20220507-1m.csv", 11560, 0.00004, 87.87),
	("ust-binance-20220507-1h.csv", 193, 0.225, 1.0003),
	("ftt-binance-20221106-1h.csv", 213, 1.8223, 25.9),
	("sol-binance-20221106-1h.csv", 206, 12.37, 38.79),
	("usdc-kraken-20230310-1h.csv", 144, 0.874, 1.0013),
	("usdc-binance-20230311-1h.csv", 58, 0.882, 1.0),
	("btc-gemini-20251010-1m.csv", 1351, 107000.0, 122590.34),
	("eth-gemini-20251010-1m.csv", 1322, 3681.0, 4395.54),
	("sol-gemini-20251010-1m.csv", 1227, 172.1, 224.47),
	("avaxusdperp-binancecoinm-20251010-1m.csv", 1419, 6.02, 28.63),
	("atomusdperp-binancecoinm-20251010-1m.csv", 1402, 1.055, 4.188),
	("doge-coinbase-20251010-1m.csv", 1440, 0.15, 0.25412),
];

/// The team's crash data beside the clone. A user's fresh clone has no `../shared`; then there
/// is nothing to check and the caller's test says so.
fn shared_prices() -> Option<PathBuf> {
	let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/prices");
	if dir.is_dir() {
		Some(dir)
	} else {
		eprintln!("no {} here (a user's clone): nothing to check", dir.display());
		None
	}
}

/// Reads every real crash file the team keeps beside the clone.
#[test]
fn every_real_crash_file_parses_with_its_documented_rows_and_range() {
	let Some(dir) = shared_prices() else { return };
	for (file, rows, min, max) in REAL_FILES {
		let series = series::load(&dir.join(file)).unwrap_or_else(|e| panic!("{e}"));
		assert_eq!(series.bars.len(), rows, "{file}");
		let low = series.bars.iter().map(|b| b.low).fold(f64::MAX, f64::min);
		let high = series.bars.iter().map(|b| b.high).fold(f64::MIN, f64::max);
		assert_eq!((low, high), (min, max), "{file}");
	}
}

/// The Oct-2025 AVAX perp flash crash, replayed at its minute: the served path reaches the
/// real low of 6.02 within that minute.
#[test]
fn the_avax_flash_crash_low_is_served() {
	let Some(dir) = shared_prices() else { return };
	let series = series::load(&dir.join("avaxusdperp-binancecoinm-20251010-1m.csv")).unwrap();
	let crash_bar = series.bars.iter().min_by(|a, b| a.low.total_cmp(&b.low)).unwrap();
	let lows: Vec<f64> = (0..=60)
		.map(|s| ballast_price_feed::replay::price_at(&series, (crash_bar.start + s) as f64))
		.collect();
	let lowest = lows.iter().copied().fold(f64::MAX, f64::min);
	assert!((lowest - 6.02).abs() < 0.01, "lowest served {lowest}");
}
