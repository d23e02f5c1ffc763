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
        keyOwnerProof: 'SpSessionMembershipProof',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpSessionMembershipProof',
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
   * Lookup30: sp_session::MembershipProof
   **/
  SpSessionMembershipProof: {
    session: 'u32',
    trieNodes: 'Vec<Bytes>',
    validatorCount: 'u32'
  },
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
   * Lookup39: pallet_ballast_validators::pallet::Call<T>
   **/
  PalletBallastValidatorsCall: {
    _enum: {
      add_validator: {
        who: 'AccountId32',
      },
      remove_validator: {
        who: 'AccountId32',
      },
      set_session_length: {
        blocks: 'u32'
      }
    }
  },
  /**
   * Lookup40: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'BallastRuntimeOpaqueSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup41: ballast_runtime::opaque::SessionKeys
   **/
  BallastRuntimeOpaqueSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic',
    oracle: 'PalletBallastOracleCryptoPublic'
  },
  /**
   * Lookup42: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup43: pallet_ballast_oracle::crypto::Public
   **/
  PalletBallastOracleCryptoPublic: '[u8;32]',
  /**
   * Lookup44: pallet_assets::pallet::Call<T, I>
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
   * Lookup48: pallet_ballast_oracle::pallet::Call<T>
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
   * Lookup53: pallet_ballast_oracle::types::MarketConfig<BlockNumber>
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
   * Lookup56: pallet_ballast_circuit_breaker::pallet::Call<T>
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
   * Lookup58: pallet_ballast_circuit_breaker::types::BreakerParams
   **/
  PalletBallastCircuitBreakerBreakerParams: {
    window: 'u32',
    reduceOnlyBand: 'Perbill',
    haltBand: 'Perbill',
    cooldown: 'u32',
    calmVolatility: 'u128'
  },
  /**
   * Lookup59: pallet_ballast_circuit_breaker::types::VenueParams
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
   * Lookup60: pallet_ballast_circuit_breaker::types::Target
   **/
  PalletBallastCircuitBreakerTarget: {
    _enum: {
      Market: 'u32',
      Venue: 'Null',
      Withdrawals: 'Null'
    }
  },
  /**
   * Lookup61: pallet_ballast_margin::pallet::Call<T>
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
   * Lookup63: pallet_ballast_margin::types::MarketParams
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
   * Lookup65: pallet_ballast_margin::types::SizeTier
   **/
  PalletBallastMarginSizeTier: {
    minNotional: 'u128',
    initialMargin: 'u128',
    maintenanceMargin: 'u128'
  },
  /**
   * Lookup67: pallet_ballast_margin::types::VaultParams
   **/
  PalletBallastMarginVaultParams: {
    minBacking: 'u128',
    penaltyToInsurance: 'Perbill'
  },
  /**
   * Lookup68: pallet_ballast_margin::types::ScalingParams
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
   * Lookup72: pallet_ballast_liquidation::pallet::Call<T>
   **/
  PalletBallastLiquidationCall: {
    _enum: {
      set_params: {
        params: 'PalletBallastLiquidationLiquidationParams'
      }
    }
  },
  /**
   * Lookup73: pallet_ballast_liquidation::types::LiquidationParams
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
   * Lookup74: pallet_ballast_liquidation::types::BlockShares
   **/
  PalletBallastLiquidationBlockShares: {
    calm: 'Perbill',
    elevated: 'Perbill',
    stressed: 'Perbill',
    crisis: 'Perbill'
  },
  /**
   * Lookup75: pallet_ballast_insurance_fund::pallet::Call<T>
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
   * Lookup76: pallet_ballast_insurance_fund::types::FundParams
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
   * Lookup77: pallet_ballast_insurance_fund::types::AdlRule
   **/
  PalletBallastInsuranceFundAdlRule: {
    _enum: ['Ranked', 'ProRata']
  },
  /**
   * Lookup78: pallet_ballast_reputation::pallet::Call<T>
   **/
  PalletBallastReputationCall: {
    _enum: {
      set_params: {
        params: 'PalletBallastReputationReputationParams'
      }
    }
  },
  /**
   * Lookup79: pallet_ballast_reputation::types::ReputationParams
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
   * Lookup81: pallet_ballast_reputation::types::Tier
   **/
  PalletBallastReputationTier: {
    minScore: 'u32',
    maxLeverage: 'u128',
    markets: 'Vec<(u32,u128)>'
  },
  /**
   * Lookup84: pallet_preimage::pallet::Call<T>
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
   * Lookup86: pallet_scheduler::pallet::Call<T>
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
   * Lookup89: pallet_conviction_voting::pallet::Call<T, I>
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
   * Lookup90: pallet_conviction_voting::vote::AccountVote<Balance>
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
   * Lookup93: pallet_conviction_voting::conviction::Conviction
   **/
  PalletConvictionVotingConviction: {
    _enum: ['None', 'Locked1x', 'Locked2x', 'Locked3x', 'Locked4x', 'Locked5x', 'Locked6x']
  },
  /**
   * Lookup95: pallet_referenda::pallet::Call<T, I>
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
   * Lookup96: ballast_runtime::OriginCaller
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
   * Lookup97: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
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
   * Lookup98: ballast_runtime::governance::origins::pallet::Origin
   **/
  BallastRuntimeGovernanceOriginsPalletOrigin: {
    _enum: ['RiskParameters', 'Emergency', 'OracleAdmin', 'Validators']
  },
  /**
   * Lookup99: frame_support::traits::preimages::Bounded<ballast_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>
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
   * Lookup100: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup102: frame_support::traits::schedule::DispatchTime<BlockNumber>
   **/
  FrameSupportScheduleDispatchTime: {
    _enum: {
      At: 'u32',
      After: 'u32'
    }
  },
  /**
   * Lookup104: pallet_utility::pallet::Call<T>
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
   * Lookup106: sp_runtime::MultiSignature
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
   * Lookup108: frame_system::extensions::authorize_call::AuthorizeCall<T>
   **/
  FrameSystemExtensionsAuthorizeCall: 'Null',
  /**
   * Lookup109: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup110: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup111: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup112: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup115: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup116: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup117: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup118: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup120: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup121: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup123: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup124: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup126: sp_runtime::generic::digest::DigestItem
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
   * Lookup129: frame_system::EventRecord<ballast_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup131: frame_system::pallet::Event<T>
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
   * Lookup132: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup133: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup134: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup135: sp_runtime::DispatchError
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
   * Lookup136: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup137: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup138: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup139: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup140: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup141: pallet_grandpa::pallet::Event
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
   * Lookup144: pallet_balances::pallet::Event<T, I>
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
   * Lookup145: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup146: ballast_runtime::RuntimeHoldReason
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
      Session: 'PalletSessionHoldReason',
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
   * Lookup147: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup148: pallet_preimage::pallet::HoldReason
   **/
  PalletPreimageHoldReason: {
    _enum: ['Preimage']
  },
  /**
   * Lookup149: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup150: pallet_transaction_payment::pallet::Event<T>
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
   * Lookup151: pallet_sudo::pallet::Event<T>
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
   * Lookup154: pallet_ballast_validators::pallet::Event<T>
   **/
  PalletBallastValidatorsEvent: {
    _enum: {
      ValidatorAdded: {
        who: 'AccountId32',
      },
      ValidatorRemoved: {
        who: 'AccountId32',
      },
      SessionLengthSet: {
        blocks: 'u32',
      },
      OffenceReported: {
        who: 'AccountId32',
        session: 'u32',
        disabled: 'bool',
        removed: 'bool',
      },
      SetPlanned: {
        session: 'u32',
        validators: 'u32',
      },
      FeedersChanged: {
        feeders: 'u32'
      }
    }
  },
  /**
   * Lookup155: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup156: pallet_assets::pallet::Event<T, I>
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
   * Lookup157: pallet_session::historical::pallet::Event<T>
   **/
  PalletSessionHistoricalPalletEvent: {
    _enum: {
      RootStored: {
        index: 'u32',
      },
      RootsPruned: {
        upTo: 'u32'
      }
    }
  },
  /**
   * Lookup158: pallet_offences::pallet::Event
   **/
  PalletOffencesEvent: {
    _enum: {
      Offence: {
        kind: '[u8;16]',
        slot: 'Bytes'
      }
    }
  },
  /**
   * Lookup160: pallet_ballast_oracle::pallet::Event<T>
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
   * Lookup161: ballast_primitives::traits::oracle::PriceStatus
   **/
  BallastPrimitivesOraclePriceStatus: {
    _enum: ['Live', 'Stale', 'Diverging']
  },
  /**
   * Lookup162: pallet_ballast_circuit_breaker::pallet::Event<T>
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
   * Lookup163: ballast_primitives::traits::breaker::MarketState
   **/
  BallastPrimitivesBreakerMarketState: {
    _enum: ['Open', 'ReduceOnly', 'Halted']
  },
  /**
   * Lookup164: pallet_ballast_circuit_breaker::types::Cause
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
   * Lookup165: ballast_primitives::traits::breaker::CrisisLevel
   **/
  BallastPrimitivesBreakerCrisisLevel: {
    _enum: ['Calm', 'Elevated', 'Stressed', 'Crisis']
  },
  /**
   * Lookup166: pallet_ballast_margin::pallet::Event<T>
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
   * Lookup167: pallet_ballast_liquidation::pallet::Event<T>
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
   * Lookup168: ballast_primitives::traits::fund::Coverage
   **/
  BallastPrimitivesFundCoverage: {
    byFund: 'u128',
    byVault: 'u128',
    byDeleveraging: 'u128',
    uncovered: 'u128'
  },
  /**
   * Lookup169: pallet_ballast_insurance_fund::pallet::Event<T>
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
   * Lookup170: pallet_ballast_insurance_fund::types::Side
   **/
  PalletBallastInsuranceFundSide: {
    _enum: ['Long', 'Short']
  },
  /**
   * Lookup171: pallet_ballast_reputation::pallet::Event<T>
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
   * Lookup172: pallet_preimage::pallet::Event<T>
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
   * Lookup173: pallet_scheduler::pallet::Event<T>
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
   * Lookup175: pallet_conviction_voting::pallet::Event<T, I>
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
   * Lookup176: pallet_referenda::pallet::Event<T, I>
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
   * Lookup177: pallet_conviction_voting::types::Tally<Votes, Total>
   **/
  PalletConvictionVotingTally: {
    ayes: 'u128',
    nays: 'u128',
    support: 'u128'
  },
  /**
   * Lookup178: pallet_utility::pallet::Event
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
   * Lookup179: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup181: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup184: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup185: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup186: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup187: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup189: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup190: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup191: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup192: sp_version::RuntimeVersion
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
   * Lookup197: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup201: pallet_grandpa::StoredState<N>
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
   * Lookup202: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup204: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup206: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup207: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup210: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup213: frame_support::traits::tokens::misc::IdAmount<ballast_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'BallastRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup216: frame_support::traits::tokens::misc::IdAmount<ballast_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'BallastRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup217: ballast_runtime::RuntimeFreezeReason
   **/
  BallastRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup219: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup220: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup221: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup222: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup223: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup228: pallet_ballast_validators::pallet::Error<T>
   **/
  PalletBallastValidatorsError: {
    _enum: ['AlreadyValidator', 'NotValidator', 'TooManyValidators', 'TooFewValidators', 'NoSessionKeys', 'SessionLengthOutOfRange']
  },
  /**
   * Lookup235: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup236: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup237: pallet_assets::types::AssetDetails<Balance, sp_core::crypto::AccountId32, DepositBalance>
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
   * Lookup238: pallet_assets::types::AssetStatus
   **/
  PalletAssetsAssetStatus: {
    _enum: ['Live', 'Frozen', 'Destroying']
  },
  /**
   * Lookup240: pallet_assets::types::AssetAccount<Balance, DepositBalance, Extra, sp_core::crypto::AccountId32>
   **/
  PalletAssetsAssetAccount: {
    balance: 'u128',
    status: 'PalletAssetsAccountStatus',
    reason: 'PalletAssetsExistenceReason',
    extra: 'Null'
  },
  /**
   * Lookup241: pallet_assets::types::AccountStatus
   **/
  PalletAssetsAccountStatus: {
    _enum: ['Liquid', 'Frozen', 'Blocked']
  },
  /**
   * Lookup242: pallet_assets::types::ExistenceReason<Balance, sp_core::crypto::AccountId32>
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
   * Lookup244: pallet_assets::types::Approval<Balance, DepositBalance>
   **/
  PalletAssetsApproval: {
    amount: 'u128',
    deposit: 'u128'
  },
  /**
   * Lookup245: pallet_assets::types::AssetMetadata<DepositBalance, bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletAssetsAssetMetadata: {
    deposit: 'u128',
    name: 'Bytes',
    symbol: 'Bytes',
    decimals: 'u8',
    isFrozen: 'bool'
  },
  /**
   * Lookup247: pallet_assets::pallet::Error<T, I>
   **/
  PalletAssetsError: {
    _enum: ['BalanceLow', 'NoAccount', 'NoPermission', 'Unknown', 'Frozen', 'InUse', 'BadWitness', 'MinBalanceZero', 'UnavailableConsumer', 'BadMetadata', 'Unapproved', 'WouldDie', 'AlreadyExists', 'NoDeposit', 'WouldBurn', 'LiveAsset', 'AssetNotLive', 'IncorrectStatus', 'NotFrozen', 'CallbackFailed', 'BadAssetId', 'AssetIdAllocationFailed', 'ContainsFreezes', 'ContainsHolds', 'TooManyReserves', 'IncompleteDepositTransfer']
  },
  /**
   * Lookup249: sp_staking::offence::OffenceDetails<sp_core::crypto::AccountId32, Offender>
   **/
  SpStakingOffenceOffenceDetails: {
    offender: '(AccountId32,Null)',
    reporters: 'Vec<AccountId32>'
  },
  /**
   * Lookup252: pallet_ballast_oracle::types::Submission<BlockNumber>
   **/
  PalletBallastOracleSubmission: {
    price: 'u128',
    submittedAt: 'u32'
  },
  /**
   * Lookup253: pallet_ballast_oracle::types::Feed<BlockNumber>
   **/
  PalletBallastOracleFeed: {
    index: 'u128',
    mark: 'u128',
    variance: 'u128',
    updatedAt: 'u32',
    status: 'BallastPrimitivesOraclePriceStatus'
  },
  /**
   * Lookup254: pallet_ballast_oracle::types::RecentOutliers<BlockNumber>
   **/
  PalletBallastOracleRecentOutliers: {
    count: 'u32',
    since: 'u32'
  },
  /**
   * Lookup255: pallet_ballast_oracle::types::StressRecord<BlockNumber>
   **/
  PalletBallastOracleStressRecord: {
    periodStart: 'u32',
    worst: 'Vec<u128>',
    beforeLast: 'u128',
    filtered: 'u128'
  },
  /**
   * Lookup258: ballast_primitives::traits::oracle::MarketName
   **/
  BallastPrimitivesOracleMarketName: {
    symbol: 'Bytes',
    priceDecimals: 'u8'
  },
  /**
   * Lookup259: pallet_ballast_oracle::pallet::Error<T>
   **/
  PalletBallastOracleError: {
    _enum: ['NotFeeder', 'AlreadySubmitted', 'UnknownMarket', 'PriceOutOfRange', 'DuplicateMarket', 'EmptySubmission', 'InvalidConfig', 'QuorumAboveFeeders', 'FeederSuspended', 'TooManyMarkets', 'InvalidName', 'SymbolTaken']
  },
  /**
   * Lookup260: pallet_ballast_circuit_breaker::types::Breaker<BlockNumber>
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
   * Lookup261: pallet_ballast_circuit_breaker::types::VenueState<BlockNumber>
   **/
  PalletBallastCircuitBreakerVenueState: {
    globalTripped: 'bool',
    emergencyUntil: 'Option<u32>',
    withdrawalsPausedUntil: 'Option<u32>',
    withdrawalsHaltedUntil: 'Option<u32>',
    level: 'BallastPrimitivesBreakerCrisisLevel'
  },
  /**
   * Lookup262: ballast_primitives::traits::breaker::WithdrawalPool
   **/
  BallastPrimitivesBreakerWithdrawalPool: {
    _enum: ['Collateral', 'Vault', 'Fund']
  },
  /**
   * Lookup263: pallet_ballast_circuit_breaker::types::Outflow<BlockNumber>
   **/
  PalletBallastCircuitBreakerOutflow: {
    windowStart: 'u32',
    heldAtStart: 'u128',
    netOutflow: 'u128'
  },
  /**
   * Lookup264: pallet_ballast_circuit_breaker::types::Correlation
   **/
  PalletBallastCircuitBreakerCorrelation: {
    meanReturnSquared: 'u128',
    returnSquaredMean: 'u128',
    estimate: 'u128'
  },
  /**
   * Lookup265: pallet_ballast_circuit_breaker::pallet::Error<T>
   **/
  PalletBallastCircuitBreakerError: {
    _enum: ['InvalidParameters', 'TooManyMarkets', 'UnknownMarket', 'NotHalted']
  },
  /**
   * Lookup266: pallet_ballast_margin::types::Market<BlockNumber>
   **/
  PalletBallastMarginMarket: {
    params: 'PalletBallastMarginMarketParams',
    totals: 'PalletBallastMarginMarketTotals',
    scale: 'PalletBallastMarginMarginScale',
    raisedFrom: 'Option<PalletBallastMarginMarketParams>'
  },
  /**
   * Lookup267: pallet_ballast_margin::types::MarketTotals<BlockNumber>
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
   * Lookup269: pallet_ballast_margin::types::MarginScale
   **/
  PalletBallastMarginMarginScale: {
    initial: 'u128',
    maintenance: 'u128',
    phaseIn: 'u128'
  },
  /**
   * Lookup271: pallet_ballast_margin::types::MarginAccount
   **/
  PalletBallastMarginMarginAccount: {
    collateral: 'u128',
    unsettledProfit: 'u128',
    shortfall: 'u128',
    positions: 'Vec<(u32,PalletBallastMarginPosition)>'
  },
  /**
   * Lookup274: pallet_ballast_margin::types::Position
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
   * Lookup276: pallet_ballast_margin::types::PooledLedgers
   **/
  PalletBallastMarginPooledLedgers: {
    vault: 'PalletBallastMarginVault',
    unsettledProfit: 'u128',
    insuranceFees: 'u128',
    openPnl: 'PalletBallastMarginTradersPnl',
    premium: 'PalletBallastMarginVaultPremium'
  },
  /**
   * Lookup277: pallet_ballast_margin::types::Vault
   **/
  PalletBallastMarginVault: {
    cash: 'u128',
    shares: 'u128'
  },
  /**
   * Lookup278: pallet_ballast_margin::types::TradersPnl
   **/
  PalletBallastMarginTradersPnl: {
    net: 'i128',
    openProfit: 'u128'
  },
  /**
   * Lookup279: pallet_ballast_margin::types::VaultPremium
   **/
  PalletBallastMarginVaultPremium: {
    episode: 'Option<u32>',
    rate: 'Perbill',
    pot: 'u128'
  },
  /**
   * Lookup281: ballast_primitives::traits::fund::LossSource
   **/
  BallastPrimitivesFundLossSource: {
    market: 'u32',
    shortfall: 'u128',
    closed: 'i128',
    price: 'u128'
  },
  /**
   * Lookup283: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup284: pallet_ballast_margin::pallet::Error<T>
   **/
  PalletBallastMarginError: {
    _enum: ['Zero', 'BelowMinimumDeposit', 'InsufficientCollateral', 'WouldBreachMargin', 'UnknownMarket', 'OrderTooSmall', 'PriceUnavailable', 'PriceLimitExceeded', 'ImpactTooLarge', 'InsufficientMargin', 'LeverageTooHigh', 'OpenInterestCap', 'VaultCapacity', 'TooManyPositions', 'MarketReduceOnly', 'MarketHalted', 'NoPosition', 'Overflow', 'FloorOutOfRange', 'InvalidParameters', 'TooManyMarkets', 'InsufficientShares', 'VaultInsolvent', 'VaultBackingTight', 'VaultEmpty', 'WithdrawalsPaused', 'WithdrawalLimited']
  },
  /**
   * Lookup287: pallet_ballast_liquidation::types::Followed
   **/
  PalletBallastLiquidationFollowed: {
    market: 'u32',
    mark: 'u128',
    index: 'u128'
  },
  /**
   * Lookup290: pallet_ballast_liquidation::types::Census<sp_core::crypto::AccountId32>
   **/
  PalletBallastLiquidationCensus: {
    cursor: 'Option<([u8;16],AccountId32)>',
    running: 'PalletBallastLiquidationStressedLoss'
  },
  /**
   * Lookup292: pallet_ballast_liquidation::types::StressedLoss
   **/
  PalletBallastLiquidationStressedLoss: {
    down: 'u128',
    up: 'u128',
    extremeDown: 'u128',
    extremeUp: 'u128',
    accounts: 'u32'
  },
  /**
   * Lookup293: pallet_ballast_liquidation::types::CensusResult<BlockNumber>
   **/
  PalletBallastLiquidationCensusResult: {
    loss: 'PalletBallastLiquidationStressedLoss',
    target: 'u128',
    at: 'u32'
  },
  /**
   * Lookup294: pallet_ballast_liquidation::pallet::Error<T>
   **/
  PalletBallastLiquidationError: {
    _enum: ['InvalidParams']
  },
  /**
   * Lookup295: pallet_ballast_insurance_fund::types::PendingWithdrawal<BlockNumber>
   **/
  PalletBallastInsuranceFundPendingWithdrawal: {
    shares: 'u128',
    unlocksAt: 'u32'
  },
  /**
   * Lookup298: pallet_ballast_insurance_fund::types::Deficit
   **/
  PalletBallastInsuranceFundDeficit: {
    price: 'u128',
    remaining: 'u128'
  },
  /**
   * Lookup299: pallet_ballast_insurance_fund::types::Episode
   **/
  PalletBallastInsuranceFundEpisode: {
    id: 'u32',
    pot: 'u128',
    eligible: 'u128'
  },
  /**
   * Lookup300: pallet_ballast_insurance_fund::types::PremiumRecord
   **/
  PalletBallastInsuranceFundPremiumRecord: {
    checkpoint: 'u128',
    owed: 'u128',
    actedIn: 'Option<(u32,u128)>'
  },
  /**
   * Lookup303: pallet_ballast_insurance_fund::pallet::Error<T>
   **/
  PalletBallastInsuranceFundError: {
    _enum: ['Zero', 'BelowMinimumStake', 'InsufficientShares', 'WithdrawalPending', 'NoWithdrawal', 'CooldownActive', 'WithdrawalLapsed', 'BelowMinimumRemaining', 'Overflow', 'InvalidParams', 'NoPremium', 'WithdrawalsPaused', 'WithdrawalLimited']
  },
  /**
   * Lookup304: pallet_ballast_reputation::types::Record<BlockNumber>
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
   * Lookup305: pallet_ballast_reputation::pallet::Error<T>
   **/
  PalletBallastReputationError: {
    _enum: ['InvalidParameters']
  },
  /**
   * Lookup306: pallet_preimage::OldRequestStatus<sp_core::crypto::AccountId32, Balance>
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
   * Lookup309: pallet_preimage::RequestStatus<sp_core::crypto::AccountId32, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
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
   * Lookup314: pallet_preimage::pallet::Error<T>
   **/
  PalletPreimageError: {
    _enum: ['TooBig', 'AlreadyNoted', 'NotAuthorized', 'NotNoted', 'Requested', 'NotRequested', 'TooMany', 'TooFew']
  },
  /**
   * Lookup317: pallet_scheduler::Scheduled<Name, frame_support::traits::preimages::Bounded<ballast_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, BlockNumber, ballast_runtime::OriginCaller, sp_core::crypto::AccountId32>
   **/
  PalletSchedulerScheduled: {
    maybeId: 'Option<[u8;32]>',
    priority: 'u8',
    call: 'FrameSupportPreimagesBounded',
    maybePeriodic: 'Option<(u32,u32)>',
    origin: 'BallastRuntimeOriginCaller'
  },
  /**
   * Lookup319: pallet_scheduler::RetryConfig<Period>
   **/
  PalletSchedulerRetryConfig: {
    totalRetries: 'u8',
    remaining: 'u8',
    period: 'u32'
  },
  /**
   * Lookup320: pallet_scheduler::pallet::Error<T>
   **/
  PalletSchedulerError: {
    _enum: ['FailedToSchedule', 'NotFound', 'TargetBlockNumberInPast', 'RescheduleNoChange', 'Named']
  },
  /**
   * Lookup322: pallet_conviction_voting::vote::Voting<Balance, sp_core::crypto::AccountId32, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteVoting: {
    _enum: {
      Casting: 'PalletConvictionVotingVoteCasting',
      Delegating: 'PalletConvictionVotingVoteDelegating'
    }
  },
  /**
   * Lookup323: pallet_conviction_voting::vote::Casting<Balance, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteCasting: {
    votes: 'Vec<(u32,PalletConvictionVotingVoteAccountVote)>',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup327: pallet_conviction_voting::types::Delegations<Balance>
   **/
  PalletConvictionVotingDelegations: {
    votes: 'u128',
    capital: 'u128'
  },
  /**
   * Lookup328: pallet_conviction_voting::vote::PriorLock<BlockNumber, Balance>
   **/
  PalletConvictionVotingVotePriorLock: '(u32,u128)',
  /**
   * Lookup329: pallet_conviction_voting::vote::Delegating<Balance, sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConvictionVotingVoteDelegating: {
    balance: 'u128',
    target: 'AccountId32',
    conviction: 'PalletConvictionVotingConviction',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup333: pallet_conviction_voting::pallet::Error<T, I>
   **/
  PalletConvictionVotingError: {
    _enum: ['NotOngoing', 'NotVoter', 'NoPermission', 'NoPermissionYet', 'AlreadyDelegating', 'AlreadyVoting', 'InsufficientFunds', 'NotDelegating', 'Nonsense', 'MaxVotesReached', 'ClassNeeded', 'BadClass']
  },
  /**
   * Lookup334: pallet_referenda::types::ReferendumInfo<TrackId, ballast_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<ballast_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
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
   * Lookup335: pallet_referenda::types::ReferendumStatus<TrackId, ballast_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<ballast_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
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
   * Lookup336: pallet_referenda::types::Deposit<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReferendaDeposit: {
    who: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup339: pallet_referenda::types::DecidingStatus<BlockNumber>
   **/
  PalletReferendaDecidingStatus: {
    since: 'u32',
    confirming: 'Option<u32>'
  },
  /**
   * Lookup346: pallet_referenda::types::TrackDetails<Balance, Moment, Name>
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
   * Lookup347: pallet_referenda::types::Curve
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
   * Lookup350: pallet_referenda::pallet::Error<T, I>
   **/
  PalletReferendaError: {
    _enum: ['NotOngoing', 'HasDeposit', 'BadTrack', 'Full', 'QueueEmpty', 'BadReferendum', 'NothingToDo', 'NoTrack', 'Unfinished', 'NoPermission', 'NoDeposit', 'BadStatus', 'PreimageNotExist', 'PreimageStoredWithDifferentLength']
  },
  /**
   * Lookup351: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup352: ballast_runtime::Runtime
   **/
  BallastRuntimeRuntime: 'Null',
  /**
   * Lookup353: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, ballast_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup354: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup358: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup363: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup364: sp_runtime::transaction_validity::InvalidTransaction
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
   * Lookup365: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup366: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup371: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup372: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup374: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup377: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup384: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup385: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup387: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup389: ballast_venue_runtime_api::VenueMarket
   **/
  BallastVenueRuntimeApiVenueMarket: {
    id: 'u32',
    name: 'Option<BallastPrimitivesOracleMarketName>'
  },
  /**
   * Lookup394: ballast_primitives::traits::oracle::PriceSnapshot<BlockNumber>
   **/
  BallastPrimitivesOraclePriceSnapshot: {
    index: 'u128',
    mark: 'u128',
    volatility: 'u128',
    updatedAt: 'u32',
    status: 'BallastPrimitivesOraclePriceStatus'
  },
  /**
   * Lookup396: pallet_ballast_margin::types::AccountSummary
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
   * Lookup398: pallet_ballast_margin::types::PositionSummary
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
   * Lookup399: pallet_ballast_margin::types::VaultSummary
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
   * Lookup403: pallet_ballast_liquidation::types::AtRisk<sp_core::crypto::AccountId32>
   **/
  PalletBallastLiquidationAtRisk: {
    who: 'AccountId32',
    trigger: 'u128',
    distance: 'u128',
    health: 'BallastPrimitivesMarginAccountHealth',
    probability: 'Perbill'
  },
  /**
   * Lookup404: ballast_primitives::traits::margin::AccountHealth
   **/
  BallastPrimitivesMarginAccountHealth: {
    equity: 'i128',
    initialRequirement: 'u128',
    maintenanceRequirement: 'u128'
  },
  /**
   * Lookup405: pallet_ballast_liquidation::types::EngineState
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
   * Lookup407: pallet_ballast_liquidation::types::AccountRisk
   **/
  PalletBallastLiquidationAccountRisk: {
    probability: 'Perbill',
    headroom: 'i128',
    pnlDeviation: 'u128',
    expectedShortfall: 'u128',
    horizon: 'u32'
  },
  /**
   * Lookup408: pallet_ballast_liquidation::types::BookRisk
   **/
  PalletBallastLiquidationBookRisk: {
    accounts: 'u32',
    truncated: 'bool',
    expectedLiquidations: 'u128',
    expectedShortfall: 'u128',
    horizon: 'u32'
  },
  /**
   * Lookup410: ballast_venue_runtime_api::stress::Scenario
   **/
  BallastVenueRuntimeApiStressScenario: {
    steps: 'Vec<BallastVenueRuntimeApiStressStep>',
    list: 'u32',
    marginMultiplier: 'Option<u128>'
  },
  /**
   * Lookup412: ballast_venue_runtime_api::stress::Step
   **/
  BallastVenueRuntimeApiStressStep: {
    shocks: 'Vec<BallastVenueRuntimeApiStressShock>',
    outages: 'Vec<u32>'
  },
  /**
   * Lookup414: ballast_venue_runtime_api::stress::Shock
   **/
  BallastVenueRuntimeApiStressShock: {
    market: 'u32',
    by: 'BallastVenueRuntimeApiStressPriceMove'
  },
  /**
   * Lookup415: ballast_venue_runtime_api::stress::PriceMove
   **/
  BallastVenueRuntimeApiStressPriceMove: {
    _enum: {
      BasisPoints: 'i32',
      To: 'u128'
    }
  },
  /**
   * Lookup420: ballast_venue_runtime_api::stress::StepOutcome<sp_core::crypto::AccountId32>
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
   * Lookup426: ballast_venue_runtime_api::stress::Liquidated<sp_core::crypto::AccountId32>
   **/
  BallastVenueRuntimeApiStressLiquidated: {
    who: 'AccountId32',
    market: 'u32',
    notional: 'u128',
    loss: 'u128',
    whole: 'bool'
  },
  /**
   * Lookup429: ballast_venue_runtime_api::stress::StressError
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
   * Lookup430: ballast_venue_runtime_api::activity::BlockActivity
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
   * Lookup432: ballast_venue_runtime_api::activity::FeedActivity
   **/
  BallastVenueRuntimeApiActivityFeedActivity: {
    market: 'u32',
    feeders: 'u32',
    outliers: 'u32'
  },
  /**
   * Lookup434: ballast_venue_runtime_api::solvency::SolvencyCursor
   **/
  BallastVenueRuntimeApiSolvencySolvencyCursor: {
    after: 'Bytes',
    heldSoFar: 'u128'
  },
  /**
   * Lookup435: ballast_venue_runtime_api::solvency::Solvency
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
   * Lookup436: pallet_ballast_insurance_fund::types::FundState
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
   * Lookup439: pallet_ballast_insurance_fund::types::StakerState<BlockNumber>
   **/
  PalletBallastInsuranceFundStakerState: {
    shares: 'u128',
    value: 'u128',
    pending: 'Option<PalletBallastInsuranceFundPendingWithdrawal>',
    premium: 'u128'
  },
  /**
   * Lookup442: pallet_ballast_insurance_fund::types::AdlRanking
   **/
  PalletBallastInsuranceFundAdlRanking: {
    market: 'u32',
    side: 'PalletBallastInsuranceFundSide',
    score: 'u128',
    ahead: 'u32'
  },
  /**
   * Lookup444: pallet_ballast_circuit_breaker::types::MarketBreakerView<BlockNumber>
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
   * Lookup446: pallet_ballast_circuit_breaker::types::VenueView<BlockNumber>
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
   * Lookup448: pallet_ballast_circuit_breaker::types::WithdrawalLimit<BlockNumber>
   **/
  PalletBallastCircuitBreakerWithdrawalLimit: {
    pool: 'BallastPrimitivesBreakerWithdrawalPool',
    remaining: 'u128',
    windowEndsAt: 'u32'
  },
  /**
   * Lookup449: pallet_ballast_reputation::types::Standing
   **/
  PalletBallastReputationStanding: {
    score: 'u32',
    strikes: 'u8',
    tier: 'u32',
    maxLeverage: 'u128'
  },
  /**
   * Lookup453: ballast_runtime::RuntimeError
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
      ValidatorSet: 'PalletBallastValidatorsError',
      __Unused8: 'Null',
      Session: 'PalletSessionError',
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
      __Unused20: 'Null',
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
