//! The liquidation engine against the in-memory margin model. Every test ends with the
//! engine's `try_state` through [`run_test`].

use crate::{mock::*, *};
use ballast_primitives::{Balance, CrisisLevel, LossSource, MarginAccounts, MarginObserver, PriceFeed, COLLATERAL_UNIT};
use frame_support::traits::{Get, Hooks};
use sp_arithmetic::{
	traits::{Bounded, One, Saturating, Zero},
	FixedPointNumber, Perbill,
};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Liquidation(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn summary() -> (u32, u32, bool) {
	events()
		.into_iter()
		.find_map(|event| match event {
			Event::BlockProcessed { popped, liquidated, deferred, .. } => Some((popped, liquidated, deferred)),
			_ => None,
		})
		.expect("every block ends with a summary")
}

/// The weight the hook metered in the last block.
fn hook_weight() -> Weight {
	events()
		.into_iter()
		.find_map(|event| match event {
			Event::BlockProcessed { weight, .. } => Some(weight),
			_ => None,
		})
		.expect("every block ends with a summary")
}

fn health_ratio(who: u64) -> f64 {
	let health = Model::health(&who).unwrap();
	health.equity as f64 / health.maintenance_requirement as f64
}

#[test]
fn an_account_just_below_maintenance_is_brought_back_to_the_target_and_no_further() {
	run_test(|| {
		// 1 BTC long at 100 000 with 7 000: maintenance 5 000, liquidatable below ~97 900.
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		set_mark(BTC, price(97_800));
		next_block();

		let (popped, liquidated, deferred) = summary();
		assert_eq!((popped, liquidated, deferred), (1, 1, false));
		let size_left = Model::account(1).unwrap().positions[0].1;
		assert!(size_left > coins(1) / 2 && size_left < coins(1), "partial: {size_left}");
		let ratio = health_ratio(1);
		assert!((1.25..1.26).contains(&ratio), "restored to the target, not beyond: {ratio}");
		assert!(covered().is_empty());
	});
}

/// The smoothed mark trails the index in a crash. Valued at the mark alone, an account already
/// under water at the index stayed open until the mark caught up, and its close at the mark paid
/// the trader the gap out of the vault (the crisis lab's largest loss on every event).
#[test]
fn an_account_under_water_at_the_index_is_liquidated_there_before_the_mark_catches_up() {
	run_test(|| {
		// 1 BTC long at 100 000 with 7 000: liquidatable below ~97 900.
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		set_index(BTC, price(97_000));
		next_block();
		assert_eq!(summary(), (1, 1, false), "the index's fall alone pops and liquidates it");
		let closes: Vec<Price> = events()
			.into_iter()
			.filter_map(|event| match event {
				Event::Liquidated { price, .. } => Some(price),
				_ => None,
			})
			.collect();
		assert_eq!(closes, vec![price(97_000)], "closed at the index, not the mark of 100 000");
		assert!((1.25..1.26).contains(&health_ratio(1)));
	});
}

#[test]
fn a_short_closes_at_the_higher_of_mark_and_index() {
	run_test(|| {
		open(1, dollars(7_000), &[(BTC, -coins(1))]);
		// The index has risen ahead of the mark: the short is under water there.
		set_index(BTC, price(103_000));
		next_block();
		assert!(matches!(events()[0], Event::Liquidated { price: closed_at, .. } if closed_at == price(103_000)));
		// A mark above the index is the worse price for a short: it closes there.
		open(2, dollars(7_000), &[(BTC, -coins(1))]);
		set_mark(BTC, price(103_500));
		next_block();
		assert!(events().iter().any(|event| matches!(event, Event::Liquidated { who: 2, price: closed_at, .. } if *closed_at == price(103_500))));
	});
}

#[test]
fn the_watermark_steps_by_an_index_move_the_mark_has_not_made() {
	run_test(|| {
		open(1, dollars(50_000), &[(BTC, coins(1))]);
		let before = Liquidation::levels();
		set_index(BTC, price(95_000));
		next_block();
		let after = Liquidation::levels();
		// 100 000 / 95 000 − 1 ≈ 5.26 %.
		let step = Ratio::saturating_from_rational(5_263u128, 100_000u128).into_inner();
		assert!(after.falls - before.falls >= step, "the fall of the index counts");
		assert!(after.both - before.both >= step);
		assert!(after.rises - before.rises < step, "a fall is no rise");
		let followed = LastPrices::<Test>::get();
		assert_eq!((followed[0].mark, followed[0].index), (price(100_000), price(95_000)));
	});
}

/// A pass that restores 1.25× maintenance leaves an account one ordinary block's move from the
/// line in a volatile market; the crisis lab saw the next hour's gap take such accounts under
/// water. With σ a block and the gap cover `z`, a pass leaves `N′ ≤ E′ / (m + z·σ)`.
#[test]
fn a_partial_liquidation_leaves_what_survives_the_next_blocks_likely_move() {
	run_test(|| {
		// 2 % a block, three of them covered: a 6 % move must leave what remains at maintenance.
		set_volatility(BTC, Ratio::saturating_from_rational(2, 100));
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		set_mark(BTC, price(97_800));
		next_block();
		let size_left = Model::account(1).unwrap().positions[0].1;
		assert!(size_left > 0 && size_left < coins(1) / 2, "closed more than the 1.25× target would: {size_left}");
		let health = Model::health(&1).unwrap();
		let notional_left = <Model as MarginAccounts<u64>>::positions(&1)[0].notional;
		let cushion = Ratio::saturating_from_rational(6, 100).saturating_mul_int(notional_left);
		assert!(health.equity >= (health.maintenance_requirement + cushion) as i128, "E′ ≥ M′ + zσ·N′");
		// So a 6 % fall leaves it at maintenance or above.
		set_mark(BTC, price(97_800) * Ratio::saturating_from_rational(94, 100));
		assert!(!Model::health(&1).unwrap().is_liquidatable(), "the next block's likely move took it under");

		// Without volatility the pass stops at the target health, as before.
		set_volatility(BTC, Ratio::zero());
		set_mark(BTC, price(100_000));
		next_block();
		open(2, dollars(7_000), &[(BTC, coins(1))]);
		set_mark(BTC, price(97_800));
		next_block();
		assert!((1.25..1.26).contains(&health_ratio(2)));
	});
}

/// The crisis lab's Black Thursday on the Hyperliquid book: a whale (4.5x the fund in notional)
/// partially liquidated to 1.3x maintenance, as the next block's likely move asked, kept 173 BTC
/// and left 133 335 of bad debt when BTC gapped 24.6 % twelve blocks later; the venue without
/// management had closed it whole. A pass also cuts an account to what the fund could absorb of
/// the extreme rung's crash: `E′ ≥ Σ crashᵢ·N′ᵢ − share·F`.
#[test]
fn a_partial_liquidation_leaves_a_whale_no_more_than_the_fund_can_absorb_of_a_crash() {
	run_test(|| {
		// 10 BTC long at 100 000 with 70 000: under maintenance (5 %) at 97 800. No recorded move:
		// the 10 % floor, so the extreme rung moves BTC 30 %.
		let whale_liquidated = |who: u64, fund: Balance| {
			TestFund::set(fund);
			set_mark(BTC, price(100_000));
			next_block();
			open(who, dollars(70_000), &[(BTC, coins(10))]);
			set_mark(BTC, price(97_800));
			next_block();
			let left = <Model as MarginAccounts<u64>>::positions(&who)[0].notional;
			(left, Model::health(&who).unwrap().equity)
		};
		let crash = |notional: Balance| Ratio::saturating_from_rational(30, 100).saturating_mul_int(notional) as i128;

		// Against a fund of ten million the whale is small: the pass stops at the target health.
		let (left_full, _) = whale_liquidated(1, FULL_FUND);
		assert!(left_full > dollars(700_000) as u128, "the 1.25x target alone: {left_full}");

		// Against a fund of 200 000 it may leave the fund at most 10 % of it, 20 000, in a crash.
		let (left, equity) = whale_liquidated(2, 200_000 * COLLATERAL_UNIT);
		assert!(left < left_full / 2, "cut far below the target's size: {left} against {left_full}");
		assert!(left > 0, "still partial");
		let unpaid = crash(left) - equity;
		assert!(unpaid <= dollars(20_000), "a crash leaves the fund {unpaid}");
		assert!(unpaid > dollars(19_000), "and no more closed than that asks: {unpaid}");

		// An empty fund absorbs nothing: what is left survives the crash solvent.
		let (left_empty, equity) = whale_liquidated(3, 0);
		assert!(left_empty < left && equity >= crash(left_empty), "{left_empty}: a crash leaves {equity} of equity");

		// The floor: on an empty fund an account may still leave 20 000 unpaid, as above.
		Params::<Test>::mutate(|params| params.concentration_floor = dollars(20_000) as Balance);
		let (left_floor, equity) = whale_liquidated(4, 0);
		let unpaid = crash(left_floor) - equity;
		assert!(left_floor > left_empty && unpaid <= dollars(20_000) && unpaid > dollars(19_000), "{left_floor}: {unpaid} unpaid");
	});
}

/// The fund's room is per account, so it bites only where an account is large against the
/// fund: an ordinary account liquidated beside a fund many times its size is left at the target.
#[test]
fn an_account_small_against_the_fund_is_left_at_the_target_health() {
	run_test(|| {
		TestFund::set(1_000_000 * COLLATERAL_UNIT);
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		set_mark(BTC, price(97_800));
		next_block();
		assert!((1.25..1.26).contains(&health_ratio(1)), "{}", health_ratio(1));
	});
}

/// A market whose oracle recorded a larger move than the floor is sized against that: three
/// times a recorded 20 % is a 60 % crash.
#[test]
fn the_crash_a_whale_must_survive_is_three_times_its_markets_recorded_move() {
	run_test(|| {
		TestFund::set(0);
		set_stressed_move(BTC, Ratio::saturating_from_rational(20, 100));
		open(1, dollars(70_000), &[(BTC, coins(10))]);
		set_mark(BTC, price(97_800));
		next_block();
		let left = <Model as MarginAccounts<u64>>::positions(&1)[0].notional;
		let equity = Model::health(&1).unwrap().equity;
		let crash = Ratio::saturating_from_rational(60, 100).saturating_mul_int(left) as i128;
		assert!(left > 0 && equity >= crash, "{left} left with {equity}: a 60 % crash must leave it solvent");
		assert!(equity < crash + dollars(1_000), "and closed no further than that: {equity} against {crash}");
	});
}

#[test]
fn a_gap_cover_above_ten_deviations_is_refused() {
	run_test(|| {
		let beyond = LiquidationParams { gap_cover: Ratio::saturating_from_rational(10_001u128, 1_000u128), ..params() };
		assert_noop!(Liquidation::set_params(RuntimeOrigin::root(), beyond), Error::<Test>::InvalidParams);
		let most = LiquidationParams { gap_cover: Ratio::saturating_from_integer(MAX_GAP_COVER), ..params() };
		assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), most));
		assert_eq!(Params::<Test>::get().gap_cover, Ratio::saturating_from_integer(10));
	});
}

