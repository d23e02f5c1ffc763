//! The venue's risk state as Prometheus metrics, beside Substrate's own on the node's endpoint
//! (`--prometheus-port`, 9615 by default; the registry adds a `chain` label to every sample).
//!
//! Read once per imported block through the runtime APIs (never by decoding storage here), at
//! that block's state: each market's breaker state, index and mark, oracle status and the
//! feeders its index was made of; the insurance fund's balance, share price, drawdown,
//! deficits, target (the book's stressed shortfall) and cover ratio; the vault's equity; the crisis level and global breaker; the book's expected
//! liquidations and expected shortfall over the liquidation engine's risk horizon; and what the
//! block's hooks did: liquidations, bad debt and its cover, deleveraging, the liquidation hook's
//! weight.
//! Gauges hold the latest imported block's figures; the `_total` counters add up the new best
//! blocks' activity (a block imported on a fork that loses is not counted).

use ballast_primitives::{MarketId, MarketState, PriceStatus};
use ballast_runtime::{opaque::Block, AccountId, BlockNumber};
use futures::StreamExt;
use pallet_ballast_circuit_breaker_runtime_api::CircuitBreakerApi;
use pallet_ballast_insurance_fund_runtime_api::InsuranceFundApi;
use pallet_ballast_liquidation_runtime_api::LiquidationApi;
use ballast_venue_runtime_api::{VenueActivityApi, VenueApi, VenueMarket};
use pallet_ballast_margin_runtime_api::MarginApi;
use pallet_ballast_oracle_runtime_api::OracleApi;
use sc_client_api::BlockchainEvents;
use sp_api::ApiExt;
use sp_api::ProvideRuntimeApi;
use std::sync::Arc;
use substrate_prometheus_endpoint::{
	register, Counter, CounterVec, Gauge, GaugeVec, Opts, PrometheusError, Registry, F64, U64,
};

type Hash = <Block as sp_runtime::traits::Block>::Hash;

/// Every gauge and counter of the venue.
pub struct VenueMetrics {
	block: Gauge<U64>,
	breaker_state: GaugeVec<U64>,
	index_price: GaugeVec<F64>,
	mark_price: GaugeVec<F64>,
	oracle_status: GaugeVec<U64>,
	feeders: GaugeVec<U64>,
	outliers_total: CounterVec<U64>,
	fund_balance: Gauge<F64>,
	fund_share_price: Gauge<F64>,
	fund_drawdown: Gauge<F64>,
	fund_deficits: Gauge<F64>,
	fund_target: Gauge<F64>,
	fund_cover_ratio: Gauge<F64>,
	vault_equity: Gauge<F64>,
	crisis_level: Gauge<U64>,
	global_breaker: Gauge<U64>,
	block_liquidations: GaugeVec<U64>,
	block_notional_closed: Gauge<F64>,
	block_bad_debt: Gauge<F64>,
	block_bad_debt_cover: GaugeVec<F64>,
	block_deleveraged_positions: Gauge<U64>,
	liquidation_hook_ref_time: Gauge<U64>,
	liquidation_hook_proof_size: Gauge<U64>,
	liquidation_deferred: Gauge<U64>,
	expected_liquidations: Gauge<F64>,
	expected_shortfall: Gauge<F64>,
	liquidations_total: CounterVec<U64>,
	bad_debt_total: Counter<F64>,
	deleveraged_positions_total: Counter<U64>,
}

fn gauge<P: substrate_prometheus_endpoint::prometheus::core::Atomic + 'static>(
	registry: &Registry,
	name: &str,
	help: &str,
) -> Result<Gauge<P>, PrometheusError> {
	register(Gauge::new(name, help)?, registry)
}

fn gauges<P: substrate_prometheus_endpoint::prometheus::core::Atomic + 'static>(
	registry: &Registry,
	name: &str,
	help: &str,
	label: &str,
) -> Result<GaugeVec<P>, PrometheusError> {
	register(GaugeVec::new(Opts::new(name, help), &[label])?, registry)
}

