//! Governance through the real runtime (native, every pallet and hook in block order): referenda
//! noted, submitted, deposited, voted with conviction and enacted by the scheduler; the emergency
//! track's halt; a rejected referendum; a runtime upgrade through the root track; and every
//! parameter setter of every Ballast pallet refused to a signed account.

use crate::{
	governance::{origins::Origin as GovernanceOrigin, tracks},
	tests::{account, send, start_block, state_of},
	Balances, Margin, OriginCaller, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System, BTC_USD,
	ETH_USD, UNIT,
};
use ballast_primitives::{MarginAccounts, MarketGuard, MarketState, Price, Ratio, BASE_UNIT, COLLATERAL_UNIT};
use codec::{Decode, Encode};
use frame_support::traits::{
	schedule::DispatchTime, Bounded, GetCallIndex, GetCallName, PalletInfoAccess, TryState, TryStateSelect, UnfilteredDispatchable,
};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_referenda::TracksInfo as _;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{
	traits::{Hash as _, One},
	DispatchError, FixedPointNumber,
};

/// The chain's feeders submit `prices` (market, dollars) for the next block. Dispatched from
/// their accounts without a transaction: an unoptimised sr25519 check costs tens of
/// milliseconds, and these tests run hundreds of blocks (the signed path is `tests.rs`'s).
pub(super) fn feed(feeders: &[Sr25519Keyring], prices: &[(u32, u128)]) {
	for feeder in feeders {
		let prices: Vec<_> = prices.iter().map(|(market, dollars)| (*market, Price::saturating_from_integer(*dollars))).collect();
		let call = pallet_ballast_oracle::Call::<Runtime>::submit_prices { prices: prices.try_into().unwrap() };
		assert_eq!(call.dispatch_bypass_filter(RuntimeOrigin::signed(account(*feeder))).map(|_| ()).map_err(|e| e.error), Ok(()));
	}
}

/// A block: every hook runs, every pallet's invariants hold, then the feeders price it for the
/// next. Returns the events of the block's hooks.
pub(super) fn block(feeders: &[Sr25519Keyring], prices: &[(u32, u128)]) -> Vec<RuntimeEvent> {
	let number = System::block_number() + 1;
	start_block(number);
	<crate::AllPalletsWithSystem as TryState<u32>>::try_state(number, TryStateSelect::All).expect("every pallet's invariants hold");
	let events = System::events().into_iter().map(|record| record.event).collect();
	feed(feeders, prices);
	events
}

/// Notes `call` as a preimage, submits it on `origin`'s track, places the decision deposit and
/// has `voters` vote aye with 1× conviction on their whole free balance less a little for fees.
pub(super) fn propose(proposer: Sr25519Keyring, origin: OriginCaller, call: RuntimeCall, voters: &[Sr25519Keyring]) -> u32 {
	let encoded = call.encode();
	let hash = <Runtime as frame_system::Config>::Hashing::hash(&encoded);
	assert_eq!(send(proposer, RuntimeCall::Preimage(pallet_preimage::Call::note_preimage { bytes: encoded.clone() })), Ok(()));
	let index = pallet_referenda::ReferendumCount::<Runtime>::get();
	let proposal = Bounded::Lookup { hash, len: encoded.len() as u32 };
	let submit = pallet_referenda::Call::submit { proposal_origin: Box::new(origin), proposal, enactment_moment: DispatchTime::After(0) };
	assert_eq!(send(proposer, RuntimeCall::Referenda(submit)), Ok(()));
	assert_eq!(send(proposer, RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index })), Ok(()));
	for voter in voters {
		let balance = Balances::free_balance(account(*voter)).saturating_sub(1_000 * UNIT);
		let vote = AccountVote::Standard { vote: Vote { aye: true, conviction: Conviction::Locked1x }, balance };
		assert_eq!(send(*voter, RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::vote { poll_index: index, vote })), Ok(()));
	}
	index
}

/// The first block at or after the current one whose hooks' events satisfy `found`, advancing
/// at most `limit` blocks; the block's number and events.
pub(super) fn until(
	limit: u32,
	feeders: &[Sr25519Keyring],
	prices: &[(u32, u128)],
	found: impl Fn(&RuntimeEvent) -> bool,
) -> (u32, Vec<RuntimeEvent>) {
	for _ in 0..limit {
		let events = block(feeders, prices);
		if events.iter().any(&found) {
			return (System::block_number(), events);
		}
	}
	panic!("not within {limit} blocks");
}

