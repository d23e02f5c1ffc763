//! Read models for the runtime API and the fund's health for the breakers and the margins.

use crate::{pallet::*, types::*};
use ballast_primitives::{Balance, BookStress, FundHealth};
use sp_arithmetic::FixedPointNumber;
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
			target: T::Book::stressed_shortfall(),
			cover: <Self as FundHealth>::cover_ratio(),
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

	/// The balance over the book's stressed shortfall, as the last census of the book measured
	/// it; `None` before one finishes or with no stressed shortfall at all (nothing to cover).
	fn cover_ratio() -> Option<ballast_primitives::Ratio> {
		let target = T::Book::stressed_shortfall().filter(|target| *target > 0)?;
		Some(ballast_primitives::Ratio::saturating_from_rational(Self::balance(), target))
	}

	/// The episode the crisis premium is running for: the vault's liquidity providers share the
	/// fund's stakers' crises and rate.
	fn crisis() -> Option<ballast_primitives::CrisisEpisode> {
		let episode = CurrentEpisode::<T>::get()?;
		Some(ballast_primitives::CrisisEpisode { id: episode.id, premium: Params::<T>::get().crisis_premium })
	}
}
