//! Chain specifications built from the runtime's genesis presets.
//!
//! `--chain dev|local|testnet` builds the spec from the runtime's preset of that name, so the
//! genesis state is defined once, in the runtime; any other value is a path to a JSON spec
//! (for example `chain-specs/local-raw.json`).

use ballast_runtime::{genesis_config_presets::TESTNET_RUNTIME_PRESET, WASM_BINARY};
use sc_service::{ChainType, Properties};
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

fn from_preset(name: &str, id: &str, chain_type: ChainType, preset: &str) -> Result<ChainSpec, String> {
	let wasm = WASM_BINARY.ok_or_else(|| "the node was built without the wasm runtime".to_string())?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_protocol_id("blst")
		.with_genesis_config_preset_name(preset)
		.with_properties(token_properties())
		.build())
}

/// The spec `--chain <id>` names: a preset name, or a path to a JSON spec.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(Box::new(match id {
		"dev" => from_preset("Ballast Development", "ballast_dev", ChainType::Development, DEV_RUNTIME_PRESET)?,
		"" | "local" => from_preset("Ballast Local Testnet", "ballast_local", ChainType::Local, LOCAL_TESTNET_RUNTIME_PRESET)?,
		"testnet" => from_preset("Ballast Testnet", "ballast_testnet", ChainType::Live, TESTNET_RUNTIME_PRESET)?,
		path => ChainSpec::from_json_file(std::path::PathBuf::from(path))?,
	}))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_named_chain_builds_its_genesis_in_the_wasm_runtime() {
		for id in ["dev", "local", "testnet"] {
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
		for id in ["dev", "local", "testnet"] {
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

	#[test]
	fn a_missing_spec_file_is_an_error() {
		assert!(load("/nonexistent/ballast-spec.json").is_err());
	}
}
