//! Starts real `ballast-node` processes on loopback, watches them over JSON-RPC (jsonrpsee's
//! client), stops them.
//!
//! Used by the node smoke test and by `./scripts/bench`. Everything stays on 127.0.0.1: nodes
//! listen there only, find each other through an explicit bootnode, and have mDNS off. Every
//! wait is bounded by a deadline, and dropping a [`Network`] kills its nodes and deletes their
//! directories, so a failed test leaves nothing behind.

use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams},
	ws_client::{WsClient, WsClientBuilder},
};
use serde_json::{json, Value};
use std::{
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	thread,
	time::{Duration, Instant},
};

/// The four validators of the `local` chain spec; GRANDPA needs more than two thirds of them.
pub const LOCAL_VALIDATORS: [&str; 4] = ["alice", "bob", "charlie", "dave"];

/// Error type of this crate: a message saying what went wrong, with the node's log tail where
/// one is relevant.
pub type Error = String;

/// The `ballast-node` binary: `$BALLAST_NODE_BIN`, else the release build in the cargo target
/// directory (`$CARGO_TARGET_DIR`, else the workspace's `target/`).
pub fn node_binary() -> Result<PathBuf, Error> {
	let path = match std::env::var_os("BALLAST_NODE_BIN") {
		Some(path) => PathBuf::from(path),
		None => {
			let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| {
				manifest_dir().join("../../target")
			});
			target.join("release/ballast-node")
		},
	};
	if path.is_file() {
		Ok(path)
	} else {
		Err(format!(
			"no ballast-node binary at {}: build it with `cargo build --release -p ballast-node` \
			 or point BALLAST_NODE_BIN at one",
			path.display()
		))
	}
}

/// The `ballast-price-feed` replay server built beside the node binary.
pub fn price_feed_binary() -> Result<PathBuf, Error> {
	let path = node_binary()?.with_file_name("ballast-price-feed");
	match path.is_file() {
		true => Ok(path),
		false => Err(format!("no ballast-price-feed at {}: `cargo build --release -p ballast-price-feed`", path.display())),
	}
}

/// This crate's folder in the clone being tested: cargo's run-time `CARGO_MANIFEST_DIR` (a build
/// cache shared between clones may hold a binary compiled in another one), else the compile-time
/// one.
fn manifest_dir() -> PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// The real crash data beside the clone (`../shared/data/prices`), when it is there.
pub fn shared_prices_dir() -> Option<PathBuf> {
	let dir = manifest_dir().join("../../../shared/data/prices");
	dir.is_dir().then_some(dir)
}

/// Data time at which the 2025-10-10 cascade starts in the Gemini candles (20:50 UTC, seconds
/// into the day), and in the synthetic crash day (bar 1 008).
pub const CASCADE_START_SECONDS: u32 = 75_000;
pub const SYNTHETIC_CRASH_START_SECONDS: u32 = 60_480;

/// `ballast-price-feed` arguments replaying BTC-USD and ETH-USD through the 2025-10-10
/// cascade from 21:00 UTC at `speed` data seconds per second: the real Gemini candles when
/// `../shared/data/prices` is there, else a seeded synthetic crash day (from its start).
pub fn crash_replay_args(speed: u32) -> Vec<String> {
	replay_args(75_600, 0, speed)
}

/// The same replay from `lead_seconds` of data before the cascade starts (in the real candles
/// or the synthetic day, whichever is replayed).
pub fn cascade_replay_args(lead_seconds: u32, speed: u32) -> Vec<String> {
	replay_args(
		CASCADE_START_SECONDS.saturating_sub(lead_seconds),
		SYNTHETIC_CRASH_START_SECONDS.saturating_sub(lead_seconds),
		speed,
	)
}

/// Replay arguments for a calm stretch: the crash day from midnight at `speed` (real data when
/// `../shared/data/prices` is there, else the seeded synthetic day, hours before its crash).
pub fn calm_replay_args(speed: u32) -> Vec<String> {
	replay_args(0, 0, speed)
}

fn replay_args(real_offset: u32, synthetic_offset: u32, speed: u32) -> Vec<String> {
	let timing = ["--speed".to_string(), speed.to_string(), "--loop".to_string()];
	let markets = match shared_prices_dir() {
		Some(dir) => vec![
			"--offset".into(),
			real_offset.to_string(),
			"--market".into(),
			format!("BTC-USD={}", dir.join("btc-gemini-20251010-1m.csv").display()),
			"--market".into(),
			format!("ETH-USD={}", dir.join("eth-gemini-20251010-1m.csv").display()),
		],
		None => vec!["--offset".into(), synthetic_offset.to_string(), "--synthetic".into(), "BTC-USD=121000".into(), "--synthetic".into(), "ETH-USD=4350".into()],
	};
	[timing.to_vec(), markets].concat()
}

