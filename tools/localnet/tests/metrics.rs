//! The venue's Prometheus metrics on a real dev node, scraped from its `/metrics` endpoint while
//! a crash is injected at the price replay's source: before it, both markets' gauges show live
//! feeds, open breakers and a calm venue; dave then holds a 15× ETH-USD short, ETH is lifted
//! 40 % at the source, and the same gauges show the market halted, the index moved, the crisis
//! level raised, dave's liquidations counted and the liquidation hook's weight.

use ballast_localnet::{calm_replay_args, dev_node_fed_by, http_request, run_polkadot_js, wait_for, PriceReplay};
use std::{collections::BTreeMap, time::Duration};

/// `metric{labels}` → value for every Ballast sample on the node's endpoint (read by
/// `prometheus-parse`; the registry's `chain` label dropped, the others sorted).
fn scrape(port: u16) -> Option<BTreeMap<String, f64>> {
	use prometheus_parse::{Scrape, Value};
	let text = http_request(port, "GET", "/metrics", None).ok()?;
	let scrape = Scrape::parse(text.lines().map(|line| Ok(line.to_string()))).ok()?;
	let mut samples = BTreeMap::new();
	for sample in scrape.samples.into_iter().filter(|sample| sample.metric.starts_with("ballast_")) {
		let (Value::Counter(value) | Value::Gauge(value) | Value::Untyped(value)) = sample.value else { continue };
		let mut labels: Vec<String> =
			sample.labels.iter().filter(|(name, _)| name.as_str() != "chain").map(|(name, value)| format!("{name}=\"{value}\"")).collect();
		labels.sort();
		let key = if labels.is_empty() { sample.metric } else { format!("{}{{{}}}", sample.metric, labels.join(",")) };
		samples.insert(key, value);
	}
	Some(samples)
}

fn get(samples: &BTreeMap<String, f64>, key: &str) -> f64 {
	samples.get(key).copied().unwrap_or(f64::NAN)
}

#[test]
fn the_venue_metrics_follow_an_injected_crash() {
	let replay = PriceReplay::start(&calm_replay_args(1)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;
	let port = node.prometheus_port;

	// Calm: both feeds live, breakers open.
	let calm = wait_for("live feeds in the metrics", Duration::from_secs(90), || {
		let samples = scrape(port)?;
		let live = ["BTC-USD", "ETH-USD"].iter().all(|m| get(&samples, &format!("ballast_market_oracle_status{{market=\"{m}\"}}")) == 0.0);
		(live && get(&samples, "ballast_market_feeders{market=\"ETH-USD\"}") >= 1.0).then_some(samples)
	})
	.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	let eth_before = get(&calm, "ballast_market_index_price{market=\"ETH-USD\"}");
	println!("calm: ETH index {eth_before}, fund {}, vault {}", get(&calm, "ballast_fund_balance"), get(&calm, "ballast_vault_equity"));
	assert!(eth_before > 100.0, "an ETH index: {calm:?}");
	assert_eq!(get(&calm, "ballast_market_breaker_state{market=\"ETH-USD\"}"), 0.0, "{calm:?}");
	assert_eq!(get(&calm, "ballast_crisis_level"), 0.0, "{calm:?}");
	assert!(get(&calm, "ballast_fund_balance") > 0.0 && get(&calm, "ballast_vault_equity") > 0.0, "{calm:?}");
	assert!(get(&calm, "ballast_liquidation_hook_ref_time") > 0.0, "the hook meters its watermark step: {calm:?}");
	assert_eq!(get(&calm, "ballast_liquidations_total{kind=\"partial\"}") + get(&calm, "ballast_liquidations_total{kind=\"whole\"}"), 0.0);

	// Dave shorts ETH 15×; then ETH is lifted 40 % at the source.
	let url = format!("ws://127.0.0.1:{}", node.rpc_port);
	let opened = run_polkadot_js("open-position.mjs", &[url, "//Dave".into(), "2".into(), "short".into(), "15".into()], Duration::from_secs(120))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("opened: {opened}");
	// The book's risk over the horizon, read every block: one account holds a position, so its
	// expected liquidations lie in [0, 1] (a calm 15× short's chance in an hour can round to
	// nothing in parts per billion). The census sizes the fund: a 15× short loses more than its
	// equity to a 10 % rise, so the target is positive and the cover a ratio.
	let held = wait_for("the book's risk and the fund's target in the metrics", Duration::from_secs(60), || {
		let samples = scrape(port)?;
		let expected = get(&samples, "ballast_expected_liquidations");
		let sized = get(&samples, "ballast_fund_target") > 0.0 && get(&samples, "ballast_fund_cover_ratio") > 0.0;
		(expected.is_finite() && get(&samples, "ballast_expected_shortfall").is_finite() && expected >= 0.0 && sized).then_some(samples)
	})
	.unwrap_or_else(|e| panic!("{e}\n{:?}", scrape(port)));
	println!(
		"book: expected liquidations {}, expected shortfall {}; fund target {}, cover {}",
		get(&held, "ballast_expected_liquidations"),
		get(&held, "ballast_expected_shortfall"),
		get(&held, "ballast_fund_target"),
		get(&held, "ballast_fund_cover_ratio"),
	);
	assert!(get(&held, "ballast_expected_liquidations") <= 1.0, "one account holds a position: {held:?}");
	let cover = get(&held, "ballast_fund_balance") / get(&held, "ballast_fund_target");
	assert!((get(&held, "ballast_fund_cover_ratio") / cover - 1.0).abs() < 1e-3, "cover is the balance over the target: {held:?}");
	http_request(replay.port, "POST", "/fault/ETH-USD?kind=spike&factor=1.4", Some("")).unwrap_or_else(|e| panic!("{e}"));

	let crash = wait_for("the crash in the metrics", Duration::from_secs(240), || {
		let samples = scrape(port)?;
		let halted = get(&samples, "ballast_market_breaker_state{market=\"ETH-USD\"}") == 2.0;
		let liquidated = get(&samples, "ballast_liquidations_total{kind=\"partial\"}") + get(&samples, "ballast_liquidations_total{kind=\"whole\"}") >= 1.0;
		(halted && liquidated).then_some(samples)
	})
	.unwrap_or_else(|e| panic!("{e}\n{:?}\n{}", scrape(port), node.log_tail(30)));
	let eth_after = get(&crash, "ballast_market_index_price{market=\"ETH-USD\"}");
	println!(
		"crash: ETH index {eth_after}, crisis level {}, liquidations {} partial {} whole, bad debt {}, fund {}",
		get(&crash, "ballast_crisis_level"),
		get(&crash, "ballast_liquidations_total{kind=\"partial\"}"),
		get(&crash, "ballast_liquidations_total{kind=\"whole\"}"),
		get(&crash, "ballast_bad_debt_total"),
		get(&crash, "ballast_fund_balance"),
	);
	assert!(eth_after > eth_before * 1.3, "the index followed the source: {eth_before} → {eth_after}");
	assert!(get(&crash, "ballast_crisis_level") >= 2.0, "a halted market is at least stressed: {crash:?}");
	// BTC's own breaker did not trip (the global breaker may hold it reduce-only if the fund
	// took a deep loss).
	assert!(get(&crash, "ballast_market_breaker_state{market=\"BTC-USD\"}") < 2.0, "BTC not halted: {crash:?}");
	assert!(get(&crash, "ballast_metrics_block") > get(&calm, "ballast_metrics_block"), "read at every block");
}
