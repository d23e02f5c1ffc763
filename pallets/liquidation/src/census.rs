//! The book's census: a sweep of the index, a few accounts a block, that measures what the
//! insurance fund should hold.
//!
//! Each account is valued as the margin engine values it for its risk, then every market it
//! holds is moved against it at once by the market's stressed move: the larger of the
//! `stress_floor` and the largest one-block move its oracle recorded over the long window
//! ([`PriceFeed::stressed_move`]). One block's move, because the liquidation engine examines
//! every account a move reaches in the next block: bad debt is what a gap takes from an account
//! before that. The sweep adds up the negative equity this leaves, with every market down and
//! with every market up; the worse is the book's stressed shortfall, the fund's target
//! ([`BookStress`]).
//!
//! The census runs after the liquidations, in what is left of the hook's budget, and never in a
//! block that deferred a liquidation. An account re-filed in the index during a sweep (its
//! trigger moved) may be counted twice or not at all in that sweep: the figure is an estimate
//! that the next sweep renews, never a ledger.

use crate::{pallet::*, weights::WeightInfo, CensusResult, StressedLoss};
use ballast_primitives::{BookStress, MarginAccounts, PriceFeed, Ratio, SignedBalance};
use frame_support::{
	traits::Get,
	weights::{Weight, WeightMeter},
};
use sp_arithmetic::{
	traits::{One, Saturating, Zero},
	FixedPointNumber, Perbill,
};

impl<T: Config> Pallet<T> {
	/// Counts up to `CensusPerBlock` accounts from where the sweep stopped, while `meter` has
	/// room for the largest account; finishes the sweep at the index's end.
	pub(crate) fn census_step(meter: &mut WeightMeter) {
		let state = T::DbWeight::get().reads_writes(2, 2);
		if !meter.can_consume(state.saturating_add(Self::census_visit(T::MaxMarkets::get()))) {
			return;
		}
		meter.consume(state);
		let floor = Params::<T>::get().stress_floor;
		let mut census = CensusUnderWay::<T>::get();
		let mut entries = match &census.cursor {
			Some((key, who)) => Index::<T>::iter_from(Index::<T>::hashed_key_for(key, who)),
			None => Index::<T>::iter(),
		};
		for _ in 0..T::CensusPerBlock::get() {
			if !meter.can_consume(Self::census_visit(T::MaxMarkets::get())) {
				CensusUnderWay::<T>::put(census);
				return;
			}
			let Some((key, who, ())) = entries.next() else {
				return Self::finish_census(census.running);
			};
			let positions = Self::count_stressed_loss(&who, floor, &mut census.running);
			meter.consume(Self::census_visit(positions));
			census.cursor = Some((key, who));
		}
		CensusUnderWay::<T>::put(census);
	}

	/// The weight of counting an account holding `positions`: valuing it as an examination does,
	/// and each market's stress record.
	fn census_visit(positions: u32) -> Weight {
		T::WeightInfo::examine(positions).saturating_add(T::DbWeight::get().reads(positions.into()))
	}

	fn finish_census(loss: StressedLoss) {
		CensusUnderWay::<T>::kill();
		let now = frame_system::Pallet::<T>::block_number();
		// An empty book finishes every block: announce and store only a change.
		if LastCensus::<T>::get().is_some_and(|last| last.loss == loss) {
			return;
		}
		LastCensus::<T>::put(CensusResult { loss, at: now });
		Self::deposit_event(Event::BookCensused { stressed_shortfall: loss.worse(), accounts: loss.accounts });
	}

	/// Adds `who`'s negative equity under the stressed moves, down and up, to `sums`; returns
	/// how many positions it holds.
	pub(crate) fn count_stressed_loss(who: &T::AccountId, floor: Perbill, sums: &mut StressedLoss) -> u32 {
		let Some(account) = T::Margin::valued(who) else { return 0 };
		let (mut down, mut up) = (account.health.equity, account.health.equity);
		for position in &account.positions {
			let recorded = T::PriceFeed::stressed_move(position.market).unwrap_or_default();
			let shock = recorded.max(Ratio::from_perbill(floor)).min(Ratio::one());
			let swing = SignedBalance::try_from(shock.saturating_mul_int(position.notional)).unwrap_or(SignedBalance::MAX);
			let (falls, rises) = if position.size > 0 { (swing.saturating_neg(), swing) } else { (swing, swing.saturating_neg()) };
			down = down.saturating_add(falls);
			up = up.saturating_add(rises);
		}
		let deficit = |equity: SignedBalance| if equity < SignedBalance::zero() { equity.unsigned_abs() } else { 0 };
		sums.down = sums.down.saturating_add(deficit(down));
		sums.up = sums.up.saturating_add(deficit(up));
		sums.accounts.saturating_inc();
		account.positions.len() as u32
	}
}

impl<T: Config> BookStress for Pallet<T> {
	fn stressed_shortfall() -> Option<ballast_primitives::Balance> {
		LastCensus::<T>::get().map(|census| census.loss.worse())
	}
}
