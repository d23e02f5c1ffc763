//! The liquidation engine's runtime API: the accounts the engine will examine next, most
//! urgent first, with their health; and its watermark and queue. polkadot.js:
//! `api.call.liquidationApi.atRisk(10)`, `api.call.liquidationApi.state(1000)`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
pub use pallet_ballast_liquidation::{AtRisk, EngineState, LiquidationParams};

pub mod activity;
pub mod solvency;
pub mod stress;

sp_api::decl_runtime_apis! {
	/// The liquidation queue.
	pub trait LiquidationApi<AccountId> where AccountId: codec::Codec {
		/// The first `limit` accounts of the index (at most 1 000), most urgent first.
		fn at_risk(limit: u32) -> Vec<AtRisk<AccountId>>;

		/// The watermark, the index's size, the entries due now (counted up to `limit`, at most
		/// 10 000), and the parameters.
		fn state(limit: u32) -> EngineState;
	}
}

sp_api::decl_runtime_apis! {
	/// Real-time stress testing: price shocks run against the whole open interest through the
	/// real hooks (oracle, margin, liquidation, insurance fund and deleveraging, breakers), block
	/// by block, each scenario on state that is thrown away. polkadot.js:
	/// `api.call.stressTestApi.stressTest([{ steps: [{ shocks: [{ market: 2, by: { BasisPoints: -3000 } }], outages: [] }], list: 10 }])`.
	pub trait StressTestApi<AccountId> where AccountId: codec::Codec {
		/// Each scenario's outcome, step by step; refused whole past a limit of [`stress`]. A
		/// call's work is bounded ([`stress::MAX_CALL_BLOCKS`]): once spent, a scenario's answer
		/// stops at the steps that ran and later scenarios answer none.
		fn stress_test(scenarios: Vec<stress::Scenario>) -> Result<Vec<Vec<stress::StepOutcome<AccountId>>>, stress::StressError>;
	}
}

sp_api::decl_runtime_apis! {
	/// What the venue's hooks did in a block, read from its events: the node's metrics and
	/// dashboards call it at each block's hash. polkadot.js: `api.call.venueActivityApi.blockActivity()`.
	pub trait VenueActivityApi {
		/// The activity of the block whose state this is called on.
		fn block_activity() -> activity::BlockActivity;
	}
}

sp_api::decl_runtime_apis! {
	/// Whether every bUSD unit is accounted for at this block (see [`solvency`]). polkadot.js:
	/// `api.call.solvencyApi.solvency(null)`, then again with `next` until it is `None`.
	pub trait SolvencyApi {
		/// The stablecoin's ledgers at the block whose state this is called on, with the
		/// accounts summed from `resume` on, at most [`solvency::SOLVENCY_PAGE`] of them.
		fn solvency(resume: Option<solvency::SolvencyCursor>) -> solvency::Solvency;
	}
}
