//! The margin engine's runtime API: an account as a trader's screen shows it (equity,
//! requirements, health, withdrawable collateral, each position's PnL, funding and liquidation
//! price), the vault as a liquidity provider's does, and the markets' parameters. polkadot.js:
//! `api.call.marginApi.account(who)`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use ballast_primitives::MarketId;
pub use pallet_ballast_margin::{AccountSummary, MarketParams, PositionSummary, VaultSummary};

sp_api::decl_runtime_apis! {
	/// Margin accounts, the vault and the markets at current marks.
	pub trait MarginApi<AccountId> where AccountId: codec::Codec {
		/// `who`'s margin account; `None` when it has none.
		fn account(who: AccountId) -> Option<AccountSummary>;

		/// The vault's cash, shares, equity and the claims on it.
		fn vault() -> VaultSummary;

		/// Every listed market's parameters.
		fn markets() -> Vec<(MarketId, MarketParams)>;
	}
}
