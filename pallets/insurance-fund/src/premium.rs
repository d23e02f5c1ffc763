//! The crisis premium: a share of the income the fund earns while a market's circuit breaker
//! is tripped or the fund is in drawdown, paid to the stakers who held their stake through it.
//!
//! A crisis is an *episode*: it starts in the first block with income while a crisis holds and
//! ends in the first block it no longer does. Its premium pot is shared at the end over the
//! shares that were staked when it started and not asked out before it ended (pending
//! withdrawals and shares staked during it hold no claim: they did not stand through it). The
//! pot's per-share value is added to a cumulative index; a staker's part is settled lazily on
//! their next action or claim, so no hook ever iterates stakers.

use crate::{pallet::*, types::*};
use ballast_primitives::{Balance, MarketGuard, MarketState, Ratio, VaultLedger};
use frame_support::traits::{
	fungible::Mutate,
	tokens::Preservation,
};
use sp_arithmetic::traits::{Saturating, Zero};
use sp_runtime::{DispatchResult, FixedPointNumber};

impl<T: Config> Pallet<T> {
	/// Whether the venue is in a crisis for the premium: a market not open, or the fund's
	/// drawdown at its threshold.
	pub(crate) fn in_crisis() -> bool {
		let threshold = Params::<T>::get().crisis_drawdown;
		(!threshold.is_zero() && Self::current_drawdown() >= threshold)
			|| T::Vault::market_pnl().iter().any(|m| T::MarketGuard::market_state(m.market) != MarketState::Open)
	}

	/// Shares that hold a claim on a new episode's premium: staked, not asked out, not the
	/// protocol's own.
	fn eligible_shares() -> Balance {
		TotalShares::<T>::get()
			.saturating_sub(PendingShares::<T>::get())
			.saturating_sub(Self::shares_of(&Self::account_id()))
	}

	/// Sets a crisis's share of `income` aside, starting an episode if none runs; ends a running
	/// one once the crisis is over.
	pub(crate) fn track_crisis(income: Balance) {
		let episode = CurrentEpisode::<T>::get();
		if episode.is_none() && income.is_zero() {
			return;
		}
		let crisis = Self::in_crisis();
		match (episode, crisis) {
			(Some(running), false) => Self::end_episode(running),
			(running, true) => {
				let premium = Params::<T>::get().crisis_premium.mul_floor(income);
				let mut episode = running.unwrap_or_else(|| Self::start_episode());
				episode.pot.saturating_accrue(premium);
				PremiumReserved::<T>::mutate(|reserved| reserved.saturating_accrue(premium));
				CurrentEpisode::<T>::put(episode);
			},
			(None, false) => {},
		}
	}

	fn start_episode() -> Episode {
		let id = EpisodeCount::<T>::mutate(|count| {
			count.saturating_inc();
			*count
		});
		let episode = Episode { id, pot: 0, eligible: Self::eligible_shares() };
		Self::deposit_event(Event::CrisisStarted { episode: id, eligible: episode.eligible });
		episode
	}

	/// Shares the pot over the shares that stood through the episode. With none, the pot goes
	/// back to the fund.
	pub(crate) fn end_episode(episode: Episode) {
		CurrentEpisode::<T>::kill();
		let per_share = if episode.eligible.is_zero() {
			PremiumReserved::<T>::mutate(|reserved| reserved.saturating_reduce(episode.pot));
			Ratio::zero()
		} else {
			ratio(episode.pot, episode.eligible)
		};
		EpisodePremium::<T>::insert(episode.id, per_share);
		PremiumIndex::<T>::mutate(|index| *index = index.saturating_add(per_share));
		Self::deposit_event(Event::CrisisEnded { episode: episode.id, premium: episode.pot, per_share });
	}

	/// Brings `who`'s owed premium up to date; call before anything changes their shares or
	/// pending withdrawal. The shares they held since their last settlement stood through every
	/// episode that ended since, except one they acted in, for which their part was recorded.
	pub(crate) fn settle_premium(who: &T::AccountId) {
		let mut record = Premiums::<T>::get(who);
		let (owed, acted_in_ended) = Self::owed_by(who, &record);
		record.owed = owed;
		record.checkpoint = PremiumIndex::<T>::get();
		if acted_in_ended {
			record.acted_in = None;
		}
		// Acting during an episode fixes the claim on it at what stood through it so far: the
		// shares held now (a stake during it settles before it adds any).
		if let Some(running) = CurrentEpisode::<T>::get() {
			if record.acted_in.is_none() {
				record.acted_in = Some((running.id, Self::holding_shares(who)));
			}
		}
		Self::put_premium(who, record);
	}