/// `--oracle-source` flags for BTC-USD and ETH-USD from `replay`, each node asking as itself
/// (`{name}`, see [`NetworkSpec::extra_args`]).
pub fn oracle_source_args(replay: &PriceReplay) -> Vec<String> {
	["BTC-USD", "ETH-USD"].map(|market| format!("--oracle-source={market}={}", replay.price_url(market, "{name}"))).to_vec()
}

/// A dev node (alice) whose offchain worker feeds BTC-USD and ETH-USD from `replay`.
pub fn dev_node_fed_by(replay: &PriceReplay) -> Result<Network, Error> {
	let sources = oracle_source_args(replay);
	let args: Vec<&str> = ["--dev"].into_iter().chain(sources.iter().map(String::as_str)).collect();
	Network::start(&node_binary()?, &NetworkSpec { chain: "dev", validators: &["alice"], extra_args: &args })
}

/// A running `ballast-price-feed` on a free loopback port; dropped, it is killed.
pub struct PriceReplay {
	pub port: u16,
	child: Child,
}

impl PriceReplay {
	/// Starts the replay server with `args` (its markets and timing) on a port the OS picks,
	/// read from the line it prints once it serves (`price feed on http://ADDR/prices`).
	pub fn start(args: &[String]) -> Result<PriceReplay, Error> {
		use std::io::{BufRead, BufReader};
		let mut child = Command::new(price_feed_binary()?)
			.args(["--listen", "127.0.0.1:0"])
			.args(args)
			.stdin(Stdio::null())
			.stdout(Stdio::piped())
			.stderr(Stdio::inherit())
			.spawn()
			.map_err(|e| format!("spawn ballast-price-feed: {e}"))?;
		let stdout = child.stdout.take().ok_or("the price feed's stdout")?;
		// The feed prints the line only once bound, or exits: reading it cannot hang.
		let mut line = String::new();
		let _ = BufReader::new(stdout).read_line(&mut line);
		let port = line
			.trim()
			.strip_prefix("price feed on http://127.0.0.1:")
			.and_then(|rest| rest.split('/').next())
			.and_then(|port| port.parse().ok());
		let mut replay = PriceReplay { port: 0, child };
		match port {
			Some(port) => replay.port = port,
			None => return Err(format!("ballast-price-feed did not say where it serves: {line:?}")),
		}
		Ok(replay)
	}

	/// The URL of `market`'s price as `feeder` is served it.
	pub fn price_url(&self, market: &str, feeder: &str) -> String {
		format!("http://127.0.0.1:{}/price/{market}?feeder={feeder}", self.port)
	}
}

impl Drop for PriceReplay {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

/// Runs `zombienet/scripts/<script>` with Node.js and `args`, within `timeout`; the JSON report
/// on the last line of its output. Needs `npm ci` in `zombienet/` (`./scripts/test` does it).
pub fn run_polkadot_js(script: &str, args: &[String], timeout: Duration) -> Result<Value, Error> {
	run_node_script("zombienet", &Path::new("scripts").join(script), args, timeout)
}

/// Runs `<folder>/<script>` (a folder of the repository with its own npm packages, `zombienet`
/// or `web`) with Node.js from that folder, within `timeout`; the JSON report on the last line
/// of its output.
pub fn run_node_script(folder: &str, script: &Path, args: &[String], timeout: Duration) -> Result<Value, Error> {
	let scripts = manifest_dir().join("../..").join(folder);
	if !scripts.join("node_modules/@polkadot/api").is_dir() {
		return Err(format!("run `npm ci` in {} first (./scripts/test does)", scripts.display()));
	}
	let script = script.display().to_string();
	let mut child = Command::new("node")
		.arg(&script)
		.args(args)
		.current_dir(&scripts)
		.stdout(Stdio::piped())
		.stderr(Stdio::piped())
		.spawn()
		.map_err(|e| format!("start Node.js: {e}"))?;
	let deadline = Instant::now() + timeout;
	while child.try_wait().map_err(|e| e.to_string())?.is_none() {
		if Instant::now() > deadline {
			let _ = child.kill();
			let _ = child.wait();
			return Err(format!("{script} did not finish within {timeout:?}"));
		}
		thread::sleep(Duration::from_millis(200));
	}
	let output = child.wait_with_output().map_err(|e| e.to_string())?;
	let stdout = String::from_utf8_lossy(&output.stdout);
	if !output.status.success() {
		return Err(format!("{script} failed: {stdout}{}", String::from_utf8_lossy(&output.stderr)));
	}
	// The report is the last line: polkadot.js prints its own notices (a runtime upgrade seen,
	// say) on stdout too.
	let report = stdout.trim().lines().last().unwrap_or_default();
	serde_json::from_str(report).map_err(|e| format!("{script} printed no JSON line ({e}): {stdout}"))
}

/// A JSON-RPC client of one node: jsonrpsee's WebSocket client, driven from blocking code on a
/// current-thread runtime of its own. Typed calls go through [`RpcClient::block_on`], with the
/// `risk_*` methods' `ballast_risk_rpc::RiskApiClient` in scope.
pub struct RpcClient {
	client: WsClient,
	runtime: tokio::runtime::Runtime,
}

impl RpcClient {
	/// Connects to the node serving RPC on `127.0.0.1:port`.
	pub fn connect(port: u16) -> Result<Self, Error> {
		let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| format!("tokio: {e}"))?;
		let url = format!("ws://127.0.0.1:{port}");
		let builder = WsClientBuilder::default().connection_timeout(Duration::from_secs(10)).request_timeout(Duration::from_secs(120));
		let client = runtime.block_on(builder.build(&url)).map_err(|e| format!("connect {url}: {e}"))?;
		Ok(RpcClient { client, runtime })
	}