#[test]
fn each_accounts_chance_of_liquidation_rises_with_its_leverage_and_the_book_sums_them() {
	run_test(|| {
		set_volatility(BTC, Ratio::saturating_from_rational(1, 1_000));
		// 1 BTC long at 100 000 with 7 000 (headroom 2 000) and with 20 000 (headroom 15 000);
		// over 600 blocks at 0.1 % a block the PnL deviates by about 2 450.
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		open(2, dollars(20_000), &[(BTC, coins(1))]);
		let (near, far) = (Liquidation::account_risk(&1).unwrap(), Liquidation::account_risk(&2).unwrap());
		assert_eq!(near.horizon, 600);
		assert!((near.pnl_deviation as f64 / dollars(1) as f64 - 2_449.5).abs() < 1.0, "{near:?}");
		// 2·Φ(−2 000 / 2 449.5) ≈ 0.414; 2·Φ(−15 000 / 2 449.5) ≈ 10⁻⁹.
		assert!((near.probability.deconstruct() as f64 / 1e9 - 0.414).abs() < 0.002, "{near:?}");
		assert!(far.probability < Perbill::from_parts(1_000), "{far:?}");
		assert!(near.expected_shortfall > far.expected_shortfall);
		let book = Liquidation::book_risk(10);
		assert_eq!((book.accounts, book.truncated, book.horizon), (2, false, 600));
		let sum = Ratio::from_perbill(near.probability).saturating_add(Ratio::from_perbill(far.probability));
		assert_eq!(book.expected_liquidations, sum);
		assert_eq!(book.expected_shortfall, near.expected_shortfall + far.expected_shortfall);
		assert!(Liquidation::book_risk(1).truncated, "the most urgent one only");
		let listed: Vec<Perbill> = Liquidation::at_risk(10).into_iter().map(|entry| entry.probability).collect();
		assert_eq!(listed, vec![near.probability, far.probability], "most urgent first, each with its chance");
		// Below maintenance: certain (the price put back before the engine's invariants run).
		set_mark(BTC, price(97_000));
		assert_eq!(Liquidation::account_risk(&1).unwrap().probability, Perbill::one());
		set_mark(BTC, price(100_000));
		assert_eq!(Liquidation::account_risk(&9), None);
	});
}