	/// What `record` says `who` is owed, settled to the last ended episode: the episode they
	/// acted in at the shares recorded then, every other one since their checkpoint at the
	/// shares they hold. And whether the episode they acted in has ended (its part is in).
	fn owed_by(who: &T::AccountId, record: &PremiumRecord) -> (Balance, bool) {
		let (holding, index) = Self::premium_claim(who);
		let mut since = index.saturating_sub(record.checkpoint);
		let mut owed = record.owed;
		let acted_in = record.acted_in.and_then(|(episode, eligible)| Some((EpisodePremium::<T>::get(episode)?, eligible)));
		if let Some((per_share, eligible)) = acted_in {
			since = since.saturating_sub(per_share);
			owed.saturating_accrue(per_share.saturating_mul_int(eligible));
		}
		(owed.saturating_add(since.saturating_mul_int(holding)), acted_in.is_some())
	}

	/// The shares `who` claims premium on and the index they claim it up to: their shares not
	/// asked out, to the current index; shares a wipeout extinguished, to the index at which
	/// their era ended (the premium was reserved for them, the wipeout took only the stake).
	fn premium_claim(who: &T::AccountId) -> (Balance, Ratio) {
		if *who == Self::account_id() {
			return (0, PremiumIndex::<T>::get());
		}
		let era = HolderEra::<T>::get(who);
		let index = if era == ShareEra::<T>::get() {
			PremiumIndex::<T>::get()
		} else if let Some(ended) = EraPremiumIndex::<T>::get(era) {
			ended
		} else {
			frame_support::defensive!("an extinguished era without its premium index");
			return (0, PremiumIndex::<T>::get());
		};
		let asked_out = Withdrawals::<T>::get(who).map_or(0, |w| w.shares);
		(Shares::<T>::get(who).saturating_sub(asked_out), index)
	}

	/// After `who` asked `shares` out during an episode, their claim on it and the episode's
	/// eligible shares shrink to what still stands.
	pub(crate) fn withdraw_from_episode(who: &T::AccountId) {
		let Some(mut running) = CurrentEpisode::<T>::get() else { return };
		let mut record = Premiums::<T>::get(who);
		let Some((episode, eligible)) = record.acted_in else { return };
		if episode != running.id {
			return;
		}
		let still = eligible.min(Self::holding_shares(who));
		running.eligible.saturating_reduce(eligible.saturating_sub(still));
		record.acted_in = Some((episode, still));
		CurrentEpisode::<T>::put(running);
		Self::put_premium(who, record);
	}

	fn put_premium(who: &T::AccountId, record: PremiumRecord) {
		if record == PremiumRecord::default() {
			Premiums::<T>::remove(who);
		} else {
			Premiums::<T>::insert(who, record);
		}
	}

	/// A staker's shares with a claim on the premium: those not asked out. The protocol's own
	/// shares have none: every episode leaves them out of its eligible shares.
	pub(crate) fn holding_shares(who: &T::AccountId) -> Balance {
		if *who == Self::account_id() {
			return 0;
		}
		Self::shares_of(who).saturating_sub(Self::withdrawal_of(who).map_or(0, |w| w.shares))
	}

	/// What `who` could claim now, settled to the last ended episode.
	pub fn premium_owed(who: &T::AccountId) -> Balance {
		Self::owed_by(who, &Premiums::<T>::get(who)).0
	}

	pub(crate) fn do_claim_premium(who: T::AccountId) -> DispatchResult {
		Self::settle_premium(&who);
		let mut record = Premiums::<T>::get(&who);
		// Never more than is reserved: rounding is the fund's, not a claim on stakers' money.
		let amount = record.owed.min(PremiumReserved::<T>::get());
		frame_support::ensure!(!amount.is_zero(), Error::<T>::NoPremium);
		Self::guard_outflow(amount)?;
		T::Collateral::transfer(&Self::account_id(), &who, amount, Preservation::Expendable)?;
		Held::<T>::mutate(|held| held.saturating_reduce(amount));
		record.owed.saturating_reduce(amount);
		PremiumReserved::<T>::mutate(|reserved| reserved.saturating_reduce(amount));
		Self::put_premium(&who, record);
		Self::deposit_event(Event::PremiumClaimed { who, amount });
		Ok(())
	}

	/// Stablecoin the fund counts as its own, the reserved premium included (its ledger:
	/// donations to its account are not counted).
	pub fn held() -> Balance {
		Held::<T>::get()
	}
}
