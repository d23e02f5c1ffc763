//! The loss waterfall ([`BadDebt`]): the fund, then the vault up to its bound, then
//! deleveraging, and what is carried to later blocks.

use crate::{pallet::*, types::*, weights::WeightInfo, UNPRICED};
use ballast_primitives::{Balance, BadDebt, Bankruptcy, Coverage, MarketId, Price, SignedBalance, VaultLedger};
use frame_support::traits::Get;
use sp_arithmetic::traits::{Saturating, Zero};

pub(crate) fn to_signed(amount: Balance) -> SignedBalance {
	SignedBalance::try_from(amount).unwrap_or(SignedBalance::MAX)
}

impl<T: Config> Pallet<T> {
	/// Fund, then the vault up to its bound, then deleveraging; what deleveraging cannot close
	/// at once is carried to later blocks.
	pub(crate) fn run_waterfall(who: &T::AccountId, loss: &Bankruptcy) -> Coverage {
		<T::LossObserver as ballast_primitives::LossObserver>::bad_debt_arrived(loss.shortfall);
		let mut coverage = Coverage::default();
		let mut left = loss.shortfall;
		let market = loss.main_market();

		coverage.by_fund = Self::pay_vault(left);
		left.saturating_reduce(coverage.by_fund);
		if !coverage.by_fund.is_zero() {
			Self::deposit_event(Event::FundCovered { who: who.clone(), market, amount: coverage.by_fund });
		}
		if left.is_zero() {
			return coverage;
		}

		// The vault's equity already carries the loss: its bound is of the equity before it.
		let equity_before = T::Vault::vault_state().equity.saturating_add(to_signed(left)).max(0).unsigned_abs();
		coverage.by_vault = left.min(Params::<T>::get().vault_loss_share.mul_floor(equity_before));
		left.saturating_reduce(coverage.by_vault);
		if !coverage.by_vault.is_zero() {
			Self::deposit_event(Event::VaultAbsorbed { who: who.clone(), market, amount: coverage.by_vault });
		}
		if left.is_zero() {
			return coverage;
		}

		// Each market answers for its own part, at the price its own closes would have left zero
		// equity: its counterparties made the profit. One budget of positions for all parts.
		let parts = Bankruptcy::apportioned(left, loss.sources.clone());
		if parts.sources.is_empty() {
			Self::carry_unpriced(left);
		}
		let mut budget = T::MaxDeleveraged::get();
		for part in parts.sources {
			let Some(price) = part.bankruptcy_price() else {
				Self::carry_unpriced(part.shortfall);
				continue;
			};
			let side = Side::of(part.closed).opposite();
			let (recovered, reduced) = Self::deleverage(part.market, side, Pricing::Bankruptcy(price), part.shortfall, budget);
			budget.saturating_reduce(reduced);
			coverage.by_deleveraging.saturating_accrue(recovered);
			let rest = part.shortfall.saturating_sub(recovered);
			if !rest.is_zero() {
				Self::carry(part.market, side, price, rest);
			}
		}
		coverage.uncovered = left.saturating_sub(coverage.by_deleveraging);
		coverage
	}

	/// A loss no close prices (funding or fees alone): nobody is deleveraged for it, later
	/// income pays it. Kept under [`UNPRICED`], a key no listed market has, as a short side at a
	/// zero price, which gives up nothing at any mark.
	pub(crate) fn carry_unpriced(amount: Balance) {
		Self::carry(UNPRICED, Side::Short, Price::zero(), amount);
	}

	/// Pays up to `amount` of the fund's balance into the vault; returns what it paid.
	pub(crate) fn pay_vault(amount: Balance) -> Balance {
		let paid = amount.min(Self::balance());
		if paid.is_zero() {
			return 0;
		}
		// The fund's account holds at least its ledger (`Held`): the transfer cannot fail.
		if T::Vault::refill_vault(&Self::account_id(), paid).is_err() {
			frame_support::defensive!("the fund could not pay the vault what it holds");
			return 0;
		}
		Held::<T>::mutate(|held| held.saturating_reduce(paid));
		paid
	}

	/// Adds to the deficit of `market`'s `side`. Of two bankruptcy prices the one gentler to the
	/// side reduced is kept: it then gives up less per coin, and more coins close the deficit.
	pub(crate) fn carry(market: MarketId, side: Side, price: ballast_primitives::Price, amount: Balance) {
		let deficit = Deficits::<T>::mutate((market, side), |deficit| {
			let merged = match (*deficit, side) {
				(None, _) => Deficit { price, remaining: amount },
				(Some(old), Side::Long) => Deficit { price: old.price.max(price), remaining: old.remaining.saturating_add(amount) },
				(Some(old), Side::Short) => Deficit { price: old.price.min(price), remaining: old.remaining.saturating_add(amount) },
			};
			*deficit = Some(merged);
			merged
		});
		Self::deposit_event(Event::DeficitCarried { market, side, remaining: deficit.remaining });
	}
}

impl<T: Config> BadDebt<T::AccountId> for Pallet<T> {
	fn cover(bankrupt: &T::AccountId, loss: &ballast_primitives::Bankruptcy) -> ballast_primitives::Coverage {
		Self::run_waterfall(bankrupt, loss)
	}

	fn cover_weight() -> frame_support::weights::Weight {
		T::WeightInfo::cover(T::MaxDeleveraged::get())
	}

	/// Deleveraging is the only part of the waterfall that grows with the book. A loss the fund
	/// and the vault covered never reached it and is charged what that path costs (benchmarked
	/// with the fund paying part and the vault the rest), or, after another cover in the block,
	/// only what the second of two such covers adds (benchmarked: every record they share is
	/// warm); a loss that reached it is charged the worst case.
	fn cover_weight_of(coverage: &ballast_primitives::Coverage, after_another: bool) -> frame_support::weights::Weight {
		let reached_deleveraging = coverage.by_deleveraging > 0 || coverage.uncovered > 0;
		let alone = T::WeightInfo::cover_without_deleveraging();
		match (reached_deleveraging, after_another) {
			(true, _) => T::WeightInfo::cover(T::MaxDeleveraged::get()),
			(false, false) => alone,
			(false, true) => T::WeightInfo::cover_next().saturating_sub(alone),
		}
	}
}
