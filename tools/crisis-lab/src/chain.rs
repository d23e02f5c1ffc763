//! The chain a replay runs on: the `local` preset (four validators feeding the oracle,
//! production risk parameters) with the book's accounts, the vault and the fund added at
//! genesis; the event's markets listed by the calls a listing referendum makes; and, for each
//! [`Variant`] but Ballast, the crisis management switched to a peer's rules (or off) by the
//! root calls an enacted referendum would dispatch. Blocks start through `Executive` (every
//! hook in block order); feeders and traders send signed transactions through
//! `Executive::apply_extrinsic`.

use crate::{
	book::Trader,
	config::{AdlRule, Governance, MarketKind, Tiers},
	event::Event,
};
use ballast_primitives::{MarketId, Price, Ratio, BASE_UNIT, COLLATERAL_UNIT};
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
	BuildStorage, FixedPointNumber, MultiAddress, Perbill,
};

/// The state a replay runs in.
pub type Externalities = sp_state_machine::BasicExternalities;

/// The markets the runtime lists at genesis, and their genesis prices (a market an event does
/// not list is fed flat at its genesis price).
pub const GENESIS_MARKETS: [MarketId; 2] = [BTC_USD, ETH_USD];
pub const START_PRICES: [f64; 2] = [100_000.0, 4_000.0];
/// The validators feeding the oracle on `local`.
pub const FEEDER_NAMES: [&str; 4] = ["alice", "bob", "charlie", "dave"];

/// What the venue runs: Ballast as configured, its crisis management off, or a peer's rules
/// as far as the runtime's parameters express them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
	Ballast,
	/// The mark at the index (no smoothing, no cap on its move in a block), static margins (no
	/// volatility, correlation, cover or crisis terms), no circuit breakers (per market or
	/// global), every liquidation closing the whole position, and no
	/// deleveraging of profitable traders: the vault's liquidity providers bear whatever the
	/// fund cannot, without limit, and traders' open profit is not capped against the vault.
	Unmanaged,
	/// dYdX v4: the mark at the oracle's index, static margins, no breakers, a 1.5 % liquidation fee, the insurance fund then
	/// deleveraging of the opposite side (no liquidity providers' backstop).
	DydxV4,
	/// Ballast as configured but for its mark, held at the index: what its other mechanisms do
	/// without the smoothed mark (a diagnosis, not in the default set).
	BallastAtIndex,
	/// Hyperliquid: the mark at the index, static margins, no breakers, no liquidation fee, positions above 100 k
	/// liquidated in part (smaller ones whole), the backstop (the fund) then ranked
	/// deleveraging.
	Hyperliquid,
}

/// The variants run by default, Ballast first.
pub const VARIANTS: [Variant; 4] = [Variant::Ballast, Variant::Unmanaged, Variant::DydxV4, Variant::Hyperliquid];
/// Every variant `--variant` may name.
pub const ALL_VARIANTS: [Variant; 5] = [Variant::Ballast, Variant::BallastAtIndex, Variant::Unmanaged, Variant::DydxV4, Variant::Hyperliquid];

