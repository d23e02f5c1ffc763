//! The watermark's arithmetic: steps, distances, keys and segments.

use super::*;
use proptest::prelude::*;

fn ratio(n: u128, d: u128) -> Ratio {
	Ratio::saturating_from_rational(n, d)
}

fn view(notional: Balance, fraction: Ratio) -> PositionView {
	PositionView {
		market: 1,
		size: 1,
		entry_price: Price::one(),
		unrealised_pnl: 0,
		notional,
		maintenance_requirement: fraction.saturating_mul_int(notional),
		maintenance_fraction: fraction,
		next_tier_notional: Balance::MAX,
	}
}

#[test]
fn a_step_bounds_the_log_move_either_way() {
	assert_eq!(step(Price::from_u32(100), Price::from_u32(110)), ratio(1, 10));
	assert_eq!(step(Price::from_u32(110), Price::from_u32(100)), ratio(1, 10), "a fall counts as max/min − 1");
	assert_eq!(step(Price::from_u32(100), Price::from_u32(100)), Ratio::zero());
	assert_eq!(step(Price::zero(), Price::from_u32(1)), Ratio::max_value());
}

#[test]
fn distance_is_zero_below_maintenance_and_none_without_positions() {
	let health = AccountHealth { equity: 100, initial_requirement: 0, maintenance_requirement: 100 };
	assert_eq!(distance(&health, &[view(1_000, ratio(1, 10))]), Some(Ratio::zero()));
	assert_eq!(distance(&health, &[]), None);
	let bankrupt = AccountHealth { equity: -1, initial_requirement: 0, maintenance_requirement: 0 };
	assert_eq!(distance(&bankrupt, &[]), Some(Ratio::zero()), "a shortfall is due at once");
}

#[test]
fn distance_of_a_ten_times_long() {
	// 10 000 equity, 100 000 notional, 3 %: headroom 7 000 over 103 000.
	let health = AccountHealth { equity: 10_000, initial_requirement: 5_000, maintenance_requirement: 3_000 };
	let d = distance(&health, &[view(100_000, ratio(3, 100))]).unwrap();
	let g = ratio(7_000, 103_001);
	assert!(d <= g && d > ratio(6, 100), "{d:?}");
}

#[test]
fn a_higher_size_tier_ahead_shortens_the_distance() {
	let health = AccountHealth { equity: 50_000, initial_requirement: 0, maintenance_requirement: 3_000 };
	let mut tiered = view(100_000, ratio(3, 100));
	tiered.next_tier_notional = 101_000;
	assert!(distance(&health, &[tiered]).unwrap() < ratio(1, 100));
}

#[test]
fn closing_restores_the_target_or_closes_everything() {
	// E 2 500, M 3 000 (100 000 at 3 %) dollars, target 1.25× maintenance, penalty 1 %:
	// x ≥ (3 750 − 2 500) / (100 000 × (0.0375 − 0.01)) = 0.4545…, plus the rounding slack.
	let d = |dollars: i128| dollars * 1_000_000;
	let x = fraction_to_close(d(2_500), d(3_000) as u128, d(100_000) as u128, ratio(3, 100), ratio(5, 4), ratio(1, 100));
	assert!(x > ratio(4545, 10_000) && x < ratio(4546, 10_000), "{x:?}");
	assert_eq!(fraction_to_close(-10, 3_000, 100_000, ratio(3, 100), ratio(5, 4), ratio(1, 100)), Ratio::one());
	assert_eq!(fraction_to_close(2_500, 3_000, 100_000, ratio(3, 100), ratio(5, 4), ratio(5, 100)), Ratio::one());
	assert_eq!(fraction_to_close(5_000, 3_000, 100_000, ratio(3, 100), ratio(5, 4), ratio(1, 100)), Ratio::zero());
}

