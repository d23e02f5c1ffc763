//! The HTTP interface: `tiny_http` parses the requests, a thread answers each (at most
//! [`MAX_CONNECTIONS`] at once, so a flood cannot exhaust threads), JSON bodies.
//!
//! | request | answer |
//! |---|---|
//! | `GET /health` | `ok` |
//! | `GET /markets` | each market's source, span and whether it is synthetic |
//! | `GET /price/<market>[?feeder=<name>]` | `{"market","price","data_time","source","synthetic","fault"}` |
//! | `GET /prices[?feeder=<name>]` | every market's price object, keyed by market |
//! | `POST /fault/<market>?kind=freeze\|spike\|diverge\|silent\|clear[&factor=F][&spread=S][&feeder=<name>]` | the fault now in force |
//! | `POST /seek?offset=SECONDS[&speed=S]` | every market's replay restarted from that data offset (and speed) now |
//!
//! `feeder` matters under a `diverge` fault: feeders fall into three groups that see the
//! price apart by the spread; and for a feeder given a bias (`--bias NAME=FACTOR`), whose
//! source always reads that factor times the price: a lagging or mispriced exchange. A fault
//! posted with `feeder=<name>` hits only that feeder's source (one validator's exchange lying
//! or dark) and takes precedence over the market's; `kind=clear` with a feeder clears its own,
//! without one every fault of the market.
//!
//! `seek` lets a test open positions on a calm price, then start the crash at a known moment.

use crate::{
	replay::{divergence_factor, price_at, Fault, Timeline},
	series::Series,
};
use serde_json::{json, Value};
use std::{
	collections::BTreeMap,
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc, Mutex,
	},
	time::{Duration, Instant},
};

/// Requests answered at once; more are refused (503), so a flood cannot exhaust threads.
pub const MAX_CONNECTIONS: usize = 64;

/// One replayed market.
pub struct Market {
	pub series: Series,
	pub timeline: Timeline,
	/// The fault every feeder sees, and those that hit one feeder's source only.
	pub fault: Option<Fault>,
	pub feeder_faults: BTreeMap<String, Fault>,
}

impl Market {
	/// `series` replayed along `timeline`, without faults.
	pub fn new(series: Series, timeline: Timeline) -> Self {
		Market { series, timeline, fault: None, feeder_faults: BTreeMap::new() }
	}

	/// The fault `feeder`'s source shows.
	fn fault_for(&self, feeder: &str) -> Option<Fault> {
		self.feeder_faults.get(feeder).copied().or(self.fault)
	}
}

/// Every market and the moment the replay started.
pub struct Feed {
	pub markets: BTreeMap<String, Market>,
	started: Instant,
	/// How long a `silent` market keeps a request hanging before closing it.
	pub silence: Duration,
	/// Feeders whose source reads a fixed factor times every price.
	pub biases: BTreeMap<String, f64>,
}

impl Feed {
	pub fn new(markets: BTreeMap<String, Market>) -> Self {
		Feed { markets, started: Instant::now(), silence: Duration::from_secs(30), biases: BTreeMap::new() }
	}

	fn elapsed(&self) -> f64 {
		self.started.elapsed().as_secs_f64()
	}

	/// The replayed price of `market` now, before faults.
	fn replayed_price(&self, market: &Market) -> (f64, f64) {
		let time = market.timeline.data_time(&market.series, self.elapsed());
		(price_at(&market.series, time), time)
	}

	/// The JSON answer for `name` as `feeder` sees it, or `None` while the market is silent.
	fn quote(&self, name: &str, feeder: &str) -> Option<Value> {
		let market = self.markets.get(name)?;
		let (replayed, data_time) = self.replayed_price(market);
		let fault = market.fault_for(feeder);
		let price = match fault {
			None => replayed,
			Some(Fault::Freeze { price }) => price,
			Some(Fault::Spike { factor }) => replayed * factor,
			Some(Fault::Diverge { spread }) => replayed * divergence_factor(feeder, spread),
			Some(Fault::Silent) => return None,
		} * self.biases.get(feeder).copied().unwrap_or(1.0);
		Some(json!({
			"market": name,
			"price": price,
			"data_time": data_time as i64,
			"source": market.series.source,
			"synthetic": market.series.synthetic,
			"fault": fault.map(fault_name),
		}))
	}

