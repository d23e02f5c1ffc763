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
	fraction_reaching(equity, wanted, target.saturating_mul(fraction), notional, penalty)
}

/// How much of a position of `notional` (maintenance fraction `fraction`, gap allowance `gap`:
/// its market's likely move before the account is examined again) to close so that an account
/// with `equity`, `requirement` and `cushion` (Σ gapᵢ·Nᵢ over its positions) can lose that
/// move on every position and stay at maintenance: `E′ ≥ M′ + Σ gapᵢ·N′ᵢ`, that is
/// `N′ ≤ E′ / (m + gap)` for a single position. As a fraction of the position, rounded up; one
/// when closing cannot get there.
pub fn fraction_to_survive(
	equity: SignedBalance,
	requirement: Balance,
	cushion: Balance,
	notional: Balance,
	fraction: Ratio,
	gap: Ratio,
	penalty: Ratio,
) -> Ratio {
	// E − p·x·N ≥ (M − m·x·N) + (C − g·x·N)  ⇔  x ≥ (M + C − E) / (N·(m + g − p))
	let wanted = SignedBalance::try_from(requirement.saturating_add(cushion)).unwrap_or(SignedBalance::MAX);
	fraction_reaching(equity, wanted, fraction.saturating_add(gap), notional, penalty)
}

/// An account's loss in a crash with every held market moved down at once, and with every one
/// moved up: a long loses its move in the first and gains it in the second, a short the other
/// way round, so a hedged account's legs offset as the census counts them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CrashLoss {
	pub down: SignedBalance,
	pub up: SignedBalance,
}

impl CrashLoss {
	/// From each position's side (long or not), notional and crash move.
	pub fn of(positions: impl IntoIterator<Item = (bool, Balance, Ratio)>) -> Self {
		positions.into_iter().fold(Self::default(), |sum, (long, notional, crash)| {
			let moved = SignedBalance::try_from(crash.saturating_mul_int(notional)).unwrap_or(SignedBalance::MAX);
			let (down, up) = if long { (moved, moved.saturating_neg()) } else { (moved.saturating_neg(), moved) };
			Self { down: sum.down.saturating_add(down), up: sum.up.saturating_add(up) }
		})
	}

	/// The worse of the two.
	pub fn worst(&self) -> SignedBalance {
		self.down.max(self.up)
	}

	/// The worse crash if it is the one a position on this side loses in (`long`: the fall), with
	/// the other crash's loss; `None` when the position gains in the worse crash (closing it would
	/// only make that crash worse).
	pub fn against(&self, long: bool) -> Option<(SignedBalance, SignedBalance)> {
		let (loses_in, other) = if long { (self.down, self.up) } else { (self.up, self.down) };
		(loses_in >= other).then_some((loses_in, other))
	}
}

/// How much of a position of `notional` (its market's extreme move `crash`) to close so that an
/// account with `equity`, whose worse crash (`against`: its loss there and in the other one, see
/// [`CrashLoss::against`]) is one the position loses in, leaves the fund at most `fund_allows`
/// unpaid: `E′ ≥ L′ − allowed`. Closing `x` of it takes `crash·x·N` off that crash's loss and
/// adds as much to the other's, so no more is closed than evens the two (past that, the other
/// crash would be the worse one and closing would only feed it). As a fraction of the position,
/// rounded up; zero when the position gains in the worse crash.
pub fn fraction_to_absorb(
	equity: SignedBalance,
	against: Option<(SignedBalance, SignedBalance)>,
	fund_allows: Balance,
	notional: Balance,
	crash: Ratio,
	penalty: Ratio,
) -> Ratio {
	let Some((loss, other)) = against else { return Ratio::zero() };
	// E − p·x·N ≥ (L − c·x·N) − A  ⇔  x ≥ (L − A − E) / (N·(c − p))
	let wanted = loss.saturating_sub(SignedBalance::try_from(fund_allows).unwrap_or(SignedBalance::MAX));
	let needed = fraction_reaching(equity, wanted, crash, notional, penalty);
	// L − c·x·N ≥ O + c·x·N  ⇔  x ≤ (L − O) / (2·c·N)
	let evens = crash.saturating_mul_int(notional).saturating_mul(2);
	let at_most = if evens == 0 {
		Ratio::zero()
	} else {
		multiply_by_rational_with_rounding(loss.saturating_sub(other).unsigned_abs(), Ratio::DIV, evens, Rounding::Up)
			.map_or(Ratio::one(), Ratio::from_inner)
			.min(Ratio::one())
	};
	needed.min(at_most)
}

/// The fraction `x` of a position of `notional` to close for `equity − p·x·N` to reach
/// `wanted − r·x·N`, where closing it relieves the wanted equity by `relief_per_notional` (`r`)
/// of each unit of notional closed and costs `penalty` (`p`) of it; rounded up, at most one.
fn fraction_reaching(equity: SignedBalance, wanted: SignedBalance, relief_per_notional: Ratio, notional: Balance, penalty: Ratio) -> Ratio {
	let gap = wanted.saturating_sub(equity);
	if gap <= 0 {
		return Ratio::zero();
	}
	// The margin engine rounds every amount of a reduction against the account.
	let gap = gap.saturating_add(ROUNDING_SLACK);
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

/// A position's gap allowance: `cover` (the gap cover `z`) standard deviations of its market's
/// move in a block, `sigma` (the oracle's volatility of per-update returns).
pub fn gap_allowance(cover: Ratio, sigma: Ratio) -> Ratio {
	cover.saturating_mul(sigma)
}

/// Σ gapᵢ·Nᵢ: what the account's positions could lose together in the move each must survive.
pub fn cushion(positions: impl IntoIterator<Item = (Balance, Ratio)>) -> Balance {
	positions.into_iter().fold(0, |sum: Balance, (notional, gap)| sum.saturating_add(gap.saturating_mul_int(notional)))
}

pub mod probability;

#[cfg(test)]
mod tests;
