//! What the insurance-fund pallet offers: its condition, and the loss waterfall that absorbs
//! bankrupt accounts' shortfalls.

use crate::{Balance, MarketId, Price, Quantity};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_arithmetic::{
	traits::{CheckedAdd, Saturating},
	FixedPointNumber,
};
use sp_runtime::Weight;

/// The insurance fund's condition, for the circuit breakers and the dynamic margins. Owned by
/// the insurance-fund pallet.
pub trait FundHealth {
	/// What the fund holds now.
	fn fund_balance() -> Balance;
	/// Its fall from the highest balance within its window, as a share of that peak.
	fn drawdown() -> sp_arithmetic::Perbill;
	/// Its balance over its target, the book's stressed shortfall ([`BookStress`]); `None`
	/// before the target is known, or with nothing to cover.
	fn cover_ratio() -> Option<crate::Ratio> {
		None
	}
	/// The crisis episode running now, if any: the fund sets `premium` of its income aside for
	/// the stakers who stand through it, and the vault does the same for its liquidity
	/// providers, so both are paid for holding still through the same crises.
	fn crisis() -> Option<CrisisEpisode> {
		None
	}
}

/// A crisis episode of the venue (a market's breaker tripped, or the fund in drawdown), as the
/// insurance fund counts them.
#[derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct CrisisEpisode {
	/// Counts from one; a new number is a new episode.
	pub id: u32,
	/// Of the income earned during it, the share set aside as its premium.
	pub premium: sp_arithmetic::Perbill,
}

/// The book's stressed loss, which sizes the insurance fund. Owned by the liquidation pallet,
/// which sweeps the book a few accounts a block; read by the insurance fund.
pub trait BookStress {
	/// The bad debt the book would leave if every market gapped against it at once by its
	/// stressed move, before any liquidation could act (the worse of all down and all up), as
	/// the last complete sweep of the book measured it; `None` before one completes.
	fn stressed_shortfall() -> Option<Balance>;
}

/// No sweep: the target is unknown.
impl BookStress for () {
	fn stressed_shortfall() -> Option<Balance> {
		None
	}
}

/// No fund: nothing held, never in drawdown.
impl FundHealth for () {
	fn fund_balance() -> Balance {
		0
	}
	fn drawdown() -> sp_arithmetic::Perbill {
		sp_arithmetic::Perbill::zero()
	}
}

/// How a shortfall was covered, step by step down the loss waterfall.
#[derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Coverage {
	/// Paid by the insurance fund.
	pub by_fund: Balance,
	/// Absorbed by the market vault's liquidity providers, up to their bound.
	pub by_vault: Balance,
	/// Recovered by auto-deleveraging profitable opposite positions.
	pub by_deleveraging: Balance,
	/// Left over; must be zero on a healthy venue.
	pub uncovered: Balance,
}

impl Coverage {
	/// Everything that was covered.
	pub fn covered(&self) -> Balance {
		self.by_fund.saturating_add(self.by_vault).saturating_add(self.by_deleveraging)
	}
}

/// One market's part of a bankrupt account's loss: the closes there that left loss unpaid.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct LossSource {
	pub market: MarketId,
	/// Loss these closes left unpaid, collateral atoms.
	pub shortfall: Balance,
	/// Signed size they closed: positive a long.
	pub closed: Quantity,
	/// The average price they closed at.
	pub price: Price,
}

impl LossSource {
	/// The price at which the closed size would have left zero equity: worse than the close
	/// price by the shortfall per coin (above it for a long, below for a short).
	/// Auto-deleveraging closes the other side of this market at this price. `None` for a close
	/// of nothing.
	pub fn bankruptcy_price(&self) -> Option<Price> {
		// Dollars per coin: shortfall atoms × (base atoms per coin / collateral atoms per dollar) / base atoms.
		let scaled = self.shortfall.checked_mul(crate::BASE_UNIT / crate::COLLATERAL_UNIT)?;
		let per_coin = Price::checked_from_rational(scaled, self.closed.unsigned_abs())?;
		if self.closed > 0 { self.price.checked_add(&per_coin) } else { Some(self.price.saturating_sub(per_coin)) }
	}
}

/// A bankrupt account's loss, as the margin engine hands it over: the whole shortfall and the
/// markets whose closes left it, each with its own part, so every market's counterparties answer
/// for the loss made against them (at that market's own bankruptcy price).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Bankruptcy {
	/// Loss the account could not pay, collateral atoms.
	pub shortfall: Balance,
	/// Where it came from; the parts sum to `shortfall`. Empty when no close left it (funding
	/// or fees alone): then no market is deleveraged for it and later income pays it.
	pub sources: Vec<LossSource>,
}

impl Bankruptcy {
	/// A loss of `shortfall` left by one close.
	pub fn single(market: MarketId, shortfall: Balance, closed: Quantity, price: Price) -> Self {
		Self { shortfall, sources: alloc::vec![LossSource { market, shortfall, closed, price }] }
	}

	/// The market that left the largest part (0 without sources): for events.
	pub fn main_market(&self) -> MarketId {
		self.sources.iter().max_by_key(|source| source.shortfall).map_or(0, |source| source.market)
	}

	/// `sources` whose recorded parts (`weights`) are scaled to sum to exactly `shortfall`: the
	/// recorded parts may differ from what is finally taken (later profit or collateral paid
	/// some of it; funding added some). The largest part takes the rounding.
	pub fn apportioned(shortfall: Balance, mut sources: Vec<LossSource>) -> Self {
		let recorded = sources.iter().fold(0 as Balance, |sum, source| sum.saturating_add(source.shortfall));
		if recorded == 0 || shortfall == 0 {
			return Self { shortfall, sources: Vec::new() };
		}
		let mut assigned = 0 as Balance;
		for source in sources.iter_mut() {
			source.shortfall = sp_arithmetic::helpers_128bit::multiply_by_rational_with_rounding(
				source.shortfall,
				shortfall,
				recorded,
				sp_arithmetic::Rounding::Down,
			)
			.unwrap_or(0);
			assigned = assigned.saturating_add(source.shortfall);
		}
		if let Some(largest) = sources.iter_mut().max_by_key(|source| source.shortfall) {
			largest.shortfall = largest.shortfall.saturating_add(shortfall.saturating_sub(assigned));
		}
		sources.retain(|source| source.shortfall > 0);
		Self { shortfall, sources }
	}
}

/// Absorbs bankrupt accounts' shortfalls. Owned by the insurance-fund pallet.
pub trait BadDebt<AccountId> {
	/// Cover the shortfall `bankrupt` left through the loss waterfall.
	fn cover(bankrupt: &AccountId, loss: &Bankruptcy) -> Coverage;

	/// The most [`Self::cover`] may cost: the liquidation engine keeps room for it before each
	/// account.
	fn cover_weight() -> Weight {
		Weight::zero()
	}

	/// What a cover that ended in `coverage` cost, at most [`Self::cover_weight`]: what the
	/// engine charges, so a crash of many small bankruptcies is not metered as many worst cases.
	/// `after_another`: an earlier cover ran in this block, so the records every cover shares
	/// (the fund's ledger, its account, the vault) are in the block's overlay and cost nothing
	/// more to read or write.
	fn cover_weight_of(_coverage: &Coverage, _after_another: bool) -> Weight {
		Self::cover_weight()
	}
}

/// No insurance fund: nothing is covered, everything is reported as uncovered.
impl<AccountId> BadDebt<AccountId> for () {
	fn cover(_: &AccountId, loss: &Bankruptcy) -> Coverage {
		Coverage { uncovered: loss.shortfall, ..Default::default() }
	}
}
