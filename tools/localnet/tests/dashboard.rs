//! The risk dashboard (`web/`) end to end in real headless Chromium against a real dev node fed
//! by the crash replay: the page loads and goes live, BTC-USD's price moves on it, a 15× ETH
//! short opened through polkadot.js is liquidated and shows in the live feed after a spike
//! injected at the price source halts ETH-USD (shown on the page), eve's account page and a
//! shock through the stress-test RPC are drawn, a market listed and named in one batch appears
//! by its symbol on the page, in `risk_marketState` and in the node's Prometheus metrics, and a
//! dead node URL is reported as down.
//! Screenshots go to `$CARGO_TARGET_DIR/artifacts/dashboard` (or the system temp folder).
//! Needs `npm ci` and `vite build` in `web/` and Debian's `chromium` (./scripts/test does both).

use ballast_localnet::{calm_replay_args, dev_node_fed_by, http_request, run_node_script, PriceReplay};
use std::{path::Path, time::Duration};

#[test]
fn the_dashboard_shows_prices_a_tripped_breaker_and_a_liquidation_live() {
	let replay = PriceReplay::start(&calm_replay_args(10)).unwrap_or_else(|e| panic!("{e}"));
	let chain = dev_node_fed_by(&replay).unwrap_or_else(|e| panic!("{e}"));
	let node = &chain.node;
	let artifacts = std::env::var_os("CARGO_TARGET_DIR")
		.map_or_else(std::env::temp_dir, std::path::PathBuf::from)
		.join("artifacts/dashboard");

	let args = [
		format!("ws://127.0.0.1:{}", node.rpc_port),
		format!("http://127.0.0.1:{}", replay.port),
		artifacts.display().to_string(),
		"400".into(),
	];
	let report = run_node_script("web", Path::new("test/e2e.mjs"), &args, Duration::from_secs(430))
		.unwrap_or_else(|e| panic!("{e}\n{}", node.log_tail(30)));
	println!("dashboard: {report}\nscreenshots in {}", artifacts.display());

	assert_ne!(report["btcFirst"], report["btcMoved"], "BTC-USD moved on the page: {report}");
	assert_eq!(report["breaker"], "Halted", "{report}");
	assert!(report["atRisk"].as_str().unwrap().contains('%'), "each account at risk with its chance: {report}");
	assert!(report["bookRisk"].as_str().unwrap().contains("expected shortfall within 1 h"), "the book's risk beside the fund: {report}");
	assert!(report["bookRisk"].as_str().unwrap().contains("fund cover"), "the fund's target and cover: {report}");
	assert!(report["liquidation"].as_str().unwrap().contains("ETH-USD"), "{report}");
	assert!(report["shock"].as_str().unwrap().contains("ETH-USD shocked by -7.5, -15, -22.5, -30 %"), "{report}");
	assert_eq!(report["listed"], "SOL-USD", "the new market by its symbol on the page: {report}");
	assert_eq!(report["marketState"], "SOL-USD", "risk_marketState names it: {report}");
	let metrics = http_request(node.prometheus_port, "GET", "/metrics", None).unwrap_or_else(|e| panic!("{e}"));
	assert!(
		metrics.lines().any(|line| line.starts_with("ballast_market_oracle_status{") && line.contains("market=\"SOL-USD\"")),
		"Prometheus labels the new market by its symbol"
	);
	assert!(report["down"].as_str().unwrap().contains("down"), "{report}");
	assert_eq!(report["pageErrors"].as_array().map(Vec::len), Some(0), "{report}");
	assert!(artifacts.join("2-breaker-and-liquidation.png").is_file());
}