fn market_configured(event: &RuntimeEvent) -> bool {
	matches!(event, RuntimeEvent::Margin(pallet_ballast_margin::Event::MarketConfigured { .. }))
}

fn halted(event: &RuntimeEvent) -> bool {
	matches!(event, RuntimeEvent::CircuitBreaker(pallet_ballast_circuit_breaker::Event::EmergencyHalted { .. }))
}

fn liquidations(events: &[RuntimeEvent]) -> usize {
	events.iter().filter(|e| matches!(e, RuntimeEvent::Liquidation(pallet_ballast_liquidation::Event::Liquidated { .. }))).count()
}

fn dollars(d: u128) -> u128 {
	d * COLLATERAL_UNIT
}

const DEV_FEEDERS: [Sr25519Keyring; 1] = [Alice];
const LOCAL_FEEDERS: [Sr25519Keyring; 3] = [Alice, Bob, Charlie];
pub(super) const EVERYONE: [Sr25519Keyring; 6] = [Alice, Bob, Charlie, Dave, Eve, Ferdie];

/// ETH at 4 000 dollars.
const ETH: [(u32, u128); 2] = [(ETH_USD, 4_000), (BTC_USD, 100_000)];

/// A full `risk_parameters` referendum on the dev chain's pace raises ETH-USD's maintenance
/// margin from 3 % to 5 %. Three longs at 5×, 11× and about 17× are healthy before; none is
/// liquidated in the enactment block or while the raise phases in at steady prices, and in the
/// end the new margin is wholly in force.
#[test]
fn a_risk_parameters_referendum_raises_a_maintenance_margin_without_liquidating_anyone() {
	state_of(DEV_RUNTIME_PRESET).execute_with(|| {
		block(&DEV_FEEDERS, &ETH);
		block(&DEV_FEEDERS, &ETH);
		let traders = [Dave, Eve, Charlie];
		for (trader, leverage) in traders.iter().zip([5u128, 11, 15]) {
			assert_eq!(send(*trader, RuntimeCall::Margin(pallet_ballast_margin::Call::deposit { amount: dollars(40_000 / leverage) })), Ok(()));
			let trade = pallet_ballast_margin::Call::trade {
				market: ETH_USD,
				delta: 10 * BASE_UNIT as i128,
				limit_price: Price::saturating_from_integer(5_000u32),
			};
			assert_eq!(send(*trader, RuntimeCall::Margin(trade)), Ok(()), "{leverage}×");
		}
		let requirement = |who: Sr25519Keyring| Margin::health(&account(who)).unwrap().maintenance_requirement;
		// The dev fund is short of what this book's stressed shortfall asks, and its cover moves
		// with every block's fees and funding: margins would creep for that alone. This test is
		// about the referendum's raise, so the fund's term is held off.
		let no_fund_term = pallet_ballast_margin::ScalingParams { cover_weight: Ratio::from_inner(0), ..pallet_ballast_margin::Scaling::<Runtime>::get() };
		Margin::set_scaling(crate::RuntimeOrigin::root(), no_fund_term).unwrap();
		block(&DEV_FEEDERS, &ETH);
		let before: Vec<_> = traders.iter().map(|t| requirement(*t)).collect();

		let mut raised = Margin::markets().into_iter().find(|(id, _)| *id == ETH_USD).unwrap().1;
		raised.maintenance_margin = Ratio::saturating_from_rational(5, 100);
		raised.initial_margin = Ratio::saturating_from_rational(6, 100);
		let call = RuntimeCall::Margin(pallet_ballast_margin::Call::set_market { market: ETH_USD, params: raised.clone() });
		let index = propose(Bob, GovernanceOrigin::RiskParameters.into(), call, &EVERYONE);
		let track = pallet_referenda::ReferendumInfoFor::<Runtime>::get(index);
		assert!(matches!(track, Some(pallet_referenda::ReferendumInfo::Ongoing(ref s)) if s.track == tracks::RISK_PARAMETERS));

		let submitted = System::block_number();
		let (enacted_at, events) = until(60, &DEV_FEEDERS, &ETH, market_configured);
		println!("risk_parameters referendum enacted {} blocks after submission", enacted_at - submitted);
		assert!(enacted_at - submitted >= minimum_blocks_to_enactment(tracks::RISK_PARAMETERS));
		assert!(events.contains(&RuntimeEvent::Margin(pallet_ballast_margin::Event::MarketConfigured { market: ETH_USD })));
		assert!(events.iter().any(|e| matches!(e, RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched { result: Ok(()), .. }))));
		assert!(matches!(pallet_referenda::ReferendumInfoFor::<Runtime>::get(index), Some(pallet_referenda::ReferendumInfo::Approved(..))));
		assert_eq!(liquidations(&events), 0);
		assert_eq!(traders.iter().map(|t| requirement(*t)).collect::<Vec<_>>(), before, "no requirement rose when enacted");

		// The raise phases in over the ramp; nobody is liquidated at steady prices.
		let mut liquidated = 0;
		for _ in 0..150 {
			liquidated += liquidations(&block(&DEV_FEEDERS, &ETH));
		}
		assert_eq!(liquidated, 0, "the raise liquidated somebody");
		let market = pallet_ballast_margin::Markets::<Runtime>::get(ETH_USD).unwrap();
		assert_eq!(market.params, raised);
		assert_eq!(market.scale.phase_in, Ratio::one(), "wholly in force");
		for (trader, before) in traders.iter().zip(before) {
			assert!(requirement(*trader) > before * 3 / 2, "{trader:?}: the new 5 % is in force");
			assert!(!Margin::health(&account(*trader)).unwrap().is_liquidatable());
		}
	});
}

