//! The node's JSON-RPC methods beyond Substrate's built-in ones.
//!
//! [`create_full`] is the one place RPC modules are assembled: the standard account-nonce and
//! fee-estimation methods, and Ballast's own `risk_*` namespace (`risk_rpc.rs`, typed in `ballast-risk-rpc`:
//! stress tests, account health, book risk, market state).

use ballast_runtime::{opaque::Block, AccountId, Balance, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use std::sync::Arc;

/// What the RPC methods read from.
pub struct FullDeps<C, P> {
	/// The client, for state and runtime API calls.
	pub client: Arc<C>,
	/// The transaction pool, for nonces that count pending transactions.
	pub pool: Arc<P>,
}

/// All of the node's extra RPC methods.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
		+ BlockBuilder<Block>
		+ ballast_venue_runtime_api::StressTestApi<Block, AccountId>
		+ ballast_venue_runtime_api::VenueApi<Block>
		+ pallet_ballast_margin_runtime_api::MarginApi<Block, AccountId>
		+ pallet_ballast_oracle_runtime_api::OracleApi<Block, ballast_runtime::BlockNumber>
		+ pallet_ballast_circuit_breaker_runtime_api::CircuitBreakerApi<Block, ballast_runtime::BlockNumber>
		+ pallet_ballast_liquidation_runtime_api::LiquidationApi<Block, AccountId>
		+ pallet_ballast_insurance_fund_runtime_api::InsuranceFundApi<Block, AccountId, ballast_runtime::BlockNumber>,
	P: TransactionPool + 'static,
{
	use ballast_risk_rpc::RiskApiServer;
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let FullDeps { client, pool } = deps;
	let mut module = RpcModule::new(());
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(crate::risk_rpc::Risk::new(client).into_rpc())?;
	Ok(module)
}
