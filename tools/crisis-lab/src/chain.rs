//! The chain a replay runs on: the `local` preset (four validators feeding the oracle,
//! production risk parameters) with the book's accounts, the vault and the fund added at
//! genesis, and, for the baseline, the crisis management switched off by the root calls an
//! enacted referendum would dispatch. Blocks start through `Executive` (every hook in block
//! order); feeders and traders send signed transactions through `Executive::apply_extrinsic`.

use crate::{
	book::Trader,
	config::{Governance, Venue},
};
use ballast_primitives::{MarketId, Price, Ratio, COLLATERAL_UNIT};
use ballast_runtime::{
	genesis_config_presets::{self, ESTABLISHED_VOLUME},
	tx_extension, AccountId, Executive, Header, Runtime, RuntimeCall, RuntimeGenesisConfig, RuntimeOrigin, SignedPayload,
	System, UncheckedExtrinsic, BTC_USD, COLLATERAL_ASSET_ID, ETH_USD,
};
use codec::Encode;
use frame_support::traits::UnfilteredDispatchable;
use serde_json::{json, Value};
use sp_core::{sr25519, Pair};
use sp_runtime::{
	generic::Era,
	traits::{Header as _, One, Zero},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	BuildStorage, MultiAddress, Perbill,
};

/// The markets, in the order records list them.
pub const MARKETS: [MarketId; 2] = [BTC_USD, ETH_USD];
/// Each market's price at genesis: the path's factor multiplies it.
pub const START_PRICES: [f64; 2] = [100_000.0, 4_000.0];
/// The validators feeding the oracle on `local`.
pub const FEEDER_NAMES: [&str; 4] = ["alice", "bob", "charlie", "dave"];

/// What the venue is running: the runtime as configured, or with its crisis management off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
	Ballast,
	/// Static margins (no volatility, correlation, cover or crisis terms), no circuit breakers
	/// (per market or global), every liquidation closing the whole position, and no
	/// deleveraging of profitable traders: the vault's liquidity providers bear whatever the
	/// fund cannot, without limit, and traders' open profit is not capped against the vault.
	Baseline,
}

impl Variant {
	pub fn name(self) -> &'static str {
		match self {
			Variant::Ballast => "ballast",
			Variant::Baseline => "baseline",
		}
	}
}

fn atoms(busd: f64) -> u128 {
	(busd * COLLATERAL_UNIT as f64).round() as u128
}

fn key(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_seed(&sp_io::hashing::blake2_256(name.as_bytes()))
}

/// The account that provides the vault's liquidity at genesis.
pub fn liquidity_provider() -> AccountId {
	key("ballast-crisis-lab/liquidity-provider").public().into()
}

/// The account that stakes the insurance fund at genesis.
pub fn fund_staker() -> AccountId {
	key("ballast-crisis-lab/fund-staker").public().into()
}

/// Genesis storage: `local` plus the book (fees in BLST, one and a half times its collateral in
/// bUSD so traders can add), the vault's liquidity and the fund's stake.
pub fn genesis(book: &[Trader], venue: &Venue) -> Result<sp_io::TestExternalities, String> {
	let mut config = genesis_config_presets::preset_config(&sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET.into())
		.ok_or("the runtime has no local preset")?;
	let fees = genesis_config_presets::ENDOWMENT / 1_000;
	let (vault, fund) = (atoms(venue.vault), atoms(venue.fund));
	let mut balances = Vec::new();
	let mut busd = Vec::new();
	for (who, amount) in [(liquidity_provider(), vault), (fund_staker(), fund)] {
		balances.push(json!([who, fees]));
		busd.push(json!([COLLATERAL_ASSET_ID, who, amount + COLLATERAL_UNIT]));
	}
	for trader in book {
		balances.push(json!([trader.account, fees]));
		busd.push(json!([COLLATERAL_ASSET_ID, trader.account, atoms(trader.collateral * 1.5)]));
	}
	append(&mut config["balances"]["balances"], balances)?;
	append(&mut config["assets"]["accounts"], busd)?;
	let established = book.iter().filter(|t| t.established).map(|t| json!([t.account, ESTABLISHED_VOLUME])).collect();
	append(&mut config["reputation"]["established"], established)?;
	config["margin"]["liquidity"] = json!([[liquidity_provider(), vault]]);
	config["insuranceFund"]["stakes"] = json!([[fund_staker(), fund]]);
	let config: RuntimeGenesisConfig = serde_json::from_value(config).map_err(|e| format!("the patched local preset: {e}"))?;
	let storage = config.build_storage().map_err(|e| format!("genesis: {e}"))?;
	Ok(in_overlay(storage))
}

/// Externalities holding `storage` in their overlay over an empty trie. The invariants iterate
/// every account after every block, and iterating keys in a trie backend seeks from its root
/// for each key (about 3 µs here); in the overlay it is a walk of a sorted map, some thirty
/// times faster. Nothing here needs a storage root.
fn in_overlay(storage: sp_runtime::Storage) -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::new(sp_runtime::Storage::default());
	ext.execute_with(|| {
		for (key, value) in storage.top {
			sp_io::storage::set(&key, &value);
		}
	});
	ext
}

