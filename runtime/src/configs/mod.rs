//! Each pallet's configuration: the runtime's policy, one `impl Config` per pallet.
//!
//! Values a risk team tunes at run time live in pallet storage and change through governance
//! origins (`governance/`: root or a referendum on the risk, emergency or oracle track); what is
//! here are the constants of the chain itself (block limits, deposits, fees).
//!
//! Consensus and the validator set (Aura, GRANDPA, sessions, offences) are in [`validators`].

mod validators;
pub use validators::{FeederAccount, KEPT_SESSIONS, MAX_VALIDATORS};

use crate::{
	AccountId, AssetId, Aura, Balance, Balances, Block, BlockNumber, Hash, Nonce, PalletInfo,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin,
	RuntimeTask, System, EXISTENTIAL_DEPOSIT, MICRO_UNIT, MILLI_UNIT, SLOT_DURATION, UNIT,
	VERSION,
};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::WEIGHT_REF_TIME_PER_SECOND,
		ConstantMultiplier, IdentityFee, Weight,
	},
};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot, EnsureSigned,
};
use crate::governance::{EmergencyOrigin, MarketListingOrigin, RiskOrigin};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use sp_runtime::{traits::Bounded, FixedPointNumber, Perbill, Perquintill};
use sp_version::RuntimeVersion;

/// Share of a block that ordinary transactions may fill; the rest is kept for operational
/// transactions and for the hooks (liquidation runs in `on_initialize`).
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
/// Largest block in bytes.
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// Two seconds of compute in a six-second block.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// 5 MiB blocks, of which ordinary transactions may fill `NORMAL_DISPATCH_RATIO`.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
		.build();
	/// Generic Substrate addresses (5…) until Ballast registers its own prefix.
	pub const SS58Prefix: u16 = 42;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// Measured on this chain's own database (`./scripts/generate-weights storage`).
	type DbWeight = crate::weights::rocksdb_weights::constants::RocksDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type SystemWeightInfo = frame_system::weights::SubstrateWeight<Runtime>;
	type ExtensionsWeightInfo = frame_system::SubstrateExtensionsWeight<Runtime>;
}

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the Unix epoch.
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Fees rise when blocks are more than a quarter full for long, so spam gets expensive.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_rational(1, 10u128);
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	/// One picosecond of execution costs one BLST atom (a transfer costs about 10⁻⁴ BLST).
	type WeightToFee = IdentityFee<Balance>;
	/// One micro-BLST per byte.
	type LengthToFee = ConstantMultiplier<Balance, ConstU128<MICRO_UNIT>>;
	type FeeMultiplierUpdate = TargetedFeeAdjustment<
		Self,
		TargetBlockFullness,
		AdjustmentVariable,
		MinimumMultiplier,
		MaximumMultiplier,
	>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

/// Batches: a listing referendum lists a market's feed, names it and sets its margin
/// parameters in one `batch_all`, all or nothing, under the referendum's origin.
impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = crate::OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const AssetDeposit: Balance = 100 * UNIT;
	pub const AssetAccountDeposit: Balance = 10 * MILLI_UNIT;
	pub const MetadataDepositBase: Balance = UNIT;
	pub const MetadataDepositPerByte: Balance = 10 * MILLI_UNIT;
	pub const ApprovalDeposit: Balance = 10 * MILLI_UNIT;
}

/// Holds the collateral stablecoin. Assets are created by signed accounts against a deposit;
/// which asset counts as collateral is the runtime's choice ([`crate::COLLATERAL_ASSET_ID`]),
/// not the creator's, and only root may force-create or reconfigure an asset.
impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	pub const OracleMaxFeeders: u32 = 32;
	pub const OracleMaxMarkets: u32 = 32;
	pub const OracleMaxPricesPerSubmission: u32 = 32;
	/// Ten outliers within ten minutes suspend a feeder for a day: a source that glitches for a
	/// few blocks is forgiven, one that lies every block is out within a minute, and the
	/// oracle admin has the day to remove it for good.
	pub const OracleOutlierLimit: u32 = 10;
	pub const OracleOutlierWindow: BlockNumber = 10 * crate::MINUTES;
	pub const OracleSuspensionPeriod: BlockNumber = crate::DAYS;
	/// A day a period: the stressed margin floor remembers the worst move of thirty days.
	pub const OracleStressPeriod: BlockNumber = crate::DAYS;
}

