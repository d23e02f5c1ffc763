//! The risk watermark's arithmetic (DESIGN.md, "Performance design"): a monotone level `C`
//! that each block rises by at least every market's absolute log price move, and for each
//! account a distance `d` such that it cannot fall below maintenance before `C` has risen by
//! `d` since it was measured. Accounts are indexed under `C + d`; a block pops only entries at
//! or below the current `C`. Both sides round against missing a liquidation.
//!
//! An account whose positions all lie on one side loses headroom only when prices move against
//! that side: an account of longs only when a mark falls, of shorts only when one rises (a move
//! its way adds `g·N·(1 − m)`). Such an account is filed against a one-sided level that rises by
//! the largest *fall* (or *rise*) of any mark, so a crash does not pop the shorts it enriches;
//! an account of both sides, or with a size tier ahead (which a move its way can cross), or
//! bankrupt with nothing held, is filed against the two-sided level ([`Class`]).
//!
//! Why it is never wrong, for positions of notional `Nᵢ` and maintenance fraction `mᵢ`, equity
//! `E` and requirement `M`: if every mark moved by a factor within `[1/(1+g), 1+g]`, each
//! position lost at most `g·Nᵢ` and its requirement rose at most `g·mᵢ·Nᵢ` (no size tier is
//! crossed before `Lᵢ`), so `E − M` stays positive while `g < (E − M) / Σ Nᵢ(1+mᵢ)`. A move
//! by such a factor is a log move of `ln(1+g) ≥ g/(1+g)`, and a block's step `max/min − 1`
//! is at least its log move, so the sum of steps bounds every market's log move in either
//! direction.

use ballast_primitives::{AccountHealth, Balance, PositionView, Price, Ratio, SignedBalance};
use sp_arithmetic::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Bounded, One, Saturating, Zero},
	FixedPointNumber, Rounding,
};

/// A watermark level: a sum of ratios, as `Ratio`'s inner value (10¹⁸ per whole).
pub type Level = u128;

/// The watermark's step for one market between two marks: `max/min − 1`, rounded up, which is
/// at least `|ln(new/old)|`. A vanished or zero price is the largest step.
pub fn step(old: Price, new: Price) -> Ratio {
	let (high, low) = if new > old { (new, old) } else { (old, new) };
	if low.is_zero() {
		return Ratio::max_value();
	}
	multiply_by_rational_with_rounding(
		high.into_inner().saturating_sub(low.into_inner()),
		Ratio::DIV,
		low.into_inner(),
		Rounding::Up,
	)
	.map_or(Ratio::max_value(), Ratio::from_inner)
}

/// A block's step split by direction: the largest fall and the largest rise (each `max/min − 1`,
/// rounded up) between two marks; one of them is zero.
pub fn directed_step(old: Price, new: Price) -> (Ratio, Ratio) {
	let step = step(old, new);
	if new < old { (step, Ratio::zero()) } else { (Ratio::zero(), step) }
}

/// Which level an account's key is measured against: the one its positions can lose on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
	/// Positions on both sides, a size tier ahead, or none: every move counts.
	Both,
	/// Longs only: falls count.
	Falls,
	/// Shorts only: rises count.
	Rises,
}

impl Class {
	/// Every class, in key order.
	pub const ALL: [Class; 3] = [Class::Both, Class::Falls, Class::Rises];

	/// The class of an account holding `positions`.
	pub fn of(positions: &[PositionView]) -> Class {
		let tier_ahead = positions.iter().any(|position| position.next_tier_notional != Balance::MAX);
		if positions.is_empty() || tier_ahead {
			return Class::Both;
		}
		if positions.iter().all(|position| position.size > 0) {
			Class::Falls
		} else if positions.iter().all(|position| position.size < 0) {
			Class::Rises
		} else {
			Class::Both
		}
	}

	/// Whether an account holding `positions` may stay filed in this class: any account in
	/// [`Class::Both`], a one-sided class only while every position is on that side.
	pub fn fits(self, positions: &[PositionView]) -> bool {
		match self {
			Class::Both => true,
			Class::Falls => !positions.is_empty() && positions.iter().all(|position| position.size > 0),
			Class::Rises => !positions.is_empty() && positions.iter().all(|position| position.size < 0),
		}
	}

