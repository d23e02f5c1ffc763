//! The liquidation engine's runtime API: the accounts the engine will examine next, most
//! urgent first, with their health and chance of liquidation; one account's risk; the book's
//! expected liquidations and shortfall; and its watermark and queue. polkadot.js:
//! `api.call.liquidationApi.atRisk(10)`, `api.call.liquidationApi.accountRisk(address)`,
//! `api.call.liquidationApi.bookRisk(1000)`, `api.call.liquidationApi.state(1000)`.
//!
//! Version 2 added each entry's `probability` to `atRisk`, and `accountRisk` and `bookRisk`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
pub use pallet_ballast_liquidation::{AccountRisk, AtRisk, BookRisk, EngineState, LiquidationParams};

sp_api::decl_runtime_apis! {
	/// The liquidation queue and the book's risk.
	#[api_version(2)]
	pub trait LiquidationApi<AccountId> where AccountId: codec::Codec {
		/// The first `limit` accounts of the index (at most 1 000), most urgent first.
		fn at_risk(limit: u32) -> Vec<AtRisk<AccountId>>;

		/// The watermark, the index's size, the entries due now (counted up to `limit`, at most
		/// 10 000), and the parameters.
		fn state(limit: u32) -> EngineState;

		/// `who`'s chance of reaching maintenance within the risk horizon, its PnL's deviation
		/// over it and what it could leave unpaid; `None` without a margin account.
		#[api_version(2)]
		fn account_risk(who: AccountId) -> Option<AccountRisk>;

		/// The expected number of liquidations and the expected shortfall over the risk
		/// horizon, summed over the first `limit` accounts of the index (at most 1 000).
		#[api_version(2)]
		fn book_risk(limit: u32) -> BookRisk;
	}
}
