//! Genesis presets: the starting state of each kind of Ballast network.
//!
//! | preset id | `--chain` | validators | sudo | governance periods | funded accounts |
//! |---|---|---|---|---|---|
//! | `development` | `dev` | alice | alice | ÷ 1 200 ([`DEV_GOVERNANCE_PACE`]) | every well-known dev account |
//! | `local_testnet` | `local` | alice, bob, charlie, dave | none | production | every well-known dev account |
//! | — ([`testnet`]) | `testnet:<keys.json>` | the operators' | none | production | validators, feeders, the faucet and the operators' holders |
//!
//! Without sudo, referenda (`governance/`) are the only way to change a parameter or upgrade
//! the runtime of `local` and `testnet`.
//!
//! Validators are `pallet-session`'s: each has an account (its validator id, which governance
//! adds or removes) and session keys `aura`, `gran` and `orcl`, and sessions last an hour
//! ([`SESSION_LENGTH`]). Every validator's `orcl` key is an oracle feeder, and BTC-USD and ETH-USD are listed with a quorum
//! of more than two thirds of the feeders, and as perpetual markets of the margin engine. On
//! the dev and local networks ferdie has provided the vault's first 500 000 bUSD.
//!
//! The collateral stablecoin bUSD is created in every preset (sufficient, so a trader needs no
//! BLST to hold it) and minted to the funded accounts. Only on the dev chain does a dev key
//! (alice) own it; on `local` and `testnet` its owner is [`crate::collateral_owner`], which no
//! key controls, so no well-known key can mint bUSD or freeze or burn the venue's holdings.
//!
//! A public testnet is no preset: a preset is compiled into the runtime, and any key compiled in
//! is known to everyone who reads the code. [`testnet`] builds its genesis from [`TestnetKeys`],
//! the public keys its operators supply (the node's `--chain testnet:<keys.json>`), and refuses
//! a well-known dev key among them ([`well_known_public_keys`]).

use crate::{
	opaque::SessionKeys, AccountId, AssetsConfig, BalancesConfig, BlockNumber, CircuitBreakerConfig, InsuranceFundConfig, LiquidationConfig, MarginConfig,
	OracleConfig, OriginsConfig, ReputationConfig, RuntimeGenesisConfig, SessionConfig, SudoConfig, ValidatorSetConfig, BTC_USD,
	COLLATERAL_ASSET_ID, COLLATERAL_DECIMALS, COLLATERAL_UNIT, ETH_USD, GENESIS_MARKET_NAMES, HOURS, UNIT,
};
use ballast_primitives::Price;
use pallet_ballast_margin::{MarketParams, SizeTier, VaultParams};
use pallet_ballast_oracle::MarketConfig;
use sp_runtime::{FixedPointNumber, Perbill};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

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

/// A perpetual's risk parameters for a coin whose minimum order is `min_order` base atoms and
/// whose open interest is capped at `max_open_interest` base atoms a side: 20× at most (5 %
/// initial, 3 % maintenance), tiers from 1M and 5M of notional, initial margin rising from 20M
/// to 60M of open interest, 0.05 % fee (a fifth to the insurance fund), funding up to 0.0001 %
/// a block, impact 1 % per vault depth traded plus 10 % per vault depth of skew added, at most
/// 5 %, net exposure up to 3× the vault.
fn perpetual(min_order: ballast_primitives::Quantity, max_open_interest: ballast_primitives::Quantity) -> MarketParams {
	let ratio = |n: u128, d: u128| ballast_primitives::Ratio::saturating_from_rational(n, d);
	let dollars = |d: u128| d * COLLATERAL_UNIT;
	MarketParams {
		initial_margin: ratio(5, 100),
		maintenance_margin: ratio(3, 100),
		size_tiers: vec![
			SizeTier { min_notional: dollars(1_000_000), initial_margin: ratio(10, 100), maintenance_margin: ratio(5, 100) },
			SizeTier { min_notional: dollars(5_000_000), initial_margin: ratio(20, 100), maintenance_margin: ratio(10, 100) },
		]
		.try_into()
		.expect("two tiers fit"),
		oi_margin_lower: dollars(20_000_000),
		oi_margin_upper: dollars(60_000_000),
		max_open_interest,
		min_order_size: min_order,
		taker_fee: ratio(5, 10_000),
		fee_to_insurance: Perbill::from_percent(20),
		funding_rate_per_skew: ratio(1, 1_000_000),
		max_funding_rate: ratio(1, 1_000_000),
		impact_size_factor: ratio(1, 100),
		impact_skew_factor: ratio(1, 10),
		max_impact: ratio(5, 100),
		max_skew_to_vault: ratio(3, 1),
	}
}