#[test]
fn a_risk_horizon_of_zero_or_beyond_a_day_is_refused() {
	run_test(|| {
		for horizon in [0, MAX_RISK_HORIZON + 1] {
			assert_noop!(Liquidation::set_params(RuntimeOrigin::root(), LiquidationParams { risk_horizon: horizon, ..params() }), Error::<Test>::InvalidParams);
		}
		assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), LiquidationParams { risk_horizon: MAX_RISK_HORIZON, ..params() }));
	});
}

#[test]
fn a_position_that_would_be_left_below_the_partial_minimum_is_closed_whole() {
	run_test(|| {
		// The same account as above, which a partial liquidation would leave with ~0.74 BTC
		// (~73 000 of notional): under a minimum of 80 000 it is closed whole instead.
		Params::<Test>::mutate(|p| p.min_partial_notional = dollars(80_000) as u128);
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		set_mark(BTC, price(97_800));
		next_block();
		assert!(Model::account(1).unwrap().positions.is_empty(), "closed whole");
		assert!(matches!(events()[0], Event::Liquidated { closed, health_after: None, .. } if closed == coins(1)));

		// Above the minimum, the liquidation stays partial.
		Params::<Test>::mutate(|p| p.min_partial_notional = dollars(60_000) as u128);
		open(2, dollars(7_000), &[(BTC, coins(1))]);
		set_mark(BTC, price(95_400));
		next_block();
		let size_left = Model::account(2).unwrap().positions[0].1;
		assert!(size_left > coins(1) / 2 && size_left < coins(1), "partial: {size_left}");
	});
}

#[test]
fn many_small_accounts_just_more_urgent_cannot_delay_a_large_one() {
	run_test(|| {
		// A spammer's 30 small longs, each a little closer to the line than the large one.
		for who in 100..130 {
			open(who, dollars(2), &[(BTC, coins(1) / 1_000)]); // 100 notional, 5 of maintenance
		}
		open(1, dollars(7_000), &[(BTC, coins(1))]); // 5 000 of maintenance
		assert!(Triggers::<Test>::get(100).unwrap() > Triggers::<Test>::get(1).unwrap(), "the keys put the large queue first");
		set_mark(BTC, price(97_000));
		// A budget for only the entry every block takes.
		Params::<Test>::mutate(|p| p.block_share = BlockShares::flat(Perbill::from_parts(1)));
		next_block();
		assert_eq!(summary(), (1, 1, true));
		assert!(Model::account(1).unwrap().positions[0].1 < coins(1), "the large account goes first");
		// The small ones follow in later blocks: none is dropped.
		for _ in 0..40 {
			next_block();
		}
		assert!((100..130).all(|who| Model::account(who).unwrap().positions.is_empty() || !Model::health(&who).unwrap().is_liquidatable()));
	});
}

#[test]
fn a_bankrupt_trader_that_closed_its_own_position_still_goes_down_the_waterfall() {
	run_test(|| {
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		// The trader closed at a loss of 10 000 itself: no positions, 3 000 of shortfall, which
		// the margin engine records as left by that BTC close. It tells the engine, as after any
		// trade.
		edit_account(1, |a| {
			a.collateral = dollars(-3_000);
			a.positions.clear();
			a.losses = vec![LossSource { market: BTC, shortfall: dollars(3_000) as u128, closed: coins(1), price: price(90_000) }];
		});
		assert!(Triggers::<Test>::get(1).is_some(), "a shortfall is indexed like a position");
		next_block();
		assert_eq!(covered(), vec![(1, BTC, dollars(3_000) as u128)], "the fund covers it, not the vault's LPs silently");
		assert_eq!(losses()[0].sources[0].bankruptcy_price(), Some(price(93_000)), "priced on the market and size that left it");
		assert_eq!(activity(), vec![(1, Some(dollars(3_000) as u128))], "reputation hears of the bad debt");
		assert_eq!(Triggers::<Test>::get(1), None, "nothing left to index");
	});
}

#[test]
fn a_deeply_underwater_account_is_closed_and_its_shortfall_covered() {
	run_test(|| {
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		set_mark(BTC, price(90_000));
		next_block();
		assert!(Model::account(1).unwrap().positions.is_empty(), "closed fully");
		let (_, market, shortfall) = covered()[0];
		assert_eq!(market, BTC);
		// Lost 10 000 with 7 000 and paid 900 of penalty.
		assert_eq!(shortfall as i128, dollars(3_900));
		assert!(events().iter().any(|e| matches!(e, Event::ShortfallCovered { who: 1, .. })));
		assert_eq!(Triggers::<Test>::get(1), None, "nothing left to index");
		// The fund paid it alone: the hook charged that cover, not the worst case it kept room for.
		let weight = hook_weight();
		assert!(weight.ref_time() >= FUND_ONLY_COVER.ref_time() && weight.ref_time() < WORST_COVER.ref_time(), "{weight:?}");
		// Reputation hears of the liquidation and of the bad debt.
		assert_eq!(activity(), vec![(1, None), (1, Some(shortfall))]);
	});
}

/// Two bankruptcies in one block: the first cover pays for the records every cover shares, the
/// second only its own part (they are in the block's overlay by then).
#[test]
fn a_second_cover_in_a_block_is_charged_warm() {
	run_test(|| {
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		next_block();
		set_mark(BTC, price(90_000));
		next_block();
		let one = hook_weight();
		assert_eq!(covered().len(), 1);
		set_mark(BTC, price(100_000));
		next_block();
		open(2, dollars(7_000), &[(BTC, coins(1))]);
		open(3, dollars(7_000), &[(BTC, coins(1))]);
		let before = covered().len();
		set_mark(BTC, price(90_000));
		next_block();
		assert_eq!(covered().len() - before, 2, "both bankrupt in one block");
		let two = hook_weight();
		let own = <() as WeightInfo>::liquidate_next(1) - <() as WeightInfo>::liquidate(1);
		assert_eq!(two - one, own + WARM_COVER, "the second pays its own records and the warm cover: {one:?} {two:?}");
	});
}

#[test]
fn each_market_answers_for_the_loss_its_own_close_left() {
	run_test(|| {
		// 10 BTC and a little ETH; BTC gaps 10 %: the loss is BTC's, not ETH's.
		open(1, dollars(60_000), &[(BTC, coins(10)), (ETH, coins(1) / 100)]);
		set_mark(BTC, price(90_000));
		next_block();
		let loss = losses().pop().expect("a bankruptcy");
		assert_eq!(loss.main_market(), BTC);
		let btc = loss.sources.iter().find(|s| s.market == BTC).expect("BTC left a loss");
		assert!(btc.shortfall * 100 >= loss.shortfall * 99, "BTC's part {} of {}", btc.shortfall, loss.shortfall);
		assert_eq!(btc.closed, coins(10), "priced on BTC's own closed size");
		// BTC shorts are deleveraged near the close, not ETH shorts at a price off by orders.
		let bankruptcy = btc.bankruptcy_price().unwrap();
		assert!(bankruptcy > price(90_000) && bankruptcy < price(96_000), "{bankruptcy:?}");
		assert_eq!(loss.sources.iter().map(|s| s.shortfall).sum::<u128>(), loss.shortfall);
	});
}