	/// Sets or clears `name`'s fault from a `/fault` query.
	fn set_fault(&mut self, name: &str, query: &BTreeMap<String, String>) -> Result<Value, (u16, String)> {
		let (replayed, _) = self.markets.get(name).map(|m| self.replayed_price(m)).ok_or((404, format!("unknown market {name}")))?;
		let number = |key: &str, default: f64| -> Result<f64, (u16, String)> {
			query.get(key).map_or(Ok(default), |v| v.parse().map_err(|_| (400, format!("{key}={v} is not a number"))))
		};
		let fault = match query.get("kind").map(String::as_str) {
			Some("freeze") => Some(Fault::Freeze { price: replayed }),
			Some("spike") => Some(Fault::Spike { factor: number("factor", 10.0)? }),
			Some("diverge") => Some(Fault::Diverge { spread: number("spread", 0.05)? }),
			Some("silent") => Some(Fault::Silent),
			Some("clear") => None,
			other => return Err((400, format!("kind must be freeze, spike, diverge, silent or clear, not {other:?}"))),
		};
		let market = self.markets.get_mut(name).expect("checked above");
		match (query.get("feeder"), fault) {
			(Some(feeder), Some(fault)) => {
				market.feeder_faults.insert(feeder.clone(), fault);
			},
			(Some(feeder), None) => {
				market.feeder_faults.remove(feeder);
			},
			(None, Some(fault)) => market.fault = Some(fault),
			(None, None) => {
				market.fault = None;
				market.feeder_faults.clear();
			},
		}
		let mut answer = json!({ "market": name, "fault": fault.map(fault_name) });
		if let Some(feeder) = query.get("feeder") {
			answer["feeder"] = json!(feeder);
		}
		Ok(answer)
	}

	/// Restarts every market's replay now from data offset `offset` seconds, at `speed` data
	/// seconds per second when given.
	fn seek(&mut self, query: &BTreeMap<String, String>) -> Result<Value, (u16, String)> {
		let number = |key: &str| -> Result<Option<f64>, (u16, String)> {
			query.get(key).map(|v| v.parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0).ok_or((400, format!("{key}={v} is not a number of seconds")))).transpose()
		};
		let offset = number("offset")?.ok_or((400, "seek needs offset=SECONDS".to_string()))?;
		let speed = number("speed")?;
		for market in self.markets.values_mut() {
			market.timeline.offset = offset;
			market.timeline.speed = speed.unwrap_or(market.timeline.speed);
		}
		self.started = Instant::now();
		let times: BTreeMap<&String, i64> =
			self.markets.iter().map(|(name, m)| (name, m.timeline.data_time(&m.series, 0.0) as i64)).collect();
		Ok(json!({ "offset": offset, "data_time": times }))
	}

	fn describe_markets(&self) -> Value {
		let markets: BTreeMap<&String, Value> = self
			.markets
			.iter()
			.map(|(name, m)| {
				let bars = &m.series.bars;
				(name, json!({
					"source": m.series.source,
					"synthetic": m.series.synthetic,
					"bars": bars.len(),
					"first": bars[0].start,
					"last": bars[bars.len() - 1].start,
					"speed": m.timeline.speed,
				}))
			})
			.collect();
		json!(markets)
	}
}

fn fault_name(fault: Fault) -> &'static str {
	match fault {
		Fault::Freeze { .. } => "freeze",
		Fault::Spike { .. } => "spike",
		Fault::Diverge { .. } => "diverge",
		Fault::Silent => "silent",
	}
}

