//! Storage layouts and the migrations between them: a live chain's state must survive every
//! runtime upgrade.
//!
//! Two files under `tests/storage/` hold what the last released layout was:
//! - `layouts.txt`: each Ballast pallet's storage version and, for each of its storage items, the
//!   shape its keys and values are encoded in (hashers, then the types' encodings, read from the
//!   runtime's metadata; names are left out, as they are not encoded);
//! - `state.hex`: a venue's state written by that layout (genesis, prices, trades, a crash with
//!   its liquidations and bad debt, stakes and a pending withdrawal), every key but `:code`.
//!
//! Then:
//! - a layout that differs from `layouts.txt` while its pallet's storage version did not move
//!   fails (the change needs a version bump and a migration in `migrations.rs`);
//! - `state.hex` is upgraded by the runtime's migrations exactly as `try-runtime` upgrades a live
//!   chain (`Executive::try_runtime_upgrade`): every pallet's on-chain storage version must then
//!   equal its in-code one, every stored value must decode into today's types, and every pallet's
//!   `try_state` must hold. A layout change whose migration is missing or wrong fails here.
//!
//! After a layout change with its version bump and migration pass, record the new layout with
//! `BALLAST_BLESS_STORAGE=1 cargo test -p ballast-runtime --features try-runtime migrations`; the
//! blessing refuses a changed layout whose version did not move.

use super::{account, send, start_block, state_of};
use crate::{Executive, Runtime, RuntimeCall, System};
use alloc::collections::BTreeMap;
use ballast_primitives::{Price, BASE_UNIT, COLLATERAL_UNIT};
use frame_metadata::{
	v14::{StorageEntryType, StorageHasher},
	RuntimeMetadata,
};
use frame_support::{
	storage::StoragePrefixedMap,
	traits::{GetStorageVersion, UpgradeCheckSelect},
};
use scale_info::{PortableRegistry, TypeDef};
use sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::FixedPointNumber;

const LAYOUTS: &str = "src/tests/storage/layouts.txt";
const STATE: &str = "src/tests/storage/state.hex";

fn path(file: &str) -> std::path::PathBuf {
	std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)
}

/// Ballast's pallets with the storage version their code declares.
fn in_code_versions() -> BTreeMap<String, u16> {
	// `StorageVersion` is a SCALE-encoded `u16`.
	let version = |v: frame_support::traits::StorageVersion| -> u16 { codec::Decode::decode(&mut &codec::Encode::encode(&v)[..]).expect("a u16") };
	[
		("Oracle", version(crate::Oracle::in_code_storage_version())),
		("CircuitBreaker", version(crate::CircuitBreaker::in_code_storage_version())),
		("Margin", version(crate::Margin::in_code_storage_version())),
		("Liquidation", version(crate::Liquidation::in_code_storage_version())),
		("InsuranceFund", version(crate::InsuranceFund::in_code_storage_version())),
		("Reputation", version(crate::Reputation::in_code_storage_version())),
		("ValidatorSet", version(crate::ValidatorSet::in_code_storage_version())),
	]
	.into_iter()
	.map(|(pallet, version)| (pallet.to_string(), version))
	.collect()
}

/// A pallet's layout: its storage version and one line per storage item.
#[derive(Clone, PartialEq, Eq, Debug)]
struct Layout {
	version: u16,
	items: Vec<String>,
}

