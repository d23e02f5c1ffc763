//! The venue's runtime APIs: questions about Ballast as a whole rather than one pallet. Its
//! markets by name, stress tests of price shocks against the whole book, what each block's hooks
//! did, and whether every stablecoin unit is accounted for. polkadot.js: `api.call.venueApi.markets()`,
//! `api.call.stressTestApi.stressTest(…)`, `api.call.venueActivityApi.blockActivity()`,
//! `api.call.solvencyApi.solvency(null)`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
pub use ballast_primitives::{MarketId, MarketName};
use codec::{Decode, Encode};
use scale_info::TypeInfo;

pub mod activity;
pub mod solvency;
pub mod stress;

/// A listed market as clients name it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct VenueMarket {
	pub id: MarketId,
	/// Its symbol and display decimals; `None` until governance names it.
	pub name: Option<MarketName>,
}

impl VenueMarket {
	/// The symbol ("BTC-USD"), or the id for a market not named yet.
	pub fn label(&self) -> alloc::string::String {
		match &self.name {
			Some(name) => alloc::string::String::from_utf8_lossy(&name.symbol).into_owned(),
			None => alloc::format!("{}", self.id),
		}
	}
}

sp_api::decl_runtime_apis! {
	/// The venue's markets. polkadot.js: `api.call.venueApi.markets()`.
	pub trait VenueApi {
		/// Every market the oracle lists, by id, with its name.
		fn markets() -> Vec<VenueMarket>;
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