impl VenueMetrics {
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		Ok(Self {
			block: gauge(registry, "ballast_metrics_block", "The block the venue metrics were last read at")?,
			breaker_state: gauges(
				registry,
				"ballast_market_breaker_state",
				"Each market's enforced breaker state: 0 open, 1 reduce-only, 2 halted",
				"market",
			)?,
			index_price: gauges(registry, "ballast_market_index_price", "Each market's oracle index, dollars per coin", "market")?,
			mark_price: gauges(registry, "ballast_market_mark_price", "Each market's mark price, dollars per coin", "market")?,
			oracle_status: gauges(
				registry,
				"ballast_market_oracle_status",
				"Each market's feed: 0 live, 1 stale, 2 diverging, 3 never priced",
				"market",
			)?,
			feeders: gauges(
				registry,
				"ballast_market_feeders",
				"Feeders whose fresh prices made the market's index in the block (0 when not priced)",
				"market",
			)?,
			outliers_total: register(
				CounterVec::new(Opts::new("ballast_market_outliers_total", "Feeders' prices rejected as outliers"), &["market"])?,
				registry,
			)?,
			fund_balance: gauge(registry, "ballast_fund_balance", "The insurance fund's balance, bUSD")?,
			fund_share_price: gauge(registry, "ballast_fund_share_price", "bUSD per insurance-fund share (0 without shares)")?,
			fund_drawdown: gauge(registry, "ballast_fund_drawdown", "The fund's fall from its window's peak, 0 to 1")?,
			fund_deficits: gauge(registry, "ballast_fund_deficits", "Losses still being recovered by deleveraging, bUSD")?,
			fund_target: gauge(
				registry,
				"ballast_fund_target",
				"What the fund should hold: the bad debt the book would leave if every market gapped against it at once by its stressed move, bUSD (0 before the first census)",
			)?,
			fund_cover_ratio: gauge(
				registry,
				"ballast_fund_cover_ratio",
				"The fund's balance over its target (below 1 margins rise and the fund takes more of the fees; -1 while unknown)",
			)?,
			vault_equity: gauge(registry, "ballast_vault_equity", "The market vault's equity (cash less traders' open profit), bUSD")?,
			crisis_level: gauge(registry, "ballast_crisis_level", "The venue's crisis level: 0 calm, 1 elevated, 2 stressed, 3 crisis")?,
			global_breaker: gauge(registry, "ballast_global_breaker", "1 while the fund-drawdown breaker holds every market reduce-only")?,
			block_liquidations: gauges(
				registry,
				"ballast_block_liquidations",
				"Accounts liquidated in the block, in part or wholly",
				"kind",
			)?,
			block_notional_closed: gauge(registry, "ballast_block_notional_closed", "Notional closed by the block's liquidations, bUSD")?,
			block_bad_debt: gauge(registry, "ballast_block_bad_debt", "Shortfalls of accounts bankrupt in the block, bUSD")?,
			block_bad_debt_cover: gauges(
				registry,
				"ballast_block_bad_debt_cover",
				"How the block's bad debt was covered, bUSD: by the fund, the vault, deleveraging, or carried",
				"by",
			)?,
			block_deleveraged_positions: gauge(registry, "ballast_block_deleveraged_positions", "Positions reduced by deleveraging in the block")?,
			liquidation_hook_ref_time: gauge(
				registry,
				"ballast_liquidation_hook_ref_time",
				"The liquidation hook's metered weight in the block, picoseconds",
			)?,
			liquidation_hook_proof_size: gauge(
				registry,
				"ballast_liquidation_hook_proof_size",
				"The liquidation hook's metered proof size in the block, bytes",
			)?,
			liquidation_deferred: gauge(registry, "ballast_liquidation_deferred", "1 when the hook left due accounts for the next block")?,
			expected_liquidations: gauge(
				registry,
				"ballast_expected_liquidations",
				"Accounts expected to reach maintenance within the risk horizon (the sum of their chances, the 1 000 most urgent)",
			)?,
			expected_shortfall: gauge(
				registry,
				"ballast_expected_shortfall",
				"What the 1 000 most urgent accounts could leave unpaid over the risk horizon if nothing closed them, bUSD",
			)?,
			liquidations_total: register(
				CounterVec::new(Opts::new("ballast_liquidations_total", "Accounts liquidated, in part or wholly"), &["kind"])?,
				registry,
			)?,
			bad_debt_total: register(Counter::new("ballast_bad_debt_total", "Bad debt handed to the loss waterfall, bUSD")?, registry)?,
			deleveraged_positions_total: register(
				Counter::new("ballast_deleveraged_positions_total", "Positions reduced by deleveraging")?,
				registry,
			)?,
		})
	}

	/// Reads the venue at `hash` and sets every metric; the counters only for a new best block.
	pub fn update<C>(&self, client: &C, hash: Hash, number: BlockNumber, new_best: bool) -> Result<(), sp_api::ApiError>
	where
		C: ProvideRuntimeApi<Block>,
		C::Api: VenueApis,
	{
		let api = client.runtime_api();
		// Markets are labelled by the symbols on chain at this block (a runtime before names
		// labels them by id).
		let names = if api.has_api::<dyn VenueApi<Block>>(hash)? { VenueApi::<Block>::markets(&*api, hash)? } else { Vec::new() };
		let market_label = |market: MarketId| label(&names, market);
		let feeds = OracleApi::<Block, BlockNumber>::feeds(&*api, hash)?;
		let breakers = CircuitBreakerApi::<Block, BlockNumber>::markets(&*api, hash)?;
		let venue = CircuitBreakerApi::<Block, BlockNumber>::venue(&*api, hash)?;
		let fund = InsuranceFundApi::<Block, AccountId, BlockNumber>::fund(&*api, hash)?;
		let vault = MarginApi::<Block, AccountId>::vault(&*api, hash)?;
		let activity = VenueActivityApi::<Block>::block_activity(&*api, hash)?;
		// The book's risk from the liquidation API's second version on.
		if api.api_version::<dyn LiquidationApi<Block, AccountId>>(hash)?.is_some_and(|version| version >= 2) {
			let book = LiquidationApi::<Block, AccountId>::book_risk(&*api, hash, 1_000)?;
			self.expected_liquidations.set(book.expected_liquidations.to_float());
			self.expected_shortfall.set(busd(book.expected_shortfall));
		}

		self.block.set(number.into());
		for (market, feed) in &feeds {
			let name = market_label(*market);
			let label = [name.as_str()];
			let status = match feed.map(|feed| feed.status) {
				Some(PriceStatus::Live) => 0,
				Some(PriceStatus::Stale) => 1,
				Some(PriceStatus::Diverging) => 2,
				None => 3,
			};
			self.oracle_status.with_label_values(&label).set(status);
			if let Some(feed) = feed {
				self.index_price.with_label_values(&label).set(feed.index.to_float());
				self.mark_price.with_label_values(&label).set(feed.mark.to_float());
			}
			let fed = activity.feeds.iter().find(|fed| fed.market == *market);
			self.feeders.with_label_values(&label).set(fed.map_or(0, |fed| fed.feeders.into()));
			if new_best {
				self.outliers_total.with_label_values(&label).inc_by(fed.map_or(0, |fed| fed.outliers.into()));
			}
		}
		for breaker in &breakers {
			let state = match breaker.effective {
				MarketState::Open => 0,
				MarketState::ReduceOnly => 1,
				MarketState::Halted => 2,
			};
			self.breaker_state.with_label_values(&[market_label(breaker.market).as_str()]).set(state);
		}
		self.crisis_level.set(venue.level as u64);
		self.global_breaker.set(venue.global_tripped.into());
		self.fund_balance.set(busd(fund.balance));
		self.fund_share_price.set(fund.share_price.map_or(0.0, |price| price.to_float()));
		self.fund_drawdown.set(f64::from(fund.drawdown.deconstruct()) / 1e9);
		self.fund_deficits.set(busd(fund.deficits));
		self.fund_target.set(fund.target.map_or(0.0, busd));
		self.fund_cover_ratio.set(fund.cover.map_or(-1.0, |cover| cover.to_float()));
		self.vault_equity.set(vault.equity as f64 / ballast_primitives::COLLATERAL_UNIT as f64);

		self.block_liquidations.with_label_values(&["partial"]).set(activity.liquidated_partially.into());
		self.block_liquidations.with_label_values(&["whole"]).set(activity.liquidated_wholly.into());
		self.block_notional_closed.set(busd(activity.notional_closed));
		self.block_bad_debt.set(busd(activity.shortfall));
		for (by, amount) in [
			("fund", activity.fund_covered),
			("vault", activity.vault_absorbed),
			("deleveraging", activity.deleveraged),
			("carried", activity.deficit_carried),
		] {
			self.block_bad_debt_cover.with_label_values(&[by]).set(busd(amount));
		}
		self.block_deleveraged_positions.set(activity.deleveraged_positions.into());
		self.liquidation_hook_ref_time.set(activity.hook_ref_time);
		self.liquidation_hook_proof_size.set(activity.hook_proof_size);
		self.liquidation_deferred.set(activity.deferred.into());
		if new_best {
			self.liquidations_total.with_label_values(&["partial"]).inc_by(activity.liquidated_partially.into());
			self.liquidations_total.with_label_values(&["whole"]).inc_by(activity.liquidated_wholly.into());
			self.bad_debt_total.inc_by(busd(activity.shortfall));
			self.deleveraged_positions_total.inc_by(activity.deleveraged_positions.into());
		}
		Ok(())
	}
}

