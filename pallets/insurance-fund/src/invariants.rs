//! The fund's invariants, checked by `try_state`.

use crate::pallet::*;
use ballast_primitives::Balance;
use frame_support::ensure;
use sp_arithmetic::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Shares add up, pending withdrawals are covered by their stakers' shares, the
	/// deleveraging queue and its places agree, bounded storage.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use crate::adl::place_of;
		use ballast_primitives::MarginAccounts;
		// Shares of an earlier era were extinguished by a wipeout: only the current era's count.
		let era = ShareEra::<T>::get();
		let current = || Shares::<T>::iter().filter(|(who, _)| HolderEra::<T>::get(who) == era);
		let shares: Balance = current().try_fold(0u128, |sum, (_, s)| sum.checked_add(s)).ok_or("shares overflow")?;
		ensure!(shares == TotalShares::<T>::get(), "stakers' shares differ from the total");
		ensure!(!Shares::<T>::iter_values().any(|s| s.is_zero()), "a zero share entry is stored");
		ensure!(HolderEra::<T>::iter().all(|(who, held_in)| held_in <= era && Shares::<T>::contains_key(&who)), "an era without shares");
		let mut pending = 0u128;
		for (who, withdrawal) in Withdrawals::<T>::iter().filter(|(who, _)| HolderEra::<T>::get(who) == era) {
			ensure!(withdrawal.shares <= Shares::<T>::get(&who), "a withdrawal of more shares than held");
			pending = pending.saturating_add(withdrawal.shares);
		}
		ensure!(pending == PendingShares::<T>::get(), "pending shares total is off");
		// Each change moves only the position it repositioned: every position must be queued
		// at its own entry, and nothing else queued.
		let mut positions = 0usize;
		for who in T::Margin::watched_accounts() {
			for (market, size, entry) in T::Margin::entries(&who) {
				let (side, key) = place_of(Some((size, entry))).ok_or("a stored position of size zero")?;
				ensure!(AdlQueue::<T>::contains_key(((market, side), key, who.clone())), "a position queued off its entry");
				positions = positions.saturating_add(1);
			}
		}
		ensure!(AdlQueue::<T>::iter_keys().count() == positions, "a queue entry without its position");
		ensure!(Deficits::<T>::iter_values().all(|d| !d.remaining.is_zero()), "an empty deficit is stored");
		let reserved = PremiumReserved::<T>::get();
		ensure!(reserved <= Self::held(), "more premium reserved than the fund holds");
		// More in the account is a donation; less is a missing unit.
		ensure!(
			<T::Collateral as frame_support::traits::fungible::Inspect<_>>::balance(&Self::account_id()) >= Held::<T>::get(),
			"the fund's account holds less than its ledger"
		);
		let stakers: alloc::collections::BTreeSet<T::AccountId> = Shares::<T>::iter_keys().chain(Premiums::<T>::iter_keys()).collect();
		let owed = stakers.iter().fold(0u128, |sum, who| sum.saturating_add(Self::premium_owed(who)));
		ensure!(owed <= reserved, "stakers are owed more premium than is reserved");
		let index = PremiumIndex::<T>::get();
		ensure!(
			(0..era).all(|old| EraPremiumIndex::<T>::get(old).is_some_and(|ended| ended <= index)),
			"an extinguished era without its premium index"
		);
		if let Some(episode) = CurrentEpisode::<T>::get() {
			ensure!(episode.eligible <= TotalShares::<T>::get(), "a crisis with more eligible shares than exist");
		}
		Ok(())
	}
}
