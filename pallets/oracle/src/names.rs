//! Markets known by name: each listed market's symbol ("BTC-USD", unique) and price decimals,
//! set by governance with the listing, served to the runtime API, the node, the dashboard, and
//! the offchain workers' source lines (which may name a market by symbol).

use crate::{pallet::*, Symbol};
use alloc::vec::Vec;
use ballast_primitives::{MarketId, MarketName};
use frame_support::{ensure, traits::Get};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Gives `market` its `name`, freeing the symbol it had.
	pub(crate) fn put_name(market: MarketId, name: MarketName) -> DispatchResult {
		let owner = SymbolOwners::<T>::get(&name.symbol);
		ensure!(owner.is_none_or(|owner| owner == market), Error::<T>::SymbolTaken);
		if let Some(old) = Names::<T>::get(market) {
			SymbolOwners::<T>::remove(&old.symbol);
		}
		SymbolOwners::<T>::insert(&name.symbol, market);
		let (symbol, price_decimals) = (name.symbol.clone(), name.price_decimals);
		Names::<T>::insert(market, name);
		Self::deposit_event(Event::MarketNamed { market, symbol, price_decimals });
		Ok(())
	}

	/// The market named `symbol` (any case).
	pub fn market_by_symbol(symbol: &[u8]) -> Option<MarketId> {
		let symbol: Symbol = symbol.to_ascii_uppercase().try_into().ok()?;
		SymbolOwners::<T>::get(symbol)
	}

	/// Every listed market with its name, for the runtime API.
	pub fn names() -> Vec<(MarketId, Option<MarketName>)> {
		Markets::<T>::iter_keys().take(T::MaxMarkets::get() as usize).map(|market| (market, Names::<T>::get(market))).collect()
	}
}
