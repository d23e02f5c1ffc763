// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup20: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup21: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup22: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup23: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup24: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup27: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup28: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup30: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup31: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup36: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup37: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup38: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup39: pallet_assets::pallet::Call<T, I>
   **/
  PalletAssetsCall: {
    _enum: {
      create: {
        id: 'Compact<u32>',
        admin: 'MultiAddress',
        minBalance: 'u128',
      },
      force_create: {
        id: 'Compact<u32>',
        owner: 'MultiAddress',
        isSufficient: 'bool',
        minBalance: 'Compact<u128>',
      },
      start_destroy: {
        id: 'Compact<u32>',
      },
      destroy_accounts: {
        id: 'Compact<u32>',
      },
      destroy_approvals: {
        id: 'Compact<u32>',
      },
      finish_destroy: {
        id: 'Compact<u32>',
      },
      mint: {
        id: 'Compact<u32>',
        beneficiary: 'MultiAddress',
        amount: 'Compact<u128>',
      },
      burn: {
        id: 'Compact<u32>',
        who: 'MultiAddress',
        amount: 'Compact<u128>',
      },
      transfer: {
        id: 'Compact<u32>',
        target: 'MultiAddress',
        amount: 'Compact<u128>',
      },
      transfer_keep_alive: {
        id: 'Compact<u32>',
        target: 'MultiAddress',
        amount: 'Compact<u128>',
      },
      force_transfer: {
        id: 'Compact<u32>',
        source: 'MultiAddress',
        dest: 'MultiAddress',
        amount: 'Compact<u128>',
      },
      freeze: {
        id: 'Compact<u32>',
        who: 'MultiAddress',
      },
      thaw: {
        id: 'Compact<u32>',
        who: 'MultiAddress',
      },
      freeze_asset: {
        id: 'Compact<u32>',
      },
      thaw_asset: {
        id: 'Compact<u32>',
      },
      transfer_ownership: {
        id: 'Compact<u32>',
        owner: 'MultiAddress',
      },
      set_team: {
        id: 'Compact<u32>',
        issuer: 'MultiAddress',
        admin: 'MultiAddress',
        freezer: 'MultiAddress',
      },
      set_metadata: {
        id: 'Compact<u32>',
        name: 'Bytes',
        symbol: 'Bytes',
        decimals: 'u8',
      },
      clear_metadata: {
        id: 'Compact<u32>',
      },
      force_set_metadata: {
        id: 'Compact<u32>',
        name: 'Bytes',
        symbol: 'Bytes',
        decimals: 'u8',
        isFrozen: 'bool',
      },
      force_clear_metadata: {
        id: 'Compact<u32>',
      },
      force_asset_status: {
        id: 'Compact<u32>',
        owner: 'MultiAddress',
        issuer: 'MultiAddress',
        admin: 'MultiAddress',
        freezer: 'MultiAddress',
        minBalance: 'Compact<u128>',
        isSufficient: 'bool',
        isFrozen: 'bool',
      },
      approve_transfer: {
        id: 'Compact<u32>',
        delegate: 'MultiAddress',
        amount: 'Compact<u128>',
      },
      cancel_approval: {
        id: 'Compact<u32>',
        delegate: 'MultiAddress',
      },
      force_cancel_approval: {
        id: 'Compact<u32>',
        owner: 'MultiAddress',
        delegate: 'MultiAddress',
      },
      transfer_approved: {
        id: 'Compact<u32>',
        owner: 'MultiAddress',
        destination: 'MultiAddress',
        amount: 'Compact<u128>',
      },
      touch: {
        id: 'Compact<u32>',
      },
      refund: {
        id: 'Compact<u32>',
        allowBurn: 'bool',
      },
      set_min_balance: {
        id: 'Compact<u32>',
        minBalance: 'u128',
      },
      touch_other: {
        id: 'Compact<u32>',
        who: 'MultiAddress',
      },
      refund_other: {
        id: 'Compact<u32>',
        who: 'MultiAddress',
      },
      block: {
        id: 'Compact<u32>',
        who: 'MultiAddress',
      },
      transfer_all: {
        id: 'Compact<u32>',
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      set_reserves: {
        id: 'Compact<u32>',
        reserves: 'Vec<Null>'
      }
    }
  },
  /**
   * Lookup43: pallet_membership::pallet::Call<T, I>
   **/
  PalletMembershipCall: {
    _enum: {
      add_member: {
        who: 'MultiAddress',
      },
      remove_member: {
        who: 'MultiAddress',
      },
      swap_member: {
        remove: 'MultiAddress',
        add: 'MultiAddress',
      },
      reset_members: {
        members: 'Vec<AccountId32>',
      },
      change_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      set_prime: {
        who: 'MultiAddress',
      },
      clear_prime: 'Null'
    }
  },
  /**
   * Lookup44: pallet_ballast_oracle::pallet::Call<T>
   **/
  PalletBallastOracleCall: {
    _enum: {
      submit_prices: {
        prices: 'Vec<(u32,u128)>',
      },
      set_market: {
        market: 'u32',
        config: 'PalletBallastOracleMarketConfig',
      },
      remove_market: {
        market: 'u32',
      },
      name_market: {
        market: 'u32',
        symbol: 'Bytes',
        priceDecimals: 'u8'
      }
    }
  },
  /**
   * Lookup49: pallet_ballast_oracle::types::MarketConfig<BlockNumber>
   **/
  PalletBallastOracleMarketConfig: {
    maxAge: 'u32',
    quorum: 'u32',
    outlierBand: 'Perbill',
    divergenceThreshold: 'Perbill',
    markSmoothing: 'Perbill',
    markCap: 'Perbill',
    volatilityDecay: 'Perbill',
    minPrice: 'u128',
    maxPrice: 'u128'
  },
  /**
   * Lookup52: pallet_ballast_circuit_breaker::pallet::Call<T>
   **/
  PalletBallastCircuitBreakerCall: {
    _enum: {
      set_breaker: {
        market: 'u32',
        params: 'Option<PalletBallastCircuitBreakerBreakerParams>',
      },
      set_venue_params: {
        params: 'PalletBallastCircuitBreakerVenueParams',
      },
      emergency_halt: {
        target: 'PalletBallastCircuitBreakerTarget',
      },
      emergency_resume: {
        target: 'PalletBallastCircuitBreakerTarget'
      }
    }
  },
  /**
   * Lookup54: pallet_ballast_circuit_breaker::types::BreakerParams
   **/
  PalletBallastCircuitBreakerBreakerParams: {
    window: 'u32',
    reduceOnlyBand: 'Perbill',
    haltBand: 'Perbill',
    cooldown: 'u32',
    calmVolatility: 'u128'
  },
  /**
   * Lookup55: pallet_ballast_circuit_breaker::types::VenueParams
   **/
  PalletBallastCircuitBreakerVenueParams: {
    globalDrawdown: 'Perbill',
    globalRecovery: 'Perbill',
    emergencyDuration: 'u32',
    withdrawalWindow: 'u32',
    maxNetOutflow: 'Perbill',
    alwaysAllowed: 'u128',
    pauseAfterBadDebt: 'u32',
    correlationDecay: 'Perbill'
  },
  /**
   * Lookup56: pallet_ballast_circuit_breaker::types::Target
   **/
  PalletBallastCircuitBreakerTarget: {
    _enum: {
      Market: 'u32',
      Venue: 'Null',
      Withdrawals: 'Null'
    }
  },
  /**
   * Lookup57: pallet_ballast_margin::pallet::Call<T>
   **/
  PalletBallastMarginCall: {
    _enum: {
      deposit: {
        amount: 'Compact<u128>',
      },
      withdraw: {
        amount: 'Compact<u128>',
      },
      trade: {
        market: 'u32',
        delta: 'i128',
        limitPrice: 'u128',
      },
      close: {
        market: 'u32',
        limitPrice: 'u128',
      },
      provide_liquidity: {
        amount: 'Compact<u128>',
      },
      withdraw_liquidity: {
        shares: 'Compact<u128>',
      },
      set_market: {
        market: 'u32',
        params: 'PalletBallastMarginMarketParams',
      },
      set_vault: {
        params: 'PalletBallastMarginVaultParams',
      },
      set_scaling: {
        params: 'PalletBallastMarginScalingParams',
      },
      set_multiplier_floor: {
        floor: 'Option<u128>'
      }
    }
  },
  /**
   * Lookup59: pallet_ballast_margin::types::MarketParams
   **/
  PalletBallastMarginMarketParams: {
    initialMargin: 'u128',
    maintenanceMargin: 'u128',
    sizeTiers: 'Vec<PalletBallastMarginSizeTier>',
    oiMarginLower: 'u128',
    oiMarginUpper: 'u128',
    maxOpenInterest: 'i128',
    minOrderSize: 'i128',
    takerFee: 'u128',
    feeToInsurance: 'Perbill',
    fundingRatePerSkew: 'u128',
    maxFundingRate: 'u128',
    impactSizeFactor: 'u128',
    impactSkewFactor: 'u128',
    maxImpact: 'u128',
    maxSkewToVault: 'u128'
  },
  /**
   * Lookup61: pallet_ballast_margin::types::SizeTier
   **/
  PalletBallastMarginSizeTier: {
    minNotional: 'u128',
    initialMargin: 'u128',
    maintenanceMargin: 'u128'
  },
  /**
   * Lookup63: pallet_ballast_margin::types::VaultParams
   **/
  PalletBallastMarginVaultParams: {
    minBacking: 'u128',
    penaltyToInsurance: 'Perbill'
  },
  /**
   * Lookup64: pallet_ballast_margin::types::ScalingParams
   **/
  PalletBallastMarginScalingParams: {
    volatilityWeight: 'u128',
    correlationWeight: 'u128',
    macroMarket: 'Option<u32>',
    macroWeight: 'u128',
    coverTarget: 'u128',
    coverWeight: 'u128',
    levelTerms: '[u128;4]',
    maxMultiplier: 'u128',
    rampBlocks: 'u32',
    stressedWeight: 'u128',
    undercoverFeeShare: 'Perbill'
  },
  /**
   * Lookup68: pallet_ballast_liquidation::pallet::Call<T>
   **/
  PalletBallastLiquidationCall: {
    _enum: {
      set_params: {
        params: 'PalletBallastLiquidationLiquidationParams'
      }
    }
  },
  /**
   * Lookup69: pallet_ballast_liquidation::types::LiquidationParams
   **/
  PalletBallastLiquidationLiquidationParams: {
    penalty: 'u128',
    targetHealth: 'u128',
    blockShare: 'PalletBallastLiquidationBlockShares',
    fundingAllowance: 'u128',
    minPartialNotional: 'u128',
    gapCover: 'u128',
    riskHorizon: 'u32',
    stressFloor: 'Perbill',
    extremeMultiple: 'u32',
    extremeCover: 'Perbill',
    concentrationShare: 'Perbill',
    concentrationFloor: 'u128'
  },
  /**
   * Lookup70: pallet_ballast_liquidation::types::BlockShares
   **/
  PalletBallastLiquidationBlockShares: {
    calm: 'Perbill',
    elevated: 'Perbill',
    stressed: 'Perbill',
    crisis: 'Perbill'
  },
  /**
   * Lookup71: pallet_ballast_insurance_fund::pallet::Call<T>
   **/
  PalletBallastInsuranceFundCall: {
    _enum: {
      stake: {
        amount: 'Compact<u128>',
      },
      request_withdrawal: {
        shares: 'Compact<u128>',
      },
      cancel_withdrawal: 'Null',
      withdraw: 'Null',
      set_params: {
        params: 'PalletBallastInsuranceFundFundParams',
      },
      claim_premium: 'Null'
    }
  },
  /**
   * Lookup72: pallet_ballast_insurance_fund::types::FundParams
   **/
  PalletBallastInsuranceFundFundParams: {
    withdrawalCooldown: 'u32',
    claimWindow: 'u32',
    vaultLossShare: 'Perbill',
    maxProfitToCash: 'Perbill',
    drawdownWindow: 'u32',
    crisisPremium: 'Perbill',
    crisisDrawdown: 'Perbill',
    adlRule: 'PalletBallastInsuranceFundAdlRule'
  },
  /**
   * Lookup73: pallet_ballast_insurance_fund::types::AdlRule
   **/
  PalletBallastInsuranceFundAdlRule: {
    _enum: ['Ranked', 'ProRata']
  },
  /**
   * Lookup74: pallet_ballast_reputation::pallet::Call<T>
   **/
  PalletBallastReputationCall: {
    _enum: {
      set_params: {
        params: 'PalletBallastReputationReputationParams'
      }
    }
  },
  /**
   * Lookup75: pallet_ballast_reputation::types::ReputationParams
   **/
  PalletBallastReputationReputationParams: {
    newcomerScore: 'u32',
    blocksPerTenurePoint: 'u32',
    maxTenurePoints: 'u32',
    volumePerPoint: 'u128',
    maxVolumePoints: 'u32',
    identityPoints: 'u32',
    strikeDecay: 'u32',
    holdingBlocks: 'u32',
    episodeBlocks: 'u32',
    tiers: 'Vec<PalletBallastReputationTier>'
  },
  /**
   * Lookup77: pallet_ballast_reputation::types::Tier
   **/
  PalletBallastReputationTier: {
    minScore: 'u32',
    maxLeverage: 'u128',
    markets: 'Vec<(u32,u128)>'
  },
  /**
   * Lookup80: pallet_preimage::pallet::Call<T>
   **/
  PalletPreimageCall: {
    _enum: {
      note_preimage: {
        bytes: 'Bytes',
      },
      unnote_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      request_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      unrequest_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      ensure_updated: {
        hashes: 'Vec<H256>'
      }
    }
  },
  /**
   * Lookup82: pallet_scheduler::pallet::Call<T>
   **/
  PalletSchedulerCall: {
    _enum: {
      schedule: {
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel: {
        when: 'u32',
        index: 'u32',
      },
      schedule_named: {
        id: '[u8;32]',
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel_named: {
        id: '[u8;32]',
      },
      schedule_after: {
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      schedule_named_after: {
        id: '[u8;32]',
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      set_retry: {
        task: '(u32,u32)',
        retries: 'u8',
        period: 'u32',
      },
      set_retry_named: {
        id: '[u8;32]',
        retries: 'u8',
        period: 'u32',
      },
      cancel_retry: {
        task: '(u32,u32)',
      },
      cancel_retry_named: {
        id: '[u8;32]'
      }
    }
  },
  /**
   * Lookup85: pallet_conviction_voting::pallet::Call<T, I>
   **/
  PalletConvictionVotingCall: {
    _enum: {
      vote: {
        pollIndex: 'Compact<u32>',
        vote: 'PalletConvictionVotingVoteAccountVote',
      },
      delegate: {
        class: 'u16',
        to: 'MultiAddress',
        conviction: 'PalletConvictionVotingConviction',
        balance: 'u128',
      },
      undelegate: {
        class: 'u16',
      },
      unlock: {
        class: 'u16',
        target: 'MultiAddress',
      },
      remove_vote: {
        class: 'Option<u16>',
        index: 'u32',
      },
      remove_other_vote: {
        target: 'MultiAddress',
        class: 'u16',
        index: 'u32'
      }
    }
  },
  /**
   * Lookup86: pallet_conviction_voting::vote::AccountVote<Balance>
   **/
  PalletConvictionVotingVoteAccountVote: {
    _enum: {
      Standard: {
        vote: 'Vote',
        balance: 'u128',
      },
      Split: {
        aye: 'u128',
        nay: 'u128',
      },
      SplitAbstain: {
        aye: 'u128',
        nay: 'u128',
        abstain: 'u128'
      }
    }
  },
  /**
   * Lookup89: pallet_conviction_voting::conviction::Conviction
   **/
  PalletConvictionVotingConviction: {
    _enum: ['None', 'Locked1x', 'Locked2x', 'Locked3x', 'Locked4x', 'Locked5x', 'Locked6x']
  },
  /**
   * Lookup91: pallet_referenda::pallet::Call<T, I>
   **/
  PalletReferendaCall: {
    _enum: {
      submit: {
        proposalOrigin: 'BallastRuntimeOriginCaller',
        proposal: 'FrameSupportPreimagesBounded',
        enactmentMoment: 'FrameSupportScheduleDispatchTime',
      },
      place_decision_deposit: {
        index: 'u32',
      },
      refund_decision_deposit: {
        index: 'u32',
      },
      cancel: {
        index: 'u32',
      },
      kill: {
        index: 'u32',
      },
      nudge_referendum: {
        index: 'u32',
      },
      one_fewer_deciding: {
        track: 'u16',
      },
      refund_submission_deposit: {
        index: 'u32',
      },
      set_metadata: {
        index: 'u32',
        maybeHash: 'Option<H256>'
      }
    }
  },
  /**
   * Lookup92: ballast_runtime::OriginCaller
   **/
  BallastRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      __Unused31: 'Null',
      __Unused32: 'Null',
      __Unused33: 'Null',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      __Unused40: 'Null',
      __Unused41: 'Null',
      __Unused42: 'Null',
      __Unused43: 'Null',
      Origins: 'BallastRuntimeGovernanceOriginsPalletOrigin'
    }
  },
  /**
   * Lookup93: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup94: ballast_runtime::governance::origins::pallet::Origin
   **/
  BallastRuntimeGovernanceOriginsPalletOrigin: {
    _enum: ['RiskParameters', 'Emergency', 'OracleAdmin']
  },
  /**
   * Lookup95: frame_support::traits::preimages::Bounded<ballast_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>
   **/
  FrameSupportPreimagesBounded: {
    _enum: {
      Legacy: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Inline: 'Bytes',
      Lookup: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        len: 'u32'
      }
    }
  },
  /**
   * Lookup96: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup98: frame_support::traits::schedule::DispatchTime<BlockNumber>
   **/
  FrameSupportScheduleDispatchTime: {
    _enum: {
      At: 'u32',
      After: 'u32'
    }
  },
  /**
   * Lookup100: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'BallastRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'BallastRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup102: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup104: frame_system::extensions::authorize_call::AuthorizeCall<T>
   **/
  FrameSystemExtensionsAuthorizeCall: 'Null',
  /**
   * Lookup105: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup106: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup107: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup108: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup111: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup112: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup113: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup114: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup116: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup117: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup119: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup120: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup122: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup125: frame_system::EventRecord<ballast_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup127: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup128: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup129: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup130: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup131: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup132: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup133: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup134: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup135: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup136: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup137: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup140: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'BallastRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'BallastRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'BallastRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'BallastRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'BallastRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup141: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup142: ballast_runtime::RuntimeHoldReason
   **/
  BallastRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      __Unused31: 'Null',
      __Unused32: 'Null',
      __Unused33: 'Null',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      Preimage: 'PalletPreimageHoldReason'
    }
  },
  /**
   * Lookup143: pallet_preimage::pallet::HoldReason
   **/
  PalletPreimageHoldReason: {
    _enum: ['Preimage']
  },
  /**
   * Lookup144: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup145: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup146: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup149: pallet_assets::pallet::Event<T, I>
   **/
  PalletAssetsEvent: {
    _enum: {
      Created: {
        assetId: 'u32',
        creator: 'AccountId32',
        owner: 'AccountId32',
      },
      Issued: {
        assetId: 'u32',
        owner: 'AccountId32',
        amount: 'u128',
      },
      Transferred: {
        assetId: 'u32',
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      Burned: {
        assetId: 'u32',
        owner: 'AccountId32',
        balance: 'u128',
      },
      TeamChanged: {
        assetId: 'u32',
        issuer: 'AccountId32',
        admin: 'AccountId32',
        freezer: 'AccountId32',
      },
      OwnerChanged: {
        assetId: 'u32',
        owner: 'AccountId32',
      },
      Frozen: {
        assetId: 'u32',
        who: 'AccountId32',
      },
      Thawed: {
        assetId: 'u32',
        who: 'AccountId32',
      },
      AssetFrozen: {
        assetId: 'u32',
      },
      AssetThawed: {
        assetId: 'u32',
      },
      AccountsDestroyed: {
        assetId: 'u32',
        accountsDestroyed: 'u32',
        accountsRemaining: 'u32',
      },
      ApprovalsDestroyed: {
        assetId: 'u32',
        approvalsDestroyed: 'u32',
        approvalsRemaining: 'u32',
      },
      DestructionStarted: {
        assetId: 'u32',
      },
      Destroyed: {
        assetId: 'u32',
      },
      ForceCreated: {
        assetId: 'u32',
        owner: 'AccountId32',
      },
      MetadataSet: {
        assetId: 'u32',
        name: 'Bytes',
        symbol: 'Bytes',
        decimals: 'u8',
        isFrozen: 'bool',
      },
      MetadataCleared: {
        assetId: 'u32',
      },
      ApprovedTransfer: {
        assetId: 'u32',
        source: 'AccountId32',
        delegate: 'AccountId32',
        amount: 'u128',
      },
      ApprovalCancelled: {
        assetId: 'u32',
        owner: 'AccountId32',
        delegate: 'AccountId32',
      },
      TransferredApproved: {
        assetId: 'u32',
        owner: 'AccountId32',
        delegate: 'AccountId32',
        destination: 'AccountId32',
        amount: 'u128',
      },
      AssetStatusChanged: {
        assetId: 'u32',
      },
      AssetMinBalanceChanged: {
        assetId: 'u32',
        newMinBalance: 'u128',
      },
      Touched: {
        assetId: 'u32',
        who: 'AccountId32',
        depositor: 'AccountId32',
      },
      Blocked: {
        assetId: 'u32',
        who: 'AccountId32',
      },
      Deposited: {
        assetId: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdrawn: {
        assetId: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      ReservesUpdated: {
        assetId: 'u32',
        reserves: 'Vec<Null>',
      },
      ReservesRemoved: {
        assetId: 'u32',
      },
      IssuedCredit: {
        assetId: 'u32',
        amount: 'u128',
      },
      BurnedCredit: {
        assetId: 'u32',
        amount: 'u128',
      },
      IssuedDebt: {
        assetId: 'u32',
        amount: 'u128',
      },
      BurnedDebt: {
        assetId: 'u32',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup150: pallet_membership::pallet::Event<T, I>
   **/
  PalletMembershipEvent: {
    _enum: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy']
  },
  /**
   * Lookup151: pallet_ballast_oracle::pallet::Event<T>
   **/
  PalletBallastOracleEvent: {
    _enum: {
      PricesSubmitted: {
        feeder: 'AccountId32',
        markets: 'u32',
      },
      StatusChanged: {
        market: 'u32',
        from: 'BallastPrimitivesOraclePriceStatus',
        to: 'BallastPrimitivesOraclePriceStatus',
      },
      PriceAggregated: {
        market: 'u32',
        index: 'u128',
        mark: 'u128',
        feeders: 'u32',
      },
      OutlierRejected: {
        market: 'u32',
        feeder: 'AccountId32',
        price: 'u128',
      },
      MarketConfigured: {
        market: 'u32',
      },
      MarketRemoved: {
        market: 'u32',
      },
      MarketNamed: {
        market: 'u32',
        symbol: 'Bytes',
        priceDecimals: 'u8',
      },
      FeederSuspended: {
        feeder: 'AccountId32',
        outliers: 'u32',
        until: 'u32',
      },
      QuorumUnreachable: {
        market: 'u32',
        quorum: 'u32',
        feeders: 'u32'
      }
    }
  },
  /**
   * Lookup152: ballast_primitives::traits::oracle::PriceStatus
   **/
  BallastPrimitivesOraclePriceStatus: {
    _enum: ['Live', 'Stale', 'Diverging']
  },
  /**
   * Lookup153: pallet_ballast_circuit_breaker::pallet::Event<T>
   **/
  PalletBallastCircuitBreakerEvent: {
    _enum: {
      StateChanged: {
        market: 'u32',
        from: 'BallastPrimitivesBreakerMarketState',
        to: 'BallastPrimitivesBreakerMarketState',
        cause: 'PalletBallastCircuitBreakerCause',
      },
      GlobalTripped: {
        drawdown: 'Perbill',
      },
      GlobalReset: {
        drawdown: 'Perbill',
      },
      EmergencyHalted: {
        target: 'PalletBallastCircuitBreakerTarget',
        until: 'u32',
      },
      EmergencyResumed: {
        target: 'PalletBallastCircuitBreakerTarget',
      },
      EmergencyExpired: {
        target: 'PalletBallastCircuitBreakerTarget',
      },
      WithdrawalsPaused: {
        until: 'u32',
      },
      CrisisLevelChanged: {
        from: 'BallastPrimitivesBreakerCrisisLevel',
        to: 'BallastPrimitivesBreakerCrisisLevel',
      },
      BreakerConfigured: {
        market: 'u32',
      },
      BreakerRemoved: {
        market: 'u32',
      },
      VenueConfigured: 'Null'
    }
  },
  /**
   * Lookup154: ballast_primitives::traits::breaker::MarketState
   **/
  BallastPrimitivesBreakerMarketState: {
    _enum: ['Open', 'ReduceOnly', 'Halted']
  },
  /**
   * Lookup155: pallet_ballast_circuit_breaker::types::Cause
   **/
  PalletBallastCircuitBreakerCause: {
    _enum: {
      PriceMove: {
        moved: 'Perbill',
      },
      FeedStale: 'Null',
      FeedDiverging: 'Null',
      Stable: 'Null',
      EmergencyResume: 'Null'
    }
  },
  /**
   * Lookup156: ballast_primitives::traits::breaker::CrisisLevel
   **/
  BallastPrimitivesBreakerCrisisLevel: {
    _enum: ['Calm', 'Elevated', 'Stressed', 'Crisis']
  },
  /**
   * Lookup157: pallet_ballast_margin::pallet::Event<T>
   **/
  PalletBallastMarginEvent: {
    _enum: {
      Deposited: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdrawn: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Traded: {
        _alias: {
          size_: 'size',
        },
        who: 'AccountId32',
        market: 'u32',
        delta: 'i128',
        price: 'u128',
        size_: 'i128',
        fee: 'u128',
        realisedPnl: 'i128',
      },
      FundingSettled: {
        who: 'AccountId32',
        market: 'u32',
        amount: 'i128',
      },
      ProfitSettled: {
        who: 'AccountId32',
        amount: 'u128',
      },
      PositionReduced: {
        who: 'AccountId32',
        market: 'u32',
        closed: 'i128',
        price: 'u128',
        penalty: 'u128',
      },
      ShortfallTaken: {
        who: 'AccountId32',
        amount: 'u128',
      },
      VaultRefilled: {
        from: 'AccountId32',
        amount: 'u128',
      },
      InsuranceFeesCollected: {
        to: 'AccountId32',
        amount: 'u128',
      },
      LiquidityProvided: {
        who: 'AccountId32',
        amount: 'u128',
        shares: 'u128',
      },
      LiquidityWithdrawn: {
        who: 'AccountId32',
        amount: 'u128',
        shares: 'u128',
        forfeited: 'u128',
      },
      VaultPremiumShared: {
        episode: 'u32',
        pot: 'u128',
      },
      MarketConfigured: {
        market: 'u32',
      },
      VaultConfigured: 'Null',
      MarginScaleChanged: {
        market: 'u32',
        initial: 'u128',
        maintenance: 'u128',
      },
      ScalingConfigured: 'Null',
      MaintenanceRaiseInForce: {
        market: 'u32',
      },
      MultiplierFloorSet: {
        floor: 'Option<u128>'
      }
    }
  },
  /**
   * Lookup158: pallet_ballast_liquidation::pallet::Event<T>
   **/
  PalletBallastLiquidationEvent: {
    _enum: {
      Liquidated: {
        who: 'AccountId32',
        market: 'u32',
        closed: 'i128',
        price: 'u128',
        penalty: 'u128',
        healthAfter: 'Option<u128>',
      },
      ShortfallCovered: {
        who: 'AccountId32',
        market: 'u32',
        shortfall: 'u128',
        coverage: 'BallastPrimitivesFundCoverage',
      },
      BlockProcessed: {
        level: 'u128',
        popped: 'u32',
        liquidated: 'u32',
        deferred: 'bool',
        weight: 'SpWeightsWeightV2Weight',
      },
      ParamsSet: {
        params: 'PalletBallastLiquidationLiquidationParams',
      },
      BookCensused: {
        stressedShortfall: 'u128',
        accounts: 'u32'
      }
    }
  },
  /**
   * Lookup159: ballast_primitives::traits::fund::Coverage
   **/
  BallastPrimitivesFundCoverage: {
    byFund: 'u128',
    byVault: 'u128',
    byDeleveraging: 'u128',
    uncovered: 'u128'
  },
  /**
   * Lookup160: pallet_ballast_insurance_fund::pallet::Event<T>
   **/
  PalletBallastInsuranceFundEvent: {
    _enum: {
      Staked: {
        who: 'AccountId32',
        amount: 'u128',
        shares: 'u128',
      },
      WithdrawalRequested: {
        who: 'AccountId32',
        shares: 'u128',
        unlocksAt: 'u32',
      },
      WithdrawalCancelled: {
        who: 'AccountId32',
        shares: 'u128',
      },
      Withdrawn: {
        who: 'AccountId32',
        shares: 'u128',
        amount: 'u128',
      },
      IncomeCollected: {
        amount: 'u128',
      },
      FundCovered: {
        who: 'AccountId32',
        market: 'u32',
        amount: 'u128',
      },
      VaultAbsorbed: {
        who: 'AccountId32',
        market: 'u32',
        amount: 'u128',
      },
      Deleveraged: {
        who: 'AccountId32',
        market: 'u32',
        closed: 'i128',
        price: 'u128',
        recovered: 'u128',
      },
      DeficitCarried: {
        market: 'u32',
        side: 'PalletBallastInsuranceFundSide',
        remaining: 'u128',
      },
      DeficitReduced: {
        market: 'u32',
        side: 'PalletBallastInsuranceFundSide',
        byFund: 'u128',
        byDeleveraging: 'u128',
        remaining: 'u128',
      },
      ProfitCapReached: {
        market: 'u32',
        side: 'PalletBallastInsuranceFundSide',
        openProfit: 'u128',
        cash: 'u128',
      },
      CrisisStarted: {
        episode: 'u32',
        eligible: 'u128',
      },
      CrisisEnded: {
        episode: 'u32',
        premium: 'u128',
        perShare: 'u128',
      },
      PremiumClaimed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ParamsSet: {
        params: 'PalletBallastInsuranceFundFundParams',
      },
      SharesExtinguished: {
        era: 'u32'
      }
    }
  },
  /**
   * Lookup161: pallet_ballast_insurance_fund::types::Side
   **/
  PalletBallastInsuranceFundSide: {
    _enum: ['Long', 'Short']
  },
  /**
   * Lookup162: pallet_ballast_reputation::pallet::Event<T>
   **/
  PalletBallastReputationEvent: {
    _enum: {
      TierChanged: {
        who: 'AccountId32',
        from: 'u32',
        to: 'u32',
      },
      Struck: {
        who: 'AccountId32',
        strikes: 'u8',
      },
      ParamsSet: 'Null'
    }
  },
  /**
   * Lookup163: pallet_preimage::pallet::Event<T>
   **/
  PalletPreimageEvent: {
    _enum: {
      Noted: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Requested: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Cleared: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup164: pallet_scheduler::pallet::Event<T>
   **/
  PalletSchedulerEvent: {
    _enum: {
      Scheduled: {
        when: 'u32',
        index: 'u32',
      },
      Canceled: {
        when: 'u32',
        index: 'u32',
      },
      Dispatched: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      RetrySet: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        period: 'u32',
        retries: 'u8',
      },
      RetryCancelled: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      CallUnavailable: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PeriodicFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      RetryFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PermanentlyOverweight: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      AgendaIncomplete: {
        when: 'u32'
      }
    }
  },
  /**
   * Lookup166: pallet_conviction_voting::pallet::Event<T, I>
   **/
  PalletConvictionVotingEvent: {
    _enum: {
      Delegated: '(AccountId32,AccountId32,u16)',
      Undelegated: '(AccountId32,u16)',
      Voted: {
        who: 'AccountId32',
        vote: 'PalletConvictionVotingVoteAccountVote',
        pollIndex: 'u32',
      },
      VoteRemoved: {
        who: 'AccountId32',
        vote: 'PalletConvictionVotingVoteAccountVote',
        pollIndex: 'u32',
      },
      VoteUnlocked: {
        who: 'AccountId32',
        class: 'u16'
      }
    }
  },
  /**
   * Lookup167: pallet_referenda::pallet::Event<T, I>
   **/
  PalletReferendaEvent: {
    _enum: {
      Submitted: {
        index: 'u32',
        track: 'u16',
        proposal: 'FrameSupportPreimagesBounded',
      },
      DecisionDepositPlaced: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      DecisionDepositRefunded: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      DepositSlashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      DecisionStarted: {
        index: 'u32',
        track: 'u16',
        proposal: 'FrameSupportPreimagesBounded',
        tally: 'PalletConvictionVotingTally',
      },
      ConfirmStarted: {
        index: 'u32',
      },
      ConfirmAborted: {
        index: 'u32',
      },
      Confirmed: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Approved: {
        index: 'u32',
      },
      Rejected: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      TimedOut: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Cancelled: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Killed: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      SubmissionDepositRefunded: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      MetadataSet: {
        _alias: {
          hash_: 'hash',
        },
        index: 'u32',
        hash_: 'H256',
      },
      MetadataCleared: {
        _alias: {
          hash_: 'hash',
        },
        index: 'u32',
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup168: pallet_conviction_voting::types::Tally<Votes, Total>
   **/
  PalletConvictionVotingTally: {
    ayes: 'u128',
    nays: 'u128',
    support: 'u128'
  },
  /**
   * Lookup169: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup170: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup172: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup175: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup176: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup177: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup178: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup180: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup181: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup182: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup183: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup188: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup190: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup193: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup194: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup196: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup198: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup199: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup202: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup205: frame_support::traits::tokens::misc::IdAmount<ballast_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'BallastRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup208: frame_support::traits::tokens::misc::IdAmount<ballast_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'BallastRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup209: ballast_runtime::RuntimeFreezeReason
   **/
  BallastRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup211: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup212: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup213: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup214: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup215: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup216: pallet_assets::types::AssetDetails<Balance, sp_core::crypto::AccountId32, DepositBalance>
   **/
  PalletAssetsAssetDetails: {
    owner: 'AccountId32',
    issuer: 'AccountId32',
    admin: 'AccountId32',
    freezer: 'AccountId32',
    supply: 'u128',
    deposit: 'u128',
    minBalance: 'u128',
    isSufficient: 'bool',
    accounts: 'u32',
    sufficients: 'u32',
    approvals: 'u32',
    status: 'PalletAssetsAssetStatus'
  },
  /**
   * Lookup217: pallet_assets::types::AssetStatus
   **/
  PalletAssetsAssetStatus: {
    _enum: ['Live', 'Frozen', 'Destroying']
  },
  /**
   * Lookup219: pallet_assets::types::AssetAccount<Balance, DepositBalance, Extra, sp_core::crypto::AccountId32>
   **/
  PalletAssetsAssetAccount: {
    balance: 'u128',
    status: 'PalletAssetsAccountStatus',
    reason: 'PalletAssetsExistenceReason',
    extra: 'Null'
  },
  /**
   * Lookup220: pallet_assets::types::AccountStatus
   **/
  PalletAssetsAccountStatus: {
    _enum: ['Liquid', 'Frozen', 'Blocked']
  },
  /**
   * Lookup221: pallet_assets::types::ExistenceReason<Balance, sp_core::crypto::AccountId32>
   **/
  PalletAssetsExistenceReason: {
    _enum: {
      Consumer: 'Null',
      Sufficient: 'Null',
      DepositHeld: 'u128',
      DepositRefunded: 'Null',
      DepositFrom: '(AccountId32,u128)'
    }
  },
  /**
   * Lookup223: pallet_assets::types::Approval<Balance, DepositBalance>
   **/
  PalletAssetsApproval: {
    amount: 'u128',
    deposit: 'u128'
  },
  /**
   * Lookup224: pallet_assets::types::AssetMetadata<DepositBalance, bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletAssetsAssetMetadata: {
    deposit: 'u128',
    name: 'Bytes',
    symbol: 'Bytes',
    decimals: 'u8',
    isFrozen: 'bool'
  },
  /**
   * Lookup226: pallet_assets::pallet::Error<T, I>
   **/
  PalletAssetsError: {
    _enum: ['BalanceLow', 'NoAccount', 'NoPermission', 'Unknown', 'Frozen', 'InUse', 'BadWitness', 'MinBalanceZero', 'UnavailableConsumer', 'BadMetadata', 'Unapproved', 'WouldDie', 'AlreadyExists', 'NoDeposit', 'WouldBurn', 'LiveAsset', 'AssetNotLive', 'IncorrectStatus', 'NotFrozen', 'CallbackFailed', 'BadAssetId', 'AssetIdAllocationFailed', 'ContainsFreezes', 'ContainsHolds', 'TooManyReserves', 'IncompleteDepositTransfer']
  },
  /**
   * Lookup228: pallet_membership::pallet::Error<T, I>
   **/
  PalletMembershipError: {
    _enum: ['AlreadyMember', 'NotMember', 'TooManyMembers']
  },
  /**
   * Lookup229: pallet_ballast_oracle::types::Submission<BlockNumber>
   **/
  PalletBallastOracleSubmission: {
    price: 'u128',
    submittedAt: 'u32'
  },
  /**
   * Lookup230: pallet_ballast_oracle::types::Feed<BlockNumber>
   **/
  PalletBallastOracleFeed: {
    index: 'u128',
    mark: 'u128',
    variance: 'u128',
    updatedAt: 'u32',
    status: 'BallastPrimitivesOraclePriceStatus'
  },
  /**
   * Lookup231: pallet_ballast_oracle::types::RecentOutliers<BlockNumber>
   **/
  PalletBallastOracleRecentOutliers: {
    count: 'u32',
    since: 'u32'
  },
  /**
   * Lookup232: pallet_ballast_oracle::types::StressRecord<BlockNumber>
   **/
  PalletBallastOracleStressRecord: {
    periodStart: 'u32',
    worst: 'Vec<u128>',
    beforeLast: 'u128',
    filtered: 'u128'
  },
  /**
   * Lookup235: ballast_primitives::traits::oracle::MarketName
   **/
  BallastPrimitivesOracleMarketName: {
    symbol: 'Bytes',
    priceDecimals: 'u8'
  },
  /**
   * Lookup236: pallet_ballast_oracle::pallet::Error<T>
   **/
  PalletBallastOracleError: {
    _enum: ['NotFeeder', 'AlreadySubmitted', 'UnknownMarket', 'PriceOutOfRange', 'DuplicateMarket', 'EmptySubmission', 'InvalidConfig', 'QuorumAboveFeeders', 'FeederSuspended', 'TooManyMarkets', 'InvalidName', 'SymbolTaken']
  },
  /**
   * Lookup237: pallet_ballast_circuit_breaker::types::Breaker<BlockNumber>
   **/
  PalletBallastCircuitBreakerBreaker: {
    params: 'PalletBallastCircuitBreakerBreakerParams',
    state: 'BallastPrimitivesBreakerMarketState',
    since: 'u32',
    disturbedAt: 'u32',
    samples: 'Vec<(u32,u128)>',
    lastIndex: 'Option<u128>',
    emergencyUntil: 'Option<u32>',
    wasLive: 'bool'
  },
  /**
   * Lookup238: pallet_ballast_circuit_breaker::types::VenueState<BlockNumber>
   **/
  PalletBallastCircuitBreakerVenueState: {
    globalTripped: 'bool',
    emergencyUntil: 'Option<u32>',
    withdrawalsPausedUntil: 'Option<u32>',
    withdrawalsHaltedUntil: 'Option<u32>',
    level: 'BallastPrimitivesBreakerCrisisLevel'
  },
  /**
   * Lookup239: ballast_primitives::traits::breaker::WithdrawalPool
   **/
  BallastPrimitivesBreakerWithdrawalPool: {
    _enum: ['Collateral', 'Vault', 'Fund']
  },
  /**
   * Lookup240: pallet_ballast_circuit_breaker::types::Outflow<BlockNumber>
   **/
  PalletBallastCircuitBreakerOutflow: {
    windowStart: 'u32',
    heldAtStart: 'u128',
    netOutflow: 'u128'
  },
  /**
   * Lookup241: pallet_ballast_circuit_breaker::types::Correlation
   **/
  PalletBallastCircuitBreakerCorrelation: {
    meanReturnSquared: 'u128',
    returnSquaredMean: 'u128',
    estimate: 'u128'
  },
  /**
   * Lookup242: pallet_ballast_circuit_breaker::pallet::Error<T>
   **/
  PalletBallastCircuitBreakerError: {
    _enum: ['InvalidParameters', 'TooManyMarkets', 'UnknownMarket', 'NotHalted']
  },
  /**
   * Lookup243: pallet_ballast_margin::types::Market<BlockNumber>
   **/
  PalletBallastMarginMarket: {
    params: 'PalletBallastMarginMarketParams',
    totals: 'PalletBallastMarginMarketTotals',
    scale: 'PalletBallastMarginMarginScale',
    raisedFrom: 'Option<PalletBallastMarginMarketParams>'
  },
  /**
   * Lookup244: pallet_ballast_margin::types::MarketTotals<BlockNumber>
   **/
  PalletBallastMarginMarketTotals: {
    longSize: 'i128',
    shortSize: 'i128',
    longEntryValue: 'u128',
    shortEntryValue: 'u128',
    fundingIndex: 'i128',
    fundingUpdated: 'u32',
    valuedAt: 'u128',
    longPnl: 'i128',
    shortPnl: 'i128'
  },
  /**
   * Lookup246: pallet_ballast_margin::types::MarginScale
   **/
  PalletBallastMarginMarginScale: {
    initial: 'u128',
    maintenance: 'u128',
    phaseIn: 'u128'
  },
  /**
   * Lookup248: pallet_ballast_margin::types::MarginAccount
   **/
  PalletBallastMarginMarginAccount: {
    collateral: 'u128',
    unsettledProfit: 'u128',
    shortfall: 'u128',
    positions: 'Vec<(u32,PalletBallastMarginPosition)>'
  },
  /**
   * Lookup251: pallet_ballast_margin::types::Position
   **/
  PalletBallastMarginPosition: {
    _alias: {
      size_: 'size'
    },
    size_: 'i128',
    entryValue: 'u128',
    fundingIndex: 'i128'
  },
  /**
   * Lookup253: pallet_ballast_margin::types::PooledLedgers
   **/
  PalletBallastMarginPooledLedgers: {
    vault: 'PalletBallastMarginVault',
    unsettledProfit: 'u128',
    insuranceFees: 'u128',
    openPnl: 'PalletBallastMarginTradersPnl',
    premium: 'PalletBallastMarginVaultPremium'
  },
  /**
   * Lookup254: pallet_ballast_margin::types::Vault
   **/
  PalletBallastMarginVault: {
    cash: 'u128',
    shares: 'u128'
  },
  /**
   * Lookup255: pallet_ballast_margin::types::TradersPnl
   **/
  PalletBallastMarginTradersPnl: {
    net: 'i128',
    openProfit: 'u128'
  },
  /**
   * Lookup256: pallet_ballast_margin::types::VaultPremium
   **/
  PalletBallastMarginVaultPremium: {
    episode: 'Option<u32>',
    rate: 'Perbill',
    pot: 'u128'
  },
  /**
   * Lookup258: ballast_primitives::traits::fund::LossSource
   **/
  BallastPrimitivesFundLossSource: {
    market: 'u32',
    shortfall: 'u128',
    closed: 'i128',
    price: 'u128'
  },
  /**
   * Lookup260: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup261: pallet_ballast_margin::pallet::Error<T>
   **/
  PalletBallastMarginError: {
    _enum: ['Zero', 'BelowMinimumDeposit', 'InsufficientCollateral', 'WouldBreachMargin', 'UnknownMarket', 'OrderTooSmall', 'PriceUnavailable', 'PriceLimitExceeded', 'ImpactTooLarge', 'InsufficientMargin', 'LeverageTooHigh', 'OpenInterestCap', 'VaultCapacity', 'TooManyPositions', 'MarketReduceOnly', 'MarketHalted', 'NoPosition', 'Overflow', 'FloorOutOfRange', 'InvalidParameters', 'TooManyMarkets', 'InsufficientShares', 'VaultInsolvent', 'VaultBackingTight', 'VaultEmpty', 'WithdrawalsPaused', 'WithdrawalLimited']
  },
  /**
   * Lookup264: pallet_ballast_liquidation::types::Followed
   **/
  PalletBallastLiquidationFollowed: {
    market: 'u32',
    mark: 'u128',
    index: 'u128'
  },
  /**
   * Lookup268: pallet_ballast_liquidation::types::Census<sp_core::crypto::AccountId32>
   **/
  PalletBallastLiquidationCensus: {
    cursor: 'Option<([u8;16],AccountId32)>',
    running: 'PalletBallastLiquidationStressedLoss'
  },
  /**
   * Lookup270: pallet_ballast_liquidation::types::StressedLoss
   **/
  PalletBallastLiquidationStressedLoss: {
    down: 'u128',
    up: 'u128',
    extremeDown: 'u128',
    extremeUp: 'u128',
    accounts: 'u32'
  },
  /**
   * Lookup271: pallet_ballast_liquidation::types::CensusResult<BlockNumber>
   **/
  PalletBallastLiquidationCensusResult: {
    loss: 'PalletBallastLiquidationStressedLoss',
    target: 'u128',
    at: 'u32'
  },
  /**
   * Lookup272: pallet_ballast_liquidation::pallet::Error<T>
   **/
  PalletBallastLiquidationError: {
    _enum: ['InvalidParams']
  },
  /**
   * Lookup273: pallet_ballast_insurance_fund::types::PendingWithdrawal<BlockNumber>
   **/
  PalletBallastInsuranceFundPendingWithdrawal: {
    shares: 'u128',
    unlocksAt: 'u32'
  },
  /**
   * Lookup276: pallet_ballast_insurance_fund::types::Deficit
   **/
  PalletBallastInsuranceFundDeficit: {
    price: 'u128',
    remaining: 'u128'
  },
  /**
   * Lookup277: pallet_ballast_insurance_fund::types::Episode
   **/
  PalletBallastInsuranceFundEpisode: {
    id: 'u32',
    pot: 'u128',
    eligible: 'u128'
  },
  /**
   * Lookup278: pallet_ballast_insurance_fund::types::PremiumRecord
   **/
  PalletBallastInsuranceFundPremiumRecord: {
    checkpoint: 'u128',
    owed: 'u128',
    actedIn: 'Option<(u32,u128)>'
  },
  /**
   * Lookup281: pallet_ballast_insurance_fund::pallet::Error<T>
   **/
  PalletBallastInsuranceFundError: {
    _enum: ['Zero', 'BelowMinimumStake', 'InsufficientShares', 'WithdrawalPending', 'NoWithdrawal', 'CooldownActive', 'WithdrawalLapsed', 'BelowMinimumRemaining', 'Overflow', 'InvalidParams', 'NoPremium', 'WithdrawalsPaused', 'WithdrawalLimited']
  },
  /**
   * Lookup282: pallet_ballast_reputation::types::Record<BlockNumber>
   **/
  PalletBallastReputationRecord: {
    firstSeen: 'u32',
    volume: 'u128',
    heldVolume: 'u128',
    heldSince: 'u32',
    strikes: 'u8',
    strikesUpdated: 'u32'
  },
  /**
   * Lookup283: pallet_ballast_reputation::pallet::Error<T>
   **/
  PalletBallastReputationError: {
    _enum: ['InvalidParameters']
  },
  /**
   * Lookup284: pallet_preimage::OldRequestStatus<sp_core::crypto::AccountId32, Balance>
   **/
  PalletPreimageOldRequestStatus: {
    _enum: {
      Unrequested: {
        deposit: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        deposit: 'Option<(AccountId32,u128)>',
        count: 'u32',
        len: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup287: pallet_preimage::RequestStatus<sp_core::crypto::AccountId32, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletPreimageRequestStatus: {
    _enum: {
      Unrequested: {
        ticket: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        maybeTicket: 'Option<(AccountId32,u128)>',
        count: 'u32',
        maybeLen: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup293: pallet_preimage::pallet::Error<T>
   **/
  PalletPreimageError: {
    _enum: ['TooBig', 'AlreadyNoted', 'NotAuthorized', 'NotNoted', 'Requested', 'NotRequested', 'TooMany', 'TooFew']
  },
  /**
   * Lookup296: pallet_scheduler::Scheduled<Name, frame_support::traits::preimages::Bounded<ballast_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, BlockNumber, ballast_runtime::OriginCaller, sp_core::crypto::AccountId32>
   **/
  PalletSchedulerScheduled: {
    maybeId: 'Option<[u8;32]>',
    priority: 'u8',
    call: 'FrameSupportPreimagesBounded',
    maybePeriodic: 'Option<(u32,u32)>',
    origin: 'BallastRuntimeOriginCaller'
  },
  /**
   * Lookup298: pallet_scheduler::RetryConfig<Period>
   **/
  PalletSchedulerRetryConfig: {
    totalRetries: 'u8',
    remaining: 'u8',
    period: 'u32'
  },
  /**
   * Lookup299: pallet_scheduler::pallet::Error<T>
   **/
  PalletSchedulerError: {
    _enum: ['FailedToSchedule', 'NotFound', 'TargetBlockNumberInPast', 'RescheduleNoChange', 'Named']
  },
  /**
   * Lookup301: pallet_conviction_voting::vote::Voting<Balance, sp_core::crypto::AccountId32, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteVoting: {
    _enum: {
      Casting: 'PalletConvictionVotingVoteCasting',
      Delegating: 'PalletConvictionVotingVoteDelegating'
    }
  },
  /**
   * Lookup302: pallet_conviction_voting::vote::Casting<Balance, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteCasting: {
    votes: 'Vec<(u32,PalletConvictionVotingVoteAccountVote)>',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup306: pallet_conviction_voting::types::Delegations<Balance>
   **/
  PalletConvictionVotingDelegations: {
    votes: 'u128',
    capital: 'u128'
  },
  /**
   * Lookup307: pallet_conviction_voting::vote::PriorLock<BlockNumber, Balance>
   **/
  PalletConvictionVotingVotePriorLock: '(u32,u128)',
  /**
   * Lookup308: pallet_conviction_voting::vote::Delegating<Balance, sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConvictionVotingVoteDelegating: {
    balance: 'u128',
    target: 'AccountId32',
    conviction: 'PalletConvictionVotingConviction',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup312: pallet_conviction_voting::pallet::Error<T, I>
   **/
  PalletConvictionVotingError: {
    _enum: ['NotOngoing', 'NotVoter', 'NoPermission', 'NoPermissionYet', 'AlreadyDelegating', 'AlreadyVoting', 'InsufficientFunds', 'NotDelegating', 'Nonsense', 'MaxVotesReached', 'ClassNeeded', 'BadClass']
  },
  /**
   * Lookup313: pallet_referenda::types::ReferendumInfo<TrackId, ballast_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<ballast_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
   **/
  PalletReferendaReferendumInfo: {
    _enum: {
      Ongoing: 'PalletReferendaReferendumStatus',
      Approved: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Rejected: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Cancelled: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      TimedOut: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Killed: 'u32'
    }
  },
  /**
   * Lookup314: pallet_referenda::types::ReferendumStatus<TrackId, ballast_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<ballast_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
   **/
  PalletReferendaReferendumStatus: {
    track: 'u16',
    origin: 'BallastRuntimeOriginCaller',
    proposal: 'FrameSupportPreimagesBounded',
    enactment: 'FrameSupportScheduleDispatchTime',
    submitted: 'u32',
    submissionDeposit: 'PalletReferendaDeposit',
    decisionDeposit: 'Option<PalletReferendaDeposit>',
    deciding: 'Option<PalletReferendaDecidingStatus>',
    tally: 'PalletConvictionVotingTally',
    inQueue: 'bool',
    alarm: 'Option<(u32,(u32,u32))>'
  },
  /**
   * Lookup315: pallet_referenda::types::Deposit<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReferendaDeposit: {
    who: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup318: pallet_referenda::types::DecidingStatus<BlockNumber>
   **/
  PalletReferendaDecidingStatus: {
    since: 'u32',
    confirming: 'Option<u32>'
  },
  /**
   * Lookup325: pallet_referenda::types::TrackDetails<Balance, Moment, Name>
   **/
  PalletReferendaTrackDetails: {
    name: 'Text',
    maxDeciding: 'u32',
    decisionDeposit: 'u128',
    preparePeriod: 'u32',
    decisionPeriod: 'u32',
    confirmPeriod: 'u32',
    minEnactmentPeriod: 'u32',
    minApproval: 'PalletReferendaCurve',
    minSupport: 'PalletReferendaCurve'
  },
  /**
   * Lookup326: pallet_referenda::types::Curve
   **/
  PalletReferendaCurve: {
    _enum: {
      LinearDecreasing: {
        length: 'Perbill',
        floor: 'Perbill',
        ceil: 'Perbill',
      },
      SteppedDecreasing: {
        begin: 'Perbill',
        end: 'Perbill',
        step: 'Perbill',
        period: 'Perbill',
      },
      Reciprocal: {
        factor: 'i64',
        xOffset: 'i64',
        yOffset: 'i64'
      }
    }
  },
  /**
   * Lookup329: pallet_referenda::pallet::Error<T, I>
   **/
  PalletReferendaError: {
    _enum: ['NotOngoing', 'HasDeposit', 'BadTrack', 'Full', 'QueueEmpty', 'BadReferendum', 'NothingToDo', 'NoTrack', 'Unfinished', 'NoPermission', 'NoDeposit', 'BadStatus', 'PreimageNotExist', 'PreimageStoredWithDifferentLength']
  },
  /**
   * Lookup330: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup331: ballast_runtime::Runtime
   **/
  BallastRuntimeRuntime: 'Null',
  /**
   * Lookup332: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, ballast_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup333: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup337: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup342: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup343: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup344: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup345: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup350: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup351: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup353: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup356: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup360: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup364: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup365: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup367: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup369: ballast_venue_runtime_api::VenueMarket
   **/
  BallastVenueRuntimeApiVenueMarket: {
    id: 'u32',
    name: 'Option<BallastPrimitivesOracleMarketName>'
  },
  /**
   * Lookup374: ballast_primitives::traits::oracle::PriceSnapshot<BlockNumber>
   **/
  BallastPrimitivesOraclePriceSnapshot: {
    index: 'u128',
    mark: 'u128',
    volatility: 'u128',
    updatedAt: 'u32',
    status: 'BallastPrimitivesOraclePriceStatus'
  },
  /**
   * Lookup376: pallet_ballast_margin::types::AccountSummary
   **/
  PalletBallastMarginAccountSummary: {
    collateral: 'u128',
    unsettledProfit: 'u128',
    shortfall: 'u128',
    equity: 'i128',
    initialRequirement: 'u128',
    maintenanceRequirement: 'u128',
    health: 'Option<u128>',
    withdrawable: 'u128',
    positions: 'Vec<PalletBallastMarginPositionSummary>'
  },
  /**
   * Lookup378: pallet_ballast_margin::types::PositionSummary
   **/
  PalletBallastMarginPositionSummary: {
    _alias: {
      size_: 'size'
    },
    market: 'u32',
    size_: 'i128',
    entryPrice: 'u128',
    markPrice: 'u128',
    unrealisedPnl: 'i128',
    fundingOwed: 'i128',
    liquidationPrice: 'Option<u128>'
  },
  /**
   * Lookup379: pallet_ballast_margin::types::VaultSummary
   **/
  PalletBallastMarginVaultSummary: {
    cash: 'u128',
    shares: 'u128',
    equity: 'i128',
    openProfit: 'u128',
    unsettledProfit: 'u128',
    insuranceFees: 'u128',
    crisisEpisode: 'Option<u32>',
    crisisPot: 'u128'
  },
  /**
   * Lookup383: pallet_ballast_liquidation::types::AtRisk<sp_core::crypto::AccountId32>
   **/
  PalletBallastLiquidationAtRisk: {
    who: 'AccountId32',
    trigger: 'u128',
    distance: 'u128',
    health: 'BallastPrimitivesMarginAccountHealth',
    probability: 'Perbill'
  },
  /**
   * Lookup384: ballast_primitives::traits::margin::AccountHealth
   **/
  BallastPrimitivesMarginAccountHealth: {
    equity: 'i128',
    initialRequirement: 'u128',
    maintenanceRequirement: 'u128'
  },
  /**
   * Lookup385: pallet_ballast_liquidation::types::EngineState
   **/
  PalletBallastLiquidationEngineState: {
    watermark: 'u128',
    marketsFollowed: 'u32',
    indexed: 'u32',
    due: 'u32',
    fundingCap: 'u128',
    params: 'PalletBallastLiquidationLiquidationParams'
  },
  /**
   * Lookup387: pallet_ballast_liquidation::types::AccountRisk
   **/
  PalletBallastLiquidationAccountRisk: {
    probability: 'Perbill',
    headroom: 'i128',
    pnlDeviation: 'u128',
    expectedShortfall: 'u128',
    horizon: 'u32'
  },
  /**
   * Lookup388: pallet_ballast_liquidation::types::BookRisk
   **/
  PalletBallastLiquidationBookRisk: {
    accounts: 'u32',
    truncated: 'bool',
    expectedLiquidations: 'u128',
    expectedShortfall: 'u128',
    horizon: 'u32'
  },
  /**
   * Lookup390: ballast_venue_runtime_api::stress::Scenario
   **/
  BallastVenueRuntimeApiStressScenario: {
    steps: 'Vec<BallastVenueRuntimeApiStressStep>',
    list: 'u32',
    marginMultiplier: 'Option<u128>'
  },
  /**
   * Lookup392: ballast_venue_runtime_api::stress::Step
   **/
  BallastVenueRuntimeApiStressStep: {
    shocks: 'Vec<BallastVenueRuntimeApiStressShock>',
    outages: 'Vec<u32>'
  },
  /**
   * Lookup394: ballast_venue_runtime_api::stress::Shock
   **/
  BallastVenueRuntimeApiStressShock: {
    market: 'u32',
    by: 'BallastVenueRuntimeApiStressPriceMove'
  },
  /**
   * Lookup395: ballast_venue_runtime_api::stress::PriceMove
   **/
  BallastVenueRuntimeApiStressPriceMove: {
    _enum: {
      BasisPoints: 'i32',
      To: 'u128'
    }
  },
  /**
   * Lookup400: ballast_venue_runtime_api::stress::StepOutcome<sp_core::crypto::AccountId32>
   **/
  BallastVenueRuntimeApiStressStepOutcome: {
    block: 'u32',
    prices: 'Vec<(u32,Option<(u128,u128)>)>',
    liquidatedPartially: 'u32',
    liquidatedWholly: 'u32',
    largest: 'Vec<BallastVenueRuntimeApiStressLiquidated>',
    notionalClosed: 'u128',
    shortfall: 'u128',
    fundCovered: 'u128',
    vaultAbsorbed: 'u128',
    deleveraged: 'u128',
    deleveragedPositions: 'u32',
    deficitCarried: 'u128',
    breakers: 'Vec<(u32,BallastPrimitivesBreakerMarketState)>',
    crisisLevel: 'BallastPrimitivesBreakerCrisisLevel',
    fundBalance: 'u128',
    vaultEquity: 'i128'
  },
  /**
   * Lookup406: ballast_venue_runtime_api::stress::Liquidated<sp_core::crypto::AccountId32>
   **/
  BallastVenueRuntimeApiStressLiquidated: {
    who: 'AccountId32',
    market: 'u32',
    notional: 'u128',
    loss: 'u128',
    whole: 'bool'
  },
  /**
   * Lookup409: ballast_venue_runtime_api::stress::StressError
   **/
  BallastVenueRuntimeApiStressStressError: {
    _enum: {
      TooManyScenarios: {
        max: 'u32',
      },
      BadStepCount: {
        scenario: 'u32',
        max: 'u32',
      },
      TooManyShocks: {
        scenario: 'u32',
        step: 'u32',
        max: 'u32',
      },
      TooManyListed: {
        max: 'u32',
      },
      UnknownMarket: {
        market: 'u32',
      },
      BadShock: {
        market: 'u32',
      },
      BadMarginMultiplier: {
        scenario: 'u32',
        max: 'u32'
      }
    }
  },
  /**
   * Lookup410: ballast_venue_runtime_api::activity::BlockActivity
   **/
  BallastVenueRuntimeApiActivityBlockActivity: {
    liquidatedPartially: 'u32',
    liquidatedWholly: 'u32',
    notionalClosed: 'u128',
    penalties: 'u128',
    shortfall: 'u128',
    fundCovered: 'u128',
    vaultAbsorbed: 'u128',
    deleveraged: 'u128',
    deleveragedPositions: 'u32',
    deficitCarried: 'u128',
    hookRefTime: 'u64',
    hookProofSize: 'u64',
    popped: 'u32',
    deferred: 'bool',
    feeds: 'Vec<BallastVenueRuntimeApiActivityFeedActivity>',
    breakers: 'Vec<(u32,BallastPrimitivesBreakerMarketState)>'
  },
  /**
   * Lookup412: ballast_venue_runtime_api::activity::FeedActivity
   **/
  BallastVenueRuntimeApiActivityFeedActivity: {
    market: 'u32',
    feeders: 'u32',
    outliers: 'u32'
  },
  /**
   * Lookup414: ballast_venue_runtime_api::solvency::SolvencyCursor
   **/
  BallastVenueRuntimeApiSolvencySolvencyCursor: {
    after: 'Bytes',
    heldSoFar: 'u128'
  },
  /**
   * Lookup415: ballast_venue_runtime_api::solvency::Solvency
   **/
  BallastVenueRuntimeApiSolvency: {
    supply: 'u128',
    heldByAccounts: 'u128',
    marginHeld: 'u128',
    collateral: 'u128',
    vaultCash: 'u128',
    feesOwedToFund: 'u128',
    shortfall: 'u128',
    fundLedger: 'u128',
    fundHeld: 'u128',
    conserved: 'bool',
    next: 'Option<BallastVenueRuntimeApiSolvencySolvencyCursor>'
  },
  /**
   * Lookup416: pallet_ballast_insurance_fund::types::FundState
   **/
  PalletBallastInsuranceFundFundState: {
    balance: 'u128',
    shares: 'u128',
    sharePrice: 'Option<u128>',
    pendingShares: 'u128',
    drawdown: 'Perbill',
    deficits: 'u128',
    premiumReserved: 'u128',
    episode: 'Option<PalletBallastInsuranceFundEpisode>',
    params: 'PalletBallastInsuranceFundFundParams',
    target: 'Option<u128>',
    cover: 'Option<u128>'
  },
  /**
   * Lookup419: pallet_ballast_insurance_fund::types::StakerState<BlockNumber>
   **/
  PalletBallastInsuranceFundStakerState: {
    shares: 'u128',
    value: 'u128',
    pending: 'Option<PalletBallastInsuranceFundPendingWithdrawal>',
    premium: 'u128'
  },
  /**
   * Lookup422: pallet_ballast_insurance_fund::types::AdlRanking
   **/
  PalletBallastInsuranceFundAdlRanking: {
    market: 'u32',
    side: 'PalletBallastInsuranceFundSide',
    score: 'u128',
    ahead: 'u32'
  },
  /**
   * Lookup424: pallet_ballast_circuit_breaker::types::MarketBreakerView<BlockNumber>
   **/
  PalletBallastCircuitBreakerMarketBreakerView: {
    market: 'u32',
    effective: 'BallastPrimitivesBreakerMarketState',
    state: 'BallastPrimitivesBreakerMarketState',
    since: 'u32',
    disturbedAt: 'u32',
    stepsBackAt: 'Option<u32>',
    emergencyUntil: 'Option<u32>',
    params: 'PalletBallastCircuitBreakerBreakerParams'
  },
  /**
   * Lookup426: pallet_ballast_circuit_breaker::types::VenueView<BlockNumber>
   **/
  PalletBallastCircuitBreakerVenueView: {
    level: 'BallastPrimitivesBreakerCrisisLevel',
    globalTripped: 'bool',
    emergencyUntil: 'Option<u32>',
    withdrawalsPausedUntil: 'Option<u32>',
    withdrawalsHaltedUntil: 'Option<u32>',
    correlation: 'u128',
    params: 'PalletBallastCircuitBreakerVenueParams'
  },
  /**
   * Lookup428: pallet_ballast_circuit_breaker::types::WithdrawalLimit<BlockNumber>
   **/
  PalletBallastCircuitBreakerWithdrawalLimit: {
    pool: 'BallastPrimitivesBreakerWithdrawalPool',
    remaining: 'u128',
    windowEndsAt: 'u32'
  },
  /**
   * Lookup429: pallet_ballast_reputation::types::Standing
   **/
  PalletBallastReputationStanding: {
    score: 'u32',
    strikes: 'u8',
    tier: 'u32',
    maxLeverage: 'u128'
  },
  /**
   * Lookup433: ballast_runtime::RuntimeError
   **/
  BallastRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Grandpa: 'PalletGrandpaError',
      Balances: 'PalletBalancesError',
      __Unused5: 'Null',
      Sudo: 'PalletSudoError',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Assets: 'PalletAssetsError',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      OracleFeeders: 'PalletMembershipError',
      Oracle: 'PalletBallastOracleError',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      CircuitBreaker: 'PalletBallastCircuitBreakerError',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      Margin: 'PalletBallastMarginError',
      Liquidation: 'PalletBallastLiquidationError',
      InsuranceFund: 'PalletBallastInsuranceFundError',
      __Unused33: 'Null',
      Reputation: 'PalletBallastReputationError',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      Preimage: 'PalletPreimageError',
      Scheduler: 'PalletSchedulerError',
      ConvictionVoting: 'PalletConvictionVotingError',
      Referenda: 'PalletReferendaError',
      __Unused44: 'Null',
      Utility: 'PalletUtilityError'
    }
  }
};
