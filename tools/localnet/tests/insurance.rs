//! The insurance fund's loss waterfall on a real dev node, through polkadot.js: a 20x ETH-USD
//! long against a short in step, a small drop (a partial liquidation) and then a crash
//! injected at the replay source; the bankrupt remainder goes fund → vault (bound set small by
//! root) → deleveraging of the short, as events of one block, and nothing is left uncovered.

use ballast_localnet::{calm_replay_args, dev_node_fed_by, run_polkadot_js, PriceReplay};
use std::time::Duration;

#[test]
fn a_crash_drives_a_book_past_the_fund_through_vault_and_deleveraging() {
	// Real time from midnight of the crash day: calm, so the injected crash is the only one.
	let replay = PriceReplay::start(&calm_replay_args(1)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;

	let args = [format!("ws://127.0.0.1:{}", node.rpc_port), format!("http://127.0.0.1:{}", replay.port), "420".into()];
	let report = run_polkadot_js("insurance.mjs", &args, Duration::from_secs(450))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("insurance: {report}");

	let leverage = report["opened"]["leverage"].as_f64().unwrap();
	assert!((15.0..21.0).contains(&leverage), "about 20x: {report}");
	let coverage = &report["coverage"];
	let (fund, vault, deleveraging) =
		(coverage["fund"].as_f64().unwrap(), coverage["vault"].as_f64().unwrap(), coverage["deleveraging"].as_f64().unwrap());
	assert!(fund > 0.0 && vault > 0.0 && deleveraging > 0.0, "all three steps took part: {report}");
	assert_eq!(coverage["uncovered"].as_f64(), Some(0.0), "nothing left uncovered: {report}");
	let shortfall = report["shortfall"].as_f64().unwrap();
	assert!((fund + vault + deleveraging - shortfall).abs() < 1e-6, "the steps add up to the loss: {report}");
	let steps: Vec<&str> = report["steps"].as_array().unwrap().iter().map(|s| s["step"].as_str().unwrap()).collect();
	assert_eq!(steps.first(), Some(&"FundCovered"), "{report}");
	assert_eq!(report["fundAfter"]["deficits"].as_f64(), Some(0.0), "{report}");
}
