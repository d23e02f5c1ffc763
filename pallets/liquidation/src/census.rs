//! The book's census: a sweep of the index, a few accounts a block, that measures what the
//! insurance fund should hold.
//!
//! Each account is valued as the margin engine values it for its risk, then every market it
//! holds is moved against it at once over the fund's shock set, CME SPAN's for a linear book:
//!
//! - the **one-block rung**: each market by its stressed move, the larger of the `stress_floor`
//!   and the largest one-block move its oracle recorded over the long window
//!   ([`PriceFeed::stressed_move`]). One block's move, because the liquidation engine examines
//!   every account a move reaches in the next block: bad debt is what a gap takes from an
//!   account before that. Its whole shortfall is held.
//! - the **extreme rung**: each market by `extreme_multiple` times that (three: 30 % at the
//!   floor), a crash rather than a gap. Before Black Thursday the one-block rung asked 1 239 bUSD
//!   of a book whose crash left 572 973 of bad debt: a gap from calm is no measure of a 40 % fall
//!   over hours. A fall like that meets liquidations on its way, so its gap-at-once loss
//!   overstates what the fund pays; the fund holds `extreme_cover` of it (SPAN's 35 %).
//!
//! The sweep adds up the negative equity each rung leaves, with every market down and with every
//! market up; the fund's target is the worst, the extreme rung's counted at its cover
//! ([`StressedLoss::fund_target`], read through [`BookStress`]).
//!
//! The census runs after the liquidations, in what is left of the hook's budget, and never in a
//! block that deferred a liquidation. An account re-filed in the index during a sweep (its
//! trigger moved) may be counted twice or not at all in that sweep: the figure is an estimate
//! that the next sweep renews, never a ledger.

use crate::{pallet::*, weights::WeightInfo, CensusResult, StressedLoss};
use ballast_primitives::{Balance, BookStress, MarginAccounts, PriceFeed, Quantity, Ratio, SignedBalance};
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
		let params = Params::<T>::get();
		let shocks = ShockSet { floor: params.stress_floor, extreme_multiple: params.extreme_multiple };
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
				return Self::finish_census(census.running, params.extreme_cover);
			};
			let positions = Self::count_stressed_loss(&who, shocks, &mut census.running);
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

	fn finish_census(loss: StressedLoss, extreme_cover: Perbill) {
		CensusUnderWay::<T>::kill();
		let now = frame_system::Pallet::<T>::block_number();
		let target = loss.fund_target(extreme_cover);
		// An empty book finishes every block: announce and store only a change.
		if LastCensus::<T>::get().is_some_and(|last| last.loss == loss && last.target == target) {
			return;
		}
		LastCensus::<T>::put(CensusResult { loss, target, at: now });
		Self::deposit_event(Event::BookCensused { stressed_shortfall: target, accounts: loss.accounts });
	}

	/// Adds `who`'s negative equity over the shock set, each rung down and up, to `sums`;
	/// returns how many positions it holds.
	pub(crate) fn count_stressed_loss(who: &T::AccountId, shocks: ShockSet, sums: &mut StressedLoss) -> u32 {
		let Some(account) = T::Margin::valued(who) else { return 0 };
		let equity = account.health.equity;
		let (mut gap, mut crash) = (Moved::at(equity), Moved::at(equity));
		for position in &account.positions {
			let stressed = T::PriceFeed::stressed_move(position.market).unwrap_or_default();
			let (one_block, extreme) = shocks.moves(stressed);
			gap.shift(position.size, one_block.saturating_mul_int(position.notional));
			crash.shift(position.size, extreme.saturating_mul_int(position.notional));
		}
		sums.down = sums.down.saturating_add(deficit(gap.down));
		sums.up = sums.up.saturating_add(deficit(gap.up));
		sums.extreme_down = sums.extreme_down.saturating_add(deficit(crash.down));
		sums.extreme_up = sums.extreme_up.saturating_add(deficit(crash.up));
		sums.accounts.saturating_inc();
		account.positions.len() as u32
	}
}

/// The fund's shock set, as the parameters give it.
#[derive(Clone, Copy)]
pub(crate) struct ShockSet {
	pub floor: Perbill,
	pub extreme_multiple: u32,
}

impl ShockSet {
	/// A market's one-block and extreme moves, given the largest move its oracle recorded: the
	/// larger of that and the floor, and `extreme_multiple` times it, each at most 100 %.
	pub(crate) fn moves(&self, recorded: Ratio) -> (Ratio, Ratio) {
		let one_block = recorded.max(Ratio::from_perbill(self.floor)).min(Ratio::one());
		let extreme = one_block.saturating_mul(Ratio::saturating_from_integer(self.extreme_multiple)).min(Ratio::one());
		(one_block, extreme)
	}
}

/// An account's equity with every market it holds moved down, and up, by one rung.
struct Moved {
	down: SignedBalance,
	up: SignedBalance,
}

impl Moved {
	fn at(equity: SignedBalance) -> Self {
		Self { down: equity, up: equity }
	}

	/// Moves a position of `size` (its sign its side) whose notional the move changes by `swing`.
	fn shift(&mut self, size: Quantity, swing: Balance) {
		let swing = SignedBalance::try_from(swing).unwrap_or(SignedBalance::MAX);
		let (falls, rises) = if size > 0 { (swing.saturating_neg(), swing) } else { (swing, swing.saturating_neg()) };
		self.down = self.down.saturating_add(falls);
		self.up = self.up.saturating_add(rises);
	}
}

/// The bad debt an equity leaves: its negative part.
fn deficit(equity: SignedBalance) -> Balance {
	if equity < SignedBalance::zero() {
		equity.unsigned_abs()
	} else {
		0
	}
}

impl<T: Config> BookStress for Pallet<T> {
	fn stressed_shortfall() -> Option<ballast_primitives::Balance> {
		LastCensus::<T>::get().map(|census| census.target)
	}
}