impl pallet_ballast_oracle::Config for Runtime {
	type AuthorityId = pallet_ballast_oracle::crypto::FeederAuthId;
	// Each active validator's `orcl` session key, less the disabled ones.
	type Feeders = crate::ValidatorSet;
	type AdminOrigin = MarketListingOrigin;
	type MaxMarkets = OracleMaxMarkets;
	type MaxFeeders = OracleMaxFeeders;
	type MaxPricesPerSubmission = OracleMaxPricesPerSubmission;
	type OutlierLimit = OracleOutlierLimit;
	type OutlierWindow = OracleOutlierWindow;
	type SuspensionPeriod = OracleSuspensionPeriod;
	type StressPeriod = OracleStressPeriod;
	type WeightInfo = crate::weights::pallet_ballast_oracle::WeightInfo<Runtime>;
}

parameter_types! {
	pub const MarginPalletId: frame_support::PalletId = frame_support::PalletId(*b"bal/mrgn");
	pub const MarginMaxMarkets: u32 = 16;
	/// Ten bUSD opens a margin account or a vault position: many dust accounts near the
	/// liquidation line must cost an attacker real money.
	pub const MarginMinDeposit: Balance = 10 * crate::COLLATERAL_UNIT;
	pub const CollateralAssetId: crate::AssetId = crate::COLLATERAL_ASSET_ID;
}

/// The venue: bUSD collateral, prices from the oracle, trading states and the venue's stress
/// from the circuit breakers, leverage tiers from reputation.
impl pallet_ballast_margin::Config for Runtime {
	type Collateral = frame_support::traits::fungible::ItemOf<crate::Assets, CollateralAssetId, AccountId>;
	type PriceFeed = crate::Oracle;
	type MarketGuard = crate::CircuitBreaker;
	type LeverageLimit = crate::Reputation;
	type RiskOrigin = RiskOrigin;
	// Every change to an account re-measures its distance to liquidation and its place in the
	// deleveraging queue.
	type Observer = (crate::Liquidation, crate::InsuranceFund);
	type Activity = crate::Reputation;
	type WithdrawalGuard = crate::CircuitBreaker;
	type Stress = crate::CircuitBreaker;
	type Fund = crate::InsuranceFund;
	type PalletId = MarginPalletId;
	type MaxMarkets = MarginMaxMarkets;
	type MinDeposit = MarginMinDeposit;
	type WeightInfo = crate::weights::pallet_ballast_margin::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = OracleMarks;
}

/// Benchmarks price margin markets through the oracle.
#[cfg(feature = "runtime-benchmarks")]
pub struct OracleMarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ballast_margin::BenchmarkHelper for OracleMarks {
	fn set_mark(market: ballast_primitives::MarketId, mark: ballast_primitives::Price) {
		pallet_ballast_oracle::Pallet::<Runtime>::set_live_price_for_benchmarks(market, mark);
	}

	/// The margin hook reads every market's feed, and the breakers' hook reads and writes every
	/// breaker, each block before its transactions.
	fn whitelist_hook_storage(market: ballast_primitives::MarketId) {
		use frame_benchmarking::benchmarking::add_to_whitelist;
		add_to_whitelist(pallet_ballast_oracle::Feeds::<Runtime>::hashed_key_for(market).into());
		add_to_whitelist(pallet_ballast_circuit_breaker::Breakers::<Runtime>::hashed_key_for(market).into());
	}
}

parameter_types! {
	/// Accounts whose maintenance requirement (about 3 % of their notional) or shortfall reaches
	/// 1 000 bUSD are examined before smaller ones: a spammer needs accounts of some 33 000 bUSD
	/// notional each to delay them, and pays about 330 bUSD of penalty on each as it is liquidated.
	pub const LiquidationPriorityRequirement: Balance = 1_000 * crate::COLLATERAL_UNIT;
	/// The book's census counts 32 accounts a block: a book of 10 000 accounts is swept in about
	/// half an hour, at most some 3 % of a block a block.
	pub const LiquidationCensusPerBlock: u32 = 32;
}

impl pallet_ballast_liquidation::Config for Runtime {
	type Margin = crate::Margin;
	type PriceFeed = crate::Oracle;
	// Shortfalls go down the insurance fund's loss waterfall.
	type BadDebt = crate::InsuranceFund;
	type Activity = crate::Reputation;
	// The breakers' crisis level sets the hook's share of the block.
	type Stress = crate::CircuitBreaker;
	// What one liquidated account may leave the fund in a crash is a share of its balance.
	type Fund = crate::InsuranceFund;
	type RiskOrigin = RiskOrigin;
	type MaxMarkets = MarginMaxMarkets;
	type PriorityRequirement = LiquidationPriorityRequirement;
	type CensusPerBlock = LiquidationCensusPerBlock;
	type WeightInfo = crate::weights::pallet_ballast_liquidation::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::MarginBook;
}

