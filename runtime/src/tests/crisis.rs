//! Crisis scenarios through the real runtime (native, every pallet wired as on a node): the
//! circuit breakers on an injected spike, the dynamic margins on the real 2025-10-10 cascade
//! from `../shared/data/prices/`, a maintenance ramp that liquidates nobody, and reputation
//! tiers after a liquidation. Blocks are started through `Executive`, prices fed by three
//! validators' signed submissions, trades sent as signed transactions.

use crate::{
	tests::{account, signed_transaction, start_block, state_of},
	CircuitBreaker, Executive, Margin, Runtime, RuntimeCall, RuntimeEvent, System, BTC_USD, ETH_USD,
};
use ballast_primitives::{MarginAccounts, MarketGuard, MarketState, Price, Ratio, BASE_UNIT, COLLATERAL_UNIT};
use frame_support::traits::{TryState, TryStateSelect};
use pallet_ballast_circuit_breaker_runtime_api::runtime_decl_for_circuit_breaker_api::CircuitBreakerApiV1;
use pallet_ballast_reputation_runtime_api::runtime_decl_for_reputation_api::ReputationApiV1;
use sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	DispatchError, FixedPointNumber, ModuleError,
};

const FEEDERS: [Sr25519Keyring; 3] = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];

fn dollars(d: u128) -> u128 {
	d * COLLATERAL_UNIT
}

fn coins(milli: i128) -> i128 {
	milli * BASE_UNIT as i128 / 1_000
}

/// Starts `block` (every hook runs), checks every pallet's invariants, then the feeders submit
/// `prices` (market, cents) for the next block. Returns the events of the block's hooks.
fn feed(block: u32, prices: &[(u32, u128)]) -> Vec<RuntimeEvent> {
	start_block(block);
	<crate::AllPalletsWithSystem as TryState<u32>>::try_state(block, TryStateSelect::All).expect("every pallet's invariants hold");
	let events = System::events().into_iter().map(|record| record.event).collect();
	for feeder in FEEDERS {
		let prices: Vec<_> = prices.iter().map(|(market, cents)| (*market, Price::saturating_from_rational(*cents, 100))).collect();
		let call = RuntimeCall::Oracle(pallet_ballast_oracle::Call::submit_prices { prices: prices.try_into().unwrap() });
		let outcome = Executive::apply_extrinsic(signed_transaction(feeder, block - 1, call));
		assert_eq!(outcome, Ok(Ok(())));
	}
	events
}

/// A signed margin call from `who` with `nonce`: the dispatch outcome.
fn margin(who: Sr25519Keyring, nonce: u32, call: pallet_ballast_margin::Call<Runtime>) -> Result<(), DispatchError> {
	let outcome = Executive::apply_extrinsic(signed_transaction(who, nonce, RuntimeCall::Margin(call)));
	outcome.expect("the transaction is valid")
}

/// The margin pallet's error `name`, as a dispatch returns it.
fn margin_error(error: pallet_ballast_margin::Error<Runtime>) -> DispatchError {
	let DispatchError::Module(ModuleError { index, error, .. }) = DispatchError::from(error) else { unreachable!() };
	DispatchError::Module(ModuleError { index, error, message: None })
}

fn without_message(result: Result<(), DispatchError>) -> Result<(), DispatchError> {
	result.map_err(|e| match e {
		DispatchError::Module(ModuleError { index, error, .. }) => DispatchError::Module(ModuleError { index, error, message: None }),
		other => other,
	})
}

fn buy(market: u32, size: i128) -> pallet_ballast_margin::Call<Runtime> {
	pallet_ballast_margin::Call::trade { market, delta: size, limit_price: Price::saturating_from_integer(10_000_000u32) }
}

fn sell(market: u32, size: i128) -> pallet_ballast_margin::Call<Runtime> {
	pallet_ballast_margin::Call::trade { market, delta: -size, limit_price: Price::zero() }
}

