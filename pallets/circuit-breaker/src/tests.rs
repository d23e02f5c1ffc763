use crate::{mock::*, pallet::*, tick, types::*, Event};
use ballast_primitives::{
	CrisisLevel, MarketGuard, MarketState, PriceStatus, TradeIntent, TradeRefusal, LossObserver, VenueStress,
	WithdrawalGuard, WithdrawalPool, WithdrawalRefusal,
};
use frame_support::{assert_noop, assert_ok};
use sp_arithmetic::{traits::Saturating, FixedPointNumber, Perbill};
use sp_runtime::DispatchError;

fn state(market: u32) -> MarketState {
	CircuitBreaker::market_state(market)
}

fn own_state(market: u32) -> MarketState {
	Breakers::<Test>::get(market).unwrap().state
}

/// Every `StateChanged` so far, as (market, from, to, cause).
fn changes() -> Vec<(u32, MarketState, MarketState, Cause)> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::CircuitBreaker(Event::StateChanged { market, from, to, cause }) => Some((market, from, to, cause)),
			_ => None,
		})
		.collect()
}

mod triggers {
	use super::*;

	#[test]
	fn a_move_past_the_reduce_only_band_makes_the_market_reduce_only() {
		run_test(|| {
			run_blocks(3);
			set_price(ETH, price(94));
			next_block();
			assert_eq!(state(ETH), MarketState::ReduceOnly);
			assert_eq!(state(BTC), MarketState::Open);
			assert_eq!(CircuitBreaker::ensure_trade_allowed(ETH, TradeIntent::IncreaseRisk), Err(TradeRefusal::ReduceOnly));
			assert_eq!(CircuitBreaker::ensure_trade_allowed(ETH, TradeIntent::ReduceRisk), Ok(()));
			assert!(matches!(changes()[0], (ETH, MarketState::Open, MarketState::ReduceOnly, Cause::PriceMove { .. })));
		});
	}

	#[test]
	fn a_move_within_the_band_changes_nothing() {
		run_test(|| {
			run_blocks(3);
			set_price(ETH, price(96));
			run_blocks(20);
			assert_eq!(state(ETH), MarketState::Open);
			assert!(changes().is_empty());
		});
	}

	#[test]
	fn a_slow_drift_past_the_band_within_the_window_trips_it() {
		run_test(|| {
			next_block();
			// 1 % a block for six blocks: no single step is large, the window sees 6 %.
			for dollars in [99, 98, 97, 96, 95, 94] {
				set_price(ETH, price(dollars));
				next_block();
			}
			assert_eq!(state(ETH), MarketState::ReduceOnly);
		});
	}

	#[test]
	fn an_extreme_move_halts_the_market_but_not_liquidations() {
		run_test(|| {
			run_blocks(2);
			set_price(BTC, price(80));
			next_block();
			assert_eq!(state(BTC), MarketState::Halted);
			assert_eq!(CircuitBreaker::ensure_trade_allowed(BTC, TradeIntent::ReduceRisk), Err(TradeRefusal::Halted));
			assert_eq!(CircuitBreaker::ensure_trade_allowed(BTC, TradeIntent::Liquidation), Ok(()));
		});
	}

	#[test]
	fn a_stale_or_diverging_feed_halts_the_market() {
		run_test(|| {
			run_blocks(2);
			set_status(BTC, PriceStatus::Stale);
			set_status(ETH, PriceStatus::Diverging);
			next_block();
			assert_eq!((state(BTC), state(ETH)), (MarketState::Halted, MarketState::Halted));
			let causes: Vec<_> = changes().into_iter().map(|(m, _, _, c)| (m, c)).collect();
			assert!(causes.contains(&(BTC, Cause::FeedStale)) && causes.contains(&(ETH, Cause::FeedDiverging)));
		});
	}

	#[test]
	fn a_market_that_never_had_a_price_is_not_halted() {
		run_test(|| {
			assert_ok!(CircuitBreaker::set_breaker(RuntimeOrigin::root(), 7, Some(breaker_params())));
			run_blocks(5);
			assert_eq!(state(7), MarketState::Open);
		});
	}
}

mod resume {
	use super::*;

