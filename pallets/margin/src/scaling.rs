//! Dynamic margins: every market's initial and maintenance fractions are multiplied by a
//! factor of at least one that rises with the market's realised volatility against its calm
//! level, with the venue's stress (cross-market correlation, a macro market's volatility, the
//! crisis level) and with the insurance fund's shortfall (from its target, the book's stressed
//! shortfall the liquidation engine's census measures, or from a share of open interest):
//! margins tighten *before* a crash, not after. While the fund falls short, it also takes a
//! larger share of trading fees ([`insurance_share`], `undercover_fee_share`, recorded each
//! block in `UndercoverFeeBoost` for the trades to read).
//!
//! Why here and not in a pallet of its own: the multiplier is part of every requirement the
//! engine computes (it lives in the market's record, read with it), and raising maintenance
//! must be reported to the liquidation index through the observer every other tightening
//! already goes through.
//!
//! Stepping: the initial multiplier follows its target at once (new risk pays the new price);
//! the maintenance multiplier falls at once but rises at most `(max − 1) / ramp_blocks` a
//! block, whatever the liquidation index's room, each rise reported with `margins_tightened`,
//! which advances the index's watermark by it: every account the tightening reaches is examined
//! and, if it must be, liquidated partially, most urgent first, within the hook's weight. The
//! rise used to wait for room between the watermark and the most urgent account; in a real book
//! someone is always at their edge, so margins rose only after the crash had made room (and one
//! account kept at its edge could hold every market's tightening back on purpose).
//!
//! Governance raising a market's listed maintenance fractions goes the same way: `set_market`
//! keeps the old parameters beside the new (`raised_from`) with `phase_in` at zero, so no
//! account's requirement rises at enactment, and this step moves each raised fraction from the
//! old to the new by `1 / ramp_blocks` of the way a block: the accounts a raise reaches are
//! mended a few at a time, not all in its first block.
//!
//! The stressed floor: however calm the EWMA, the multiplier is at least what lets the
//! maintenance fraction cover `stressed_weight` times the largest index move the oracle
//! recorded over its long window (thirty days: [`PriceFeed::stressed_move`]), as Eurex Prisma
//! floors its VaR with a stressed period's. A crash's first gap keeps margins up for the window,
//! so the second gap (Terra's second day, an aftershock) meets them risen, and a market with a
//! history of gaps is margined for them before its next one.
//!
//! A floor set by governance (`MultiplierFloor`, ahead of a known event) lifts every target to
//! it, so it too reaches maintenance gradually; only the stress test lifts multipliers at once
//! ([`Pallet::impose_multiplier_floor`]), on a state it throws away. A second raise
//! while one phases in starts again from the parameters before the first.

use crate::{pallet::*, types::*};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use ballast_primitives::{
	Balance, CrisisLevel, FundHealth, MarginObserver, PriceFeed, Ratio, StressSignal, VenueStress,
};
use sp_arithmetic::{
	traits::{CheckedDiv, One, Saturating, Zero},
	FixedPointNumber, Perbill,
};

/// Multipliers are announced when they cross a band of this width.
const BAND_WIDTH: u128 = 4; // quarters

/// The band of a multiplier: `⌊(m − 1) × 4⌋`.
pub fn band(multiplier: Ratio) -> u32 {
	let above_one = multiplier.saturating_sub(Ratio::one());
	above_one.saturating_mul(Ratio::saturating_from_integer(BAND_WIDTH)).into_inner().saturating_div(Ratio::DIV) as u32
}

/// The multiplier the stressed floor calls for: `stressed_weight × worst_move ÷ maintenance`
/// (the listed maintenance fraction of the market's smallest size tier).
pub fn stressed_term(params: &ScalingParams, worst_move: Option<Ratio>, maintenance: Ratio) -> Ratio {
	let covered = params.stressed_weight.saturating_mul(worst_move.unwrap_or_default());
	covered.checked_div(&maintenance).unwrap_or_default()
}

