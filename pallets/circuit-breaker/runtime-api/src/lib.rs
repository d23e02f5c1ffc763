//! The circuit breakers' runtime API: what a trader needs before an order (is the market open,
//! reduce-only or halted, and when does it step back by itself) and what a risk team watches
//! (the crisis level, the global breaker, emergency halts, the withdrawal limits).
//! polkadot.js: `api.call.circuitBreakerApi.market(2)`, `api.call.circuitBreakerApi.venue()`,
//! `api.call.circuitBreakerApi.withdrawalLimits()`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
pub use ballast_primitives::MarketId;
pub use pallet_ballast_circuit_breaker::{MarketBreakerView, VenueView, WithdrawalLimit};

sp_api::decl_runtime_apis! {
	/// The circuit breakers.
	pub trait CircuitBreakerApi<BlockNumber> where BlockNumber: codec::Codec {
		/// `market`'s breaker: the state enforced now, its own state, when it steps back by
		/// itself, an emergency halt; `None` for a market without a breaker.
		fn market(market: MarketId) -> Option<MarketBreakerView<BlockNumber>>;

		/// Every market's breaker.
		fn markets() -> Vec<MarketBreakerView<BlockNumber>>;

		/// The venue: crisis level, global breaker, venue-wide emergency halt, withdrawal pause.
		fn venue() -> VenueView<BlockNumber>;

		/// What each pool (traders' collateral, the vault, the insurance fund) may still pay
		/// out in its current window.
		fn withdrawal_limits() -> Vec<WithdrawalLimit<BlockNumber>>;
	}
}