#[test]
fn absorbing_a_crash_closes_down_to_what_the_fund_allows() {
	// E 2 500 on a 100 000 long, a 30 % crash (30 000 lost), the fund allowing 10 000, penalty
	// 1 %: x ≥ (30 000 − 10 000 − 2 500) / (100 000 × (0.30 − 0.01)) = 0.6034…
	let d = |dollars: i128| dollars * 1_000_000;
	let long = CrashLoss::of([(true, d(100_000) as u128, ratio(30, 100))]);
	assert_eq!(long, CrashLoss { down: d(30_000), up: -d(30_000) });
	let absorb = |equity, crash: CrashLoss, allows: i128| {
		fraction_to_absorb(equity, crash.against(true), allows as u128, d(100_000) as u128, ratio(30, 100), ratio(1, 100))
	};
	let x = absorb(d(2_500), long, d(10_000));
	assert!(x > ratio(6034, 10_000) && x < ratio(6035, 10_000), "{x:?}");
	// The fund allows the whole crash: nothing to close.
	assert_eq!(absorb(d(2_500), long, d(30_000)), Ratio::zero());
	// No crash to size against (no floor, nothing recorded): nothing to close.
	assert_eq!(absorb(d(2_500), CrashLoss::of([(true, d(100_000) as u128, Ratio::zero())]), 0), Ratio::zero());
	// Bankrupt already: all of it.
	assert_eq!(absorb(-1, long, 0), Ratio::one());
}

/// Cutting one leg of a hedge leaves the other naked: a long hedged by a short of 80 % of its
/// size loses 6 000 in the fall and gains 6 000 in the rise, so it may be cut only until the two
/// crashes even (20 % of it: a rise would then lose as much as a fall), whatever a lone long would
/// need; the short, which gains in the fall, is not cut at all.
#[test]
fn a_hedged_account_is_cut_no_further_than_evens_its_two_crashes() {
	let d = |dollars: i128| dollars * 1_000_000;
	let hedged = CrashLoss::of([(true, d(100_000) as u128, ratio(30, 100)), (false, d(80_000) as u128, ratio(30, 100))]);
	assert_eq!(hedged, CrashLoss { down: d(6_000), up: -d(6_000) });
	assert_eq!(hedged.worst(), d(6_000));
	let cut = |equity| fraction_to_absorb(equity, hedged.against(true), 0, d(100_000) as u128, ratio(30, 100), ratio(1, 100));
	// With 2 500 of equity, (6 000 − 2 500) / (100 000 × 0.29) = 0.1207… is enough.
	assert!(cut(d(2_500)) > ratio(1206, 10_000) && cut(d(2_500)) < ratio(1208, 10_000), "{:?}", cut(d(2_500)));
	// With 100, 0.2034… would be needed, past the point where the crashes even.
	assert_eq!(cut(d(100)), ratio(1, 5), "(6 000 + 6 000) / (2 × 30 000)");
	assert_eq!(hedged.against(false), None, "the short gains in the worse crash");
	assert_eq!(fraction_to_absorb(d(2_500), hedged.against(false), 0, d(80_000) as u128, ratio(30, 100), ratio(1, 100)), Ratio::zero());
}