	#[test]
	fn a_halted_market_steps_back_one_state_per_cooldown() {
		run_test(|| {
			run_blocks(2);
			set_price(BTC, price(80));
			next_block();
			assert_eq!((System::block_number(), state(BTC)), (4, MarketState::Halted));
			// The sample at 100 from block 2 stays in the 16-block window until block 19, so the
			// move counts until block 18; the cooldown runs from there.
			run_blocks(23);
			assert_eq!(state(BTC), MarketState::Halted);
			next_block();
			assert_eq!((System::block_number(), state(BTC)), (28, MarketState::ReduceOnly));
			run_blocks(9);
			assert_eq!(state(BTC), MarketState::ReduceOnly);
			next_block();
			assert_eq!(state(BTC), MarketState::Open);
			let edges: Vec<_> = changes().into_iter().map(|(_, from, to, _)| (from, to)).collect();
			assert_eq!(
				edges,
				vec![
					(MarketState::Open, MarketState::Halted),
					(MarketState::Halted, MarketState::ReduceOnly),
					(MarketState::ReduceOnly, MarketState::Open)
				]
			);
		});
	}

	#[test]
	fn a_feed_still_stale_keeps_the_market_halted() {
		run_test(|| {
			run_blocks(2);
			set_status(BTC, PriceStatus::Stale);
			run_blocks(50);
			assert_eq!(state(BTC), MarketState::Halted);
			set_status(BTC, PriceStatus::Live);
			run_blocks(10);
			assert_eq!(state(BTC), MarketState::ReduceOnly);
		});
	}

	#[test]
	fn only_allowed_edges_exist_and_halted_never_goes_straight_to_open() {
		use MarketState::*;
		let all = [Open, ReduceOnly, Halted];
		let allowed: Vec<_> =
			all.iter().flat_map(|from| all.iter().map(move |to| (*from, *to))).filter(|(f, t)| crate::allowed_edge(*f, *t)).collect();
		assert_eq!(allowed, vec![(Open, ReduceOnly), (Open, Halted), (ReduceOnly, Open), (ReduceOnly, Halted), (Halted, ReduceOnly)]);
		assert!(!crate::allowed_edge(Halted, Open));
		assert!(all.iter().all(|s| !crate::allowed_edge(*s, *s)));
	}

	#[test]
	fn a_forbidden_edge_is_refused_and_changes_nothing() {
		run_test(|| {
			run_blocks(2);
			set_price(BTC, price(50));
			next_block();
			let mut breaker = Breakers::<Test>::get(BTC).unwrap();
			let before = breaker.clone();
			// `defensive!` panics in tests; outside them the edge is simply refused.
			let refused = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
				CircuitBreaker::move_to(BTC, &mut breaker, MarketState::Open, Cause::Stable, 3);
			}));
			assert!(refused.is_err());
			assert_eq!(breaker, before);
		});
	}

	proptest::proptest! {
		#![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
		#[test]
		fn every_change_follows_an_allowed_edge(
			path in proptest::collection::vec((50u32..150, 0u8..10), 1..80)
		) {
			run_test(|| {
				for (dollars, status) in &path {
					set_price(ETH, price(*dollars));
					match status {
						0 => set_status(ETH, PriceStatus::Stale),
						1 => set_status(ETH, PriceStatus::Diverging),
						_ => {},
					}
					next_block();
				}
				for (_, from, to, _) in changes() {
					assert!(crate::allowed_edge(from, to), "{from:?} -> {to:?}");
				}
			});
		}
	}
}

mod global {
	use super::*;

	#[test]
	fn fund_drawdown_trips_every_market_to_reduce_only_until_it_recovers() {
		run_test(|| {
			next_block();
			set_drawdown(Perbill::from_percent(30));
			next_block();
			assert!(Venue::<Test>::get().global_tripped);
			assert_eq!((state(BTC), state(ETH)), (MarketState::ReduceOnly, MarketState::ReduceOnly));
			// The breakers' own states are untouched: the global one is on top.
			assert_eq!(own_state(BTC), MarketState::Open);
			assert_eq!(CircuitBreaker::crisis_level(), CrisisLevel::Crisis);
			set_drawdown(Perbill::from_percent(15));
			next_block();
			assert!(Venue::<Test>::get().global_tripped, "above the recovery threshold it holds");
			set_drawdown(Perbill::from_percent(10));
			next_block();
			assert!(!Venue::<Test>::get().global_tripped);
			assert_eq!(state(BTC), MarketState::Open);
			System::assert_has_event(Event::GlobalTripped { drawdown: Perbill::from_percent(30) }.into());
			System::assert_has_event(Event::GlobalReset { drawdown: Perbill::from_percent(10) }.into());
		});
	}