#[test]
fn a_forced_close_waits_for_a_live_price_and_the_account_stays_due() {
	use ballast_primitives::PriceStatus;
	run_test(|| {
		open(1, dollars(7_000), &[(BTC, coins(1))]);
		set_mark(BTC, price(90_000));
		for status in [PriceStatus::Stale, PriceStatus::Diverging] {
			set_feed_status(BTC, status);
			next_block();
			assert_eq!(Model::account(1).unwrap().positions[0].1, coins(1), "not closed at a frozen mark");
			let key = Triggers::<Test>::get(1).unwrap();
			assert!(risk::level_of(key) <= Liquidation::levels().for_key(key) + 1, "due again next block");
		}
		set_feed_status(BTC, PriceStatus::Live);
		next_block();
		assert!(Model::account(1).unwrap().positions.is_empty(), "closed once the feed is live");
	});
}

/// A margin tightening is not held back by the accounts near their edge: it advances every
/// level by its rise, so the accounts it reaches fall due and are examined in the next block.
#[test]
fn a_tightening_brings_due_exactly_the_accounts_it_reaches() {
	use ballast_primitives::MarginObserver;
	run_test(|| {
		open(1, dollars(20_000), &[(BTC, coins(1))]);
		open(2, dollars(50_000), &[(BTC, coins(1))]);
		let key = Triggers::<Test>::get(1).unwrap();
		let to_first = risk::level_of(key) - Liquidation::levels().for_key(key);
		// One block's own step (a unit) plus a tightening one unit short of the first account.
		<Liquidation as MarginObserver<u64>>::margins_tightened(Ratio::from_inner(to_first - 2));
		next_block();
		assert_eq!(summary().0, 0, "nobody reached");
		<Liquidation as MarginObserver<u64>>::margins_tightened(Ratio::from_inner(2));
		next_block();
		assert_eq!(summary().0, 1, "the most urgent account is examined, the other not");
	});
}

#[test]
fn the_largest_position_goes_first() {
	run_test(|| {
		open(1, dollars(9_000), &[(ETH, coins(5)), (BTC, coins(1))]);
		set_mark(BTC, price(92_000));
		next_block();
		let first = events().into_iter().find_map(|e| match e {
			Event::Liquidated { market, .. } => Some(market),
			_ => None,
		});
		assert_eq!(first, Some(BTC), "100 000 of BTC before 20 000 of ETH");
	});
}

#[test]
fn healthy_accounts_cost_nothing_until_the_watermark_reaches_them() {
	run_test(|| {
		for who in 1..=50 {
			open(who, dollars(50_000), &[(BTC, coins(1))]); // 2× leverage: far from the line
		}
		open(99, dollars(6_000), &[(BTC, coins(1))]);
		for mark in [99_000, 98_500, 99_500, 98_800] {
			set_mark(BTC, price(mark));
			next_block();
			let (popped, _, _) = summary();
			assert!(popped <= 1, "only the thin account may be examined: {popped}");
		}
	});
}

#[test]
fn a_change_that_only_makes_an_account_safer_leaves_its_entry_where_it_is() {
	run_test(|| {
		open(1, dollars(10_000), &[(BTC, coins(1))]);
		let filed = Triggers::<Test>::get(1).unwrap();
		open(1, dollars(20_000), &[(BTC, coins(1))]);
		assert_eq!(Triggers::<Test>::get(1), Some(filed), "safer: stays earlier");
		open(1, dollars(6_000), &[(BTC, coins(1))]);
		assert!(Triggers::<Test>::get(1).unwrap() < filed, "riskier: moves earlier");
		open(1, dollars(6_000), &[(BTC, coins(1)), (ETH, coins(1))]);
		assert!(LastPrices::<Test>::get().iter().any(|last| last.market == ETH), "a new market joins the watermark even when the entry stays");
		open(1, dollars(6_000), &[]);
		assert_eq!(Triggers::<Test>::get(1), None, "no positions, no entry");
	});
}

#[test]
fn an_account_moving_from_the_large_queue_to_the_small_one_keeps_no_later_trigger() {
	run_test(|| {
		// 1 BTC on 1 000 000: the large queue, ~0.9 of a move away.
		open(1, dollars(1_000_000), &[(BTC, coins(1))]);
		assert_eq!(risk::queue_of(Triggers::<Test>::get(1).unwrap()), risk::Queue::Large);
		// Reduced to 0.1 BTC on 1 000 of equity (a reducing trade, then a withdrawal): 500 of
		// maintenance puts it in the small queue, ~0.045 away. Its entry must move earlier.
		open(1, dollars(1_000), &[(BTC, coins(1) / 10)]);
		let key = Triggers::<Test>::get(1).unwrap();
		let health = Model::health(&1).unwrap();
		let distance = risk::distance(&health, &<Model as MarginAccounts<u64>>::positions(&1)).unwrap();
		assert!(risk::level_of(key) <= Liquidation::levels().for_key(key) + distance.into_inner().max(1), "filed no later than its true distance");
		// The fall puts it under water: it is examined and closed.
		set_mark(BTC, price(90_000));
		next_block();
		set_mark(BTC, price(80_000));
		next_block();
		assert!(Model::account(1).unwrap().positions.is_empty(), "liquidated, not escaped");
	});
}

#[test]
fn an_account_moving_from_the_small_queue_to_the_large_one_is_filed_in_the_large_one() {
	run_test(|| {
		// A small account far from the line, then grown large and nearer: the large queue is
		// walked first, so the entry must move even though the small key's level is lower.
		open(1, dollars(100), &[(BTC, coins(1) / 1_000)]);
		assert_eq!(risk::queue_of(Triggers::<Test>::get(1).unwrap()), risk::Queue::Small);
		open(1, dollars(60_000), &[(BTC, coins(1) * 5)]);
		assert_eq!(risk::queue_of(Triggers::<Test>::get(1).unwrap()), risk::Queue::Large);
	});
}

#[test]
fn an_account_that_cannot_be_mended_is_examined_once_a_block() {
	run_test(|| {
		// ETH has no mark: its position cannot be reduced, so the account stays below maintenance.
		open(1, dollars(500), &[(BTC, coins(1) / 100), (ETH, coins(1))]);
		open(2, dollars(100_000), &[(BTC, coins(1))]);
		crate::mock::remove_mark(ETH);
		set_mark(BTC, price(10_000));
		for _ in 0..3 {
			next_block();
			let (popped, _, deferred) = summary();
			assert!(popped <= 2 && !deferred, "popped {popped}");
		}
	});
}

