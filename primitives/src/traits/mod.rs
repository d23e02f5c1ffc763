//! The traits through which Ballast's pallets talk.
//!
//! Each trait is owned by one pallet (named on the trait) and consumed by others through their
//! `Config`. Where a consumer can sensibly run without the provider (a pallet's unit tests, or a
//! runtime in which that pallet has not landed yet) the unit type `()` implements the trait with
//! the behaviour of an absent provider, documented on the impl.

mod breaker;
mod fund;
mod margin;
mod oracle;
mod reputation;

pub use breaker::*;
pub use fund::*;
pub use margin::*;
pub use oracle::*;
pub use reputation::*;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{Balance, MarketId, Price, Ratio};

	struct Fixed<const STATE: u8>;
	impl<const STATE: u8> MarketGuard for Fixed<STATE> {
		fn market_state(_: MarketId) -> MarketState {
			[MarketState::Open, MarketState::ReduceOnly, MarketState::Halted][STATE as usize]
		}
	}

	#[test]
	fn guard_lets_liquidations_through_every_state() {
		assert_eq!(Fixed::<0>::ensure_trade_allowed(1, TradeIntent::Liquidation), Ok(()));
		assert_eq!(Fixed::<1>::ensure_trade_allowed(1, TradeIntent::Liquidation), Ok(()));
		assert_eq!(Fixed::<2>::ensure_trade_allowed(1, TradeIntent::Liquidation), Ok(()));
	}

	#[test]
	fn reduce_only_refuses_only_new_risk_and_halted_refuses_traders() {
		assert_eq!(Fixed::<1>::ensure_trade_allowed(1, TradeIntent::ReduceRisk), Ok(()));
		assert_eq!(
			Fixed::<1>::ensure_trade_allowed(1, TradeIntent::IncreaseRisk),
			Err(TradeRefusal::ReduceOnly)
		);
		assert_eq!(Fixed::<2>::ensure_trade_allowed(1, TradeIntent::ReduceRisk), Err(TradeRefusal::Halted));
		assert_eq!(<()>::ensure_trade_allowed(1, TradeIntent::IncreaseRisk), Ok(()));
	}

	#[test]
	fn health_classifies_liquidatable_and_bankrupt_accounts() {
		let healthy = AccountHealth { equity: 100, initial_requirement: 50, maintenance_requirement: 25 };
		let at_risk = AccountHealth { equity: 20, ..healthy };
		let bankrupt = AccountHealth { equity: -7, ..healthy };
		assert!(!healthy.is_liquidatable());
		assert!(at_risk.is_liquidatable() && !at_risk.is_bankrupt());
		assert!(bankrupt.is_bankrupt() && bankrupt.shortfall() == 7);
		assert_eq!(healthy.shortfall(), 0);
	}

	#[test]
	fn bankruptcy_price_is_worse_than_the_close_by_the_shortfall_per_coin() {
		// 2 coins closed at 100 with 50 dollars unpaid: zero equity at 125 for a long, 75 short.
		let long = LossSource { market: 0, shortfall: 50 * crate::COLLATERAL_UNIT, closed: 2 * crate::BASE_UNIT as i128, price: Price::from_u32(100) };
		assert_eq!(long.bankruptcy_price(), Some(Price::from_u32(125)));
		let short = LossSource { closed: -long.closed, ..long };
		assert_eq!(short.bankruptcy_price(), Some(Price::from_u32(75)));
		assert_eq!(LossSource { closed: 0, ..long }.bankruptcy_price(), None);
	}

	#[test]
	fn a_shortfall_is_apportioned_to_its_sources_exactly() {
		let source = |market, shortfall| LossSource { market, shortfall, closed: 1, price: Price::from_u32(1) };
		let loss = Bankruptcy::apportioned(1_000, alloc::vec![source(1, 30), source(2, 60), source(3, 10)]);
		assert_eq!(loss.sources.iter().map(|s| s.shortfall).collect::<Vec<_>>(), alloc::vec![300, 600, 100]);
		assert_eq!(loss.main_market(), 2);
		let uneven = Bankruptcy::apportioned(10, alloc::vec![source(1, 1), source(2, 1), source(3, 1)]);
		assert_eq!(uneven.sources.iter().map(|s| s.shortfall).sum::<Balance>(), 10, "the parts sum to the whole");
		assert!(Bankruptcy::apportioned(10, Vec::new()).sources.is_empty());
		assert_eq!(Bankruptcy::apportioned(10, Vec::new()).main_market(), 0);
	}

	#[test]
	fn absent_insurance_fund_reports_everything_uncovered() {
		let loss = Bankruptcy::single(0, 500, 1, Price::from_u32(1));
		let coverage = <() as BadDebt<u64>>::cover(&1, &loss);
		assert_eq!(coverage.uncovered, 500);
		assert_eq!(coverage.covered(), 0);
	}

	struct OneFeed;
	impl PriceFeed<u32> for OneFeed {
		fn snapshot(market: MarketId) -> Option<PriceSnapshot<u32>> {
			let status = if market == 1 { PriceStatus::Live } else { PriceStatus::Stale };
			(market <= 2).then(|| PriceSnapshot {
				index: Price::from_u32(10),
				mark: Price::from_u32(11),
				volatility: Ratio::from_rational(1, 100),
				updated_at: 7,
				status,
			})
		}
	}

	#[test]
	fn price_feed_serves_prices_only_while_live() {
		assert_eq!(OneFeed::mark_price(1), Some(Price::from_u32(11)));
		assert_eq!(OneFeed::index_price(2), None);
		assert_eq!(OneFeed::volatility(2), Some(Ratio::from_rational(1, 100)));
		assert_eq!(OneFeed::status(3), PriceStatus::Stale);
	}
}
