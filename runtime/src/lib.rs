//! # Ballast runtime
//!
//! The state transition function of the Ballast chain: a perpetual-futures venue that keeps
//! itself solvent through crashes, oracle faults and liquidity droughts by code, every block.
//!
//! This crate composes FRAME pallets into one runtime:
//! - consensus and accounts: `frame-system`, `pallet-timestamp`, `pallet-aura` (block
//!   production), `pallet-grandpa` (finality), `pallet-balances` (the native token BLST),
//!   `pallet-transaction-payment` (fees in BLST);
//! - validators: `pallet-ballast-validators` (the set governance chose, offenders disabled and
//!   removed, the oracle's feeders), `pallet-session` with its `historical` part (session keys
//!   `aura`, `gran`, `orcl`, rotated by block count), `pallet-authorship` and
//!   `pallet-offences` (GRANDPA equivocations proven against historical session roots);
//! - collateral: `pallet-assets`, which holds the collateral stablecoin bUSD
//!   ([`COLLATERAL_ASSET_ID`]);
//! - prices: `pallet-ballast-oracle`, fed by the validators' offchain workers: each active
//!   validator's `orcl` session key is its feeder key (`ValidatorSet`);
//! - governance: `pallet-preimage`, `pallet-scheduler`, `pallet-conviction-voting`,
//!   `pallet-referenda` and Ballast's origins ([`governance`]), by which BLST holders change
//!   every risk parameter and upgrade the runtime;
//! - `pallet-sudo`, whose key is set only by the `dev` genesis preset: on `local` and
//!   `testnet` governance is the only way to change anything.
//!
//! Ballast's own pallets (oracle, margin, liquidation, insurance fund, circuit breakers,
//! reputation) talk through the traits in `ballast-primitives` and are wired in `configs/`.
//! The runtime APIs clients and the node use are in [`apis`]; genesis presets (`dev`,
//! `local`, `testnet`) in [`genesis_config_presets`].
#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-style macros expand to large recursive types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

// Declared before `apis` so the benchmark macros it defines are in scope there.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod activity;
pub mod apis;
pub mod block_order;
pub mod configs;
pub mod genesis_config_presets;
pub mod governance;
pub mod migrations;
pub mod solvency;
pub mod stress;
pub mod weights;

use alloc::vec::Vec;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Block number.
pub type BlockNumber = u32;
/// Transaction signature: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// An account is identified by the public key that signs its transactions.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Native token (BLST) and collateral (bUSD) amounts.
pub type Balance = u128;
/// Transaction counter of an account.
pub type Nonce = u32;
/// Block and state hash.
pub type Hash = sp_core::H256;
/// Asset identifier in `pallet-assets`.
pub type AssetId = u32;

/// One BLST: the native token has 12 decimals.
pub const UNIT: Balance = 1_000_000_000_000;
/// 10⁻³ BLST.
pub const MILLI_UNIT: Balance = UNIT / 1_000;
/// 10⁻⁶ BLST.
pub const MICRO_UNIT: Balance = UNIT / 1_000_000;
/// The smallest balance an account may hold; below it the account is reaped.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// The collateral stablecoin every margin account is denominated in.
pub const COLLATERAL_ASSET_ID: AssetId = 1;

/// The owner, issuer, admin and freezer of bUSD outside the dev chain: an account no key
/// controls, so nobody can mint bUSD or freeze or burn the margin pallet's and the fund's
/// holdings; only root (governance) can, through `assets.force*`.
pub fn collateral_owner() -> AccountId {
	use sp_runtime::traits::AccountIdConversion;
	frame_support::PalletId(*b"bal/busd").into_account_truncating()
}
/// bUSD has 6 decimals, like the USD stablecoins it stands for.
pub const COLLATERAL_DECIMALS: u8 = 6;
/// One bUSD, the unit every margin balance is counted in.
pub use ballast_primitives::COLLATERAL_UNIT;

/// Oracle market ids of the markets listed at genesis.
pub const BTC_USD: ballast_primitives::MarketId = 1;
pub const ETH_USD: ballast_primitives::MarketId = 2;
/// The genesis markets' names (symbol, price decimals). Names live on chain (the oracle's
/// `Names`, served by `VenueApi::markets`): clients read them there, as they read the names
/// of markets listed later by referendum.
pub const GENESIS_MARKET_NAMES: [(ballast_primitives::MarketId, &str, u8); 2] = [(BTC_USD, "BTC-USD", 1), (ETH_USD, "ETH-USD", 2)];

