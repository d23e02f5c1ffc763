//! One popped account: valued once, liquidated partially (largest position first, only as far
//! as the target health, the next block's likely move and the fund's room for its crash need)
//! if it must be, its bankrupt remainder sent down the loss waterfall, and filed again.

use crate::{census::ShockSet, pallet::*, risk, types::*};
use alloc::vec::Vec;
use ballast_primitives::{AccountHealth, BadDebt, FundHealth, Balance, SignedBalance, MarginAccounts, MarketId, PriceFeed, Ratio, TraderActivity, ValuedAccount};
use risk::Levels;
use sp_arithmetic::{
	traits::{One, Saturating, Zero},
	FixedPointNumber,
};

/// What handling one popped entry did, for the hook's meter.
#[derive(Default)]
pub(crate) struct Handled {
	/// Positions reduced.
	pub(crate) reduced: u32,
	/// The markets the account held when popped: the ones its check read.
	pub(crate) markets: Vec<MarketId>,
	/// How its bankruptcy was covered, if it went bankrupt.
	pub(crate) coverage: Option<ballast_primitives::Coverage>,
	/// It proved healthy: valued and indexed again, nothing else.
	pub(crate) healthy: bool,
}

/// What liquidating one account did.
struct Liquidation {
	reduced: u32,
	coverage: Option<ballast_primitives::Coverage>,
	/// The account as the last reduction left it, while it holds positions: what it is filed by.
	left: Option<ValuedAccount>,
}

impl<T: Config> Pallet<T> {
	/// Checks a popped account, liquidates it if it must, and indexes it again. Returns how
	/// many positions it reduced, the markets it read, whether it proved healthy, and how a
	/// shortfall sent down the loss waterfall was covered. The account is valued once when
	/// popped; each reduction hands back its valuation after it.
	pub(crate) fn handle(who: &T::AccountId, params: &LiquidationParams, levels: &Levels) -> Handled {
		let Some(account) = T::Margin::valued(who) else { return Handled::default() };
		let markets = account.positions.iter().map(|position| position.market).collect();
		if !account.health.is_liquidatable() {
			Self::place(who, levels, account.health, &account.positions, false);
			return Handled { markets, healthy: true, ..Default::default() };
		}
		let Liquidation { reduced, coverage, left } = Self::liquidate(who, account, params);
		match left {
			Some(account) => Self::place(who, levels, account.health, &account.positions, false),
			// Nothing left to liquidate, no shortfall left owed.
			None => Self::unindex(who),
		}
		Handled { reduced, markets, coverage, healthy: false }
	}