/// The multiplier a market's inputs call for, at least the stressed term (up to
/// `max_multiplier`) and never below `floor` (which wins over `max_multiplier`: see
/// [`Pallet::set_multiplier_floor`]).
pub fn target(
	params: &ScalingParams,
	floor: Option<Ratio>,
	stressed: Ratio,
	volatility_ratio: Option<Ratio>,
	macro_ratio: Option<Ratio>,
	stress: &StressSignal,
	fund_gap: Ratio,
) -> Ratio {
	let excess = |ratio: Option<Ratio>| ratio.map_or(Ratio::zero(), |r| r.saturating_sub(Ratio::one()));
	let volatility_excess = excess(volatility_ratio);
	let volatility_term = params.volatility_weight.saturating_mul(volatility_excess);
	// Markets moving together in calm times are no danger: correlation counts in proportion to
	// the market's excess volatility.
	let correlation_term =
		params.correlation_weight.saturating_mul(stress.correlation).saturating_mul(volatility_excess.min(Ratio::one()));
	let macro_term = params.macro_weight.saturating_mul(excess(macro_ratio));
	let cover_term = params.cover_weight.saturating_mul(fund_gap);
	let level_term = params.level_terms[level_index(stress.level)];
	Ratio::one()
		.saturating_add(volatility_term)
		.saturating_add(correlation_term)
		.saturating_add(macro_term)
		.saturating_add(cover_term)
		.saturating_add(level_term)
		.max(stressed)
		.min(params.max_multiplier)
		.max(floor.unwrap_or_else(Ratio::one))
}

/// How far the insurance fund falls short, 0 (covered) to 1 (empty): the larger of its
/// shortfall from `cover_target` of the open interest and from its own target, the book's
/// stressed shortfall (`cover`, the fund's balance over it, when known).
pub fn fund_gap(params: &ScalingParams, fund: Balance, open_interest: Balance, cover: Option<Ratio>) -> Ratio {
	let wanted = params.cover_target.saturating_mul_int(open_interest);
	let by_open_interest = if wanted > 0 && fund < wanted {
		Ratio::one().saturating_sub(Ratio::checked_from_rational(fund, wanted).unwrap_or_default())
	} else {
		Ratio::zero()
	};
	let by_target = cover.map_or(Ratio::zero(), |cover| Ratio::one().saturating_sub(cover));
	by_open_interest.max(by_target).min(Ratio::one())
}

/// The share of a fee the insurance fund takes: the market's own, and `boost` of the rest
/// ([`UndercoverFeeBoost`]: `undercover_fee_share` in proportion to the fund's shortfall).
pub fn insurance_share(listed: Perbill, boost: Perbill) -> Perbill {
	use sp_arithmetic::PerThing;
	listed.saturating_add(listed.left_from_one() * boost)
}

fn level_index(level: CrisisLevel) -> usize {
	match level {
		CrisisLevel::Calm => 0,
		CrisisLevel::Elevated => 1,
		CrisisLevel::Stressed => 2,
		CrisisLevel::Crisis => 3,
	}
}

/// The largest maintenance fraction of a market at any size: what one unit of multiplier adds
/// to the maintenance fraction at most.
pub fn largest_maintenance(params: &MarketParams) -> Ratio {
	params.size_tiers.iter().map(|tier| tier.maintenance_margin).fold(params.maintenance_margin, |a, b| a.max(b))
}

/// A multiplier rise of `rise` when one unit of it adds `per_unit` to maintenance fractions:
/// adds the fractions' rise to `tightened`, which the watermark is advanced by.
fn tighten(rise: Ratio, per_unit: Ratio, tightened: &mut Ratio) -> Ratio {
	*tightened = tightened.saturating_add(per_unit.saturating_mul(rise));
	rise
}

/// Moves a raise of `listed`'s maintenance fractions under way `step` further in; true when it
/// has wholly phased in.
fn phase_in<B>(listed: &mut Market<B>, step: Ratio, tightened: &mut Ratio) -> bool {
	let Some(old) = &listed.raised_from else { return false };
	let per_unit = crate::math::maintenance_increase(old, &listed.params).saturating_mul(listed.scale.maintenance);
	let wanted = Ratio::one().saturating_sub(listed.scale.phase_in).min(step);
	let rise = tighten(wanted, per_unit, tightened);
	listed.scale.phase_in = listed.scale.phase_in.saturating_add(rise).min(Ratio::one());
	let done = listed.scale.phase_in == Ratio::one();
	if done {
		listed.raised_from = None;
	}
	done
}