/// BTC-USD (orders from 0.0001 BTC, 500 BTC a side) and ETH-USD (0.001 ETH, 5 000 ETH).
fn margin_markets() -> Vec<(ballast_primitives::MarketId, MarketParams)> {
	let coins = |n: i128| n * ballast_primitives::BASE_UNIT as i128;
	vec![(BTC_USD, perpetual(coins(1) / 10_000, coins(500))), (ETH_USD, perpetual(coins(1) / 1_000, coins(5_000)))]
}

/// Each market's circuit breaker: reduce-only past a 10 % move within 10 blocks, halted past
/// 20 %, a 10-block cooldown per step back. The real 2025-10-10 cascade, one candle a block,
/// moves at most 7.8 % in 10 minutes: it tightens margins but trips no breaker; a manipulated or
/// broken feed does. Calm volatilities are twice the crash day's quiet-hours standard deviation
/// of one-minute returns (BTC 0.064 %, ETH 0.12 %): ordinary noise tightens nothing.
fn breakers() -> Vec<(ballast_primitives::MarketId, pallet_ballast_circuit_breaker::BreakerParams)> {
	let breaker = |calm_per_million: u128| pallet_ballast_circuit_breaker::BreakerParams {
		window: 10,
		reduce_only_band: Perbill::from_percent(10),
		halt_band: Perbill::from_percent(20),
		cooldown: 10,
		calm_volatility: ballast_primitives::Ratio::saturating_from_rational(calm_per_million, 1_000_000),
	};
	vec![(BTC_USD, breaker(1_300)), (ETH_USD, breaker(2_400))]
}

/// Liquidity ferdie provides to the vault at genesis on dev networks.
pub const GENESIS_LIQUIDITY: u128 = 500_000 * COLLATERAL_UNIT;

/// Ferdie's genesis stake in the insurance fund on dev networks (beside his vault liquidity): small beside the vault, so a
/// replayed crash can drive a demo book past it and show the whole waterfall.
pub const GENESIS_INSURANCE: u128 = 2_000 * COLLATERAL_UNIT;

/// What differs between networks at genesis.
struct Network {
	validators: Vec<ValidatorKeys>,
	funded: Vec<AccountId>,
	sudo: Option<AccountId>,
	collateral_owner: AccountId,
	/// Who provides the vault's first liquidity, and how much.
	liquidity: Vec<(AccountId, u128)>,
	/// Who stakes in the insurance fund at genesis, and how much.
	insurance: Vec<(AccountId, u128)>,
	/// Accounts that start as established traders (the 20× tier), so demos and tests can show
	/// positions at the market's maximum; a fresh account is a newcomer at 10×.
	established: Vec<AccountId>,
	/// What the governance tracks' periods are divided by (1: production periods).
	governance_pace: u32,
}

/// The dev chain's governance runs 1 200 times faster than production: an hour of a track's
/// periods is a block, so a `risk_parameters` referendum passes in about 10 blocks and a root
/// one in about 25 (`governance/tracks.rs`).
pub const DEV_GOVERNANCE_PACE: u32 = 1_200;

/// The held volume an established demo trader starts with: 20 volume points, which with the
/// newcomer's 10 reach the 20× tier.
pub const ESTABLISHED_VOLUME: u128 = 2_000_000 * COLLATERAL_UNIT;

/// Blocks a session lasts on every preset: an hour (`configs/validators.rs` says why).
pub const SESSION_LENGTH: BlockNumber = HOURS;

/// A validator: its account (the validator id governance adds and removes, which registers its
/// keys) and its session keys: Aura (sr25519) authors blocks, GRANDPA (ed25519) finalizes, and
/// its node's `orcl` (sr25519) key signs its oracle submissions as the feeder account.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ValidatorKeys {
	pub account: AccountId,
	pub aura: AuraId,
	pub grandpa: GrandpaId,
	pub feeder: AccountId,
}

impl ValidatorKeys {
	/// A well-known dev validator: the account and every key are the dev seed's.
	fn dev(sr25519: Sr25519Keyring, ed25519: Ed25519Keyring) -> Self {
		Self {
			account: sr25519.to_account_id(),
			aura: sr25519.public().into(),
			grandpa: ed25519.public().into(),
			feeder: sr25519.to_account_id(),
		}
	}

	/// The session keys it registers at genesis.
	fn session_keys(&self) -> SessionKeys {
		let feeder: [u8; 32] = *self.feeder.as_ref();
		SessionKeys {
			aura: self.aura.clone(),
			grandpa: self.grandpa.clone(),
			oracle: sp_core::sr25519::Public::from_raw(feeder).into(),
		}
	}
}