/// A market's symbol ("BTC-USD"), or its id while it has none.
fn label(names: &[VenueMarket], market: MarketId) -> String {
	names.iter().find(|m| m.id == market).map_or_else(|| market.to_string(), VenueMarket::label)
}

/// The runtime APIs the metrics read.
pub trait VenueApis:
	VenueApi<Block>
	+ VenueActivityApi<Block>
	+ OracleApi<Block, BlockNumber>
	+ CircuitBreakerApi<Block, BlockNumber>
	+ InsuranceFundApi<Block, AccountId, BlockNumber>
	+ MarginApi<Block, AccountId>
	+ LiquidationApi<Block, AccountId>
{
}

impl<T> VenueApis for T where
	T: VenueApi<Block>
		+ VenueActivityApi<Block>
		+ OracleApi<Block, BlockNumber>
		+ CircuitBreakerApi<Block, BlockNumber>
		+ InsuranceFundApi<Block, AccountId, BlockNumber>
		+ MarginApi<Block, AccountId>
		+ LiquidationApi<Block, AccountId>
{
}

fn busd(atoms: ballast_primitives::Balance) -> f64 {
	atoms as f64 / ballast_primitives::COLLATERAL_UNIT as f64
}

/// Registers the metrics and follows every imported block; nothing without a registry
/// (`--no-prometheus`). A runtime without one of the APIs (an older one) is logged once per
/// block at debug level and skipped.
pub fn spawn<C>(
	client: Arc<C>,
	registry: Option<&Registry>,
	spawner: &sc_service::SpawnTaskHandle,
) -> Result<(), PrometheusError>
where
	C: ProvideRuntimeApi<Block> + BlockchainEvents<Block> + Send + Sync + 'static,
	C::Api: VenueApis,
{
	let Some(registry) = registry else { return Ok(()) };
	let metrics = VenueMetrics::register(registry)?;
	let mut imports = client.import_notification_stream();
	spawner.spawn("ballast-venue-metrics", Some("metrics"), async move {
		while let Some(block) = imports.next().await {
			if let Err(error) = metrics.update(&*client, block.hash, block.header.number, block.is_new_best) {
				log::debug!(target: "ballast-metrics", "venue metrics at #{}: {error}", block.header.number);
			}
		}
	});
	Ok(())
}