/// The encoding of type `id`: composites as the tuple of their fields, enums as their variants'
/// indices and fields; recursion (never in Ballast's storage) cut at the type's name.
fn shape(types: &PortableRegistry, id: u32, open: &mut Vec<u32>) -> String {
	let Some(ty) = types.resolve(id) else { return format!("?{id}") };
	if open.contains(&id) {
		return ty.path.segments.last().cloned().unwrap_or_default();
	}
	open.push(id);
	let list = |ids: Vec<u32>, open: &mut Vec<u32>| ids.into_iter().map(|id| shape(types, id, open)).collect::<Vec<_>>().join(",");
	let rendered = match &ty.type_def {
		TypeDef::Composite(c) => format!("({})", list(c.fields.iter().map(|f| f.ty.id).collect(), open)),
		TypeDef::Variant(v) => {
			let variants: Vec<String> = v
				.variants
				.iter()
				.map(|variant| format!("{}:({})", variant.index, list(variant.fields.iter().map(|f| f.ty.id).collect(), open)))
				.collect();
			format!("<{}>", variants.join("|"))
		},
		TypeDef::Sequence(s) => format!("[{}]", shape(types, s.type_param.id, open)),
		TypeDef::Array(a) => format!("[{};{}]", shape(types, a.type_param.id, open), a.len),
		TypeDef::Tuple(t) => format!("({})", list(t.fields.iter().map(|f| f.id).collect(), open)),
		TypeDef::Primitive(p) => format!("{p:?}").to_lowercase(),
		TypeDef::Compact(c) => format!("compact<{}>", shape(types, c.type_param.id, open)),
		TypeDef::BitSequence(_) => "bits".to_string(),
	};
	open.pop();
	rendered
}

/// Today's layout of every Ballast pallet, from the runtime's metadata.
fn current_layouts() -> BTreeMap<String, Layout> {
	sp_io::TestExternalities::default().execute_with(layouts_in_metadata)
}

fn layouts_in_metadata() -> BTreeMap<String, Layout> {
	let RuntimeMetadata::V14(metadata) = Runtime::metadata().1 else { panic!("the runtime serves V14 metadata") };
	let versions = in_code_versions();
	let mut layouts = BTreeMap::new();
	for pallet in metadata.pallets.iter().filter(|p| versions.contains_key(&p.name)) {
		let mut items = Vec::new();
		for entry in pallet.storage.iter().flat_map(|storage| storage.entries.iter()) {
			let mut open = Vec::new();
			let encoding = match &entry.ty {
				StorageEntryType::Plain(value) => shape(&metadata.types, value.id, &mut open),
				StorageEntryType::Map { hashers, key, value } => {
					let hashers: Vec<&str> = hashers.iter().map(hasher_name).collect();
					format!(
						"map {} {} -> {}",
						hashers.join("+"),
						shape(&metadata.types, key.id, &mut open),
						shape(&metadata.types, value.id, &mut open)
					)
				},
			};
			items.push(format!("{}: {}", entry.name, encoding));
		}
		layouts.insert(pallet.name.clone(), Layout { version: versions[&pallet.name], items });
	}
	layouts
}

fn hasher_name(hasher: &StorageHasher) -> &'static str {
	match hasher {
		StorageHasher::Blake2_128 => "Blake2_128",
		StorageHasher::Blake2_256 => "Blake2_256",
		StorageHasher::Blake2_128Concat => "Blake2_128Concat",
		StorageHasher::Twox128 => "Twox128",
		StorageHasher::Twox256 => "Twox256",
		StorageHasher::Twox64Concat => "Twox64Concat",
		StorageHasher::Identity => "Identity",
	}
}

fn render(layouts: &BTreeMap<String, Layout>) -> String {
	let mut text = String::from("# Each Ballast pallet's storage layout (tests/migrations.rs). Do not edit: bless.\n");
	for (pallet, layout) in layouts {
		text.push_str(&format!("\n[{pallet} v{}]\n", layout.version));
		for item in &layout.items {
			text.push_str(item);
			text.push('\n');
		}
	}
	text
}

fn parse(text: &str) -> BTreeMap<String, Layout> {
	let mut layouts = BTreeMap::new();
	let mut current: Option<(String, Layout)> = None;
	for line in text.lines().filter(|line| !line.is_empty() && !line.starts_with('#')) {
		if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
			layouts.extend(current.take());
			let (pallet, version) = header.split_once(" v").expect("a header reads [Pallet vN]");
			current = Some((pallet.to_string(), Layout { version: version.parse().expect("a version"), items: Vec::new() }));
		} else if let Some((_, layout)) = current.as_mut() {
			layout.items.push(line.to_string());
		}
	}
	layouts.extend(current);
	layouts
}