fn alice() -> ValidatorKeys {
	ValidatorKeys::dev(Sr25519Keyring::Alice, Ed25519Keyring::Alice)
}

fn genesis(network: Network) -> Value {
	let Network { validators, funded, sudo, collateral_owner, liquidity, insurance, established, governance_pace } = network;
	// Each validator's node feeds the oracle.
	let markets = oracle_markets(validators.len());
	// Aura's and GRANDPA's authorities come from the session's genesis keys.
	let keys: Vec<_> = validators.iter().map(|v| (v.account.clone(), v.account.clone(), v.session_keys())).collect();
	let accounts: Vec<AccountId> = validators.iter().map(|v| v.account.clone()).collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: funded.iter().cloned().map(|who| (who, ENDOWMENT)).collect::<Vec<_>>(),
		},
		validator_set: ValidatorSetConfig { validators: accounts, session_length: SESSION_LENGTH },
		session: SessionConfig { keys },
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
		oracle: OracleConfig { markets, names: GENESIS_MARKET_NAMES.iter().map(|(id, symbol, decimals)| (*id, (*symbol).into(), *decimals)).collect() },
		// Dynamic margins: volatility, correlation, fund cover and crisis level, up to 3×.
		margin: MarginConfig { markets: margin_markets(), vault: VaultParams::default(), liquidity, scaling: Default::default() },
		// 1 % penalty, back to 1.25× maintenance, a quarter of each block, a funding allowance
		// equal to the markets' largest funding rate per block.
		liquidation: LiquidationConfig { params: pallet_ballast_liquidation::LiquidationParams::default(), ..Default::default() },
		// A 100-block withdrawal cooldown, the vault bears up to 10 % of its equity per
		// bankruptcy, traders' open profit capped at 90 % of the vault's cash, drawdown over
		// 600 blocks (an hour).
		insurance_fund: InsuranceFundConfig { params: pallet_ballast_insurance_fund::FundParams::default(), stakes: insurance },
		// A quarter of the fund lost holds every market reduce-only; emergency halts last an
		// hour; a fifth of a pool out per hour; 100 blocks' pause after bad debt.
		circuit_breaker: CircuitBreakerConfig { breakers: breakers(), venue: Default::default(), ..Default::default() },
		// Newcomers 10×, one liquidation 3×; 20× (the market's maximum) for established traders.
		reputation: ReputationConfig {
			params: Default::default(),
			established: established.into_iter().map(|who| (who, ESTABLISHED_VOLUME)).collect::<Vec<_>>(),
			..Default::default()
		},
		origins: OriginsConfig { pace_divisor: governance_pace },
	})
}

fn well_known_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// One validator (alice, who is also sudo), every dev account funded.
pub fn development() -> Value {
	genesis(Network {
		validators: vec![alice()],
		funded: well_known_accounts(),
		sudo: Some(Sr25519Keyring::Alice.to_account_id()),
		collateral_owner: Sr25519Keyring::Alice.to_account_id(),
		liquidity: vec![(Sr25519Keyring::Ferdie.to_account_id(), GENESIS_LIQUIDITY)],
		insurance: vec![(Sr25519Keyring::Ferdie.to_account_id(), GENESIS_INSURANCE)],
		established: well_known_accounts(),
		governance_pace: DEV_GOVERNANCE_PACE,
	})
}

