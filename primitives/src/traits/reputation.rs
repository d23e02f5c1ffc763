//! What the reputation pallet offers (each account's leverage cap) and hears (what traders do).

use crate::{Balance, MarketId, Ratio};

/// The leverage an account may take. Owned by the reputation pallet.
pub trait LeverageLimit<AccountId> {
	/// The account's own cap in `market`, or `None` when only the market's maximum applies.
	fn max_leverage(who: &AccountId, market: MarketId) -> Option<Ratio>;

	/// The lowest of the account's caps over `markets` (`None` when none applies). An owner that
	/// reads a record per account answers for every market from one read.
	fn lowest_max_leverage(who: &AccountId, markets: &[MarketId]) -> Option<Ratio> {
		markets.iter().filter_map(|market| Self::max_leverage(who, *market)).min()
	}
}

/// No reputation tiers: every account may use the market's maximum leverage.
impl<AccountId> LeverageLimit<AccountId> for () {
	fn max_leverage(_: &AccountId, _: MarketId) -> Option<Ratio> {
		None
	}
}

/// What traders do that bears on their reputation. Owned by the reputation pallet; called by
/// the margin pallet (trades) and the liquidation engine (liquidations, bad debt).
pub trait TraderActivity<AccountId> {
	/// `who` traded: `opened` collateral atoms' worth added to a position, `closed` taken off
	/// one (a flip does both).
	fn traded(_who: &AccountId, _opened: Balance, _closed: Balance) {}
	/// `who` was liquidated (partially or whole).
	fn liquidated(_who: &AccountId) {}
	/// `who` went bankrupt, leaving `shortfall` for the insurance fund.
	fn caused_bad_debt(_who: &AccountId, _shortfall: Balance) {}
}

impl<AccountId> TraderActivity<AccountId> for () {}

/// Two listeners told the same things in turn.
impl<AccountId, A: TraderActivity<AccountId>, B: TraderActivity<AccountId>> TraderActivity<AccountId> for (A, B) {
	fn traded(who: &AccountId, opened: Balance, closed: Balance) {
		A::traded(who, opened, closed);
		B::traded(who, opened, closed);
	}
	fn liquidated(who: &AccountId) {
		A::liquidated(who);
		B::liquidated(who);
	}
	fn caused_bad_debt(who: &AccountId, shortfall: Balance) {
		A::caused_bad_debt(who, shortfall);
		B::caused_bad_debt(who, shortfall);
	}
}