#[test]
fn keys_sort_by_queue_then_class_then_level() {
	for queue in [Queue::Large, Queue::Small] {
		for class in Class::ALL {
			let (low, high) = (trigger(5, ratio(1, 10), queue, class), trigger(7, ratio(1, 10), queue, class));
			assert!(low < high);
			assert_eq!(level_of(low), 5 + ratio(1, 10).into_inner());
			assert_eq!((queue_of(low), class_of(low)), (queue, class));
			assert!(segment_start(queue, class) <= low);
		}
		let top = |class| trigger(Level::MAX, Ratio::max_value(), queue, class);
		assert!(top(Class::Both) < segment_start(queue, Class::Falls));
		assert!(top(Class::Falls) < segment_start(queue, Class::Rises));
	}
	assert!(trigger(Level::MAX, Ratio::max_value(), Queue::Large, Class::Rises) < trigger(0, Ratio::zero(), Queue::Small, Class::Both));
	assert_eq!(trigger(Level::MAX, Ratio::max_value(), Queue::Small, Class::Rises), [0xdf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
	assert!(level_of([0xff; 16]) < Level::MAX, "a saturated watermark finds every key due");
}

#[test]
fn a_key_files_no_later_only_within_its_own_queue_and_class() {
	let (near, far) = (ratio(1, 100), ratio(9, 10));
	let key = |distance, queue| trigger(0, distance, queue, Class::Both);
	assert!(files_no_later(key(near, Queue::Large), key(far, Queue::Large)));
	assert!(!files_no_later(key(far, Queue::Large), key(near, Queue::Large)));
	// A far large key sorts before a near small key, yet is due later.
	assert!(key(far, Queue::Large) < key(near, Queue::Small));
	assert!(!files_no_later(key(far, Queue::Large), key(near, Queue::Small)));
	assert!(!files_no_later(key(near, Queue::Small), key(far, Queue::Large)));
	// Two classes are measured against different levels: a near key of one says nothing of
	// the other.
	assert!(!files_no_later(trigger(0, near, Queue::Large, Class::Falls), trigger(0, far, Queue::Large, Class::Both)));
	assert!(!files_no_later(trigger(0, near, Queue::Large, Class::Both), trigger(0, far, Queue::Large, Class::Rises)));
}

#[test]
fn one_side_only_files_against_its_own_level() {
	let long = view(1_000, ratio(3, 100));
	let short = PositionView { size: -1, ..long.clone() };
	assert_eq!(Class::of(&[long.clone()]), Class::Falls);
	assert_eq!(Class::of(&[short.clone()]), Class::Rises);
	assert_eq!(Class::of(&[long.clone(), short.clone()]), Class::Both);
	assert_eq!(Class::of(&[]), Class::Both, "a bankrupt account with nothing held");
	let tiered = PositionView { next_tier_notional: 2_000, ..long.clone() };
	assert_eq!(Class::of(&[tiered.clone()]), Class::Both, "a rise could cross the tier ahead");
	assert!(Class::Falls.fits(&[tiered]) && !Class::Falls.fits(&[long, short]) && !Class::Rises.fits(&[]));
	assert_eq!(directed_step(Price::from_u32(110), Price::from_u32(100)), (ratio(1, 10), Ratio::zero()));
	assert_eq!(directed_step(Price::from_u32(100), Price::from_u32(110)), (Ratio::zero(), ratio(1, 10)));
}

/// Walks a one-position account (long or short) along `moves` (per mille a step): it must
/// stay above maintenance while the level stays below its distance. The level rises by each
/// step's `max/min − 1`, or with `one_sided` by its moves against the position alone.
fn stays_healthy_before_its_distance(
	collateral: u128,
	size: u128,
	entry: u128,
	short: bool,
	moves: Vec<i64>,
	one_sided: bool,
) -> Result<(), TestCaseError> {
	let fraction = ratio(3, 100);
	let value = |price: u128| size * price;
	let health_at = |price: u128| {
		let pnl = value(price) as i128 - value(entry) as i128;
		let equity = collateral as i128 + if short { -pnl } else { pnl };
		AccountHealth { equity, initial_requirement: 0, maintenance_requirement: fraction.saturating_mul_int(value(price)) + 1 }
	};
	let position = PositionView { size: if short { -1 } else { 1 }, ..view(value(entry), fraction) };
	let Some(d) = distance(&health_at(entry), &[position.clone()]) else { return Ok(()) };
	prop_assert_eq!(Class::of(&[position]), if short { Class::Rises } else { Class::Falls });
	let mut level = Ratio::zero();
	let mut price = entry;
	for permille in moves {
		let next = ((price as i128) * (1_000 + permille as i128) / 1_000).max(1) as u128;
		let (old, new) = (Price::from_inner(price * Price::DIV), Price::from_inner(next * Price::DIV));
		let (fall, rise) = directed_step(old, new);
		level = level.saturating_add(match (one_sided, short) {
			(false, _) => step(old, new),
			(true, false) => fall,
			(true, true) => rise,
		});
		price = next;
		if level >= d {
			break;
		}
		prop_assert!(!health_at(price).is_liquidatable(), "liquidatable at {price} before the level rose {d:?}");
	}
	Ok(())
}

proptest! {
	/// The claim itself: any mark path whose summed steps stay below the distance leaves a
	/// single-position account above maintenance (long or short, with its PnL and
	/// requirement recomputed at the new mark).
	#[test]
	fn no_account_falls_below_maintenance_before_its_distance(
		collateral in 1u128..1_000_000,
		size in 1u128..1_000,
		entry in 100u128..10_000,
		short in any::<bool>(),
		moves in proptest::collection::vec(-300i64..300, 1..20),
	) {
		stays_healthy_before_its_distance(collateral, size, entry, short, moves, false)?;
	}

	/// The one-sided claim: a long (short) stays above maintenance while the sum of the
	/// falls (rises) alone stays below its distance, whatever the moves its way between.
	#[test]
	fn a_one_sided_account_falls_below_maintenance_only_after_its_sides_level_rose_its_distance(
		collateral in 1u128..1_000_000,
		size in 1u128..1_000,
		entry in 100u128..10_000,
		short in any::<bool>(),
		moves in proptest::collection::vec(-300i64..300, 1..40),
	) {
		stays_healthy_before_its_distance(collateral, size, entry, short, moves, true)?;
	}
}
