//! The dev chain's liquidation demo end to end: a real dev node fed by the replayed
//! 2025-10-10 cascade; through polkadot.js Dave opens an ETH-USD long ten data minutes
//! before it, and the chain liquidates him by itself, partially and then whole, as events in
//! its blocks. His long is 56 k bUSD (4 000 at 14×, about 17× after the vault's price impact):
//! a pass leaves only what survives the next block's likely move and closes whole what would be
//! under the 10 k partial minimum, so a 30 k long in the cascade's fastest minutes went whole in
//! one pass on a loaded machine; and a long levered less is first liquidated at the bottom, where
//! what is left outlives the replay.

use ballast_localnet::{cascade_replay_args, dev_node_fed_by, run_polkadot_js, PriceReplay};
use std::time::Duration;

#[test]
fn a_replayed_crash_liquidates_a_leveraged_account_partially_then_fully() {
	// One one-minute candle per two six-second blocks (the replay walks each candle's open, high,
	// low and close), starting ten data minutes before the cascade: at a candle a block the
	// cascade's sharpest minutes gapped a 17× long through the partial's room in one block, and
	// whether it met the engine there or one block earlier hung on how fast the node started.
	let replay = PriceReplay::start(&cascade_replay_args(600, 5)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;

	let url = format!("ws://127.0.0.1:{}", node.rpc_port);
	let args = [url, "2".into(), "14".into(), "660".into(), "4000".into()];
	let report = run_polkadot_js("liquidation.mjs", &args, Duration::from_secs(690))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("liquidation: {report}");

	let leverage = report["opened"]["leverage"].as_f64().unwrap();
	assert!((13.0..19.0).contains(&leverage), "about 14x and the entry's price impact: {report}");
	let liquidations = report["liquidations"].as_array().unwrap();
	assert!(liquidations.len() >= 2, "a partial and then a full liquidation: {report}");
	let (partial, last) = (&liquidations[0], liquidations.last().unwrap());
	assert!(partial["healthAfter"].as_f64().unwrap() >= 1.25, "the partial one restores the target: {report}");
	assert!(last["healthAfter"].is_null(), "the last one closes the position: {report}");
	let opened_size = report["opened"]["size"].as_f64().unwrap();
	let closed: f64 = liquidations.iter().map(|l| l["closed"].as_f64().unwrap()).sum();
	assert!((closed - opened_size).abs() < 1e-6, "everything was closed, in parts: {closed} of {opened_size}");
	assert!(report["watermark"].as_f64().unwrap() > 0.0, "the watermark rose with the crash");
}
