//! Governance on a real dev node, through polkadot.js as token holders use it: three referenda
//! at the dev chain's pace, submitted and voted side by side. The `risk_parameters` track raises
//! ETH-USD's maintenance margin, the `emergency` track halts BTC-USD in fewer blocks, and the
//! `root` track authorizes an upgrade to the next runtime (`runtime/next`, the same code one
//! spec version later), which anyone then applies: the node runs the new version and takes
//! signed transactions under it.

use ballast_localnet::{calm_replay_args, dev_node_fed_by, run_polkadot_js, PriceReplay};
use std::time::Duration;

/// The next runtime's blob: `BALLAST_NEXT_RUNTIME`, which `./scripts/test` exports after
/// building it.
fn next_runtime() -> String {
	let path = std::env::var("BALLAST_NEXT_RUNTIME")
		.unwrap_or_else(|_| panic!("BALLAST_NEXT_RUNTIME is not set: run ./scripts/test, which builds runtime/next"));
	assert!(std::path::Path::new(&path).is_file(), "no next runtime at {path}");
	path
}

#[test]
fn holders_raise_a_margin_halt_a_market_and_upgrade_the_runtime_by_referenda() {
	let code = next_runtime();
	let replay = PriceReplay::start(&calm_replay_args(1)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;

	let args = [format!("ws://127.0.0.1:{}", node.rpc_port), code, "420".into()];
	let report = run_polkadot_js("governance.mjs", &args, Duration::from_secs(450))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("governance: {report}");

	let blocks = |track: &str, to: &str| {
		report[track][to].as_u64().unwrap() - report[track]["submitted"].as_u64().unwrap()
	};
	assert_eq!(report["risk"]["maintenanceMargin"].as_f64(), Some(0.04), "{report}");
	let (risk, emergency, root) = (blocks("risk", "enacted"), blocks("emergency", "enacted"), blocks("upgrade", "authorized"));
	// The dev chain's minimums (tracks ÷ 1 200): risk 8 blocks, emergency 3, root 25.
	assert!(risk >= 8 && emergency >= 3 && root >= 25, "faster than the tracks allow: {report}");
	assert!(emergency < risk && risk < root, "the emergency track is the fastest, root the slowest: {report}");
	assert!(report["emergency"]["emergencyUntil"].as_u64().unwrap() > report["emergency"]["enacted"].as_u64().unwrap());
	let (before, after) = (report["upgrade"]["specBefore"].as_u64().unwrap(), report["upgrade"]["specAfter"].as_u64().unwrap());
	assert_eq!(after, before + 1, "{report}");
}