	/// The breaker's hook runs before the fund's (the crisis level is needed by the margins and
	/// the liquidations first), so the fund reports its drawdown after the block's waterfall and
	/// the global breaker trips then, in the block of the loss.
	#[test]
	fn a_drawdown_reported_after_the_waterfall_trips_the_global_breaker_in_that_block() {
		use ballast_primitives::LossObserver;
		run_test(|| {
			next_block();
			assert_eq!(CircuitBreaker::crisis_level(), CrisisLevel::Calm);
			CircuitBreaker::after_waterfall(Perbill::from_percent(30));
			assert!(Venue::<Test>::get().global_tripped);
			assert_eq!((state(BTC), state(ETH)), (MarketState::ReduceOnly, MarketState::ReduceOnly));
			assert_eq!(CircuitBreaker::crisis_level(), CrisisLevel::Crisis);
			System::assert_has_event(Event::CrisisLevelChanged { from: CrisisLevel::Calm, to: CrisisLevel::Crisis }.into());
			// Below the threshold it changes nothing; the next hook recomputes the level.
			CircuitBreaker::after_waterfall(Perbill::from_percent(15));
			assert!(Venue::<Test>::get().global_tripped);
		});
	}
}

mod emergency {
	use super::*;

	#[test]
	fn the_emergency_origin_halts_a_market_and_a_signed_user_cannot() {
		run_test(|| {
			assert_noop!(CircuitBreaker::emergency_halt(RuntimeOrigin::signed(1), Target::Market(BTC)), DispatchError::BadOrigin);
			assert_noop!(CircuitBreaker::emergency_resume(RuntimeOrigin::signed(1), Target::Venue), DispatchError::BadOrigin);
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Market(BTC)));
			assert_eq!(state(BTC), MarketState::Halted);
			assert_eq!(state(ETH), MarketState::Open);
			System::assert_has_event(Event::EmergencyHalted { target: Target::Market(BTC), until: 51 }.into());
		});
	}

	#[test]
	fn an_emergency_halt_expires_by_itself_unless_renewed() {
		run_test(|| {
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Venue));
			run_blocks(30);
			assert_eq!(state(ETH), MarketState::Halted);
			// Renewed at block 31: until 81.
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Venue));
			run_blocks(40);
			assert_eq!(state(ETH), MarketState::Halted);
			run_blocks(10);
			assert_eq!((state(BTC), state(ETH)), (MarketState::Open, MarketState::Open));
			System::assert_has_event(Event::EmergencyExpired { target: Target::Venue }.into());
		});
	}

	#[test]
	fn the_emergency_origin_pauses_withdrawals_until_the_pause_runs_out_or_is_lifted() {
		run_test(|| {
			assert_noop!(CircuitBreaker::emergency_halt(RuntimeOrigin::signed(1), Target::Withdrawals), DispatchError::BadOrigin);
			assert_noop!(CircuitBreaker::emergency_resume(RuntimeOrigin::root(), Target::Withdrawals), Error::<Test>::NotHalted);
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Withdrawals));
			System::assert_has_event(Event::EmergencyHalted { target: Target::Withdrawals, until: 51 }.into());
			assert_eq!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 1, 100_000), Err(WithdrawalRefusal::Paused));
			assert_eq!(state(BTC), MarketState::Open, "trading goes on");
			run_blocks(50);
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 1, 100_000));
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Withdrawals));
			assert_ok!(CircuitBreaker::emergency_resume(RuntimeOrigin::root(), Target::Withdrawals));
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 1, 100_000));
			System::assert_has_event(Event::EmergencyResumed { target: Target::Withdrawals }.into());
		});
	}

	#[test]
	fn an_emergency_cannot_be_set_to_last_for_ever() {
		run_test(|| {
			let forever = VenueParams { emergency_duration: MAX_EMERGENCY_DURATION + 1, ..VenueParams::default() };
			assert_noop!(CircuitBreaker::set_venue_params(RuntimeOrigin::root(), forever), Error::<Test>::InvalidParameters);
			let a_day = VenueParams { emergency_duration: MAX_EMERGENCY_DURATION, ..VenueParams::default() };
			assert_ok!(CircuitBreaker::set_venue_params(RuntimeOrigin::root(), a_day));
		});
	}

	#[test]
	fn an_emergency_resume_lifts_the_emergency_halt_and_leaves_the_breakers_own_state() {
		run_test(|| {
			run_blocks(2);
			set_price(BTC, price(85));
			next_block();
			assert_eq!(state(BTC), MarketState::ReduceOnly, "the breaker tripped by itself");
			// Nothing the emergency track set: nothing to resume, and the automatic state stays.
			assert_noop!(CircuitBreaker::emergency_resume(RuntimeOrigin::root(), Target::Market(BTC)), Error::<Test>::NotHalted);
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Market(BTC)));
			assert_eq!(state(BTC), MarketState::Halted);
			let samples = Breakers::<Test>::get(BTC).unwrap().samples;
			assert_ok!(CircuitBreaker::emergency_resume(RuntimeOrigin::root(), Target::Market(BTC)));
			assert_eq!(state(BTC), MarketState::ReduceOnly, "back to the breaker's own state, not a step below it");
			assert_eq!(Breakers::<Test>::get(BTC).unwrap().samples, samples, "the move that tripped it is still in its window");
			assert_noop!(CircuitBreaker::emergency_resume(RuntimeOrigin::root(), Target::Market(BTC)), Error::<Test>::NotHalted);
			assert_noop!(CircuitBreaker::emergency_resume(RuntimeOrigin::root(), Target::Venue), Error::<Test>::NotHalted);
			assert_noop!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Market(9)), Error::<Test>::UnknownMarket);
		});
	}

	#[test]
	fn bad_debt_during_an_emergency_withdrawal_halt_does_not_shorten_it() {
		run_test(|| {
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Withdrawals));
			System::assert_has_event(Event::EmergencyHalted { target: Target::Withdrawals, until: 51 }.into());
			// Bad debt pauses withdrawals for 20 blocks: the halt until 51 must hold beyond it.
			<CircuitBreaker as LossObserver>::bad_debt_arrived(500);
			run_blocks(30);
			assert_eq!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 1, 100_000), Err(WithdrawalRefusal::Paused));
			assert_eq!(CircuitBreaker::venue_view().withdrawals_halted_until, Some(51));
			run_blocks(20);
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 1, 100_000));
			System::assert_has_event(Event::EmergencyExpired { target: Target::Withdrawals }.into());
		});
	}

	#[test]
	fn bad_debt_only_lengthens_a_pause() {
		run_test(|| {
			Params::<Test>::mutate(|p| p.pause_after_bad_debt = 50);
			<CircuitBreaker as LossObserver>::bad_debt_arrived(500);
			Params::<Test>::mutate(|p| p.pause_after_bad_debt = 5);
			<CircuitBreaker as LossObserver>::bad_debt_arrived(500);
			assert_eq!(CircuitBreaker::venue_view().withdrawals_paused_until, Some(51), "the later end stays");
		});
	}

	#[test]
	fn the_emergency_track_cannot_lift_the_pause_after_bad_debt() {
		run_test(|| {
			<CircuitBreaker as LossObserver>::bad_debt_arrived(500);
			assert_noop!(CircuitBreaker::emergency_resume(RuntimeOrigin::root(), Target::Withdrawals), Error::<Test>::NotHalted);
			// A halt on top of the pause: resuming lifts the halt, the pause runs on.
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Withdrawals));
			assert_ok!(CircuitBreaker::emergency_resume(RuntimeOrigin::root(), Target::Withdrawals));
			assert_eq!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 1, 100_000), Err(WithdrawalRefusal::Paused));
			assert_eq!(CircuitBreaker::venue_view().withdrawals_paused_until, Some(21));
		});
	}
}