#[test]
fn an_injected_spike_trips_reduce_only_then_halted_and_the_market_resumes_by_itself() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let eve = Sr25519Keyring::Eve;
		feed(1, &[(BTC_USD, 10_000_000)]);
		feed(2, &[(BTC_USD, 10_000_000)]);
		assert_eq!(margin(eve, 0, pallet_ballast_margin::Call::deposit { amount: dollars(10_000) }), Ok(()));
		assert_eq!(margin(eve, 1, buy(BTC_USD, coins(100))), Ok(()));
		// A 12 % spike at the source: reduce-only from the block that aggregates it.
		feed(3, &[(BTC_USD, 11_200_000)]);
		feed(4, &[(BTC_USD, 11_200_000)]);
		assert_eq!(CircuitBreaker::market_state(BTC_USD), MarketState::ReduceOnly);
		assert_eq!(without_message(margin(eve, 2, buy(BTC_USD, coins(10)))), Err(margin_error(pallet_ballast_margin::Error::MarketReduceOnly)));
		assert_eq!(margin(eve, 3, sell(BTC_USD, coins(10))), Ok(()), "reducing is allowed");
		// 30 % above where the window began: halted, not even reductions.
		feed(5, &[(BTC_USD, 13_000_000)]);
		let mut block = 6;
		feed(block, &[(BTC_USD, 13_000_000)]);
		assert_eq!(CircuitBreaker::market_state(BTC_USD), MarketState::Halted);
		assert_eq!(without_message(margin(eve, 4, sell(BTC_USD, coins(10)))), Err(margin_error(pallet_ballast_margin::Error::MarketHalted)));
		assert_eq!(CircuitBreaker::market_state(ETH_USD), MarketState::Open, "the other market trades on");
		// What a client asking the runtime API sees: halted, and when it steps back by itself.
		let view = <Runtime as CircuitBreakerApiV1<crate::Block, u32>>::market(BTC_USD).expect("BTC-USD has a breaker");
		assert_eq!((view.effective, view.state), (MarketState::Halted, MarketState::Halted));
		let steps_back_at = view.steps_back_at.expect("a halted breaker steps back");
		assert!(steps_back_at >= block + view.params.cooldown, "a cooldown after the last trigger: {view:?}");
		assert_eq!(<Runtime as CircuitBreakerApiV1<crate::Block, u32>>::markets().len(), 2);
		assert!(<Runtime as CircuitBreakerApiV1<crate::Block, u32>>::venue().level > ballast_primitives::CrisisLevel::Calm, "a halted market is a crisis sign");
		// Stable at the new level: back to reduce-only by itself, then open, a cooldown apart.
		let mut seen = vec![MarketState::Halted];
		while seen.last() != Some(&MarketState::Open) {
			block += 1;
			feed(block, &[(BTC_USD, 13_000_000)]);
			let state = CircuitBreaker::market_state(BTC_USD);
			if seen.last() != Some(&state) {
				seen.push(state);
			}
			assert!(block < 60, "never resumed: {seen:?}");
		}
		assert_eq!(seen, vec![MarketState::Halted, MarketState::ReduceOnly, MarketState::Open]);
		assert_eq!(<Runtime as CircuitBreakerApiV1<crate::Block, u32>>::market(BTC_USD).unwrap().steps_back_at, None, "open");
		assert_eq!(margin(eve, 5, buy(BTC_USD, coins(10))), Ok(()), "open again");
	});
}

/// One minute's candle closes of a crash file in `../shared/data/prices/`, in cents, from
/// `from` (an `HH:MM` UTC time) on; `None` when the folder is not beside the clone.
fn candles(file: &str, from: &str) -> Option<Vec<(String, u128)>> {
	let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into());
	let path = std::path::Path::new(&root).join("../../shared/data/prices").join(file);
	let text = std::fs::read_to_string(path).ok()?;
	let rows = text
		.lines()
		.skip(1)
		.filter_map(|line| {
			let fields: Vec<&str> = line.split(',').collect();
			let minute = fields.first()?.get(11..16)?.to_string();
			let close: f64 = fields.get(4)?.parse().ok()?;
			(minute.as_str() >= from).then(|| (minute, (close * 100.0).round() as u128))
		})
		.collect();
	Some(rows)
}