#[test]
fn a_tight_budget_defers_the_rest_to_the_next_blocks_most_urgent_first() {
	run_test(|| {
		// Room for about three worst-case liquidations a block.
		let mut tight = params();
		let max_block = <<Test as frame_system::Config>::BlockWeights as Get<frame_system::limits::BlockWeights>>::get().max_block.ref_time();
		let three = 3 * <() as WeightInfo>::liquidate(MaxMarkets::get()).ref_time() + <() as WeightInfo>::step(2).ref_time();
		tight.block_share = BlockShares::flat(Perbill::from_rational(three, max_block));
		assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), tight));
		for who in 1..=40 {
			open(who, dollars(6_000) + dollars(who as i128 * 10), &[(BTC, coins(1))]);
		}
		set_mark(BTC, price(97_000));
		let mut blocks = 0;
		let mut order = Vec::new();
		loop {
			next_block();
			blocks += 1;
			order.extend(events().into_iter().filter_map(|e| match e {
				Event::Liquidated { who, .. } => Some(who),
				_ => None,
			}));
			let (_, _, deferred) = summary();
			if !deferred || blocks > 50 {
				break;
			}
		}
		assert!(blocks > 1, "the budget spread the work over blocks");
		let mut thinnest_first = order.clone();
		thinnest_first.sort();
		thinnest_first.dedup();
		assert_eq!(thinnest_first.len(), 40, "nobody dropped");
		assert_eq!(order[..5], [1, 2, 3, 4, 5], "the least collateralised first");
		assert!(all_accounts().into_iter().all(|who| !Model::health(&who).unwrap().is_liquidatable()));
	});
}

/// A swarm of tiny accounts parked just above the line, then pushed under it at once (what an
/// attacker would try; the margin pallet's minimum deposit and order size make each one cost
/// real money): no block's hook spends more than its share, nobody is dropped, and it drains.
#[test]
fn a_swarm_of_accounts_on_the_line_never_pushes_the_hook_over_its_budget() {
	run_test(|| {
		let mut tight = params();
		tight.block_share = BlockShares::flat(Perbill::from_percent(5));
		assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), tight));
		let max_block = <<Test as frame_system::Config>::BlockWeights as Get<frame_system::limits::BlockWeights>>::get().max_block;
		let budget = tight.block_share.calm * max_block;
		let swarm = 2_000u64;
		for who in 1..=swarm {
			open(who, dollars(52) + dollars(who as i128 % 7), &[(ETH, coins(1) / 4)]);
		}
		set_mark(ETH, price(3_800));
		let mut handled = std::collections::BTreeSet::new();
		let mut blocks = 0;
		for block in 2..400u64 {
			blocks += 1;
			System::set_block_number(block);
			System::reset_events();
			let spent = Liquidation::on_initialize(block);
			assert!(spent.all_lte(budget), "block {block}: {spent:?} over {budget:?}");
			handled.extend(events().into_iter().filter_map(|e| match e {
				Event::Liquidated { who, .. } => Some(who),
				_ => None,
			}));
			Liquidation::do_try_state().expect("never wrong");
			if !summary().2 {
				break;
			}
		}
		assert!(blocks > 10, "the swarm was spread over blocks: {blocks}");
		assert_eq!(handled.len() as u64, swarm, "every account on the line was liquidated, none dropped");
		assert!(all_accounts().into_iter().all(|who| !Model::health(&who).unwrap().is_liquidatable()));
	});
}

#[test]
fn the_hooks_share_of_the_block_rises_with_the_venues_crisis_level() {
	run_test(|| {
		let max_block = <<Test as frame_system::Config>::BlockWeights as Get<frame_system::limits::BlockWeights>>::get().max_block;
		let shares = BlockShares::default();
		for level in [CrisisLevel::Calm, CrisisLevel::Elevated, CrisisLevel::Stressed, CrisisLevel::Crisis] {
			SetStress::set(level);
			assert_eq!(Liquidation::budget(), shares.at(level) * max_block, "{level:?}");
		}
		assert!(shares.at(CrisisLevel::Calm) < shares.at(CrisisLevel::Crisis));
		// Shares small enough that the queue outlasts a block: a crisis block mends more.
		let unit = <() as WeightInfo>::liquidate(MaxMarkets::get()).ref_time() + <() as WeightInfo>::step(2).ref_time();
		let calm = Perbill::from_rational(3 * unit, max_block.ref_time());
		let tight = BlockShares { calm, elevated: calm, stressed: calm, crisis: Perbill::from_rational(9 * unit, max_block.ref_time()) };
		assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), LiquidationParams { block_share: tight, ..params() }));
		for who in 1..=60 {
			open(who, dollars(6_000) + dollars(who as i128), &[(BTC, coins(1))]);
		}
		set_mark(BTC, price(97_000));
		SetStress::set(CrisisLevel::Calm);
		next_block();
		let (calm_popped, _, calm_deferred) = summary();
		SetStress::set(CrisisLevel::Crisis);
		next_block();
		let (crisis_popped, _, _) = summary();
		assert!(calm_deferred, "the calm share left work for later");
		assert!(crisis_popped > calm_popped, "crisis {crisis_popped} over calm {calm_popped}");
		assert!(hook_weight().all_lte(tight.crisis * max_block));
	});
}

/// The first liquidation of a block pays for the records every liquidation shares; the next
/// ones in the same markets pay only their own; one in a market not yet touched pays in full.
#[test]
fn later_liquidations_in_markets_already_touched_pay_only_their_own_records() {
	run_test(|| {
		for who in 1..=3 {
			open(who, dollars(7_000), &[(BTC, coins(1))]);
		}
		open(4, dollars(30), &[(ETH, coins(1) / 10)]);
		set_mark(BTC, price(97_800));
		set_mark(ETH, price(3_800));
		let before = Watermark::<Test>::get();
		next_block();
		assert!(Watermark::<Test>::get() > before);
		let (popped, liquidated, _) = summary();
		assert_eq!((popped, liquidated), (4, 4));
		let weights = |p| (<() as WeightInfo>::liquidate(p), <() as WeightInfo>::liquidate_next(p));
		let (first, next) = weights(1);
		let own = next - first;
		assert!(own.ref_time() < first.ref_time(), "a warm liquidation is cheaper than a cold one");
		// The step, the six segments' stopping reads (two queues of three classes), one cold
		// liquidation per market and the two others in BTC-USD warm.
		let expected = <() as WeightInfo>::step(LastPrices::<Test>::decode_len().unwrap_or(0) as u32)
			+ <<Test as frame_system::Config>::DbWeight as Get<frame_support::weights::RuntimeDbWeight>>::get().reads(6)
			+ first * 2 + own * 2;
		assert_eq!(hook_weight(), expected);
	});
}

