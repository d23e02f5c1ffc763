//! On-chain governance: BLST holders change every risk parameter, the validator set (whose
//! `orcl` keys are the oracle's feeders) and the runtime itself by referenda (OpenGov), with a fast, narrow emergency track.
//!
//! FRAME's own pallets do the voting: `pallet-preimage` holds the proposed calls,
//! `pallet-referenda` runs each referendum on its track (`tracks.rs`), `pallet-conviction-voting`
//! weighs BLST votes by conviction (a longer lock counts more), `pallet-scheduler` enacts what
//! passed. `origins.rs` defines the origins a passed referendum dispatches with; `configs/`
//! decides what each origin may call.
//!
//! What is deliberately not here:
//! - `pallet-parameters`: every risk parameter lives in its pallet's storage behind a setter
//!   that checks its range, emits an event and (for margins) phases a raise in; a dynamic
//!   parameter would be read through `Get` unchecked and step at once. The remaining constants
//!   (storage bounds, minimum deposits, the oracle's suspension rules) change with the runtime,
//!   through the root track.
//! - `pallet-safe-mode` and `pallet-tx-pause`: the venue-wide stop is the circuit breaker's
//!   emergency halt of the venue or of withdrawals, which keeps liquidations, prices and votes
//!   going and ends by itself; safe mode would also stop the oracle's feeders and the votes that
//!   lift it. Writing the stop twice would give two states to reason about in a crisis.

pub mod origins;
pub mod tracks;

use crate::{
	configs::RuntimeBlockWeights, AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, DAYS, MILLI_UNIT, UNIT,
};
use frame_support::{
	parameter_types,
	traits::{fungible::HoldConsideration, ConstU32, EitherOfDiverse, EqualPrivilegeOnly, LinearStoragePrice},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSigned};
use sp_runtime::Perbill;

/// Root, or a referendum passed on the `risk_parameters` track.
pub type RiskOrigin = EitherOfDiverse<EnsureRoot<AccountId>, origins::RiskParameters>;
/// Root, or a referendum passed on the `emergency` track.
pub type EmergencyOrigin = EitherOfDiverse<EnsureRoot<AccountId>, origins::Emergency>;
/// Root, or a referendum passed on the `oracle_admin` track.
pub type OracleAdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, origins::OracleAdmin>;
/// Root, or a referendum passed on the `validators` track.
pub type ValidatorsOrigin = EitherOfDiverse<EnsureRoot<AccountId>, origins::Validators>;
/// Lists, names and removes the oracle's markets: the oracle admin, or a `risk_parameters`
/// referendum, so one risk referendum lists a market whole (its feed, its name, its margins).
pub type MarketListingOrigin = EitherOfDiverse<OracleAdminOrigin, origins::RiskParameters>;

impl origins::Config for Runtime {}

parameter_types! {
	pub const PreimageBaseDeposit: Balance = UNIT;
	/// A milli-BLST a byte: a whole runtime (about a megabyte compressed) costs a thousand BLST,
	/// returned when the preimage is removed.
	pub const PreimageByteDeposit: Balance = MILLI_UNIT;
	pub const PreimageHoldReason: RuntimeHoldReason = RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// Enactments may fill most of a block, not all: the hooks (liquidation first) keep theirs.
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	// Only referenda schedule (as root, through `ScheduleAnon`); nobody schedules by call.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// A week: the lock of a vote with conviction 1×, doubling with each step up to 6× (32 weeks).
	pub const VoteLockingPeriod: BlockNumber = 7 * DAYS;
}

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_conviction_voting::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type Polls = Referenda;
	// Support is measured against every BLST in existence.
	type MaxTurnout = frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, AccountId>;
	type MaxVotes = ConstU32<512>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

parameter_types! {
	/// Submitting costs 100 BLST (returned when the referendum ends, unless it is killed): spam
	/// costs, the decision deposit of the track is the real bar.
	pub const SubmissionDeposit: Balance = 100 * UNIT;
	/// A referendum that finds no decision deposit within two weeks times out.
	pub const UndecidingTimeout: BlockNumber = 14 * DAYS;
}

impl pallet_referenda::Config for Runtime {
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = EnsureSigned<AccountId>;
	type CancelOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	// Slashed deposits are burnt: there is no treasury.
	type Slash = ();
	type Votes = pallet_conviction_voting::VotesOf<Runtime>;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = tracks::TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}
