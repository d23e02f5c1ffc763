//! The oracle's tests, one module per feature. Every test runs through [`run_test`], which
//! checks the pallet's invariants afterwards.

use crate::{aggregation::*, mock::*, Error, Event, Feeds, Markets, OutlierCounts, Strikes, Submissions, Suspended};
use ballast_primitives::{Price, PriceFeed, PriceStatus, Ratio};
use frame_support::{assert_noop, assert_ok, dispatch::Pays, traits::Hooks, BoundedVec};
use sp_arithmetic::{traits::{Saturating, Zero}, FixedPointNumber, Perbill};
use sp_runtime::DispatchError;

fn submit(feeder: u64, prices: &[(u32, Price)]) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Oracle::submit_prices(RuntimeOrigin::signed(feeder), BoundedVec::truncate_from(prices.to_vec()))
}

/// Moves to the next block and runs its aggregation.
fn next_block() {
	let next = System::block_number() + 1;
	System::set_block_number(next);
	Oracle::on_initialize(next);
}

/// Every feeder in `feeders` submits `prices[i]` for BTC, then the next block aggregates.
fn round(feeders: &[u64], prices: &[Price]) {
	for (feeder, p) in feeders.iter().zip(prices) {
		assert_ok!(submit(*feeder, &[(BTC, *p)]));
	}
	next_block();
}

fn btc_status() -> PriceStatus {
	Oracle::status(BTC)
}

fn btc() -> crate::Feed<u64> {
	Feeds::<Test>::get(BTC).expect("BTC has a feed")
}

mod arithmetic {
	use super::*;

	#[test]
	fn median_of_odd_and_even_counts() {
		assert_eq!(median(&[]), None);
		assert_eq!(median(&[price(5)]), Some(price(5)));
		assert_eq!(median(&[price(1), price(2), price(9)]), Some(price(2)));
		assert_eq!(median(&[price(1), price(2), price(4), price(9)]), Some(price(3)));
	}

	#[test]
	fn outliers_are_judged_relative_to_the_centre() {
		let band = Perbill::from_percent(5);
		assert!(!is_outlier(price(105), price(100), band));
		assert!(is_outlier(price(106), price(100), band));
		assert!(is_outlier(price(94), price(100), band));
	}

	#[test]
	fn too_few_fresh_prices_are_stale_and_too_few_agreeing_are_diverging() {
		let config = market_config();
		assert_eq!(aggregate(&[price(100), price(100)], &config).status, PriceStatus::Stale);
		let split = aggregate(&[price(100), price(100), price(200), price(300)], &config);
		assert_eq!((split.status, split.index), (PriceStatus::Diverging, None));
		let wide = aggregate(&[price(100), price(103), price(104)], &config);
		assert_eq!(wide.status, PriceStatus::Diverging, "only two of three agree within 2 %: no quorum");
		let halves = aggregate(&[price(100), price(100), price(100), price(104), price(104), price(104)], &config);
		assert_eq!(halves.status, PriceStatus::Diverging, "two groups of three: no strict majority");
		let live = aggregate(&[price(100), price(101), price(101), price(500)], &config);
		assert_eq!((live.status, live.index, live.outliers), (PriceStatus::Live, Some(price(101)), vec![3]));
	}

	#[test]
	fn the_mark_follows_the_index_by_the_ema_and_never_beyond_the_cap() {
		let (half, cap) = (Perbill::from_percent(50), Perbill::from_percent(10));
		assert_eq!(next_mark(None, price(100), half, cap), price(100));
		assert_eq!(next_mark(Some(price(100)), price(110), half, cap), price(105));
		assert_eq!(next_mark(Some(price(100)), price(1_000), half, cap), price(110), "a 10x print moves it 10 %");
		assert_eq!(next_mark(Some(price(100)), price(1), half, cap), price(90));
	}

