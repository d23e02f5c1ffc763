// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, i128, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { BallastPrimitivesBreakerCrisisLevel, BallastPrimitivesBreakerMarketState, BallastPrimitivesFundCoverage, BallastPrimitivesOraclePriceStatus, BallastRuntimeRuntimeHoldReason, FrameSupportPreimagesBounded, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, PalletBalancesUnexpectedKind, PalletBallastCircuitBreakerCause, PalletBallastCircuitBreakerTarget, PalletBallastInsuranceFundFundParams, PalletBallastInsuranceFundSide, PalletBallastLiquidationLiquidationParams, PalletConvictionVotingTally, PalletConvictionVotingVoteAccountVote, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    assets: {
      /**
       * Accounts were destroyed for given asset.
       **/
      AccountsDestroyed: AugmentedEvent<ApiType, [assetId: u32, accountsDestroyed: u32, accountsRemaining: u32], { assetId: u32, accountsDestroyed: u32, accountsRemaining: u32 }>;
      /**
       * An approval for account `delegate` was cancelled by `owner`.
       **/
      ApprovalCancelled: AugmentedEvent<ApiType, [assetId: u32, owner: AccountId32, delegate: AccountId32], { assetId: u32, owner: AccountId32, delegate: AccountId32 }>;
      /**
       * Approvals were destroyed for given asset.
       **/
      ApprovalsDestroyed: AugmentedEvent<ApiType, [assetId: u32, approvalsDestroyed: u32, approvalsRemaining: u32], { assetId: u32, approvalsDestroyed: u32, approvalsRemaining: u32 }>;
      /**
       * (Additional) funds have been approved for transfer to a destination account.
       **/
      ApprovedTransfer: AugmentedEvent<ApiType, [assetId: u32, source: AccountId32, delegate: AccountId32, amount: u128], { assetId: u32, source: AccountId32, delegate: AccountId32, amount: u128 }>;
      /**
       * Some asset `asset_id` was frozen.
       **/
      AssetFrozen: AugmentedEvent<ApiType, [assetId: u32], { assetId: u32 }>;
      /**
       * The min_balance of an asset has been updated by the asset owner.
       **/
      AssetMinBalanceChanged: AugmentedEvent<ApiType, [assetId: u32, newMinBalance: u128], { assetId: u32, newMinBalance: u128 }>;
      /**
       * An asset has had its attributes changed by the `Force` origin.
       **/
      AssetStatusChanged: AugmentedEvent<ApiType, [assetId: u32], { assetId: u32 }>;
      /**
       * Some asset `asset_id` was thawed.
       **/
      AssetThawed: AugmentedEvent<ApiType, [assetId: u32], { assetId: u32 }>;
      /**
       * Some account `who` was blocked.
       **/
      Blocked: AugmentedEvent<ApiType, [assetId: u32, who: AccountId32], { assetId: u32, who: AccountId32 }>;
      /**
       * Some assets were destroyed.
       **/
      Burned: AugmentedEvent<ApiType, [assetId: u32, owner: AccountId32, balance: u128], { assetId: u32, owner: AccountId32, balance: u128 }>;
      /**
       * Some assets Credit was destroyed.
       **/
      BurnedCredit: AugmentedEvent<ApiType, [assetId: u32, amount: u128], { assetId: u32, amount: u128 }>;
      /**
       * Some assets Debt was destroyed (and assets issued).
       **/
      BurnedDebt: AugmentedEvent<ApiType, [assetId: u32, amount: u128], { assetId: u32, amount: u128 }>;
      /**
       * Some asset class was created.
       **/
      Created: AugmentedEvent<ApiType, [assetId: u32, creator: AccountId32, owner: AccountId32], { assetId: u32, creator: AccountId32, owner: AccountId32 }>;
      /**
       * Some assets were deposited (e.g. for transaction fees).
       **/
      Deposited: AugmentedEvent<ApiType, [assetId: u32, who: AccountId32, amount: u128], { assetId: u32, who: AccountId32, amount: u128 }>;
      /**
       * An asset class was destroyed.
       **/
      Destroyed: AugmentedEvent<ApiType, [assetId: u32], { assetId: u32 }>;
      /**
       * An asset class is in the process of being destroyed.
       **/
      DestructionStarted: AugmentedEvent<ApiType, [assetId: u32], { assetId: u32 }>;
      /**
       * Some asset class was force-created.
       **/
      ForceCreated: AugmentedEvent<ApiType, [assetId: u32, owner: AccountId32], { assetId: u32, owner: AccountId32 }>;
      /**
       * Some account `who` was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [assetId: u32, who: AccountId32], { assetId: u32, who: AccountId32 }>;
      /**
       * Some assets were issued.
       **/
      Issued: AugmentedEvent<ApiType, [assetId: u32, owner: AccountId32, amount: u128], { assetId: u32, owner: AccountId32, amount: u128 }>;
      /**
       * Some assets were issued as Credit (no owner yet).
       **/
      IssuedCredit: AugmentedEvent<ApiType, [assetId: u32, amount: u128], { assetId: u32, amount: u128 }>;
      /**
       * Some assets were burned and a Debt was created.
       **/
      IssuedDebt: AugmentedEvent<ApiType, [assetId: u32, amount: u128], { assetId: u32, amount: u128 }>;
      /**
       * Metadata has been cleared for an asset.
       **/
      MetadataCleared: AugmentedEvent<ApiType, [assetId: u32], { assetId: u32 }>;
      /**
       * New metadata has been set for an asset.
       **/
      MetadataSet: AugmentedEvent<ApiType, [assetId: u32, name: Bytes, symbol_: Bytes, decimals: u8, isFrozen: bool], { assetId: u32, name: Bytes, symbol: Bytes, decimals: u8, isFrozen: bool }>;
      /**
       * The owner changed.
       **/
      OwnerChanged: AugmentedEvent<ApiType, [assetId: u32, owner: AccountId32], { assetId: u32, owner: AccountId32 }>;
      /**
       * Reserve information was removed for `asset_id`.
       **/
      ReservesRemoved: AugmentedEvent<ApiType, [assetId: u32], { assetId: u32 }>;
      /**
       * Reserve information was set or updated for `asset_id`.
       **/
      ReservesUpdated: AugmentedEvent<ApiType, [assetId: u32, reserves: Vec<Null>], { assetId: u32, reserves: Vec<Null> }>;
      /**
       * The management team changed.
       **/
      TeamChanged: AugmentedEvent<ApiType, [assetId: u32, issuer: AccountId32, admin: AccountId32, freezer: AccountId32], { assetId: u32, issuer: AccountId32, admin: AccountId32, freezer: AccountId32 }>;
      /**
       * Some account `who` was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [assetId: u32, who: AccountId32], { assetId: u32, who: AccountId32 }>;
      /**
       * Some account `who` was created with a deposit from `depositor`.
       **/
      Touched: AugmentedEvent<ApiType, [assetId: u32, who: AccountId32, depositor: AccountId32], { assetId: u32, who: AccountId32, depositor: AccountId32 }>;
      /**
       * Some assets were transferred.
       **/
      Transferred: AugmentedEvent<ApiType, [assetId: u32, from: AccountId32, to: AccountId32, amount: u128], { assetId: u32, from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * An `amount` was transferred in its entirety from `owner` to `destination` by
       * the approved `delegate`.
       **/
      TransferredApproved: AugmentedEvent<ApiType, [assetId: u32, owner: AccountId32, delegate: AccountId32, destination: AccountId32, amount: u128], { assetId: u32, owner: AccountId32, delegate: AccountId32, destination: AccountId32, amount: u128 }>;
      /**
       * Some assets were withdrawn from the account (e.g. for transaction fees).
       **/
      Withdrawn: AugmentedEvent<ApiType, [assetId: u32, who: AccountId32, amount: u128], { assetId: u32, who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: BallastRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: BallastRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: BallastRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: BallastRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: BallastRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: BallastRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: BallastRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: BallastRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: BallastRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: BallastRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    circuitBreaker: {
      /**
       * A market's breaker was set up or re-parameterised.
       **/
      BreakerConfigured: AugmentedEvent<ApiType, [market: u32], { market: u32 }>;
      /**
       * A market's breaker was removed: the market is only subject to venue-wide breakers.
       **/
      BreakerRemoved: AugmentedEvent<ApiType, [market: u32], { market: u32 }>;
      /**
       * The venue's crisis level changed.
       **/
      CrisisLevelChanged: AugmentedEvent<ApiType, [from: BallastPrimitivesBreakerCrisisLevel, to: BallastPrimitivesBreakerCrisisLevel], { from: BallastPrimitivesBreakerCrisisLevel, to: BallastPrimitivesBreakerCrisisLevel }>;
      /**
       * An emergency halt ran out.
       **/
      EmergencyExpired: AugmentedEvent<ApiType, [target: PalletBallastCircuitBreakerTarget], { target: PalletBallastCircuitBreakerTarget }>;
      /**
       * An emergency halt began or was renewed.
       **/
      EmergencyHalted: AugmentedEvent<ApiType, [target: PalletBallastCircuitBreakerTarget, until: u32], { target: PalletBallastCircuitBreakerTarget, until: u32 }>;
      /**
       * The emergency origin resumed trading.
       **/
      EmergencyResumed: AugmentedEvent<ApiType, [target: PalletBallastCircuitBreakerTarget], { target: PalletBallastCircuitBreakerTarget }>;
      /**
       * The fund recovered: the global breaker let go.
       **/
      GlobalReset: AugmentedEvent<ApiType, [drawdown: Perbill], { drawdown: Perbill }>;
      /**
       * The fund's drawdown passed the threshold: every market is reduce-only.
       **/
      GlobalTripped: AugmentedEvent<ApiType, [drawdown: Perbill], { drawdown: Perbill }>;
      /**
       * A market's own breaker changed state.
       **/
      StateChanged: AugmentedEvent<ApiType, [market: u32, from: BallastPrimitivesBreakerMarketState, to: BallastPrimitivesBreakerMarketState, cause: PalletBallastCircuitBreakerCause], { market: u32, from: BallastPrimitivesBreakerMarketState, to: BallastPrimitivesBreakerMarketState, cause: PalletBallastCircuitBreakerCause }>;
      /**
       * The venue's parameters changed.
       **/
      VenueConfigured: AugmentedEvent<ApiType, []>;
      /**
       * Bad debt appeared: withdrawals pause.
       **/
      WithdrawalsPaused: AugmentedEvent<ApiType, [until: u32], { until: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    convictionVoting: {
      /**
       * An account has delegated their vote to another account. \[who, target\]
       **/
      Delegated: AugmentedEvent<ApiType, [AccountId32, AccountId32, u16]>;
      /**
       * An \[account\] has cancelled a previous delegation operation.
       **/
      Undelegated: AugmentedEvent<ApiType, [AccountId32, u16]>;
      /**
       * An account has voted
       **/
      Voted: AugmentedEvent<ApiType, [who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32], { who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32 }>;
      /**
       * A vote has been removed
       **/
      VoteRemoved: AugmentedEvent<ApiType, [who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32], { who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32 }>;
      /**
       * The lockup period of a conviction vote expired, and the funds have been unlocked.
       **/
      VoteUnlocked: AugmentedEvent<ApiType, [who: AccountId32, class_: u16], { who: AccountId32, class: u16 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    historical: {
      /**
       * The merkle roots of up to this session index were pruned
       **/
      RootsPruned: AugmentedEvent<ApiType, [upTo: u32], { upTo: u32 }>;
      /**
       * The merkle root of the validators of the said session were stored
       **/
      RootStored: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    insuranceFund: {
      /**
       * A crisis ended: its premium is shared over the shares that stood through it.
       **/
      CrisisEnded: AugmentedEvent<ApiType, [episode: u32, premium: u128, perShare: u128], { episode: u32, premium: u128, perShare: u128 }>;
      /**
       * A crisis began (a market's breaker tripped or the fund's drawdown passed its
       * threshold) with income to share: `eligible` shares stand in it.
       **/
      CrisisStarted: AugmentedEvent<ApiType, [episode: u32, eligible: u128], { episode: u32, eligible: u128 }>;
      /**
       * Part of a loss is still to be recovered by later blocks.
       **/
      DeficitCarried: AugmentedEvent<ApiType, [market: u32, side: PalletBallastInsuranceFundSide, remaining: u128], { market: u32, side: PalletBallastInsuranceFundSide, remaining: u128 }>;
      /**
       * A carried deficit shrank: by the fund's income or by deleveraging.
       **/
      DeficitReduced: AugmentedEvent<ApiType, [market: u32, side: PalletBallastInsuranceFundSide, byFund: u128, byDeleveraging: u128, remaining: u128], { market: u32, side: PalletBallastInsuranceFundSide, byFund: u128, byDeleveraging: u128, remaining: u128 }>;
      /**
       * Step 3: a position was deleveraged. `recovered` is what it gave up (at the bankruptcy
       * price) or the profit it settled (at the mark).
       **/
      Deleveraged: AugmentedEvent<ApiType, [who: AccountId32, market: u32, closed: i128, price: u128, recovered: u128], { who: AccountId32, market: u32, closed: i128, price: u128, recovered: u128 }>;
      /**
       * Step 1 of the waterfall: the fund paid a shortfall into the vault.
       **/
      FundCovered: AugmentedEvent<ApiType, [who: AccountId32, market: u32, amount: u128], { who: AccountId32, market: u32, amount: u128 }>;
      /**
       * Fees and penalties the margin engine kept for the fund arrived.
       **/
      IncomeCollected: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * The parameters changed.
       **/
      ParamsSet: AugmentedEvent<ApiType, [params: PalletBallastInsuranceFundFundParams], { params: PalletBallastInsuranceFundFundParams }>;
      /**
       * A staker took their crisis premium.
       **/
      PremiumClaimed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Traders' open profit passed its bound of the vault's cash: positions are reduced at
       * the mark.
       **/
      ProfitCapReached: AugmentedEvent<ApiType, [market: u32, side: PalletBallastInsuranceFundSide, openProfit: u128, cash: u128], { market: u32, side: PalletBallastInsuranceFundSide, openProfit: u128, cash: u128 }>;
      /**
       * The fund had been wiped out: every share outstanding was extinguished as a new stake
       * came in, which starts share era `era`.
       **/
      SharesExtinguished: AugmentedEvent<ApiType, [era: u32], { era: u32 }>;
      /**
       * Stablecoin staked for shares.
       **/
      Staked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128, shares: u128], { who: AccountId32, amount: u128, shares: u128 }>;
      /**
       * Step 2: the vault's liquidity providers bore part of a shortfall.
       **/
      VaultAbsorbed: AugmentedEvent<ApiType, [who: AccountId32, market: u32, amount: u128], { who: AccountId32, market: u32, amount: u128 }>;
      /**
       * A pending withdrawal was taken back.
       **/
      WithdrawalCancelled: AugmentedEvent<ApiType, [who: AccountId32, shares: u128], { who: AccountId32, shares: u128 }>;
      /**
       * A staker asked to leave; the shares bear losses until claimed.
       **/
      WithdrawalRequested: AugmentedEvent<ApiType, [who: AccountId32, shares: u128, unlocksAt: u32], { who: AccountId32, shares: u128, unlocksAt: u32 }>;
      /**
       * A staker left with what the shares were worth at the claim.
       **/
      Withdrawn: AugmentedEvent<ApiType, [who: AccountId32, shares: u128, amount: u128], { who: AccountId32, shares: u128, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    liquidation: {
      /**
       * What the hook did this block: entries taken off the index, accounts liquidated,
       * whether due entries were left for the next block, and the weight it metered.
       **/
      BlockProcessed: AugmentedEvent<ApiType, [level: u128, popped: u32, liquidated: u32, deferred: bool, weight: SpWeightsWeightV2Weight], { level: u128, popped: u32, liquidated: u32, deferred: bool, weight: SpWeightsWeightV2Weight }>;
      /**
       * A sweep of the book finished: the bad debt it would leave if every market gapped
       * against it by its stressed move at once (the worse direction), the insurance fund's
       * target.
       **/
      BookCensused: AugmentedEvent<ApiType, [stressedShortfall: u128, accounts: u32], { stressedShortfall: u128, accounts: u32 }>;
      /**
       * Part or all of a position was closed by the protocol.
       **/
      Liquidated: AugmentedEvent<ApiType, [who: AccountId32, market: u32, closed: i128, price: u128, penalty: u128, healthAfter: Option<u128>], { who: AccountId32, market: u32, closed: i128, price: u128, penalty: u128, healthAfter: Option<u128> }>;
      /**
       * The parameters changed.
       **/
      ParamsSet: AugmentedEvent<ApiType, [params: PalletBallastLiquidationLiquidationParams], { params: PalletBallastLiquidationLiquidationParams }>;
      /**
       * A bankrupt account's shortfall went down the loss waterfall; `market` left the
       * largest part of it (the waterfall charges each market its own part).
       **/
      ShortfallCovered: AugmentedEvent<ApiType, [who: AccountId32, market: u32, shortfall: u128, coverage: BallastPrimitivesFundCoverage], { who: AccountId32, market: u32, shortfall: u128, coverage: BallastPrimitivesFundCoverage }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    margin: {
      /**
       * Collateral deposited into a margin account.
       **/
      Deposited: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Funding settled on a position: positive paid by the account, negative received.
       **/
      FundingSettled: AugmentedEvent<ApiType, [who: AccountId32, market: u32, amount: i128], { who: AccountId32, market: u32, amount: i128 }>;
      /**
       * The fees and penalties kept for the insurance fund went to it.
       **/
      InsuranceFeesCollected: AugmentedEvent<ApiType, [to: AccountId32, amount: u128], { to: AccountId32, amount: u128 }>;
      /**
       * A liquidity provider deposited into the vault.
       **/
      LiquidityProvided: AugmentedEvent<ApiType, [who: AccountId32, amount: u128, shares: u128], { who: AccountId32, amount: u128, shares: u128 }>;
      /**
       * A liquidity provider redeemed vault shares; during a crisis episode `forfeited` of the
       * vault's crisis premium stayed with the providers who hold still.
       **/
      LiquidityWithdrawn: AugmentedEvent<ApiType, [who: AccountId32, amount: u128, shares: u128, forfeited: u128], { who: AccountId32, amount: u128, shares: u128, forfeited: u128 }>;
      /**
       * A raise of `market`'s maintenance fractions is wholly in force: its phase-in ended.
       **/
      MaintenanceRaiseInForce: AugmentedEvent<ApiType, [market: u32], { market: u32 }>;
      /**
       * A market's margin multipliers crossed a quarter band (up or down).
       **/
      MarginScaleChanged: AugmentedEvent<ApiType, [market: u32, initial: u128, maintenance: u128], { market: u32, initial: u128, maintenance: u128 }>;
      /**
       * A market was listed or re-parameterised.
       **/
      MarketConfigured: AugmentedEvent<ApiType, [market: u32], { market: u32 }>;
      /**
       * The floor under every market's margin multipliers changed (`None`: removed).
       **/
      MultiplierFloorSet: AugmentedEvent<ApiType, [floor: Option<u128>], { floor: Option<u128> }>;
      /**
       * The protocol reduced a position (liquidation or deleveraging).
       **/
      PositionReduced: AugmentedEvent<ApiType, [who: AccountId32, market: u32, closed: i128, price: u128, penalty: u128], { who: AccountId32, market: u32, closed: i128, price: u128, penalty: u128 }>;
      /**
       * Profit the vault owed was paid into the account's collateral.
       **/
      ProfitSettled: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The dynamic margins' coefficients changed.
       **/
      ScalingConfigured: AugmentedEvent<ApiType, []>;
      /**
       * An account's unpayable loss was taken off it as bad debt.
       **/
      ShortfallTaken: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * A trade executed against the vault.
       **/
      Traded: AugmentedEvent<ApiType, [who: AccountId32, market: u32, delta: i128, price: u128, size_: i128, fee: u128, realisedPnl: i128], { who: AccountId32, market: u32, delta: i128, price: u128, size_: i128, fee: u128, realisedPnl: i128 }>;
      /**
       * The vault's parameters changed.
       **/
      VaultConfigured: AugmentedEvent<ApiType, []>;
      /**
       * The crisis `episode` ended: the `pot` the vault held for it is ordinary equity again,
       * shared by every vault share outstanding.
       **/
      VaultPremiumShared: AugmentedEvent<ApiType, [episode: u32, pot: u128], { episode: u32, pot: u128 }>;
      /**
       * The insurance fund paid into the vault's cash to make good a loss it bore.
       **/
      VaultRefilled: AugmentedEvent<ApiType, [from: AccountId32, amount: u128], { from: AccountId32, amount: u128 }>;
      /**
       * Collateral withdrawn from a margin account.
       **/
      Withdrawn: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    offences: {
      /**
       * There is an offence reported of the given `kind` happened at the `session_index` and
       * (kind-specific) time slot. This event is not deposited for duplicate slashes.
       * \[kind, slot\].
       **/
      Offence: AugmentedEvent<ApiType, [kind: U8aFixed, slot: Bytes], { kind: U8aFixed, slot: Bytes }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    oracle: {
      /**
       * A feeder's prices were outliers `outliers` times within the window: its submissions
       * are refused until `until`. Governance may remove its validator (and so its feed).
       **/
      FeederSuspended: AugmentedEvent<ApiType, [feeder: AccountId32, outliers: u32, until: u32], { feeder: AccountId32, outliers: u32, until: u32 }>;
      /**
       * A market was listed or reconfigured.
       **/
      MarketConfigured: AugmentedEvent<ApiType, [market: u32], { market: u32 }>;
      /**
       * A market was given its symbol and price decimals (or renamed).
       **/
      MarketNamed: AugmentedEvent<ApiType, [market: u32, symbol_: Bytes, priceDecimals: u8], { market: u32, symbol: Bytes, priceDecimals: u8 }>;
      /**
       * A market was removed with its submissions, feed and name.
       **/
      MarketRemoved: AugmentedEvent<ApiType, [market: u32], { market: u32 }>;
      /**
       * A feeder's price was farther than the outlier band from the median.
       **/
      OutlierRejected: AugmentedEvent<ApiType, [market: u32, feeder: AccountId32, price: u128], { market: u32, feeder: AccountId32, price: u128 }>;
      /**
       * A market's index and mark were updated from a quorum of fresh prices.
       **/
      PriceAggregated: AugmentedEvent<ApiType, [market: u32, index: u128, mark: u128, feeders: u32], { market: u32, index: u128, mark: u128, feeders: u32 }>;
      /**
       * A feeder submitted prices.
       **/
      PricesSubmitted: AugmentedEvent<ApiType, [feeder: AccountId32, markets: u32], { feeder: AccountId32, markets: u32 }>;
      /**
       * The feeder set shrank below a market's quorum: the market cannot price until the
       * admin lowers its quorum or feeders are added.
       **/
      QuorumUnreachable: AugmentedEvent<ApiType, [market: u32, quorum: u32, feeders: u32], { market: u32, quorum: u32, feeders: u32 }>;
      /**
       * A market's feed changed status.
       **/
      StatusChanged: AugmentedEvent<ApiType, [market: u32, from: BallastPrimitivesOraclePriceStatus, to: BallastPrimitivesOraclePriceStatus], { market: u32, from: BallastPrimitivesOraclePriceStatus, to: BallastPrimitivesOraclePriceStatus }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    preimage: {
      /**
       * A preimage has ben cleared.
       **/
      Cleared: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been noted.
       **/
      Noted: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been requested.
       **/
      Requested: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    referenda: {
      /**
       * A referendum has been approved and its proposal has been scheduled.
       **/
      Approved: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * A referendum has been cancelled.
       **/
      Cancelled: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      ConfirmAborted: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * A referendum has ended its confirmation phase and is ready for approval.
       **/
      Confirmed: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      ConfirmStarted: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * The decision deposit has been placed.
       **/
      DecisionDepositPlaced: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * The decision deposit has been refunded.
       **/
      DecisionDepositRefunded: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * A referendum has moved into the deciding phase.
       **/
      DecisionStarted: AugmentedEvent<ApiType, [index: u32, track: u16, proposal: FrameSupportPreimagesBounded, tally: PalletConvictionVotingTally], { index: u32, track: u16, proposal: FrameSupportPreimagesBounded, tally: PalletConvictionVotingTally }>;
      /**
       * A deposit has been slashed.
       **/
      DepositSlashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * A referendum has been killed.
       **/
      Killed: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * Metadata for a referendum has been cleared.
       **/
      MetadataCleared: AugmentedEvent<ApiType, [index: u32, hash_: H256], { index: u32, hash_: H256 }>;
      /**
       * Metadata for a referendum has been set.
       **/
      MetadataSet: AugmentedEvent<ApiType, [index: u32, hash_: H256], { index: u32, hash_: H256 }>;
      /**
       * A proposal has been rejected by referendum.
       **/
      Rejected: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * The submission deposit has been refunded.
       **/
      SubmissionDepositRefunded: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * A referendum has been submitted.
       **/
      Submitted: AugmentedEvent<ApiType, [index: u32, track: u16, proposal: FrameSupportPreimagesBounded], { index: u32, track: u16, proposal: FrameSupportPreimagesBounded }>;
      /**
       * A referendum has been timed out without being decided.
       **/
      TimedOut: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    reputation: {
      /**
       * The parameters changed.
       **/
      ParamsSet: AugmentedEvent<ApiType, []>;
      /**
       * A liquidation or bad debt counted against an account.
       **/
      Struck: AugmentedEvent<ApiType, [who: AccountId32, strikes: u8], { who: AccountId32, strikes: u8 }>;
      /**
       * An account's tier changed with a report.
       **/
      TierChanged: AugmentedEvent<ApiType, [who: AccountId32, from: u32, to: u32], { who: AccountId32, from: u32, to: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    scheduler: {
      /**
       * Agenda is incomplete from `when`.
       **/
      AgendaIncomplete: AugmentedEvent<ApiType, [when: u32], { when: u32 }>;
      /**
       * The call for the provided hash was not found so the task has been aborted.
       **/
      CallUnavailable: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Canceled some task.
       **/
      Canceled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
      /**
       * Dispatched some task.
       **/
      Dispatched: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The given task was unable to be renewed since the agenda is full at that block.
       **/
      PeriodicFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task can never be executed since it is overweight.
       **/
      PermanentlyOverweight: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Cancel a retry configuration for some task.
       **/
      RetryCancelled: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task was unable to be retried since the agenda is full at that block or there
       * was not enough weight to reschedule it.
       **/
      RetryFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Set a retry configuration for some task.
       **/
      RetrySet: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8 }>;
      /**
       * Scheduled some task.
       **/
      Scheduled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    validatorSet: {
      /**
       * The oracle's feeders changed: `feeders` feed now.
       **/
      FeedersChanged: AugmentedEvent<ApiType, [feeders: u32], { feeders: u32 }>;
      /**
       * A proven offence of `who` in `session`: disabled and no longer a feeder if
       * `disabled`, out of the planned set if `removed`.
       **/
      OffenceReported: AugmentedEvent<ApiType, [who: AccountId32, session: u32, disabled: bool, removed: bool], { who: AccountId32, session: u32, disabled: bool, removed: bool }>;
      /**
       * Sessions now last `blocks` blocks.
       **/
      SessionLengthSet: AugmentedEvent<ApiType, [blocks: u32], { blocks: u32 }>;
      /**
       * Session `session` was planned with `validators` validators.
       **/
      SetPlanned: AugmentedEvent<ApiType, [session: u32, validators: u32], { session: u32, validators: u32 }>;
      /**
       * `who` joins the set planned at the next session boundary.
       **/
      ValidatorAdded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * `who` leaves the set planned at the next session boundary.
       **/
      ValidatorRemoved: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
  } // AugmentedEvents
} // declare module