/// One `risk_parameters` referendum lists a new market whole, in one `batch_all`: its oracle
/// feed, its name and its margin parameters. Once enacted, the venue's runtime API serves it by
/// its symbol, and its feeders' prices make it tradable.
#[test]
fn one_risk_referendum_lists_a_market_by_name() {
	use ballast_venue_runtime_api::runtime_decl_for_venue_api::VenueApiV1;
	const SOL_USD: u32 = 3;
	state_of(DEV_RUNTIME_PRESET).execute_with(|| {
		block(&DEV_FEEDERS, &ETH);
		let labels = || Runtime::markets().iter().map(|m| m.label()).collect::<Vec<_>>();
		assert_eq!(labels(), vec!["BTC-USD", "ETH-USD"], "the genesis markets, by name");
		let feed = pallet_ballast_oracle::Markets::<Runtime>::get(ETH_USD).unwrap();
		let params = Margin::markets().into_iter().find(|(id, _)| *id == ETH_USD).unwrap().1;
		let listing = vec![
			RuntimeCall::Oracle(pallet_ballast_oracle::Call::set_market { market: SOL_USD, config: feed }),
			RuntimeCall::Oracle(pallet_ballast_oracle::Call::name_market {
				market: SOL_USD,
				symbol: b"SOL-USD".to_vec().try_into().unwrap(),
				price_decimals: 3,
			}),
			RuntimeCall::Margin(pallet_ballast_margin::Call::set_market { market: SOL_USD, params }),
		];
		let call = RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: listing });
		propose(Bob, GovernanceOrigin::RiskParameters.into(), call, &EVERYONE);
		until(60, &DEV_FEEDERS, &ETH, market_configured);
		assert_eq!(labels(), vec!["BTC-USD", "ETH-USD", "SOL-USD"]);
		let sol = Runtime::markets().into_iter().find(|m| m.id == SOL_USD).unwrap();
		assert_eq!(sol.name.unwrap().price_decimals, 3);
		assert_eq!(crate::Oracle::market_by_symbol(b"sol-usd"), Some(SOL_USD));

		// Priced by its feeders, the new market trades.
		let prices = [(ETH_USD, 4_000), (BTC_USD, 100_000), (SOL_USD, 150)];
		block(&DEV_FEEDERS, &prices);
		block(&DEV_FEEDERS, &prices);
		assert_eq!(send(Dave, RuntimeCall::Margin(pallet_ballast_margin::Call::deposit { amount: dollars(1_000) })), Ok(()));
		let trade = pallet_ballast_margin::Call::trade { market: SOL_USD, delta: 2 * BASE_UNIT as i128, limit_price: Price::saturating_from_integer(200u32) };
		assert_eq!(send(Dave, RuntimeCall::Margin(trade)), Ok(()));
	});
}