/// The real cascade, one candle a block from 20:00 UTC: ETH's margin multiplier stays low in
/// the quiet hour, has risen before the session's largest one-minute drop, and falls back once
/// the market calms; no breaker trips on the real path (the moves stay inside the bands).
#[test]
fn the_real_cascade_raises_margins_before_the_largest_drop_and_lowers_them_after() {
	let (Some(btc), Some(eth)) = (candles("btc-gemini-20251010-1m.csv", "20:00"), candles("eth-gemini-20251010-1m.csv", "20:00")) else {
		println!("../shared/data/prices is not beside the clone: the replay test has nothing to replay");
		return;
	};
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		// Minute by minute, the last close of each market carried over its gaps.
		let btc: std::collections::BTreeMap<_, _> = btc.into_iter().collect();
		let eth: std::collections::BTreeMap<_, _> = eth.into_iter().collect();
		let minutes: Vec<&String> = eth.keys().collect();
		let mut last_btc = *btc.values().next().unwrap();
		let mut path = Vec::new();
		for (i, minute) in minutes.iter().enumerate() {
			last_btc = btc.get(*minute).copied().unwrap_or(last_btc);
			let last_eth = eth[*minute];
			let block = i as u32 + 1;
			let events = feed(block, &[(BTC_USD, last_btc), (ETH_USD, last_eth)]);
			assert!(
				!events.iter().any(|e| matches!(e, RuntimeEvent::CircuitBreaker(pallet_ballast_circuit_breaker::Event::StateChanged { .. }))),
				"a breaker tripped on the real path at {minute}"
			);
			let scale = pallet_ballast_margin::Markets::<Runtime>::get(ETH_USD).unwrap().scale;
			path.push(((*minute).clone(), last_eth, scale.initial));
		}
		let multiplier = |at: usize| path[at].2.to_float();
		// The largest one-minute fall after the first half hour.
		let drop_at = (31..path.len())
			.min_by(|&a, &b| {
				let fall = |i: usize| path[i].1 as f64 / path[i - 1].1 as f64;
				fall(a).partial_cmp(&fall(b)).unwrap()
			})
			.unwrap();
		let quiet_peak = (5..30).map(multiplier).fold(0.0, f64::max);
		let peak = path.iter().map(|p| p.2.to_float()).fold(0.0, f64::max);
		println!(
			"dynamic margins on the 2025-10-10 cascade: quiet-hour peak {quiet_peak:.3}, {:.3} before the largest drop ({} {:.2} %), peak {peak:.3}, {:.3} at the end ({})",
			multiplier(drop_at - 1),
			path[drop_at].0,
			(path[drop_at].1 as f64 / path[drop_at - 1].1 as f64 - 1.0) * 100.0,
			multiplier(path.len() - 1),
			path.last().unwrap().0,
		);
		let first_above = |level: f64| path.iter().find(|p| p.2.to_float() > level).map_or("never", |p| p.0.as_str());
		println!("ETH's initial multiplier first above 1.25 at {}, above 1.5 at {}, above 2 at {}", first_above(1.25), first_above(1.5), first_above(2.0));
		assert!(quiet_peak < 1.25, "calm minutes barely tighten: {quiet_peak}");
		assert!(multiplier(drop_at - 1) > 1.5, "tightened before the largest drop: {}", multiplier(drop_at - 1));
		assert!(multiplier(path.len() - 1) < 0.8 * peak, "loosened after: {} of {peak}", multiplier(path.len() - 1));
	});
}