/// Target block time. Slot duration cannot change after genesis.
pub const MILLI_SECS_PER_BLOCK: u64 = 6_000;
/// Aura slot duration, equal to the block time.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// Types the node uses without knowing the runtime's extrinsic format, so it keeps syncing
/// across runtime upgrades that change it.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Block with opaque extrinsics.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Block identifier.
	pub type BlockId = generic::BlockId<Block>;

	impl_opaque_keys! {
		/// The keys a validator holds: Aura for authoring, GRANDPA for finality, and the
		/// oracle (`orcl`) key its offchain worker signs price submissions with.
		pub struct SessionKeys {
			pub aura: Aura,
			pub grandpa: Grandpa,
			pub oracle: ValidatorSet,
		}
	}
}

/// The runtime's identity. Bump `spec_version` with every change of behaviour, and
/// `transaction_version` with every change of call indices or transaction extensions.
#[cfg(not(feature = "next-spec-version"))]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("ballast"),
	impl_name: alloc::borrow::Cow::Borrowed("ballast-node"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// The same runtime one `spec_version` later: what the upgrade tests enact through a root
/// referendum (`runtime/next`). Never built into a node.
#[cfg(feature = "next-spec-version")]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("ballast"),
	impl_name: alloc::borrow::Cow::Borrowed("ballast-node"),
	authoring_version: 1,
	spec_version: 101,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Multi-format account address.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The checks every transaction passes, in order. `AuthorizeCall` comes first so pallets may
/// authorize calls with `#[pallet::authorize]` (the replacement of `ValidateUnsigned`).
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// The extensions of a transaction with `nonce`, valid for `era`, tipping `tip`. Whatever builds
/// transactions natively (tests, the node's benchmarks) takes them from here, so the set is
/// spelled out once, beside [`TxExtension`].
pub fn tx_extension(nonce: Nonce, era: generic::Era, tip: Balance) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(era),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(tip),
		frame_system::WeightReclaim::new(),
	)
}

/// An extrinsic as the runtime sees it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// What a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Migrations to run on the next runtime upgrade, beyond the pallets' own (`migrations.rs`).
type Migrations = migrations::Unreleased;

/// Dispatches blocks and transactions to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	/// The Ballast runtime.
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	// Declared before `Session`: the session's genesis asks it for the first set.
	#[runtime::pallet_index(7)]
	pub type ValidatorSet = pallet_ballast_validators;

	#[runtime::pallet_index(8)]
	pub type Authorship = pallet_authorship;

	#[runtime::pallet_index(9)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(11)]
	pub type Historical = pallet_session::historical;

	#[runtime::pallet_index(12)]
	pub type Offences = pallet_offences;

	#[runtime::pallet_index(10)]
	pub type Assets = pallet_assets;

	#[runtime::pallet_index(21)]
	pub type Oracle = pallet_ballast_oracle;

	// The block's order is the declaration order below, and for the venue it is the crisis
	// path stated in `block_order.rs` (and checked there): prices → breakers and the crisis level
	// → margins → liquidations and the loss waterfall → the fund and the global breaker.

	// After the oracle (this block's prices): steps each market's breaker on them, so their
	// states govern this block's trades, and computes the crisis level this block's margins and
	// liquidations use. The global breaker reads the fund's drawdown here as the last block left
	// it, and again when the fund reports it after this block's waterfall.
	#[runtime::pallet_index(25)]
	pub type CircuitBreaker = pallet_ballast_circuit_breaker;

	#[runtime::pallet_index(30)]
	pub type Margin = pallet_ballast_margin;

	// After the oracle (fresh marks) and the margin engine (revalued): liquidates what they
	// left below maintenance.
	#[runtime::pallet_index(31)]
	pub type Liquidation = pallet_ballast_liquidation;

	// Covers the liquidation engine's shortfalls (called from its hook); its own hook collects
	// the fund's income and works down deficits after the liquidations of the block.
	#[runtime::pallet_index(32)]
	pub type InsuranceFund = pallet_ballast_insurance_fund;

	// No hook: fed by the margin and liquidation engines, read by the margin engine.
	#[runtime::pallet_index(34)]
	pub type Reputation = pallet_ballast_reputation;

	// Governance (`governance/`). The scheduler's hook enacts passed referenda after this
	// block's liquidations, so an enacted change is first seen by the next block's.
	#[runtime::pallet_index(40)]
	pub type Preimage = pallet_preimage;

	#[runtime::pallet_index(41)]
	pub type Scheduler = pallet_scheduler;

	#[runtime::pallet_index(42)]
	pub type ConvictionVoting = pallet_conviction_voting;

	#[runtime::pallet_index(43)]
	pub type Referenda = pallet_referenda;

	#[runtime::pallet_index(44)]
	pub type Origins = governance::origins;

	#[runtime::pallet_index(45)]
	pub type Utility = pallet_utility;
}

#[cfg(test)]
mod tests;