/// The watermark's bound is conservative, so some popped accounts prove healthy: each is
/// charged its own check (valued and filed again), not a liquidation it did not need.
#[test]
fn a_popped_account_that_proves_healthy_is_charged_its_check_only() {
	run_test(|| {
		open(1, dollars(50_000), &[(BTC, coins(1)), (ETH, coins(1))]);
		// Every account due at the next block, none below maintenance.
		<Liquidation as MarginObserver<u64>>::margins_tightened(Ratio::one());
		next_block();
		let (popped, liquidated, _) = summary();
		assert_eq!((popped, liquidated), (1, 0));
		let expected = <() as WeightInfo>::step(LastPrices::<Test>::decode_len().unwrap_or(0) as u32)
			+ <<Test as frame_system::Config>::DbWeight as Get<frame_support::weights::RuntimeDbWeight>>::get().reads(6)
			+ <() as WeightInfo>::examine(2);
		assert_eq!(hook_weight(), expected);
		assert!(<() as WeightInfo>::examine(2).ref_time() < <() as WeightInfo>::liquidate(2).ref_time());
	});
}

#[test]
fn the_highest_funding_cap_the_margin_engine_reports_raises_the_watermark_every_block() {
	run_test(|| {
		let rise = || {
			let before = Watermark::<Test>::get();
			next_block();
			Watermark::<Test>::get() - before
		};
		assert_eq!(rise(), 1, "no move and no funding allowance: the least rise");
		let cap = Ratio::saturating_from_rational(1, 10_000);
		<Liquidation as MarginObserver<u64>>::funding_capped_at(cap);
		<Liquidation as MarginObserver<u64>>::funding_capped_at(Ratio::saturating_from_rational(1, 1_000_000));
		assert_eq!(rise(), cap.into_inner(), "the highest cap, whatever came after");
		assert_eq!(Liquidation::engine_state(10).funding_cap, cap);
		// The market's cap was reverted: the margin engine's next block says so, and the
		// allowance for the old cap lapses.
		let reverted = Ratio::saturating_from_rational(1, 1_000_000);
		<Liquidation as MarginObserver<u64>>::funding_caps_now(reverted);
		assert_eq!(rise(), reverted.into_inner(), "the caps in force now, not the highest ever");
	});
}

#[test]
fn a_funding_allowance_beyond_any_markets_funding_is_refused() {
	run_test(|| {
		let saturating = LiquidationParams { funding_allowance: Ratio::max_value(), ..params() };
		assert_noop!(Liquidation::set_params(RuntimeOrigin::root(), saturating), Error::<Test>::InvalidParams);
		let one_percent = LiquidationParams { funding_allowance: Ratio::saturating_from_rational(1, 100), ..params() };
		assert_noop!(Liquidation::set_params(RuntimeOrigin::root(), one_percent), Error::<Test>::InvalidParams);
		let most = LiquidationParams { funding_allowance: ballast_primitives::max_funding_rate(), ..params() };
		assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), most));
	});
}

#[test]
fn only_the_risk_origin_sets_consistent_parameters() {
	run_test(|| {
		assert_noop!(Liquidation::set_params(RuntimeOrigin::signed(1), params()), DispatchError::BadOrigin);
		let mut bad = params();
		bad.target_health = Ratio::one();
		assert_noop!(Liquidation::set_params(RuntimeOrigin::root(), bad), Error::<Test>::InvalidParams);
		let mut bad = params();
		bad.penalty = Ratio::one();
		assert_noop!(Liquidation::set_params(RuntimeOrigin::root(), bad), Error::<Test>::InvalidParams);
		let shares = BlockShares::default();
		for bad_shares in [
			BlockShares { calm: Perbill::zero(), ..shares },
			BlockShares { crisis: BlockShares::MOST + Perbill::from_parts(1), ..shares },
			BlockShares::flat(Perbill::one()),
			BlockShares { stressed: shares.elevated - Perbill::from_parts(1), ..shares },
		] {
			let bad = LiquidationParams { block_share: bad_shares, ..params() };
			assert_noop!(Liquidation::set_params(RuntimeOrigin::root(), bad), Error::<Test>::InvalidParams);
		}
		assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), LiquidationParams { block_share: BlockShares::flat(BlockShares::MOST), ..params() }));
		assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), params()));
	});
}

mod census {
	use super::*;
	use ballast_primitives::BookStress;

	/// A 16.7× BTC long (6 000 on 100 000), a 13.3× ETH short (3 000 on 40 000) and a 2× long.
	fn book() {
		open(1, dollars(6_000), &[(BTC, coins(1))]);
		open(2, dollars(3_000), &[(ETH, coins(-10))]);
		open(3, dollars(50_000), &[(BTC, coins(1))]);
	}

	#[test]
	fn a_sweep_sums_the_bad_debt_each_rung_would_leave_and_sizes_the_fund() {
		run_test(|| {
			book();
			// ETH's oracle remembers a 25 % move; BTC's nothing beyond the 10 % floor.
			set_stressed_move(ETH, Ratio::saturating_from_rational(25, 100));
			next_block();
			assert_eq!(Liquidation::stressed_shortfall(), None, "two accounts a block: not finished");
			assert_eq!(CensusUnderWay::<Test>::get().running.accounts, 2);
			next_block();
			// One block, down 10 %: the BTC long loses 10 000 on 6 000; up 25 %: the ETH short
			// 10 000 on 3 000. Extreme, three times that: down 30 %, the BTC long 30 000 on 6 000
			// (the 2x long keeps 20 000); up 75 %, the ETH short 30 000 on 3 000.
			let loss = StressedLoss {
				down: dollars(4_000) as u128,
				up: dollars(7_000) as u128,
				extreme_down: dollars(24_000) as u128,
				extreme_up: dollars(27_000) as u128,
				accounts: 3,
			};
			// The fund holds 35 % of the extreme rung's worse (9 450), more than the gap's 7 000.
			let target = dollars(9_450) as u128;
			assert_eq!(LastCensus::<Test>::get(), Some(CensusResult { loss, target, at: 3 }));
			assert_eq!(Liquidation::stressed_shortfall(), Some(target));
			assert!(events().contains(&Event::BookCensused { stressed_shortfall: target, accounts: 3 }));
			assert_eq!(CensusUnderWay::<Test>::get(), Census::default(), "the next sweep starts afresh");
			// A larger recorded BTC move shows in the next sweep, not before.
			set_stressed_move(BTC, Ratio::saturating_from_rational(20, 100));
			next_block();
			assert_eq!(Liquidation::stressed_shortfall(), Some(target));
			next_block();
			next_block();
			// Down 20 %: 14 000; extreme, down 60 %: 54 000 of the 16.7x long, 10 000 of the 2x.
			let census = LastCensus::<Test>::get().unwrap();
			assert_eq!((census.loss.down, census.loss.extreme_down), (dollars(14_000) as u128, dollars(64_000) as u128));
			assert_eq!(census.target, dollars(22_400) as u128);
		});
	}