mod configuration {
	use super::*;

	#[test]
	fn bad_parameters_are_refused_and_change_nothing() {
		run_test(|| {
			let inverted = BreakerParams { halt_band: Perbill::from_percent(4), ..breaker_params() };
			assert_noop!(CircuitBreaker::set_breaker(RuntimeOrigin::root(), BTC, Some(inverted)), Error::<Test>::InvalidParameters);
			let no_window = BreakerParams { window: 0, ..breaker_params() };
			assert_noop!(CircuitBreaker::set_breaker(RuntimeOrigin::root(), BTC, Some(no_window)), Error::<Test>::InvalidParameters);
			assert_noop!(CircuitBreaker::set_breaker(RuntimeOrigin::signed(1), BTC, None), DispatchError::BadOrigin);
			assert_noop!(CircuitBreaker::set_breaker(RuntimeOrigin::root(), 9, None), Error::<Test>::UnknownMarket);
			let no_recovery = VenueParams { global_recovery: Perbill::from_percent(30), ..venue_params() };
			assert_noop!(CircuitBreaker::set_venue_params(RuntimeOrigin::root(), no_recovery), Error::<Test>::InvalidParameters);
			assert_noop!(CircuitBreaker::set_venue_params(RuntimeOrigin::signed(2), venue_params()), DispatchError::BadOrigin);
		});
	}

