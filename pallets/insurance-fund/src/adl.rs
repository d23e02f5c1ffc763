//! Auto-deleveraging: the queue of positions by profit, their scores, and the reductions.

use crate::{pallet::*, types::*};
use ballast_primitives::{AccountChange, MarginObserver, Repositioned};
use alloc::vec::Vec;
use ballast_primitives::{notional, Balance, MarginAccounts, MarketId, Price, PriceFeed, Quantity, Ratio};
use frame_support::traits::Get;
use sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, traits::Zero, Rounding};
use sp_runtime::traits::Saturating;

/// Where a position of `size` entered at `entry` stands: its side and its key in that side's
/// queue (`None` for no position).
pub(crate) fn place_of(position: Option<(Quantity, Price)>) -> Option<(Side, [u8; 16])> {
	let (size, entry) = position.filter(|(size, _)| *size != 0)?;
	let side = Side::of(size);
	Some((side, rank_key(side, entry)))
}

/// A position's place in its side's queue: for longs the entry price (the lowest entry is the
/// highest `PnL%` at any mark), for shorts its complement (the highest entry first).
pub(crate) fn rank_key(side: Side, entry_price: Price) -> [u8; 16] {
	let entry = entry_price.into_inner();
	match side {
		Side::Long => entry.to_be_bytes(),
		Side::Short => (u128::MAX - entry).to_be_bytes(),
	}
}

impl<T: Config> Pallet<T> {
	/// Moves `who`'s entry in `market`'s deleveraging queue from where its position `before`
	/// put it to where it is `after` (each a size and average entry; `None`, no position). The
	/// queue orders by entry alone, so the place follows from the position and is not stored.
	pub(crate) fn rank_position(who: &T::AccountId, market: MarketId, before: Option<(Quantity, Price)>, after: Option<(Quantity, Price)>) {
		let (from, to) = (place_of(before), place_of(after));
		if from == to {
			return;
		}
		if let Some((side, key)) = from {
			AdlQueue::<T>::remove(((market, side), key, who.clone()));
		}
		if let Some((side, key)) = to {
			AdlQueue::<T>::insert(((market, side), key, who.clone()), ());
		}
	}

	/// The first `window` positions of `market`'s `side` queue that are in profit and not
	/// themselves being liquidated, scored at current marks, highest score first.
	pub(crate) fn candidates(market: MarketId, side: Side, window: u32) -> Vec<Candidate<T::AccountId>> {
		let mut candidates: Vec<Candidate<T::AccountId>> = AdlQueue::<T>::iter_key_prefix(((market, side),))
			.take(window as usize)
			.filter_map(|(_, who)| Self::score(&who, market))
			.collect();
		// Stable: equal scores keep the queue's order.
		candidates.sort_by(|a, b| b.score.cmp(&a.score));
		candidates
	}

	/// `PnL% × effective leverage` of `who`'s position in `market`, `None` unless in profit
	/// with equity above its maintenance requirement.
	pub(crate) fn score(who: &T::AccountId, market: MarketId) -> Option<Candidate<T::AccountId>> {
		let position = T::Margin::positions(who).into_iter().find(|p| p.market == market)?;
		let profit = Balance::try_from(position.unrealised_pnl).ok().filter(|p| !p.is_zero())?;
		let health = T::Margin::health(who)?;
		if health.is_liquidatable() {
			return None;
		}
		let equity = Balance::try_from(health.equity).ok().filter(|e| !e.is_zero())?;
		let cost = notional(position.size, position.entry_price).max(1);
		let score = ratio(profit, cost).saturating_mul(ratio(position.notional, equity));
		Some(Candidate {
			who: who.clone(),
			size: position.size,
			entry_price: position.entry_price,
			unrealised_pnl: position.unrealised_pnl,
			score,
		})
	}