/// A gap that holds keeps ETH's margins up after the volatility estimate has forgotten it: the
/// oracle's stress record remembers the move for thirty days, and the multiplier stays at what
/// lets maintenance cover it again. Turned off by governance, the multiplier falls back at once.
#[test]
fn a_crash_gap_keeps_margins_up_after_the_volatility_has_calmed() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		for block in 1..=5 {
			feed(block, &[(ETH_USD, 400_000)]);
		}
		// −6 %, twice the listed maintenance fraction, and it holds.
		for block in 6..=400 {
			feed(block, &[(ETH_USD, 376_000)]);
		}
		let listed = pallet_ballast_margin::Markets::<Runtime>::get(ETH_USD).unwrap();
		let maintenance = listed.params.maintenance_margin.to_float();
		let expected = (0.06 / maintenance).min(3.0);
		let volatility = <crate::CircuitBreaker as ballast_primitives::VenueStress>::volatility_ratio(ETH_USD).unwrap().to_float();
		println!("400 blocks after a 6 % gap: volatility ×{volatility:.2} of calm, maintenance multiplier ×{:.3} (listed {maintenance})", listed.scale.maintenance.to_float());
		assert!(volatility < 1.5, "the EWMA has calmed: {volatility}");
		assert!((listed.scale.maintenance.to_float() - expected).abs() < 1e-6, "{} against {expected}", listed.scale.maintenance.to_float());
		assert!(expected > 1.5, "a gap several times the maintenance fraction");

		let floor_off = pallet_ballast_margin::ScalingParams { stressed_weight: Ratio::zero(), ..Default::default() };
		Margin::set_scaling(crate::RuntimeOrigin::root(), floor_off).unwrap();
		feed(401, &[(ETH_USD, 376_000)]);
		let scale = pallet_ballast_margin::Markets::<Runtime>::get(ETH_USD).unwrap().scale;
		assert!(scale.maintenance.to_float() < 1.1, "without the floor, back to calm: {}", scale.maintenance.to_float());
	});
}

/// The liquidation engine's census sizes the insurance fund: a 15× ETH long (10 ETH on 2 667)
/// would be some 1 400 under water after a 10 % fall (the stress floor, ETH having recorded no
/// larger move), and some 9 400 after the extreme rung's 30 %, of which the fund holds 35 %
/// (about 3 300): the larger is the book's stressed shortfall, the fund's target, and its cover
/// the balance over it, in the fund's runtime API.
#[test]
fn the_books_census_sizes_the_insurance_fund() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		feed(1, &[(ETH_USD, 400_000)]);
		feed(2, &[(ETH_USD, 400_000)]);
		assert_eq!(margin(Sr25519Keyring::Dave, 0, pallet_ballast_margin::Call::deposit { amount: dollars(40_000) / 15 }), Ok(()));
		assert_eq!(margin(Sr25519Keyring::Dave, 1, buy(ETH_USD, coins(10_000))), Ok(()));
		for block in 3..6 {
			feed(block, &[(ETH_USD, 400_000)]);
		}
		let fund = crate::InsuranceFund::fund_state();
		let target = fund.target.expect("a census has finished");
		println!("fund target {} bUSD, balance {} bUSD, cover {:?}", target / COLLATERAL_UNIT, fund.balance / COLLATERAL_UNIT, fund.cover.map(|c| c.to_float()));
		// 35 % of 12 000 lost on what is left of 2 667 after the trade's fee and price impact,
		// more than the whole of the 10 % gap's 4 000 lost on it.
		let equity = Margin::health(&account(Sr25519Keyring::Dave)).unwrap().equity;
		let (gap, crash) = ((dollars(4_000) as i128 - equity) as u128, (dollars(12_000) as i128 - equity) as u128);
		assert_eq!(target, sp_runtime::PerThing::mul_ceil(sp_runtime::Perbill::from_percent(35), crash));
		assert!(target > gap, "{target} against the gap's {gap}");
		assert_eq!(pallet_ballast_liquidation::LastCensus::<Runtime>::get().unwrap().loss.accounts, 1);
		assert_eq!(fund.cover, Some(Ratio::saturating_from_rational(fund.balance, target)));
	});
}

