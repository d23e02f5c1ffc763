//! The `risk_*` JSON-RPC methods: the venue's risk state and real-time stress tests, in JSON a
//! person can read and write. The methods, their parameters and answers are typed in
//! `ballast-risk-rpc` (`clients/rust`), whose [`RiskApiServer`] this implements and whose
//! `RiskApiClient` Rust programs call them with:
//!
//! - `risk_stressTest(scenarios, at?)`: runs price shocks against the whole book through the
//!   runtime's `StressTestApi` (the chain's own hooks on a state that is thrown away). Unsafe
//!   (a validator exposing its RPC publicly refuses it): a call runs up to 16 × 50 blocks.
//! - `risk_accountHealth(account, at?)`: an account's equity, requirements, health, positions, and
//!   its chance of liquidation within the engine's risk horizon (`liquidation`).
//! - `risk_bookRisk(limit?, at?)`: the book's expected liquidations and expected shortfall over
//!   the risk horizon, summed over the `limit` (default and at most 1 000) most urgent accounts,
//!   and the insurance fund's balance, target and cover ratio.
//! - `risk_marketState(market, at?)`: a market's prices, breaker and margin parameters.
//!
//! Units: prices are decimal strings of dollars per coin ("2500.5"), amounts decimal strings of
//! bUSD ("1234.567891"), sizes decimal strings of coins; a relative move is a percent string
//! ("-30" is −30 %); markets are named by symbol ("ETH-USD") or id (2). Example:
//!
//! ```json
//! {"id":1,"jsonrpc":"2.0","method":"risk_stressTest","params":[[{"steps":[{"shocks":[{"market":"ETH-USD","percent":"-30"}]}],"list":5}]]}
//! ```

use ballast_primitives::{MarketId, Price, BASE_UNIT, COLLATERAL_UNIT};
use ballast_risk_rpc::{
	error_codes::{LIMIT_EXCEEDED, RUNTIME_ERROR},
	AccountHealth, AccountSummary, BookRisk, BreakerState, BreakerStep, FeedState, Liquidation, LiquidationRisk,
	MarketPrices, MarketRef, MarketState, Margins, Position, RiskApiServer, Scenario as JsonScenario, StepOutcome,
	StressAnswer, MAX_BOOK_RISK_LIMIT,
};
use ballast_runtime::{opaque::Block, AccountId, BlockNumber};
use ballast_venue_runtime_api::{stress, StressTestApi, VenueApi, VenueMarket};
use jsonrpsee::{core::RpcResult, types::ErrorObjectOwned, Extensions};
use pallet_ballast_insurance_fund_runtime_api::InsuranceFundApi;
use pallet_ballast_liquidation_runtime_api::LiquidationApi;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, H256};
use sp_runtime::FixedPointNumber;
use std::sync::Arc;

/// JSON-RPC's own code for invalid parameters.
const INVALID_PARAMS: i32 = -32602;

fn invalid(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(INVALID_PARAMS, message.into(), None::<()>)
}

fn runtime_error(message: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, format!("runtime API call failed: {message}"), None::<()>)
}

/// The markets by name at the block a call reads, from the chain (`VenueApi::markets`): a
/// market listed by referendum is named as soon as it is.
struct Names(Vec<VenueMarket>);

impl Names {
	fn at<C>(client: &C, at: H256) -> Result<Self, ErrorObjectOwned>
	where
		C: ProvideRuntimeApi<Block>,
		C::Api: VenueApi<Block>,
	{
		client.runtime_api().markets(at).map(Names).map_err(runtime_error)
	}

	fn id(&self, market: &MarketRef) -> Result<MarketId, ErrorObjectOwned> {
		match market {
			MarketRef::Id(id) => Ok(*id),
			// An id sent as text (a client typing every market as text).
			MarketRef::Symbol(text) if text.parse::<MarketId>().is_ok() => Ok(text.parse().unwrap_or_default()),
			MarketRef::Symbol(symbol) => self
				.0
				.iter()
				.find(|m| m.name.as_ref().is_some_and(|name| name.symbol.eq_ignore_ascii_case(symbol.as_bytes())))
				.map(|m| m.id)
				.ok_or_else(|| {
					let known: Vec<String> = self.0.iter().map(VenueMarket::label).collect();
					invalid(format!("unknown market {symbol:?}: use one of {known:?} or an id"))
				}),
		}
	}

