//! The calls' logic and what the pallet offers the others: the market guard, the withdrawal
//! guard, the stress signal, the bad-debt listener that pauses withdrawals, and the drawdown
//! listener that trips the global breaker after the block's waterfall.

use crate::{pallet::*, tick, types::*};
use ballast_primitives::{
	Balance, CrisisLevel, LossObserver, MarketGuard, PriceFeed, MarketId, MarketState, StressSignal, VenueStress, WithdrawalGuard,
	WithdrawalPool, WithdrawalRefusal,
};
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::traits::{CheckedDiv, Saturating, Zero};

/// The moves a market's own breaker may make: towards halted at any pace, back towards open
/// one state at a time. `Halted → Open` is the one forbidden move.
pub fn allowed_edge(from: MarketState, to: MarketState) -> bool {
	use MarketState::*;
	matches!(
		(from, to),
		(Open, ReduceOnly) | (Open, Halted) | (ReduceOnly, Halted) | (Halted, ReduceOnly) | (ReduceOnly, Open)
	)
}

impl<T: Config> Pallet<T> {
	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	pub(crate) fn do_set_breaker(market: MarketId, params: Option<BreakerParams>) -> DispatchResult {
		let Some(params) = params else {
			ensure!(Breakers::<T>::contains_key(market), Error::<T>::UnknownMarket);
			Breakers::<T>::remove(market);
			Self::deposit_event(Event::BreakerRemoved { market });
			return Ok(());
		};
		ensure!(params.is_valid(), Error::<T>::InvalidParameters);
		let breaker = match Breakers::<T>::get(market) {
			Some(existing) => Breaker { params, ..existing },
			None => {
				ensure!(Breakers::<T>::count() < T::MaxMarkets::get(), Error::<T>::TooManyMarkets);
				Breaker::new(params, Self::now())
			},
		};
		Breakers::<T>::insert(market, breaker);
		Self::deposit_event(Event::BreakerConfigured { market });
		Ok(())
	}

	pub(crate) fn do_emergency_halt(target: Target) -> DispatchResult {
		let until = Self::now().saturating_add(Params::<T>::get().emergency_duration.into());
		match target {
			Target::Venue => Venue::<T>::mutate(|venue| venue.emergency_until = Some(until)),
			// Apart from the automatic pause after bad debt, which runs on beside it.
			Target::Withdrawals => Venue::<T>::mutate(|venue| venue.withdrawals_halted_until = Some(until)),
			Target::Market(market) => Breakers::<T>::try_mutate(market, |breaker| {
				let breaker = breaker.as_mut().ok_or(Error::<T>::UnknownMarket)?;
				breaker.emergency_until = Some(until);
				Ok::<_, Error<T>>(())
			})?,
		}
		Self::deposit_event(Event::EmergencyHalted { target, until });
		Ok(())
	}

	/// Lifts an emergency halt, and only that: the breakers' own states, their samples and the
	/// pause after bad debt are automatic protections the emergency track does not undo.
	pub(crate) fn do_emergency_resume(target: Target) -> DispatchResult {
		let now = Self::now();
		let in_force = |until: Option<BlockNumberFor<T>>| until.is_some_and(|until| until > now);
		match target {
			Target::Venue => Venue::<T>::try_mutate(|venue| {
				ensure!(venue.emergency_until.is_some(), Error::<T>::NotHalted);
				venue.emergency_until = None;
				Ok::<_, Error<T>>(())
			})?,
			Target::Withdrawals => Venue::<T>::try_mutate(|venue| {
				ensure!(in_force(venue.withdrawals_halted_until), Error::<T>::NotHalted);
				venue.withdrawals_halted_until = None;
				Ok::<_, Error<T>>(())
			})?,
			Target::Market(market) => Breakers::<T>::try_mutate(market, |breaker| {
				let breaker = breaker.as_mut().ok_or(Error::<T>::UnknownMarket)?;
				ensure!(in_force(breaker.emergency_until), Error::<T>::NotHalted);
				breaker.emergency_until = None;
				Ok::<_, Error<T>>(())
			})?,
		}
		Self::deposit_event(Event::EmergencyResumed { target });
		Ok(())
	}

