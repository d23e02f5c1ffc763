//! The per-block step: each market's breaker on its feed, emergency expiries, the global
//! breaker on the fund's drawdown, the correlation estimate and the crisis level.

use crate::{pallet::*, types::*};
use ballast_primitives::{CrisisLevel, FundHealth, MarketId, MarketState, Price, PriceFeed, PriceSnapshot, PriceStatus, Ratio};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::{
	traits::{CheckedDiv, One, Saturating, Zero},
	FixedI128, FixedPointNumber, Perbill,
};

/// What the crisis level needs to know of one market after its step.
#[derive(Default)]
pub(crate) struct MarketReading {
	pub effective: Option<MarketState>,
	pub feed_down: bool,
	pub volatile: bool,
	/// This block's return, when the feed was live now and before.
	pub return_: Option<FixedI128>,
}

/// How many times its calm volatility makes a market count as volatile for the crisis level.
const VOLATILE_MULTIPLE: u128 = 2;

impl<T: Config> Pallet<T> {
	/// Steps everything; returns the number of markets stepped (what the hook's weight depends
	/// on).
	pub(crate) fn tick(now: BlockNumberFor<T>) -> u32 {
		let params = Params::<T>::get();
		let mut venue = Venue::<T>::get();
		Self::expire_venue_emergency(&mut venue, now);
		let drawdown = T::Fund::drawdown();
		Self::step_global(&mut venue, &params, drawdown);
		let venue_halted = venue.emergency_until.is_some();

		let mut readings = alloc::vec::Vec::new();
		// Bounded: at most `MaxMarkets` breakers can be stored.
		for (market, mut breaker) in Breakers::<T>::iter().take(T::MaxMarkets::get() as usize) {
			let reading = Self::step_market(market, &mut breaker, now, venue.global_tripped, venue_halted);
			Breakers::<T>::insert(market, breaker);
			readings.push(reading);
		}

		Self::update_correlation(&readings, &params);
		let level = Self::level_from(&readings, &venue, &params, drawdown, now);
		if level != venue.level {
			Self::deposit_event(Event::CrisisLevelChanged { from: venue.level, to: level });
			venue.level = level;
		}
		Venue::<T>::put(venue);
		readings.len() as u32
	}

	fn expire_venue_emergency(venue: &mut VenueState<BlockNumberFor<T>>, now: BlockNumberFor<T>) {
		if venue.emergency_until.is_some_and(|until| until <= now) {
			venue.emergency_until = None;
			Self::deposit_event(Event::EmergencyExpired { target: Target::Venue });
		}
		if venue.withdrawals_paused_until.is_some_and(|until| until <= now) {
			venue.withdrawals_paused_until = None;
		}
		if venue.withdrawals_halted_until.is_some_and(|until| until <= now) {
			venue.withdrawals_halted_until = None;
			Self::deposit_event(Event::EmergencyExpired { target: Target::Withdrawals });
		}
	}

	/// Trips the global breaker past the drawdown threshold, resets it at or below recovery.
	pub(crate) fn step_global(venue: &mut VenueState<BlockNumberFor<T>>, params: &VenueParams, drawdown: Perbill) {
		if !venue.global_tripped && drawdown >= params.global_drawdown {
			venue.global_tripped = true;
			Self::deposit_event(Event::GlobalTripped { drawdown });
		} else if venue.global_tripped && drawdown <= params.global_recovery {
			venue.global_tripped = false;
			Self::deposit_event(Event::GlobalReset { drawdown });
		}
	}