	/// `method` with `params` (a JSON array); the result as JSON, or the error as text.
	pub fn call(&self, method: &str, params: Value) -> Result<Value, Error> {
		let mut array = ArrayParams::new();
		for param in params.as_array().into_iter().flatten() {
			array.insert(param).map_err(|e| format!("{method}: {e}"))?;
		}
		self.block_on(|client| client.request::<Value, _>(method, array)).map_err(|e| format!("{method}: {e}"))
	}

	/// Runs a call on the client to its end: `client.block_on(|c| c.market_state("ETH-USD".into(), None))`.
	pub fn block_on<'a, F: std::future::Future>(&'a self, call: impl FnOnce(&'a WsClient) -> F) -> F::Output {
		self.runtime.block_on(call(&self.client))
	}
}

/// One JSON-RPC call to the node serving RPC on `127.0.0.1:port`, on a connection of its own;
/// the result, or the error as text.
pub fn rpc(port: u16, method: &str, params: Value) -> Result<Value, Error> {
	RpcClient::connect(port)?.call(method, params)
}

/// An HTTP request (through `ureq`) to `127.0.0.1:port` returning the body of a 200 answer;
/// bounded by a 10 s timeout.
pub fn http_request(port: u16, method: &str, path: &str, body: Option<&str>) -> Result<String, Error> {
	let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(10)).build();
	let request = agent.request(method, &format!("http://127.0.0.1:{port}{path}"));
	let sent = match body {
		Some(body) => request.set("Content-Type", "application/json").send_string(body),
		None => request.call(),
	};
	let response = sent.map_err(|e| format!("{method} :{port}{path}: {e}"))?;
	if response.status() != 200 {
		return Err(format!("HTTP {} {}", response.status(), response.status_text()));
	}
	response.into_string().map_err(|e| format!("read :{port}{path}: {e}"))
}

/// Polls `check` every 500 ms until it returns `Some`, or fails after `timeout`.
pub fn wait_for<T>(what: &str, timeout: Duration, mut check: impl FnMut() -> Option<T>) -> Result<T, Error> {
	let deadline = Instant::now() + timeout;
	loop {
		if let Some(value) = check() {
			return Ok(value);
		}
		if Instant::now() >= deadline {
			return Err(format!("timed out after {timeout:?} waiting for {what}"));
		}
		thread::sleep(Duration::from_millis(500));
	}
}

/// A running `ballast-node` process. It binds every port to 0, so the OS picks ports no other
/// process holds (a free port looked up first could be taken before the node binds it); they
/// are read back once it serves ([`Node::wait_until_serving`]): RPC and Prometheus from its log,
/// its network address from `system_localListenAddresses`.
pub struct Node {
	pub name: String,
	pub rpc_port: u16,
	pub prometheus_port: u16,
	log: PathBuf,
	child: Child,
}

impl Node {
	/// Height of the node's latest finalized block.
	pub fn finalized_height(&self) -> Result<u64, Error> {
		let hash = rpc(self.rpc_port, "chain_getFinalizedHead", json!([]))?;
		let header = rpc(self.rpc_port, "chain_getHeader", json!([hash]))?;
		parse_block_number(&header)
	}

	/// Height of the node's best block.
	pub fn best_height(&self) -> Result<u64, Error> {
		parse_block_number(&rpc(self.rpc_port, "chain_getHeader", json!([]))?)
	}