	#[test]
	fn breakers_are_bounded_by_max_markets_and_keep_their_state_on_change() {
		run_test(|| {
			for market in 3..=8 {
				assert_ok!(CircuitBreaker::set_breaker(RuntimeOrigin::root(), market, Some(breaker_params())));
			}
			assert_noop!(CircuitBreaker::set_breaker(RuntimeOrigin::root(), 9, Some(breaker_params())), Error::<Test>::TooManyMarkets);
			run_blocks(2);
			set_price(BTC, price(80));
			next_block();
			let wider = BreakerParams { halt_band: Perbill::from_percent(50), ..breaker_params() };
			assert_ok!(CircuitBreaker::set_breaker(RuntimeOrigin::root(), BTC, Some(wider)));
			assert_eq!(own_state(BTC), MarketState::Halted);
			assert_ok!(CircuitBreaker::set_breaker(RuntimeOrigin::root(), BTC, None));
			assert_eq!(state(BTC), MarketState::Open);
		});
	}
}

mod withdrawals {
	use super::*;

	#[test]
	fn net_outflow_is_capped_per_window_as_a_share_of_the_pool() {
		run_test(|| {
			// A fifth of 100 000 per window.
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 15_000, 100_000));
			assert_eq!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 6_000, 85_000), Err(WithdrawalRefusal::RateLimited));
			// Other pools have their own windows; deposits make room.
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Fund, 20_000, 100_000));
			CircuitBreaker::note_deposit(WithdrawalPool::Vault, 2_000);
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 7_000, 87_000));
			let spent = CircuitBreaker::withdrawal_limit(WithdrawalPool::Vault, 80_000);
			assert_eq!((spent.remaining, spent.window_ends_at), (0, 101));
			// A new window starts from what the pool holds then.
			run_blocks(100);
			let fresh = CircuitBreaker::withdrawal_limit(WithdrawalPool::Vault, 80_000);
			assert_eq!((fresh.remaining, fresh.window_ends_at), (16_000, 201));
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Vault, 16_000, 80_000));
		});
	}

	#[test]
	fn a_small_pool_can_always_pay_the_floor() {
		run_test(|| {
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Collateral, 1_000, 1_500));
			assert_eq!(CircuitBreaker::note_withdrawal(WithdrawalPool::Collateral, 1, 500), Err(WithdrawalRefusal::RateLimited));
		});
	}

	#[test]
	fn bad_debt_pauses_withdrawals_for_a_while() {
		run_test(|| {
			<CircuitBreaker as LossObserver>::bad_debt_arrived(0);
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Fund, 10, 100_000));
			<CircuitBreaker as LossObserver>::bad_debt_arrived(500);
			System::assert_has_event(Event::WithdrawalsPaused { until: 21 }.into());
			assert_eq!(CircuitBreaker::note_withdrawal(WithdrawalPool::Fund, 10, 100_000), Err(WithdrawalRefusal::Paused));
			assert_eq!(CircuitBreaker::withdrawal_limit(WithdrawalPool::Collateral, 100_000).remaining, 0);
			assert_eq!(CircuitBreaker::venue_view().withdrawals_paused_until, Some(21));
			next_block();
			assert_eq!(CircuitBreaker::crisis_level(), CrisisLevel::Stressed);
			run_blocks(19);
			assert_eq!(CircuitBreaker::venue_view().withdrawals_paused_until, None);
			assert_ok!(CircuitBreaker::note_withdrawal(WithdrawalPool::Fund, 10, 100_000));
		});
	}
}

/// What the runtime API shows clients.
mod views {
	use super::*;