	/// The market's symbol, or its id while it has none.
	fn label(&self, market: MarketId) -> MarketRef {
		match self.0.iter().find(|m| m.id == market).filter(|m| m.name.is_some()) {
			Some(named) => MarketRef::Symbol(named.label()),
			None => MarketRef::Id(market),
		}
	}
}

/// A decimal string as an 18-decimal fixed-point number; `None` if it is not one.
fn parse_fixed(text: &str) -> Option<u128> {
	let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
	if whole.is_empty() && fraction.is_empty() || fraction.len() > 18 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
		return None;
	}
	let whole: u128 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
	let fraction: u128 = format!("{fraction:0<18}").parse().ok()?;
	whole.checked_mul(Price::DIV)?.checked_add(fraction)
}

fn price_of(text: &str, what: &str) -> Result<Price, ErrorObjectOwned> {
	parse_fixed(text)
		.filter(|inner| *inner > 0)
		.map(Price::from_inner)
		.ok_or_else(|| invalid(format!("{what}: {text:?} is not a positive decimal number")))
}

/// "-30" or "12.5" percent as basis points.
fn basis_points(text: &str) -> Result<i32, ErrorObjectOwned> {
	let bad = || invalid(format!("percent: {text:?} is not a decimal number of percent with at most two decimals"));
	let (negative, digits) = text.strip_prefix('-').map_or((false, text), |rest| (true, rest));
	let fixed = parse_fixed(digits).ok_or_else(bad)?;
	let points = fixed / (Price::DIV / 100);
	if fixed % (Price::DIV / 100) != 0 || points > 1_000_000 {
		return Err(bad());
	}
	Ok(if negative { -(points as i32) } else { points as i32 })
}

fn scenario(json: JsonScenario, names: &Names) -> Result<stress::Scenario, ErrorObjectOwned> {
	let mut steps = Vec::with_capacity(json.steps.len());
	for step in json.steps {
		let mut shocks = Vec::with_capacity(step.shocks.len());
		for shock in step.shocks {
			let by = match (shock.percent, shock.to) {
				(Some(percent), None) => stress::PriceMove::BasisPoints(basis_points(&percent)?),
				(None, Some(to)) => stress::PriceMove::To(price_of(&to, "to")?),
				_ => return Err(invalid("a shock needs exactly one of `percent` and `to`")),
			};
			shocks.push(stress::Shock { market: names.id(&shock.market)?, by });
		}
		let outages = step.outages.iter().map(|market| names.id(market)).collect::<Result<_, _>>()?;
		steps.push(stress::Step { shocks, outages });
	}
	let margin_multiplier = json.margin_multiplier.as_deref().map(|text| price_of(text, "marginMultiplier")).transpose()?;
	Ok(stress::Scenario { steps, list: json.list, margin_multiplier })
}

/// An 18-decimal fixed-point number as a decimal string.
fn fixed_string(inner: u128) -> String {
	let (whole, fraction) = (inner / Price::DIV, inner % Price::DIV);
	let fraction = format!("{fraction:018}");
	let fraction = fraction.trim_end_matches('0');
	if fraction.is_empty() { whole.to_string() } else { format!("{whole}.{fraction}") }
}

fn price_string(price: Price) -> String {
	fixed_string(price.into_inner())
}

/// bUSD atoms as a decimal string of bUSD.
fn busd(atoms: u128) -> String {
	fixed_string(atoms.saturating_mul(Price::DIV / COLLATERAL_UNIT))
}

/// A chance as a decimal string ("0.0123").
fn perbill_string(chance: sp_runtime::Perbill) -> String {
	fixed_string(u128::from(chance.deconstruct()) * (Price::DIV / 1_000_000_000))
}

/// The liquidation API's version at `at` (zero without one).
fn liquidation_api_version<Api: sp_api::ApiExt<Block>>(api: &Api, at: H256) -> Result<u32, ErrorObjectOwned> {
	Ok(api.api_version::<dyn LiquidationApi<Block, AccountId>>(at).map_err(runtime_error)?.unwrap_or(0))
}

fn signed_busd(atoms: i128) -> String {
	let text = busd(atoms.unsigned_abs());
	if atoms < 0 { format!("-{text}") } else { text }
}

fn coins(size: i128) -> String {
	let text = fixed_string(size.unsigned_abs().saturating_mul(Price::DIV / BASE_UNIT));
	if size < 0 { format!("-{text}") } else { text }
}