	/// `market`'s breaker as clients see it; `None` for a market without one.
	pub fn market_view(market: MarketId) -> Option<MarketBreakerView<BlockNumberFor<T>>> {
		let breaker = Breakers::<T>::get(market)?;
		let now = Self::now();
		let steps_back_at = tick::step_back(breaker.state).map(|_| {
			let cooldown = BlockNumberFor::<T>::from(breaker.params.cooldown);
			breaker.since.max(breaker.disturbed_at).saturating_add(cooldown).max(now)
		});
		Some(MarketBreakerView {
			market,
			effective: Self::effective_state(market),
			state: breaker.state,
			since: breaker.since,
			disturbed_at: breaker.disturbed_at,
			steps_back_at,
			emergency_until: breaker.emergency_until.filter(|until| *until > now),
			params: breaker.params,
		})
	}

	/// The venue-wide breakers as clients see them.
	pub fn venue_view() -> VenueView<BlockNumberFor<T>> {
		let now = Self::now();
		let venue = Venue::<T>::get();
		VenueView {
			level: venue.level,
			global_tripped: venue.global_tripped,
			emergency_until: venue.emergency_until.filter(|until| *until > now),
			withdrawals_paused_until: venue.withdrawals_paused_until.filter(|until| *until > now),
			withdrawals_halted_until: venue.withdrawals_halted_until.filter(|until| *until > now),
			correlation: Correlations::<T>::get().estimate,
			params: Params::<T>::get(),
		}
	}

	/// What `pool`, holding `held` now, may still pay out in its window.
	pub fn withdrawal_limit(pool: WithdrawalPool, held: Balance) -> WithdrawalLimit<BlockNumberFor<T>> {
		let now = Self::now();
		let paused = Venue::<T>::get().withdrawals_stopped(now);
		let (allowed, outflow) = Self::outflow_allowance(pool, held);
		let window = BlockNumberFor::<T>::from(Params::<T>::get().withdrawal_window);
		WithdrawalLimit {
			pool,
			remaining: if paused { 0 } else { allowed },
			window_ends_at: outflow.window_start.saturating_add(window),
		}
	}

	/// What `pool` may still pay out in its window, and the window's record (restarted when
	/// it ran out).
	pub(crate) fn outflow_allowance(pool: WithdrawalPool, held: Balance) -> (Balance, Outflow<BlockNumberFor<T>>) {
		let params = Params::<T>::get();
		let now = Self::now();
		let window = BlockNumberFor::<T>::from(params.withdrawal_window);
		let outflow = match Outflows::<T>::get(pool) {
			Some(outflow) if now.saturating_sub(outflow.window_start) < window => outflow,
			_ => Outflow { window_start: now, held_at_start: held, net_outflow: 0 },
		};
		let limit = (params.max_net_outflow * outflow.held_at_start).max(params.always_allowed);
		(limit.saturating_sub(outflow.net_outflow), outflow)
	}

	/// The effective state of `market` now.
	pub fn effective_state(market: MarketId) -> MarketState {
		let now = Self::now();
		let venue = Venue::<T>::get();
		let venue_halted = venue.emergency_until.is_some_and(|until| until > now);
		let (own, halted) = Breakers::<T>::get(market).map_or((MarketState::Open, false), |breaker| {
			(breaker.state, breaker.emergency_until.is_some_and(|until| until > now))
		});
		tick::effective_state(own, halted || venue_halted, venue.global_tripped)
	}

	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn do_try_state(now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
		ensure!(Breakers::<T>::count() <= T::MaxMarkets::get(), "more breakers than MaxMarkets");
		ensure!(Breakers::<T>::iter().count() as u32 == Breakers::<T>::count(), "breaker count out of step");
		ensure!(Params::<T>::get().is_valid(), "venue parameters invalid");
		for (_, breaker) in Breakers::<T>::iter() {
			ensure!(breaker.params.is_valid(), "breaker parameters invalid");
			ensure!(breaker.since <= now && breaker.disturbed_at <= now, "a breaker dated in the future");
			ensure!(breaker.samples.windows(2).all(|w| w[0].0 < w[1].0), "samples not in block order");
			let window = BlockNumberFor::<T>::from(breaker.params.window);
			ensure!(
				breaker.samples.iter().all(|(at, _)| *at <= now && now.saturating_sub(*at) <= window.saturating_add(1u32.into())),
				"a sample outside the window"
			);
		}
		let params = Params::<T>::get();
		for (pool, outflow) in Outflows::<T>::iter() {
			let limit = (params.max_net_outflow * outflow.held_at_start).max(params.always_allowed);
			ensure!(outflow.net_outflow <= limit, "a pool's outflow passed its limit");
			let _ = pool;
		}
		ensure!(Correlations::<T>::get().estimate <= sp_arithmetic::FixedU128::from_u32(1), "correlation above one");
		Ok(())
	}
}