impl<T: Config> Pallet<T> {
	/// Steps every held market's multipliers towards their targets, in memory; the hook writes
	/// the markets that changed.
	pub(crate) fn rescale(markets: &mut [HeldMarket<BlockNumberFor<T>>]) {
		let params = Scaling::<T>::get();
		if markets.is_empty() {
			return;
		}
		let floor = MultiplierFloor::<T>::get();
		let stress = T::Stress::stress();
		let macro_ratio = params.macro_market.and_then(T::Stress::volatility_ratio);
		let open_interest = markets.iter().fold(0 as Balance, |sum, held| sum.saturating_add(held.open_interest));
		let fund_gap = fund_gap(&params, T::Fund::fund_balance(), open_interest, T::Fund::cover_ratio());
		let boost = params.undercover_fee_share * Perbill::from_rational(fund_gap.into_inner(), Ratio::DIV);
		if UndercoverFeeBoost::<T>::get() != boost {
			UndercoverFeeBoost::<T>::put(boost);
		}
		let step = params
			.max_multiplier
			.saturating_sub(Ratio::one())
			.checked_div(&Ratio::saturating_from_integer(params.ramp_blocks.max(1)))
			.unwrap_or_default();
		// A governance raise of the listed fractions phases in wholly over `ramp_blocks`.
		let phase_step = Ratio::one().checked_div(&Ratio::saturating_from_integer(params.ramp_blocks.max(1))).unwrap_or_default();
		let mut tightened = Ratio::zero();

		for held in markets.iter_mut() {
			let (market, listed) = (held.id, &mut held.market);
			let stressed = stressed_term(&params, T::PriceFeed::stressed_move(market), listed.params.maintenance_margin);
			let target = target(&params, floor, stressed, T::Stress::volatility_ratio(market), macro_ratio, &stress, fund_gap);
			let before = listed.scale;
			listed.scale.initial = target;
			let largest = largest_maintenance(&listed.params);
			if target <= listed.scale.maintenance {
				listed.scale.maintenance = target;
			} else {
				let wanted = target.saturating_sub(listed.scale.maintenance).min(step);
				let rise = tighten(wanted, largest, &mut tightened);
				listed.scale.maintenance = listed.scale.maintenance.saturating_add(rise);
			}
			if phase_in(listed, phase_step, &mut tightened) {
				Self::deposit_event(Event::MaintenanceRaiseInForce { market });
			}
			// Initial never below maintenance: a position may always be opened at what keeps it.
			listed.scale.initial = listed.scale.initial.max(listed.scale.maintenance);
			if listed.scale != before {
				if band(listed.scale.initial) != band(before.initial) || band(listed.scale.maintenance) != band(before.maintenance) {
					Self::deposit_event(Event::MarginScaleChanged {
						market,
						initial: listed.scale.initial,
						maintenance: listed.scale.maintenance,
					});
				}
				held.changed = true;
			}
		}
		if !tightened.is_zero() {
			T::Observer::margins_tightened(tightened);
		}
	}

	/// Every market's multipliers lifted to at least `floor` at once, the floor kept so the
	/// hooks hold them there, and the tightening reported to the liquidation index: the stress
	/// test's "what if margins were `floor` times the listed now". Reachable from no call: on
	/// the chain a raised floor phases in (`set_multiplier_floor`); at once, this can make
	/// accounts liquidatable at unchanged prices, which is the question asked.
	pub fn impose_multiplier_floor(floor: Ratio) {
		let floor = floor.max(Ratio::one());
		MultiplierFloor::<T>::mutate(|current| *current = Some(current.map_or(floor, |c| c.max(floor))));
		let mut tightened = Ratio::zero();
		let ids: alloc::vec::Vec<_> = Markets::<T>::iter_keys().take(T::MaxMarkets::get() as usize).collect();
		for id in ids {
			Markets::<T>::mutate(id, |listed| {
				let Some(listed) = listed else { return };
				let largest = listed.raised_from.as_ref().map_or(Ratio::zero(), largest_maintenance).max(largest_maintenance(&listed.params));
				let rise = floor.saturating_sub(listed.scale.maintenance);
				tightened = tightened.saturating_add(largest.saturating_mul(rise));
				listed.scale.maintenance = listed.scale.maintenance.max(floor);
				listed.scale.initial = listed.scale.initial.max(floor);
			});
		}
		if !tightened.is_zero() {
			T::Observer::margins_tightened(tightened);
		}
	}
}
