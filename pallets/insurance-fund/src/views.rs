//! Read models for the runtime API and the fund's health for the breakers and the margins.

use crate::{pallet::*, types::*};
use ballast_primitives::{Balance, FundHealth};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// The fund, for the runtime API.
	pub fn fund_state() -> FundState {
		FundState {
			balance: Self::balance(),
			shares: TotalShares::<T>::get(),
			share_price: Self::share_price(),
			pending_shares: PendingShares::<T>::get(),
			drawdown: Self::current_drawdown(),
			deficits: Deficits::<T>::iter_values().fold(0, |sum: Balance, d| sum.saturating_add(d.remaining)),
			premium_reserved: PremiumReserved::<T>::get(),
			episode: CurrentEpisode::<T>::get(),
			params: Params::<T>::get(),
		}
	}

	/// A staker, for the runtime API.
	pub fn staker_state(who: &T::AccountId) -> StakerState<BlockNumberFor<T>> {
		let shares = Self::shares_of(who);
		StakerState {
			shares,
			value: Self::value_of(shares),
			pending: Self::withdrawal_of(who),
			premium: Self::premium_owed(who),
		}
	}
}

impl<T: Config> FundHealth for Pallet<T> {
	fn fund_balance() -> Balance {
		Self::balance()
	}

	fn drawdown() -> sp_arithmetic::Perbill {
		Self::current_drawdown()
	}
}
