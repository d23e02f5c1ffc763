//! The circuit breakers on a real dev node, through polkadot.js: faults injected at the price
//! replay's source (the oracle's real feed path, alice's offchain worker) lift ETH-USD 15 %
//! (reduce-only: growing refused, shrinking allowed), then 40 % (halted: every trade refused,
//! margins tightened by the crisis level); cleared, the market resumes by itself, reduce-only
//! first and open a cooldown later, never halted to open in one step; while halted the
//! circuitBreakerApi and reputationApi runtime APIs say so. And on the replayed
//! cascade (one candle a block) the margins tighten by themselves as volatility rises.

use ballast_localnet::{calm_replay_args, cascade_replay_args, dev_node_fed_by, run_polkadot_js, PriceReplay};
use std::time::Duration;

#[test]
fn an_injected_spike_trips_reduce_only_then_halted_and_the_market_resumes_by_itself() {
	// Real time from midnight of the crash day: calm, so only the injected faults trip anything.
	let replay = PriceReplay::start(&calm_replay_args(1)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;

	let args = [format!("ws://127.0.0.1:{}", node.rpc_port), format!("http://127.0.0.1:{}", replay.port), "540".into()];
	let report = run_polkadot_js("breaker.mjs", &args, Duration::from_secs(570))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("breaker: {report}");

	let at = |key: &str| report[key].as_u64().unwrap_or_else(|| panic!("{key} missing: {report}"));
	assert!(at("reduceOnlyAt") < at("haltedAt"), "reduce-only before halted: {report}");
	assert!(at("haltedAt") < at("resumedReduceOnlyAt") && at("resumedReduceOnlyAt") < at("openAt"), "{report}");
	// The cooldown (10 blocks) separates the steps back.
	assert!(at("openAt") - at("resumedReduceOnlyAt") >= 10, "{report}");
	assert_eq!(report["growRefused"], "margin.MarketReduceOnly");
	assert_eq!(report["reduceRefused"], "margin.MarketHalted");
	assert!(report["tightened"]["initial"].as_f64().unwrap() > 1.0, "margins rose while halted: {report}");
	// The runtime APIs agree with storage while halted.
	let api = &report["api"];
	assert_eq!(api["effective"], "Halted", "{report}");
	assert!(api["stepsBackAt"].as_u64().unwrap() > at("haltedAt"), "steps back after a cooldown: {report}");
	assert!(api["stepsBackAt"].as_u64().unwrap() <= at("resumedReduceOnlyAt"), "no later than it did: {report}");
	assert_ne!(api["level"], "Calm", "{report}");
	assert_eq!(api["pools"], serde_json::json!(["Collateral", "Vault", "Fund"]), "{report}");
	assert!(api["maxLeverage"].as_f64().unwrap() >= 3.0, "eve's tier allows leverage: {report}");
	let edges: Vec<String> = report["changes"]
		.as_array()
		.unwrap()
		.iter()
		.map(|c| format!("{}->{}", c["from"].as_str().unwrap(), c["to"].as_str().unwrap()))
		.collect();
	assert_eq!(edges, ["Open->ReduceOnly", "ReduceOnly->Halted", "Halted->ReduceOnly", "ReduceOnly->Open"], "{report}");
}

#[test]
fn margins_rise_by_themselves_during_the_replayed_cascade() {
	// One data minute a block from ten minutes before the cascade.
	let replay = PriceReplay::start(&cascade_replay_args(600, 10)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;

	let args = [format!("ws://127.0.0.1:{}", node.rpc_port), "1.5".into(), "420".into()];
	let report = run_polkadot_js("margins.mjs", &args, Duration::from_secs(450))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	let peak = &report["peak"];
	println!("margins: peak {peak}, announced {}", report["announced"]);

	assert!(peak["initial"].as_f64().unwrap() > 1.5, "ETH's initial margin rose by half: {report}");
	assert!(peak["maintenance"].as_f64().unwrap() >= 1.0, "{report}");
	let first = &report["blocks"][0];
	assert!(first["initial"].as_f64().unwrap() < 1.25, "calm before the cascade: {report}");
	assert!(!report["announced"].as_array().unwrap().is_empty(), "MarginScaleChanged announced the rise: {report}");
}