fn step_outcome(step: &stress::StepOutcome<AccountId>, names: &Names) -> StepOutcome {
	StepOutcome {
		block: step.block,
		prices: step
			.prices
			.iter()
			.map(|(market, price)| MarketPrices {
				market: names.label(*market),
				index: price.map(|(index, _)| price_string(index)),
				mark: price.map(|(_, mark)| price_string(mark)),
			})
			.collect(),
		liquidated_partially: step.liquidated_partially,
		liquidated_wholly: step.liquidated_wholly,
		largest: step
			.largest
			.iter()
			.map(|l| Liquidation {
				account: l.who.to_ss58check(),
				market: names.label(l.market),
				notional: busd(l.notional),
				loss: busd(l.loss),
				whole: l.whole,
			})
			.collect(),
		notional_closed: busd(step.notional_closed),
		shortfall: busd(step.shortfall),
		fund_covered: busd(step.fund_covered),
		vault_absorbed: busd(step.vault_absorbed),
		deleveraged: busd(step.deleveraged),
		deleveraged_positions: step.deleveraged_positions,
		deficit_carried: busd(step.deficit_carried),
		breakers: step
			.breakers
			.iter()
			.map(|(market, state)| BreakerStep { market: names.label(*market), state: format!("{state:?}") })
			.collect(),
		crisis_level: format!("{:?}", step.crisis_level),
		fund_balance: busd(step.fund_balance),
		vault_equity: signed_busd(step.vault_equity),
	}
}

fn limit_error(error: stress::StressError) -> ErrorObjectOwned {
	let message = match error {
		stress::StressError::TooManyScenarios { max } => format!("at most {max} scenarios in one call"),
		stress::StressError::BadStepCount { scenario, max } => format!("scenario {scenario}: between 1 and {max} steps"),
		stress::StressError::TooManyShocks { scenario, step, max } => format!("scenario {scenario}, step {step}: at most {max} shocks and outages"),
		stress::StressError::TooManyListed { max } => format!("list: at most {max} liquidations"),
		stress::StressError::UnknownMarket { market } => format!("market {market} is not listed"),
		stress::StressError::BadShock { market } => format!("market {market}: a shock must leave a positive price"),
		stress::StressError::BadMarginMultiplier { scenario, max } => format!("scenario {scenario}: marginMultiplier between 1 and {max}"),
	};
	ErrorObjectOwned::owned(LIMIT_EXCEEDED, message, None::<()>)
}

/// The `risk_*` methods over a client of the chain.
pub struct Risk<C> {
	client: Arc<C>,
}

impl<C> Risk<C> {
	pub fn new(client: Arc<C>) -> Self {
		Risk { client }
	}
}