	/// Closes the largest positions first, each only as far as the target health, the next
	/// block's likely move and the fund's room for the account's crash need; passes a bankrupt
	/// remainder to the loss waterfall (returning how it was covered).
	fn liquidate(who: &T::AccountId, account: ValuedAccount, params: &LiquidationParams) -> Liquidation {
		let mut by_size = account.positions.clone();
		by_size.sort_by(|a, b| b.notional.cmp(&a.notional));
		let shocks = ShockSet { floor: params.stress_floor, extreme_multiple: params.extreme_multiple };
		let moves: Vec<(MarketId, Moves)> = by_size
			.iter()
			.map(|position| {
				let sigma = T::PriceFeed::volatility(position.market).unwrap_or_default();
				let (_, crash) = shocks.moves(T::PriceFeed::stressed_move(position.market).unwrap_or_default());
				(position.market, Moves { gap: risk::gap_allowance(params.gap_cover, sigma), crash })
			})
			.collect();
		let moves_of = |market: MarketId| moves.iter().find(|(held, _)| *held == market).map_or(Moves::default(), |(_, moves)| *moves);
		// What a crash may leave the fund unpaid by this one account.
		let fund_allows = params.concentration_share.mul_floor(T::Fund::fund_balance()).max(params.concentration_floor);
		let mut now = account;
		let mut reduced = 0u32;
		for position in by_size {
			let health = now.health;
			let cushion = risk::cushion(now.positions.iter().map(|held| (held.notional, moves_of(held.market).gap)));
			let crash = risk::CrashLoss::of(now.positions.iter().map(|held| (held.size > 0, held.notional, moves_of(held.market).crash)));
			let beyond_fund = crash.worst().saturating_sub(fund_allows.try_into().unwrap_or(SignedBalance::MAX)).max(0).unsigned_abs();
			let must_hold = Holdings { cushion, beyond_fund };
			if Self::restored(&health, must_hold, params) {
				break;
			}
			// Never at a frozen price (a stale or diverging feed): closing there would hand the
			// vault or the trader a price the market no longer has. The position waits; the
			// account stays due and is examined again every block until its feed is live. A live
			// one closes at the price the account is valued at, the worse of mark and index for
			// its holder: at the smoothed mark alone, the vault would pay the trader the gap.
			let Some(price) = T::PriceFeed::closing_price(position.market, position.size > 0) else { continue };
			let to_target = risk::fraction_to_close(
				health.equity,
				health.maintenance_requirement,
				position.notional,
				position.maintenance_fraction,
				params.target_health,
				params.penalty,
			);
			let to_survive = risk::fraction_to_survive(
				health.equity,
				health.maintenance_requirement,
				cushion,
				position.notional,
				position.maintenance_fraction,
				moves_of(position.market).gap,
				params.penalty,
			);
			let to_absorb = risk::fraction_to_absorb(
				health.equity,
				crash.against(position.size > 0),
				fund_allows,
				position.notional,
				moves_of(position.market).crash,
				params.penalty,
			);
			let fraction = to_target.max(to_survive).max(to_absorb);
			let left = Ratio::one().saturating_sub(fraction).saturating_mul_int(position.notional);
			let amount = if fraction >= Ratio::one() || left < params.min_partial_notional {
				position.size.saturating_abs()
			} else {
				// Rounded up to a whole atom so the target is reached.
				let atoms = fraction.saturating_mul_int(position.size.unsigned_abs()).saturating_add(1);
				i128::try_from(atoms).unwrap_or(i128::MAX).min(position.size.saturating_abs())
			};
			let reduction = match T::Margin::reduce_position(who, position.market, amount, price, params.penalty) {
				Ok(reduction) => reduction,
				Err(_) => {
					// A held position at a live price always closes: the account stays filed and
					// is examined again next block.
					frame_support::defensive!("a liquidation's reduction was refused");
					continue;
				},
			};
			reduced.saturating_inc();
			now = ValuedAccount { health: reduction.health_after, positions: reduction.positions_after };
			Self::deposit_event(Event::Liquidated {
				who: who.clone(),
				market: position.market,
				closed: reduction.closed,
				price,
				penalty: reduction.penalty,
				health_after: ratio_of(&now.health),
			});
		}
		if reduced > 0 {
			T::Activity::liquidated(who);
		}
		if !now.positions.is_empty() {
			return Liquidation { reduced, coverage: None, left: Some(now) };
		}
		// The loss comes with the markets whose closes left it (these liquidations' or the
		// trader's own), each priced on its own closed size.
		let loss = T::Margin::take_shortfall(who);
		if loss.shortfall.is_zero() {
			return Liquidation { reduced, coverage: None, left: None };
		}
		T::Activity::caused_bad_debt(who, loss.shortfall);
		let coverage = T::BadDebt::cover(who, &loss);
		let (market, shortfall) = (loss.main_market(), loss.shortfall);
		Self::deposit_event(Event::ShortfallCovered { who: who.clone(), market, shortfall, coverage });
		Liquidation { reduced, coverage: Some(coverage), left: None }
	}
}

impl<T: Config> Pallet<T> {
	/// Whether a liquidation has done enough: the account is above maintenance, at the target
	/// health, able to lose its positions' likely moves and stay there, and able to lose a crash
	/// leaving the fund no more than its concentration share.
	fn restored(health: &AccountHealth, must_hold: Holdings, params: &LiquidationParams) -> bool {
		let at_least = |wanted: Balance| health.equity >= i128::try_from(wanted).unwrap_or(i128::MAX);
		!health.is_liquidatable()
			&& at_least(params.target_health.saturating_mul_int(health.maintenance_requirement))
			&& at_least(health.maintenance_requirement.saturating_add(must_hold.cushion))
			&& at_least(must_hold.beyond_fund)
	}
}

/// A held market's moves a liquidation sizes against: the next examination's likely move
/// (`gap`, z·σ) and the fund's extreme rung (`crash`).
#[derive(Clone, Copy, Default)]
struct Moves {
	gap: Ratio,
	crash: Ratio,
}

/// The equity a liquidated account must keep: its maintenance requirement plus `cushion`
/// (Σ gapᵢ·Nᵢ), and `beyond_fund` (its loss in the worse crash, every market down or every
/// market up, less what the fund may absorb of it).
#[derive(Clone, Copy)]
struct Holdings {
	cushion: Balance,
	beyond_fund: Balance,
}

fn ratio_of(health: &AccountHealth) -> Option<Ratio> {
	(health.maintenance_requirement > 0)
		.then(|| Ratio::checked_from_rational(health.equity.max(0).unsigned_abs(), health.maintenance_requirement))
		.flatten()
}
