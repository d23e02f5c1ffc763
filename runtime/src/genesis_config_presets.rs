//! Genesis presets: the starting state of each kind of Ballast network.
//!
//! | preset id | `--chain` | validators | sudo | funded accounts |
//! |---|---|---|---|---|
//! | `development` | `dev` | alice | alice | every well-known dev account |
//! | `local_testnet` | `local` | alice, bob, charlie, dave | none | every well-known dev account |
//! | `testnet` | `testnet` | alice, bob, charlie, dave | none | validators and a faucet (ferdie) |
//!
//! Every validator is also an oracle feeder, and BTC-USD and ETH-USD are listed with a quorum
//! of more than two thirds of the feeders.
//!
//! The collateral stablecoin bUSD is created in every preset (sufficient, so a trader needs no
//! BLST to hold it) and minted to the funded accounts. A public testnet's operators replace
//! the `testnet` validators with their own keys and regenerate its spec (`chain-specs/`).

use crate::{
	AccountId, AssetsConfig, AuraConfig, BalancesConfig, GrandpaConfig, OracleConfig,
	OracleFeedersConfig, RuntimeGenesisConfig, SudoConfig, BTC_USD, COLLATERAL_ASSET_ID,
	COLLATERAL_DECIMALS, COLLATERAL_UNIT, ETH_USD, UNIT,
};
use ballast_primitives::Price;
use pallet_ballast_oracle::MarketConfig;
use sp_runtime::{FixedPointNumber, Perbill};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The public testnet preset's id.
pub const TESTNET_RUNTIME_PRESET: &str = "testnet";

/// BLST given to each funded account.
pub const ENDOWMENT: u128 = 1_000_000 * UNIT;
/// bUSD given to each funded account.
pub const COLLATERAL_ENDOWMENT: u128 = 1_000_000 * COLLATERAL_UNIT;
/// The smallest bUSD balance an account may hold (one cent).
pub const COLLATERAL_MIN_BALANCE: u128 = COLLATERAL_UNIT / 100;

/// How a listed market's price is aggregated, for `feeders` feeders: a quorum of more than two
/// thirds of them, prices fresh for 10 blocks (a minute), 5 % outlier band, 2 % divergence
/// threshold, mark moving at most 5 % a block, RiskMetrics' λ = 0.94 for volatility.
fn market(feeders: usize, min_price: Price, max_price: Price) -> MarketConfig<crate::BlockNumber> {
	MarketConfig {
		max_age: 10,
		quorum: (feeders as u32 * 2 / 3 + 1).min(feeders as u32).max(1),
		outlier_band: Perbill::from_percent(5),
		divergence_threshold: Perbill::from_percent(2),
		mark_smoothing: Perbill::from_percent(30),
		mark_cap: Perbill::from_percent(5),
		volatility_decay: Perbill::from_percent(94),
		min_price,
		max_price,
	}
}

/// BTC-USD and ETH-USD, quoted in dollars per coin.
fn oracle_markets(feeders: usize) -> Vec<(ballast_primitives::MarketId, MarketConfig<crate::BlockNumber>)> {
	let dollars = |d: u128| Price::saturating_from_integer(d);
	vec![
		(BTC_USD, market(feeders, dollars(1), dollars(10_000_000))),
		(ETH_USD, market(feeders, Price::saturating_from_rational(1, 100), dollars(1_000_000))),
	]
}

/// What differs between networks at genesis.
struct Network {
	validators: Vec<Validator>,
	funded: Vec<AccountId>,
	sudo: Option<AccountId>,
	collateral_owner: AccountId,
}

/// A well-known validator identity: its Aura (sr25519) and GRANDPA (ed25519) dev keys.
#[derive(Clone, Copy)]
struct Validator(Sr25519Keyring, Ed25519Keyring);

impl Validator {
	fn session_keys(self) -> (AuraId, GrandpaId) {
		(self.0.public().into(), self.1.public().into())
	}
}

const ALICE: Validator = Validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice);
const BOB: Validator = Validator(Sr25519Keyring::Bob, Ed25519Keyring::Bob);
const CHARLIE: Validator = Validator(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie);
const DAVE: Validator = Validator(Sr25519Keyring::Dave, Ed25519Keyring::Dave);

fn genesis(network: Network) -> Value {
	let Network { validators, funded, sudo, collateral_owner } = network;
	// Each validator's node feeds the oracle; its feeder account is its dev account.
	let feeders: Vec<AccountId> = validators.iter().map(|v| v.0.to_account_id()).collect();
	let markets = oracle_markets(feeders.len());
	let (aura, grandpa): (Vec<_>, Vec<_>) = validators.into_iter().map(Validator::session_keys).unzip();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: funded.iter().cloned().map(|who| (who, ENDOWMENT)).collect::<Vec<_>>(),
		},
		aura: AuraConfig { authorities: aura },
		grandpa: GrandpaConfig { authorities: grandpa.into_iter().map(|id| (id, 1)).collect() },
		sudo: SudoConfig { key: sudo },
		assets: AssetsConfig {
			assets: vec![(COLLATERAL_ASSET_ID, collateral_owner, true, COLLATERAL_MIN_BALANCE)],
			metadata: vec![(
				COLLATERAL_ASSET_ID,
				b"Ballast Dollar".to_vec(),
				b"bUSD".to_vec(),
				COLLATERAL_DECIMALS,
			)],
			accounts: funded
				.into_iter()
				.map(|who| (COLLATERAL_ASSET_ID, who, COLLATERAL_ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		oracle_feeders: OracleFeedersConfig { members: feeders.try_into().expect("fewer validators than OracleMaxFeeders") },
		oracle: OracleConfig { markets },
	})
}

fn well_known_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// One validator (alice, who is also sudo), every dev account funded.
pub fn development() -> Value {
	genesis(Network {
		validators: vec![ALICE],
		funded: well_known_accounts(),
		sudo: Some(Sr25519Keyring::Alice.to_account_id()),
		collateral_owner: Sr25519Keyring::Alice.to_account_id(),
	})
}

fn four_validators() -> Vec<Validator> {
	vec![ALICE, BOB, CHARLIE, DAVE]
}

/// Four validators (GRANDPA finalizes with any three), no sudo, every dev account funded.
pub fn local_testnet() -> Value {
	genesis(Network {
		validators: four_validators(),
		funded: well_known_accounts(),
		sudo: None,
		collateral_owner: Sr25519Keyring::Alice.to_account_id(),
	})
}

/// Four validators, no sudo; only the validators and the faucet (ferdie) are funded.
pub fn testnet() -> Value {
	let faucet = Sr25519Keyring::Ferdie.to_account_id();
	let mut funded: Vec<AccountId> = four_validators().into_iter().map(|v| v.0.to_account_id()).collect();
	funded.push(faucet.clone());
	genesis(Network { validators: four_validators(), funded, sudo: None, collateral_owner: faucet })
}

/// The JSON of preset `id`, or `None` for an unknown one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		TESTNET_RUNTIME_PRESET => testnet(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// Every preset this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(TESTNET_RUNTIME_PRESET),
	]
}
