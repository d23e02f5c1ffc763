//! Every block: income collected, carried deficits worked down, the profit cap enforced, the
//! share price sampled for the drawdown the breakers read.

use crate::{pallet::*, types::*, weights::WeightInfo, DRAWDOWN_SAMPLES};
use ballast_primitives::{Balance, MarketId, Ratio, VaultLedger};
use frame_support::{traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{One, Saturating, Zero},
	Perbill, Rounding,
};

impl<T: Config> Pallet<T> {
	/// The hook's work; returns its weight.
	pub(crate) fn tick(now: BlockNumberFor<T>) -> Weight {
		// The margin pallet holds the fees it set aside: moving them cannot fail.
		let income = T::Vault::collect_insurance_fees(&Self::account_id()).unwrap_or_else(|_| {
			frame_support::defensive!("the fees set aside for the fund could not be collected");
			0
		});
		if !income.is_zero() {
			Held::<T>::mutate(|held| held.saturating_accrue(income));
			Self::deposit_event(Event::IncomeCollected { amount: income });
		}
		Self::track_crisis(income);
		// The carried deficit first (it is a hole in the vault now), then the profit cap with
		// what is left of the block's positions, at least a quarter of them: a deficit nobody
		// can close must not switch the cap off through the crisis.
		let most = T::MaxDeleveraged::get();
		let mut for_deficit = most.saturating_sub(most / 4).max(1);
		// Every carried deficit in turn, each with what the ones before left of the budget: one
		// that nobody can close (an unpriced loss, a side with no profit) blocks none of the
		// others. At most two a market and the unpriced one.
		let mut by_deficit = 0u32;
		let mut visited = 0u64;
		for ((market, side), deficit) in Deficits::<T>::iter() {
			if for_deficit == 0 {
				break;
			}
			visited.saturating_inc();
			let reduced = Self::work_down_deficit(market, side, deficit, for_deficit);
			by_deficit.saturating_accrue(reduced);
			for_deficit.saturating_reduce(reduced);
		}
		let by_cap = Self::enforce_profit_cap(most.saturating_sub(by_deficit));
		Self::sample_share_price(now);
		// The block's losses are covered: the global breaker reads the drawdown they left now.
		<T::LossObserver as ballast_primitives::LossObserver>::after_waterfall(Self::current_drawdown());
		// The benchmark reads and writes one deficit; the others visited are charged here.
		let more_deficits = T::DbWeight::get().reads_writes(visited.saturating_sub(1), visited.saturating_sub(1));
		T::WeightInfo::on_initialize(by_deficit.saturating_add(by_cap)).saturating_add(more_deficits)
	}

	/// Pays a carried deficit from the fund's new income, then deleverages for the rest.
	pub(crate) fn work_down_deficit(market: MarketId, side: Side, deficit: Deficit, most: u32) -> u32 {
		let by_fund = Self::pay_vault(deficit.remaining);
		let rest = deficit.remaining.saturating_sub(by_fund);
		let (by_deleveraging, reduced) = if rest.is_zero() {
			(0, 0)
		} else {
			Self::deleverage(market, side, Pricing::Bankruptcy(deficit.price), rest, most)
		};
		let remaining = rest.saturating_sub(by_deleveraging);
		if by_fund.is_zero() && by_deleveraging.is_zero() {
			return reduced;
		}
		match remaining {
			0 => Deficits::<T>::remove((market, side)),
			_ => Deficits::<T>::insert((market, side), Deficit { remaining, ..deficit }),
		}
		Self::deposit_event(Event::DeficitReduced { market, side, by_fund, by_deleveraging, remaining });
		reduced
	}

	/// Reduces at most `most` of the most profitable positions at the mark while traders' open
	/// profit exceeds its share of the vault's cash. Returns how many positions it reduced.
	pub(crate) fn enforce_profit_cap(most: u32) -> u32 {
		let cap = Params::<T>::get().max_profit_to_cash;
		if cap == Perbill::one() || most == 0 {
			return 0;
		}
		let vault = T::Vault::vault_state();
		if vault.open_profit <= cap.mul_floor(vault.cash) {
			return 0;
		}
		let Some((market, side, side_profit)) = T::Vault::market_pnl()
			.into_iter()
			.flat_map(|m| [(m.market, Side::Long, m.long), (m.market, Side::Short, m.short)])
			.max_by_key(|(_, _, pnl)| *pnl)
			.filter(|(_, _, pnl)| *pnl > 0)
		else {
			return 0;
		};
		// Settling u of profit at the mark takes u off both the open profit P and the cash C:
		// P − u ≤ f·(C − u) once u ≥ (P − f·C) / (1 − f).
		let excess = vault.open_profit.saturating_sub(cap.mul_floor(vault.cash));
		let keep = Perbill::one().saturating_sub(cap);
		let target = multiply_by_rational_with_rounding(excess, Perbill::one().deconstruct().into(), keep.deconstruct().into(), Rounding::Up)
			.unwrap_or(Balance::MAX)
			.min(side_profit.unsigned_abs());
		Self::deposit_event(Event::ProfitCapReached { market, side, open_profit: vault.open_profit, cash: vault.cash });
		Self::deleverage(market, side, Pricing::Mark, target, most).1
	}

	// ---- Drawdown ---------------------------------------------------------------------

	/// Keeps the highest share price of each eighth of the window.
	pub(crate) fn sample_share_price(now: BlockNumberFor<T>) {
		let price = Self::share_price().unwrap_or_else(Ratio::one);
		let step: BlockNumberFor<T> = (Params::<T>::get().drawdown_window / DRAWDOWN_SAMPLES).max(1).into();
		let mut samples = PriceSamples::<T>::get();
		match samples.last_mut() {
			Some((started, highest)) if now < started.saturating_add(step) => {
				if price <= *highest {
					return;
				}
				*highest = price;
			},
			_ => {
				if samples.is_full() {
					samples.remove(0);
				}
				let _ = frame_support::traits::Defensive::defensive_proof(samples.try_push((now, price)), "a slot was just freed");
			},
		}
		PriceSamples::<T>::put(samples);
	}

	/// The share price's fall from the highest sample in the window.
	pub(crate) fn current_drawdown() -> Perbill {
		let now = Self::share_price().unwrap_or_else(Ratio::one);
		let peak = PriceSamples::<T>::get().iter().map(|(_, price)| *price).fold(now, |a, b| a.max(b));
		if peak.is_zero() {
			return Perbill::zero();
		}
		Perbill::from_rational(peak.saturating_sub(now).into_inner(), peak.into_inner())
	}
}
