//! Chain specifications built from the runtime's genesis presets.
//!
//! `--chain dev|local` builds the spec from the runtime's preset of that name, so the genesis
//! state is defined once, in the runtime. A public testnet has no preset (any key compiled into
//! the runtime is known to everyone): `--chain testnet:<keys.json>` builds it from the public keys
//! its operators supply (`chain-specs/README.md` says how to make them), refusing a well-known dev
//! key, and carries the file's boot nodes. Any other value is a path to a JSON spec (for example
//! `chain-specs/local-raw.json`).

use ballast_runtime::{
	genesis_config_presets::{self, TestnetKeys, TestnetKeysError, ValidatorKeys},
	AccountId, WASM_BINARY,
};
use sc_network::config::MultiaddrWithPeerId;
use sc_service::{ChainType, Properties};
use sp_core::crypto::Ss58Codec;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// Ballast has no relay chain, so its chain spec carries no extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

/// How wallets should display BLST.
fn token_properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), "BLST".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

/// Where a spec's genesis comes from: a runtime preset, or a patch built from operators' keys
/// with their boot nodes.
enum Genesis<'a> {
	Preset(&'a str),
	Operators(serde_json::Value, Vec<MultiaddrWithPeerId>),
}

fn build(name: &str, id: &str, chain_type: ChainType, genesis: Genesis) -> Result<ChainSpec, String> {
	let wasm = WASM_BINARY.ok_or_else(|| "the node was built without the wasm runtime".to_string())?;
	let builder = ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_protocol_id("blst")
		.with_properties(token_properties());
	Ok(match genesis {
		Genesis::Preset(preset) => builder.with_genesis_config_preset_name(preset),
		Genesis::Operators(patch, boot_nodes) => builder.with_genesis_config_patch(patch).with_boot_nodes(boot_nodes),
	}
	.build())
}

fn from_preset(name: &str, id: &str, chain_type: ChainType, preset: &str) -> Result<ChainSpec, String> {
	build(name, id, chain_type, Genesis::Preset(preset))
}

/// The operators' keys file of a public testnet, every key in SS58.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct KeysFile {
	/// Each validator's account (its validator id, which registers its session keys) and its
	/// Aura (sr25519), GRANDPA (ed25519) and oracle feeder (its `orcl` sr25519 key's account)
	/// public keys.
	validators: Vec<ValidatorEntry>,
	faucet: String,
	#[serde(default)]
	holders: Vec<String>,
	/// `/dns/…/tcp/30333/p2p/12D3…` addresses of the operators' boot nodes.
	#[serde(default)]
	boot_nodes: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ValidatorEntry {
	account: String,
	aura: String,
	grandpa: String,
	feeder: String,
}

fn ss58<T: Ss58Codec>(what: &str, text: &str) -> Result<T, String> {
	T::from_ss58check(text).map_err(|e| format!("{what} {text:?} is not an SS58 public key: {e:?}"))
}

/// Reads the operators' keys file at `path`.
fn read_keys(path: &str) -> Result<(TestnetKeys, Vec<MultiaddrWithPeerId>), String> {
	let text = std::fs::read_to_string(path).map_err(|e| format!("testnet keys {path}: {e}"))?;
	let file: KeysFile = serde_json::from_str(&text).map_err(|e| format!("testnet keys {path}: {e}"))?;
	let validators = file
		.validators
		.iter()
		.map(|v| {
			Ok(ValidatorKeys {
				account: ss58::<AccountId>("account", &v.account)?,
				aura: ss58::<sp_core::sr25519::Public>("aura", &v.aura)?.into(),
				grandpa: ss58::<sp_core::ed25519::Public>("grandpa", &v.grandpa)?.into(),
				feeder: ss58::<AccountId>("feeder", &v.feeder)?,
			})
		})
		.collect::<Result<Vec<_>, String>>()?;
	let holders = file.holders.iter().map(|h| ss58::<AccountId>("holder", h)).collect::<Result<Vec<_>, _>>()?;
	let boot_nodes = file
		.boot_nodes
		.iter()
		.map(|address| address.parse().map_err(|e| format!("boot node {address:?}: {e}")))
		.collect::<Result<Vec<_>, String>>()?;
	Ok((TestnetKeys { validators, faucet: ss58("faucet", &file.faucet)?, holders }, boot_nodes))
}

/// The public testnet of the operators' keys at `path`.
fn testnet(path: &str) -> Result<ChainSpec, String> {
	let (keys, boot_nodes) = read_keys(path)?;
	let patch = genesis_config_presets::testnet(&keys).map_err(|e| match e {
		TestnetKeysError::WellKnownKey(name) =>
			format!("testnet keys {path}: {name}'s key is a well-known dev key (its secret is public); use keys of your own"),
		TestnetKeysError::NoValidators => format!("testnet keys {path}: no validators"),
		TestnetKeysError::TooManyValidators => format!("testnet keys {path}: more validators than the oracle takes feeders"),
	})?;
	build("Ballast Testnet", "ballast_testnet", ChainType::Live, Genesis::Operators(patch, boot_nodes))
}

