//! Consensus and the validator set: Aura authors, GRANDPA finalizes, `pallet-session` rotates
//! the set `pallet-ballast-validators` plans, `historical` keeps each session's keys provable
//! and `pallet-offences` takes GRANDPA equivocations proven against them.
//!
//! Why these numbers:
//! - **Sessions of an hour** (600 six-second blocks, the presets' `session_length`; governance
//!   sets 10 blocks to a day). A set change waits for the session after next, so a validator
//!   voted in or out acts within two hours of enactment, while GRANDPA's authority set (and the
//!   historical root each equivocation proof is checked against) changes at most hourly. Shorter
//!   sessions would store a historical root every few minutes for nothing: Ballast has no
//!   per-session rewards or eras to settle.
//! - **A week of proofs**: an equivocation can be reported for 168 sessions (GRANDPA keeps the
//!   session of that many set ids, `historical` that many roots), and its unsigned report stays
//!   valid in the pool as long.
//! - **A 10 BLST key deposit**: anyone may register keys (`session.set_keys`, so a candidate can
//!   before its referendum), and each registration stores keys: the deposit makes spam cost.

use crate::{
	opaque::SessionKeys, AccountId, Aura, Balance, Balances, Historical, Offences, Runtime, RuntimeEvent, Session, ValidatorSet, DAYS, HOURS,
	UNIT,
};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::{Convert, IdentifyAccount, OpaqueKeys};
use alloc::vec::Vec;
use sp_staking::SessionIndex;

/// Most validators: Aura's and GRANDPA's authority bound, and the oracle's feeder bound.
pub const MAX_VALIDATORS: u32 = 32;
/// Sessions whose keys stay provable: a week of hourly sessions.
pub const KEPT_SESSIONS: u32 = 168;

parameter_types! {
	pub const MaxValidators: u32 = MAX_VALIDATORS;
	pub const SessionKeyDeposit: Balance = 10 * UNIT;
	/// How long a GRANDPA equivocation report stays valid in the pool: the week it can be proven.
	pub const ReportLongevity: u64 = KEPT_SESSIONS as u64 * HOURS as u64;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	// An offender's slots go unauthored until it leaves the set.
	type DisabledValidators = ValidatorSet;
	type MaxAuthorities = MaxValidators;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxValidators;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<{ KEPT_SESSIONS as u64 }>;
	// A validator's GRANDPA key is proven to be its own in a past session by the historical
	// session root; a proven equivocation goes to `pallet-offences`.
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem = pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

/// Who authored a block (the reporter an equivocation report credits).
impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = ();
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	// Any account may register keys (against the deposit); governance decides who validates.
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = ValidatorSet;
	type NextSessionRotation = ValidatorSet;
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, PrunedHistory>;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	// Offenders are disabled by `ValidatorSet`'s own list, which outlives a session boundary.
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// Nothing is staked: a validator is identified by its account alone.
	type FullIdentification = ();
	type FullIdentificationOf = pallet_ballast_validators::ValidatorOf<Runtime>;
}

/// The validator set's session manager, pruning the historical roots older than a week as each
/// session starts, so proofs stay possible for [`KEPT_SESSIONS`] and storage stays bounded.
pub struct PrunedHistory;

impl pallet_session::SessionManager<AccountId> for PrunedHistory {
	fn new_session(new_index: SessionIndex) -> Option<Vec<AccountId>> {
		<ValidatorSet as pallet_session::SessionManager<AccountId>>::new_session(new_index)
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<AccountId>> {
		<ValidatorSet as pallet_session::SessionManager<AccountId>>::new_session_genesis(new_index)
	}

	fn start_session(start_index: SessionIndex) {
		<ValidatorSet as pallet_session::SessionManager<AccountId>>::start_session(start_index);
		if let Some(up_to) = start_index.checked_sub(KEPT_SESSIONS) {
			Historical::prune_up_to(up_to);
		}
	}

	fn end_session(end_index: SessionIndex) {
		<ValidatorSet as pallet_session::SessionManager<AccountId>>::end_session(end_index)
	}
}

impl pallet_session::historical::SessionManager<AccountId, ()> for PrunedHistory {
	fn new_session(new_index: SessionIndex) -> Option<Vec<(AccountId, ())>> {
		<Self as pallet_session::SessionManager<AccountId>>::new_session(new_index).map(with_unit)
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<(AccountId, ())>> {
		<Self as pallet_session::SessionManager<AccountId>>::new_session_genesis(new_index).map(with_unit)
	}

	fn start_session(start_index: SessionIndex) {
		<Self as pallet_session::SessionManager<AccountId>>::start_session(start_index)
	}

	fn end_session(end_index: SessionIndex) {
		<Self as pallet_session::SessionManager<AccountId>>::end_session(end_index)
	}
}

fn with_unit(validators: Vec<AccountId>) -> Vec<(AccountId, ())> {
	validators.into_iter().map(|validator| (validator, ())).collect()
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = ValidatorSet;
}

/// A feeder key's account: the `orcl` key's sr25519 public key as an account, as the offchain
/// worker signs.
pub struct FeederAccount;

impl Convert<pallet_ballast_oracle::crypto::Public, AccountId> for FeederAccount {
	fn convert(key: pallet_ballast_oracle::crypto::Public) -> AccountId {
		sp_runtime::MultiSigner::from(sp_core::sr25519::Public::from(key)).into_account()
	}
}

impl pallet_ballast_validators::Config for Runtime {
	type AdminOrigin = crate::governance::ValidatorsOrigin;
	type KeysRegistered = Session;
	type FeederKey = pallet_ballast_oracle::crypto::Public;
	type FeederAccount = FeederAccount;
	type FeedersChanged = crate::Oracle;
	type MaxValidators = MaxValidators;
	type MinValidators = ConstU32<1>;
	type MinSessionLength = ConstU32<10>;
	type MaxSessionLength = ConstU32<DAYS>;
	type WeightInfo = crate::weights::pallet_ballast_validators::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkKeys;
}

/// Registers keys for a benchmark's validators without a keystore: public keys made from the
/// account's bytes, written where `session.set_keys` would write them.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkKeys;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ballast_validators::BenchmarkHelper<AccountId> for BenchmarkKeys {
	fn register_keys(who: &AccountId) {
		let bytes: [u8; 32] = *who.as_ref();
		let keys = SessionKeys {
			aura: sp_core::sr25519::Public::from_raw(bytes).into(),
			grandpa: sp_core::ed25519::Public::from_raw(bytes).into(),
			oracle: sp_core::sr25519::Public::from_raw(bytes).into(),
		};
		pallet_session::NextKeys::<Runtime>::insert(who, keys);
	}
}