/// A referendum that does not pass changes nothing: its call is never dispatched.
#[test]
fn a_rejected_referendum_changes_nothing() {
	state_of(DEV_RUNTIME_PRESET).execute_with(|| {
		block(&DEV_FEEDERS, &ETH);
		let before = pallet_ballast_margin::Markets::<Runtime>::get(ETH_USD).unwrap();
		let mut raised = before.params.clone();
		raised.maintenance_margin = Ratio::saturating_from_rational(4, 100);
		let call = RuntimeCall::Margin(pallet_ballast_margin::Call::set_market { market: ETH_USD, params: raised });
		let index = propose(Bob, GovernanceOrigin::RiskParameters.into(), call, &[]);
		for voter in EVERYONE {
			let balance = Balances::free_balance(account(voter)).saturating_sub(1_000 * UNIT);
			let vote = AccountVote::Standard { vote: Vote { aye: false, conviction: Conviction::Locked2x }, balance };
			assert_eq!(send(voter, RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::vote { poll_index: index, vote })), Ok(()));
		}
		let rejected = |e: &RuntimeEvent| matches!(e, RuntimeEvent::Referenda(pallet_referenda::Event::Rejected { index: i, .. }) if *i == index);
		let (_, events) = until(200, &DEV_FEEDERS, &ETH, rejected);
		assert!(!events.iter().any(market_configured));
		for _ in 0..30 {
			assert!(!block(&DEV_FEEDERS, &ETH).iter().any(market_configured));
		}
		assert_eq!(pallet_ballast_margin::Markets::<Runtime>::get(ETH_USD).unwrap().params, before.params);
	});
}

fn minimum_blocks_to_enactment(track: u16) -> u32 {
	let info = crate::governance::tracks::TracksInfo::info(track).expect("the track exists");
	info.prepare_period + info.confirm_period + info.min_enactment_period
}

/// On `local` (production periods, no sudo) an `emergency` referendum halts BTC-USD about a
/// hundred blocks after it is submitted, where the `risk_parameters` track needs thousands; the
/// halt then runs out by itself.
#[test]
fn the_emergency_track_halts_a_market_fast_and_the_halt_expires_by_itself() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let (emergency, risk) = (minimum_blocks_to_enactment(tracks::EMERGENCY), minimum_blocks_to_enactment(tracks::RISK_PARAMETERS));
		assert_eq!((emergency, risk), (111, 8_400), "production periods on local");
		assert!(emergency * 50 < risk);

		block(&LOCAL_FEEDERS, &ETH);
		block(&LOCAL_FEEDERS, &ETH);
		let submitted = System::block_number();
		let halt = RuntimeCall::CircuitBreaker(pallet_ballast_circuit_breaker::Call::emergency_halt {
			target: pallet_ballast_circuit_breaker::Target::Market(BTC_USD),
		});
		// Two of the twelve funded accounts: over 10 % of the issuance supports it.
		propose(Dave, GovernanceOrigin::Emergency.into(), halt, &[Dave, Eve]);
		let (enacted_at, _) = until(200, &LOCAL_FEEDERS, &ETH, halted);
		println!("emergency referendum enacted {} blocks after submission", enacted_at - submitted);
		assert!((emergency..=emergency + 5).contains(&(enacted_at - submitted)), "{} blocks", enacted_at - submitted);
		assert_eq!(crate::CircuitBreaker::market_state(BTC_USD), MarketState::Halted);
		assert_eq!(crate::CircuitBreaker::market_state(ETH_USD), MarketState::Open, "only the market it named");

		let expired = |e: &RuntimeEvent| matches!(e, RuntimeEvent::CircuitBreaker(pallet_ballast_circuit_breaker::Event::EmergencyExpired { .. }));
		let (expired_at, _) = until(700, &LOCAL_FEEDERS, &ETH, expired);
		assert_eq!(expired_at - enacted_at, pallet_ballast_circuit_breaker::VenueParams::default().emergency_duration);
		assert_eq!(crate::CircuitBreaker::market_state(BTC_USD), MarketState::Open);
	});
}