/// Serves `feed` on `server` until the process ends.
pub fn serve(server: tiny_http::Server, feed: Arc<Mutex<Feed>>) {
	let open = Arc::new(AtomicUsize::new(0));
	for request in server.incoming_requests() {
		if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
			open.fetch_sub(1, Ordering::SeqCst);
			let _ = request.respond(tiny_http::Response::empty(503u16));
			continue;
		}
		let (feed, open) = (feed.clone(), open.clone());
		std::thread::spawn(move || {
			answer(request, &feed);
			open.fetch_sub(1, Ordering::SeqCst);
		});
	}
}

fn answer(request: tiny_http::Request, feed: &Mutex<Feed>) {
	let (path, query) = split_query(request.url());
	let response = {
		let mut feed = feed.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
		route(&mut feed, request.method().as_str(), &path, &query)
	};
	match response {
		Some((status, body)) => {
			let content_type = if body.starts_with('{') { "application/json" } else { "text/plain" };
			let header = tiny_http::Header::from_bytes("Content-Type", content_type).expect("a valid header");
			let _ = request.respond(tiny_http::Response::from_string(body).with_status_code(status).with_header(header));
		},
		None => {
			// A silent market: hold the request, then close the connection without an answer
			// (the raw writer, dropped unwritten, sends nothing).
			let silence = feed.lock().map(|f| f.silence).unwrap_or(Duration::from_secs(30));
			std::thread::sleep(silence);
			drop(request.into_writer());
		},
	}
}

/// The status and body for a request; `None` when the answer is to stay silent.
fn route(feed: &mut Feed, method: &str, path: &str, query: &BTreeMap<String, String>) -> Option<(u16, String)> {
	let feeder = query.get("feeder").map(String::as_str).unwrap_or("");
	let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
	Some(match (method, segments.as_slice()) {
		("GET", ["health"]) => (200, "ok".into()),
		("GET", ["markets"]) => (200, feed.describe_markets().to_string()),
		("GET", ["price", name]) => match feed.markets.contains_key(*name) {
			false => (404, json!({ "error": format!("unknown market {name}") }).to_string()),
			true => (200, feed.quote(name, feeder)?.to_string()),
		},
		("GET", ["prices"]) => {
			let names: Vec<String> = feed.markets.keys().cloned().collect();
			let quotes: BTreeMap<String, Value> =
				names.into_iter().filter_map(|name| feed.quote(&name, feeder).map(|q| (name, q))).collect();
			(200, json!(quotes).to_string())
		},
		("POST", ["fault", name]) => match feed.set_fault(name, query) {
			Ok(body) => (200, body.to_string()),
			Err((status, error)) => (status, json!({ "error": error }).to_string()),
		},
		("POST", ["seek"]) => match feed.seek(query) {
			Ok(body) => (200, body.to_string()),
			Err((status, error)) => (status, json!({ "error": error }).to_string()),
		},
		_ => (404, json!({ "error": format!("no route for {method} {path}") }).to_string()),
	})
}

/// The path and the decoded query pairs of a request target.
fn split_query(target: &str) -> (String, BTreeMap<String, String>) {
	let (path, query) = target.split_once('?').unwrap_or((target, ""));
	(path.to_string(), form_urlencoded::parse(query.as_bytes()).into_owned().collect())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn queries_split_into_pairs() {
		let (path, query) = split_query("/fault/BTC-USD?kind=spike&factor=3");
		assert_eq!(path, "/fault/BTC-USD");
		assert_eq!(query.get("kind").map(String::as_str), Some("spike"));
		assert_eq!(query.get("factor").map(String::as_str), Some("3"));
		assert!(split_query("/prices").1.is_empty());
		assert_eq!(split_query("/price/BTC-USD?feeder=dave%20two").1.get("feeder").map(String::as_str), Some("dave two"));
	}
}