impl<C: HeaderBackend<Block>> Risk<C> {
	/// The block to read: `at`, or the best block.
	fn at_or_best(&self, at: Option<H256>) -> H256 {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}

impl<C> RiskApiServer for Risk<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: StressTestApi<Block, AccountId>
		+ VenueApi<Block>
		+ pallet_ballast_margin_runtime_api::MarginApi<Block, AccountId>
		+ pallet_ballast_oracle_runtime_api::OracleApi<Block, BlockNumber>
		+ pallet_ballast_circuit_breaker_runtime_api::CircuitBreakerApi<Block, BlockNumber>
		+ LiquidationApi<Block, AccountId>
		+ InsuranceFundApi<Block, AccountId, BlockNumber>,
{
	fn stress_test(&self, extensions: &Extensions, scenarios: Vec<JsonScenario>, at: Option<H256>) -> RpcResult<StressAnswer> {
		// Refused by an RPC server that denies unsafe calls (`--rpc-methods safe`).
		sc_rpc_api::check_if_safe(extensions)?;
		if scenarios.len() > stress::MAX_SCENARIOS as usize {
			return Err(limit_error(stress::StressError::TooManyScenarios { max: stress::MAX_SCENARIOS }));
		}
		let at = self.at_or_best(at);
		let names = Names::at(&*self.client, at)?;
		let scenarios = scenarios.into_iter().map(|json| scenario(json, &names)).collect::<Result<Vec<_>, _>>()?;
		let answer = self.client.runtime_api().stress_test(at, scenarios).map_err(runtime_error)?.map_err(limit_error)?;
		let scenarios = answer.iter().map(|steps| steps.iter().map(|step| step_outcome(step, &names)).collect()).collect();
		Ok(StressAnswer { at, scenarios })
	}

	fn account_health(&self, account: String, at: Option<H256>) -> RpcResult<AccountHealth> {
		let who = AccountId::from_ss58check(&account).map_err(|e| invalid(format!("account: {account:?} is not an SS58 address ({e:?})")))?;
		let at = self.at_or_best(at);
		let names = Names::at(&*self.client, at)?;
		let api = self.client.runtime_api();
		let Some(summary) = pallet_ballast_margin_runtime_api::MarginApi::account(&*api, at, who.clone()).map_err(runtime_error)? else {
			return Ok(AccountHealth { at, account, open: false, summary: None });
		};
		let risk = if liquidation_api_version(&*api, at)? >= 2 {
			LiquidationApi::<Block, AccountId>::account_risk(&*api, at, who).map_err(runtime_error)?
		} else {
			None
		};
		let positions = summary
			.positions
			.iter()
			.map(|p| Position {
				market: names.label(p.market),
				size: coins(p.size),
				entry_price: price_string(p.entry_price),
				mark_price: price_string(p.mark_price),
				unrealised_pnl: signed_busd(p.unrealised_pnl),
				funding_owed: signed_busd(p.funding_owed),
				liquidation_price: p.liquidation_price.map(price_string),
			})
			.collect();
		let summary = AccountSummary {
			collateral: busd(summary.collateral),
			equity: signed_busd(summary.equity),
			initial_requirement: busd(summary.initial_requirement),
			maintenance_requirement: busd(summary.maintenance_requirement),
			health: summary.health.map(|h| fixed_string(h.into_inner())),
			withdrawable: busd(summary.withdrawable),
			shortfall: busd(summary.shortfall),
			positions,
			liquidation: risk.map(|risk| LiquidationRisk {
				probability: perbill_string(risk.probability),
				horizon_blocks: risk.horizon,
				headroom: signed_busd(risk.headroom),
				pnl_deviation: busd(risk.pnl_deviation),
				expected_shortfall: busd(risk.expected_shortfall),
			}),
		};
		Ok(AccountHealth { at, account, open: true, summary: Some(summary) })
	}

	fn book_risk(&self, limit: Option<u32>, at: Option<H256>) -> RpcResult<BookRisk> {
		let limit = limit.unwrap_or(MAX_BOOK_RISK_LIMIT);
		if limit == 0 || limit > MAX_BOOK_RISK_LIMIT {
			return Err(invalid(format!("limit: {limit} is not between 1 and {MAX_BOOK_RISK_LIMIT}")));
		}
		let at = self.at_or_best(at);
		let api = self.client.runtime_api();
		if liquidation_api_version(&*api, at)? < 2 {
			return Err(runtime_error("this block's runtime has no book risk (LiquidationApi before version 2)"));
		}
		let book = LiquidationApi::<Block, AccountId>::book_risk(&*api, at, limit).map_err(runtime_error)?;
		let fund = InsuranceFundApi::<Block, AccountId, BlockNumber>::fund(&*api, at).map_err(runtime_error)?;
		Ok(BookRisk {
			at,
			horizon_blocks: book.horizon,
			accounts: book.accounts,
			truncated: book.truncated,
			expected_liquidations: fixed_string(book.expected_liquidations.into_inner()),
			expected_shortfall: busd(book.expected_shortfall),
			fund_balance: busd(fund.balance),
			fund_target: fund.target.map(busd),
			cover_ratio: fund.cover.map(|cover| fixed_string(cover.into_inner())),
		})
	}

	fn market_state(&self, market: MarketRef, at: Option<H256>) -> RpcResult<MarketState> {
		let at = self.at_or_best(at);
		let names = Names::at(&*self.client, at)?;
		let id = names.id(&market)?;
		let api = self.client.runtime_api();
		let feed = pallet_ballast_oracle_runtime_api::OracleApi::feed(&*api, at, id).map_err(runtime_error)?;
		let breaker = pallet_ballast_circuit_breaker_runtime_api::CircuitBreakerApi::market(&*api, at, id).map_err(runtime_error)?;
		let params = pallet_ballast_margin_runtime_api::MarginApi::markets(&*api, at)
			.map_err(runtime_error)?
			.into_iter()
			.find(|(listed, _)| *listed == id)
			.map(|(_, params)| params);
		if feed.is_none() && breaker.is_none() && params.is_none() {
			return Err(invalid(format!("market {id} is not listed")));
		}
		Ok(MarketState {
			at,
			market: names.label(id),
			price_decimals: names.0.iter().find(|m| m.id == id).and_then(|m| m.name.as_ref()).map(|name| name.price_decimals),
			price: feed.map(|f| FeedState {
				index: price_string(f.index),
				mark: price_string(f.mark),
				volatility: fixed_string(f.volatility.into_inner()),
				updated_at: f.updated_at,
				status: format!("{:?}", f.status),
			}),
			breaker: breaker.map(|b| BreakerState {
				effective: format!("{:?}", b.effective),
				state: format!("{:?}", b.state),
				since: b.since,
				steps_back_at: b.steps_back_at,
				emergency_until: b.emergency_until,
			}),
			margins: params.map(|p| Margins {
				initial: fixed_string(p.initial_margin.into_inner()),
				maintenance: fixed_string(p.maintenance_margin.into_inner()),
				max_open_interest: coins(p.max_open_interest),
				taker_fee: fixed_string(p.taker_fee.into_inner()),
			}),
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn decimals_read_and_print_exactly() {
		assert_eq!(parse_fixed("2500.5"), Some(2_500_500_000_000_000_000_000));
		assert_eq!(parse_fixed("0.000000000000000001"), Some(1));
		assert_eq!(parse_fixed("1.0000000000000000001"), None, "19 decimals");
		assert_eq!(parse_fixed("abc"), None);
		assert_eq!(parse_fixed(""), None);
		assert_eq!(basis_points("-30").unwrap(), -3_000);
		assert_eq!(basis_points("12.25").unwrap(), 1_225);
		assert!(basis_points("1.234").is_err());
		assert_eq!(busd(1_234_567_891), "1234.567891");
		assert_eq!(signed_busd(-5_000_000), "-5");
		assert_eq!(coins(-1_500_000_000), "-1.5");
		assert_eq!(price_string(Price::saturating_from_rational(1, 100)), "0.01");
	}

	#[test]
	fn a_scenario_names_markets_by_symbol_and_shocks_by_percent_or_price() {
		let json: JsonScenario = serde_json::from_value(json!({
			"steps": [{ "shocks": [{ "market": "ETH-USD", "percent": "-30" }, { "market": 1, "to": "50000" }], "outages": ["btc-usd"] }],
			"list": 3,
			"marginMultiplier": "1.5"
		}))
		.unwrap();
		let scenario = scenario(json, &genesis_names()).unwrap();
		assert_eq!(scenario.margin_multiplier, Some(Price::saturating_from_rational(3u32, 2u32)));
		assert_eq!(scenario.steps[0].shocks[0], stress::Shock { market: 2, by: stress::PriceMove::BasisPoints(-3_000) });
		assert_eq!(scenario.steps[0].shocks[1].by, stress::PriceMove::To(Price::saturating_from_integer(50_000u32)));
		assert_eq!(scenario.steps[0].outages, vec![1]);
		let both: JsonScenario = serde_json::from_value(json!({ "steps": [{ "shocks": [{ "market": 2, "percent": "1", "to": "2" }] }] })).unwrap();
		assert!(scenario_error(both).contains("exactly one"));
		let unknown: JsonScenario = serde_json::from_value(json!({ "steps": [{ "shocks": [{ "market": "DOGE-USD", "percent": "1" }] }] })).unwrap();
		assert!(scenario_error(unknown).contains("unknown market"));
		assert!(serde_json::from_value::<JsonScenario>(json!({ "steps": [], "typo": 1 })).is_err(), "unknown fields are refused");
		let margins: JsonScenario = serde_json::from_value(json!({ "steps": [{}], "marginMultiplier": "twice" })).unwrap();
		assert!(scenario_error(margins).contains("marginMultiplier"));
	}

	fn scenario_error(json: JsonScenario) -> String {
		scenario(json, &genesis_names()).err().expect("refused").message().to_string()
	}

	fn genesis_names() -> Names {
		let named = |id, symbol: &str| VenueMarket { id, name: ballast_primitives::MarketName::new(symbol.as_bytes(), 2) };
		Names(vec![named(1, "BTC-USD"), named(2, "ETH-USD"), VenueMarket { id: 3, name: None }])
	}

	#[test]
	fn a_market_is_labelled_by_its_symbol_or_its_id_until_named() {
		let names = genesis_names();
		assert_eq!(names.label(2), MarketRef::Symbol("ETH-USD".into()));
		assert_eq!(names.label(3), MarketRef::Id(3), "listed, not named yet");
		assert_eq!(names.id(&MarketRef::Symbol("eth-usd".into())).unwrap(), 2);
		assert_eq!(names.id(&MarketRef::Symbol("3".into())).unwrap(), 3, "an id as text");
		assert!(names.id(&MarketRef::Symbol("SOL-USD".into())).unwrap_err().message().contains("BTC-USD"));
	}
}
