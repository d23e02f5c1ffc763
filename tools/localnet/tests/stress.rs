//! The `risk_*` RPCs on a real dev node, through polkadot.js's `provider.send`: a stress test's
//! answer for a 18 % fall of ETH-USD is checked against what the chain then does when the
//! price source is made to read 18 % low; account health and market state read; malformed and
//! oversized requests refused with clear errors.

use ballast_localnet::{calm_replay_args, dev_node_fed_by, run_polkadot_js, PriceReplay};
use std::time::Duration;

#[test]
fn the_stress_test_rpc_predicts_the_liquidations_the_chain_then_makes() {
	let replay = PriceReplay::start(&calm_replay_args(1)).unwrap_or_else(|e| panic!("{e}"));
	let network = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &network.nodes[0];

	let args = [format!("ws://127.0.0.1:{}", node.rpc_port), format!("http://127.0.0.1:{}", replay.port), "300".into()];
	let report = run_polkadot_js("stress.mjs", &args, Duration::from_secs(330))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("stress: {report}");
	let predicted = report["predicted"].as_array().unwrap();
	assert!(!predicted.is_empty(), "{report}");
	assert_eq!(report["predicted"], report["liquidated"], "{report}");
}
