// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/calls';

import type { ApiTypes, AugmentedCall, DecoratedCallBase } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Text, Vec, u128, u32, u64 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';
import type { OpaqueMetadata } from '@polkadot/types/interfaces/metadata';
import type { AccountId32, Call, H256, SlotDuration } from '@polkadot/types/interfaces/runtime';
import type { BallastPrimitivesOraclePriceSnapshot, BallastVenueRuntimeApiActivityBlockActivity, BallastVenueRuntimeApiSolvency, BallastVenueRuntimeApiSolvencySolvencyCursor, BallastVenueRuntimeApiStressScenario, BallastVenueRuntimeApiStressStepOutcome, BallastVenueRuntimeApiStressStressError, BallastVenueRuntimeApiVenueMarket, PalletBallastCircuitBreakerMarketBreakerView, PalletBallastCircuitBreakerVenueView, PalletBallastCircuitBreakerWithdrawalLimit, PalletBallastInsuranceFundAdlRanking, PalletBallastInsuranceFundFundState, PalletBallastInsuranceFundStakerState, PalletBallastLiquidationAccountRisk, PalletBallastLiquidationAtRisk, PalletBallastLiquidationBookRisk, PalletBallastLiquidationEngineState, PalletBallastMarginAccountSummary, PalletBallastMarginMarketParams, PalletBallastMarginVaultSummary, PalletBallastReputationStanding, PalletTransactionPaymentFeeDetails, PalletTransactionPaymentRuntimeDispatchInfo, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpConsensusGrandpaEquivocationProof, SpCoreCryptoKeyTypeId, SpInherentsCheckInherentsResult, SpInherentsInherentData, SpRuntimeBlockLazyBlock, SpRuntimeDispatchError, SpRuntimeExtrinsicInclusionMode, SpRuntimeHeader, SpRuntimeTransactionValidityTransactionSource, SpRuntimeTransactionValidityTransactionValidityError, SpRuntimeTransactionValidityValidTransaction, SpSessionRuntimeApiOpaqueGeneratedSessionKeys, SpVersionRuntimeVersion, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { IExtrinsic, Observable } from '@polkadot/types/types';

export type __AugmentedCall<ApiType extends ApiTypes> = AugmentedCall<ApiType>;
export type __DecoratedCallBase<ApiType extends ApiTypes> = DecoratedCallBase<ApiType>;

declare module '@polkadot/api-base/types/calls' {
  interface AugmentedCalls<ApiType extends ApiTypes> {
    /** 0xbc9d89904f5b923f/ */
    accountNonceApi: {
      /**
       * Get current account nonce of given `AccountId`.
       **/
      accountNonce: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<u32>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xdd718d5cc53262d4/ */
    auraApi: {
      /**
       * Return the current set of authorities.
       **/
      authorities: AugmentedCall<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>>;
      /**
       * Returns the slot duration for Aura.,, Currently, only the value provided by this type at genesis will be used.
       **/
      slotDuration: AugmentedCall<ApiType, () => Observable<SlotDuration>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x40fe3ad401f8959a/ */
    blockBuilder: {
      /**
       * Apply the given extrinsic.,, Returns an inclusion outcome which specifies if this extrinsic is included in, this block or not.
       **/
      applyExtrinsic: AugmentedCall<ApiType, (extrinsic: Extrinsic | IExtrinsic | string | Uint8Array) => Observable<Result<Result<Null, SpRuntimeDispatchError>, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Check that the inherents are valid. The inherent data will vary from chain to chain.
       **/
      checkInherents: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array, data: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<SpInherentsCheckInherentsResult>>;
      /**
       * Finish the current block.
       **/
      finalizeBlock: AugmentedCall<ApiType, () => Observable<SpRuntimeHeader>>;
      /**
       * Generate inherent extrinsics. The inherent data will vary from chain to chain.
       **/
      inherentExtrinsics: AugmentedCall<ApiType, (inherent: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<Vec<Bytes>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x011a299bd9081c2e/ */
    circuitBreakerApi: {
      /**
       * `market`'s breaker: the state enforced now, its own state, when it steps back by, itself, an emergency halt; `None` for a market without a breaker.
       **/
      market: AugmentedCall<ApiType, (market: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletBallastCircuitBreakerMarketBreakerView>>>;
      /**
       * Every market's breaker.
       **/
      markets: AugmentedCall<ApiType, () => Observable<Vec<PalletBallastCircuitBreakerMarketBreakerView>>>;
      /**
       * The venue: crisis level, global breaker, venue-wide emergency halt, withdrawal pause.
       **/
      venue: AugmentedCall<ApiType, () => Observable<PalletBallastCircuitBreakerVenueView>>;
      /**
       * What each pool (traders' collateral, the vault, the insurance fund) may still pay, out in its current window.
       **/
      withdrawalLimits: AugmentedCall<ApiType, () => Observable<Vec<PalletBallastCircuitBreakerWithdrawalLimit>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xdf6acb689907609b/ */
    core: {
      /**
       * Execute the given block.
       **/
      executeBlock: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Initialize a block with the given header and return the runtime executive mode.
       **/
      initializeBlock: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<SpRuntimeExtrinsicInclusionMode>>;
      /**
       * Returns the version of the runtime.
       **/
      version: AugmentedCall<ApiType, () => Observable<SpVersionRuntimeVersion>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xfbc577b9d747efd6/ */
    genesisBuilder: {
      /**
       * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the, storage.,, In the case of a FRAME-based runtime, this function deserializes the full, `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the, provided JSON blob is incorrect or incomplete or the deserialization fails, an error, is returned.,, Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no, defaults will be used.
       **/
      buildState: AugmentedCall<ApiType, (json: Bytes | string | Uint8Array) => Observable<Result<Null, Text>>>;
      /**
       * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by, `id`.,, If `id` is `None` the function should return JSON blob representation of the default, `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default, `RuntimeGenesisConfig`.,, Otherwise function returns a JSON representation of the built-in, named, `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not, exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of, (potentially nested) key-value pairs that are intended for customizing the default, runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation, of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can, be used in `build_state` method.
       **/
      getPreset: AugmentedCall<ApiType, (id: Option<Text> | null | Uint8Array | Text | string) => Observable<Option<Bytes>>>;
      /**
       * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.,, The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If, no named presets are provided by the runtime the list is empty.
       **/
      presetNames: AugmentedCall<ApiType, () => Observable<Vec<Text>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xed99c5acb25eedf5/ */
    grandpaApi: {
      /**
       * Get current GRANDPA authority set id.
       **/
      currentSetId: AugmentedCall<ApiType, () => Observable<u64>>;
      /**
       * Generates a proof of key ownership for the given authority in the, given set. An example usage of this module is coupled with the, session historical module to prove that a given authority key is, tied to a given staking identity during a specific session. Proofs, of key ownership are necessary for submitting equivocation reports., NOTE: even though the API takes a `set_id` as parameter the current, implementations ignore this parameter and instead rely on this, method being called at the correct block height, i.e. any point at, which the given set id is live on-chain. Future implementations will, instead use indexed data through an offchain worker, not requiring, older states to be available.
       **/
      generateKeyOwnershipProof: AugmentedCall<ApiType, (set_id: u64 | AnyNumber | Uint8Array, authority_id: SpConsensusGrandpaAppPublic | string | Uint8Array) => Observable<Option<Bytes>>>;
      /**
       * Get the current GRANDPA authorities and weights. This should not change except, for when changes are scheduled and the corresponding delay has passed.,, When called at block B, it will return the set of authorities that should be, used to finalize descendants of this block (B+1, B+2, ...). The block B itself, is finalized by the authorities from block B-1.
       **/
      grandpaAuthorities: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>>;
      /**
       * Submits an unsigned extrinsic to report an equivocation. The caller, must provide the equivocation proof and a key ownership proof, (should be obtained using `generate_key_ownership_proof`). The, extrinsic will be unsigned and should only be accepted for local, authorship (not to be broadcast to the network). This method returns, `None` when creation of the extrinsic fails, e.g. if equivocation, reporting is disabled for the given runtime (i.e. this method is, hardcoded to return `None`). Only useful in an offchain context.
       **/
      submitReportEquivocationUnsignedExtrinsic: AugmentedCall<ApiType, (equivocation_proof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, key_owner_proof: Bytes | string | Uint8Array) => Observable<Option<Null>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x9dc7372352e65189/ */
    insuranceFundApi: {
      /**
       * Each of `who`'s positions in the deleveraging queue: its score and how many, positions are ahead of it (counted up to `limit`, at most 10 000).
       **/
      adlRanking: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<PalletBallastInsuranceFundAdlRanking>>>;
      /**
       * The fund as a whole.
       **/
      fund: AugmentedCall<ApiType, () => Observable<PalletBallastInsuranceFundFundState>>;
      /**
       * A staker's shares, their value now and a pending withdrawal.
       **/
      staker: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array) => Observable<PalletBallastInsuranceFundStakerState>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x0916efb906815686/ */
    liquidationApi: {
      /**
       * `who`'s chance of reaching maintenance within the risk horizon, its PnL's deviation, over it and what it could leave unpaid; `None` without a margin account.
       **/
      accountRisk: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array) => Observable<Option<PalletBallastLiquidationAccountRisk>>>;
      /**
       * The first `limit` accounts of the index (at most 1 000), most urgent first.
       **/
      atRisk: AugmentedCall<ApiType, (limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<PalletBallastLiquidationAtRisk>>>;
      /**
       * The expected number of liquidations and the expected shortfall over the risk, horizon, summed over the first `limit` accounts of the index (at most 1 000).
       **/
      bookRisk: AugmentedCall<ApiType, (limit: u32 | AnyNumber | Uint8Array) => Observable<PalletBallastLiquidationBookRisk>>;
      /**
       * The watermark, the index's size, the entries due now (counted up to `limit`, at most, 10 000), and the parameters.
       **/
      state: AugmentedCall<ApiType, (limit: u32 | AnyNumber | Uint8Array) => Observable<PalletBallastLiquidationEngineState>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xb8815e99450d0b01/ */
    marginApi: {
      /**
       * `who`'s margin account; `None` when it has none.
       **/
      account: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array) => Observable<Option<PalletBallastMarginAccountSummary>>>;
      /**
       * Every listed market's parameters.
       **/
      markets: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[u32, PalletBallastMarginMarketParams]>>>>;
      /**
       * The vault's cash, shares, equity and the claims on it.
       **/
      vault: AugmentedCall<ApiType, () => Observable<PalletBallastMarginVaultSummary>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x37e397fc7c91f5e4/ */
    metadata: {
      /**
       * Returns the metadata of a runtime.
       **/
      metadata: AugmentedCall<ApiType, () => Observable<OpaqueMetadata>>;
      /**
       * Returns the metadata at a given version.,, If the given `version` isn't supported, this will return `None`., Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
       **/
      metadataAtVersion: AugmentedCall<ApiType, (version: u32 | AnyNumber | Uint8Array) => Observable<Option<OpaqueMetadata>>>;
      /**
       * Returns the supported metadata versions.,, This can be used to call `metadata_at_version`.
       **/
      metadataVersions: AugmentedCall<ApiType, () => Observable<Vec<u32>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xf78b278be53f454c/ */
    offchainWorkerApi: {
      /**
       * Starts the off-chain task for given block header.
       **/
      offchainWorker: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x6ef953004ba30e59/ */
    oracleApi: {
      /**
       * One market's feed; `None` for an unknown or never-priced market.
       **/
      feed: AugmentedCall<ApiType, (market: u32 | AnyNumber | Uint8Array) => Observable<Option<BallastPrimitivesOraclePriceSnapshot>>>;
      /**
       * Every listed market with its feed; `None` for a market not yet priced.
       **/
      feeds: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[u32, Option<BallastPrimitivesOraclePriceSnapshot>]>>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xd067af78e8a329d9/ */
    reputationApi: {
      /**
       * `who`'s standing now, with the leverage its tier allows in `market` (or the tier's, own without one). An account that never traded stands as a newcomer.
       **/
      standing: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array, market: Option<u32> | null | Uint8Array | u32 | AnyNumber) => Observable<PalletBallastReputationStanding>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xab3c0572291feb8b/ */
    sessionKeys: {
      /**
       * Decode the given public session keys.,, Returns the list of public raw public keys + key type.
       **/
      decodeSessionKeys: AugmentedCall<ApiType, (encoded: Bytes | string | Uint8Array) => Observable<Option<Vec<ITuple<[Bytes, SpCoreCryptoKeyTypeId]>>>>>;
      /**
       * Generate a set of session keys with optionally using the given seed., The keys should be stored within the keystore exposed via runtime, externalities.,, The seed needs to be a valid `utf8` string.,, Returns the concatenated SCALE encoded public keys.
       **/
      generateSessionKeys: AugmentedCall<ApiType, (owner: Bytes | string | Uint8Array, seed: Option<Bytes> | null | Uint8Array | Bytes | string) => Observable<SpSessionRuntimeApiOpaqueGeneratedSessionKeys>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x4ff035f1491a46aa/ */
    solvencyApi: {
      /**
       * The stablecoin's ledgers at the block whose state this is called on, with the, accounts summed from `resume` on, at most [`solvency::SOLVENCY_PAGE`] of them.
       **/
      solvency: AugmentedCall<ApiType, (resume: Option<BallastVenueRuntimeApiSolvencySolvencyCursor> | null | Uint8Array | BallastVenueRuntimeApiSolvencySolvencyCursor | { after?: any; heldSoFar?: any } | string) => Observable<BallastVenueRuntimeApiSolvency>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x45983aae77aa6bc8/ */
    stressTestApi: {
      /**
       * Each scenario's outcome, step by step; refused whole past a limit of [`stress`]. A, call's work is bounded ([`stress::MAX_CALL_BLOCKS`]): once spent, a scenario's answer, stops at the steps that ran and later scenarios answer none.
       **/
      stressTest: AugmentedCall<ApiType, (scenarios: Vec<BallastVenueRuntimeApiStressScenario> | (BallastVenueRuntimeApiStressScenario | { steps?: any; list?: any; marginMultiplier?: any } | string | Uint8Array)[]) => Observable<Result<Vec<Vec<BallastVenueRuntimeApiStressStepOutcome>>, BallastVenueRuntimeApiStressStressError>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xd2bc9897eed08f15/ */
    taggedTransactionQueue: {
      /**
       * Validate the transaction.,, This method is invoked by the transaction pool to learn details about given transaction., The implementation should make sure to verify the correctness of the transaction, against current state. The given `block_hash` corresponds to the hash of the block, that is used as current state.,, Note that this call may be performed by the pool multiple times and transactions, might be verified in any possible order.
       **/
      validateTransaction: AugmentedCall<ApiType, (source: SpRuntimeTransactionValidityTransactionSource | 'InBlock' | 'Local' | 'External' | number | Uint8Array, tx: Extrinsic | IExtrinsic | string | Uint8Array, block_hash: H256 | string | Uint8Array) => Observable<Result<SpRuntimeTransactionValidityValidTransaction, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x37c8bb1350a9a2a8/ */
    transactionPaymentApi: {
      /**
       * 
       **/
      queryFeeDetails: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * 
       **/
      queryInfo: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * 
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * 
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xf3ff14d5ab527059/ */
    transactionPaymentCallApi: {
      /**
       * Query fee details of a given encoded `Call`.
       **/
      queryCallFeeDetails: AugmentedCall<ApiType, (call: Call | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
       **/
      queryCallInfo: AugmentedCall<ApiType, (call: Call | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * Query the output of the current `LengthToFee` given some input.
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * Query the output of the current `WeightToFee` given some input.
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x42c409bfb6902cca/ */
    venueActivityApi: {
      /**
       * The activity of the block whose state this is called on.
       **/
      blockActivity: AugmentedCall<ApiType, () => Observable<BallastVenueRuntimeApiActivityBlockActivity>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xba75c0240b30ba31/ */
    venueApi: {
      /**
       * Every market the oracle lists, by id, with its name.
       **/
      markets: AugmentedCall<ApiType, () => Observable<Vec<BallastVenueRuntimeApiVenueMarket>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
  } // AugmentedCalls
} // declare module
