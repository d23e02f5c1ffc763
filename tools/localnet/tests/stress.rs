//! The `risk_*` RPCs on a real dev node, through polkadot.js's `provider.send`: a stress test's
//! answer for a 18 % fall of ETH-USD is checked against what the chain then does when the
//! price source is made to read 18 % low; account health and market state read; malformed and
//! oversized requests refused with clear errors.

use ballast_localnet::{calm_replay_args, dev_node_fed_by, run_polkadot_js, PriceReplay};
use std::time::Duration;

#[test]
fn the_stress_test_rpc_predicts_the_liquidations_the_chain_then_makes() {
	let replay = PriceReplay::start(&calm_replay_args(1)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;

	let args = [format!("ws://127.0.0.1:{}", node.rpc_port), format!("http://127.0.0.1:{}", replay.port), "300".into()];
	let report = run_polkadot_js("stress.mjs", &args, Duration::from_secs(330))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("stress: {report}");
	let predicted = report["predicted"].as_array().unwrap();
	assert!(!predicted.is_empty(), "{report}");
	assert_eq!(report["predicted"], report["liquidated"], "{report}");
}

/// A public node (`--rpc-methods safe`) refuses the `risk_stressTest` wrapper (called, as the
/// other `risk_*` methods here, through the typed `RiskApiClient` of `ballast-risk-rpc`), and
/// the runtime APIs behind it, reachable through `state_call` on any node, bound their own cost: the
/// largest stress request the limits allow runs within the call's budget (ten full blocks of the
/// hooks' weight; the runtime's tests show the cut), and a solvency call sums one page of
/// accounts and hands back a cursor.
#[test]
fn a_public_node_refuses_the_stress_rpc_and_bounds_the_runtime_apis_behind_it() {
	use ballast_localnet::{node_binary, oracle_source_args, rpc, DevChain, RpcClient};
	use ballast_risk_rpc::{MarketRef, RiskApiClient};
	use ballast_runtime::{AccountId, ETH_USD};
	use codec::{Decode, Encode};
	use ballast_venue_runtime_api::{solvency::Solvency, stress::*};
	use serde_json::json;
	use std::time::Instant;

	let replay = PriceReplay::start(&calm_replay_args(1)).unwrap_or_else(|e| panic!("{e}"));
	let sources = oracle_source_args(&replay);
	let args: Vec<&str> = ["--rpc-methods", "safe"].into_iter().chain(sources.iter().map(String::as_str)).collect();
	let binary = node_binary().unwrap_or_else(|e| panic!("{e}"));
	let chain = DevChain::start(&binary, &args).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;
	let port = node.rpc_port;
	let hex = |bytes: &[u8]| format!("0x{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>());
	let unhex = |value: &serde_json::Value| -> Vec<u8> {
		let text = value.as_str().expect("hex").trim_start_matches("0x");
		(0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
	};
	let client = RpcClient::connect(port).unwrap_or_else(|e| panic!("{e}"));
	// The oracle has a price before the shocks move it.
	let state = ballast_localnet::wait_for("an ETH-USD price", Duration::from_secs(90), || {
		client.block_on(|c| c.market_state("eth-usd".into(), None)).ok().filter(|state| state.price.is_some())
	})
	.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	assert_eq!(state.market, MarketRef::Symbol("ETH-USD".into()), "named by its symbol on chain: {state:?}");
	assert!(state.margins.is_some() && state.breaker.is_some(), "{state:?}");
	let unknown = client.block_on(|c| c.market_state("DOGE-USD".into(), None)).expect_err("an unknown market");
	assert!(unknown.to_string().contains("unknown market"), "{unknown}");
	let book = client.block_on(|c| c.book_risk(Some(10), None)).unwrap_or_else(|e| panic!("risk_bookRisk: {e}"));
	assert!(book.horizon_blocks > 0 && !book.truncated, "{book:?}");
	// No position: the census measured an empty book, so the fund's target is zero, no ratio.
	assert_eq!((book.fund_target.as_deref(), book.cover_ratio.as_deref()), (Some("0"), None), "{book:?}");
	assert!(book.fund_balance.parse::<f64>().is_ok_and(|balance| balance > 0.0), "{book:?}");
	let nobody = sp_core::crypto::Ss58Codec::to_ss58check(&AccountId::new([7; 32]));
	let health = client.block_on(|c| c.account_health(nobody, None)).unwrap_or_else(|e| panic!("risk_accountHealth: {e}"));
	assert!(!health.open && health.summary.is_none(), "{health:?}");

	let shock = ballast_risk_rpc::Shock::percent("ETH-USD", "-10");
	let request = ballast_risk_rpc::Scenario { steps: vec![ballast_risk_rpc::Step { shocks: vec![shock], outages: vec![] }], list: 0, margin_multiplier: None };
	let refused = client
		.block_on(|c| c.stress_test(vec![request], None))
		.expect_err("a public node refuses the stress test wrapper")
		.to_string();
	assert!(refused.contains("unsafe") || refused.contains("Method not found"), "{refused}");

	let swing = |step: usize| Step {
		shocks: vec![Shock { market: ETH_USD, by: PriceMove::BasisPoints(if step % 2 == 0 { -2_500 } else { 3_000 }) }],
		outages: vec![],
	};
	let scenario = Scenario { steps: (0..MAX_STEPS as usize).map(swing).collect(), list: MAX_LISTED, margin_multiplier: None };
	let request = vec![scenario; MAX_SCENARIOS as usize].encode();
	let started = Instant::now();
	let answer = rpc(port, "state_call", json!(["StressTestApi_stress_test", hex(&request)]))
		.unwrap_or_else(|e| panic!("state_call: {e}\n{}", node.log_tail(30)));
	let took = started.elapsed();
	type Answer = Result<Vec<Vec<StepOutcome<AccountId>>>, StressError>;
	let answer = Answer::decode(&mut &unhex(&answer)[..]).expect("the answer decodes").expect("within the limits");
	let answered: usize = answer.iter().map(Vec::len).sum();
	println!("state_call StressTestApi_stress_test on a public node: {answered} of {} steps in {took:?}", MAX_SCENARIOS * MAX_STEPS);
	assert!(answered > 0 && answered <= (MAX_SCENARIOS * MAX_STEPS) as usize, "{answered} steps");
	assert!(took < Duration::from_secs(5), "a bounded call: {took:?}");

	let page = rpc(port, "state_call", json!(["SolvencyApi_solvency", hex(&None::<()>.encode())]))
		.unwrap_or_else(|e| panic!("state_call: {e}\n{}", node.log_tail(30)));
	let solvency = Solvency::decode(&mut &unhex(&page)[..]).expect("the answer decodes");
	assert_eq!(solvency.next, None, "the dev chain's holders fit one page: {solvency:?}");
	assert!(solvency.conserved, "{solvency:?}");
}