fn four_validators() -> Vec<ValidatorKeys> {
	vec![
		alice(),
		ValidatorKeys::dev(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		ValidatorKeys::dev(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		ValidatorKeys::dev(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	]
}

/// Four validators (GRANDPA finalizes with any three), no sudo, every dev account funded.
pub fn local_testnet() -> Value {
	genesis(Network {
		validators: four_validators(),
		funded: well_known_accounts(),
		sudo: None,
		collateral_owner: crate::collateral_owner(),
		liquidity: vec![(Sr25519Keyring::Ferdie.to_account_id(), GENESIS_LIQUIDITY)],
		insurance: vec![(Sr25519Keyring::Ferdie.to_account_id(), GENESIS_INSURANCE)],
		established: well_known_accounts(),
		governance_pace: 1,
	})
}

/// The public keys a public testnet's operators supply: no key in it may be a well-known one.
#[cfg(feature = "std")]
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TestnetKeys {
	/// At least one validator; GRANDPA finalizes with more than two thirds of them.
	pub validators: Vec<ValidatorKeys>,
	/// Hands out the BLST and bUSD it was endowed with (it cannot mint more).
	pub faucet: AccountId,
	/// Further accounts endowed with BLST and bUSD (operators' governance and treasury keys).
	pub holders: Vec<AccountId>,
}

/// Why a set of testnet keys cannot make a genesis.
#[cfg(feature = "std")]
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum TestnetKeysError {
	/// No validator: no block would ever be authored.
	NoValidators,
	/// More validators than the chain takes (`MAX_VALIDATORS`).
	TooManyValidators,
	/// A well-known dev key (alice … ferdie, their stashes, …): anyone holds its secret.
	WellKnownKey(&'static str),
}

/// Every well-known development key's public bytes (sr25519 and ed25519 of alice … ferdie, their
/// stashes, the numbered ones and the dev phrase's root keys), with its name: their secrets are
/// public, so none may stand in a network that is not a developer's own.
#[cfg(feature = "std")]
pub fn well_known_public_keys() -> Vec<(&'static str, [u8; 32])> {
	use sp_core::{ed25519, sr25519, Pair};
	let sr25519 = Sr25519Keyring::iter().map(|key| (<&'static str>::from(key), key.public().0));
	let ed25519 = Ed25519Keyring::iter().map(|key| (<&'static str>::from(key), key.public().0));
	let root_sr25519 = sr25519::Pair::from_string(sp_core::crypto::DEV_PHRASE, None).expect("the dev phrase is valid").public().0;
	let root_ed25519 = ed25519::Pair::from_string(sp_core::crypto::DEV_PHRASE, None).expect("the dev phrase is valid").public().0;
	sr25519
		.chain(ed25519)
		.chain([("the dev phrase (sr25519)", root_sr25519), ("the dev phrase (ed25519)", root_ed25519)])
		.collect()
}

#[cfg(feature = "std")]
impl TestnetKeys {
	/// Every public key and account in the set, as bytes.
	fn all_keys(&self) -> Vec<[u8; 32]> {
		use sp_core::crypto::ByteArray;
		let bytes = |slice: &[u8]| <[u8; 32]>::try_from(slice).unwrap_or_default();
		let mut keys = Vec::new();
		for v in &self.validators {
			keys.extend([bytes(v.account.as_slice()), bytes(v.aura.as_slice()), bytes(v.grandpa.as_slice()), bytes(v.feeder.as_slice())]);
		}
		keys.push(bytes(self.faucet.as_slice()));
		keys.extend(self.holders.iter().map(|holder| bytes(holder.as_slice())));
		keys
	}

	/// Refuses an empty or oversized validator set and any well-known key.
	pub fn check(&self) -> Result<(), TestnetKeysError> {
		if self.validators.is_empty() {
			return Err(TestnetKeysError::NoValidators);
		}
		if self.validators.len() > crate::configs::MAX_VALIDATORS as usize {
			return Err(TestnetKeysError::TooManyValidators);
		}
		let well_known = well_known_public_keys();
		for key in self.all_keys() {
			if let Some((name, _)) = well_known.iter().find(|(_, known)| *known == key) {
				return Err(TestnetKeysError::WellKnownKey(name));
			}
		}
		Ok(())
	}
}

/// A public testnet: the operators' validators (each also a feeder), no sudo; only the
/// validators' accounts, the feeders, the faucet and the operators' holders are funded.
#[cfg(feature = "std")]
pub fn testnet(keys: &TestnetKeys) -> Result<Value, TestnetKeysError> {
	keys.check()?;
	let mut funded: Vec<AccountId> = keys.validators.iter().flat_map(|v| [v.account.clone(), v.feeder.clone()]).collect();
	funded.push(keys.faucet.clone());
	funded.extend(keys.holders.iter().cloned());
	funded.sort();
	funded.dedup();
	Ok(genesis(Network {
		validators: keys.validators.clone(),
		funded,
		sudo: None,
		collateral_owner: crate::collateral_owner(),
		liquidity: vec![],
		insurance: vec![],
		established: vec![],
		governance_pace: 1,
	}))
}

/// The JSON of preset `id`, or `None` for an unknown one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// Every preset this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

/// The whole genesis config a node builds from preset `id`: the preset is a patch over the
/// default config, merged key by key as a chain spec's `patch` is. Native tools and tests (the
/// fuzzer, the stress-test bench) start from it and may change fields before building.
#[cfg(feature = "std")]
pub fn preset_config(id: &PresetId) -> Option<Value> {
	full_config(serde_json::from_slice(&get_preset(id)?).ok()?)
}

/// The whole genesis config `patch` makes over the default one (as a chain spec's patch is).
#[cfg(feature = "std")]
pub fn full_config(patch: Value) -> Option<Value> {
	let mut config = serde_json::to_value(crate::RuntimeGenesisConfig::default()).ok()?;
	merge(&mut config, patch);
	Some(config)
}

/// Overlays `patch` on `base`: objects merge key by key, anything else replaces.
#[cfg(feature = "std")]
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) =>
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			},
		(base, patch) => *base = patch,
	}
}
