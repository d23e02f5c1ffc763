//! Node smoke tests: the real release `ballast-node`, really started, on loopback.
//!
//! Needs the release binary (see [`ballast_localnet::node_binary`]) and, for the polkadot.js
//! test, `npm ci` run in `zombienet/`. `./scripts/test` prepares both.

use ballast_localnet::{http_request, node_binary, rpc, run_polkadot_js, Network, NetworkSpec, LOCAL_VALIDATORS};
use serde_json::json;
use std::time::Duration;

fn start(spec: &NetworkSpec) -> Network {
	let binary = node_binary().unwrap_or_else(|e| panic!("{e}"));
	Network::start(&binary, spec).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn four_local_validators_produce_and_finalize_blocks() {
	let mut network = start(&NetworkSpec { chain: "local", validators: &LOCAL_VALIDATORS, extra_args: &[] });

	let took = network.wait_finalized(3, Duration::from_secs(240)).unwrap_or_else(|e| panic!("{e}"));
	println!("finalized height 3 on all four validators after {:.1} s", took.as_secs_f64());

	// Finality needs only three voters: the fourth connection may still be coming up (more so on
	// a loaded machine), so each node gets a bounded while to see every other validator.
	for node in &network.nodes {
		let deadline = std::time::Instant::now() + Duration::from_secs(60);
		let mut health = rpc(node.rpc_port, "system_health", json!([])).unwrap();
		while health["peers"] != json!(3) && std::time::Instant::now() < deadline {
			std::thread::sleep(Duration::from_millis(500));
			health = rpc(node.rpc_port, "system_health", json!([])).unwrap();
		}
		assert_eq!(health["peers"], json!(3), "{} sees every other validator: {health}", node.name);
	}
	// Blocks come from more than one author: GRANDPA finality needs three of four voters,
	// and Aura rotates authors by slot, so alice alone cannot have made them all.
	let alice = &network.nodes[0];
	let authorities = rpc(alice.rpc_port, "state_call", json!(["AuraApi_authorities", "0x"])).unwrap();
	// SCALE: compact length prefix 4 (0x10) then four 32-byte keys.
	assert!(authorities.as_str().unwrap().starts_with("0x10"), "four Aura authorities: {authorities}");

	// Each validator's node holds its oracle (`orcl`) key, made from its dev seed with the
	// other session keys: the same public key as its account, which genesis lists as a feeder.
	const ALICE_SR25519: &str = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
	let has_oracle_key = rpc(alice.rpc_port, "author_hasKey", json!([ALICE_SR25519, "orcl"])).unwrap();
	assert_eq!(has_oracle_key, json!(true), "alice's node holds her orcl key");

	let metrics = http_request(alice.prometheus_port, "GET", "/metrics", None).unwrap();
	assert!(
		metrics.contains("substrate_block_height{status=\"finalized\""),
		"Prometheus serves finality metrics"
	);
}

#[test]
fn polkadot_js_reads_the_dev_chain_and_gets_a_transfer_included() {
	let network = start(&NetworkSpec { chain: "dev", validators: &["alice"], extra_args: &["--dev"] });
	let node = &network.nodes[0];
	let report = run_polkadot_js("smoke.mjs", &[format!("ws://127.0.0.1:{}", node.rpc_port)], Duration::from_secs(150))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(20)));
	println!("polkadot.js: {report}");
	assert_eq!(report["specName"], "ballast");
	assert_eq!(report["chain"], "Ballast Development");
	assert!(report["transfer"]["block"].as_u64().unwrap() >= 1);
}