fn append(list: &mut Value, items: Vec<Value>) -> Result<(), String> {
	list.as_array_mut().ok_or("the local preset changed shape")?.extend(items);
	Ok(())
}

/// Starts the next block: every hook runs.
pub fn start_block() {
	let number = System::block_number() + 1;
	Executive::initialize_block(&Header::new(number, Default::default(), Default::default(), System::parent_hash(), Default::default()));
}

/// How a signed transaction went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
	Succeeded,
	/// Included, but the call returned an error.
	Failed,
	/// The block has no room left: send it again next block.
	BlockFull,
	/// Refused before dispatch (fees, nonce, validity).
	Invalid,
}

/// A signed transaction from `pair` at its account's next nonce.
pub fn send(pair: &sr25519::Pair, call: RuntimeCall) -> Sent {
	let who: AccountId = pair.public().into();
	let extension = tx_extension(System::account_nonce(&who), Era::Immortal, 0);
	let Ok(payload) = SignedPayload::new(call.clone(), extension.clone()) else { return Sent::Invalid };
	let signature = payload.using_encoded(|bytes| pair.sign(bytes));
	let extrinsic = UncheckedExtrinsic::new_signed(call, MultiAddress::Id(who), signature.into(), extension);
	match Executive::apply_extrinsic(extrinsic) {
		Ok(Ok(())) => Sent::Succeeded,
		Ok(Err(_)) => Sent::Failed,
		Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources)) => Sent::BlockFull,
		Err(_) => Sent::Invalid,
	}
}

/// The validators' feeder keys, in [`FEEDER_NAMES`] order.
pub fn feeders() -> Vec<sr25519::Pair> {
	FEEDER_NAMES.iter().map(|name| sr25519::Pair::from_string(&format!("//{}", capitalised(name)), None).expect("a dev key")).collect()
}

fn capitalised(name: &str) -> String {
	let mut chars = name.chars();
	chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// One feeder's submission of `prices` (dollars per coin), as its offchain worker sends it.
pub fn submit(feeder: &sr25519::Pair, prices: &[(MarketId, f64)]) -> Sent {
	let prices: Vec<(MarketId, Price)> = prices.iter().map(|(market, price)| (*market, Price::from_float(*price))).collect();
	let Ok(prices) = prices.try_into() else { return Sent::Invalid };
	send(feeder, RuntimeCall::Oracle(pallet_ballast_oracle::Call::submit_prices { prices }))
}

/// Sets the config's risk parameters on both variants and switches the crisis management off
/// for the baseline, by root calls as an enacted referendum dispatches them.
pub fn configure(variant: Variant, governance: &Governance) -> Result<(), String> {
	let mut liquidation = pallet_ballast_liquidation::Params::<Runtime>::get();
	if let Some(share) = governance.liquidation_share {
		liquidation.block_share = pallet_ballast_liquidation::BlockShares::flat(Perbill::from_float(share));
	}
	if let Some(penalty) = governance.liquidation_penalty {
		liquidation.penalty = Ratio::from_float(penalty);
	}
	if variant == Variant::Baseline {
		liquidation.min_partial_notional = u128::MAX;
	}
	dispatch(RuntimeCall::Liquidation(pallet_ballast_liquidation::Call::set_params { params: liquidation }))?;
	if variant == Variant::Ballast {
		return Ok(());
	}
	let mut scaling = pallet_ballast_margin::Scaling::<Runtime>::get();
	scaling.volatility_weight = Ratio::zero();
	scaling.correlation_weight = Ratio::zero();
	scaling.macro_market = None;
	scaling.macro_weight = Ratio::zero();
	scaling.cover_weight = Ratio::zero();
	scaling.level_terms = [Ratio::zero(); 4];
	scaling.max_multiplier = Ratio::one();
	let mut venue = pallet_ballast_circuit_breaker::Params::<Runtime>::get();
	// The global breaker only at a fund wholly lost (the parameter must stay below 100 %).
	venue.global_drawdown = Perbill::from_parts(999_999_999);
	venue.global_recovery = Perbill::from_parts(999_999_998);
	venue.pause_after_bad_debt = 0;
	let mut fund = pallet_ballast_insurance_fund::Params::<Runtime>::get();
	fund.vault_loss_share = Perbill::one();
	fund.max_profit_to_cash = Perbill::one();

	let mut calls = vec![
		RuntimeCall::Margin(pallet_ballast_margin::Call::set_scaling { params: scaling }),
		RuntimeCall::Margin(pallet_ballast_margin::Call::set_multiplier_floor { floor: None }),
		RuntimeCall::CircuitBreaker(pallet_ballast_circuit_breaker::Call::set_venue_params { params: venue }),
		RuntimeCall::InsuranceFund(pallet_ballast_insurance_fund::Call::set_params { params: fund }),
	];
	calls.extend(MARKETS.map(|market| RuntimeCall::CircuitBreaker(pallet_ballast_circuit_breaker::Call::set_breaker { market, params: None })));
	calls.into_iter().try_for_each(dispatch)
}

fn dispatch(call: RuntimeCall) -> Result<(), String> {
	let name = format!("{call:?}").chars().take(80).collect::<String>();
	call.dispatch_bypass_filter(RuntimeOrigin::root()).map(|_| ()).map_err(|e| format!("setting {name}…: {:?}", e.error))
}