	/// Reduces positions of `market`'s `side` until `target` is reached or `limit` positions
	/// were reduced, by the fund's [`AdlRule`]: ranked, the highest scores first, each whole
	/// until what is left is less; pro rata, every one of the `limit` highest scores by the same
	/// fraction. At a bankruptcy price each close recovers what it gives up against the index
	/// (never past its entry: it never closes at a loss); at the mark each settles its profit.
	/// Returns what it recovered and how many positions it reduced.
	///
	/// Against the index, not the mark: the loss was made at the index (a liquidation closes
	/// there when the smoothed mark trails it), and a close measured against a mark still far
	/// behind would credit a fraction of what it takes and close far more than the deficit.
	pub(crate) fn deleverage(market: MarketId, side: Side, pricing: Pricing, target: Balance, limit: u32) -> (Balance, u32) {
		// Never at a frozen price: the deficit is carried and worked down once the feed is live.
		let Some(snapshot) = T::PriceFeed::snapshot(market).filter(|s| s.status == ballast_primitives::PriceStatus::Live) else {
			return (0, 0);
		};
		let reference = match pricing {
			Pricing::Bankruptcy(_) if !snapshot.index.is_zero() => snapshot.index,
			_ => snapshot.mark,
		};
		let mut offers: Vec<Offer<T::AccountId>> = Self::candidates(market, side, T::RankingWindow::get())
			.into_iter()
			.filter_map(|candidate| {
				let (price, per_coin) = Self::close_terms(side, pricing, reference, candidate.entry_price);
				let whole = notional(candidate.size, per_coin);
				(!per_coin.is_zero()).then_some(Offer { candidate, price, per_coin, whole })
			})
			.collect();
		// Pro rata: each of the positions the pass can reach gives up its share of the target,
		// in proportion to what it could give (so the same fraction of its size).
		let spread_over = match Params::<T>::get().adl_rule {
			AdlRule::Ranked => None,
			AdlRule::ProRata => {
				offers.truncate(limit as usize);
				let could_give = offers.iter().fold(0 as Balance, |sum, offer| sum.saturating_add(offer.whole));
				(could_give > target).then_some(could_give)
			},
		};
		let (mut left, mut reduced) = (target, 0u32);
		for Offer { candidate, price, per_coin, whole } in offers {
			if left.is_zero() || reduced >= limit {
				break;
			}
			let wanted = match spread_over {
				Some(could_give) => {
					multiply_by_rational_with_rounding(target, whole, could_give, Rounding::Up).unwrap_or(left).min(left)
				},
				None => left,
			};
			let size = candidate.size.unsigned_abs();
			let atoms = if whole <= wanted { size } else { Self::atoms_to_recover(size, whole, wanted, per_coin) };
			let amount = Quantity::try_from(atoms).unwrap_or(Quantity::MAX);
			let Ok(reduction) = T::Margin::reduce_position(&candidate.who, market, amount, price, Ratio::zero()) else {
				continue;
			};
			let recovered = notional(reduction.closed, per_coin).min(left);
			left.saturating_reduce(recovered);
			reduced.saturating_inc();
			Self::deposit_event(Event::Deleveraged {
				who: candidate.who,
				market,
				closed: reduction.closed,
				price,
				recovered,
			});
		}
		(target.saturating_sub(left), reduced)
	}

	/// The fewest of `size` atoms (worth `whole` at `per_coin`) whose value, rounded down as
	/// recoveries are counted, covers `left`.
	fn atoms_to_recover(size: u128, whole: Balance, left: Balance, per_coin: Price) -> u128 {
		let share = |target: Balance| {
			multiply_by_rational_with_rounding(size, target, whole.max(1), Rounding::Up).unwrap_or(size).min(size)
		};
		let exact = share(left);
		let covers = notional(Quantity::try_from(exact).unwrap_or(Quantity::MAX), per_coin) >= left;
		// Else one collateral atom more than is left: the rounding then cannot fall short.
		if covers { exact } else { share(left.saturating_add(1)) }
	}

	/// The price a position of `side` is closed at and what each coin closed yields, against
	/// `reference` (the index at a bankruptcy price, else the mark).
	fn close_terms(side: Side, pricing: Pricing, reference: Price, entry: Price) -> (Price, Price) {
		match (pricing, side) {
			// A long gives up the fall from the index to the bankruptcy price, down to its entry.
			(Pricing::Bankruptcy(bankrupt), Side::Long) => {
				let price = bankrupt.max(entry).min(reference);
				(price, reference.saturating_sub(price))
			},
			// A short gives up the rise from the index to the bankruptcy price, up to its entry.
			(Pricing::Bankruptcy(bankrupt), Side::Short) => {
				let price = bankrupt.min(entry).max(reference);
				(price, price.saturating_sub(reference))
			},
			(Pricing::Mark, Side::Long) => (reference, reference.saturating_sub(entry)),
			(Pricing::Mark, Side::Short) => (reference, entry.saturating_sub(reference)),
		}
	}

	/// Where each of `who`'s positions stands in its deleveraging queue, for the runtime API:
	/// its score now and how many positions are ahead of it (counted up to `limit`).
	pub fn adl_ranking(who: &T::AccountId, limit: u32) -> Vec<AdlRanking> {
		T::Margin::entries(who)
			.into_iter()
			.filter_map(|(market, size, entry)| Some((market, place_of(Some((size, entry)))?)))
			.map(|(market, (side, key))| {
				let ahead = AdlQueue::<T>::iter_key_prefix(((market, side),))
					.take(limit as usize)
					.take_while(|(other, account)| *other < key || (*other == key && account != who))
					.count() as u32;
				let score = Self::score(who, market).map_or(Ratio::zero(), |c| c.score);
				AdlRanking { market, side, score, ahead }
			})
			.collect()
	}
}

/// The margin engine tells the fund of every account change: the deleveraging queue follows
/// each position's entry price.
impl<T: Config> MarginObserver<T::AccountId> for Pallet<T> {
	fn account_changed(who: &T::AccountId, change: &AccountChange) {
		if let Some(Repositioned { market, before }) = change.repositioned {
			Self::rank_position(who, market, before, change.position(market).map(|p| (p.size, p.entry_price)));
		}
	}

	fn margins_tightened(_: Ratio) {}

	fn funding_capped_at(_: Ratio) {}
}
