//! The node's `risk_*` JSON-RPC methods, typed: [`RiskApiServer`] is what `ballast-node`
//! implements (`node/src/risk_rpc.rs`), [`RiskApiClient`] what a Rust program calls them with
//! over any jsonrpsee client (the node tests use a WebSocket one). `clients/risk-rpc.json`
//! declares the same methods for `@polkadot/api`.
//!
//! Units: prices are decimal strings of dollars per coin ("2500.5"), amounts decimal strings of
//! bUSD ("1234.567891"), sizes decimal strings of coins, chances decimal strings ("0.0123"); a
//! relative move is a percent string ("-30" is −30 %); markets are named by symbol ("ETH-USD")
//! or id (2). Decimals travel as strings so that no client rounds them through a float.
//!
//! ```json
//! {"id":1,"jsonrpc":"2.0","method":"risk_stressTest","params":[[{"steps":[{"shocks":[{"market":"ETH-USD","percent":"-30"}]}],"list":5}]]}
//! ```

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::{Deserialize, Serialize};
use sp_core::H256;

/// JSON-RPC error codes of the `risk_*` methods beside the protocol's own (`-32602`, invalid
/// params, for a request that names an unknown market or a malformed number).
pub mod error_codes {
	/// The runtime API call failed (or the block's runtime lacks the API).
	pub const RUNTIME_ERROR: i32 = 9000;
	/// A stress test beyond the runtime's limits (scenarios, steps, shocks, listed).
	pub const LIMIT_EXCEEDED: i32 = 9001;
}

/// The most accounts `risk_bookRisk` sums over.
pub const MAX_BOOK_RISK_LIMIT: u32 = 1_000;

#[rpc(client, server, namespace = "risk")]
pub trait RiskApi {
	/// Runs price shocks against the whole book through the runtime's `StressTestApi` (the
	/// chain's own hooks on a state that is thrown away): each scenario's outcome, step by step.
	/// Unsafe: a node serving `--rpc-methods safe` refuses it (a call runs up to 16 × 50 blocks).
	#[method(name = "stressTest", blocking, with_extensions)]
	fn stress_test(&self, scenarios: Vec<Scenario>, at: Option<H256>) -> RpcResult<StressAnswer>;

	/// An account's equity, requirements, health, positions, and its chance of liquidation
	/// within the engine's risk horizon.
	#[method(name = "accountHealth", blocking)]
	fn account_health(&self, account: String, at: Option<H256>) -> RpcResult<AccountHealth>;

	/// The book's expected liquidations and expected shortfall over the risk horizon, summed
	/// over the `limit` (default and at most [`MAX_BOOK_RISK_LIMIT`]) most urgent accounts, and
	/// the insurance fund against its target (the book's stressed shortfall).
	#[method(name = "bookRisk", blocking)]
	fn book_risk(&self, limit: Option<u32>, at: Option<H256>) -> RpcResult<BookRisk>;

	/// A market's prices, breaker and margin parameters.
	#[method(name = "marketState", blocking)]
	fn market_state(&self, market: MarketRef, at: Option<H256>) -> RpcResult<MarketState>;
}

/// A market by id (`2`) or by its symbol on chain (`"ETH-USD"`, any case; `"2"` is an id too).
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(untagged)]
pub enum MarketRef {
	Id(u32),
	Symbol(String),
}

impl From<&str> for MarketRef {
	fn from(symbol: &str) -> Self {
		MarketRef::Symbol(symbol.to_string())
	}
}

/// One scenario of a stress test: its steps, each a block.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Scenario {
	pub steps: Vec<Step>,
	/// How many of each step's largest liquidations to list.
	#[serde(default)]
	pub list: u32,
	/// Every market's margin multiplier lifted to at least this (a decimal string) first.
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub margin_multiplier: Option<String>,
}

/// A block of a scenario: the prices its feeders send, and the markets whose feeds go dark.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct Step {
	#[serde(default)]
	pub shocks: Vec<Shock>,
	#[serde(default)]
	pub outages: Vec<MarketRef>,
}

/// A market's price in a step: exactly one of a move in percent of the step's starting price
/// and an absolute price.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(deny_unknown_fields)]
pub struct Shock {
	pub market: MarketRef,
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub percent: Option<String>,
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub to: Option<String>,
}

impl Shock {
	/// `market` moved by `percent` ("-30").
	pub fn percent(market: impl Into<MarketRef>, percent: &str) -> Self {
		Shock { market: market.into(), percent: Some(percent.to_string()), to: None }
	}
}

/// `risk_stressTest`'s answer: the block it ran from and each scenario's steps.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct StressAnswer {
	pub at: H256,
	pub scenarios: Vec<Vec<StepOutcome>>,
}