/// The spec `--chain <id>` names: a preset name, `testnet:<keys.json>`, or a path to a JSON spec.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(Box::new(match id {
		"dev" => from_preset("Ballast Development", "ballast_dev", ChainType::Development, DEV_RUNTIME_PRESET)?,
		"" | "local" => from_preset("Ballast Local Testnet", "ballast_local", ChainType::Local, LOCAL_TESTNET_RUNTIME_PRESET)?,
		"testnet" =>
			return Err("a public testnet is built from its operators' keys: --chain testnet:<keys.json> (chain-specs/README.md)".into()),
		id if id.starts_with("testnet:") => testnet(&id["testnet:".len()..])?,
		path => live_without_well_known_keys(ChainSpec::from_json_file(std::path::PathBuf::from(path))?)?,
	}))
}

/// A `Live` spec holding a well-known dev key is refused: anyone could author its blocks, feed
/// its prices or spend its endowments.
fn live_without_well_known_keys(spec: ChainSpec) -> Result<ChainSpec, String> {
	if sc_service::ChainSpec::chain_type(&spec) != ChainType::Live {
		return Ok(spec);
	}
	match well_known_keys_in(&spec)? {
		found if found.is_empty() => Ok(spec),
		found => Err(format!(
			"{} is a Live chain spec holding well-known dev keys ({}): their secrets are public; build it from your own keys (chain-specs/README.md)",
			sc_service::ChainSpec::name(&spec),
			found.join(", ")
		)),
	}
}