	/// The node's libp2p address on loopback, for other nodes' `--bootnodes`.
	pub fn multiaddr(&self) -> Result<String, Error> {
		wait_for("the node's listen address", Duration::from_secs(20), || {
			let addresses = rpc(self.rpc_port, "system_localListenAddresses", json!([])).ok()?;
			loopback_address(&addresses)
		})
	}

	/// The last lines of the node's log, for error messages.
	pub fn log_tail(&self, lines: usize) -> String {
		let text = std::fs::read_to_string(&self.log).unwrap_or_default();
		let all: Vec<&str> = text.lines().collect();
		all[all.len().saturating_sub(lines)..].join("\n")
	}

	/// Whether the process is still running.
	pub fn is_running(&mut self) -> bool {
		matches!(self.child.try_wait(), Ok(None))
	}

	/// Blocks until the node has said where it serves RPC and Prometheus and answers RPC there,
	/// or fails with its log tail.
	pub fn wait_until_serving(&mut self, timeout: Duration) -> Result<(), Error> {
		let deadline = Instant::now() + timeout;
		while Instant::now() < deadline {
			if !self.is_running() {
				return Err(format!("{} exited early:\n{}", self.name, self.log_tail(30)));
			}
			let log = std::fs::read_to_string(&self.log).unwrap_or_default();
			if let (Some(rpc_port), Some(prometheus_port)) = (
				logged_port(&log, "Running JSON-RPC server: addr=127.0.0.1:"),
				logged_port(&log, "Prometheus exporter started at 127.0.0.1:"),
			) {
				(self.rpc_port, self.prometheus_port) = (rpc_port, prometheus_port);
				if rpc(rpc_port, "system_health", json!([])).is_ok() {
					return Ok(());
				}
			}
			thread::sleep(Duration::from_millis(250));
		}
		Err(format!("{} did not serve RPC within {timeout:?}:\n{}", self.name, self.log_tail(30)))
	}

	fn stop(&mut self) {
		// SIGKILL is enough: the nodes' state lives in a temporary directory removed next.
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

/// Node `index`'s network key: 32 bytes, hex, `index + 1` in the last byte.
fn node_key(index: usize) -> String {
	format!("{:064x}", index + 1)
}

fn parse_block_number(header: &Value) -> Result<u64, Error> {
	let number = header.get("number").and_then(Value::as_str).ok_or("header has no number")?;
	u64::from_str_radix(number.trim_start_matches("0x"), 16).map_err(|e| format!("block number {number}: {e}"))
}

/// The port in the first log line holding `prefix` right before it.
fn logged_port(log: &str, prefix: &str) -> Option<u16> {
	let (_, rest) = log.split_once(prefix)?;
	rest.chars().take_while(char::is_ascii_digit).collect::<String>().parse().ok()
}

/// The first `/ip4/127.0.0.1/tcp/…` address of a `system_localListenAddresses` answer.
fn loopback_address(addresses: &Value) -> Option<String> {
	addresses.as_array()?.iter().filter_map(Value::as_str).find(|a| a.starts_with("/ip4/127.0.0.1/tcp/")).map(str::to_string)
}

/// A set of nodes sharing one temporary directory; dropped, it stops them and removes it.
pub struct Network {
	pub nodes: Vec<Node>,
	dir: PathBuf,
	keep_dir: bool,
}

/// How to start a network.
pub struct NetworkSpec<'a> {
	/// `--chain` value: `local`, `dev` or a spec path.
	pub chain: &'a str,
	/// Dev-key names (`alice` ...) of the nodes to start, each started with `--<name>`.
	pub validators: &'a [&'a str],
	/// Extra flags for every node; `{name}` in one becomes the node's name (its own price
	/// source URL, say).
	pub extra_args: &'a [&'a str],
}