	/// One market's breaker on this block's feed.
	fn step_market(
		market: MarketId,
		breaker: &mut Breaker<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
		global_tripped: bool,
		venue_halted: bool,
	) -> MarketReading {
		if breaker.emergency_until.is_some_and(|until| until <= now) {
			breaker.emergency_until = None;
			Self::deposit_event(Event::EmergencyExpired { target: Target::Market(market) });
		}
		Self::drop_old_samples(breaker, now);
		let snapshot = T::PriceFeed::snapshot(market);
		let live = snapshot.filter(|s| s.status == PriceStatus::Live);
		let mut reading = MarketReading::default();

		let trigger = match (snapshot, live) {
			(_, Some(live)) => {
				breaker.was_live = true;
				let moved = Self::largest_move(breaker, live.index);
				reading.return_ = breaker.last_index.and_then(|last| relative_change(last, live.index));
				reading.volatile = live.volatility
					> breaker.params.calm_volatility.saturating_mul(Ratio::saturating_from_integer(VOLATILE_MULTIPLE));
				Self::record_sample(breaker, now, live.index);
				if moved > breaker.params.halt_band {
					Some((MarketState::Halted, Cause::PriceMove { moved }))
				} else if moved > breaker.params.reduce_only_band {
					Some((MarketState::ReduceOnly, Cause::PriceMove { moved }))
				} else {
					None
				}
			},
			(snapshot, None) if breaker.was_live => {
				reading.feed_down = true;
				let cause = match snapshot.map(|s: PriceSnapshot<_>| s.status) {
					Some(PriceStatus::Diverging) => Cause::FeedDiverging,
					_ => Cause::FeedStale,
				};
				Some((MarketState::Halted, cause))
			},
			// Never priced: a new market simply has no price yet; trading waits for one anyway.
			(_, None) => None,
		};

		match trigger {
			Some((to, cause)) => {
				breaker.disturbed_at = now;
				if severity(to) > severity(breaker.state) {
					Self::move_to(market, breaker, to, cause, now);
				}
			},
			None => {
				let cooldown = BlockNumberFor::<T>::from(breaker.params.cooldown);
				let quiet = now.saturating_sub(breaker.disturbed_at) >= cooldown
					&& now.saturating_sub(breaker.since) >= cooldown;
				if quiet && live.is_some() {
					if let Some(back) = step_back(breaker.state) {
						Self::move_to(market, breaker, back, Cause::Stable, now);
					}
				}
			},
		}
		reading.effective = Some(effective_state(breaker.state, breaker.emergency_until.is_some() || venue_halted, global_tripped));
		reading
	}

	/// The largest relative move from any sample within the window (or the last index) to
	/// `index`.
	fn largest_move(breaker: &Breaker<BlockNumberFor<T>>, index: Price) -> Perbill {
		breaker
			.samples
			.iter()
			.map(|(_, price)| *price)
			.chain(breaker.last_index)
			.map(|reference| move_between(reference, index))
			.max()
			.unwrap_or_default()
	}

	/// Forgets samples older than the window.
	fn drop_old_samples(breaker: &mut Breaker<BlockNumberFor<T>>, now: BlockNumberFor<T>) {
		let window = BlockNumberFor::<T>::from(breaker.params.window);
		breaker.samples.retain(|(at, _)| now.saturating_sub(*at) <= window);
	}

	/// Keeps a sample every `window / SAMPLES` blocks.
	fn record_sample(breaker: &mut Breaker<BlockNumberFor<T>>, now: BlockNumberFor<T>, index: Price) {
		let spacing = BlockNumberFor::<T>::from((breaker.params.window / SAMPLES).max(1));
		let due = breaker.samples.last().is_none_or(|(at, _)| now.saturating_sub(*at) >= spacing);
		if due {
			if breaker.samples.is_full() {
				breaker.samples.remove(0);
			}
			let _ = frame_support::traits::Defensive::defensive_proof(breaker.samples.try_push((now, index)), "a slot was freed above");
		}
		breaker.last_index = Some(index);
	}

	/// Moves a breaker along an allowed edge and says so.
	pub(crate) fn move_to(
		market: MarketId,
		breaker: &mut Breaker<BlockNumberFor<T>>,
		to: MarketState,
		cause: Cause,
		now: BlockNumberFor<T>,
	) {
		let from = breaker.state;
		if !crate::allowed_edge(from, to) {
			frame_support::defensive!("a breaker was asked along a forbidden edge");
			return;
		}
		breaker.state = to;
		breaker.since = now;
		Self::deposit_event(Event::StateChanged { market, from, to, cause });
	}

	/// Moving averages of the squared mean return and the mean squared return over the markets
	/// that have a return this block.
	fn update_correlation(readings: &[MarketReading], params: &VenueParams) {
		let returns: alloc::vec::Vec<FixedI128> = readings.iter().filter_map(|r| r.return_).collect();
		let n = returns.len() as u128;
		if n < 2 {
			return;
		}
		let sum = returns.iter().fold(FixedI128::zero(), |acc, r| acc.saturating_add(*r));
		let mean = sum.checked_div(&FixedI128::saturating_from_integer(n)).unwrap_or_default();
		let mean_squared = square(mean);
		let squares = returns.iter().fold(Ratio::zero(), |acc, r| acc.saturating_add(square(*r)));
		let squared_mean = squares.checked_div(&Ratio::saturating_from_integer(n)).unwrap_or_default();
		let mut correlation = Correlations::<T>::get();
		correlation.mean_return_squared = ewma(correlation.mean_return_squared, mean_squared, params.correlation_decay);
		correlation.return_squared_mean = ewma(correlation.return_squared_mean, squared_mean, params.correlation_decay);
		correlation.estimate = correlation_estimate(&correlation, n);
		Correlations::<T>::put(correlation);
	}

