//! The runtime APIs: what the node and clients may ask the runtime.
//!
//! Besides the standard set (block building, transaction validation, consensus, offchain
//! workers, session keys, nonces and fees, genesis presets), Ballast's pallets add their own
//! read APIs here: prices, account health, the liquidation queue, the insurance fund, the
//! circuit breakers and reputation tiers.

use crate::{
	genesis_config_presets, opaque, AccountId, Aura, Balance, Block, Executive, Grandpa, Historical,
	BlockNumber, InherentDataExt, Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig, System,
	TransactionPayment, VERSION,
};
use alloc::vec::Vec;
use ballast_primitives::{MarketId, PriceFeed, PriceSnapshot};
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_session::OpaqueGeneratedSessionKeys;
use sp_version::RuntimeVersion;

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> OpaqueGeneratedSessionKeys {
			opaque::SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			opaque::SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		/// Proves `authority_id` was a GRANDPA key of the current session's validators, by the
		/// historical session root (the set id is not needed: the session is the current one).
		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			use frame_support::traits::KeyOwnerProofSystem;
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl ballast_venue_runtime_api::VenueApi<Block> for Runtime {
		fn markets() -> Vec<ballast_venue_runtime_api::VenueMarket> {
			crate::Oracle::names().into_iter().map(|(id, name)| ballast_venue_runtime_api::VenueMarket { id, name }).collect()
		}
	}

	impl pallet_ballast_oracle_runtime_api::OracleApi<Block, BlockNumber> for Runtime {
		fn feeds() -> Vec<(MarketId, Option<PriceSnapshot<BlockNumber>>)> {
			crate::Oracle::feeds()
		}

		fn feed(market: MarketId) -> Option<PriceSnapshot<BlockNumber>> {
			<crate::Oracle as PriceFeed<BlockNumber>>::snapshot(market)
		}
	}

	impl pallet_ballast_margin_runtime_api::MarginApi<Block, AccountId> for Runtime {
		fn account(who: AccountId) -> Option<pallet_ballast_margin::AccountSummary> {
			crate::Margin::account_summary(&who)
		}

		fn vault() -> pallet_ballast_margin::VaultSummary {
			crate::Margin::vault_summary()
		}

		fn markets() -> Vec<(MarketId, pallet_ballast_margin::MarketParams)> {
			crate::Margin::markets()
		}
	}

	impl pallet_ballast_liquidation_runtime_api::LiquidationApi<Block, AccountId> for Runtime {
		fn at_risk(limit: u32) -> Vec<pallet_ballast_liquidation::AtRisk<AccountId>> {
			crate::Liquidation::at_risk(limit.min(1_000))
		}

		fn state(limit: u32) -> pallet_ballast_liquidation::EngineState {
			crate::Liquidation::engine_state(limit.min(10_000))
		}

		fn account_risk(who: AccountId) -> Option<pallet_ballast_liquidation::AccountRisk> {
			crate::Liquidation::account_risk(&who)
		}

		fn book_risk(limit: u32) -> pallet_ballast_liquidation::BookRisk {
			crate::Liquidation::book_risk(limit.min(1_000))
		}
	}

	impl ballast_venue_runtime_api::StressTestApi<Block, AccountId> for Runtime {
		fn stress_test(
			scenarios: Vec<ballast_venue_runtime_api::stress::Scenario>,
		) -> Result<
			Vec<Vec<ballast_venue_runtime_api::stress::StepOutcome<AccountId>>>,
			ballast_venue_runtime_api::stress::StressError,
		> {
			crate::stress::stress_test(scenarios)
		}
	}

	impl ballast_venue_runtime_api::VenueActivityApi<Block> for Runtime {
		fn block_activity() -> ballast_venue_runtime_api::activity::BlockActivity {
			crate::activity::block_activity()
		}
	}

	impl ballast_venue_runtime_api::SolvencyApi<Block> for Runtime {
		fn solvency(
			resume: Option<ballast_venue_runtime_api::solvency::SolvencyCursor>,
		) -> ballast_venue_runtime_api::solvency::Solvency {
			crate::solvency::solvency_from(resume)
		}
	}

	impl pallet_ballast_insurance_fund_runtime_api::InsuranceFundApi<Block, AccountId, BlockNumber> for Runtime {
		fn fund() -> pallet_ballast_insurance_fund::FundState {
			crate::InsuranceFund::fund_state()
		}

		fn staker(who: AccountId) -> pallet_ballast_insurance_fund::StakerState<BlockNumber> {
			crate::InsuranceFund::staker_state(&who)
		}

		fn adl_ranking(who: AccountId, limit: u32) -> Vec<pallet_ballast_insurance_fund::AdlRanking> {
			crate::InsuranceFund::adl_ranking(&who, limit.min(10_000))
		}
	}

	impl pallet_ballast_circuit_breaker_runtime_api::CircuitBreakerApi<Block, BlockNumber> for Runtime {
		fn market(market: MarketId) -> Option<pallet_ballast_circuit_breaker::MarketBreakerView<BlockNumber>> {
			crate::CircuitBreaker::market_view(market)
		}

		fn markets() -> Vec<pallet_ballast_circuit_breaker::MarketBreakerView<BlockNumber>> {
			pallet_ballast_circuit_breaker::Breakers::<Runtime>::iter_keys()
				.filter_map(crate::CircuitBreaker::market_view)
				.collect()
		}

		fn venue() -> pallet_ballast_circuit_breaker::VenueView<BlockNumber> {
			crate::CircuitBreaker::venue_view()
		}

		fn withdrawal_limits() -> Vec<pallet_ballast_circuit_breaker::WithdrawalLimit<BlockNumber>> {
			use ballast_primitives::WithdrawalPool;
			// What each pool holds, as its own pallet tells the breaker on a withdrawal.
			[
				(WithdrawalPool::Collateral, crate::Margin::collateral_held()),
				(WithdrawalPool::Vault, crate::Margin::vault_summary().cash),
				(WithdrawalPool::Fund, crate::InsuranceFund::balance()),
			]
			.into_iter()
			.map(|(pool, held)| crate::CircuitBreaker::withdrawal_limit(pool, held))
			.collect()
		}
	}

	impl pallet_ballast_reputation_runtime_api::ReputationApi<Block, AccountId> for Runtime {
		fn standing(who: AccountId, market: Option<MarketId>) -> pallet_ballast_reputation::Standing {
			crate::Reputation::standing_in(&who, market)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use crate::benchmarks::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			let storage_info = crate::AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::WhitelistedStorageKeys;
			use sp_storage::TrackedStorageKey;
			use crate::benchmarks::*;

			let whitelist: Vec<TrackedStorageKey> = crate::AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks)
				.expect("try-runtime is an offline tool: a failed upgrade check must stop it loudly");
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("try-runtime is an offline tool: a failed block execution must stop it loudly")
		}
	}
}