/// A wasm module of nothing but the version section `frame_system` checks before an upgrade:
/// the runtime's own version with `spec_version`. The test executor cannot run code, so it is
/// the version that matters here; the node test upgrades a running chain to a real runtime.
fn code_claiming(spec_version: u32) -> Vec<u8> {
	let mut version = crate::VERSION;
	version.spec_version = spec_version;
	version.apis = Default::default();
	let payload = version.encode();
	let name = b"runtime_version";
	let mut section = vec![name.len() as u8];
	section.extend_from_slice(name);
	section.extend_from_slice(&payload);
	let mut module = b"\0asm\x01\0\0\0".to_vec();
	module.push(0); // a custom section
	leb128(section.len() as u32, &mut module);
	module.extend(section);
	module
}

fn leb128(mut value: u32, out: &mut Vec<u8>) {
	loop {
		let byte = (value & 0x7f) as u8;
		value >>= 7;
		if value == 0 {
			out.push(byte);
			return;
		}
		out.push(byte | 0x80);
	}
}

/// Reads a module's version from its `runtime_version` section, as the node's executor does.
struct VersionSection;

impl sp_core::traits::ReadRuntimeVersion for VersionSection {
	fn read_runtime_version(&self, code: &[u8], _: &mut dyn sp_core::traits::Externalities) -> Result<Vec<u8>, String> {
		let name = b"runtime_version";
		let at = code.windows(name.len()).position(|w| w == name).ok_or("no version section")?;
		Ok(code[at + name.len()..].to_vec())
	}
}

/// The root track authorizes an upgrade (`system.authorize_upgrade`), then anyone applies it
/// with the code (`system.apply_authorized_upgrade`); the stored code is the new version's.
#[test]
fn a_root_referendum_upgrades_the_runtime() {
	// The dev chain's pace: production's root track takes some 30 000 blocks.
	let mut ext = state_of(DEV_RUNTIME_PRESET);
	ext.register_extension(sp_core::traits::ReadRuntimeVersionExt::new(VersionSection));
	ext.execute_with(|| {
		block(&DEV_FEEDERS, &ETH);
		let code = code_claiming(crate::VERSION.spec_version + 1);
		let code_hash = <Runtime as frame_system::Config>::Hashing::hash(&code);
		// Nobody can apply code that was not authorized.
		let early = RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code: code.clone() });
		assert!(send(Ferdie, early).is_err());
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		propose(Alice, frame_system::RawOrigin::Root.into(), authorize, &EVERYONE);
		let authorized = |e: &RuntimeEvent| matches!(e, RuntimeEvent::System(frame_system::Event::UpgradeAuthorized { .. }));
		let (at, _) = until(100, &DEV_FEEDERS, &ETH, authorized);
		println!("root referendum enacted at block {at}");
		assert!(at >= minimum_blocks_to_enactment(tracks::ROOT));

		let apply = RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code: code.clone() });
		assert_eq!(send(Ferdie, apply), Ok(()));
		assert!(System::events().iter().any(|r| matches!(r.event, RuntimeEvent::System(frame_system::Event::CodeUpdated { .. }))));
		assert_eq!(sp_io::storage::get(sp_core::storage::well_known_keys::CODE).as_deref(), Some(&code[..]));
	});
}

