//! The venue end to end on a real dev node fed by the crash replay: through polkadot.js,
//! Alice deposits, opens a 5x BTC-USD long, watches her health move with the replayed price
//! and closes it; Charlie provides liquidity to the vault and withdraws it.

use ballast_localnet::{crash_replay_args, dev_node_fed_by, run_polkadot_js, PriceReplay};
use std::time::Duration;

#[test]
fn a_trader_and_a_liquidity_provider_use_the_dev_chain_through_polkadot_js() {
	// Three data minutes per block: the price moves every block.
	let replay = PriceReplay::start(&crash_replay_args(30)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;

	let report = run_polkadot_js("margin.mjs", &[format!("ws://127.0.0.1:{}", node.rpc_port), "4".into()], Duration::from_secs(240))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("margin: {report}");

	let leverage = report["leverage"].as_f64().unwrap();
	assert!((4.0..7.0).contains(&leverage), "about 5x: {report}");
	assert!(report["closedCollateral"].as_f64().unwrap() > 2_000.0, "most of the deposit is back: {report}");
	assert!(report["lpShares"].as_f64().unwrap() > 0.0);
	assert!(report["healths"].as_array().unwrap().len() >= 4);
}