	#[test]
	fn a_market_view_shows_what_is_enforced_and_when_the_breaker_steps_back() {
		run_test(|| {
			assert_eq!(CircuitBreaker::market_view(99), None);
			let open = CircuitBreaker::market_view(BTC).unwrap();
			assert_eq!((open.state, open.effective, open.steps_back_at), (MarketState::Open, MarketState::Open, None));
			run_blocks(2);
			set_price(BTC, price(80));
			next_block();
			// Halted at block 4; the move counts until block 18, so the cooldown ends at 28.
			run_blocks(23);
			let halted = CircuitBreaker::market_view(BTC).unwrap();
			assert_eq!((halted.state, halted.effective, halted.since), (MarketState::Halted, MarketState::Halted, 4));
			assert_eq!((halted.disturbed_at, halted.steps_back_at), (18, Some(28)));
			next_block();
			let reduce_only = CircuitBreaker::market_view(BTC).unwrap();
			assert_eq!((reduce_only.state, reduce_only.since, reduce_only.steps_back_at), (MarketState::ReduceOnly, 28, Some(38)));

			// An emergency halt raises what is enforced, not the breaker's own state.
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Market(BTC)));
			let emergency = CircuitBreaker::market_view(BTC).unwrap();
			assert_eq!((emergency.state, emergency.effective, emergency.emergency_until), (MarketState::ReduceOnly, MarketState::Halted, Some(78)));
		});
	}

	#[test]
	fn the_venue_view_shows_the_global_breaker_and_a_venue_halt() {
		run_test(|| {
			let calm_venue = CircuitBreaker::venue_view();
			assert_eq!((calm_venue.level, calm_venue.global_tripped, calm_venue.emergency_until), (CrisisLevel::Calm, false, None));
			assert_eq!(calm_venue.params, venue_params());
			set_drawdown(Perbill::from_percent(30));
			next_block();
			assert!(CircuitBreaker::venue_view().global_tripped);
			let held_down = CircuitBreaker::market_view(ETH).unwrap();
			assert_eq!((held_down.state, held_down.effective), (MarketState::Open, MarketState::ReduceOnly));
			assert_ok!(CircuitBreaker::emergency_halt(RuntimeOrigin::root(), Target::Venue));
			assert_eq!(CircuitBreaker::venue_view().emergency_until, Some(52));
			assert_eq!(CircuitBreaker::market_view(ETH).unwrap().effective, MarketState::Halted);
		});
	}
}

mod stress {
	use super::*;

	#[test]
	fn the_crisis_level_follows_breakers_feeds_volatility_and_the_fund() {
		run_test(|| {
			run_blocks(2);
			assert_eq!(CircuitBreaker::crisis_level(), CrisisLevel::Calm);
			set_volatility(BTC, calm().saturating_mul(sp_arithmetic::FixedU128::from_u32(3)));
			next_block();
			assert_eq!(CircuitBreaker::crisis_level(), CrisisLevel::Elevated);
			set_price(ETH, price(80));
			next_block();
			assert_eq!(CircuitBreaker::crisis_level(), CrisisLevel::Stressed);
			set_status(BTC, PriceStatus::Stale);
			next_block();
			assert_eq!(CircuitBreaker::crisis_level(), CrisisLevel::Crisis, "every market halted");
			System::assert_has_event(Event::CrisisLevelChanged { from: CrisisLevel::Stressed, to: CrisisLevel::Crisis }.into());
			assert_eq!(CircuitBreaker::stress().level, CrisisLevel::Crisis);
		});
	}

	#[test]
	fn markets_moving_together_read_as_correlated_and_opposite_moves_do_not() {
		run_test(|| {
			next_block();
			for step in 0..40u32 {
				let up = 100 + (step % 2);
				set_price(BTC, price(up));
				set_price(ETH, price(up));
				next_block();
			}
			let together = CircuitBreaker::stress().correlation;
			assert!(together > sp_arithmetic::FixedU128::saturating_from_rational(9, 10), "{together:?}");
			for step in 0..200u32 {
				set_price(BTC, price(100 + (step % 2)));
				set_price(ETH, price(101 - (step % 2)));
				next_block();
			}
			let apart = CircuitBreaker::stress().correlation;
			assert!(apart < sp_arithmetic::FixedU128::saturating_from_rational(1, 10), "{apart:?}");
		});
	}

	#[test]
	fn the_estimate_is_clamped_to_one() {
		let c = Correlation {
			mean_return_squared: sp_arithmetic::FixedU128::from_u32(2),
			return_squared_mean: sp_arithmetic::FixedU128::from_u32(1),
			estimate: Default::default(),
		};
		assert_eq!(tick::correlation_estimate(&c, 2), sp_arithmetic::FixedU128::from_u32(1));
		assert_eq!(tick::correlation_estimate(&Correlation::default(), 3), Default::default());
	}
}