/// What one whale can do to everyone else through the fund's target: a 10× ETH long of 50 ETH
/// (200 000 of notional, far below the 0.1 %-of-open-interest cover the small genesis fund of
/// 2 000 meets) loses little in the gap's 10 % fall but some 54 000 in the extreme rung's 30 %
/// (its entry paid price impact), of which the target holds 35 %, about 19 000: the fund's cover
/// falls to about 0.11. Every market's margins rise for it, BTC's too where the whale holds nothing, but by
/// no more than `cover_weight` (+25 %) and the fund's fee boost by no more than
/// `undercover_fee_share`; a 5× BTC trader stays healthy; and when the whale closes, the next
/// sweep drops the target and every margin returns to listed.
#[test]
fn a_whale_pushing_the_funds_target_past_it_raises_everyones_margins_only_within_the_cover_weight() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let calm = [(BTC_USD, 10_000_000), (ETH_USD, 400_000)];
		feed(1, &calm);
		feed(2, &calm);
		let (eve, whale) = (Sr25519Keyring::Eve, Sr25519Keyring::Dave);
		assert_eq!(margin(eve, 0, pallet_ballast_margin::Call::deposit { amount: dollars(10_000) }), Ok(()));
		assert_eq!(margin(eve, 1, buy(BTC_USD, coins(500))), Ok(()), "a 5× BTC long");
		for block in 3..6 {
			feed(block, &calm);
		}
		let scaling = pallet_ballast_margin::Scaling::<Runtime>::get();
		let listed = |market| pallet_ballast_margin::Markets::<Runtime>::get(market).unwrap().scale;
		assert_eq!(listed(BTC_USD).initial, Ratio::one(), "covered: margins as listed before the whale");
		let eve_before = Margin::health(&account(eve)).unwrap();

		assert_eq!(margin(whale, 0, pallet_ballast_margin::Call::deposit { amount: dollars(20_000) }), Ok(()));
		assert_eq!(margin(whale, 1, buy(ETH_USD, coins(50_000))), Ok(()), "a 10× ETH long of 50 ETH");
		for block in 6..40 {
			feed(block, &calm);
		}
		let fund = crate::InsuranceFund::fund_state();
		let (target, cover) = (fund.target.expect("a census has finished"), fund.cover.expect("a target"));
		println!("whale's book: fund target {} bUSD against {} bUSD, cover {:.3}", target / COLLATERAL_UNIT, fund.balance / COLLATERAL_UNIT, cover.to_float());
		assert!(target > 5 * fund.balance, "the extreme rung asks far past the small fund: {target}");
		let most = Ratio::one().saturating_add(scaling.cover_weight);
		for market in [BTC_USD, ETH_USD] {
			let scale = listed(market);
			println!("market {market}: initial ×{:.3}, maintenance ×{:.3}", scale.initial.to_float(), scale.maintenance.to_float());
			assert!(scale.initial > Ratio::one(), "everyone's margins rise with the shortfall ({market})");
			assert!(scale.initial <= most && scale.maintenance <= most, "bounded by the cover weight ({market}): {scale:?}");
		}
		let expected = Ratio::one().saturating_add(scaling.cover_weight.saturating_mul(Ratio::one().saturating_sub(cover)));
		// The hook read the cover before this block's fees reached the fund.
		let off = listed(BTC_USD).initial.to_float() - expected.to_float();
		assert!(off.abs() < 1e-6, "the cover term alone, in proportion to the shortfall: {off}");
		let boost = pallet_ballast_margin::UndercoverFeeBoost::<Runtime>::get();
		assert!(boost > sp_runtime::Perbill::zero() && boost <= scaling.undercover_fee_share, "{boost:?}");
		let eve_during = Margin::health(&account(eve)).unwrap();
		assert!(!eve_during.is_liquidatable(), "the 5× trader is not pushed out");
		assert!(eve_during.initial_requirement <= most.saturating_mul_int(eve_before.initial_requirement) + COLLATERAL_UNIT);

		assert_eq!(margin(whale, 2, pallet_ballast_margin::Call::close { market: ETH_USD, limit_price: Price::zero() }), Ok(()));
		for block in 40..80 {
			feed(block, &calm);
		}
		let fund = crate::InsuranceFund::fund_state();
		println!("after the whale's close: target {:?}, cover {:?}", fund.target, fund.cover.map(|c| c.to_float()));
		assert!(fund.cover.map_or(true, |c| c >= Ratio::one()), "the next sweep drops the whale's target");
		for market in [BTC_USD, ETH_USD] {
			assert_eq!(listed(market).initial, Ratio::one(), "margins back to listed ({market})");
			assert_eq!(listed(market).maintenance, Ratio::one(), "margins back to listed ({market})");
		}
		assert_eq!(pallet_ballast_margin::UndercoverFeeBoost::<Runtime>::get(), sp_runtime::Perbill::zero());
	});
}