/// Every call of Ballast's pallets (the validator set's among them) that is not one of the
/// traders', LPs', stakers' or feeders' own: a signed account gets `BadOrigin` and nothing
/// changes; the emergency origin gets `BadOrigin` too, but for the breaker's halts. A new setter
/// behind a signed origin fails this test until it is listed as a user's call.
#[test]
fn every_parameter_setter_refuses_a_signed_account_and_the_emergency_origin_only_halts() {
	const USER_CALLS: [(&str, &str); 12] = [
		("Oracle", "submit_prices"),
		("Margin", "deposit"),
		("Margin", "withdraw"),
		("Margin", "trade"),
		("Margin", "close"),
		("Margin", "provide_liquidity"),
		("Margin", "withdraw_liquidity"),
		("InsuranceFund", "stake"),
		("InsuranceFund", "request_withdrawal"),
		("InsuranceFund", "cancel_withdrawal"),
		("InsuranceFund", "withdraw"),
		("InsuranceFund", "claim_premium"),
	];
	const EMERGENCY_CALLS: [(&str, &str); 2] = [("CircuitBreaker", "emergency_halt"), ("CircuitBreaker", "emergency_resume")];
	fn calls<P: PalletInfoAccess, C: GetCallName + GetCallIndex>(pallet: &'static str) -> Vec<(&'static str, &'static str, u8, u8)> {
		C::get_call_names().iter().zip(C::get_call_indices()).map(|(name, index)| (pallet, *name, P::index() as u8, *index)).collect()
	}
	let every_call = [
		calls::<crate::Oracle, pallet_ballast_oracle::Call<Runtime>>("Oracle"),
		calls::<crate::ValidatorSet, pallet_ballast_validators::Call<Runtime>>("ValidatorSet"),
		calls::<crate::Margin, pallet_ballast_margin::Call<Runtime>>("Margin"),
		calls::<crate::Liquidation, pallet_ballast_liquidation::Call<Runtime>>("Liquidation"),
		calls::<crate::InsuranceFund, pallet_ballast_insurance_fund::Call<Runtime>>("InsuranceFund"),
		calls::<crate::CircuitBreaker, pallet_ballast_circuit_breaker::Call<Runtime>>("CircuitBreaker"),
		calls::<crate::Reputation, pallet_ballast_reputation::Call<Runtime>>("Reputation"),
	]
	.concat();
	let mut setters = 0;
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		block(&LOCAL_FEEDERS, &ETH);
		for (pallet, name, pallet_index, call_index) in every_call {
			if USER_CALLS.contains(&(pallet, name)) {
				continue;
			}
			setters += 1;
			// The call with every argument zero, empty or its first variant: the origin is
			// checked before anything else.
			let mut bytes = vec![pallet_index, call_index];
			bytes.extend([0u8; 512]);
			let call = RuntimeCall::decode(&mut &bytes[..]).unwrap_or_else(|e| panic!("{pallet}.{name}: {e:?}"));
			let origins: [(&str, RuntimeOrigin); 2] =
				[("signed", RuntimeOrigin::signed(account(Eve))), ("emergency", GovernanceOrigin::Emergency.into())];
			for (label, origin) in origins {
				if label == "emergency" && EMERGENCY_CALLS.contains(&(pallet, name)) {
					continue;
				}
				let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
				let outcome = frame_support::storage::with_transaction(|| {
					let outcome = call.clone().dispatch_bypass_filter(origin);
					sp_runtime::TransactionOutcome::Commit(Ok::<_, DispatchError>(outcome))
				})
				.unwrap();
				assert_eq!(outcome.map_err(|e| e.error), Err(DispatchError::BadOrigin), "{pallet}.{name} from a {label} origin");
				assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root, "{pallet}.{name} changed state for a {label} origin");
			}
		}
	});
	assert!(setters >= 17, "every setter was tried ({setters})");
}

/// Each governance origin reaches its own track; signed accounts reach none.
#[test]
fn each_origin_has_its_own_track_and_the_dev_chain_runs_them_faster() {
	use crate::governance::tracks::TracksInfo;
	let track = |origin: OriginCaller| <TracksInfo as pallet_referenda::TracksInfo<_, _>>::track_for(&origin);
	assert_eq!(track(frame_system::RawOrigin::Root.into()), Ok(tracks::ROOT));
	assert_eq!(track(GovernanceOrigin::RiskParameters.into()), Ok(tracks::RISK_PARAMETERS));
	assert_eq!(track(GovernanceOrigin::Emergency.into()), Ok(tracks::EMERGENCY));
	assert_eq!(track(GovernanceOrigin::OracleAdmin.into()), Ok(tracks::ORACLE_ADMIN));
	assert_eq!(track(GovernanceOrigin::Validators.into()), Ok(tracks::VALIDATORS));
	assert_eq!(track(frame_system::RawOrigin::Signed(account(Alice)).into()), Err(()));
	state_of(DEV_RUNTIME_PRESET).execute_with(|| {
		assert!(TracksInfo::check_integrity().is_ok());
		assert_eq!(minimum_blocks_to_enactment(tracks::RISK_PARAMETERS), 8, "an hour is a block on the dev chain");
		assert_eq!(minimum_blocks_to_enactment(tracks::ROOT), 25);
		assert_eq!(minimum_blocks_to_enactment(tracks::EMERGENCY), 3);
	});
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(minimum_blocks_to_enactment(tracks::ROOT), 2 * crate::HOURS + 2 * crate::DAYS);
	});
}