/// Every pallet whose layout changed has a new storage version (its migration is checked on the
/// recorded state); a pallet that is new or gone is a change too.
fn check_layouts(recorded: &BTreeMap<String, Layout>, current: &BTreeMap<String, Layout>) -> Result<(), String> {
	let pallets: std::collections::BTreeSet<&String> = recorded.keys().chain(current.keys()).collect();
	let mut problems = Vec::new();
	for pallet in pallets {
		match (recorded.get(pallet), current.get(pallet)) {
			// New items alone read nothing old: recorded by blessing, no migration needed.
			(Some(old), Some(new)) if old.version == new.version && old.items.iter().all(|item| new.items.contains(item)) && old.items != new.items =>
				problems.push(format!("{pallet} has new storage items: bless its layout")),
			(Some(old), Some(new)) if old.items != new.items && old.version == new.version => problems.push(format!(
				"{pallet}'s storage layout changed but its storage version is still {}: bump STORAGE_VERSION and add a migration to runtime/src/migrations.rs\n  was: {:?}\n  now: {:?}",
				new.version, old.items, new.items
			)),
			(Some(old), Some(new)) if old != new => problems.push(format!("{pallet}: v{} -> v{}, not yet blessed", old.version, new.version)),
			(None, Some(_)) => problems.push(format!("{pallet} is new: bless its layout")),
			(Some(_), None) => problems.push(format!("{pallet} is gone: its storage needs a migration that removes it")),
			_ => {},
		}
	}
	if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

fn to_hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Vec<u8> {
	(0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex")).collect()
}

/// A venue after a few blocks of everything its storage can hold: prices, positions, a crash
/// with liquidations, stakes and a pending withdrawal from the insurance fund.
fn venue_state() -> sp_io::TestExternalities {
	let mut state = state_of(LOCAL_TESTNET_RUNTIME_PRESET);
	state.execute_with(|| {
		let dollars = |d: u128| d * COLLATERAL_UNIT;
		let coins = |milli: i128| milli * BASE_UNIT as i128 / 1_000;
		let feeders = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];
		let feed = |block: u32, btc: u128, eth: u128| {
			start_block(block);
			let prices = vec![(crate::BTC_USD, Price::saturating_from_integer(btc)), (crate::ETH_USD, Price::saturating_from_integer(eth))];
			for feeder in feeders {
				let call = pallet_ballast_oracle::Call::submit_prices { prices: prices.clone().try_into().unwrap() };
				assert_eq!(send(feeder, RuntimeCall::Oracle(call)), Ok(()));
			}
		};
		let margin = |who, call| send(who, RuntimeCall::Margin(call));
		feed(1, 100_000, 4_000);
		feed(2, 100_000, 4_000);
		let limit = |dollars: u128| Price::saturating_from_integer(dollars);
		for (trader, btc, eth) in [(Sr25519Keyring::Dave, 40, -400), (Sr25519Keyring::Eve, -20, 900), (Sr25519Keyring::Ferdie, 90, 0)] {
			assert_eq!(margin(trader, pallet_ballast_margin::Call::deposit { amount: dollars(2_000) }), Ok(()));
			let side = |size: i128| if size > 0 { limit(1_000_000) } else { limit(1) };
			if btc != 0 {
				let call = pallet_ballast_margin::Call::trade { market: crate::BTC_USD, delta: coins(btc), limit_price: side(btc) };
				assert_eq!(margin(trader, call), Ok(()));
			}
			if eth != 0 {
				let call = pallet_ballast_margin::Call::trade { market: crate::ETH_USD, delta: coins(eth), limit_price: side(eth) };
				assert_eq!(margin(trader, call), Ok(()));
			}
		}
		let fund = |who, call| send(who, RuntimeCall::InsuranceFund(call));
		assert_eq!(fund(Sr25519Keyring::Dave, pallet_ballast_insurance_fund::Call::stake { amount: dollars(500) }), Ok(()));
		assert_eq!(fund(Sr25519Keyring::Eve, pallet_ballast_insurance_fund::Call::stake { amount: dollars(500) }), Ok(()));
		let shares = crate::InsuranceFund::shares_of(&account(Sr25519Keyring::Eve));
		assert_eq!(fund(Sr25519Keyring::Eve, pallet_ballast_insurance_fund::Call::request_withdrawal { shares: shares / 2 }), Ok(()));
		// A crash: BTC gaps down, the breakers trip, the longs are liquidated.
		let mut liquidated = 0;
		let path = [100_000, 96_000, 90_000, 84_000, 80_000, 76_000].into_iter().chain(std::iter::repeat(72_000));
		for (block, btc) in (3..=30).zip(path) {
			feed(block, btc, 4_000);
			liquidated += System::events()
				.iter()
				.filter(|r| matches!(r.event, crate::RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::Liquidated { .. })))
				.count();
		}
		assert!(liquidated > 0, "the crash liquidated someone");
	});
	state.commit_all().expect("the state commits");
	state
}

