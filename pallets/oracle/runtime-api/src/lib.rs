//! The oracle's runtime API: the feeds as the chain sees them, for clients (polkadot.js
//! `api.call.oracleApi.feeds()`), dashboards and the node.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use ballast_primitives::{MarketId, PriceSnapshot};

sp_api::decl_runtime_apis! {
	/// Prices of the oracle's markets.
	pub trait OracleApi<BlockNumber> where BlockNumber: codec::Codec {
		/// Every listed market with its feed; `None` for a market not yet priced.
		fn feeds() -> Vec<(MarketId, Option<PriceSnapshot<BlockNumber>>)>;

		/// One market's feed; `None` for an unknown or never-priced market.
		fn feed(market: MarketId) -> Option<PriceSnapshot<BlockNumber>>;
	}
}
