//! The liquidation engine's runtime API: the accounts the engine will examine next, most
//! urgent first, with their health; and its watermark and queue. polkadot.js:
//! `api.call.liquidationApi.atRisk(10)`, `api.call.liquidationApi.state(1000)`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
pub use pallet_ballast_liquidation::{AtRisk, EngineState, LiquidationParams};

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