/// Every key of the state but the runtime's code, in key order.
fn dump(state: &mut sp_io::TestExternalities) -> Vec<(Vec<u8>, Vec<u8>)> {
	state.execute_with(|| {
		let mut pairs = Vec::new();
		let mut key = Vec::new();
		while let Some(next) = sp_io::storage::next_key(&key) {
			if next != sp_core::storage::well_known_keys::CODE {
				pairs.push((next.clone(), sp_io::storage::get(&next).expect("a listed key has a value").to_vec()));
			}
			key = next;
		}
		pairs
	})
}

fn state_from(pairs: Vec<(Vec<u8>, Vec<u8>)>) -> sp_io::TestExternalities {
	let storage = sp_core::storage::Storage { top: pairs.into_iter().collect(), children_default: Default::default() };
	sp_io::TestExternalities::new(storage)
}

fn recorded_state() -> Vec<(Vec<u8>, Vec<u8>)> {
	let text = std::fs::read_to_string(path(STATE)).expect("tests/storage/state.hex is committed");
	text.lines()
		.filter_map(|line| line.split_once(' '))
		.map(|(key, value)| (from_hex(key), from_hex(value)))
		.collect()
}

/// The runtime upgrade as `try-runtime` runs it on a live chain: migrations with their pre and
/// post checks (each pallet's on-chain storage version must equal its code's), then every value
/// decoded into today's types, then every pallet's `try_state`.
fn upgrade(state: &mut sp_io::TestExternalities) -> Result<(), String> {
	state.execute_with(|| Executive::try_runtime_upgrade(UpgradeCheckSelect::All).map(|_| ()).map_err(|e| format!("{e:?}")))
}

#[test]
fn every_layout_change_bumps_its_storage_version() {
	let current = current_layouts();
	assert_eq!(current.len(), in_code_versions().len(), "every Ballast pallet is in the metadata");
	let blessing = std::env::var("BALLAST_BLESS_STORAGE").is_ok_and(|v| v == "1");
	let recorded = std::fs::read_to_string(path(LAYOUTS)).map(|text| parse(&text)).unwrap_or_default();
	if blessing {
		// Only a version bump may be blessed: a changed layout under the same version is refused.
		let unbumped = check_layouts(&recorded, &current).err().filter(|problems| problems.contains("is still"));
		assert!(unbumped.is_none(), "{}", unbumped.unwrap_or_default());
		std::fs::create_dir_all(path(LAYOUTS).parent().unwrap()).unwrap();
		std::fs::write(path(LAYOUTS), render(&current)).unwrap();
		let lines: Vec<String> = dump(&mut venue_state()).iter().map(|(k, v)| format!("{} {}", to_hex(k), to_hex(v))).collect();
		std::fs::write(path(STATE), lines.join("\n") + "\n").unwrap();
		println!("blessed {} pallets' layouts and a state of {} keys", current.len(), lines.len());
		return;
	}
	if let Err(problems) = check_layouts(&recorded, &current) {
		panic!("{problems}");
	}
}

