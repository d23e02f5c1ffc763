// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, i128, i32, i64, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { Vote } from '@polkadot/types/interfaces/elections';
import type { AccountId32, Call, H256, MultiAddress, Perbill } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletGrandpaCall (18) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpSessionMembershipProof;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (19) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (20) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (21) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (22) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (23) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (24) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (27) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (28) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpSessionMembershipProof (30) */
  interface SpSessionMembershipProof extends Struct {
    readonly session: u32;
    readonly trieNodes: Vec<Bytes>;
    readonly validatorCount: u32;
  }

  /** @name PalletBalancesCall (31) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (36) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (37) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (38) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletBallastValidatorsCall (39) */
  interface PalletBallastValidatorsCall extends Enum {
    readonly isAddValidator: boolean;
    readonly asAddValidator: {
      readonly who: AccountId32;
    } & Struct;
    readonly isRemoveValidator: boolean;
    readonly asRemoveValidator: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSetSessionLength: boolean;
    readonly asSetSessionLength: {
      readonly blocks: u32;
    } & Struct;
    readonly type: 'AddValidator' | 'RemoveValidator' | 'SetSessionLength';
  }

  /** @name PalletSessionCall (40) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: BallastRuntimeOpaqueSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name BallastRuntimeOpaqueSessionKeys (41) */
  interface BallastRuntimeOpaqueSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
    readonly oracle: PalletBallastOracleCryptoPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (42) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletBallastOracleCryptoPublic (43) */
  interface PalletBallastOracleCryptoPublic extends U8aFixed {}

  /** @name PalletAssetsCall (44) */
  interface PalletAssetsCall extends Enum {
    readonly isCreate: boolean;
    readonly asCreate: {
      readonly id: Compact<u32>;
      readonly admin: MultiAddress;
      readonly minBalance: u128;
    } & Struct;
    readonly isForceCreate: boolean;
    readonly asForceCreate: {
      readonly id: Compact<u32>;
      readonly owner: MultiAddress;
      readonly isSufficient: bool;
      readonly minBalance: Compact<u128>;
    } & Struct;
    readonly isStartDestroy: boolean;
    readonly asStartDestroy: {
      readonly id: Compact<u32>;
    } & Struct;
    readonly isDestroyAccounts: boolean;
    readonly asDestroyAccounts: {
      readonly id: Compact<u32>;
    } & Struct;
    readonly isDestroyApprovals: boolean;
    readonly asDestroyApprovals: {
      readonly id: Compact<u32>;
    } & Struct;
    readonly isFinishDestroy: boolean;
    readonly asFinishDestroy: {
      readonly id: Compact<u32>;
    } & Struct;
    readonly isMint: boolean;
    readonly asMint: {
      readonly id: Compact<u32>;
      readonly beneficiary: MultiAddress;
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly id: Compact<u32>;
      readonly who: MultiAddress;
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly id: Compact<u32>;
      readonly target: MultiAddress;
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly id: Compact<u32>;
      readonly target: MultiAddress;
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly id: Compact<u32>;
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isFreeze: boolean;
    readonly asFreeze: {
      readonly id: Compact<u32>;
      readonly who: MultiAddress;
    } & Struct;
    readonly isThaw: boolean;
    readonly asThaw: {
      readonly id: Compact<u32>;
      readonly who: MultiAddress;
    } & Struct;
    readonly isFreezeAsset: boolean;
    readonly asFreezeAsset: {
      readonly id: Compact<u32>;
    } & Struct;
    readonly isThawAsset: boolean;
    readonly asThawAsset: {
      readonly id: Compact<u32>;
    } & Struct;
    readonly isTransferOwnership: boolean;
    readonly asTransferOwnership: {
      readonly id: Compact<u32>;
      readonly owner: MultiAddress;
    } & Struct;
    readonly isSetTeam: boolean;
    readonly asSetTeam: {
      readonly id: Compact<u32>;
      readonly issuer: MultiAddress;
      readonly admin: MultiAddress;
      readonly freezer: MultiAddress;
    } & Struct;
    readonly isSetMetadata: boolean;
    readonly asSetMetadata: {
      readonly id: Compact<u32>;
      readonly name: Bytes;
      readonly symbol: Bytes;
      readonly decimals: u8;
    } & Struct;
    readonly isClearMetadata: boolean;
    readonly asClearMetadata: {
      readonly id: Compact<u32>;
    } & Struct;
    readonly isForceSetMetadata: boolean;
    readonly asForceSetMetadata: {
      readonly id: Compact<u32>;
      readonly name: Bytes;
      readonly symbol: Bytes;
      readonly decimals: u8;
      readonly isFrozen: bool;
    } & Struct;
    readonly isForceClearMetadata: boolean;
    readonly asForceClearMetadata: {
      readonly id: Compact<u32>;
    } & Struct;
    readonly isForceAssetStatus: boolean;
    readonly asForceAssetStatus: {
      readonly id: Compact<u32>;
      readonly owner: MultiAddress;
      readonly issuer: MultiAddress;
      readonly admin: MultiAddress;
      readonly freezer: MultiAddress;
      readonly minBalance: Compact<u128>;
      readonly isSufficient: bool;
      readonly isFrozen: bool;
    } & Struct;
    readonly isApproveTransfer: boolean;
    readonly asApproveTransfer: {
      readonly id: Compact<u32>;
      readonly delegate: MultiAddress;
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isCancelApproval: boolean;
    readonly asCancelApproval: {
      readonly id: Compact<u32>;
      readonly delegate: MultiAddress;
    } & Struct;
    readonly isForceCancelApproval: boolean;
    readonly asForceCancelApproval: {
      readonly id: Compact<u32>;
      readonly owner: MultiAddress;
      readonly delegate: MultiAddress;
    } & Struct;
    readonly isTransferApproved: boolean;
    readonly asTransferApproved: {
      readonly id: Compact<u32>;
      readonly owner: MultiAddress;
      readonly destination: MultiAddress;
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isTouch: boolean;
    readonly asTouch: {
      readonly id: Compact<u32>;
    } & Struct;
    readonly isRefund: boolean;
    readonly asRefund: {
      readonly id: Compact<u32>;
      readonly allowBurn: bool;
    } & Struct;
    readonly isSetMinBalance: boolean;
    readonly asSetMinBalance: {
      readonly id: Compact<u32>;
      readonly minBalance: u128;
    } & Struct;
    readonly isTouchOther: boolean;
    readonly asTouchOther: {
      readonly id: Compact<u32>;
      readonly who: MultiAddress;
    } & Struct;
    readonly isRefundOther: boolean;
    readonly asRefundOther: {
      readonly id: Compact<u32>;
      readonly who: MultiAddress;
    } & Struct;
    readonly isBlock: boolean;
    readonly asBlock: {
      readonly id: Compact<u32>;
      readonly who: MultiAddress;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly id: Compact<u32>;
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isSetReserves: boolean;
    readonly asSetReserves: {
      readonly id: Compact<u32>;
      readonly reserves: Vec<Null>;
    } & Struct;
    readonly type: 'Create' | 'ForceCreate' | 'StartDestroy' | 'DestroyAccounts' | 'DestroyApprovals' | 'FinishDestroy' | 'Mint' | 'Burn' | 'Transfer' | 'TransferKeepAlive' | 'ForceTransfer' | 'Freeze' | 'Thaw' | 'FreezeAsset' | 'ThawAsset' | 'TransferOwnership' | 'SetTeam' | 'SetMetadata' | 'ClearMetadata' | 'ForceSetMetadata' | 'ForceClearMetadata' | 'ForceAssetStatus' | 'ApproveTransfer' | 'CancelApproval' | 'ForceCancelApproval' | 'TransferApproved' | 'Touch' | 'Refund' | 'SetMinBalance' | 'TouchOther' | 'RefundOther' | 'Block' | 'TransferAll' | 'SetReserves';
  }

  /** @name PalletBallastOracleCall (48) */
  interface PalletBallastOracleCall extends Enum {
    readonly isSubmitPrices: boolean;
    readonly asSubmitPrices: {
      readonly prices: Vec<ITuple<[u32, u128]>>;
    } & Struct;
    readonly isSetMarket: boolean;
    readonly asSetMarket: {
      readonly market: u32;
      readonly config: PalletBallastOracleMarketConfig;
    } & Struct;
    readonly isRemoveMarket: boolean;
    readonly asRemoveMarket: {
      readonly market: u32;
    } & Struct;
    readonly isNameMarket: boolean;
    readonly asNameMarket: {
      readonly market: u32;
      readonly symbol: Bytes;
      readonly priceDecimals: u8;
    } & Struct;
    readonly type: 'SubmitPrices' | 'SetMarket' | 'RemoveMarket' | 'NameMarket';
  }

  /** @name PalletBallastOracleMarketConfig (53) */
  interface PalletBallastOracleMarketConfig extends Struct {
    readonly maxAge: u32;
    readonly quorum: u32;
    readonly outlierBand: Perbill;
    readonly divergenceThreshold: Perbill;
    readonly markSmoothing: Perbill;
    readonly markCap: Perbill;
    readonly volatilityDecay: Perbill;
    readonly minPrice: u128;
    readonly maxPrice: u128;
  }

  /** @name PalletBallastCircuitBreakerCall (56) */
  interface PalletBallastCircuitBreakerCall extends Enum {
    readonly isSetBreaker: boolean;
    readonly asSetBreaker: {
      readonly market: u32;
      readonly params: Option<PalletBallastCircuitBreakerBreakerParams>;
    } & Struct;
    readonly isSetVenueParams: boolean;
    readonly asSetVenueParams: {
      readonly params: PalletBallastCircuitBreakerVenueParams;
    } & Struct;
    readonly isEmergencyHalt: boolean;
    readonly asEmergencyHalt: {
      readonly target: PalletBallastCircuitBreakerTarget;
    } & Struct;
    readonly isEmergencyResume: boolean;
    readonly asEmergencyResume: {
      readonly target: PalletBallastCircuitBreakerTarget;
    } & Struct;
    readonly type: 'SetBreaker' | 'SetVenueParams' | 'EmergencyHalt' | 'EmergencyResume';
  }

  /** @name PalletBallastCircuitBreakerBreakerParams (58) */
  interface PalletBallastCircuitBreakerBreakerParams extends Struct {
    readonly window: u32;
    readonly reduceOnlyBand: Perbill;
    readonly haltBand: Perbill;
    readonly cooldown: u32;
    readonly calmVolatility: u128;
  }

  /** @name PalletBallastCircuitBreakerVenueParams (59) */
  interface PalletBallastCircuitBreakerVenueParams extends Struct {
    readonly globalDrawdown: Perbill;
    readonly globalRecovery: Perbill;
    readonly emergencyDuration: u32;
    readonly withdrawalWindow: u32;
    readonly maxNetOutflow: Perbill;
    readonly alwaysAllowed: u128;
    readonly pauseAfterBadDebt: u32;
    readonly correlationDecay: Perbill;
  }

  /** @name PalletBallastCircuitBreakerTarget (60) */
  interface PalletBallastCircuitBreakerTarget extends Enum {
    readonly isMarket: boolean;
    readonly asMarket: u32;
    readonly isVenue: boolean;
    readonly isWithdrawals: boolean;
    readonly type: 'Market' | 'Venue' | 'Withdrawals';
  }

  /** @name PalletBallastMarginCall (61) */
  interface PalletBallastMarginCall extends Enum {
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isTrade: boolean;
    readonly asTrade: {
      readonly market: u32;
      readonly delta: i128;
      readonly limitPrice: u128;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly market: u32;
      readonly limitPrice: u128;
    } & Struct;
    readonly isProvideLiquidity: boolean;
    readonly asProvideLiquidity: {
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isWithdrawLiquidity: boolean;
    readonly asWithdrawLiquidity: {
      readonly shares: Compact<u128>;
    } & Struct;
    readonly isSetMarket: boolean;
    readonly asSetMarket: {
      readonly market: u32;
      readonly params: PalletBallastMarginMarketParams;
    } & Struct;
    readonly isSetVault: boolean;
    readonly asSetVault: {
      readonly params: PalletBallastMarginVaultParams;
    } & Struct;
    readonly isSetScaling: boolean;
    readonly asSetScaling: {
      readonly params: PalletBallastMarginScalingParams;
    } & Struct;
    readonly isSetMultiplierFloor: boolean;
    readonly asSetMultiplierFloor: {
      readonly floor: Option<u128>;
    } & Struct;
    readonly type: 'Deposit' | 'Withdraw' | 'Trade' | 'Close' | 'ProvideLiquidity' | 'WithdrawLiquidity' | 'SetMarket' | 'SetVault' | 'SetScaling' | 'SetMultiplierFloor';
  }

  /** @name PalletBallastMarginMarketParams (63) */
  interface PalletBallastMarginMarketParams extends Struct {
    readonly initialMargin: u128;
    readonly maintenanceMargin: u128;
    readonly sizeTiers: Vec<PalletBallastMarginSizeTier>;
    readonly oiMarginLower: u128;
    readonly oiMarginUpper: u128;
    readonly maxOpenInterest: i128;
    readonly minOrderSize: i128;
    readonly takerFee: u128;
    readonly feeToInsurance: Perbill;
    readonly fundingRatePerSkew: u128;
    readonly maxFundingRate: u128;
    readonly impactSizeFactor: u128;
    readonly impactSkewFactor: u128;
    readonly maxImpact: u128;
    readonly maxSkewToVault: u128;
  }

  /** @name PalletBallastMarginSizeTier (65) */
  interface PalletBallastMarginSizeTier extends Struct {
    readonly minNotional: u128;
    readonly initialMargin: u128;
    readonly maintenanceMargin: u128;
  }

  /** @name PalletBallastMarginVaultParams (67) */
  interface PalletBallastMarginVaultParams extends Struct {
    readonly minBacking: u128;
    readonly penaltyToInsurance: Perbill;
  }

  /** @name PalletBallastMarginScalingParams (68) */
  interface PalletBallastMarginScalingParams extends Struct {
    readonly volatilityWeight: u128;
    readonly correlationWeight: u128;
    readonly macroMarket: Option<u32>;
    readonly macroWeight: u128;
    readonly coverTarget: u128;
    readonly coverWeight: u128;
    readonly levelTerms: Vec<u128>;
    readonly maxMultiplier: u128;
    readonly rampBlocks: u32;
    readonly stressedWeight: u128;
    readonly undercoverFeeShare: Perbill;
  }

  /** @name PalletBallastLiquidationCall (72) */
  interface PalletBallastLiquidationCall extends Enum {
    readonly isSetParams: boolean;
    readonly asSetParams: {
      readonly params: PalletBallastLiquidationLiquidationParams;
    } & Struct;
    readonly type: 'SetParams';
  }

  /** @name PalletBallastLiquidationLiquidationParams (73) */
  interface PalletBallastLiquidationLiquidationParams extends Struct {
    readonly penalty: u128;
    readonly targetHealth: u128;
    readonly blockShare: PalletBallastLiquidationBlockShares;
    readonly fundingAllowance: u128;
    readonly minPartialNotional: u128;
    readonly gapCover: u128;
    readonly riskHorizon: u32;
    readonly stressFloor: Perbill;
    readonly extremeMultiple: u32;
    readonly extremeCover: Perbill;
    readonly concentrationShare: Perbill;
    readonly concentrationFloor: u128;
  }

  /** @name PalletBallastLiquidationBlockShares (74) */
  interface PalletBallastLiquidationBlockShares extends Struct {
    readonly calm: Perbill;
    readonly elevated: Perbill;
    readonly stressed: Perbill;
    readonly crisis: Perbill;
  }

  /** @name PalletBallastInsuranceFundCall (75) */
  interface PalletBallastInsuranceFundCall extends Enum {
    readonly isStake: boolean;
    readonly asStake: {
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isRequestWithdrawal: boolean;
    readonly asRequestWithdrawal: {
      readonly shares: Compact<u128>;
    } & Struct;
    readonly isCancelWithdrawal: boolean;
    readonly isWithdraw: boolean;
    readonly isSetParams: boolean;
    readonly asSetParams: {
      readonly params: PalletBallastInsuranceFundFundParams;
    } & Struct;
    readonly isClaimPremium: boolean;
    readonly type: 'Stake' | 'RequestWithdrawal' | 'CancelWithdrawal' | 'Withdraw' | 'SetParams' | 'ClaimPremium';
  }

  /** @name PalletBallastInsuranceFundFundParams (76) */
  interface PalletBallastInsuranceFundFundParams extends Struct {
    readonly withdrawalCooldown: u32;
    readonly claimWindow: u32;
    readonly vaultLossShare: Perbill;
    readonly maxProfitToCash: Perbill;
    readonly drawdownWindow: u32;
    readonly crisisPremium: Perbill;
    readonly crisisDrawdown: Perbill;
    readonly adlRule: PalletBallastInsuranceFundAdlRule;
  }

  /** @name PalletBallastInsuranceFundAdlRule (77) */
  interface PalletBallastInsuranceFundAdlRule extends Enum {
    readonly isRanked: boolean;
    readonly isProRata: boolean;
    readonly type: 'Ranked' | 'ProRata';
  }

  /** @name PalletBallastReputationCall (78) */
  interface PalletBallastReputationCall extends Enum {
    readonly isSetParams: boolean;
    readonly asSetParams: {
      readonly params: PalletBallastReputationReputationParams;
    } & Struct;
    readonly type: 'SetParams';
  }

  /** @name PalletBallastReputationReputationParams (79) */
  interface PalletBallastReputationReputationParams extends Struct {
    readonly newcomerScore: u32;
    readonly blocksPerTenurePoint: u32;
    readonly maxTenurePoints: u32;
    readonly volumePerPoint: u128;
    readonly maxVolumePoints: u32;
    readonly identityPoints: u32;
    readonly strikeDecay: u32;
    readonly holdingBlocks: u32;
    readonly episodeBlocks: u32;
    readonly tiers: Vec<PalletBallastReputationTier>;
  }

  /** @name PalletBallastReputationTier (81) */
  interface PalletBallastReputationTier extends Struct {
    readonly minScore: u32;
    readonly maxLeverage: u128;
    readonly markets: Vec<ITuple<[u32, u128]>>;
  }

  /** @name PalletPreimageCall (84) */
  interface PalletPreimageCall extends Enum {
    readonly isNotePreimage: boolean;
    readonly asNotePreimage: {
      readonly bytes: Bytes;
    } & Struct;
    readonly isUnnotePreimage: boolean;
    readonly asUnnotePreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequestPreimage: boolean;
    readonly asRequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isUnrequestPreimage: boolean;
    readonly asUnrequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isEnsureUpdated: boolean;
    readonly asEnsureUpdated: {
      readonly hashes: Vec<H256>;
    } & Struct;
    readonly type: 'NotePreimage' | 'UnnotePreimage' | 'RequestPreimage' | 'UnrequestPreimage' | 'EnsureUpdated';
  }

  /** @name PalletSchedulerCall (86) */
  interface PalletSchedulerCall extends Enum {
    readonly isSchedule: boolean;
    readonly asSchedule: {
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isScheduleNamed: boolean;
    readonly asScheduleNamed: {
      readonly id: U8aFixed;
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancelNamed: boolean;
    readonly asCancelNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly isScheduleAfter: boolean;
    readonly asScheduleAfter: {
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isScheduleNamedAfter: boolean;
    readonly asScheduleNamedAfter: {
      readonly id: U8aFixed;
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isSetRetry: boolean;
    readonly asSetRetry: {
      readonly task: ITuple<[u32, u32]>;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isSetRetryNamed: boolean;
    readonly asSetRetryNamed: {
      readonly id: U8aFixed;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isCancelRetry: boolean;
    readonly asCancelRetry: {
      readonly task: ITuple<[u32, u32]>;
    } & Struct;
    readonly isCancelRetryNamed: boolean;
    readonly asCancelRetryNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly type: 'Schedule' | 'Cancel' | 'ScheduleNamed' | 'CancelNamed' | 'ScheduleAfter' | 'ScheduleNamedAfter' | 'SetRetry' | 'SetRetryNamed' | 'CancelRetry' | 'CancelRetryNamed';
  }

  /** @name PalletConvictionVotingCall (89) */
  interface PalletConvictionVotingCall extends Enum {
    readonly isVote: boolean;
    readonly asVote: {
      readonly pollIndex: Compact<u32>;
      readonly vote: PalletConvictionVotingVoteAccountVote;
    } & Struct;
    readonly isDelegate: boolean;
    readonly asDelegate: {
      readonly class: u16;
      readonly to: MultiAddress;
      readonly conviction: PalletConvictionVotingConviction;
      readonly balance: u128;
    } & Struct;
    readonly isUndelegate: boolean;
    readonly asUndelegate: {
      readonly class: u16;
    } & Struct;
    readonly isUnlock: boolean;
    readonly asUnlock: {
      readonly class: u16;
      readonly target: MultiAddress;
    } & Struct;
    readonly isRemoveVote: boolean;
    readonly asRemoveVote: {
      readonly class: Option<u16>;
      readonly index: u32;
    } & Struct;
    readonly isRemoveOtherVote: boolean;
    readonly asRemoveOtherVote: {
      readonly target: MultiAddress;
      readonly class: u16;
      readonly index: u32;
    } & Struct;
    readonly type: 'Vote' | 'Delegate' | 'Undelegate' | 'Unlock' | 'RemoveVote' | 'RemoveOtherVote';
  }

  /** @name PalletConvictionVotingVoteAccountVote (90) */
  interface PalletConvictionVotingVoteAccountVote extends Enum {
    readonly isStandard: boolean;
    readonly asStandard: {
      readonly vote: Vote;
      readonly balance: u128;
    } & Struct;
    readonly isSplit: boolean;
    readonly asSplit: {
      readonly aye: u128;
      readonly nay: u128;
    } & Struct;
    readonly isSplitAbstain: boolean;
    readonly asSplitAbstain: {
      readonly aye: u128;
      readonly nay: u128;
      readonly abstain: u128;
    } & Struct;
    readonly type: 'Standard' | 'Split' | 'SplitAbstain';
  }

  /** @name PalletConvictionVotingConviction (93) */
  interface PalletConvictionVotingConviction extends Enum {
    readonly isNone: boolean;
    readonly isLocked1x: boolean;
    readonly isLocked2x: boolean;
    readonly isLocked3x: boolean;
    readonly isLocked4x: boolean;
    readonly isLocked5x: boolean;
    readonly isLocked6x: boolean;
    readonly type: 'None' | 'Locked1x' | 'Locked2x' | 'Locked3x' | 'Locked4x' | 'Locked5x' | 'Locked6x';
  }

  /** @name PalletReferendaCall (95) */
  interface PalletReferendaCall extends Enum {
    readonly isSubmit: boolean;
    readonly asSubmit: {
      readonly proposalOrigin: BallastRuntimeOriginCaller;
      readonly proposal: FrameSupportPreimagesBounded;
      readonly enactmentMoment: FrameSupportScheduleDispatchTime;
    } & Struct;
    readonly isPlaceDecisionDeposit: boolean;
    readonly asPlaceDecisionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isRefundDecisionDeposit: boolean;
    readonly asRefundDecisionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly index: u32;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly index: u32;
    } & Struct;
    readonly isNudgeReferendum: boolean;
    readonly asNudgeReferendum: {
      readonly index: u32;
    } & Struct;
    readonly isOneFewerDeciding: boolean;
    readonly asOneFewerDeciding: {
      readonly track: u16;
    } & Struct;
    readonly isRefundSubmissionDeposit: boolean;
    readonly asRefundSubmissionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isSetMetadata: boolean;
    readonly asSetMetadata: {
      readonly index: u32;
      readonly maybeHash: Option<H256>;
    } & Struct;
    readonly type: 'Submit' | 'PlaceDecisionDeposit' | 'RefundDecisionDeposit' | 'Cancel' | 'Kill' | 'NudgeReferendum' | 'OneFewerDeciding' | 'RefundSubmissionDeposit' | 'SetMetadata';
  }

  /** @name BallastRuntimeOriginCaller (96) */
  interface BallastRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isOrigins: boolean;
    readonly asOrigins: BallastRuntimeGovernanceOriginsPalletOrigin;
    readonly type: 'System' | 'Origins';
  }

  /** @name FrameSupportDispatchRawOrigin (97) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name BallastRuntimeGovernanceOriginsPalletOrigin (98) */
  interface BallastRuntimeGovernanceOriginsPalletOrigin extends Enum {
    readonly isRiskParameters: boolean;
    readonly isEmergency: boolean;
    readonly isOracleAdmin: boolean;
    readonly isValidators: boolean;
    readonly type: 'RiskParameters' | 'Emergency' | 'OracleAdmin' | 'Validators';
  }

  /** @name FrameSupportPreimagesBounded (99) */
  interface FrameSupportPreimagesBounded extends Enum {
    readonly isLegacy: boolean;
    readonly asLegacy: {
      readonly hash_: H256;
    } & Struct;
    readonly isInline: boolean;
    readonly asInline: Bytes;
    readonly isLookup: boolean;
    readonly asLookup: {
      readonly hash_: H256;
      readonly len: u32;
    } & Struct;
    readonly type: 'Legacy' | 'Inline' | 'Lookup';
  }

  /** @name SpRuntimeBlakeTwo256 (100) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name FrameSupportScheduleDispatchTime (102) */
  interface FrameSupportScheduleDispatchTime extends Enum {
    readonly isAt: boolean;
    readonly asAt: u32;
    readonly isAfter: boolean;
    readonly asAfter: u32;
    readonly type: 'At' | 'After';
  }

  /** @name PalletUtilityCall (104) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: BallastRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: BallastRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name SpRuntimeMultiSignature (106) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsAuthorizeCall (108) */
  type FrameSystemExtensionsAuthorizeCall = Null;

  /** @name FrameSystemExtensionsCheckNonZeroSender (109) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (110) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (111) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (112) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (115) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (116) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (117) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameSystemExtensionsWeightReclaim (118) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameSystemAccountInfo (120) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (121) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (123) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (124) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (126) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (129) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (131) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (132) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (133) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (134) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (135) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (136) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (137) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (138) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (139) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (140) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (141) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletBalancesEvent (144) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: BallastRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: BallastRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: BallastRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: BallastRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: BallastRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (145) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name BallastRuntimeRuntimeHoldReason (146) */
  interface BallastRuntimeRuntimeHoldReason extends Enum {
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageHoldReason;
    readonly type: 'Session' | 'Preimage';
  }

  /** @name PalletSessionHoldReason (147) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletPreimageHoldReason (148) */
  interface PalletPreimageHoldReason extends Enum {
    readonly isPreimage: boolean;
    readonly type: 'Preimage';
  }

  /** @name PalletBalancesUnexpectedKind (149) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (150) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (151) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletBallastValidatorsEvent (154) */
  interface PalletBallastValidatorsEvent extends Enum {
    readonly isValidatorAdded: boolean;
    readonly asValidatorAdded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isValidatorRemoved: boolean;
    readonly asValidatorRemoved: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSessionLengthSet: boolean;
    readonly asSessionLengthSet: {
      readonly blocks: u32;
    } & Struct;
    readonly isOffenceReported: boolean;
    readonly asOffenceReported: {
      readonly who: AccountId32;
      readonly session: u32;
      readonly disabled: bool;
      readonly removed: bool;
    } & Struct;
    readonly isSetPlanned: boolean;
    readonly asSetPlanned: {
      readonly session: u32;
      readonly validators: u32;
    } & Struct;
    readonly isFeedersChanged: boolean;
    readonly asFeedersChanged: {
      readonly feeders: u32;
    } & Struct;
    readonly type: 'ValidatorAdded' | 'ValidatorRemoved' | 'SessionLengthSet' | 'OffenceReported' | 'SetPlanned' | 'FeedersChanged';
  }

  /** @name PalletSessionEvent (155) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletAssetsEvent (156) */
  interface PalletAssetsEvent extends Enum {
    readonly isCreated: boolean;
    readonly asCreated: {
      readonly assetId: u32;
      readonly creator: AccountId32;
      readonly owner: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly assetId: u32;
      readonly owner: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferred: boolean;
    readonly asTransferred: {
      readonly assetId: u32;
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly assetId: u32;
      readonly owner: AccountId32;
      readonly balance: u128;
    } & Struct;
    readonly isTeamChanged: boolean;
    readonly asTeamChanged: {
      readonly assetId: u32;
      readonly issuer: AccountId32;
      readonly admin: AccountId32;
      readonly freezer: AccountId32;
    } & Struct;
    readonly isOwnerChanged: boolean;
    readonly asOwnerChanged: {
      readonly assetId: u32;
      readonly owner: AccountId32;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly assetId: u32;
      readonly who: AccountId32;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly assetId: u32;
      readonly who: AccountId32;
    } & Struct;
    readonly isAssetFrozen: boolean;
    readonly asAssetFrozen: {
      readonly assetId: u32;
    } & Struct;
    readonly isAssetThawed: boolean;
    readonly asAssetThawed: {
      readonly assetId: u32;
    } & Struct;
    readonly isAccountsDestroyed: boolean;
    readonly asAccountsDestroyed: {
      readonly assetId: u32;
      readonly accountsDestroyed: u32;
      readonly accountsRemaining: u32;
    } & Struct;
    readonly isApprovalsDestroyed: boolean;
    readonly asApprovalsDestroyed: {
      readonly assetId: u32;
      readonly approvalsDestroyed: u32;
      readonly approvalsRemaining: u32;
    } & Struct;
    readonly isDestructionStarted: boolean;
    readonly asDestructionStarted: {
      readonly assetId: u32;
    } & Struct;
    readonly isDestroyed: boolean;
    readonly asDestroyed: {
      readonly assetId: u32;
    } & Struct;
    readonly isForceCreated: boolean;
    readonly asForceCreated: {
      readonly assetId: u32;
      readonly owner: AccountId32;
    } & Struct;
    readonly isMetadataSet: boolean;
    readonly asMetadataSet: {
      readonly assetId: u32;
      readonly name: Bytes;
      readonly symbol: Bytes;
      readonly decimals: u8;
      readonly isFrozen: bool;
    } & Struct;
    readonly isMetadataCleared: boolean;
    readonly asMetadataCleared: {
      readonly assetId: u32;
    } & Struct;
    readonly isApprovedTransfer: boolean;
    readonly asApprovedTransfer: {
      readonly assetId: u32;
      readonly source: AccountId32;
      readonly delegate: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isApprovalCancelled: boolean;
    readonly asApprovalCancelled: {
      readonly assetId: u32;
      readonly owner: AccountId32;
      readonly delegate: AccountId32;
    } & Struct;
    readonly isTransferredApproved: boolean;
    readonly asTransferredApproved: {
      readonly assetId: u32;
      readonly owner: AccountId32;
      readonly delegate: AccountId32;
      readonly destination: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isAssetStatusChanged: boolean;
    readonly asAssetStatusChanged: {
      readonly assetId: u32;
    } & Struct;
    readonly isAssetMinBalanceChanged: boolean;
    readonly asAssetMinBalanceChanged: {
      readonly assetId: u32;
      readonly newMinBalance: u128;
    } & Struct;
    readonly isTouched: boolean;
    readonly asTouched: {
      readonly assetId: u32;
      readonly who: AccountId32;
      readonly depositor: AccountId32;
    } & Struct;
    readonly isBlocked: boolean;
    readonly asBlocked: {
      readonly assetId: u32;
      readonly who: AccountId32;
    } & Struct;
    readonly isDeposited: boolean;
    readonly asDeposited: {
      readonly assetId: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdrawn: boolean;
    readonly asWithdrawn: {
      readonly assetId: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReservesUpdated: boolean;
    readonly asReservesUpdated: {
      readonly assetId: u32;
      readonly reserves: Vec<Null>;
    } & Struct;
    readonly isReservesRemoved: boolean;
    readonly asReservesRemoved: {
      readonly assetId: u32;
    } & Struct;
    readonly isIssuedCredit: boolean;
    readonly asIssuedCredit: {
      readonly assetId: u32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedCredit: boolean;
    readonly asBurnedCredit: {
      readonly assetId: u32;
      readonly amount: u128;
    } & Struct;
    readonly isIssuedDebt: boolean;
    readonly asIssuedDebt: {
      readonly assetId: u32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly assetId: u32;
      readonly amount: u128;
    } & Struct;
    readonly type: 'Created' | 'Issued' | 'Transferred' | 'Burned' | 'TeamChanged' | 'OwnerChanged' | 'Frozen' | 'Thawed' | 'AssetFrozen' | 'AssetThawed' | 'AccountsDestroyed' | 'ApprovalsDestroyed' | 'DestructionStarted' | 'Destroyed' | 'ForceCreated' | 'MetadataSet' | 'MetadataCleared' | 'ApprovedTransfer' | 'ApprovalCancelled' | 'TransferredApproved' | 'AssetStatusChanged' | 'AssetMinBalanceChanged' | 'Touched' | 'Blocked' | 'Deposited' | 'Withdrawn' | 'ReservesUpdated' | 'ReservesRemoved' | 'IssuedCredit' | 'BurnedCredit' | 'IssuedDebt' | 'BurnedDebt';
  }

  /** @name PalletSessionHistoricalPalletEvent (157) */
  interface PalletSessionHistoricalPalletEvent extends Enum {
    readonly isRootStored: boolean;
    readonly asRootStored: {
      readonly index: u32;
    } & Struct;
    readonly isRootsPruned: boolean;
    readonly asRootsPruned: {
      readonly upTo: u32;
    } & Struct;
    readonly type: 'RootStored' | 'RootsPruned';
  }

  /** @name PalletOffencesEvent (158) */
  interface PalletOffencesEvent extends Enum {
    readonly isOffence: boolean;
    readonly asOffence: {
      readonly kind: U8aFixed;
      readonly slot: Bytes;
    } & Struct;
    readonly type: 'Offence';
  }

  /** @name PalletBallastOracleEvent (160) */
  interface PalletBallastOracleEvent extends Enum {
    readonly isPricesSubmitted: boolean;
    readonly asPricesSubmitted: {
      readonly feeder: AccountId32;
      readonly markets: u32;
    } & Struct;
    readonly isStatusChanged: boolean;
    readonly asStatusChanged: {
      readonly market: u32;
      readonly from: BallastPrimitivesOraclePriceStatus;
      readonly to: BallastPrimitivesOraclePriceStatus;
    } & Struct;
    readonly isPriceAggregated: boolean;
    readonly asPriceAggregated: {
      readonly market: u32;
      readonly index: u128;
      readonly mark: u128;
      readonly feeders: u32;
    } & Struct;
    readonly isOutlierRejected: boolean;
    readonly asOutlierRejected: {
      readonly market: u32;
      readonly feeder: AccountId32;
      readonly price: u128;
    } & Struct;
    readonly isMarketConfigured: boolean;
    readonly asMarketConfigured: {
      readonly market: u32;
    } & Struct;
    readonly isMarketRemoved: boolean;
    readonly asMarketRemoved: {
      readonly market: u32;
    } & Struct;
    readonly isMarketNamed: boolean;
    readonly asMarketNamed: {
      readonly market: u32;
      readonly symbol: Bytes;
      readonly priceDecimals: u8;
    } & Struct;
    readonly isFeederSuspended: boolean;
    readonly asFeederSuspended: {
      readonly feeder: AccountId32;
      readonly outliers: u32;
      readonly until: u32;
    } & Struct;
    readonly isQuorumUnreachable: boolean;
    readonly asQuorumUnreachable: {
      readonly market: u32;
      readonly quorum: u32;
      readonly feeders: u32;
    } & Struct;
    readonly type: 'PricesSubmitted' | 'StatusChanged' | 'PriceAggregated' | 'OutlierRejected' | 'MarketConfigured' | 'MarketRemoved' | 'MarketNamed' | 'FeederSuspended' | 'QuorumUnreachable';
  }

  /** @name BallastPrimitivesOraclePriceStatus (161) */
  interface BallastPrimitivesOraclePriceStatus extends Enum {
    readonly isLive: boolean;
    readonly isStale: boolean;
    readonly isDiverging: boolean;
    readonly type: 'Live' | 'Stale' | 'Diverging';
  }

  /** @name PalletBallastCircuitBreakerEvent (162) */
  interface PalletBallastCircuitBreakerEvent extends Enum {
    readonly isStateChanged: boolean;
    readonly asStateChanged: {
      readonly market: u32;
      readonly from: BallastPrimitivesBreakerMarketState;
      readonly to: BallastPrimitivesBreakerMarketState;
      readonly cause: PalletBallastCircuitBreakerCause;
    } & Struct;
    readonly isGlobalTripped: boolean;
    readonly asGlobalTripped: {
      readonly drawdown: Perbill;
    } & Struct;
    readonly isGlobalReset: boolean;
    readonly asGlobalReset: {
      readonly drawdown: Perbill;
    } & Struct;
    readonly isEmergencyHalted: boolean;
    readonly asEmergencyHalted: {
      readonly target: PalletBallastCircuitBreakerTarget;
      readonly until: u32;
    } & Struct;
    readonly isEmergencyResumed: boolean;
    readonly asEmergencyResumed: {
      readonly target: PalletBallastCircuitBreakerTarget;
    } & Struct;
    readonly isEmergencyExpired: boolean;
    readonly asEmergencyExpired: {
      readonly target: PalletBallastCircuitBreakerTarget;
    } & Struct;
    readonly isWithdrawalsPaused: boolean;
    readonly asWithdrawalsPaused: {
      readonly until: u32;
    } & Struct;
    readonly isCrisisLevelChanged: boolean;
    readonly asCrisisLevelChanged: {
      readonly from: BallastPrimitivesBreakerCrisisLevel;
      readonly to: BallastPrimitivesBreakerCrisisLevel;
    } & Struct;
    readonly isBreakerConfigured: boolean;
    readonly asBreakerConfigured: {
      readonly market: u32;
    } & Struct;
    readonly isBreakerRemoved: boolean;
    readonly asBreakerRemoved: {
      readonly market: u32;
    } & Struct;
    readonly isVenueConfigured: boolean;
    readonly type: 'StateChanged' | 'GlobalTripped' | 'GlobalReset' | 'EmergencyHalted' | 'EmergencyResumed' | 'EmergencyExpired' | 'WithdrawalsPaused' | 'CrisisLevelChanged' | 'BreakerConfigured' | 'BreakerRemoved' | 'VenueConfigured';
  }

  /** @name BallastPrimitivesBreakerMarketState (163) */
  interface BallastPrimitivesBreakerMarketState extends Enum {
    readonly isOpen: boolean;
    readonly isReduceOnly: boolean;
    readonly isHalted: boolean;
    readonly type: 'Open' | 'ReduceOnly' | 'Halted';
  }

  /** @name PalletBallastCircuitBreakerCause (164) */
  interface PalletBallastCircuitBreakerCause extends Enum {
    readonly isPriceMove: boolean;
    readonly asPriceMove: {
      readonly moved: Perbill;
    } & Struct;
    readonly isFeedStale: boolean;
    readonly isFeedDiverging: boolean;
    readonly isStable: boolean;
    readonly isEmergencyResume: boolean;
    readonly type: 'PriceMove' | 'FeedStale' | 'FeedDiverging' | 'Stable' | 'EmergencyResume';
  }

  /** @name BallastPrimitivesBreakerCrisisLevel (165) */
  interface BallastPrimitivesBreakerCrisisLevel extends Enum {
    readonly isCalm: boolean;
    readonly isElevated: boolean;
    readonly isStressed: boolean;
    readonly isCrisis: boolean;
    readonly type: 'Calm' | 'Elevated' | 'Stressed' | 'Crisis';
  }

  /** @name PalletBallastMarginEvent (166) */
  interface PalletBallastMarginEvent extends Enum {
    readonly isDeposited: boolean;
    readonly asDeposited: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdrawn: boolean;
    readonly asWithdrawn: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTraded: boolean;
    readonly asTraded: {
      readonly who: AccountId32;
      readonly market: u32;
      readonly delta: i128;
      readonly price: u128;
      readonly size_: i128;
      readonly fee: u128;
      readonly realisedPnl: i128;
    } & Struct;
    readonly isFundingSettled: boolean;
    readonly asFundingSettled: {
      readonly who: AccountId32;
      readonly market: u32;
      readonly amount: i128;
    } & Struct;
    readonly isProfitSettled: boolean;
    readonly asProfitSettled: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isPositionReduced: boolean;
    readonly asPositionReduced: {
      readonly who: AccountId32;
      readonly market: u32;
      readonly closed: i128;
      readonly price: u128;
      readonly penalty: u128;
    } & Struct;
    readonly isShortfallTaken: boolean;
    readonly asShortfallTaken: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isVaultRefilled: boolean;
    readonly asVaultRefilled: {
      readonly from: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isInsuranceFeesCollected: boolean;
    readonly asInsuranceFeesCollected: {
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isLiquidityProvided: boolean;
    readonly asLiquidityProvided: {
      readonly who: AccountId32;
      readonly amount: u128;
      readonly shares: u128;
    } & Struct;
    readonly isLiquidityWithdrawn: boolean;
    readonly asLiquidityWithdrawn: {
      readonly who: AccountId32;
      readonly amount: u128;
      readonly shares: u128;
      readonly forfeited: u128;
    } & Struct;
    readonly isVaultPremiumShared: boolean;
    readonly asVaultPremiumShared: {
      readonly episode: u32;
      readonly pot: u128;
    } & Struct;
    readonly isMarketConfigured: boolean;
    readonly asMarketConfigured: {
      readonly market: u32;
    } & Struct;
    readonly isVaultConfigured: boolean;
    readonly isMarginScaleChanged: boolean;
    readonly asMarginScaleChanged: {
      readonly market: u32;
      readonly initial: u128;
      readonly maintenance: u128;
    } & Struct;
    readonly isScalingConfigured: boolean;
    readonly isMaintenanceRaiseInForce: boolean;
    readonly asMaintenanceRaiseInForce: {
      readonly market: u32;
    } & Struct;
    readonly isMultiplierFloorSet: boolean;
    readonly asMultiplierFloorSet: {
      readonly floor: Option<u128>;
    } & Struct;
    readonly type: 'Deposited' | 'Withdrawn' | 'Traded' | 'FundingSettled' | 'ProfitSettled' | 'PositionReduced' | 'ShortfallTaken' | 'VaultRefilled' | 'InsuranceFeesCollected' | 'LiquidityProvided' | 'LiquidityWithdrawn' | 'VaultPremiumShared' | 'MarketConfigured' | 'VaultConfigured' | 'MarginScaleChanged' | 'ScalingConfigured' | 'MaintenanceRaiseInForce' | 'MultiplierFloorSet';
  }

  /** @name PalletBallastLiquidationEvent (167) */
  interface PalletBallastLiquidationEvent extends Enum {
    readonly isLiquidated: boolean;
    readonly asLiquidated: {
      readonly who: AccountId32;
      readonly market: u32;
      readonly closed: i128;
      readonly price: u128;
      readonly penalty: u128;
      readonly healthAfter: Option<u128>;
    } & Struct;
    readonly isShortfallCovered: boolean;
    readonly asShortfallCovered: {
      readonly who: AccountId32;
      readonly market: u32;
      readonly shortfall: u128;
      readonly coverage: BallastPrimitivesFundCoverage;
    } & Struct;
    readonly isBlockProcessed: boolean;
    readonly asBlockProcessed: {
      readonly level: u128;
      readonly popped: u32;
      readonly liquidated: u32;
      readonly deferred: bool;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isParamsSet: boolean;
    readonly asParamsSet: {
      readonly params: PalletBallastLiquidationLiquidationParams;
    } & Struct;
    readonly isBookCensused: boolean;
    readonly asBookCensused: {
      readonly stressedShortfall: u128;
      readonly accounts: u32;
    } & Struct;
    readonly type: 'Liquidated' | 'ShortfallCovered' | 'BlockProcessed' | 'ParamsSet' | 'BookCensused';
  }

  /** @name BallastPrimitivesFundCoverage (168) */
  interface BallastPrimitivesFundCoverage extends Struct {
    readonly byFund: u128;
    readonly byVault: u128;
    readonly byDeleveraging: u128;
    readonly uncovered: u128;
  }

  /** @name PalletBallastInsuranceFundEvent (169) */
  interface PalletBallastInsuranceFundEvent extends Enum {
    readonly isStaked: boolean;
    readonly asStaked: {
      readonly who: AccountId32;
      readonly amount: u128;
      readonly shares: u128;
    } & Struct;
    readonly isWithdrawalRequested: boolean;
    readonly asWithdrawalRequested: {
      readonly who: AccountId32;
      readonly shares: u128;
      readonly unlocksAt: u32;
    } & Struct;
    readonly isWithdrawalCancelled: boolean;
    readonly asWithdrawalCancelled: {
      readonly who: AccountId32;
      readonly shares: u128;
    } & Struct;
    readonly isWithdrawn: boolean;
    readonly asWithdrawn: {
      readonly who: AccountId32;
      readonly shares: u128;
      readonly amount: u128;
    } & Struct;
    readonly isIncomeCollected: boolean;
    readonly asIncomeCollected: {
      readonly amount: u128;
    } & Struct;
    readonly isFundCovered: boolean;
    readonly asFundCovered: {
      readonly who: AccountId32;
      readonly market: u32;
      readonly amount: u128;
    } & Struct;
    readonly isVaultAbsorbed: boolean;
    readonly asVaultAbsorbed: {
      readonly who: AccountId32;
      readonly market: u32;
      readonly amount: u128;
    } & Struct;
    readonly isDeleveraged: boolean;
    readonly asDeleveraged: {
      readonly who: AccountId32;
      readonly market: u32;
      readonly closed: i128;
      readonly price: u128;
      readonly recovered: u128;
    } & Struct;
    readonly isDeficitCarried: boolean;
    readonly asDeficitCarried: {
      readonly market: u32;
      readonly side: PalletBallastInsuranceFundSide;
      readonly remaining: u128;
    } & Struct;
    readonly isDeficitReduced: boolean;
    readonly asDeficitReduced: {
      readonly market: u32;
      readonly side: PalletBallastInsuranceFundSide;
      readonly byFund: u128;
      readonly byDeleveraging: u128;
      readonly remaining: u128;
    } & Struct;
    readonly isProfitCapReached: boolean;
    readonly asProfitCapReached: {
      readonly market: u32;
      readonly side: PalletBallastInsuranceFundSide;
      readonly openProfit: u128;
      readonly cash: u128;
    } & Struct;
    readonly isCrisisStarted: boolean;
    readonly asCrisisStarted: {
      readonly episode: u32;
      readonly eligible: u128;
    } & Struct;
    readonly isCrisisEnded: boolean;
    readonly asCrisisEnded: {
      readonly episode: u32;
      readonly premium: u128;
      readonly perShare: u128;
    } & Struct;
    readonly isPremiumClaimed: boolean;
    readonly asPremiumClaimed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isParamsSet: boolean;
    readonly asParamsSet: {
      readonly params: PalletBallastInsuranceFundFundParams;
    } & Struct;
    readonly isSharesExtinguished: boolean;
    readonly asSharesExtinguished: {
      readonly era: u32;
    } & Struct;
    readonly type: 'Staked' | 'WithdrawalRequested' | 'WithdrawalCancelled' | 'Withdrawn' | 'IncomeCollected' | 'FundCovered' | 'VaultAbsorbed' | 'Deleveraged' | 'DeficitCarried' | 'DeficitReduced' | 'ProfitCapReached' | 'CrisisStarted' | 'CrisisEnded' | 'PremiumClaimed' | 'ParamsSet' | 'SharesExtinguished';
  }

  /** @name PalletBallastInsuranceFundSide (170) */
  interface PalletBallastInsuranceFundSide extends Enum {
    readonly isLong: boolean;
    readonly isShort: boolean;
    readonly type: 'Long' | 'Short';
  }

  /** @name PalletBallastReputationEvent (171) */
  interface PalletBallastReputationEvent extends Enum {
    readonly isTierChanged: boolean;
    readonly asTierChanged: {
      readonly who: AccountId32;
      readonly from: u32;
      readonly to: u32;
    } & Struct;
    readonly isStruck: boolean;
    readonly asStruck: {
      readonly who: AccountId32;
      readonly strikes: u8;
    } & Struct;
    readonly isParamsSet: boolean;
    readonly type: 'TierChanged' | 'Struck' | 'ParamsSet';
  }

  /** @name PalletPreimageEvent (172) */
  interface PalletPreimageEvent extends Enum {
    readonly isNoted: boolean;
    readonly asNoted: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly hash_: H256;
    } & Struct;
    readonly isCleared: boolean;
    readonly asCleared: {
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Noted' | 'Requested' | 'Cleared';
  }

  /** @name PalletSchedulerEvent (173) */
  interface PalletSchedulerEvent extends Enum {
    readonly isScheduled: boolean;
    readonly asScheduled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isCanceled: boolean;
    readonly asCanceled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isDispatched: boolean;
    readonly asDispatched: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isRetrySet: boolean;
    readonly asRetrySet: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly period: u32;
      readonly retries: u8;
    } & Struct;
    readonly isRetryCancelled: boolean;
    readonly asRetryCancelled: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isCallUnavailable: boolean;
    readonly asCallUnavailable: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPeriodicFailed: boolean;
    readonly asPeriodicFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isRetryFailed: boolean;
    readonly asRetryFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPermanentlyOverweight: boolean;
    readonly asPermanentlyOverweight: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isAgendaIncomplete: boolean;
    readonly asAgendaIncomplete: {
      readonly when: u32;
    } & Struct;
    readonly type: 'Scheduled' | 'Canceled' | 'Dispatched' | 'RetrySet' | 'RetryCancelled' | 'CallUnavailable' | 'PeriodicFailed' | 'RetryFailed' | 'PermanentlyOverweight' | 'AgendaIncomplete';
  }

  /** @name PalletConvictionVotingEvent (175) */
  interface PalletConvictionVotingEvent extends Enum {
    readonly isDelegated: boolean;
    readonly asDelegated: ITuple<[AccountId32, AccountId32, u16]>;
    readonly isUndelegated: boolean;
    readonly asUndelegated: ITuple<[AccountId32, u16]>;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly who: AccountId32;
      readonly vote: PalletConvictionVotingVoteAccountVote;
      readonly pollIndex: u32;
    } & Struct;
    readonly isVoteRemoved: boolean;
    readonly asVoteRemoved: {
      readonly who: AccountId32;
      readonly vote: PalletConvictionVotingVoteAccountVote;
      readonly pollIndex: u32;
    } & Struct;
    readonly isVoteUnlocked: boolean;
    readonly asVoteUnlocked: {
      readonly who: AccountId32;
      readonly class: u16;
    } & Struct;
    readonly type: 'Delegated' | 'Undelegated' | 'Voted' | 'VoteRemoved' | 'VoteUnlocked';
  }

  /** @name PalletReferendaEvent (176) */
  interface PalletReferendaEvent extends Enum {
    readonly isSubmitted: boolean;
    readonly asSubmitted: {
      readonly index: u32;
      readonly track: u16;
      readonly proposal: FrameSupportPreimagesBounded;
    } & Struct;
    readonly isDecisionDepositPlaced: boolean;
    readonly asDecisionDepositPlaced: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDecisionDepositRefunded: boolean;
    readonly asDecisionDepositRefunded: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDepositSlashed: boolean;
    readonly asDepositSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDecisionStarted: boolean;
    readonly asDecisionStarted: {
      readonly index: u32;
      readonly track: u16;
      readonly proposal: FrameSupportPreimagesBounded;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isConfirmStarted: boolean;
    readonly asConfirmStarted: {
      readonly index: u32;
    } & Struct;
    readonly isConfirmAborted: boolean;
    readonly asConfirmAborted: {
      readonly index: u32;
    } & Struct;
    readonly isConfirmed: boolean;
    readonly asConfirmed: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly index: u32;
    } & Struct;
    readonly isRejected: boolean;
    readonly asRejected: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isTimedOut: boolean;
    readonly asTimedOut: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isCancelled: boolean;
    readonly asCancelled: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isSubmissionDepositRefunded: boolean;
    readonly asSubmissionDepositRefunded: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMetadataSet: boolean;
    readonly asMetadataSet: {
      readonly index: u32;
      readonly hash_: H256;
    } & Struct;
    readonly isMetadataCleared: boolean;
    readonly asMetadataCleared: {
      readonly index: u32;
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Submitted' | 'DecisionDepositPlaced' | 'DecisionDepositRefunded' | 'DepositSlashed' | 'DecisionStarted' | 'ConfirmStarted' | 'ConfirmAborted' | 'Confirmed' | 'Approved' | 'Rejected' | 'TimedOut' | 'Cancelled' | 'Killed' | 'SubmissionDepositRefunded' | 'MetadataSet' | 'MetadataCleared';
  }

  /** @name PalletConvictionVotingTally (177) */
  interface PalletConvictionVotingTally extends Struct {
    readonly ayes: u128;
    readonly nays: u128;
    readonly support: u128;
  }

  /** @name PalletUtilityEvent (178) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name FrameSystemPhase (179) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (181) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (184) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (185) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (186) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (187) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (189) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (190) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (191) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (192) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (197) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name PalletGrandpaStoredState (201) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (202) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (204) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (206) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (207) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (210) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (213) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: BallastRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (216) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: BallastRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name BallastRuntimeRuntimeFreezeReason (217) */
  type BallastRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (219) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (220) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (221) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (222) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (223) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletBallastValidatorsError (228) */
  interface PalletBallastValidatorsError extends Enum {
    readonly isAlreadyValidator: boolean;
    readonly isNotValidator: boolean;
    readonly isTooManyValidators: boolean;
    readonly isTooFewValidators: boolean;
    readonly isNoSessionKeys: boolean;
    readonly isSessionLengthOutOfRange: boolean;
    readonly type: 'AlreadyValidator' | 'NotValidator' | 'TooManyValidators' | 'TooFewValidators' | 'NoSessionKeys' | 'SessionLengthOutOfRange';
  }

  /** @name SpCoreCryptoKeyTypeId (235) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (236) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletAssetsAssetDetails (237) */
  interface PalletAssetsAssetDetails extends Struct {
    readonly owner: AccountId32;
    readonly issuer: AccountId32;
    readonly admin: AccountId32;
    readonly freezer: AccountId32;
    readonly supply: u128;
    readonly deposit: u128;
    readonly minBalance: u128;
    readonly isSufficient: bool;
    readonly accounts: u32;
    readonly sufficients: u32;
    readonly approvals: u32;
    readonly status: PalletAssetsAssetStatus;
  }

  /** @name PalletAssetsAssetStatus (238) */
  interface PalletAssetsAssetStatus extends Enum {
    readonly isLive: boolean;
    readonly isFrozen: boolean;
    readonly isDestroying: boolean;
    readonly type: 'Live' | 'Frozen' | 'Destroying';
  }

  /** @name PalletAssetsAssetAccount (240) */
  interface PalletAssetsAssetAccount extends Struct {
    readonly balance: u128;
    readonly status: PalletAssetsAccountStatus;
    readonly reason: PalletAssetsExistenceReason;
    readonly extra: Null;
  }

  /** @name PalletAssetsAccountStatus (241) */
  interface PalletAssetsAccountStatus extends Enum {
    readonly isLiquid: boolean;
    readonly isFrozen: boolean;
    readonly isBlocked: boolean;
    readonly type: 'Liquid' | 'Frozen' | 'Blocked';
  }

  /** @name PalletAssetsExistenceReason (242) */
  interface PalletAssetsExistenceReason extends Enum {
    readonly isConsumer: boolean;
    readonly isSufficient: boolean;
    readonly isDepositHeld: boolean;
    readonly asDepositHeld: u128;
    readonly isDepositRefunded: boolean;
    readonly isDepositFrom: boolean;
    readonly asDepositFrom: ITuple<[AccountId32, u128]>;
    readonly type: 'Consumer' | 'Sufficient' | 'DepositHeld' | 'DepositRefunded' | 'DepositFrom';
  }

  /** @name PalletAssetsApproval (244) */
  interface PalletAssetsApproval extends Struct {
    readonly amount: u128;
    readonly deposit: u128;
  }

  /** @name PalletAssetsAssetMetadata (245) */
  interface PalletAssetsAssetMetadata extends Struct {
    readonly deposit: u128;
    readonly name: Bytes;
    readonly symbol: Bytes;
    readonly decimals: u8;
    readonly isFrozen: bool;
  }

  /** @name PalletAssetsError (247) */
  interface PalletAssetsError extends Enum {
    readonly isBalanceLow: boolean;
    readonly isNoAccount: boolean;
    readonly isNoPermission: boolean;
    readonly isUnknown: boolean;
    readonly isFrozen: boolean;
    readonly isInUse: boolean;
    readonly isBadWitness: boolean;
    readonly isMinBalanceZero: boolean;
    readonly isUnavailableConsumer: boolean;
    readonly isBadMetadata: boolean;
    readonly isUnapproved: boolean;
    readonly isWouldDie: boolean;
    readonly isAlreadyExists: boolean;
    readonly isNoDeposit: boolean;
    readonly isWouldBurn: boolean;
    readonly isLiveAsset: boolean;
    readonly isAssetNotLive: boolean;
    readonly isIncorrectStatus: boolean;
    readonly isNotFrozen: boolean;
    readonly isCallbackFailed: boolean;
    readonly isBadAssetId: boolean;
    readonly isAssetIdAllocationFailed: boolean;
    readonly isContainsFreezes: boolean;
    readonly isContainsHolds: boolean;
    readonly isTooManyReserves: boolean;
    readonly isIncompleteDepositTransfer: boolean;
    readonly type: 'BalanceLow' | 'NoAccount' | 'NoPermission' | 'Unknown' | 'Frozen' | 'InUse' | 'BadWitness' | 'MinBalanceZero' | 'UnavailableConsumer' | 'BadMetadata' | 'Unapproved' | 'WouldDie' | 'AlreadyExists' | 'NoDeposit' | 'WouldBurn' | 'LiveAsset' | 'AssetNotLive' | 'IncorrectStatus' | 'NotFrozen' | 'CallbackFailed' | 'BadAssetId' | 'AssetIdAllocationFailed' | 'ContainsFreezes' | 'ContainsHolds' | 'TooManyReserves' | 'IncompleteDepositTransfer';
  }

  /** @name SpStakingOffenceOffenceDetails (249) */
  interface SpStakingOffenceOffenceDetails extends Struct {
    readonly offender: ITuple<[AccountId32, Null]>;
    readonly reporters: Vec<AccountId32>;
  }

  /** @name PalletBallastOracleSubmission (252) */
  interface PalletBallastOracleSubmission extends Struct {
    readonly price: u128;
    readonly submittedAt: u32;
  }

  /** @name PalletBallastOracleFeed (253) */
  interface PalletBallastOracleFeed extends Struct {
    readonly index: u128;
    readonly mark: u128;
    readonly variance: u128;
    readonly updatedAt: u32;
    readonly status: BallastPrimitivesOraclePriceStatus;
  }

  /** @name PalletBallastOracleRecentOutliers (254) */
  interface PalletBallastOracleRecentOutliers extends Struct {
    readonly count: u32;
    readonly since: u32;
  }

  /** @name PalletBallastOracleStressRecord (255) */
  interface PalletBallastOracleStressRecord extends Struct {
    readonly periodStart: u32;
    readonly worst: Vec<u128>;
    readonly beforeLast: u128;
    readonly filtered: u128;
  }

  /** @name BallastPrimitivesOracleMarketName (258) */
  interface BallastPrimitivesOracleMarketName extends Struct {
    readonly symbol: Bytes;
    readonly priceDecimals: u8;
  }

  /** @name PalletBallastOracleError (259) */
  interface PalletBallastOracleError extends Enum {
    readonly isNotFeeder: boolean;
    readonly isAlreadySubmitted: boolean;
    readonly isUnknownMarket: boolean;
    readonly isPriceOutOfRange: boolean;
    readonly isDuplicateMarket: boolean;
    readonly isEmptySubmission: boolean;
    readonly isInvalidConfig: boolean;
    readonly isQuorumAboveFeeders: boolean;
    readonly isFeederSuspended: boolean;
    readonly isTooManyMarkets: boolean;
    readonly isInvalidName: boolean;
    readonly isSymbolTaken: boolean;
    readonly type: 'NotFeeder' | 'AlreadySubmitted' | 'UnknownMarket' | 'PriceOutOfRange' | 'DuplicateMarket' | 'EmptySubmission' | 'InvalidConfig' | 'QuorumAboveFeeders' | 'FeederSuspended' | 'TooManyMarkets' | 'InvalidName' | 'SymbolTaken';
  }

  /** @name PalletBallastCircuitBreakerBreaker (260) */
  interface PalletBallastCircuitBreakerBreaker extends Struct {
    readonly params: PalletBallastCircuitBreakerBreakerParams;
    readonly state: BallastPrimitivesBreakerMarketState;
    readonly since: u32;
    readonly disturbedAt: u32;
    readonly samples: Vec<ITuple<[u32, u128]>>;
    readonly lastIndex: Option<u128>;
    readonly emergencyUntil: Option<u32>;
    readonly wasLive: bool;
  }

  /** @name PalletBallastCircuitBreakerVenueState (261) */
  interface PalletBallastCircuitBreakerVenueState extends Struct {
    readonly globalTripped: bool;
    readonly emergencyUntil: Option<u32>;
    readonly withdrawalsPausedUntil: Option<u32>;
    readonly withdrawalsHaltedUntil: Option<u32>;
    readonly level: BallastPrimitivesBreakerCrisisLevel;
  }

  /** @name BallastPrimitivesBreakerWithdrawalPool (262) */
  interface BallastPrimitivesBreakerWithdrawalPool extends Enum {
    readonly isCollateral: boolean;
    readonly isVault: boolean;
    readonly isFund: boolean;
    readonly type: 'Collateral' | 'Vault' | 'Fund';
  }

  /** @name PalletBallastCircuitBreakerOutflow (263) */
  interface PalletBallastCircuitBreakerOutflow extends Struct {
    readonly windowStart: u32;
    readonly heldAtStart: u128;
    readonly netOutflow: u128;
  }

  /** @name PalletBallastCircuitBreakerCorrelation (264) */
  interface PalletBallastCircuitBreakerCorrelation extends Struct {
    readonly meanReturnSquared: u128;
    readonly returnSquaredMean: u128;
    readonly estimate: u128;
  }

  /** @name PalletBallastCircuitBreakerError (265) */
  interface PalletBallastCircuitBreakerError extends Enum {
    readonly isInvalidParameters: boolean;
    readonly isTooManyMarkets: boolean;
    readonly isUnknownMarket: boolean;
    readonly isNotHalted: boolean;
    readonly type: 'InvalidParameters' | 'TooManyMarkets' | 'UnknownMarket' | 'NotHalted';
  }

  /** @name PalletBallastMarginMarket (266) */
  interface PalletBallastMarginMarket extends Struct {
    readonly params: PalletBallastMarginMarketParams;
    readonly totals: PalletBallastMarginMarketTotals;
    readonly scale: PalletBallastMarginMarginScale;
    readonly raisedFrom: Option<PalletBallastMarginMarketParams>;
  }

  /** @name PalletBallastMarginMarketTotals (267) */
  interface PalletBallastMarginMarketTotals extends Struct {
    readonly longSize: i128;
    readonly shortSize: i128;
    readonly longEntryValue: u128;
    readonly shortEntryValue: u128;
    readonly fundingIndex: i128;
    readonly fundingUpdated: u32;
    readonly valuedAt: u128;
    readonly longPnl: i128;
    readonly shortPnl: i128;
  }

  /** @name PalletBallastMarginMarginScale (269) */
  interface PalletBallastMarginMarginScale extends Struct {
    readonly initial: u128;
    readonly maintenance: u128;
    readonly phaseIn: u128;
  }

  /** @name PalletBallastMarginMarginAccount (271) */
  interface PalletBallastMarginMarginAccount extends Struct {
    readonly collateral: u128;
    readonly unsettledProfit: u128;
    readonly shortfall: u128;
    readonly positions: Vec<ITuple<[u32, PalletBallastMarginPosition]>>;
  }

  /** @name PalletBallastMarginPosition (274) */
  interface PalletBallastMarginPosition extends Struct {
    readonly size_: i128;
    readonly entryValue: u128;
    readonly fundingIndex: i128;
  }

  /** @name PalletBallastMarginPooledLedgers (276) */
  interface PalletBallastMarginPooledLedgers extends Struct {
    readonly vault: PalletBallastMarginVault;
    readonly unsettledProfit: u128;
    readonly insuranceFees: u128;
    readonly openPnl: PalletBallastMarginTradersPnl;
    readonly premium: PalletBallastMarginVaultPremium;
  }

  /** @name PalletBallastMarginVault (277) */
  interface PalletBallastMarginVault extends Struct {
    readonly cash: u128;
    readonly shares: u128;
  }

  /** @name PalletBallastMarginTradersPnl (278) */
  interface PalletBallastMarginTradersPnl extends Struct {
    readonly net: i128;
    readonly openProfit: u128;
  }

  /** @name PalletBallastMarginVaultPremium (279) */
  interface PalletBallastMarginVaultPremium extends Struct {
    readonly episode: Option<u32>;
    readonly rate: Perbill;
    readonly pot: u128;
  }

  /** @name BallastPrimitivesFundLossSource (281) */
  interface BallastPrimitivesFundLossSource extends Struct {
    readonly market: u32;
    readonly shortfall: u128;
    readonly closed: i128;
    readonly price: u128;
  }

  /** @name FrameSupportPalletId (283) */
  interface FrameSupportPalletId extends U8aFixed {}

  /** @name PalletBallastMarginError (284) */
  interface PalletBallastMarginError extends Enum {
    readonly isZero: boolean;
    readonly isBelowMinimumDeposit: boolean;
    readonly isInsufficientCollateral: boolean;
    readonly isWouldBreachMargin: boolean;
    readonly isUnknownMarket: boolean;
    readonly isOrderTooSmall: boolean;
    readonly isPriceUnavailable: boolean;
    readonly isPriceLimitExceeded: boolean;
    readonly isImpactTooLarge: boolean;
    readonly isInsufficientMargin: boolean;
    readonly isLeverageTooHigh: boolean;
    readonly isOpenInterestCap: boolean;
    readonly isVaultCapacity: boolean;
    readonly isTooManyPositions: boolean;
    readonly isMarketReduceOnly: boolean;
    readonly isMarketHalted: boolean;
    readonly isNoPosition: boolean;
    readonly isOverflow: boolean;
    readonly isFloorOutOfRange: boolean;
    readonly isInvalidParameters: boolean;
    readonly isTooManyMarkets: boolean;
    readonly isInsufficientShares: boolean;
    readonly isVaultInsolvent: boolean;
    readonly isVaultBackingTight: boolean;
    readonly isVaultEmpty: boolean;
    readonly isWithdrawalsPaused: boolean;
    readonly isWithdrawalLimited: boolean;
    readonly type: 'Zero' | 'BelowMinimumDeposit' | 'InsufficientCollateral' | 'WouldBreachMargin' | 'UnknownMarket' | 'OrderTooSmall' | 'PriceUnavailable' | 'PriceLimitExceeded' | 'ImpactTooLarge' | 'InsufficientMargin' | 'LeverageTooHigh' | 'OpenInterestCap' | 'VaultCapacity' | 'TooManyPositions' | 'MarketReduceOnly' | 'MarketHalted' | 'NoPosition' | 'Overflow' | 'FloorOutOfRange' | 'InvalidParameters' | 'TooManyMarkets' | 'InsufficientShares' | 'VaultInsolvent' | 'VaultBackingTight' | 'VaultEmpty' | 'WithdrawalsPaused' | 'WithdrawalLimited';
  }

  /** @name PalletBallastLiquidationFollowed (287) */
  interface PalletBallastLiquidationFollowed extends Struct {
    readonly market: u32;
    readonly mark: u128;
    readonly index: u128;
  }

  /** @name PalletBallastLiquidationCensus (290) */
  interface PalletBallastLiquidationCensus extends Struct {
    readonly cursor: Option<ITuple<[U8aFixed, AccountId32]>>;
    readonly running: PalletBallastLiquidationStressedLoss;
  }

  /** @name PalletBallastLiquidationStressedLoss (292) */
  interface PalletBallastLiquidationStressedLoss extends Struct {
    readonly down: u128;
    readonly up: u128;
    readonly extremeDown: u128;
    readonly extremeUp: u128;
    readonly accounts: u32;
  }

  /** @name PalletBallastLiquidationCensusResult (293) */
  interface PalletBallastLiquidationCensusResult extends Struct {
    readonly loss: PalletBallastLiquidationStressedLoss;
    readonly target: u128;
    readonly at: u32;
  }

  /** @name PalletBallastLiquidationError (294) */
  interface PalletBallastLiquidationError extends Enum {
    readonly isInvalidParams: boolean;
    readonly type: 'InvalidParams';
  }

  /** @name PalletBallastInsuranceFundPendingWithdrawal (295) */
  interface PalletBallastInsuranceFundPendingWithdrawal extends Struct {
    readonly shares: u128;
    readonly unlocksAt: u32;
  }

  /** @name PalletBallastInsuranceFundDeficit (298) */
  interface PalletBallastInsuranceFundDeficit extends Struct {
    readonly price: u128;
    readonly remaining: u128;
  }

  /** @name PalletBallastInsuranceFundEpisode (299) */
  interface PalletBallastInsuranceFundEpisode extends Struct {
    readonly id: u32;
    readonly pot: u128;
    readonly eligible: u128;
  }

  /** @name PalletBallastInsuranceFundPremiumRecord (300) */
  interface PalletBallastInsuranceFundPremiumRecord extends Struct {
    readonly checkpoint: u128;
    readonly owed: u128;
    readonly actedIn: Option<ITuple<[u32, u128]>>;
  }

  /** @name PalletBallastInsuranceFundError (303) */
  interface PalletBallastInsuranceFundError extends Enum {
    readonly isZero: boolean;
    readonly isBelowMinimumStake: boolean;
    readonly isInsufficientShares: boolean;
    readonly isWithdrawalPending: boolean;
    readonly isNoWithdrawal: boolean;
    readonly isCooldownActive: boolean;
    readonly isWithdrawalLapsed: boolean;
    readonly isBelowMinimumRemaining: boolean;
    readonly isOverflow: boolean;
    readonly isInvalidParams: boolean;
    readonly isNoPremium: boolean;
    readonly isWithdrawalsPaused: boolean;
    readonly isWithdrawalLimited: boolean;
    readonly type: 'Zero' | 'BelowMinimumStake' | 'InsufficientShares' | 'WithdrawalPending' | 'NoWithdrawal' | 'CooldownActive' | 'WithdrawalLapsed' | 'BelowMinimumRemaining' | 'Overflow' | 'InvalidParams' | 'NoPremium' | 'WithdrawalsPaused' | 'WithdrawalLimited';
  }

  /** @name PalletBallastReputationRecord (304) */
  interface PalletBallastReputationRecord extends Struct {
    readonly firstSeen: u32;
    readonly volume: u128;
    readonly heldVolume: u128;
    readonly heldSince: u32;
    readonly strikes: u8;
    readonly strikesUpdated: u32;
  }

  /** @name PalletBallastReputationError (305) */
  interface PalletBallastReputationError extends Enum {
    readonly isInvalidParameters: boolean;
    readonly type: 'InvalidParameters';
  }

  /** @name PalletPreimageOldRequestStatus (306) */
  interface PalletPreimageOldRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly deposit: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly deposit: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly len: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageRequestStatus (309) */
  interface PalletPreimageRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly ticket: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly maybeTicket: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly maybeLen: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageError (314) */
  interface PalletPreimageError extends Enum {
    readonly isTooBig: boolean;
    readonly isAlreadyNoted: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNotNoted: boolean;
    readonly isRequested: boolean;
    readonly isNotRequested: boolean;
    readonly isTooMany: boolean;
    readonly isTooFew: boolean;
    readonly type: 'TooBig' | 'AlreadyNoted' | 'NotAuthorized' | 'NotNoted' | 'Requested' | 'NotRequested' | 'TooMany' | 'TooFew';
  }

  /** @name PalletSchedulerScheduled (317) */
  interface PalletSchedulerScheduled extends Struct {
    readonly maybeId: Option<U8aFixed>;
    readonly priority: u8;
    readonly call: FrameSupportPreimagesBounded;
    readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
    readonly origin: BallastRuntimeOriginCaller;
  }

  /** @name PalletSchedulerRetryConfig (319) */
  interface PalletSchedulerRetryConfig extends Struct {
    readonly totalRetries: u8;
    readonly remaining: u8;
    readonly period: u32;
  }

  /** @name PalletSchedulerError (320) */
  interface PalletSchedulerError extends Enum {
    readonly isFailedToSchedule: boolean;
    readonly isNotFound: boolean;
    readonly isTargetBlockNumberInPast: boolean;
    readonly isRescheduleNoChange: boolean;
    readonly isNamed: boolean;
    readonly type: 'FailedToSchedule' | 'NotFound' | 'TargetBlockNumberInPast' | 'RescheduleNoChange' | 'Named';
  }

  /** @name PalletConvictionVotingVoteVoting (322) */
  interface PalletConvictionVotingVoteVoting extends Enum {
    readonly isCasting: boolean;
    readonly asCasting: PalletConvictionVotingVoteCasting;
    readonly isDelegating: boolean;
    readonly asDelegating: PalletConvictionVotingVoteDelegating;
    readonly type: 'Casting' | 'Delegating';
  }

  /** @name PalletConvictionVotingVoteCasting (323) */
  interface PalletConvictionVotingVoteCasting extends Struct {
    readonly votes: Vec<ITuple<[u32, PalletConvictionVotingVoteAccountVote]>>;
    readonly delegations: PalletConvictionVotingDelegations;
    readonly prior: PalletConvictionVotingVotePriorLock;
  }

  /** @name PalletConvictionVotingDelegations (327) */
  interface PalletConvictionVotingDelegations extends Struct {
    readonly votes: u128;
    readonly capital: u128;
  }

  /** @name PalletConvictionVotingVotePriorLock (328) */
  interface PalletConvictionVotingVotePriorLock extends ITuple<[u32, u128]> {}

  /** @name PalletConvictionVotingVoteDelegating (329) */
  interface PalletConvictionVotingVoteDelegating extends Struct {
    readonly balance: u128;
    readonly target: AccountId32;
    readonly conviction: PalletConvictionVotingConviction;
    readonly delegations: PalletConvictionVotingDelegations;
    readonly prior: PalletConvictionVotingVotePriorLock;
  }

  /** @name PalletConvictionVotingError (333) */
  interface PalletConvictionVotingError extends Enum {
    readonly isNotOngoing: boolean;
    readonly isNotVoter: boolean;
    readonly isNoPermission: boolean;
    readonly isNoPermissionYet: boolean;
    readonly isAlreadyDelegating: boolean;
    readonly isAlreadyVoting: boolean;
    readonly isInsufficientFunds: boolean;
    readonly isNotDelegating: boolean;
    readonly isNonsense: boolean;
    readonly isMaxVotesReached: boolean;
    readonly isClassNeeded: boolean;
    readonly isBadClass: boolean;
    readonly type: 'NotOngoing' | 'NotVoter' | 'NoPermission' | 'NoPermissionYet' | 'AlreadyDelegating' | 'AlreadyVoting' | 'InsufficientFunds' | 'NotDelegating' | 'Nonsense' | 'MaxVotesReached' | 'ClassNeeded' | 'BadClass';
  }

  /** @name PalletReferendaReferendumInfo (334) */
  interface PalletReferendaReferendumInfo extends Enum {
    readonly isOngoing: boolean;
    readonly asOngoing: PalletReferendaReferendumStatus;
    readonly isApproved: boolean;
    readonly asApproved: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isRejected: boolean;
    readonly asRejected: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isCancelled: boolean;
    readonly asCancelled: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isTimedOut: boolean;
    readonly asTimedOut: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isKilled: boolean;
    readonly asKilled: u32;
    readonly type: 'Ongoing' | 'Approved' | 'Rejected' | 'Cancelled' | 'TimedOut' | 'Killed';
  }

  /** @name PalletReferendaReferendumStatus (335) */
  interface PalletReferendaReferendumStatus extends Struct {
    readonly track: u16;
    readonly origin: BallastRuntimeOriginCaller;
    readonly proposal: FrameSupportPreimagesBounded;
    readonly enactment: FrameSupportScheduleDispatchTime;
    readonly submitted: u32;
    readonly submissionDeposit: PalletReferendaDeposit;
    readonly decisionDeposit: Option<PalletReferendaDeposit>;
    readonly deciding: Option<PalletReferendaDecidingStatus>;
    readonly tally: PalletConvictionVotingTally;
    readonly inQueue: bool;
    readonly alarm: Option<ITuple<[u32, ITuple<[u32, u32]>]>>;
  }

  /** @name PalletReferendaDeposit (336) */
  interface PalletReferendaDeposit extends Struct {
    readonly who: AccountId32;
    readonly amount: u128;
  }

  /** @name PalletReferendaDecidingStatus (339) */
  interface PalletReferendaDecidingStatus extends Struct {
    readonly since: u32;
    readonly confirming: Option<u32>;
  }

  /** @name PalletReferendaTrackDetails (346) */
  interface PalletReferendaTrackDetails extends Struct {
    readonly name: Text;
    readonly maxDeciding: u32;
    readonly decisionDeposit: u128;
    readonly preparePeriod: u32;
    readonly decisionPeriod: u32;
    readonly confirmPeriod: u32;
    readonly minEnactmentPeriod: u32;
    readonly minApproval: PalletReferendaCurve;
    readonly minSupport: PalletReferendaCurve;
  }

  /** @name PalletReferendaCurve (347) */
  interface PalletReferendaCurve extends Enum {
    readonly isLinearDecreasing: boolean;
    readonly asLinearDecreasing: {
      readonly length: Perbill;
      readonly floor: Perbill;
      readonly ceil: Perbill;
    } & Struct;
    readonly isSteppedDecreasing: boolean;
    readonly asSteppedDecreasing: {
      readonly begin: Perbill;
      readonly end: Perbill;
      readonly step: Perbill;
      readonly period: Perbill;
    } & Struct;
    readonly isReciprocal: boolean;
    readonly asReciprocal: {
      readonly factor: i64;
      readonly xOffset: i64;
      readonly yOffset: i64;
    } & Struct;
    readonly type: 'LinearDecreasing' | 'SteppedDecreasing' | 'Reciprocal';
  }

  /** @name PalletReferendaError (350) */
  interface PalletReferendaError extends Enum {
    readonly isNotOngoing: boolean;
    readonly isHasDeposit: boolean;
    readonly isBadTrack: boolean;
    readonly isFull: boolean;
    readonly isQueueEmpty: boolean;
    readonly isBadReferendum: boolean;
    readonly isNothingToDo: boolean;
    readonly isNoTrack: boolean;
    readonly isUnfinished: boolean;
    readonly isNoPermission: boolean;
    readonly isNoDeposit: boolean;
    readonly isBadStatus: boolean;
    readonly isPreimageNotExist: boolean;
    readonly isPreimageStoredWithDifferentLength: boolean;
    readonly type: 'NotOngoing' | 'HasDeposit' | 'BadTrack' | 'Full' | 'QueueEmpty' | 'BadReferendum' | 'NothingToDo' | 'NoTrack' | 'Unfinished' | 'NoPermission' | 'NoDeposit' | 'BadStatus' | 'PreimageNotExist' | 'PreimageStoredWithDifferentLength';
  }

  /** @name PalletUtilityError (351) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name BallastRuntimeRuntime (352) */
  type BallastRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (353) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (354) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (358) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (363) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (364) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (365) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (366) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (371) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (372) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (374) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (377) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (384) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (385) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (387) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name BallastVenueRuntimeApiVenueMarket (389) */
  interface BallastVenueRuntimeApiVenueMarket extends Struct {
    readonly id: u32;
    readonly name: Option<BallastPrimitivesOracleMarketName>;
  }

  /** @name BallastPrimitivesOraclePriceSnapshot (394) */
  interface BallastPrimitivesOraclePriceSnapshot extends Struct {
    readonly index: u128;
    readonly mark: u128;
    readonly volatility: u128;
    readonly updatedAt: u32;
    readonly status: BallastPrimitivesOraclePriceStatus;
  }

  /** @name PalletBallastMarginAccountSummary (396) */
  interface PalletBallastMarginAccountSummary extends Struct {
    readonly collateral: u128;
    readonly unsettledProfit: u128;
    readonly shortfall: u128;
    readonly equity: i128;
    readonly initialRequirement: u128;
    readonly maintenanceRequirement: u128;
    readonly health: Option<u128>;
    readonly withdrawable: u128;
    readonly positions: Vec<PalletBallastMarginPositionSummary>;
  }

  /** @name PalletBallastMarginPositionSummary (398) */
  interface PalletBallastMarginPositionSummary extends Struct {
    readonly market: u32;
    readonly size_: i128;
    readonly entryPrice: u128;
    readonly markPrice: u128;
    readonly unrealisedPnl: i128;
    readonly fundingOwed: i128;
    readonly liquidationPrice: Option<u128>;
  }

  /** @name PalletBallastMarginVaultSummary (399) */
  interface PalletBallastMarginVaultSummary extends Struct {
    readonly cash: u128;
    readonly shares: u128;
    readonly equity: i128;
    readonly openProfit: u128;
    readonly unsettledProfit: u128;
    readonly insuranceFees: u128;
    readonly crisisEpisode: Option<u32>;
    readonly crisisPot: u128;
  }

  /** @name PalletBallastLiquidationAtRisk (403) */
  interface PalletBallastLiquidationAtRisk extends Struct {
    readonly who: AccountId32;
    readonly trigger: u128;
    readonly distance: u128;
    readonly health: BallastPrimitivesMarginAccountHealth;
    readonly probability: Perbill;
  }

  /** @name BallastPrimitivesMarginAccountHealth (404) */
  interface BallastPrimitivesMarginAccountHealth extends Struct {
    readonly equity: i128;
    readonly initialRequirement: u128;
    readonly maintenanceRequirement: u128;
  }

  /** @name PalletBallastLiquidationEngineState (405) */
  interface PalletBallastLiquidationEngineState extends Struct {
    readonly watermark: u128;
    readonly marketsFollowed: u32;
    readonly indexed: u32;
    readonly due: u32;
    readonly fundingCap: u128;
    readonly params: PalletBallastLiquidationLiquidationParams;
  }

  /** @name PalletBallastLiquidationAccountRisk (407) */
  interface PalletBallastLiquidationAccountRisk extends Struct {
    readonly probability: Perbill;
    readonly headroom: i128;
    readonly pnlDeviation: u128;
    readonly expectedShortfall: u128;
    readonly horizon: u32;
  }

  /** @name PalletBallastLiquidationBookRisk (408) */
  interface PalletBallastLiquidationBookRisk extends Struct {
    readonly accounts: u32;
    readonly truncated: bool;
    readonly expectedLiquidations: u128;
    readonly expectedShortfall: u128;
    readonly horizon: u32;
  }

  /** @name BallastVenueRuntimeApiStressScenario (410) */
  interface BallastVenueRuntimeApiStressScenario extends Struct {
    readonly steps: Vec<BallastVenueRuntimeApiStressStep>;
    readonly list: u32;
    readonly marginMultiplier: Option<u128>;
  }

  /** @name BallastVenueRuntimeApiStressStep (412) */
  interface BallastVenueRuntimeApiStressStep extends Struct {
    readonly shocks: Vec<BallastVenueRuntimeApiStressShock>;
    readonly outages: Vec<u32>;
  }

  /** @name BallastVenueRuntimeApiStressShock (414) */
  interface BallastVenueRuntimeApiStressShock extends Struct {
    readonly market: u32;
    readonly by: BallastVenueRuntimeApiStressPriceMove;
  }

  /** @name BallastVenueRuntimeApiStressPriceMove (415) */
  interface BallastVenueRuntimeApiStressPriceMove extends Enum {
    readonly isBasisPoints: boolean;
    readonly asBasisPoints: i32;
    readonly isTo: boolean;
    readonly asTo: u128;
    readonly type: 'BasisPoints' | 'To';
  }

  /** @name BallastVenueRuntimeApiStressStepOutcome (420) */
  interface BallastVenueRuntimeApiStressStepOutcome extends Struct {
    readonly block: u32;
    readonly prices: Vec<ITuple<[u32, Option<ITuple<[u128, u128]>>]>>;
    readonly liquidatedPartially: u32;
    readonly liquidatedWholly: u32;
    readonly largest: Vec<BallastVenueRuntimeApiStressLiquidated>;
    readonly notionalClosed: u128;
    readonly shortfall: u128;
    readonly fundCovered: u128;
    readonly vaultAbsorbed: u128;
    readonly deleveraged: u128;
    readonly deleveragedPositions: u32;
    readonly deficitCarried: u128;
    readonly breakers: Vec<ITuple<[u32, BallastPrimitivesBreakerMarketState]>>;
    readonly crisisLevel: BallastPrimitivesBreakerCrisisLevel;
    readonly fundBalance: u128;
    readonly vaultEquity: i128;
  }

  /** @name BallastVenueRuntimeApiStressLiquidated (426) */
  interface BallastVenueRuntimeApiStressLiquidated extends Struct {
    readonly who: AccountId32;
    readonly market: u32;
    readonly notional: u128;
    readonly loss: u128;
    readonly whole: bool;
  }

  /** @name BallastVenueRuntimeApiStressStressError (429) */
  interface BallastVenueRuntimeApiStressStressError extends Enum {
    readonly isTooManyScenarios: boolean;
    readonly asTooManyScenarios: {
      readonly max: u32;
    } & Struct;
    readonly isBadStepCount: boolean;
    readonly asBadStepCount: {
      readonly scenario: u32;
      readonly max: u32;
    } & Struct;
    readonly isTooManyShocks: boolean;
    readonly asTooManyShocks: {
      readonly scenario: u32;
      readonly step: u32;
      readonly max: u32;
    } & Struct;
    readonly isTooManyListed: boolean;
    readonly asTooManyListed: {
      readonly max: u32;
    } & Struct;
    readonly isUnknownMarket: boolean;
    readonly asUnknownMarket: {
      readonly market: u32;
    } & Struct;
    readonly isBadShock: boolean;
    readonly asBadShock: {
      readonly market: u32;
    } & Struct;
    readonly isBadMarginMultiplier: boolean;
    readonly asBadMarginMultiplier: {
      readonly scenario: u32;
      readonly max: u32;
    } & Struct;
    readonly type: 'TooManyScenarios' | 'BadStepCount' | 'TooManyShocks' | 'TooManyListed' | 'UnknownMarket' | 'BadShock' | 'BadMarginMultiplier';
  }

  /** @name BallastVenueRuntimeApiActivityBlockActivity (430) */
  interface BallastVenueRuntimeApiActivityBlockActivity extends Struct {
    readonly liquidatedPartially: u32;
    readonly liquidatedWholly: u32;
    readonly notionalClosed: u128;
    readonly penalties: u128;
    readonly shortfall: u128;
    readonly fundCovered: u128;
    readonly vaultAbsorbed: u128;
    readonly deleveraged: u128;
    readonly deleveragedPositions: u32;
    readonly deficitCarried: u128;
    readonly hookRefTime: u64;
    readonly hookProofSize: u64;
    readonly popped: u32;
    readonly deferred: bool;
    readonly feeds: Vec<BallastVenueRuntimeApiActivityFeedActivity>;
    readonly breakers: Vec<ITuple<[u32, BallastPrimitivesBreakerMarketState]>>;
  }

  /** @name BallastVenueRuntimeApiActivityFeedActivity (432) */
  interface BallastVenueRuntimeApiActivityFeedActivity extends Struct {
    readonly market: u32;
    readonly feeders: u32;
    readonly outliers: u32;
  }

  /** @name BallastVenueRuntimeApiSolvencySolvencyCursor (434) */
  interface BallastVenueRuntimeApiSolvencySolvencyCursor extends Struct {
    readonly after: Bytes;
    readonly heldSoFar: u128;
  }

  /** @name BallastVenueRuntimeApiSolvency (435) */
  interface BallastVenueRuntimeApiSolvency extends Struct {
    readonly supply: u128;
    readonly heldByAccounts: u128;
    readonly marginHeld: u128;
    readonly collateral: u128;
    readonly vaultCash: u128;
    readonly feesOwedToFund: u128;
    readonly shortfall: u128;
    readonly fundLedger: u128;
    readonly fundHeld: u128;
    readonly conserved: bool;
    readonly next: Option<BallastVenueRuntimeApiSolvencySolvencyCursor>;
  }

  /** @name PalletBallastInsuranceFundFundState (436) */
  interface PalletBallastInsuranceFundFundState extends Struct {
    readonly balance: u128;
    readonly shares: u128;
    readonly sharePrice: Option<u128>;
    readonly pendingShares: u128;
    readonly drawdown: Perbill;
    readonly deficits: u128;
    readonly premiumReserved: u128;
    readonly episode: Option<PalletBallastInsuranceFundEpisode>;
    readonly params: PalletBallastInsuranceFundFundParams;
    readonly target: Option<u128>;
    readonly cover: Option<u128>;
  }

  /** @name PalletBallastInsuranceFundStakerState (439) */
  interface PalletBallastInsuranceFundStakerState extends Struct {
    readonly shares: u128;
    readonly value: u128;
    readonly pending: Option<PalletBallastInsuranceFundPendingWithdrawal>;
    readonly premium: u128;
  }

  /** @name PalletBallastInsuranceFundAdlRanking (442) */
  interface PalletBallastInsuranceFundAdlRanking extends Struct {
    readonly market: u32;
    readonly side: PalletBallastInsuranceFundSide;
    readonly score: u128;
    readonly ahead: u32;
  }

  /** @name PalletBallastCircuitBreakerMarketBreakerView (444) */
  interface PalletBallastCircuitBreakerMarketBreakerView extends Struct {
    readonly market: u32;
    readonly effective: BallastPrimitivesBreakerMarketState;
    readonly state: BallastPrimitivesBreakerMarketState;
    readonly since: u32;
    readonly disturbedAt: u32;
    readonly stepsBackAt: Option<u32>;
    readonly emergencyUntil: Option<u32>;
    readonly params: PalletBallastCircuitBreakerBreakerParams;
  }

  /** @name PalletBallastCircuitBreakerVenueView (446) */
  interface PalletBallastCircuitBreakerVenueView extends Struct {
    readonly level: BallastPrimitivesBreakerCrisisLevel;
    readonly globalTripped: bool;
    readonly emergencyUntil: Option<u32>;
    readonly withdrawalsPausedUntil: Option<u32>;
    readonly withdrawalsHaltedUntil: Option<u32>;
    readonly correlation: u128;
    readonly params: PalletBallastCircuitBreakerVenueParams;
  }

  /** @name PalletBallastCircuitBreakerWithdrawalLimit (448) */
  interface PalletBallastCircuitBreakerWithdrawalLimit extends Struct {
    readonly pool: BallastPrimitivesBreakerWithdrawalPool;
    readonly remaining: u128;
    readonly windowEndsAt: u32;
  }

  /** @name PalletBallastReputationStanding (449) */
  interface PalletBallastReputationStanding extends Struct {
    readonly score: u32;
    readonly strikes: u8;
    readonly tier: u32;
    readonly maxLeverage: u128;
  }

  /** @name BallastRuntimeRuntimeError (453) */
  interface BallastRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isValidatorSet: boolean;
    readonly asValidatorSet: PalletBallastValidatorsError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isAssets: boolean;
    readonly asAssets: PalletAssetsError;
    readonly isOracle: boolean;
    readonly asOracle: PalletBallastOracleError;
    readonly isCircuitBreaker: boolean;
    readonly asCircuitBreaker: PalletBallastCircuitBreakerError;
    readonly isMargin: boolean;
    readonly asMargin: PalletBallastMarginError;
    readonly isLiquidation: boolean;
    readonly asLiquidation: PalletBallastLiquidationError;
    readonly isInsuranceFund: boolean;
    readonly asInsuranceFund: PalletBallastInsuranceFundError;
    readonly isReputation: boolean;
    readonly asReputation: PalletBallastReputationError;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageError;
    readonly isScheduler: boolean;
    readonly asScheduler: PalletSchedulerError;
    readonly isConvictionVoting: boolean;
    readonly asConvictionVoting: PalletConvictionVotingError;
    readonly isReferenda: boolean;
    readonly asReferenda: PalletReferendaError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly type: 'System' | 'Grandpa' | 'Balances' | 'Sudo' | 'ValidatorSet' | 'Session' | 'Assets' | 'Oracle' | 'CircuitBreaker' | 'Margin' | 'Liquidation' | 'InsuranceFund' | 'Reputation' | 'Preimage' | 'Scheduler' | 'ConvictionVoting' | 'Referenda' | 'Utility';
  }

} // declare module