	#[test]
	fn volatility_matches_a_hand_computed_ewma() {
		// Returns +10 %, -10 %, +5 % with λ = 0.94 from zero:
		// v1 = 0.06·0.01 = 0.0006; v2 = 0.94·0.0006 + 0.06·0.01 = 0.001164;
		// v3 = 0.94·0.001164 + 0.06·0.0025 = 0.00124416; σ = √v3 ≈ 0.0352727.
		let decay = Perbill::from_percent(94);
		let path = [price(100), price(110), price(99), Price::saturating_from_rational(10395, 100)];
		let variance = path.windows(2).fold(Ratio::zero(), |v, w| next_variance(v, index_return(w[0], w[1]), decay));
		assert_eq!(variance, Ratio::saturating_from_rational(124_416, 100_000_000));
		let sigma = volatility(variance);
		assert!(sigma > Ratio::saturating_from_rational(35_272, 1_000_000) && sigma < Ratio::saturating_from_rational(35_273, 1_000_000));
	}

	#[test]
	fn returns_are_signed() {
		assert_eq!(index_return(price(100), price(110)), crate::Return::saturating_from_rational(1, 10));
		assert_eq!(index_return(price(100), price(90)), crate::Return::saturating_from_rational(-1, 10));
		assert_eq!(index_return(Price::zero(), price(90)), crate::Return::zero());
	}

	#[test]
	fn one_source_a_little_off_does_not_stop_a_market_from_pricing() {
		// Four validators, one of them 3 % above the others: beyond the 2 % divergence, within
		// the 5 % outlier band. Judged over every price the market would never price.
		let outcome = aggregate(&[price(100), price(103), price(100), price(100)], &market_config());
		assert_eq!((outcome.status, outcome.index, outcome.accepted), (PriceStatus::Live, Some(price(100)), 3));
		assert!(outcome.outliers.is_empty(), "3 % off is a lagging source, not a lie");
	}

	/// `n` feeders of which `liars` (fewer than a third) submit anything or nothing; the honest
	/// ones agree within the divergence threshold.
	fn byzantine_round() -> impl proptest::strategy::Strategy<Value = (Vec<Price>, Price, Price)> {
		use proptest::prelude::*;
		(4usize..=16).prop_flat_map(|n| {
			let liars = (n - 1) / 3;
			(
				1u128..=1_000_000_000,
				proptest::collection::vec(0u128..=1_000, n - liars),
				proptest::collection::vec(proptest::option::of(1u128..=10_000_000_000_000), liars),
			)
		})
		.prop_map(|(base, offsets, lies)| {
			let base = Price::saturating_from_rational(base, 1_000);
			let spread = Ratio::from(market_config().divergence_threshold).saturating_mul(base);
			let honest: Vec<Price> =
				offsets.iter().map(|k| base.saturating_add(spread.saturating_mul(Ratio::saturating_from_rational(*k, 1_000)))).collect();
			let (low, high) = (*honest.iter().min().unwrap(), *honest.iter().max().unwrap());
			let lies = lies.into_iter().flatten().map(|p| Price::saturating_from_rational(p, 1_000));
			(honest.into_iter().chain(lies).collect(), low, high)
		})
	}

	proptest::proptest! {
		/// Fewer than a third of the feeders, lying by any amount or staying silent, can neither
		/// stop the market from pricing nor move its index out of the honest range.
		#[test]
		fn fewer_than_a_third_lying_can_neither_stop_nor_move_the_index((prices, low, high) in byzantine_round()) {
			let outcome = aggregate(&prices, &market_config());
			proptest::prop_assert_eq!(outcome.status, PriceStatus::Live);
			let index = outcome.index.unwrap();
			proptest::prop_assert!(index >= low && index <= high, "index {:?} outside {:?}..={:?}", index, low, high);
		}

		/// With 7 feeders and any 2 lying by any amount, the index stays within the honest range.
		#[test]
		fn two_liars_of_seven_cannot_move_the_index_out_of_the_honest_range(
			honest in proptest::collection::vec(95_000u128..=105_000, 5),
			liars in proptest::collection::vec(1u128..=10_000_000_000, 2),
		) {
			let prices: Vec<Price> = honest.iter().chain(&liars).map(|p| Price::saturating_from_rational(*p, 1_000)).collect();
			let outcome = aggregate(&prices, &market_config());
			let (low, high) = (honest.iter().min().unwrap(), honest.iter().max().unwrap());
			if let Some(index) = outcome.index {
				proptest::prop_assert!(index >= Price::saturating_from_rational(*low, 1_000));
				proptest::prop_assert!(index <= Price::saturating_from_rational(*high, 1_000));
			}
		}
	}
}

