//! The oracle end to end: a real dev node whose offchain worker fetches prices from the real
//! replay server over HTTP, signs them with alice's `orcl` key and submits them; polkadot.js
//! watches BTC-USD and ETH-USD go live and move, then a spike at the source moves the mark no
//! more than its cap per block.
//!
//! Replays the real 2025-10-10 crash from `../shared/data/prices` when that folder is beside
//! the clone, else a seeded synthetic crash.

use ballast_localnet::{
	crash_replay_args, dev_node_fed_by, node_binary, oracle_source_args, run_polkadot_js, shared_prices_dir, Network,
	NetworkSpec, PriceReplay, LOCAL_VALIDATORS,
};
use std::time::Duration;

#[test]
fn a_dev_node_feeds_btc_and_eth_from_the_replay_and_polkadot_js_sees_them_move() {
	// Six data minutes per block.
	let replay = PriceReplay::start(&crash_replay_args(60)).unwrap_or_else(|e| panic!("{e}"));
	let network = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &network.nodes[0];

	let report = run_polkadot_js(
		"oracle.mjs",
		&[format!("ws://127.0.0.1:{}", node.rpc_port), "6".into(), format!("http://127.0.0.1:{}", replay.port)],
		Duration::from_secs(240),
	)
	.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("oracle: {report}");

	for market in ["BTC-USD", "ETH-USD"] {
		let last = &report["markets"][market]["last"];
		assert_eq!(last["status"], "Live", "{market}: {report}");
		assert!(report["markets"][market]["distinctIndices"].as_u64().unwrap() >= 3, "{market} moved: {report}");
	}
	let btc = report["markets"]["BTC-USD"]["last"]["index"].as_f64().unwrap();
	let range = if shared_prices_dir().is_some() { 95_000.0..130_000.0 } else { 10_000.0..1_000_000.0 };
	assert!(range.contains(&btc), "BTC-USD's index {btc} is the replayed day's price");
	let steps = report["spike"]["steps"].as_array().expect("the spike was observed");
	assert!(!steps.is_empty());
	assert!(node.log_tail(400).contains("submitted 2 prices"), "the worker logs its submissions");
}

/// Four validators feed both markets, dave's source 3 % above the others': beyond the 2 %
/// divergence threshold, within the 5 % outlier band. The three that agree are a quorum and a
/// majority, so both markets price every block at their price, and dave is not suspended.
#[test]
fn four_validators_price_both_markets_while_one_source_reads_three_percent_high() {
	let args = [crash_replay_args(60), vec!["--bias".into(), "dave=1.03".into()]].concat();
	let replay = PriceReplay::start(&args).unwrap_or_else(|e| panic!("{e}"));
	let sources = oracle_source_args(&replay);
	let extra: Vec<&str> = sources.iter().map(String::as_str).collect();
	let binary = node_binary().unwrap_or_else(|e| panic!("{e}"));
	let network = Network::start(&binary, &NetworkSpec { chain: "local", validators: &LOCAL_VALIDATORS, extra_args: &extra })
		.unwrap_or_else(|e| panic!("{e}"));
	let node = &network.nodes[0];

	let report = run_polkadot_js("oracle.mjs", &[format!("ws://127.0.0.1:{}", node.rpc_port), "6".into()], Duration::from_secs(240))
		.unwrap_or_else(|e| panic!("{e}\n{}", network.describe_failure(String::new())));
	println!("oracle, one source 3 % high: {report}");
	for market in ["BTC-USD", "ETH-USD"] {
		assert_eq!(report["markets"][market]["last"]["status"], "Live", "{market}: {report}");
		assert!(report["markets"][market]["distinctIndices"].as_u64().unwrap() >= 3, "{market} moved: {report}");
		let first_live = report["markets"][market]["first"]["block"].as_u64().unwrap();
		assert!(first_live <= 12, "{market} went live at block {first_live}: {report}");
	}
	let events = &report["events"];
	assert!(events.get("FeederSuspended").is_none(), "a source 3 % off is not a liar: {report}");
}