parameter_types! {
	pub const InsuranceFundPalletId: frame_support::PalletId = frame_support::PalletId(*b"bal/insf");
	/// A hundred bUSD opens a stake: dust stakers cost every withdrawal's bookkeeping.
	pub const InsuranceMinStake: Balance = 100 * crate::COLLATERAL_UNIT;
	/// One waterfall reduces at most 16 positions (its weight is budgeted in the liquidation
	/// hook); a deficit left over is worked down by later blocks.
	pub const InsuranceMaxDeleveraged: u32 = 16;
	/// Deleveraging scores the 32 most profitable positions by PnL% of a side.
	pub const InsuranceRankingWindow: u32 = 32;
}

/// The insurance fund behind the margin engine's vault, on the same bUSD.
impl pallet_ballast_insurance_fund::Config for Runtime {
	type Collateral = <Runtime as pallet_ballast_margin::Config>::Collateral;
	type Margin = crate::Margin;
	type Vault = crate::Margin;
	type PriceFeed = crate::Oracle;
	// A tripped breaker, like the fund's own drawdown, makes a crisis for the premium.
	type MarketGuard = crate::CircuitBreaker;
	type WithdrawalGuard = crate::CircuitBreaker;
	// The global breaker trips on the block's bad debt in that block (its hook ran before).
	type LossObserver = crate::CircuitBreaker;
	type Book = crate::Liquidation;
	type RiskOrigin = RiskOrigin;
	type PalletId = InsuranceFundPalletId;
	type MinStake = InsuranceMinStake;
	type MaxDeleveraged = InsuranceMaxDeleveraged;
	type RankingWindow = InsuranceRankingWindow;
	type WeightInfo = crate::weights::pallet_ballast_insurance_fund::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::MarginBook;
}

/// Breakers tuned by the risk track; emergency halts by the emergency track.
impl pallet_ballast_circuit_breaker::Config for Runtime {
	type PriceFeed = crate::Oracle;
	type Fund = crate::InsuranceFund;
	type EmergencyOrigin = EmergencyOrigin;
	type RiskOrigin = RiskOrigin;
	type MaxMarkets = MarginMaxMarkets;
	type WeightInfo = crate::weights::pallet_ballast_circuit_breaker::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = OracleMarks;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ballast_circuit_breaker::BenchmarkHelper for OracleMarks {
	fn set_price(market: ballast_primitives::MarketId, index: ballast_primitives::Price) {
		pallet_ballast_oracle::Pallet::<Runtime>::set_live_price_for_benchmarks(market, index);
	}
}

// No identity pallet in this runtime: nobody earns the identity points.
impl pallet_ballast_reputation::Config for Runtime {
	type Identity = ();
	type RiskOrigin = RiskOrigin;
	type WeightInfo = crate::weights::pallet_ballast_reputation::WeightInfo<Runtime>;
}

#[cfg(feature = "runtime-benchmarks")]
mod benchmark_helpers {
	use super::*;
	use ballast_primitives::{Balance, MarketId, Price, Quantity, BASE_UNIT, COLLATERAL_UNIT};
	use frame_support::traits::fungible::Mutate;
	use pallet_ballast_margin::MarketParams;
	use sp_runtime::traits::Zero;

	type Margin = pallet_ballast_margin::Pallet<Runtime>;
	type Collateral = <Runtime as pallet_ballast_margin::Config>::Collateral;

	pub struct MarginBook;

	/// Lists `market` in the oracle and the margin engine if it is not yet.
	fn list(market: MarketId) {
		if pallet_ballast_oracle::Pallet::<Runtime>::feeds().iter().all(|(id, _)| *id != market) {
			pallet_ballast_oracle::Pallet::<Runtime>::set_live_price_for_benchmarks(market, Price::from_u32(100));
		}
		if Margin::markets().iter().all(|(id, _)| *id != market) {
			Margin::set_market(RuntimeOrigin::root(), market, MarketParams::example()).expect("the example market is valid");
		}
	}

	/// A vault deep enough for any benchmark's book.
	fn fill_vault() {
		let lp: AccountId = frame_benchmarking::account("vault-lp", 0, 0);
		if Margin::vault_summary().cash < 10_000_000 * COLLATERAL_UNIT {
			let amount = 100_000_000 * COLLATERAL_UNIT;
			Collateral::mint_into(&lp, amount).expect("minting works");
			Margin::provide_liquidity(RuntimeOrigin::signed(lp), amount).expect("the vault takes it");
		}
	}

