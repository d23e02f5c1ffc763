//! Starts real `ballast-node` processes on loopback, watches them over JSON-RPC (jsonrpsee's
//! client), stops them.
//!
//! One node is a [`DevChain`]: the `--dev` chain's single validator, started here directly (its
//! ports read back from its log). Every network of several validators is zombienet's
//! ([`ZombieNetwork`], the launcher of `./scripts/zombienet`'s tests): one launcher for
//! networks, so a network here is the network there. Everything stays on 127.0.0.1, every wait
//! is bounded by a deadline, and dropping either stops its nodes and deletes their directories,
//! so a failed test leaves nothing behind.

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

/// `--oracle-source` flags for BTC-USD and ETH-USD from `replay`, the node asking as alice.
pub fn oracle_source_args(replay: &PriceReplay) -> Vec<String> {
	["BTC-USD", "ETH-USD"].map(|market| format!("--oracle-source={market}={}", replay.price_url(market, "alice"))).to_vec()
}

/// A dev chain whose node's offchain worker feeds BTC-USD and ETH-USD from `replay`.
pub fn dev_node_fed_by(replay: &PriceReplay) -> Result<DevChain, Error> {
	let sources = oracle_source_args(replay);
	let args: Vec<&str> = sources.iter().map(String::as_str).collect();
	DevChain::start(&node_binary()?, &args)
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
/// are read back from its log once it serves ([`Node::wait_until_serving`]).
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
		finalized_height(self.rpc_port)
	}

	/// Height of the node's best block.
	pub fn best_height(&self) -> Result<u64, Error> {
		parse_block_number(&rpc(self.rpc_port, "chain_getHeader", json!([]))?)
	}

	/// The last lines of the node's log, for error messages.
	pub fn log_tail(&self, lines: usize) -> String {
		log_tail(&self.log, lines)
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
		// SIGKILL is enough: the node's state lives in a temporary directory removed next.
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

fn finalized_height(rpc_port: u16) -> Result<u64, Error> {
	let hash = rpc(rpc_port, "chain_getFinalizedHead", json!([]))?;
	let header = rpc(rpc_port, "chain_getHeader", json!([hash]))?;
	parse_block_number(&header)
}

fn log_tail(log: &Path, lines: usize) -> String {
	let text = std::fs::read_to_string(log).unwrap_or_default();
	let all: Vec<&str> = text.lines().collect();
	all[all.len().saturating_sub(lines)..].join("\n")
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

/// A fresh temporary directory's path (not yet created), unique to this process and moment.
fn temp_path(kind: &str) -> PathBuf {
	std::env::temp_dir().join(format!("ballast-{kind}-{}-{}", std::process::id(), unique_suffix()))
}

/// The `--dev` chain on one node (alice: the validator, sudo and the oracle's feeder) with
/// temporary state; dropped, it stops the node and removes its directory.
pub struct DevChain {
	pub node: Node,
	dir: PathBuf,
	keep_dir: bool,
}

impl DevChain {
	/// Starts `binary --dev` with `extra_args` and waits until it serves RPC.
	pub fn start(binary: &Path, extra_args: &[&str]) -> Result<DevChain, Error> {
		let dir = temp_path("dev");
		std::fs::create_dir_all(&dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
		let log = dir.join("alice.log");
		let log_file = std::fs::File::create(&log).map_err(|e| format!("create {}: {e}", log.display()))?;
		let err_file = log_file.try_clone().map_err(|e| e.to_string())?;
		let child = Command::new(binary)
			.arg("--dev")
			.arg("--base-path")
			.arg(dir.join("alice"))
			.args(["--listen-addr", "/ip4/127.0.0.1/tcp/0", "--rpc-port", "0", "--prometheus-port", "0"])
			.args(["--no-mdns", "--no-telemetry", "--rpc-cors", "all"])
			.args(extra_args)
			.stdin(Stdio::null())
			.stdout(log_file)
			.stderr(err_file)
			.spawn()
			.map_err(|e| format!("spawn {}: {e}", binary.display()))?;
		let node = Node { name: "alice".into(), rpc_port: 0, prometheus_port: 0, log, child };
		let keep_dir = std::env::var_os("BALLAST_KEEP_LOGS").is_some();
		let mut chain = DevChain { node, dir, keep_dir };
		chain.node.wait_until_serving(Duration::from_secs(60))?;
		Ok(chain)
	}

	/// An error message with the node's state and log tail.
	pub fn describe_failure(&self, error: Error) -> Error {
		let node = &self.node;
		format!(
			"{error}\n--- {} (best {:?}, finalized {:?}) ---\n{}",
			node.name,
			node.best_height(),
			node.finalized_height(),
			node.log_tail(15)
		)
	}

	/// The directory holding the node's database and log.
	pub fn dir(&self) -> &Path {
		&self.dir
	}
}

impl Drop for DevChain {
	fn drop(&mut self) {
		self.node.stop();
		if !self.keep_dir {
			let _ = std::fs::remove_dir_all(&self.dir);
		}
	}
}

/// One node of a [`ZombieNetwork`], as zombienet reports it.
pub struct NetworkNode {
	pub name: String,
	pub rpc_port: u16,
	log: PathBuf,
}

impl NetworkNode {
	pub fn finalized_height(&self) -> Result<u64, Error> {
		finalized_height(self.rpc_port)
	}
}

/// A network of validators spawned by zombienet (`zombienet spawn --provider native`) from a
/// TOML of `zombienet/`, the launcher `./scripts/zombienet`'s tests use; dropped, zombienet is
/// told to stop (SIGTERM: it kills its nodes) and its directory is removed.
pub struct ZombieNetwork {
	pub nodes: Vec<NetworkNode>,
	/// When zombienet reported the network launched (every node started and answering).
	pub launched_at: Instant,
	child: Child,
	dir: PathBuf,
	keep_dir: bool,
}

impl ZombieNetwork {
	/// Spawns `zombienet/<config>` with `binary`'s folder first on `PATH` (the configs run
	/// `ballast-node` from it) and waits, up to `timeout`, for zombienet's `zombie.json`.
	/// Needs `npm ci` in `zombienet/` (`./scripts/test` and `./scripts/zombienet` do it).
	pub fn spawn(binary: &Path, config: &str, timeout: Duration) -> Result<ZombieNetwork, Error> {
		let zombienet = manifest_dir().join("../../zombienet");
		let cli = zombienet.join("node_modules/@zombienet/cli/dist/cli.js");
		if !cli.is_file() {
			return Err(format!("run `npm ci` in {} first (./scripts/test does)", zombienet.display()));
		}
		let dir = temp_path("zombienet");
		let log = dir.with_extension("log");
		let log_file = std::fs::File::create(&log).map_err(|e| format!("create {}: {e}", log.display()))?;
		let err_file = log_file.try_clone().map_err(|e| e.to_string())?;
		let bin_dir = binary.parent().ok_or("the node binary has no folder")?;
		let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(std::env::split_paths(
			&std::env::var_os("PATH").unwrap_or_default(),
		)))
		.map_err(|e| e.to_string())?;
		// Node.js directly rather than npx, so SIGTERM reaches zombienet's own handler.
		let child = Command::new("node")
			.arg(&cli)
			.args(["spawn", "--provider", "native", "--logType", "text", "--dir"])
			.arg(&dir)
			.arg(config)
			.current_dir(&zombienet)
			.env("PATH", path)
			.stdin(Stdio::null())
			.stdout(log_file)
			.stderr(err_file)
			.spawn()
			.map_err(|e| format!("start zombienet: {e}"))?;
		let keep_dir = std::env::var_os("BALLAST_KEEP_LOGS").is_some();
		let mut network = ZombieNetwork { nodes: Vec::new(), launched_at: Instant::now(), child, dir, keep_dir };
		let info = wait_for("zombienet to launch the network", timeout, || {
			if !matches!(network.child.try_wait(), Ok(None)) {
				return Some(Err(format!("zombienet exited:\n{}", log_tail(&log, 30))));
			}
			let text = std::fs::read_to_string(network.dir.join("zombie.json")).ok()?;
			Some(serde_json::from_str::<Value>(&text).map_err(|e| format!("zombie.json: {e}")))
		})
		.map_err(|e| format!("{e}\n{}", log_tail(&log, 30)))??;
		network.launched_at = Instant::now();
		network.nodes = launched_nodes(&info, &network.dir)?;
		Ok(network)
	}

	/// Waits until every node has finalized at least `height`; the time it took.
	pub fn wait_finalized(&self, height: u64, timeout: Duration) -> Result<Duration, Error> {
		let started = Instant::now();
		wait_for(&format!("finalized height {height} on every node"), timeout, || {
			self.nodes.iter().all(|node| node.finalized_height().map_or(false, |h| h >= height)).then_some(())
		})
		.map_err(|e| self.describe_failure(e))?;
		Ok(started.elapsed())
	}

	/// An error message with every node's finalized height and log tail.
	pub fn describe_failure(&self, error: Error) -> Error {
		let mut message = error;
		for node in &self.nodes {
			let tail = log_tail(&node.log, 15);
			message.push_str(&format!("\n--- {} (finalized {:?}) ---\n{tail}", node.name, node.finalized_height()));
		}
		message
	}
}

/// The nodes of zombienet's `zombie.json` (`nodesByName`: each one's `wsUri`), by name.
fn launched_nodes(info: &Value, dir: &Path) -> Result<Vec<NetworkNode>, Error> {
	let by_name = info.get("nodesByName").and_then(Value::as_object).ok_or("zombie.json has no nodesByName")?;
	let mut nodes = by_name
		.iter()
		.map(|(name, node)| {
			let uri = node.get("wsUri").and_then(Value::as_str).unwrap_or_default();
			let rpc_port = logged_port(uri, "ws://127.0.0.1:").ok_or_else(|| format!("{name}: no loopback wsUri in {uri:?}"))?;
			Ok(NetworkNode { name: name.clone(), rpc_port, log: dir.join(format!("{name}.log")) })
		})
		.collect::<Result<Vec<_>, Error>>()?;
	nodes.sort_by(|a, b| a.name.cmp(&b.name));
	Ok(nodes)
}

impl Drop for ZombieNetwork {
	fn drop(&mut self) {
		// zombienet stops its nodes on SIGTERM; it is killed if it has not exited in 30 s.
		let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
		let deadline = Instant::now() + Duration::from_secs(30);
		while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
			thread::sleep(Duration::from_millis(200));
		}
		let _ = self.child.kill();
		let _ = self.child.wait();
		if !self.keep_dir {
			let _ = std::fs::remove_dir_all(&self.dir);
			let _ = std::fs::remove_file(self.dir.with_extension("log"));
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
	fn ports_are_read_from_the_log() {
		let log = "2026-12-07 〽️ Prometheus exporter started at 127.0.0.1:41017\n2026-12-07 Running JSON-RPC server: addr=127.0.0.1:39105,[::1]:40021\n";
		assert_eq!(logged_port(log, "Running JSON-RPC server: addr=127.0.0.1:"), Some(39_105));
		assert_eq!(logged_port(log, "Prometheus exporter started at 127.0.0.1:"), Some(41_017));
		assert_eq!(logged_port("starting", "Running JSON-RPC server: addr=127.0.0.1:"), None);
	}

	#[test]
	fn zombienets_nodes_are_read_from_its_report() {
		let info = json!({ "nodesByName": {
			"bob": { "name": "bob", "wsUri": "ws://127.0.0.1:40123" },
			"alice": { "name": "alice", "wsUri": "ws://127.0.0.1:40001" },
		}});
		let nodes = launched_nodes(&info, Path::new("/tmp/z")).unwrap();
		let seen: Vec<(&str, u16)> = nodes.iter().map(|n| (n.name.as_str(), n.rpc_port)).collect();
		assert_eq!(seen, [("alice", 40_001), ("bob", 40_123)]);
		assert_eq!(nodes[0].log, Path::new("/tmp/z/alice.log"));
		assert!(launched_nodes(&json!({ "nodesByName": { "x": { "wsUri": "ws://10.0.0.1:1" } } }), Path::new("/")).is_err());
		assert!(launched_nodes(&json!({}), Path::new("/")).is_err());
	}
}
