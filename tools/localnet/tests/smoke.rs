//! Node smoke test: the real release `ballast-node`, really started on loopback as the dev
//! chain, read by polkadot.js, which gets a transfer included.
//!
//! Needs the release binary (see [`ballast_localnet::node_binary`]) and `npm ci` run in
//! `zombienet/`; `./scripts/test` prepares both. Four validators producing, finalizing and
//! serving Prometheus are zombienet's liveness test (`zombienet/tests/1-liveness.zndsl`, tier 3).

use ballast_localnet::{node_binary, run_polkadot_js, DevChain};
use std::time::Duration;

#[test]
fn polkadot_js_reads_the_dev_chain_and_gets_a_transfer_included() {
	let binary = node_binary().unwrap_or_else(|e| panic!("{e}"));
	let chain = DevChain::start(&binary, &[]).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;
	let report = run_polkadot_js("smoke.mjs", &[format!("ws://127.0.0.1:{}", node.rpc_port)], Duration::from_secs(150))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(20)));
	println!("polkadot.js: {report}");
	assert_eq!(report["specName"], "ballast");
	assert_eq!(report["chain"], "Ballast Development");
	assert!(report["transfer"]["block"].as_u64().unwrap() >= 1);
}
