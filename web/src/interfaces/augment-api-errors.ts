// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    assets: {
      /**
       * The asset-account already exists.
       **/
      AlreadyExists: AugmentedError<ApiType>;
      /**
       * The [`Config::AssetIdAllocator`] cannot allocate the asset ID: the id space is
       * exhausted.
       **/
      AssetIdAllocationFailed: AugmentedError<ApiType>;
      /**
       * The asset is not live, and likely being destroyed.
       **/
      AssetNotLive: AugmentedError<ApiType>;
      /**
       * The asset ID is not the one required by [`Config::AssetIdAllocator`].
       **/
      BadAssetId: AugmentedError<ApiType>;
      /**
       * Invalid metadata given.
       **/
      BadMetadata: AugmentedError<ApiType>;
      /**
       * Invalid witness data given.
       **/
      BadWitness: AugmentedError<ApiType>;
      /**
       * Account balance must be greater than or equal to the transfer amount.
       **/
      BalanceLow: AugmentedError<ApiType>;
      /**
       * Callback action resulted in error
       **/
      CallbackFailed: AugmentedError<ApiType>;
      /**
       * The asset cannot be destroyed because some accounts for this asset contain freezes.
       **/
      ContainsFreezes: AugmentedError<ApiType>;
      /**
       * The asset cannot be destroyed because some accounts for this asset contain holds.
       **/
      ContainsHolds: AugmentedError<ApiType>;
      /**
       * The origin account is frozen.
       **/
      Frozen: AugmentedError<ApiType>;
      /**
       * The asset deposit could not be fully moved due to a lock or freeze on the owner.
       **/
      IncompleteDepositTransfer: AugmentedError<ApiType>;
      /**
       * The asset status is not the expected status.
       **/
      IncorrectStatus: AugmentedError<ApiType>;
      /**
       * The asset ID is already taken.
       **/
      InUse: AugmentedError<ApiType>;
      /**
       * The asset is a live asset and is actively being used. Usually emit for operations such
       * as `start_destroy` which require the asset to be in a destroying state.
       **/
      LiveAsset: AugmentedError<ApiType>;
      /**
       * Minimum balance should be non-zero.
       **/
      MinBalanceZero: AugmentedError<ApiType>;
      /**
       * The account to alter does not exist.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * The asset-account doesn't have an associated deposit.
       **/
      NoDeposit: AugmentedError<ApiType>;
      /**
       * The signing account has no permission to do the operation.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * The asset should be frozen before the given operation.
       **/
      NotFrozen: AugmentedError<ApiType>;
      /**
       * Tried setting too many reserves.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * No approval exists that would allow the transfer.
       **/
      Unapproved: AugmentedError<ApiType>;
      /**
       * Unable to increment the consumer reference counters on the account. Either no provider
       * reference exists to allow a non-zero balance of a non-self-sufficient asset, or one
       * fewer then the maximum number of consumers has been reached.
       **/
      UnavailableConsumer: AugmentedError<ApiType>;
      /**
       * The given asset ID is unknown.
       **/
      Unknown: AugmentedError<ApiType>;
      /**
       * The operation would result in funds being burned.
       **/
      WouldBurn: AugmentedError<ApiType>;
      /**
       * The source account would not survive the transfer and it needs to stay alive.
       **/
      WouldDie: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    circuitBreaker: {
      /**
       * Bands not ordered inside (0, 100 %), a zero window, cooldown or duration, or the
       * recovery threshold not below the trip threshold.
       **/
      InvalidParameters: AugmentedError<ApiType>;
      /**
       * Nothing to resume: the target is open and not under an emergency halt.
       **/
      NotHalted: AugmentedError<ApiType>;
      /**
       * Following another market would pass `MaxMarkets`.
       **/
      TooManyMarkets: AugmentedError<ApiType>;
      /**
       * No breaker follows this market.
       **/
      UnknownMarket: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    convictionVoting: {
      /**
       * The account is already delegating.
       **/
      AlreadyDelegating: AugmentedError<ApiType>;
      /**
       * The account currently has votes attached to it and the operation cannot succeed until
       * these are removed through `remove_vote`.
       **/
      AlreadyVoting: AugmentedError<ApiType>;
      /**
       * The class ID supplied is invalid.
       **/
      BadClass: AugmentedError<ApiType>;
      /**
       * The class must be supplied since it is not easily determinable from the state.
       **/
      ClassNeeded: AugmentedError<ApiType>;
      /**
       * Too high a balance was provided that the account cannot afford.
       **/
      InsufficientFunds: AugmentedError<ApiType>;
      /**
       * Maximum number of votes reached.
       **/
      MaxVotesReached: AugmentedError<ApiType>;
      /**
       * Delegation to oneself makes no sense.
       **/
      Nonsense: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action right now but will do in the future.
       **/
      NoPermissionYet: AugmentedError<ApiType>;
      /**
       * The account is not currently delegating.
       **/
      NotDelegating: AugmentedError<ApiType>;
      /**
       * Poll is not ongoing.
       **/
      NotOngoing: AugmentedError<ApiType>;
      /**
       * The given account did not vote on the poll.
       **/
      NotVoter: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    insuranceFund: {
      /**
       * The withdrawal would leave less than `MinStake` of value staked: withdraw it all or
       * less.
       **/
      BelowMinimumRemaining: AugmentedError<ApiType>;
      /**
       * A first stake below `MinStake`.
       **/
      BelowMinimumStake: AugmentedError<ApiType>;
      /**
       * The cooldown has not passed: claim from `unlocks_at`.
       **/
      CooldownActive: AugmentedError<ApiType>;
      /**
       * More shares than the staker holds.
       **/
      InsufficientShares: AugmentedError<ApiType>;
      /**
       * A profit cap of zero, a zero drawdown window, cooldown or claim window.
       **/
      InvalidParams: AugmentedError<ApiType>;
      /**
       * No crisis premium to claim.
       **/
      NoPremium: AugmentedError<ApiType>;
      /**
       * No withdrawal is pending.
       **/
      NoWithdrawal: AugmentedError<ApiType>;
      /**
       * An amount outside the types' range.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The request's claim window has passed: ask again (a new cooldown starts).
       **/
      WithdrawalLapsed: AugmentedError<ApiType>;
      /**
       * The fund's withdrawals in this window reached the circuit breaker's limit: try later.
       **/
      WithdrawalLimited: AugmentedError<ApiType>;
      /**
       * A withdrawal is already pending: claim or cancel it first.
       **/
      WithdrawalPending: AugmentedError<ApiType>;
      /**
       * Withdrawals are paused for a while after bad debt appeared: try again later.
       **/
      WithdrawalsPaused: AugmentedError<ApiType>;
      /**
       * A zero amount. Ask for something.
       **/
      Zero: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    liquidation: {
      /**
       * A penalty of 100 % or more, a target health not above one, block shares that are zero
       * when calm, fall as stress rises, or pass `BlockShares::MOST`, a funding allowance
       * above `ballast_primitives::max_funding_rate`, a gap cover above `MAX_GAP_COVER`, a risk
       * horizon of zero or beyond `MAX_RISK_HORIZON`, or an extreme multiple of zero or beyond
       * `MAX_EXTREME_MULTIPLE`.
       **/
      InvalidParams: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    margin: {
      /**
       * Below the minimum first deposit (`MinDeposit`).
       **/
      BelowMinimumDeposit: AugmentedError<ApiType>;
      /**
       * A multiplier floor below one or above the dynamic margins' `max_multiplier`.
       **/
      FloorOutOfRange: AugmentedError<ApiType>;
      /**
       * The order's price impact exceeds the market's maximum: trade less at once.
       **/
      ImpactTooLarge: AugmentedError<ApiType>;
      /**
       * More than the account's collateral, or a fee the collateral cannot pay.
       **/
      InsufficientCollateral: AugmentedError<ApiType>;
      /**
       * The trade would leave the account below its initial margin requirement, or with less
       * than `MinDeposit` of equity.
       **/
      InsufficientMargin: AugmentedError<ApiType>;
      /**
       * More shares than the provider holds.
       **/
      InsufficientShares: AugmentedError<ApiType>;
      /**
       * Inconsistent parameters: maintenance not below initial margin, a fraction above
       * 100 %, tiers not ascending, caps or minimums zero, a vault backing outside 1..=10.
       **/
      InvalidParameters: AugmentedError<ApiType>;
      /**
       * The account's total notional would exceed its reputation tier's leverage over its
       * equity (after a trade adding risk, or a withdrawal): trade or withdraw less.
       **/
      LeverageTooHigh: AugmentedError<ApiType>;
      /**
       * The market is halted.
       **/
      MarketHalted: AugmentedError<ApiType>;
      /**
       * The market is reduce-only: only trades that shrink a position are accepted.
       **/
      MarketReduceOnly: AugmentedError<ApiType>;
      /**
       * The account has no position in this market.
       **/
      NoPosition: AugmentedError<ApiType>;
      /**
       * The side's open interest would exceed the market's cap.
       **/
      OpenInterestCap: AugmentedError<ApiType>;
      /**
       * The order is smaller than the market's minimum and does not close the position.
       **/
      OrderTooSmall: AugmentedError<ApiType>;
      /**
       * An amount outside the types' range.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The execution price is worse than the order's limit.
       **/
      PriceLimitExceeded: AugmentedError<ApiType>;
      /**
       * The oracle has no live mark price for a market the call depends on: trading in it,
       * withdrawing from an account with a position in it and moving vault liquidity while it
       * has open interest wait for a live price.
       **/
      PriceUnavailable: AugmentedError<ApiType>;
      /**
       * Listing another market would exceed `MaxMarkets`.
       **/
      TooManyMarkets: AugmentedError<ApiType>;
      /**
       * The account already holds the most positions an account may (`MAX_POSITIONS`).
       **/
      TooManyPositions: AugmentedError<ApiType>;
      /**
       * The market is not listed.
       **/
      UnknownMarket: AugmentedError<ApiType>;
      /**
       * The withdrawal would leave the vault's cash short of backing traders' open profit.
       **/
      VaultBackingTight: AugmentedError<ApiType>;
      /**
       * The vault's net exposure would exceed its capacity.
       **/
      VaultCapacity: AugmentedError<ApiType>;
      /**
       * The vault has no cash to pay it.
       **/
      VaultEmpty: AugmentedError<ApiType>;
      /**
       * The vault's equity is not positive (for a provider leaving during a crisis, its
       * equity less the crisis premium they would forfeit): no shares can be priced.
       **/
      VaultInsolvent: AugmentedError<ApiType>;
      /**
       * The pool's withdrawals in this window reached the circuit breaker's limit: withdraw
       * less, or later.
       **/
      WithdrawalLimited: AugmentedError<ApiType>;
      /**
       * Withdrawals are paused for a while after bad debt appeared: try again later.
       **/
      WithdrawalsPaused: AugmentedError<ApiType>;
      /**
       * The withdrawal would leave the account below its initial requirement, or an account
       * with positions below `MinDeposit` of equity.
       **/
      WouldBreachMargin: AugmentedError<ApiType>;
      /**
       * A zero amount or size. Ask for something.
       **/
      Zero: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    oracle: {
      /**
       * The feeder already submitted in this block. Submit at most once per block.
       **/
      AlreadySubmitted: AugmentedError<ApiType>;
      /**
       * The same market appears twice in one submission.
       **/
      DuplicateMarket: AugmentedError<ApiType>;
      /**
       * A submission with no prices.
       **/
      EmptySubmission: AugmentedError<ApiType>;
      /**
       * The feeder is suspended for repeated outliers until the block its suspension ends.
       **/
      FeederSuspended: AugmentedError<ApiType>;
      /**
       * The market configuration is inconsistent: quorum 0 or above `MaxFeeders`, zero
       * `max_age`, `min_price` not below `max_price`, a zero divergence threshold or an
       * outlier band below it, a mark smoothing or cap of 0 or 100 %, or a volatility decay
       * of 100 %.
       **/
      InvalidConfig: AugmentedError<ApiType>;
      /**
       * A symbol must be letters, digits, `-`, `/` or `_`, start with a letter or digit, and
       * show prices with at most 18 decimals.
       **/
      InvalidName: AugmentedError<ApiType>;
      /**
       * The sender is not a feeder. Only accounts in the feeder set may submit.
       **/
      NotFeeder: AugmentedError<ApiType>;
      /**
       * A price is zero or outside the market's `min_price..=max_price`.
       **/
      PriceOutOfRange: AugmentedError<ApiType>;
      /**
       * The quorum exceeds the current number of feeders: the market could never price.
       **/
      QuorumAboveFeeders: AugmentedError<ApiType>;
      /**
       * Another market holds this symbol.
       **/
      SymbolTaken: AugmentedError<ApiType>;
      /**
       * Listing another market would exceed `MaxMarkets`.
       **/
      TooManyMarkets: AugmentedError<ApiType>;
      /**
       * A price is for a market the oracle does not list.
       **/
      UnknownMarket: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    preimage: {
      /**
       * Preimage has already been noted on-chain.
       **/
      AlreadyNoted: AugmentedError<ApiType>;
      /**
       * The user is not authorized to perform this action.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The preimage cannot be removed since it has not yet been noted.
       **/
      NotNoted: AugmentedError<ApiType>;
      /**
       * The preimage request cannot be removed since no outstanding requests exist.
       **/
      NotRequested: AugmentedError<ApiType>;
      /**
       * A preimage may not be removed when there are outstanding requests.
       **/
      Requested: AugmentedError<ApiType>;
      /**
       * Preimage is too large to store on-chain.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * Too few hashes were requested to be upgraded (i.e. zero).
       **/
      TooFew: AugmentedError<ApiType>;
      /**
       * More than `MAX_HASH_UPGRADE_BULK_COUNT` hashes were requested to be upgraded at once.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    referenda: {
      /**
       * The referendum index provided is invalid in this context.
       **/
      BadReferendum: AugmentedError<ApiType>;
      /**
       * The referendum status is invalid for this operation.
       **/
      BadStatus: AugmentedError<ApiType>;
      /**
       * The track identifier given was invalid.
       **/
      BadTrack: AugmentedError<ApiType>;
      /**
       * There are already a full complement of referenda in progress for this track.
       **/
      Full: AugmentedError<ApiType>;
      /**
       * Referendum's decision deposit is already paid.
       **/
      HasDeposit: AugmentedError<ApiType>;
      /**
       * The deposit cannot be refunded since none was made.
       **/
      NoDeposit: AugmentedError<ApiType>;
      /**
       * The deposit refunder is not the depositor.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * There was nothing to do in the advancement.
       **/
      NothingToDo: AugmentedError<ApiType>;
      /**
       * Referendum is not ongoing.
       **/
      NotOngoing: AugmentedError<ApiType>;
      /**
       * No track exists for the proposal origin.
       **/
      NoTrack: AugmentedError<ApiType>;
      /**
       * The preimage does not exist.
       **/
      PreimageNotExist: AugmentedError<ApiType>;
      /**
       * The preimage is stored with a different length than the one provided.
       **/
      PreimageStoredWithDifferentLength: AugmentedError<ApiType>;
      /**
       * The queue of the track is empty.
       **/
      QueueEmpty: AugmentedError<ApiType>;
      /**
       * Any deposit cannot be refunded until after the decision is over.
       **/
      Unfinished: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    reputation: {
      /**
       * Tiers not ascending from a zero score, a leverage below 1×, or a zero duration or
       * volume step.
       **/
      InvalidParameters: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    scheduler: {
      /**
       * Failed to schedule a call
       **/
      FailedToSchedule: AugmentedError<ApiType>;
      /**
       * Attempt to use a non-named function on a named task.
       **/
      Named: AugmentedError<ApiType>;
      /**
       * Cannot find the scheduled call.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Reschedule failed because it does not change scheduled time.
       **/
      RescheduleNoChange: AugmentedError<ApiType>;
      /**
       * Given target block number is in the past.
       **/
      TargetBlockNumberInPast: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    validatorSet: {
      /**
       * The account is a validator already.
       **/
      AlreadyValidator: AugmentedError<ApiType>;
      /**
       * The account has registered no session keys (`session.set_keys`).
       **/
      NoSessionKeys: AugmentedError<ApiType>;
      /**
       * The account is not a validator.
       **/
      NotValidator: AugmentedError<ApiType>;
      /**
       * The session length is outside `MinSessionLength..=MaxSessionLength`.
       **/
      SessionLengthOutOfRange: AugmentedError<ApiType>;
      /**
       * Removing it would leave fewer than `MinValidators`.
       **/
      TooFewValidators: AugmentedError<ApiType>;
      /**
       * The set holds `MaxValidators` already.
       **/
      TooManyValidators: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