impl Variant {
	pub fn name(self) -> &'static str {
		match self {
			Variant::Ballast => "ballast",
			Variant::BallastAtIndex => "ballast-at-index",
			Variant::Unmanaged => "unmanaged",
			Variant::DydxV4 => "dydx-v4",
			Variant::Hyperliquid => "hyperliquid",
		}
	}

	pub fn label(self) -> &'static str {
		match self {
			Variant::Ballast => "Ballast",
			Variant::BallastAtIndex => "Ballast marked at the index",
			Variant::Unmanaged => "no management",
			Variant::DydxV4 => "dYdX v4 rules",
			Variant::Hyperliquid => "Hyperliquid rules",
		}
	}

	/// What the variant sets, in a sentence.
	pub fn describe(self) -> &'static str {
		match self {
			Variant::Ballast => "the runtime as configured: accounts valued and liquidated at the worse for their holder of the index and a mark smoothed from it (30 % a block, moving at most 5 % a block), dynamic margins (maintenance rising at most 2 % of the way to 3× a block, whoever stands at their edge; never below what covers the largest one-block move the oracle recorded; raised while the fund falls short of the book's stressed shortfall, when it also takes more of the fees), breakers, partial liquidation to 1.25× maintenance and to what survives three standard deviations of the next block and leaves the fund at most 10 % of it (or 10 k) of a crash (positions under 10 k closed whole), the fund, then the vault up to 10 % of its equity, then ranked deleveraging (what it takes measured against the index).",
			Variant::BallastAtIndex => "Ballast as configured, but its mark held at the index (no smoothing, no cap): what its other mechanisms do without the smoothed mark.",
			Variant::Unmanaged => "the mark at the index, static margins, no breakers, every liquidation closing the whole position, the fund then the vault without limit, no deleveraging, no cap on traders' open profit.",
			Variant::DydxV4 => "the mark at the oracle's index, static margins, no breakers, a 1.5 % liquidation fee, positions closed whole, the insurance fund then deleveraging of the opposite side (no liquidity providers' backstop), no cap on traders' open profit.",
			Variant::Hyperliquid => "the mark at the index, static margins, no breakers, no liquidation fee, positions above 100 k bUSD liquidated in part (smaller ones whole), the backstop (the fund) then ranked deleveraging, no cap on traders' open profit.",
		}
	}

	/// A peer's rules the runtime cannot express yet: listed in the report, not approximated
	/// silently.
	pub fn not_modelled(self) -> &'static [&'static str] {
		match self {
			Variant::Ballast | Variant::BallastAtIndex | Variant::Unmanaged => &[],
			Variant::DydxV4 => &[
				"at most 10 % of a position's notional liquidated per block (here a liquidation closes the whole position in one block)",
				"liquidation orders filled on the order book up to the bankruptcy price (here every close is at the mark, against the vault)",
			],
			Variant::Hyperliquid => &[
				"the 20 % step with a 30-second cooldown (here a position above 100 k bUSD is reduced to 1.25× maintenance in one pass)",
				"the backstop vault taking over an account below two thirds of maintenance (here the fund covers bad debt only after the liquidation)",
				"margin tables by position size per asset (here the listed tier's size tiers)",
			],
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
/// bUSD so traders can add), the vault's liquidity and the fund's stake (bUSD).
pub fn genesis(book: &[Trader], vault: f64, fund: f64) -> Result<Externalities, String> {
	let mut config = genesis_config_presets::preset_config(&sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET.into())
		.ok_or("the runtime has no local preset")?;
	let fees = genesis_config_presets::ENDOWMENT / 1_000;
	let (vault, fund) = (atoms(vault), atoms(fund));
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

/// Externalities over `storage` with no trie at all (`BasicExternalities`): the invariants
/// iterate every account after every block, and a trie backend, even an empty one under an
/// overlay, opens an iterator from its root for every key of an iteration (half the lab's time
/// when it was used); here the next key is a step in a sorted map. Nothing here needs a storage
/// root or a proof.
fn in_overlay(storage: sp_runtime::Storage) -> Externalities {
	Externalities::new(storage)
}

/// `ext` rebuilt from its live keys: removed keys stay in the overlay as tombstones, which every
/// iteration over their prefix steps over.
pub fn compact(ext: Externalities) -> Externalities {
	Externalities::new(ext.into_storages())
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

/// A market of the event as listed: its id on the chain.
#[derive(Clone, Debug)]
pub struct Listed {
	pub id: MarketId,
	pub symbol: String,
	pub kind: MarketKind,
}

/// The id each of the event's markets is listed under: BTC-USD and ETH-USD keep their genesis
/// ids, the others take the next free ones.
pub fn market_ids(event: &Event) -> Vec<Listed> {
	let mut next = GENESIS_MARKETS.iter().max().copied().unwrap_or(0) + 1;
	event
		.markets
		.iter()
		.map(|market| {
			let id = match market.symbol.as_str() {
				"BTC-USD" => BTC_USD,
				"ETH-USD" => ETH_USD,
				_ => {
					next += 1;
					next - 1
				},
			};
			Listed { id, symbol: market.symbol.clone(), kind: market.kind }
		})
		.collect()
}

/// Lists every market of `event` as one listing referendum would (a root `utility.batchAll`
/// of the oracle's feed and name, the margin parameters of its tier and its breaker), with
/// open-interest caps and price ranges wide enough for the event and `open_interest` bUSD.
pub fn list_markets(event: &Event, tiers: &Tiers, open_interest: f64) -> Result<Vec<Listed>, String> {
	let listed = market_ids(event);
	let template = pallet_ballast_margin::Markets::<Runtime>::get(BTC_USD).ok_or("BTC-USD is listed at genesis")?.params;
	let feed = pallet_ballast_oracle::Markets::<Runtime>::get(BTC_USD).ok_or("BTC-USD has a feed at genesis")?;
	let breaker = pallet_ballast_circuit_breaker::Breakers::<Runtime>::get(BTC_USD).ok_or("BTC-USD has a breaker at genesis")?.params;
	let mut calls = Vec::new();
	for (market, listing) in event.markets.iter().zip(&listed) {
		let tier = tiers.of(listing.kind);
		let ratio = Ratio::from_float;
		let (lowest, highest) = (market.lowest(), market.highest());
		let coins = |dollars: f64| ((dollars / lowest * BASE_UNIT as f64) as i128).max(1);
		let mut params = template.clone();
		params.initial_margin = ratio(tier.initial_margin);
		params.maintenance_margin = ratio(tier.maintenance_margin);
		for (size_tier, times) in params.size_tiers.iter_mut().zip([2.0, 4.0]) {
			size_tier.initial_margin = ratio((tier.initial_margin * times).min(1.0));
			size_tier.maintenance_margin = ratio((tier.maintenance_margin * times).min(0.99));
		}
		// Deep enough that the book, not the listing, decides who trades.
		let depth = open_interest.max(1e6) * 100.0;
		params.max_open_interest = coins(depth);
		params.oi_margin_lower = atoms(depth);
		params.oi_margin_upper = atoms(depth * 2.0);
		params.min_order_size = ((BASE_UNIT as f64 / highest) as i128).max(1);
		let feed = pallet_ballast_oracle::MarketConfig { min_price: Price::from_float(lowest / 10.0), max_price: Price::from_float(highest * 10.0), ..feed };
		// Calm volatility is listed per minute of path; a block of the replay covers
		// `block_seconds`, and a driftless path's moves grow with the square root of time.
		let calm = market.calm_volatility.unwrap_or(tier.calm_volatility) * (event.block_seconds() / 60.0).sqrt();
		let breaker = pallet_ballast_circuit_breaker::BreakerParams { calm_volatility: ratio(calm), ..breaker.clone() };
		let (id, symbol) = (listing.id, listing.symbol.clone());
		calls.push(RuntimeCall::Oracle(pallet_ballast_oracle::Call::set_market { market: id, config: feed }));
		if !GENESIS_MARKETS.contains(&id) {
			let symbol = symbol.into_bytes().try_into().map_err(|_| format!("{}: symbol too long", listing.symbol))?;
			calls.push(RuntimeCall::Oracle(pallet_ballast_oracle::Call::name_market { market: id, symbol, price_decimals: decimals(lowest) }));
		}
		calls.push(RuntimeCall::Margin(pallet_ballast_margin::Call::set_market { market: id, params }));
		calls.push(RuntimeCall::CircuitBreaker(pallet_ballast_circuit_breaker::Call::set_breaker { market: id, params: Some(breaker) }));
	}
	dispatch(RuntimeCall::Utility(pallet_utility::Call::batch_all { calls }))?;
	Ok(listed)
}

/// Decimals that show `price` with four significant digits.
fn decimals(price: f64) -> u8 {
	(4.0 - price.log10().floor() - 1.0).clamp(0.0, 12.0) as u8
}

/// Sets the config's risk parameters on every variant and the variant's own rules, by root
/// calls as an enacted referendum dispatches them.
pub fn configure(variant: Variant, governance: &Governance, markets: &[MarketId]) -> Result<(), String> {
	let mut liquidation = pallet_ballast_liquidation::Params::<Runtime>::get();
	if let Some(share) = governance.liquidation_share {
		liquidation.block_share = pallet_ballast_liquidation::BlockShares::flat(Perbill::from_float(share));
	}
	if let Some(penalty) = governance.liquidation_penalty {
		liquidation.penalty = Ratio::from_float(penalty);
	}
	if let Some(multiple) = governance.extreme_multiple {
		liquidation.extreme_multiple = multiple;
	}
	if let Some(cover) = governance.extreme_cover {
		liquidation.extreme_cover = Perbill::from_float(cover);
	}
	if let Some(share) = governance.concentration_share {
		liquidation.concentration_share = Perbill::from_float(share);
	}
	if let Some(floor) = governance.concentration_floor {
		liquidation.concentration_floor = atoms(floor);
	}
	// Peers restore a fixed target (or close whole): no gap cover, no cut to the fund's room.
	if !matches!(variant, Variant::Ballast | Variant::BallastAtIndex) {
		liquidation.gap_cover = Ratio::zero();
		liquidation.concentration_floor = u128::MAX;
	}
	match variant {
		Variant::Ballast | Variant::BallastAtIndex => {},
		Variant::Unmanaged => liquidation.min_partial_notional = u128::MAX,
		Variant::DydxV4 => {
			liquidation.min_partial_notional = u128::MAX;
			liquidation.penalty = Ratio::saturating_from_rational(15, 1_000);
		},
		Variant::Hyperliquid => {
			liquidation.min_partial_notional = 100_000 * COLLATERAL_UNIT;
			liquidation.penalty = Ratio::zero();
		},
	}
	dispatch(RuntimeCall::Liquidation(pallet_ballast_liquidation::Call::set_params { params: liquidation }))?;
	if let Some(rule) = governance.adl_rule {
		let mut fund = pallet_ballast_insurance_fund::Params::<Runtime>::get();
		fund.adl_rule = match rule {
			AdlRule::Ranked => pallet_ballast_insurance_fund::AdlRule::Ranked,
			AdlRule::ProRata => pallet_ballast_insurance_fund::AdlRule::ProRata,
		};
		dispatch(RuntimeCall::InsuranceFund(pallet_ballast_insurance_fund::Call::set_params { params: fund }))?;
	}
	match variant {
		Variant::Ballast => return Ok(()),
		Variant::BallastAtIndex => return markets.iter().try_for_each(|market| dispatch(mark_at_index(*market)?)),
		_ => {},
	}
	let mut scaling = pallet_ballast_margin::Scaling::<Runtime>::get();
	scaling.volatility_weight = Ratio::zero();
	scaling.correlation_weight = Ratio::zero();
	scaling.macro_market = None;
	scaling.macro_weight = Ratio::zero();
	scaling.cover_weight = Ratio::zero();
	scaling.level_terms = [Ratio::zero(); 4];
	scaling.max_multiplier = Ratio::one();
	scaling.stressed_weight = Ratio::zero();
	scaling.undercover_fee_share = Perbill::zero();
	let mut venue = pallet_ballast_circuit_breaker::Params::<Runtime>::get();
	// The global breaker only at a fund wholly lost (the parameter must stay below 100 %).
	venue.global_drawdown = Perbill::from_parts(999_999_999);
	venue.global_recovery = Perbill::from_parts(999_999_998);
	venue.pause_after_bad_debt = 0;
	let mut fund = pallet_ballast_insurance_fund::Params::<Runtime>::get();
	fund.max_profit_to_cash = Perbill::one();
	fund.vault_loss_share = match variant {
		// The liquidity providers bear whatever the fund cannot: no deleveraging.
		Variant::Unmanaged => Perbill::one(),
		// The fund (or backstop), then deleveraging: no liquidity providers behind it.
		_ => Perbill::zero(),
	};

	let mut calls = vec![
		RuntimeCall::Margin(pallet_ballast_margin::Call::set_scaling { params: scaling }),
		RuntimeCall::Margin(pallet_ballast_margin::Call::set_multiplier_floor { floor: None }),
		RuntimeCall::CircuitBreaker(pallet_ballast_circuit_breaker::Call::set_venue_params { params: venue }),
		RuntimeCall::InsuranceFund(pallet_ballast_insurance_fund::Call::set_params { params: fund }),
	];
	for market in markets {
		calls.push(RuntimeCall::CircuitBreaker(pallet_ballast_circuit_breaker::Call::set_breaker { market: *market, params: None }));
		calls.push(mark_at_index(*market)?);
	}
	calls.into_iter().try_for_each(dispatch)
}

/// The call that holds `market`'s mark at its index: no smoothing, no cap on its move in a
/// block (the settings must stay below 100 %: a part in a billion short of it).
fn mark_at_index(market: MarketId) -> Result<RuntimeCall, String> {
	let mut feed = pallet_ballast_oracle::Markets::<Runtime>::get(market).ok_or(format!("market {market} has a feed"))?;
	(feed.mark_smoothing, feed.mark_cap) = (Perbill::from_parts(999_999_999), Perbill::from_parts(999_999_999));
	Ok(RuntimeCall::Oracle(pallet_ballast_oracle::Call::set_market { market, config: feed }))
}

fn dispatch(call: RuntimeCall) -> Result<(), String> {
	let name = format!("{call:?}").chars().take(80).collect::<String>();
	call.dispatch_bypass_filter(RuntimeOrigin::root()).map(|_| ()).map_err(|e| format!("setting {name}…: {:?}", e.error))
}