	impl pallet_ballast_liquidation::BenchmarkHelper<AccountId> for MarginBook {
		fn open(who: &AccountId, collateral: Balance, positions: &[(MarketId, Quantity)]) {
			fill_vault();
			Collateral::mint_into(who, collateral).expect("minting works");
			// A benchmark's traders are established, as the dev chain's are: their positions go
			// to the market's maximum leverage, where the worst cases are.
			crate::Reputation::establish(who, crate::genesis_config_presets::ESTABLISHED_VOLUME);
			Margin::deposit(RuntimeOrigin::signed(who.clone()), collateral).expect("the deposit is valid");
			for &(market, size) in positions {
				list(market);
				let limit = if size > 0 { Price::from_u32(1_000_000) } else { Price::zero() };
				Margin::trade(RuntimeOrigin::signed(who.clone()), market, size, limit).expect("the trade fits");
			}
		}

		fn set_mark(market: MarketId, mark: Price) {
			list(market);
			pallet_ballast_oracle::Pallet::<Runtime>::set_live_price_for_benchmarks(market, mark);
			Margin::revalue_all();
		}

		fn idle_account(index: u32) -> AccountId {
			let who: AccountId = frame_benchmarking::account("idle", index, 0);
			let coin = BASE_UNIT as Quantity;
			Margin::insert_account_for_benchmarks(&who, 1_000 * COLLATERAL_UNIT, 0, coin, 100 * COLLATERAL_UNIT);
			who
		}
	}

	impl pallet_ballast_insurance_fund::BenchmarkHelper<AccountId> for MarginBook {
		fn open(who: &AccountId, collateral: Balance, positions: &[(MarketId, Quantity)]) {
			<Self as pallet_ballast_liquidation::BenchmarkHelper<AccountId>>::open(who, collateral, positions);
		}

		fn set_mark(market: MarketId, mark: Price) {
			<Self as pallet_ballast_liquidation::BenchmarkHelper<AccountId>>::set_mark(market, mark);
		}

		fn endow(who: &AccountId, amount: Balance) {
			Collateral::mint_into(who, amount).expect("minting works");
		}

		fn markets() -> alloc::vec::Vec<MarketId> {
			(0..MarginMaxMarkets::get()).collect()
		}
	}
}

/// How long a transaction built by an offchain worker stays valid: prices go stale within a
/// few blocks, so a submission that did not get in soon should not get in at all.
const OFFCHAIN_TRANSACTION_MORTALITY: u64 = 8;

impl frame_system::offchain::SigningTypes for Runtime {
	type Public = <crate::Signature as sp_runtime::traits::Verify>::Signer;
	type Signature = crate::Signature;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = crate::UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extension = crate::TxExtension;

	fn create_transaction(call: RuntimeCall, extension: crate::TxExtension) -> crate::UncheckedExtrinsic {
		crate::UncheckedExtrinsic::new_transaction(call, extension)
	}
}

/// Unsigned transactions the runtime makes itself: GRANDPA equivocation reports, which the
/// node's voter submits and `pallet-grandpa` validates against the historical session roots.
impl<C> frame_system::offchain::CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> crate::UncheckedExtrinsic {
		crate::UncheckedExtrinsic::new_bare(call)
	}
}

/// Offchain workers (the oracle feeders') sign with a key from the node's keystore: a
/// transaction with the account's nonce, no tip, valid for a few blocks from now.
impl<C> frame_system::offchain::CreateSignedTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_signed_transaction<A: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>>(
		call: RuntimeCall,
		public: Self::Public,
		account: AccountId,
		nonce: Nonce,
	) -> Option<crate::UncheckedExtrinsic> {
		use codec::Encode;
		use sp_runtime::{generic::Era, traits::StaticLookup, SaturatedConversion};
		let current_block = System::block_number().saturated_into::<u64>().saturating_sub(1);
		let era = Era::mortal(OFFCHAIN_TRANSACTION_MORTALITY, current_block);
		let payload = crate::SignedPayload::new(call, crate::tx_extension(nonce, era, 0)).ok()?;
		let signature = payload.using_encoded(|bytes| A::sign(bytes, public))?;
		let address = <Runtime as frame_system::Config>::Lookup::unlookup(account);
		let (call, extension, _) = payload.deconstruct();
		Some(crate::UncheckedExtrinsic::new_signed(call, address, signature, extension))
	}
}