impl Network {
	/// Starts `spec.validators` on loopback. The first node is every other node's bootnode.
	pub fn start(binary: &Path, spec: &NetworkSpec) -> Result<Network, Error> {
		let dir = std::env::temp_dir().join(format!("ballast-localnet-{}-{}", std::process::id(), unique_suffix()));
		std::fs::create_dir_all(&dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
		let keep_dir = std::env::var_os("BALLAST_KEEP_LOGS").is_some();
		let mut network = Network { nodes: Vec::new(), dir, keep_dir };
		let mut bootnode: Option<String> = None;
		for (index, name) in spec.validators.iter().enumerate() {
			let mut node = network.spawn(binary, spec, name, index, bootnode.as_deref())?;
			node.wait_until_serving(Duration::from_secs(60))?;
			if bootnode.is_none() {
				bootnode = Some(node.multiaddr()?);
			}
			network.nodes.push(node);
		}
		Ok(network)
	}

	fn spawn(
		&self,
		binary: &Path,
		spec: &NetworkSpec,
		name: &str,
		index: usize,
		bootnode: Option<&str>,
	) -> Result<Node, Error> {
		let base = self.dir.join(name);
		let log = self.dir.join(format!("{name}.log"));
		let log_file = std::fs::File::create(&log).map_err(|e| format!("create {}: {e}", log.display()))?;
		let err_file = log_file.try_clone().map_err(|e| e.to_string())?;
		let mut command = Command::new(binary);
		command
			.args(["--chain", spec.chain, &format!("--{name}")])
			.arg("--base-path")
			.arg(&base)
			.args(["--listen-addr", "/ip4/127.0.0.1/tcp/0"])
			.args(["--rpc-port", "0"])
			// Validators of a live chain need a persistent network key; a test's is fixed.
			.args(["--node-key", &node_key(index)])
			.args(["--prometheus-port", "0"])
			.args(["--no-mdns", "--no-telemetry", "--rpc-cors", "all"])
			.args(spec.extra_args.iter().map(|arg| arg.replace("{name}", name)))
			.stdin(Stdio::null())
			.stdout(log_file)
			.stderr(err_file);
		if let Some(bootnode) = bootnode {
			command.args(["--bootnodes", bootnode]);
		}
		let child = command.spawn().map_err(|e| format!("spawn {}: {e}", binary.display()))?;
		Ok(Node { name: name.to_string(), rpc_port: 0, prometheus_port: 0, log, child })
	}

	/// Waits until every node has finalized at least `height`; returns the time it took.
	pub fn wait_finalized(&mut self, height: u64, timeout: Duration) -> Result<Duration, Error> {
		let started = Instant::now();
		let nodes = &mut self.nodes;
		wait_for(&format!("finalized height {height} on every node"), timeout, || {
			nodes.iter().all(|node| node.finalized_height().map_or(false, |h| h >= height)).then_some(())
		})
		.map_err(|e| self.describe_failure(e))?;
		Ok(started.elapsed())
	}

	/// An error message with every node's state and log tail.
	pub fn describe_failure(&self, error: Error) -> Error {
		let mut message = error;
		for node in &self.nodes {
			message.push_str(&format!(
				"\n--- {} (best {:?}, finalized {:?}) ---\n{}",
				node.name,
				node.best_height(),
				node.finalized_height(),
				node.log_tail(15)
			));
		}
		message
	}

	/// The directory holding the nodes' databases and logs.
	pub fn dir(&self) -> &Path {
		&self.dir
	}
}

impl Drop for Network {
	fn drop(&mut self) {
		for node in &mut self.nodes {
			node.stop();
		}
		if !self.keep_dir {
			let _ = std::fs::remove_dir_all(&self.dir);
		}
	}
}

fn unique_suffix() -> u128 {
	std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn node_keys_are_distinct_32_byte_hex() {
		assert_eq!(node_key(0), format!("{}1", "0".repeat(63)));
		assert_ne!(node_key(1), node_key(2));
		assert_eq!(node_key(3).len(), 64);
	}

	#[test]
	fn block_numbers_are_hex() {
		assert_eq!(parse_block_number(&json!({ "number": "0x1f" })), Ok(31));
		assert!(parse_block_number(&json!({})).is_err());
	}

	#[test]
	fn wait_for_gives_up_at_its_deadline() {
		let result: Result<(), _> = wait_for("nothing", Duration::from_millis(10), || None);
		assert!(result.unwrap_err().contains("timed out"));
	}

	#[test]
	fn ports_are_read_from_the_log_and_the_listen_addresses() {
		let log = "2026-12-07 〽️ Prometheus exporter started at 127.0.0.1:41017\n2026-12-07 Running JSON-RPC server: addr=127.0.0.1:39105,[::1]:40021\n";
		assert_eq!(logged_port(log, "Running JSON-RPC server: addr=127.0.0.1:"), Some(39_105));
		assert_eq!(logged_port(log, "Prometheus exporter started at 127.0.0.1:"), Some(41_017));
		assert_eq!(logged_port("starting", "Running JSON-RPC server: addr=127.0.0.1:"), None);
		let addresses = json!(["/ip6/::1/tcp/1/p2p/12D3", "/ip4/127.0.0.1/tcp/30444/p2p/12D3"]);
		assert_eq!(loopback_address(&addresses).as_deref(), Some("/ip4/127.0.0.1/tcp/30444/p2p/12D3"));
	}
}