impl<T: Config> MarketGuard for Pallet<T> {
	fn market_state(market: MarketId) -> MarketState {
		Self::effective_state(market)
	}
}

impl<T: Config> WithdrawalGuard for Pallet<T> {
	fn note_withdrawal(pool: WithdrawalPool, amount: Balance, held: Balance) -> Result<(), WithdrawalRefusal> {
		let now = Self::now();
		if Venue::<T>::get().withdrawals_stopped(now) {
			return Err(WithdrawalRefusal::Paused);
		}
		let (allowed, mut outflow) = Self::outflow_allowance(pool, held);
		if amount > allowed {
			return Err(WithdrawalRefusal::RateLimited);
		}
		outflow.net_outflow = outflow.net_outflow.saturating_add(amount);
		Outflows::<T>::insert(pool, outflow);
		Ok(())
	}

	fn note_deposit(pool: WithdrawalPool, amount: Balance) {
		Outflows::<T>::mutate_exists(pool, |outflow| {
			if let Some(outflow) = outflow {
				outflow.net_outflow = outflow.net_outflow.saturating_sub(amount);
			}
		});
	}
}

impl<T: Config> VenueStress for Pallet<T> {
	fn stress() -> StressSignal {
		StressSignal { level: Venue::<T>::get().level, correlation: Correlations::<T>::get().estimate }
	}

	fn volatility_ratio(market: MarketId) -> Option<ballast_primitives::Ratio> {
		let calm = Breakers::<T>::get(market)?.params.calm_volatility;
		let volatility = T::PriceFeed::volatility(market)?;
		volatility.checked_div(&calm)
	}
}

/// The venue's losses as the insurance fund meets them.
impl<T: Config> LossObserver for Pallet<T> {
	/// Bad debt pauses withdrawals for `pause_after_bad_debt` blocks: it may lengthen a pause,
	/// never shorten one (nor touch an emergency halt of withdrawals, which is kept apart).
	fn bad_debt_arrived(shortfall: Balance) {
		if shortfall.is_zero() {
			return;
		}
		let until = Self::now().saturating_add(Params::<T>::get().pause_after_bad_debt.into());
		let until = Venue::<T>::mutate(|venue| {
			let until = venue.withdrawals_paused_until.map_or(until, |paused| paused.max(until));
			venue.withdrawals_paused_until = Some(until);
			until
		});
		Self::deposit_event(Event::WithdrawalsPaused { until });
	}

	/// The global breaker on the drawdown the block's waterfall left: tripped now, with the
	/// crisis level, rather than at the next block's hook (which runs before the liquidations and
	/// reads the drawdown as this one leaves it).
	fn after_waterfall(drawdown: sp_arithmetic::Perbill) {
		let mut venue = Venue::<T>::get();
		let tripped = venue.global_tripped;
		Self::step_global(&mut venue, &Params::<T>::get(), drawdown);
		if venue.global_tripped == tripped {
			return;
		}
		if venue.global_tripped && venue.level != CrisisLevel::Crisis {
			Self::deposit_event(Event::CrisisLevelChanged { from: venue.level, to: CrisisLevel::Crisis });
			venue.level = CrisisLevel::Crisis;
		}
		Venue::<T>::put(venue);
	}
}