	#[test]
	fn the_one_block_rung_sizes_the_fund_where_the_extreme_ones_cover_is_smaller() {
		run_test(|| {
			book();
			set_stressed_move(ETH, Ratio::saturating_from_rational(25, 100));
			// A cover of 20 % holds 5 400 of the extreme rung's 27 000: the gap's 7 000 is larger.
			let smaller = LiquidationParams { extreme_cover: Perbill::from_percent(20), ..params() };
			assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), smaller));
			next_block();
			next_block();
			assert_eq!(Liquidation::stressed_shortfall(), Some(dollars(7_000) as u128));
			// A shock of 100 % at most: ten times ETH's 25 % moves it by the whole price, 40 000
			// against 3 000 (37 000), and BTC's 10 % by the whole price too (94 000 and 50 000).
			let whole = LiquidationParams { extreme_multiple: MAX_EXTREME_MULTIPLE, extreme_cover: Perbill::one(), ..params() };
			assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), whole));
			for _ in 0..2 {
				next_block();
			}
			let census = LastCensus::<Test>::get().unwrap();
			assert_eq!((census.loss.extreme_down, census.loss.extreme_up), (dollars(144_000) as u128, dollars(37_000) as u128));
			assert_eq!(census.target, dollars(144_000) as u128);
		});
	}

	#[test]
	fn a_new_extreme_cover_is_announced_though_the_book_is_unchanged() {
		run_test(|| {
			book();
			for _ in 0..3 {
				next_block();
			}
			let before = LastCensus::<Test>::get().unwrap();
			// Block 4 began a sweep of the same book; it finishes in block 5 under the new cover.
			let doubled = LiquidationParams { extreme_cover: Perbill::from_percent(70), ..params() };
			assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), doubled));
			next_block();
			let after = LastCensus::<Test>::get().unwrap();
			assert_eq!(after.loss, before.loss);
			assert_eq!(after.target, before.target * 2);
			assert!(events().contains(&Event::BookCensused { stressed_shortfall: after.target, accounts: 3 }));
		});
	}

	#[test]
	fn an_extreme_multiple_out_of_range_is_refused() {
		run_test(|| {
			for multiple in [0, MAX_EXTREME_MULTIPLE + 1] {
				let bad = LiquidationParams { extreme_multiple: multiple, ..params() };
				assert_noop!(Liquidation::set_params(RuntimeOrigin::root(), bad), Error::<Test>::InvalidParams);
			}
		});
	}

	#[test]
	fn an_unchanged_book_is_announced_once_and_an_empty_one_measures_zero() {
		run_test(|| {
			for _ in 0..3 {
				next_block();
			}
			assert_eq!(LastCensus::<Test>::get().map(|c| (c.loss, c.at)), Some((StressedLoss::default(), 2)));
			book();
			for _ in 0..8 {
				next_block();
			}
			for _ in 0..2 {
				next_block();
				assert!(!events().iter().any(|e| matches!(e, Event::BookCensused { .. })), "a sweep finished unchanged is not announced");
			}
			assert_eq!(LastCensus::<Test>::get().unwrap().loss.accounts, 3);
		});
	}

	#[test]
	fn the_census_counts_nothing_in_a_block_that_deferred_a_liquidation() {
		run_test(|| {
			// Every block's budget is the least progress: one entry, and the rest deferred.
			let tight = BlockShares::flat(Perbill::from_parts(1));
			assert_ok!(Liquidation::set_params(RuntimeOrigin::root(), LiquidationParams { block_share: tight, ..params() }));
			for who in 10..14 {
				open(who, dollars(5_200), &[(BTC, coins(1))]);
			}
			set_mark(BTC, price(99_000));
			next_block();
			assert!(events().iter().any(|e| matches!(e, Event::BlockProcessed { deferred: true, .. })));
			assert_eq!(CensusUnderWay::<Test>::get(), Census::default());
			assert_eq!(LastCensus::<Test>::get(), None);
		});
	}
}

mod properties {
	use super::*;
	use proptest::prelude::*;

	/// One change a trader or the market makes.
	#[derive(Clone, Debug)]
	enum Change {
		Deposit { who: u64, dollars: i128 },
		/// Takes out this many thousandths of the account's collateral.
		Withdraw { who: u64, per_mille: i128 },
		/// A trade of `delta` hundredths of a coin in `market`, either way, at the mark.
		Trade { who: u64, market: MarketId, delta: i128 },
		/// A reducing trade of this many thousandths of the position in `market`.
		Reduce { who: u64, market: MarketId, per_mille: i128 },
		/// Both marks move by these permille, then a block runs.
		Prices { btc: i64, eth: i64 },
		/// Both indices move apart from their marks by these permille (a smoothed mark trailing
		/// them, or ahead of them), then a block runs.
		IndicesApart { btc: i64, eth: i64 },
	}

	/// A digit times a power of ten: amounts over many scales, so accounts cross the queues'
	/// boundary both ways and land anywhere from far to right on the line.
	fn scaled(most_digits: u32) -> impl Strategy<Value = i128> {
		(1i128..10, 0..most_digits).prop_map(|(digit, exponent)| digit * 10i128.pow(exponent))
	}

	fn change() -> impl Strategy<Value = Change> {
		prop_oneof![
			(1u64..=4, scaled(7)).prop_map(|(who, dollars)| Change::Deposit { who, dollars }),
			(1u64..=4, 1i128..=1_000).prop_map(|(who, per_mille)| Change::Withdraw { who, per_mille }),
			(1u64..=4, prop_oneof![Just(BTC), Just(ETH)], 1i128..=1_000)
				.prop_map(|(who, market, per_mille)| Change::Reduce { who, market, per_mille }),
			(1u64..=4, prop_oneof![Just(BTC), Just(ETH)], scaled(4), any::<bool>())
				.prop_map(|(who, market, delta, sell)| Change::Trade { who, market, delta: if sell { -delta } else { delta } }),
			(-150i64..=150, -150i64..=150).prop_map(|(btc, eth)| Change::Prices { btc, eth }),
			(-150i64..=150, -150i64..=150).prop_map(|(btc, eth)| Change::IndicesApart { btc, eth }),
		]
	}

	/// A trade at the mark: the account's PnL in `market` is realised and the position re-entered
	/// at the mark with its new size (what a trade leaves, for the engine's purposes).
	fn trade(account: &mut Account, market: MarketId, delta: Quantity) {
		let mark = mark_of(market);
		let slot = account.positions.iter().position(|(m, _, _)| *m == market);
		let size = slot.map_or(0, |slot| {
			let (_, size, entry) = account.positions[slot];
			account.collateral += ballast_primitives::pnl(size, entry, mark);
			account.positions.remove(slot);
			size
		});
		let size = size + delta;
		if size != 0 {
			account.positions.push((market, size, mark));
		}
	}