/// What one step's block did.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct StepOutcome {
	pub block: u32,
	pub prices: Vec<MarketPrices>,
	pub liquidated_partially: u32,
	pub liquidated_wholly: u32,
	pub largest: Vec<Liquidation>,
	pub notional_closed: String,
	pub shortfall: String,
	pub fund_covered: String,
	pub vault_absorbed: String,
	pub deleveraged: String,
	pub deleveraged_positions: u32,
	pub deficit_carried: String,
	pub breakers: Vec<BreakerStep>,
	pub crisis_level: String,
	pub fund_balance: String,
	pub vault_equity: String,
}

/// A market's index and mark after a step (`None` while it has no price).
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct MarketPrices {
	pub market: MarketRef,
	pub index: Option<String>,
	pub mark: Option<String>,
}

/// One of a step's largest liquidations.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct Liquidation {
	pub account: String,
	pub market: MarketRef,
	pub notional: String,
	pub loss: String,
	pub whole: bool,
}

/// A market's breaker state after a step.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct BreakerStep {
	pub market: MarketRef,
	pub state: String,
}

/// `risk_accountHealth`'s answer; `summary` is absent for an account without a margin account.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct AccountHealth {
	pub at: H256,
	pub account: String,
	pub open: bool,
	#[serde(flatten)]
	pub summary: Option<AccountSummary>,
}

/// An open account's valuation.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct AccountSummary {
	pub collateral: String,
	pub equity: String,
	pub initial_requirement: String,
	pub maintenance_requirement: String,
	/// Equity over the maintenance requirement; `None` without one.
	pub health: Option<String>,
	pub withdrawable: String,
	pub shortfall: String,
	pub positions: Vec<Position>,
	/// The engine's forecast; `None` from a runtime before the liquidation API's version 2.
	pub liquidation: Option<LiquidationRisk>,
}

/// A held position.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Position {
	pub market: MarketRef,
	pub size: String,
	pub entry_price: String,
	pub mark_price: String,
	pub unrealised_pnl: String,
	pub funding_owed: String,
	pub liquidation_price: Option<String>,
}

/// An account's chance of reaching maintenance within the horizon, and what it could leave
/// unpaid.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct LiquidationRisk {
	pub probability: String,
	pub horizon_blocks: u32,
	pub headroom: String,
	pub pnl_deviation: String,
	pub expected_shortfall: String,
}

/// `risk_bookRisk`'s answer.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct BookRisk {
	pub at: H256,
	pub horizon_blocks: u32,
	pub accounts: u32,
	pub truncated: bool,
	pub expected_liquidations: String,
	pub expected_shortfall: String,
	pub fund_balance: String,
	/// What the fund should hold: the book's stressed shortfall over the shock set (the
	/// liquidation engine's census); `None` before its first sweep.
	pub fund_target: Option<String>,
	/// The fund's balance over its target; `None` without a (positive) target.
	pub cover_ratio: Option<String>,
}

/// `risk_marketState`'s answer.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct MarketState {
	pub at: H256,
	pub market: MarketRef,
	pub price_decimals: Option<u8>,
	pub price: Option<FeedState>,
	pub breaker: Option<BreakerState>,
	pub margins: Option<Margins>,
}

/// The oracle's view of a market.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct FeedState {
	pub index: String,
	pub mark: String,
	pub volatility: String,
	pub updated_at: u32,
	pub status: String,
}

/// A market's circuit breaker.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct BreakerState {
	pub effective: String,
	pub state: String,
	pub since: u32,
	pub steps_back_at: Option<u32>,
	pub emergency_until: Option<u32>,
}

/// A market's listed margin parameters.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Margins {
	pub initial: String,
	pub maintenance: String,
	pub max_open_interest: String,
	pub taker_fee: String,
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn a_scenario_reads_as_the_documented_json_and_refuses_unknown_fields() {
		let scenario: Scenario = serde_json::from_value(json!({
			"steps": [{ "shocks": [{ "market": "ETH-USD", "percent": "-30" }, { "market": 1, "to": "50000" }], "outages": ["BTC-USD"] }],
			"list": 5,
			"marginMultiplier": "1.5"
		}))
		.unwrap();
		assert_eq!(scenario.steps[0].shocks[0], Shock::percent("ETH-USD", "-30"));
		assert_eq!(scenario.steps[0].shocks[1].market, MarketRef::Id(1));
		assert_eq!(scenario.margin_multiplier.as_deref(), Some("1.5"));
		assert!(serde_json::from_value::<Scenario>(json!({ "steps": [{ "shocks": [{ "market": 2, "percnt": "-5" }] }] })).is_err());
		// What a client sends is what the node reads.
		let sent = serde_json::to_value(&scenario).unwrap();
		assert_eq!(serde_json::from_value::<Scenario>(sent).unwrap(), scenario);
	}

	#[test]
	fn a_closed_account_answers_without_its_summary() {
		let closed = AccountHealth { at: H256::repeat_byte(1), account: "5Grw".into(), open: false, summary: None };
		let value = serde_json::to_value(&closed).unwrap();
		assert_eq!(value, json!({ "at": format!("0x{}", "01".repeat(32)), "account": "5Grw", "open": false }));
		assert_eq!(serde_json::from_value::<AccountHealth>(value).unwrap(), closed);
	}
}
