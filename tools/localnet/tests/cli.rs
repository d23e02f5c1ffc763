//! The `ballast-node` subcommands a validator operator uses, run on the real release binary.

use ballast_localnet::node_binary;
use std::{path::PathBuf, process::Command};

fn node(args: &[&str]) -> (bool, String, String) {
	let binary = node_binary().unwrap_or_else(|e| panic!("{e}"));
	let output = Command::new(binary).args(args).output().expect("ballast-node runs");
	let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
	(output.status.success(), text(&output.stdout), text(&output.stderr))
}

fn scratch(name: &str) -> PathBuf {
	let dir = std::env::temp_dir().join(format!("ballast-cli-{name}-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&dir);
	dir
}

#[test]
fn build_spec_prints_plain_and_raw_specs_of_the_local_chain() {
	let (ok, plain, err) = node(&["build-spec", "--chain", "local", "--disable-default-bootnode"]);
	assert!(ok, "{err}");
	let plain: serde_json::Value = serde_json::from_str(&plain).unwrap();
	assert_eq!(plain["id"], "ballast_local");
	// Four validators, each with session keys (Aura's and GRANDPA's authorities come from them).
	assert_eq!(plain["genesis"]["runtimeGenesis"]["patch"]["session"]["keys"].as_array().unwrap().len(), 4);
	assert_eq!(plain["genesis"]["runtimeGenesis"]["patch"]["validatorSet"]["validators"].as_array().unwrap().len(), 4);

	let (ok, raw, err) = node(&["build-spec", "--chain", "local", "--raw", "--disable-default-bootnode"]);
	assert!(ok, "{err}");
	let raw: serde_json::Value = serde_json::from_str(&raw).unwrap();
	assert!(raw["genesis"]["raw"]["top"]["0x3a636f6465"].as_str().unwrap().len() > 100_000, "raw spec holds the runtime code");
}

#[test]
fn key_insert_puts_a_validator_key_in_the_keystore_and_purge_chain_leaves_it() {
	let base = scratch("keys");
	let base_path = base.to_str().unwrap();
	let (ok, _, err) = node(&[
		"key", "insert", "--chain", "local", "--base-path", base_path, "--scheme", "sr25519", "--suri", "//Alice",
		"--key-type", "aura",
	]);
	assert!(ok, "{err}");
	let keystore = base.join("chains/ballast_local/keystore");
	let keys: Vec<_> = std::fs::read_dir(&keystore).unwrap().flatten().collect();
	assert_eq!(keys.len(), 1, "one key in {}", keystore.display());
	assert!(keys[0].file_name().to_string_lossy().starts_with("61757261"), "file named after key type `aura`");

	let db = base.join("chains/ballast_local/db");
	std::fs::create_dir_all(db.join("full")).unwrap();
	let (ok, _, err) = node(&["purge-chain", "--chain", "local", "--base-path", base_path, "-y"]);
	assert!(ok, "{err}");
	assert!(!db.join("full").exists(), "the database is gone");
	assert!(keystore.exists(), "the keystore is kept");
	let _ = std::fs::remove_dir_all(&base);
}

/// The chain's own runtime has no benchmarks: `benchmark pallet` without `--runtime` says which
/// runtime to give it (ballast-bench runs it with one, in ./scripts/test's last tier).
#[test]
fn pallet_benchmarks_without_a_benchmarking_runtime_say_how_to_run_them() {
	let (ok, _, err) = node(&["benchmark", "pallet", "--chain", "dev", "--pallet", "pallet_balances", "--extrinsic", "*"]);
	assert!(!ok);
	assert!(err.contains("--runtime <wasm> --genesis-builder runtime"), "{err}");
}

#[test]
fn an_unknown_chain_is_an_error_naming_it() {
	let (ok, _, err) = node(&["build-spec", "--chain", "/nonexistent/ballast.json"]);
	assert!(!ok);
	assert!(err.contains("/nonexistent/ballast.json") || err.contains("No such file"), "{err}");
}
