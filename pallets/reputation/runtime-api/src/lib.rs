//! The reputation pallet's runtime API: a trader's standing (score, strikes still counting,
//! tier) and the leverage it allows, across markets or in one market, before they place an
//! order. polkadot.js: `api.call.reputationApi.standing(who, 2)` or `(who, null)`.
#![cfg_attr(not(feature = "std"), no_std)]

pub use ballast_primitives::MarketId;
pub use pallet_ballast_reputation::Standing;

sp_api::decl_runtime_apis! {
	/// Reputation-tiered leverage.
	pub trait ReputationApi<AccountId> where AccountId: codec::Codec {
		/// `who`'s standing now, with the leverage its tier allows in `market` (or the tier's
		/// own without one). An account that never traded stands as a newcomer.
		fn standing(who: AccountId, market: Option<MarketId>) -> Standing;
	}
}