/// Accounts from 5× to about 17× at steady prices while governance raises every margin threefold:
/// the initial margin follows at once, the maintenance margin ramps a step a block whoever stands
/// at their edge, each step advancing the liquidation index: nobody is liquidated in the block
/// the raise is enacted, the levered accounts it reaches are mended partially a step at a
/// time (never closed whole), the 5× long is left alone, and nobody ends below maintenance.
#[test]
fn a_maintenance_ramp_at_steady_prices_mends_only_the_accounts_it_reaches_a_step_at_a_time() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		feed(1, &[(ETH_USD, 400_000)]);
		feed(2, &[(ETH_USD, 400_000)]);
		let traders = [Sr25519Keyring::Dave, Sr25519Keyring::Eve, Sr25519Keyring::Ferdie];
		// Price impact and fees take each a little further (the last about 17×).
		for (trader, leverage) in traders.iter().zip([5u128, 11, 15]) {
			assert_eq!(margin(*trader, 0, pallet_ballast_margin::Call::deposit { amount: dollars(40_000 / leverage) }), Ok(()));
			assert_eq!(margin(*trader, 1, buy(ETH_USD, coins(10_000))), Ok(()), "{leverage}×");
		}
		let everything_tighter = pallet_ballast_margin::ScalingParams {
			level_terms: [Ratio::from_u32(2); 4],
			..Default::default()
		};
		Margin::set_scaling(crate::RuntimeOrigin::root(), everything_tighter).unwrap();
		let mut liquidations = Vec::new();
		for block in 3..120 {
			let events = feed(block, &[(ETH_USD, 400_000)]);
			liquidations.extend(events.into_iter().filter_map(|e| match e {
				RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::Liquidated { who, health_after, .. }) => Some((block, who, health_after)),
				_ => None,
			}));
		}
		let scale = pallet_ballast_margin::Markets::<Runtime>::get(ETH_USD).unwrap().scale;
		println!("ramp at steady prices: initial ×{:.3}, maintenance ×{:.3}, liquidations {liquidations:?}", scale.initial.to_float(), scale.maintenance.to_float());
		assert_eq!(scale.initial, Ratio::from_u32(3), "new risk pays the new price at once");
		assert_eq!(scale.maintenance, Ratio::from_u32(3), "the ramp went all the way, held back by nobody");
		assert!(liquidations.iter().any(|(_, who, _)| *who == account(Sr25519Keyring::Ferdie)), "the 17× long is reached by a threefold maintenance");
		assert!(liquidations.iter().all(|(block, _, _)| *block > 3), "nobody in the block the raise took effect");
		assert!(liquidations.iter().all(|(_, who, left)| *who != account(Sr25519Keyring::Dave) && left.is_some()), "the 5× long untouched, the others partially: {liquidations:?}");
		for trader in traders {
			let health = Margin::health(&account(trader)).unwrap();
			assert!(!health.is_liquidatable(), "{trader:?} was left below maintenance");
		}
	});
}