	/// The venue's crisis level.
	fn level_from(
		readings: &[MarketReading],
		venue: &VenueState<BlockNumberFor<T>>,
		params: &VenueParams,
		drawdown: Perbill,
		now: BlockNumberFor<T>,
	) -> CrisisLevel {
		let markets = readings.len();
		let count = |state: MarketState| readings.iter().filter(|r| r.effective == Some(state)).count();
		let (halted, reduce_only) = (count(MarketState::Halted), count(MarketState::ReduceOnly));
		let feeds_down = readings.iter().any(|r| r.feed_down);
		let volatile = readings.iter().any(|r| r.volatile);
		let paused = venue.withdrawals_stopped(now);
		if venue.global_tripped || venue.emergency_until.is_some() || (markets > 0 && 2 * halted > markets) {
			CrisisLevel::Crisis
		} else if halted > 0 || feeds_down || paused || drawdown >= Perbill::from_parts(params.global_drawdown.deconstruct() / 2) {
			CrisisLevel::Stressed
		} else if reduce_only > 0 || volatile || drawdown >= Perbill::from_parts(params.global_drawdown.deconstruct() / 4) {
			CrisisLevel::Elevated
		} else {
			CrisisLevel::Calm
		}
	}
}

/// Open < reduce-only < halted.
pub(crate) fn severity(state: MarketState) -> u8 {
	match state {
		MarketState::Open => 0,
		MarketState::ReduceOnly => 1,
		MarketState::Halted => 2,
	}
}

/// The state one step back towards open.
pub(crate) fn step_back(state: MarketState) -> Option<MarketState> {
	match state {
		MarketState::Open => None,
		MarketState::ReduceOnly => Some(MarketState::Open),
		MarketState::Halted => Some(MarketState::ReduceOnly),
	}
}

/// What a market's guard enforces: its own state, halted under an emergency, at least
/// reduce-only under the global breaker.
pub(crate) fn effective_state(own: MarketState, emergency: bool, global_tripped: bool) -> MarketState {
	let floor = if emergency {
		MarketState::Halted
	} else if global_tripped {
		MarketState::ReduceOnly
	} else {
		MarketState::Open
	};
	if severity(floor) > severity(own) { floor } else { own }
}

/// `|new/old − 1|`, saturating at 100 %; a zero reference is the largest move.
pub(crate) fn move_between(old: Price, new: Price) -> Perbill {
	if old.is_zero() {
		return Perbill::one();
	}
	let (high, low) = if new > old { (new, old) } else { (old, new) };
	Perbill::from_rational(high.into_inner().saturating_sub(low.into_inner()), old.into_inner())
}

/// `new/old − 1`, signed.
fn relative_change(old: Price, new: Price) -> Option<FixedI128> {
	let old = i128::try_from(old.into_inner()).ok()?;
	let new = i128::try_from(new.into_inner()).ok()?;
	FixedI128::checked_from_rational(new.checked_sub(old)?, old)
}

fn square(x: FixedI128) -> Ratio {
	let magnitude = Ratio::from_inner(x.into_inner().unsigned_abs());
	magnitude.saturating_mul(magnitude)
}

/// `decay·old + (1 − decay)·new`.
fn ewma(old: Ratio, new: Ratio, decay: Perbill) -> Ratio {
	let keep = Ratio::from_perbill(decay);
	old.saturating_mul(keep).saturating_add(new.saturating_mul(Ratio::one().saturating_sub(keep)))
}

/// `(N·E[r̄²]/E[r²] − 1)/(N − 1)`, clamped to [0, 1].
pub(crate) fn correlation_estimate(c: &Correlation, n: u128) -> Ratio {
	if c.return_squared_mean.is_zero() || n < 2 {
		return Ratio::zero();
	}
	let ratio = c
		.mean_return_squared
		.saturating_mul(Ratio::saturating_from_integer(n))
		.checked_div(&c.return_squared_mean)
		.unwrap_or_default();
	let excess = ratio.saturating_sub(Ratio::one());
	excess.checked_div(&Ratio::saturating_from_integer(n - 1)).unwrap_or_default().min(Ratio::one())
}