	fn bits(self) -> u128 {
		match self {
			Class::Both => 0,
			Class::Falls => 1 << 125,
			Class::Rises => 2 << 125,
		}
	}
}

/// The three levels: every move, falls only, rises only. Each rises by at least one unit a block.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Levels {
	pub both: Level,
	pub falls: Level,
	pub rises: Level,
}

impl Levels {
	/// The level keys of `class` are measured against.
	pub fn of(&self, class: Class) -> Level {
		match class {
			Class::Both => self.both,
			Class::Falls => self.falls,
			Class::Rises => self.rises,
		}
	}

	/// The level `key` is measured against.
	pub fn for_key(&self, key: [u8; 16]) -> Level {
		self.of(class_of(key))
	}

	/// Every level raised by `by` (a tightening of every margin, which any account feels).
	pub fn raised(self, by: Level) -> Self {
		Self { both: self.both.saturating_add(by), falls: self.falls.saturating_add(by), rises: self.rises.saturating_add(by) }
	}
}

/// The smallest rise of the watermark that could take the account below maintenance: zero
/// when it already is. Without positions nothing can liquidate it (`None`), unless it is
/// bankrupt: then its shortfall is due to the loss waterfall at once (zero), however it arose
/// (a bankrupt trader closing its own position leaves one).
pub fn distance(health: &AccountHealth, positions: &[PositionView]) -> Option<Ratio> {
	if positions.is_empty() {
		return health.is_bankrupt().then(Ratio::zero);
	}
	let requirement = SignedBalance::try_from(health.maintenance_requirement).unwrap_or(SignedBalance::MAX);
	let headroom = health.equity.saturating_sub(requirement);
	if headroom <= 0 {
		return Some(Ratio::zero());
	}
	let exposure = positions.iter().fold(0 as Balance, |sum, position| {
		let with_requirement = position
			.maintenance_fraction
			.saturating_add(Ratio::one())
			.saturating_mul_int(position.notional)
			.saturating_add(1);
		sum.saturating_add(with_requirement)
	});
	let growth = Ratio::checked_from_rational(headroom.unsigned_abs(), exposure.max(1)).unwrap_or(Ratio::max_value());
	let mut distance = log_lower_bound(growth);
	// Crossing into a higher size tier raises the requirement at once: stop short of it.
	for position in positions {
		if position.next_tier_notional != Balance::MAX && position.notional > 0 {
			let to_tier = Ratio::checked_from_rational(
				position.next_tier_notional.saturating_sub(position.notional),
				position.notional,
			)
			.unwrap_or(Ratio::max_value());
			distance = distance.min(log_lower_bound(to_tier));
		}
	}
	Some(distance)
}

/// `g / (1 + g)`, rounded down: a lower bound of `ln(1 + g)`.
fn log_lower_bound(growth: Ratio) -> Ratio {
	let denominator = Ratio::one().saturating_add(growth);
	multiply_by_rational_with_rounding(growth.into_inner(), Ratio::DIV, denominator.into_inner(), Rounding::Down)
		.map_or(Ratio::zero(), Ratio::from_inner)
}

/// The top bit of a key: set for the accounts queued behind the large ones. The next two bits
/// are the key's [`Class`]. Levels never reach them in practice (2¹²⁵ units is 10¹⁹ whole log
/// moves); a key's level is capped below them, and a level beyond the cap (a vanished price)
/// makes every key due, as it should.
const SMALL: u128 = 1 << 127;
const CLASS: u128 = 3 << 125;
const LEVEL: u128 = (1 << 125) - 1;

/// Which of the index's two queues an account waits in. A block examines every due entry of
/// the large queue before the small one, so accounts that put the venue's solvency at stake
/// cannot be pushed back by many small ones placed just ahead of them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Queue {
	Large,
	Small,
}

/// The index key of an account measured at `level` (its class's) with `distance` to go, in
/// `queue` and `class`: big-endian, so the index iterates the large queue then the small one,
/// each class by class, each in ascending order of level.
pub fn trigger(level: Level, distance: Ratio, queue: Queue, class: Class) -> [u8; 16] {
	let level = level.saturating_add(distance.into_inner()).min(LEVEL);
	let flag = if queue == Queue::Small { SMALL } else { 0 };
	(level | class.bits() | flag).to_be_bytes()
}