mod submitting {
	use super::*;

	#[test]
	fn a_feeder_submits_several_markets_in_one_free_transaction() {
		run_test(|| {
			let outcome = submit(1, &[(BTC, price(100)), (ETH, price(5))]).unwrap();
			assert_eq!(outcome.pays_fee, Pays::No);
			assert_eq!(Submissions::<Test>::get(BTC, 1).unwrap().price, price(100));
			assert_eq!(Submissions::<Test>::get(ETH, 1).unwrap().submitted_at, 1);
			System::assert_last_event(Event::PricesSubmitted { feeder: 1, markets: 2 }.into());
		});
	}

	#[test]
	fn bad_submissions_get_specific_errors_and_change_nothing() {
		run_test(|| {
			assert_noop!(submit(99, &[(BTC, price(100))]), Error::<Test>::NotFeeder);
			assert_noop!(submit(1, &[(7, price(100))]), Error::<Test>::UnknownMarket);
			assert_noop!(submit(1, &[(BTC, Price::zero())]), Error::<Test>::PriceOutOfRange);
			assert_noop!(submit(1, &[(BTC, price(10_000_001))]), Error::<Test>::PriceOutOfRange);
			assert_noop!(submit(1, &[(BTC, price(1)), (BTC, price(2))]), Error::<Test>::DuplicateMarket);
			assert_noop!(submit(1, &[]), Error::<Test>::EmptySubmission);
			// A bad price later in the list leaves the good ones before it unstored too.
			assert_noop!(submit(1, &[(ETH, price(5)), (BTC, Price::zero())]), Error::<Test>::PriceOutOfRange);
			assert_noop!(
				Oracle::submit_prices(RuntimeOrigin::root(), BoundedVec::truncate_from(vec![(BTC, price(1))])),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn a_feeder_submits_at_most_once_per_block() {
		run_test(|| {
			assert_ok!(submit(1, &[(BTC, price(100))]));
			assert_noop!(submit(1, &[(ETH, price(5))]), Error::<Test>::AlreadySubmitted);
			next_block();
			assert_ok!(submit(1, &[(ETH, price(5))]));
		});
	}

	#[test]
	fn a_flooding_feeder_cannot_bloat_storage() {
		run_test(|| {
			for _ in 0..50 {
				assert_ok!(submit(1, &[(BTC, price(100)), (ETH, price(5))]));
				next_block();
			}
			assert_eq!(Submissions::<Test>::iter().count(), 2, "one submission per market per feeder");
		});
	}

	#[test]
	fn removing_a_feeder_drops_its_prices_at_once() {
		run_test(|| {
			assert_ok!(submit(7, &[(BTC, price(100)), (ETH, price(5))]));
			set_feeders((1..=6).collect());
			<Oracle as frame_support::traits::ChangeMembers<u64>>::change_members_sorted(&[], &[7], &[1, 2, 3, 4, 5, 6]);
			assert_eq!(Submissions::<Test>::iter().count(), 0);
		});
	}
}

mod aggregating {
	use super::*;

	const SEVEN: [u64; 7] = [1, 2, 3, 4, 5, 6, 7];

	#[test]
	fn a_quorum_of_agreeing_feeders_makes_a_live_index_and_mark() {
		run_test(|| {
			round(&SEVEN[..3], &[price(100), price(101), price(100)]);
			let feed = btc();
			assert_eq!((feed.status, feed.index, feed.mark, feed.updated_at), (PriceStatus::Live, price(100), price(100), 2));
			System::assert_has_event(Event::StatusChanged { market: BTC, from: PriceStatus::Stale, to: PriceStatus::Live }.into());
			assert_eq!(Oracle::mark_price(BTC), Some(price(100)));
		});
	}

	#[test]
	fn two_lying_feeders_of_seven_are_rejected_and_counted() {
		run_test(|| {
			// Five honest feeders within 1 %, two liars far away on either side.
			let prices = [price(100), price(101), price(100), price(100), price(101), price(1_000), price(1)];
			round(&SEVEN, &prices);
			assert_eq!(btc().index, price(100));
			assert_eq!(btc().status, PriceStatus::Live);
			assert_eq!((OutlierCounts::<Test>::get(6), OutlierCounts::<Test>::get(7), OutlierCounts::<Test>::get(1)), (1, 1, 0));
			System::assert_has_event(Event::OutlierRejected { market: BTC, feeder: 6, price: price(1_000) }.into());
		});
	}

	#[test]
	fn one_extreme_print_moves_the_mark_at_most_by_the_cap() {
		run_test(|| {
			round(&SEVEN[..3], &[price(100); 3]);
			// Every feeder is fooled by a 10x print for one block.
			round(&SEVEN[..3], &[price(1_000); 3]);
			assert_eq!(btc().index, price(1_000));
			assert_eq!(btc().mark, price(110), "10 % cap");
		});
	}

	#[test]
	fn silent_feeders_make_the_feed_stale_within_the_max_age_and_it_is_not_served() {
		run_test(|| {
			// Submitted at block 1 with max_age 5: fresh while its age is at most 5 blocks.
			round(&SEVEN[..3], &[price(100); 3]);
			for _ in 3..=6 {
				next_block();
				assert_eq!(btc().status, PriceStatus::Live, "still fresh at block {}", System::block_number());
			}
			next_block();
			assert_eq!(System::block_number(), 7);
			assert_eq!(btc().status, PriceStatus::Stale);
			assert_eq!(Oracle::index_price(BTC), None, "a stale price is never served");
			assert_eq!(btc().index, price(100), "the last index is kept only as history");
			assert_eq!(Submissions::<Test>::iter_prefix(BTC).count(), 0, "expired submissions are dropped");
			let stale = btc();
			next_block();
			assert_eq!(btc(), stale, "a feed that stays stale is left as it was");
			System::assert_has_event(Event::StatusChanged { market: BTC, from: PriceStatus::Live, to: PriceStatus::Stale }.into());
		});
	}

	#[test]
	fn feeders_that_disagree_make_the_feed_diverging() {
		run_test(|| {
			round(&SEVEN[..3], &[price(100); 3]);
			round(&SEVEN[..4], &[price(100), price(100), price(104), price(104)]);
			assert_eq!(btc().status, PriceStatus::Diverging);
			assert_eq!(btc().index, price(100), "a diverging round does not move the index");
			assert_eq!(Oracle::mark_price(BTC), None);
		});
	}

	#[test]
	fn four_validators_with_one_source_three_percent_off_price_every_block() {
		run_test(|| {
			for _ in 0..30 {
				round(&SEVEN[..4], &[price(100), price(100), price(100), price(103)]);
				assert_eq!(btc().status, PriceStatus::Live, "block {}", System::block_number());
			}
			assert_eq!(btc().index, price(100));
			assert_eq!(OutlierCounts::<Test>::get(4), 0);
		});
	}

	#[test]
	fn a_feeder_that_keeps_lying_is_suspended_and_its_submissions_refused() {
		run_test(|| {
			let honest = [price(100); 4];
			for lie in 1..=3 {
				assert!(Suspended::<Test>::get(5).is_none());
				round(&SEVEN[..5], &[honest[0], honest[1], honest[2], honest[3], price(150)]);
				assert_eq!(OutlierCounts::<Test>::get(5), lie);
			}
			let now = System::block_number();
			System::assert_has_event(Event::FeederSuspended { feeder: 5, outliers: 3, until: now + 20 }.into());
			assert_eq!(Submissions::<Test>::get(BTC, 5), None, "the price it was suspended on is dropped");
			assert_noop!(submit(5, &[(BTC, price(100))]), Error::<Test>::FeederSuspended);
			assert_eq!(btc().status, PriceStatus::Live, "the honest majority keeps pricing");
			// The suspension ends by itself; its strikes start again from zero.
			System::set_block_number(now + 20);
			assert_ok!(submit(5, &[(BTC, price(100))]));
			assert!(Suspended::<Test>::get(5).is_none() && Strikes::<Test>::get(5).is_none());
		});
	}

	#[test]
	fn outliers_spread_wider_than_the_window_do_not_suspend() {
		run_test(|| {
			for block in 0..30 {
				let liar = if block % 10 == 0 { price(150) } else { price(100) };
				round(&SEVEN[..4], &[price(100), price(100), price(100), liar]);
			}
			assert_eq!(OutlierCounts::<Test>::get(4), 3);
			assert!(Suspended::<Test>::get(4).is_none(), "one outlier per 10-block window");
		});
	}

	#[test]
	fn feeders_split_without_a_majority_are_not_counted_as_outliers() {
		run_test(|| {
			// A fast market: half the feeders see the crash, half do not yet.
			round(&SEVEN[..4], &[price(100), price(100), price(80), price(80)]);
			assert_eq!(btc_status(), PriceStatus::Stale, "never priced: nothing to serve");
			assert!((1..=4).all(|feeder| OutlierCounts::<Test>::get(feeder) == 0));
		});
	}

	#[test]
	fn returns_and_volatility_accumulate_from_live_rounds() {
		run_test(|| {
			round(&SEVEN[..3], &[price(100); 3]);
			round(&SEVEN[..3], &[price(110); 3]);
			let expected = Ratio::saturating_from_rational(6, 10_000); // 0.06 · 0.1²
			assert_eq!(btc().variance, expected);
			assert_eq!(Oracle::volatility(BTC), Some(volatility(expected)));
		});
	}

	#[test]
	fn the_largest_index_move_is_remembered_after_the_volatility_forgets_it() {
		run_test(|| {
			assert_eq!(Oracle::stressed_move(BTC), None, "never priced");
			for p in [100, 100, 88, 88] {
				round(&SEVEN[..3], &[price(p); 3]); // a −12 % gap that holds
			}
			let crash = Ratio::saturating_from_rational(12, 100);
			assert_eq!(Oracle::stressed_move(BTC), Some(crash));
			let wild = Oracle::volatility(BTC).unwrap();
			for _ in 0..80 {
				round(&SEVEN[..3], &[price(88); 3]);
			}
			assert!(Oracle::volatility(BTC).unwrap() < wild / Ratio::saturating_from_integer(10u32), "the EWMA forgot");
			assert_eq!(Oracle::stressed_move(BTC), Some(crash), "eight periods later the record has not");
		});
	}

	fn record_of(path: &[u128]) -> crate::StressRecord<u64> {
		let mut record = crate::StressRecord::new(0u64);
		for (block, pair) in path.windows(2).enumerate() {
			record.observe(price(pair[0]), price(pair[1]), block as u64, 1_000);
		}
		record
	}

	#[test]
	fn a_one_block_wick_moves_no_margin_but_a_gap_or_a_fall_does() {
		let percent = |n| Ratio::saturating_from_rational(n, 100u32);
		assert_eq!(record_of(&[100, 100, 80, 100, 100, 100]).worst_move(), Ratio::zero(), "a wick down and back");
		assert_eq!(record_of(&[100, 100, 125, 100, 100]).worst_move(), Ratio::zero(), "a wick up and back");
		assert_eq!(record_of(&[100, 100, 80, 80, 80]).worst_move(), percent(20), "a gap that holds");
		assert_eq!(record_of(&[100, 100, 90, 81, 81]).worst_move(), percent(10), "a fall that goes on, a block at a time");
		assert_eq!(record_of(&[100, 100, 80, 90, 90]).worst_move(), percent(10), "what held of a gap");
	}

	#[test]
	fn a_stress_record_keeps_thirty_periods_and_drops_the_oldest() {
		let percent = |n| Ratio::saturating_from_rational(n, 100u32);
		let mut record = crate::StressRecord::new(0u64);
		record.note(percent(10), 0, 10);
		record.note(percent(1), 15, 10);
		assert_eq!((record.period_start, record.worst.to_vec()), (10, vec![percent(10), percent(1)]));
		let mut day_before = record.clone();
		day_before.note(percent(2), 10 + 28 * 10, 10);
		assert_eq!(day_before.worst_move(), percent(10), "still within thirty periods");
		record.note(percent(2), 10 + 29 * 10, 10);
		assert_eq!((record.worst.len(), record.worst_move()), (30, percent(2)), "the crash's period has left");
		// A silence of any length opens at most thirty empty periods.
		record.note(percent(3), u64::MAX, 10);
		assert_eq!((record.worst.len(), record.worst_move()), (30, percent(3)));
	}
}

mod administering {
	use super::*;

	#[test]
	fn the_admin_lists_reconfigures_and_removes_markets() {
		run_test(|| {
			assert_ok!(Oracle::set_market(RuntimeOrigin::root(), 3, market_config()));
			assert_eq!(Markets::<Test>::count(), 3);
			let tighter = crate::MarketConfig { quorum: 5, ..market_config() };
			assert_ok!(Oracle::set_market(RuntimeOrigin::root(), 3, tighter));
			assert_eq!(Markets::<Test>::get(3).unwrap().quorum, 5);

			round(&[1, 2, 3], &[price(100); 3]);
			assert_ok!(Oracle::remove_market(RuntimeOrigin::root(), BTC));
			assert!(Feeds::<Test>::get(BTC).is_none() && Submissions::<Test>::iter_prefix(BTC).count() == 0);
			assert!(crate::StressRecords::<Test>::get(BTC).is_none());
			System::assert_last_event(Event::MarketRemoved { market: BTC }.into());
		});
	}

	fn symbol(text: &str) -> crate::Symbol {
		text.as_bytes().to_vec().try_into().unwrap()
	}

	#[test]
	fn a_market_is_named_renamed_and_found_by_its_symbol_in_any_case() {
		run_test(|| {
			assert_eq!(Oracle::market_by_symbol(b"btc-usd"), Some(BTC), "named at genesis");
			assert_ok!(Oracle::name_market(RuntimeOrigin::root(), ETH, symbol("eth-usd"), 2));
			System::assert_last_event(Event::MarketNamed { market: ETH, symbol: symbol("ETH-USD"), price_decimals: 2 }.into());
			assert_eq!(Oracle::names(), vec![(BTC, crate::Names::<Test>::get(BTC)), (ETH, crate::Names::<Test>::get(ETH))]);
			// A new name frees the old symbol for another market.
			assert_ok!(Oracle::name_market(RuntimeOrigin::root(), ETH, symbol("ETH/USDC"), 4));
			assert_eq!(Oracle::market_by_symbol(b"ETH-USD"), None);
			assert_eq!(Oracle::market_by_symbol(b"eth/usdc"), Some(ETH));
			assert_ok!(Oracle::set_market(RuntimeOrigin::root(), 3, market_config()));
			assert_ok!(Oracle::name_market(RuntimeOrigin::root(), 3, symbol("ETH-USD"), 2));
			// Removing a market frees its symbol.
			assert_ok!(Oracle::remove_market(RuntimeOrigin::root(), BTC));
			assert_eq!(Oracle::market_by_symbol(b"BTC-USD"), None);
			assert!(crate::Names::<Test>::get(BTC).is_none());
		});
	}

	#[test]
	fn bad_names_get_specific_errors_and_change_nothing() {
		run_test(|| {
			assert_noop!(Oracle::name_market(RuntimeOrigin::signed(1), ETH, symbol("ETH-USD"), 2), DispatchError::BadOrigin);
			assert_noop!(Oracle::name_market(RuntimeOrigin::root(), 9, symbol("SOL-USD"), 2), Error::<Test>::UnknownMarket);
			assert_noop!(Oracle::name_market(RuntimeOrigin::root(), ETH, symbol("btc-usd"), 2), Error::<Test>::SymbolTaken);
			for bad in ["", "-ETH", "ETH USD", "ETH€"] {
				assert_noop!(Oracle::name_market(RuntimeOrigin::root(), ETH, symbol(bad), 2), Error::<Test>::InvalidName);
			}
			assert_noop!(Oracle::name_market(RuntimeOrigin::root(), ETH, symbol("ETH-USD"), 19), Error::<Test>::InvalidName);
		});
	}

	#[test]
	fn a_feeder_set_smaller_than_a_quorum_is_announced() {
		run_test(|| {
			set_feeders(vec![1, 2]);
			<Oracle as frame_support::traits::ChangeMembers<u64>>::change_members_sorted(&[], &[3, 4, 5, 6, 7], &[1, 2]);
			System::assert_has_event(Event::QuorumUnreachable { market: BTC, quorum: 3, feeders: 2 }.into());
		});
	}

	#[test]
	fn a_range_that_excludes_the_stored_price_unprices_the_market() {
		run_test(|| {
			round(&[1, 2, 3], &[price(100); 3]);
			assert_ok!(Oracle::set_market(RuntimeOrigin::root(), BTC, crate::MarketConfig { max_price: price(1_000), ..market_config() }));
			assert!(Feeds::<Test>::get(BTC).is_some(), "100 is still within range");
			assert_ok!(Oracle::set_market(RuntimeOrigin::root(), BTC, crate::MarketConfig { max_price: price(50), ..market_config() }));
			assert!(Feeds::<Test>::get(BTC).is_none());
			assert_eq!(Oracle::status(BTC), PriceStatus::Stale);
		});
	}

	#[test]
	fn bad_admin_calls_get_specific_errors_and_change_nothing() {
		run_test(|| {
			assert_noop!(Oracle::set_market(RuntimeOrigin::signed(1), 3, market_config()), DispatchError::BadOrigin);
			assert_noop!(Oracle::remove_market(RuntimeOrigin::signed(1), BTC), DispatchError::BadOrigin);
			assert_noop!(Oracle::remove_market(RuntimeOrigin::root(), 9), Error::<Test>::UnknownMarket);
			for bad in [
				crate::MarketConfig { quorum: 0, ..market_config() },
				crate::MarketConfig { quorum: 17, ..market_config() },
				crate::MarketConfig { max_age: 0, ..market_config() },
				crate::MarketConfig { min_price: price(5), max_price: price(5), ..market_config() },
				crate::MarketConfig { min_price: Price::zero(), ..market_config() },
				crate::MarketConfig { divergence_threshold: Perbill::zero(), ..market_config() },
				crate::MarketConfig { outlier_band: Perbill::from_percent(1), ..market_config() },
				crate::MarketConfig { mark_smoothing: Perbill::zero(), ..market_config() },
				crate::MarketConfig { mark_smoothing: Perbill::one(), ..market_config() },
				crate::MarketConfig { mark_cap: Perbill::zero(), ..market_config() },
				crate::MarketConfig { mark_cap: Perbill::one(), ..market_config() },
				crate::MarketConfig { volatility_decay: Perbill::one(), ..market_config() },
			] {
				assert_noop!(Oracle::set_market(RuntimeOrigin::root(), 3, bad), Error::<Test>::InvalidConfig);
			}
			for market in 3..=8 {
				assert_ok!(Oracle::set_market(RuntimeOrigin::root(), market, market_config()));
			}
			assert_noop!(Oracle::set_market(RuntimeOrigin::root(), 9, market_config()), Error::<Test>::TooManyMarkets);
			assert_noop!(
				Oracle::set_market(RuntimeOrigin::root(), 8, crate::MarketConfig { quorum: 8, ..market_config() }),
				Error::<Test>::QuorumAboveFeeders
			);
			// Reconfiguring a listed market needs no room.
			assert_ok!(Oracle::set_market(RuntimeOrigin::root(), 8, market_config()));
		});
	}
}
