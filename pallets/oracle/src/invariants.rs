//! The oracle's invariants, checked by `try_state`.

use crate::pallet::*;
use frame_support::traits::{Get, SortedMembers};

impl<T: Config> Pallet<T> {
	/// The invariants: bounded markets, feeds only for listed markets and within their range,
	/// submissions only from current feeders and bounded per market, stress records only for
	/// listed markets.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::ensure;
		ensure!(Markets::<T>::count() <= T::MaxMarkets::get(), "more markets than MaxMarkets");
		ensure!(Markets::<T>::count() as usize == Markets::<T>::iter().count(), "market counter is off");
		for (market, feed) in Feeds::<T>::iter() {
			let config = Markets::<T>::get(market).ok_or("a feed for an unlisted market")?;
			for price in [feed.index, feed.mark] {
				ensure!(price >= config.min_price && price <= config.max_price, "a stored price outside its market's range");
			}
		}
		for market in Markets::<T>::iter_keys() {
			ensure!(
				Submissions::<T>::iter_prefix(market).count() as u32 <= T::MaxFeeders::get(),
				"more submissions for a market than MaxFeeders"
			);
		}
		for (market, name) in Names::<T>::iter() {
			ensure!(Markets::<T>::contains_key(market), "a name for an unlisted market");
			ensure!(SymbolOwners::<T>::get(&name.symbol) == Some(market), "a market's symbol is not its own");
		}
		ensure!(SymbolOwners::<T>::iter().count() == Names::<T>::iter().count(), "a symbol owned by no named market");
		for (market, record) in StressRecords::<T>::iter() {
			ensure!(Markets::<T>::contains_key(market), "a stress record for an unlisted market");
			ensure!(!record.worst.is_empty(), "a stress record without its current period");
		}
		for (market, feeder, _) in Submissions::<T>::iter() {
			ensure!(Markets::<T>::contains_key(market), "a submission for an unlisted market");
			ensure!(T::Feeders::contains(&feeder), "a submission from an account that is not a feeder");
		}
		Ok(())
	}
}