#[cfg(test)]
mod tests {
	use std::collections::BTreeSet;

	/// Every `ballast_*` name in `text`.
	fn names(text: &str) -> BTreeSet<String> {
		let mut found = BTreeSet::new();
		let mut rest = text;
		while let Some(at) = rest.find("ballast_") {
			let tail = &rest[at..];
			let end = tail.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(tail.len());
			found.insert(tail[..end].to_string());
			rest = &tail[end..];
		}
		found
	}

	/// The operators' Grafana dashboard and alert rules (`docs/operators/`) chart and alert on
	/// metrics this node registers, not on names that drifted.
	#[test]
	fn the_operators_dashboard_and_alerts_name_only_metrics_the_node_exports() {
		let registered = names(include_str!("metrics.rs"));
		for file in ["grafana-dashboard.json", "alerts.yml"] {
			let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/operators").join(file);
			let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
			let used = names(&text);
			assert!(!used.is_empty(), "{file} charts no venue metric");
			let unknown: Vec<_> = used.difference(&registered).collect();
			assert!(unknown.is_empty(), "{file} names metrics the node does not export: {unknown:?}");
		}
		serde_json::from_str::<serde_json::Value>(include_str!("../../docs/operators/grafana-dashboard.json")).expect("the dashboard is JSON");
	}
}