/// The well-known dev keys a spec's genesis storage holds (in any key or value but the runtime
/// code), by name: a spec that is not a developer's own must hold none.
pub fn well_known_keys_in(spec: &dyn sc_service::ChainSpec) -> Result<Vec<&'static str>, String> {
	let storage = spec.as_storage_builder().build_storage()?;
	let mut found = Vec::new();
	let known = genesis_config_presets::well_known_public_keys();
	let holds = |bytes: &[u8], key: &[u8; 32]| bytes.windows(32).any(|window| window == key);
	let top = storage.top.iter().filter(|(key, _)| key.as_slice() != sp_core::storage::well_known_keys::CODE);
	let children = storage.children_default.values().flat_map(|child| child.data.iter());
	for (key, value) in top.chain(children) {
		for (name, public) in &known {
			if (holds(key, public) || holds(value, public)) && !found.contains(name) {
				found.push(*name);
			}
		}
	}
	Ok(found)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_named_chain_builds_its_genesis_in_the_wasm_runtime() {
		for id in ["dev", "local"] {
			let spec = load(id).unwrap_or_else(|e| panic!("{id}: {e}"));
			let storage = spec.as_storage_builder().build_storage();
			assert!(storage.is_ok(), "{id}: genesis does not build: {:?}", storage.err());
			assert_eq!(spec.properties().get("tokenSymbol"), Some(&"BLST".into()), "{id}");
			assert_eq!(spec.properties().get("tokenDecimals"), Some(&12.into()), "{id}");
		}
	}

	#[test]
	fn dev_and_local_differ_in_chain_type_and_id() {
		let (dev, local) = (load("dev").unwrap(), load("local").unwrap());
		assert_eq!(dev.chain_type(), ChainType::Development);
		assert_eq!(local.chain_type(), ChainType::Local);
		assert_ne!(dev.id(), local.id());
	}

	/// The committed raw specs must hold the state the runtime's presets build today, so a
	/// preset change without `./scripts/regenerate-chain-specs` fails here. The runtime code
	/// itself is left out: the wasm blob embeds its build's source paths, so it differs between
	/// clones while the chain it defines does not.
	#[test]
	fn committed_raw_specs_hold_the_presets_genesis_state() {
		let specs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../chain-specs");
		for id in ["dev", "local"] {
			let path = specs.join(format!("{id}-raw.json"));
			let committed = ChainSpec::from_json_file(path.clone()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
			let current = load(id).unwrap();
			assert_eq!(committed.id(), current.id());
			assert_eq!(committed.name(), current.name());
			assert_eq!(sc_service::ChainSpec::chain_type(&committed), current.chain_type());
			assert_eq!(committed.properties(), current.properties());

			let without_code = |spec: &dyn sc_service::ChainSpec| {
				let mut storage = spec.as_storage_builder().build_storage().expect("genesis builds");
				storage.top.remove(sp_core::storage::well_known_keys::CODE);
				let children: std::collections::BTreeMap<_, _> =
					storage.children_default.into_iter().map(|(key, child)| (key, child.data)).collect();
				(storage.top, children)
			};
			let (committed, current) = (without_code(&committed), without_code(current.as_ref()));
			assert!(
				committed == current,
				"chain-specs/{id}-raw.json is stale: run ./scripts/regenerate-chain-specs"
			);
		}
	}

	/// A fresh directory of this test process's own.
	fn scratch_dir(name: &str) -> std::path::PathBuf {
		let dir = std::env::temp_dir().join(format!("ballast-chain-spec-{}-{name}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		dir
	}

	/// Public keys an operator made: seeded here, none of them well known.
	fn operator_keys_file(dir: &std::path::Path, aura_of_first: Option<String>) -> String {
		use sp_core::{ed25519, sr25519, Pair};
		let sr = |seed: u8| sr25519::Pair::from_seed(&[seed; 32]).public().to_ss58check();
		let ed = |seed: u8| ed25519::Pair::from_seed(&[seed; 32]).public().to_ss58check();
		let validators: Vec<_> = (1..=4u8)
			.map(|n| {
				let aura = if n == 1 { aura_of_first.clone().unwrap_or_else(|| sr(n)) } else { sr(n) };
				serde_json::json!({ "account": sr(n + 30), "aura": aura, "grandpa": ed(n), "feeder": sr(n + 10) })
			})
			.collect();
		let file = serde_json::json!({
			"validators": validators,
			"faucet": sr(20),
			"holders": [sr(21)],
			"bootNodes": ["/ip4/127.0.0.1/tcp/30333/p2p/12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp"],
		});
		let path = dir.join(format!("keys-{}.json", aura_of_first.is_some()));
		std::fs::write(&path, file.to_string()).unwrap();
		path.display().to_string()
	}

	#[test]
	fn a_testnet_is_built_from_its_operators_keys_and_holds_no_well_known_one() {
		let dir = scratch_dir("built");
		let path = operator_keys_file(&dir, None);
		let spec = load(&format!("testnet:{path}")).unwrap();
		assert_eq!(spec.chain_type(), ChainType::Live);
		assert_eq!(spec.boot_nodes().len(), 1, "the operators' boot nodes are in the spec");
		assert_eq!(well_known_keys_in(spec.as_ref()).unwrap(), Vec::<&str>::new());
		// Its raw form, as operators publish it, round-trips.
		let raw = spec.as_json(true).unwrap();
		let raw_path = dir.join("testnet-raw.json");
		std::fs::write(&raw_path, raw).unwrap();
		let reloaded = load(raw_path.to_str().unwrap()).unwrap();
		assert_eq!(well_known_keys_in(reloaded.as_ref()).unwrap(), Vec::<&str>::new());
	}

	#[test]
	fn a_testnet_with_a_well_known_key_or_without_keys_is_refused() {
		let dir = scratch_dir("refused");
		let alice = sp_keyring::Sr25519Keyring::Alice.public().to_ss58check();
		let path = operator_keys_file(&dir, Some(alice));
		let error = load(&format!("testnet:{path}")).err().expect("alice's key is refused");
		assert!(error.contains("Alice") && error.contains("well-known"), "{error}");
		let error = load("testnet").err().expect("no keys, no testnet");
		assert!(error.contains("testnet:<keys.json>"), "{error}");
		assert!(load(&format!("testnet:{}", dir.join("missing.json").display())).is_err());
	}

	/// The test the review asked for: no Live spec in `chain-specs/` holds a well-known key (the
	/// dev and local specs, which are developers' own, do; the scan finds them there).
	#[test]
	fn no_committed_live_spec_holds_a_well_known_key() {
		let specs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../chain-specs");
		let mut checked = 0;
		for entry in std::fs::read_dir(&specs).unwrap() {
			let path = entry.unwrap().path();
			if path.extension().is_none_or(|ext| ext != "json") {
				continue;
			}
			let spec = ChainSpec::from_json_file(path.clone()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
			let found = well_known_keys_in(&spec).unwrap();
			if sc_service::ChainSpec::chain_type(&spec) == ChainType::Live {
				assert!(found.is_empty(), "{} is Live and holds well-known keys: {found:?}", path.display());
			} else {
				assert!(found.contains(&"Alice"), "{}: the scan finds alice on a dev network", path.display());
			}
			checked += 1;
		}
		assert!(checked >= 4, "the committed specs were read");
	}

	#[test]
	fn a_live_spec_file_holding_a_well_known_key_is_refused() {
		let dir = scratch_dir("live-dev");
		// The local network's spec, relabelled Live: its validators are alice … dave.
		let mut json: serde_json::Value = serde_json::from_str(&load("local").unwrap().as_json(true).unwrap()).unwrap();
		json["chainType"] = "Live".into();
		let path = dir.join("live-local-raw.json");
		std::fs::write(&path, json.to_string()).unwrap();
		let error = load(path.to_str().unwrap()).err().expect("refused");
		assert!(error.contains("well-known") && error.contains("Alice"), "{error}");
	}

	#[test]
	fn a_missing_spec_file_is_an_error() {
		assert!(load("/nonexistent/ballast-spec.json").is_err());
	}
}