/// The level a key stands for.
pub fn level_of(key: [u8; 16]) -> Level {
	Level::from_be_bytes(key) & LEVEL
}

/// The queue a key is in.
pub fn queue_of(key: [u8; 16]) -> Queue {
	if Level::from_be_bytes(key) & SMALL == 0 { Queue::Large } else { Queue::Small }
}

/// The class a key is in.
pub fn class_of(key: [u8; 16]) -> Class {
	match Level::from_be_bytes(key) & CLASS {
		0 => Class::Both,
		bits if bits == Class::Falls.bits() => Class::Falls,
		_ => Class::Rises,
	}
}

/// Whether `key` is in `queue`'s `class`.
pub fn in_segment(key: [u8; 16], queue: Queue, class: Class) -> bool {
	queue_of(key) == queue && class_of(key) == class
}

/// Whether `key` is in `queue` and `class` and due at `levels`: where a walk of that segment stops.
pub fn is_due(key: [u8; 16], queue: Queue, class: Class, levels: &Levels) -> bool {
	in_segment(key, queue, class) && level_of(key) <= levels.of(class)
}

/// Every segment of the index in the order a block walks them: the large queue's, then the small
/// one's; within a queue the classes from the `turn`th on, round (they take turns to go first).
pub fn segments(turn: usize) -> impl Iterator<Item = (Queue, Class)> {
	let mut classes = Class::ALL;
	classes.rotate_left(turn % Class::ALL.len());
	[Queue::Large, Queue::Small].into_iter().flat_map(move |queue| classes.map(|class| (queue, class)))
}

/// Whether an account filed under `earlier` is examined no later than under `key`: both in one
/// queue and class, `earlier` at a level no higher. Keys of different queues or classes never
/// qualify, whatever their levels: they are measured against different levels, or the whole-key
/// order puts every large key first, which says nothing of when a small key's level falls due.
pub fn files_no_later(earlier: [u8; 16], key: [u8; 16]) -> bool {
	queue_of(earlier) == queue_of(key) && class_of(earlier) == class_of(key) && level_of(earlier) <= level_of(key)
}

/// The first key of `queue`'s `class`.
pub fn segment_start(queue: Queue, class: Class) -> [u8; 16] {
	trigger(0, Ratio::zero(), queue, class)
}

/// Collateral atoms added to the gap a partial liquidation closes: the margin engine rounds
/// the realised PnL, the penalty, the fee split and the requirement against the account, an
/// atom or so each.
pub const ROUNDING_SLACK: SignedBalance = 16;

/// How much of a position of `notional` (maintenance fraction `fraction`) to close so that an
/// account with `equity` and `requirement` ends at `target` × its requirement after paying
/// `penalty` on what is closed, as a fraction of the position, rounded up; one (all of it)
/// when closing cannot restore the target.
pub fn fraction_to_close(
	equity: SignedBalance,
	requirement: Balance,
	notional: Balance,
	fraction: Ratio,
	target: Ratio,
	penalty: Ratio,
) -> Ratio {
	// E − p·x·N ≥ t·(M − m·x·N)  ⇔  x ≥ (t·M − E) / (N·(t·m − p))
	let wanted = SignedBalance::try_from(target.saturating_mul_int(requirement)).unwrap_or(SignedBalance::MAX);
	let gap = wanted.saturating_sub(equity);
	if gap <= 0 {
		return Ratio::zero();
	}
	// The margin engine rounds every amount of a reduction against the account.
	let gap = gap.saturating_add(ROUNDING_SLACK);
	let relief_per_notional = target.saturating_mul(fraction);
	if relief_per_notional <= penalty || equity <= 0 {
		return Ratio::one();
	}
	let relief = relief_per_notional.saturating_sub(penalty).saturating_mul_int(notional);
	if relief == 0 {
		return Ratio::one();
	}
	multiply_by_rational_with_rounding(gap.unsigned_abs(), Ratio::DIV, relief, Rounding::Up)
		.map_or(Ratio::one(), Ratio::from_inner)
		.min(Ratio::one())
}

#[cfg(test)]
mod tests {
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
}
