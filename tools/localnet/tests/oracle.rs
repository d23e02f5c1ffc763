//! The oracle end to end: a real dev node whose offchain worker fetches prices from the real
//! replay server over HTTP, signs them with alice's `orcl` key and submits them; polkadot.js
//! watches BTC-USD and ETH-USD go live and move, then a spike at the source moves the mark no
//! more than its cap per block.
//!
//! Replays the real 2025-10-10 crash from `../shared/data/prices` when that folder is beside
//! the clone, else a seeded synthetic crash. Four validators feeding while one source reads 3 %
//! high are zombienet's liveness test (`zombienet/tests/1-liveness.zndsl`, tier 3).

use ballast_localnet::{crash_replay_args, dev_node_fed_by, run_polkadot_js, shared_prices_dir, PriceReplay};
use std::time::Duration;

#[test]
fn a_dev_node_feeds_btc_and_eth_from_the_replay_and_polkadot_js_sees_them_move() {
	// Six data minutes per block.
	let replay = PriceReplay::start(&crash_replay_args(60)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;

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