/// A liquidated trader drops from the newcomers' 20× to 10×: a position past 10× is refused
/// with `LeverageTooHigh` and changes nothing; one within the tier goes through.
#[test]
fn a_liquidated_trader_drops_a_tier_and_may_not_lever_past_it() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let eve = Sr25519Keyring::Eve;
		feed(1, &[(BTC_USD, 10_000_000)]);
		feed(2, &[(BTC_USD, 10_000_000)]);
		assert_eq!(crate::Reputation::standing(&account(eve)).max_leverage, Ratio::from_u32(20));
		assert_eq!(margin(eve, 0, pallet_ballast_margin::Call::deposit { amount: dollars(1_300) }), Ok(()));
		assert_eq!(margin(eve, 1, buy(BTC_USD, coins(200))), Ok(()), "about 15×");
		// A 5 % drift, then steady: the engine liquidates her.
		let mut liquidated = false;
		for (block, cents) in (3..20).zip([9_900_000, 9_800_000, 9_700_000, 9_600_000].into_iter().chain(core::iter::repeat(9_500_000))) {
			let events = feed(block, &[(BTC_USD, cents)]);
			liquidated |= events.iter().any(|e| {
				matches!(e, RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::Liquidated { who, .. }) if *who == account(eve))
			});
		}
		assert!(liquidated, "the drift liquidated Eve");
		// What Eve sees through the runtime API before her next order.
		let standing = <Runtime as ReputationApiV1<crate::Block, crate::AccountId>>::standing(account(eve), Some(BTC_USD));
		assert_eq!(standing.strikes, 1, "liquidated once (not bankrupt)");
		assert_eq!(standing.max_leverage, Ratio::from_u32(10));

		assert_eq!(margin(eve, 2, pallet_ballast_margin::Call::deposit { amount: dollars(2_000) }), Ok(()));
		let equity = Margin::health(&account(eve)).unwrap().equity as u128;
		// Whatever is left of her position plus a new one worth 15× her equity: too much.
		let coins_worth = |notional: u128| (notional * BASE_UNIT / dollars(95_000)) as i128;
		let before = pallet_ballast_margin::Accounts::<Runtime>::get(account(eve));
		assert_eq!(
			without_message(margin(eve, 3, buy(BTC_USD, coins_worth(15 * equity)))),
			Err(margin_error(pallet_ballast_margin::Error::LeverageTooHigh))
		);
		assert_eq!(pallet_ballast_margin::Accounts::<Runtime>::get(account(eve)), before);
		assert_eq!(margin(eve, 4, buy(BTC_USD, coins_worth(4 * equity))), Ok(()), "within the 10× tier");
	});
}

/// The review's escape, through the real runtime: a trader opens a position large enough for
/// the liquidation engine's large queue and far from the line, sells most of it (a reducing
/// trade) and withdraws nearly all it may, so it waits in the small queue close to the line. Its
/// entry must move with it: when BTC then falls 12 % (less than the old entry's distance), it is
/// liquidated (every block's `try_state` also checks that no liquidatable account is left where
/// the next block would not examine it).
#[test]
fn an_account_reduced_into_the_small_queue_cannot_escape_liquidation() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let dave = Sr25519Keyring::Dave;
		feed(1, &[(BTC_USD, 10_000_000)]);
		feed(2, &[(BTC_USD, 10_000_000)]);
		// 0.4 BTC on 10 000: 1 200 of maintenance (the large queue), about 18 % from the line.
		assert_eq!(margin(dave, 0, pallet_ballast_margin::Call::deposit { amount: dollars(10_000) }), Ok(()));
		assert_eq!(margin(dave, 1, buy(BTC_USD, coins(400))), Ok(()));
		assert!(Margin::health(&account(dave)).unwrap().maintenance_requirement >= crate::configs::LiquidationPriorityRequirement::get());
		// 0.05 BTC left on about 450 of equity: the small queue, about 6 % from the line.
		assert_eq!(margin(dave, 2, sell(BTC_USD, coins(350))), Ok(()));
		let withdrawable = Margin::account_summary(&account(dave)).unwrap().withdrawable;
		assert_eq!(margin(dave, 3, pallet_ballast_margin::Call::withdraw { amount: withdrawable - dollars(200) }), Ok(()));
		let health = Margin::health(&account(dave)).unwrap();
		assert!(health.maintenance_requirement < crate::configs::LiquidationPriorityRequirement::get(), "now in the small queue");
		let mut liquidated = false;
		for (block, cents) in (3..30).zip((0..).map(|step: u128| 10_000_000u128.saturating_sub(step * 200_000).max(8_800_000))) {
			let events = feed(block, &[(BTC_USD, cents)]);
			liquidated |= events.iter().any(|e| {
				matches!(e, RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::Liquidated { who, .. }) if *who == account(dave))
			});
		}
		assert!(liquidated, "the reduced account was never liquidated");
		assert!(!Margin::health(&account(dave)).is_some_and(|h| h.is_liquidatable()), "left below maintenance");
	});
}