	/// The promise of the index after an account change: the account's stored trigger is due no
	/// later than its true distance says, whichever queue it was in before.
	fn filed_no_later_than_its_distance(who: u64) -> Result<(), TestCaseError> {
		let health = Model::health(&who).unwrap();
		let positions = <Model as MarginAccounts<u64>>::positions(&who);
		let Some(distance) = risk::distance(&health, &positions) else { return Ok(()) };
		let key = Triggers::<Test>::get(who);
		prop_assert!(key.is_some(), "an account at risk is indexed");
		let key = key.unwrap();
		prop_assert!(risk::class_of(key).fits(&positions), "account {} filed against a side it does not hold alone", who);
		let due = Liquidation::levels().for_key(key) + distance.into_inner().max(1);
		prop_assert!(risk::level_of(key) <= due, "account {} filed after its true trigger", who);
		Ok(())
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

		/// Over arbitrary sequences of deposits, withdrawals, trades either way (so accounts move
		/// between the queues) and price moves: after every account change its entry is due no
		/// later than its true distance, and after every block no account is left below
		/// maintenance with positions (none escapes).
		#[test]
		fn no_change_files_an_account_later_than_its_true_trigger(
			changes in proptest::collection::vec(change(), 1..40),
		) {
			new_test_ext().execute_with(|| {
				for change in changes {
					let changed = match change {
						Change::Deposit { who, dollars: amount } => {
							edit_account(who, |a| a.collateral += dollars(amount));
							who
						},
						Change::Withdraw { who, per_mille } => {
							edit_account(who, |a| a.collateral -= a.collateral.max(0) * per_mille / 1_000);
							who
						},
						Change::Reduce { who, market, per_mille } => {
							edit_account(who, |a| {
								let size = a.positions.iter().find(|(m, _, _)| *m == market).map_or(0, |(_, size, _)| *size);
								trade(a, market, -size * per_mille / 1_000)
							});
							who
						},
						Change::Trade { who, market, delta } => {
							edit_account(who, |a| trade(a, market, coins(delta) / 100));
							who
						},
						Change::Prices { btc, eth } | Change::IndicesApart { btc, eth } => {
							for (market, permille) in [(BTC, btc), (ETH, eth)] {
								let factor = Ratio::saturating_from_rational((1_000 + permille) as u128, 1_000u128);
								if matches!(change, Change::Prices { .. }) {
									set_mark(market, mark_of(market) * factor);
								} else {
									set_index(market, mark_of(market) * factor);
								}
							}
							next_block();
							for who in all_accounts() {
								let account = Model::account(who).unwrap();
								prop_assert!(
									account.positions.is_empty() || !Model::health(&who).unwrap().is_liquidatable(),
									"account {} escaped liquidation", who
								);
							}
							prop_assert!(Liquidation::do_try_state().is_ok());
							continue;
						},
					};
					filed_no_later_than_its_distance(changed)?;
				}
				Ok(())
			})?;
		}
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

		/// Over random books and price paths with gaps of up to ±30 % a block, each index up to
		/// ±10 % apart from its mark: each block the engine liquidates exactly the accounts a full
		/// scan finds below maintenance, leaves none below it, and leaves no closed-out account
		/// with negative equity.
		#[test]
		fn the_engine_matches_a_full_scan(
			book in proptest::collection::vec((1_000i128..60_000, -3i128..=3, -40i128..=40), 1..40),
			path in proptest::collection::vec((-300i64..=300, -300i64..=300, -100i64..=100), 1..12),
			volatility in 0u128..=30,
		) {
			new_test_ext().execute_with(|| {
				for (who, (collateral, btc, eth)) in book.iter().enumerate() {
					let positions: Vec<_> = [(BTC, coins(*btc)), (ETH, coins(*eth))].into_iter().filter(|(_, s)| *s != 0).collect();
					open(who as u64 + 1, dollars(*collateral), &positions);
				}
				for market in [BTC, ETH] {
					set_volatility(market, Ratio::saturating_from_rational(volatility, 1_000u128));
				}
				for (btc_move, eth_move, apart) in path {
					for (market, permille) in [(BTC, btc_move), (ETH, eth_move)] {
						let mark = Marks::snapshot(market).unwrap().mark;
						let factor = Ratio::saturating_from_rational((1_000 + permille) as u128, 1_000u128);
						set_mark(market, mark * factor);
						set_index(market, mark * factor * Ratio::saturating_from_rational((1_000 + apart) as u128, 1_000u128));
					}
					let mut below: Vec<u64> = all_accounts().into_iter().filter(|who| Model::health(who).unwrap().is_liquidatable()).collect();
					next_block();
					let mut acted: Vec<u64> = events().into_iter().filter_map(|e| match e {
						Event::Liquidated { who, .. } => Some(who),
						_ => None,
					}).collect();
					acted.sort();
					acted.dedup();
					below.sort();
					prop_assert_eq!(&acted, &below, "liquidated exactly the scan's set");
					for who in all_accounts() {
						let health = Model::health(&who).unwrap();
						prop_assert!(!health.is_liquidatable() || Model::account(who).unwrap().positions.is_empty());
						if Model::account(who).unwrap().positions.is_empty() {
							prop_assert!(health.equity >= 0, "a closed-out account keeps no negative equity");
						}
					}
					prop_assert!(Liquidation::do_try_state().is_ok());
				}
				Ok(())
			})?;
		}
	}
}

/// Longs lose only when prices fall and shorts only when they rise: each is filed against the
/// level of its own side's moves, so a crash pops the longs it brings near the line and leaves
/// the shorts it enriches alone (the cascade bench found 40 % of a crash block's budget spent
/// re-filing shorts). A rise does the same the other way; an account of both sides is filed
/// against every move.
#[test]
fn a_fall_pops_only_the_longs_and_a_rise_only_the_shorts() {
	run_test(|| {
		open(1, dollars(10_000), &[(BTC, coins(1))]);
		open(2, dollars(10_000), &[(BTC, -coins(1))]);
		open(3, dollars(100_000), &[(BTC, coins(1)), (ETH, -coins(10))]);
		let class = |who| risk::class_of(Triggers::<Test>::get(who).unwrap());
		assert_eq!((class(1), class(2), class(3)), (risk::Class::Falls, risk::Class::Rises, risk::Class::Both));
		set_mark(BTC, price(91_000));
		next_block();
		let (popped, liquidated, _) = summary();
		assert_eq!((popped, liquidated), (1, 1), "the long, not the 10× short 9 % richer, nor the mixed account still far");
		assert!(Model::health(&2).unwrap().equity > dollars(18_000) as i128);
		set_mark(BTC, price(100_000));
		next_block();
		set_mark(BTC, price(109_000));
		next_block();
		let (popped, liquidated, _) = summary();
		assert_eq!((popped, liquidated), (1, 1), "now the short alone");
		assert_ok!(Liquidation::do_try_state());
	});
}