#[test]
fn the_recorded_state_of_the_last_layout_upgrades_decodes_and_holds_its_invariants() {
	let pairs = recorded_state();
	assert!(pairs.len() > 100, "a populated venue: {} keys", pairs.len());
	let mut state = state_from(pairs);
	assert_eq!(upgrade(&mut state), Ok(()));
	// The state is a venue: the crash left positions, liquidations and stakes behind.
	state.execute_with(|| {
		assert!(pallet_ballast_margin::Accounts::<Runtime>::iter().count() >= 2, "traders still hold positions");
		assert!(pallet_ballast_insurance_fund::Pallet::<Runtime>::shares_of(&account(Sr25519Keyring::Dave)) > 0);
		assert!(System::block_number() >= 30);
		// The chain's validators became the session's, each still authoring its own slots and
		// feeding; the feeders' membership is gone.
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(pallet_session::Validators::<Runtime>::get().len(), aura.len());
		assert_eq!(pallet_ballast_validators::Feeders::<Runtime>::get().len(), aura.len());
		assert!(frame_support::storage::unhashed::get_raw(&frame_support::storage::storage_prefix(b"OracleFeeders", b"Members")).is_none());
	});
}

/// The session seeded by the upgrade keeps the chain's authorities through its first two
/// rotations (the set is planned again from the seeded validators), and its feeders price.
#[test]
fn the_seeded_session_keeps_the_authorities_through_its_rotations() {
	let mut state = state_from(recorded_state());
	assert_eq!(upgrade(&mut state), Ok(()));
	state.execute_with(|| {
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_ok_session_length();
		let start = pallet_session::CurrentIndex::<Runtime>::get();
		let mut number = System::block_number();
		while pallet_session::CurrentIndex::<Runtime>::get() < start + 2 {
			number += 1;
			start_block(number);
		}
		assert_eq!(pallet_aura::Authorities::<Runtime>::get(), aura, "the same authorities in the same order");
		assert_eq!(pallet_session::Validators::<Runtime>::get().len(), aura.len());
		<crate::AllPalletsWithSystem as frame_support::traits::TryState<u32>>::try_state(number, frame_support::traits::TryStateSelect::All)
			.expect("every pallet's invariants hold");
	});
}

fn assert_ok_session_length() {
	assert_eq!(crate::ValidatorSet::set_session_length(crate::RuntimeOrigin::root(), 10), Ok(()));
}

/// The check catches what it exists for. A layout change without a migration: margin accounts
/// stored by a layout one field shorter than today's no longer decode. A version bump without a
/// migration: the chain's version stays behind the code's.
#[test]
fn a_layout_change_without_a_migration_fails_the_upgrade() {
	let pairs = recorded_state();
	let accounts = pallet_ballast_margin::Accounts::<Runtime>::final_prefix();
	let older: Vec<(Vec<u8>, Vec<u8>)> = pairs
		.iter()
		.cloned()
		.map(|(key, mut value)| {
			if key.starts_with(&accounts) {
				value.pop();
			}
			(key, value)
		})
		.collect();
	assert_ne!(older, pairs, "the state holds margin accounts");
	let failed = upgrade(&mut state_from(older)).expect_err("undecodable accounts fail the upgrade");
	assert!(!failed.is_empty());

	let mut behind = state_from(pairs);
	behind.execute_with(|| frame_support::traits::StorageVersion::new(7).put::<crate::Margin>());
	assert!(upgrade(&mut behind).is_err(), "an on-chain version that is not the code's fails the upgrade");

	// And the layout record: a layout changed under the same version is refused.
	let current = current_layouts();
	let mut recorded = current.clone();
	recorded.get_mut("Margin").unwrap().items[0].push_str(",u8");
	let refused = check_layouts(&recorded, &current).expect_err("a changed layout without a bump");
	assert!(refused.contains("Margin's storage layout changed"), "{refused}");
	recorded.get_mut("Margin").unwrap().version += 1;
	assert!(check_layouts(&recorded, &current).unwrap_err().contains("not yet blessed"));
	// A new item needs no bump, only a blessing.
	let mut fewer = current.clone();
	fewer.get_mut("Margin").unwrap().items.pop();
	assert!(check_layouts(&fewer, &current).unwrap_err().contains("new storage items"));
}
