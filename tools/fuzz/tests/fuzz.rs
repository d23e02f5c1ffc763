//! The fuzzer's own tests: saved regressions replay clean, a short seeded run keeps every
//! invariant (./scripts/test runs it; `./scripts/fuzz` runs a long one), the checks catch what
//! they are for, and the generator reaches every kind of operation.

use ballast_fuzz::{
	input::{decode, Call, Op, RootCall},
	invariants, minimise, run_case, seeded, seeded_case,
	venue::{genesis, Venue},
};
use ballast_runtime::{Runtime, COLLATERAL_ASSET_ID};
use frame_support::traits::fungibles::Mutate;
use sp_keyring::Sr25519Keyring;
use std::collections::BTreeSet;

/// The seed CI runs; a long run takes another (`./scripts/fuzz --seed`).
const CI_SEED: u64 = 20_261_205;

/// Calls of the short seeded run (override with BALLAST_FUZZ_CALLS).
fn ci_calls() -> u64 {
	std::env::var("BALLAST_FUZZ_CALLS").ok().and_then(|calls| calls.parse().ok()).unwrap_or(1_000)
}

#[test]
fn saved_regressions_replay_clean() {
	let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
	let mut replayed = 0;
	for entry in std::fs::read_dir(&folder).expect("the regressions folder") {
		let path = entry.expect("a folder entry").path();
		if path.extension().is_some_and(|ext| ext == "bin") {
			let bytes = std::fs::read(&path).expect("a saved case");
			if let Err(failure) = run_case(&bytes) {
				panic!("{} fails again: {failure:?}", path.display());
			}
			replayed += 1;
		}
	}
	println!("replayed {replayed} saved cases");
}

#[test]
fn a_seeded_run_keeps_every_invariant() {
	let calls = ci_calls();
	let started = std::time::Instant::now();
	let totals = match seeded(CI_SEED, calls, 2_048, 2, |_| {}) {
		Ok(totals) => totals,
		Err((case, bytes, failure)) => panic!(
			"case {case} of seed {CI_SEED} fails: {failure:?}\nits bytes ({}): {bytes:?}\nminimise and save it: ballast-fuzz --seed {CI_SEED} --calls {calls}",
			bytes.len()
		),
	};
	println!("{}", totals.figures(CI_SEED, 2, started.elapsed().as_secs_f64()));
	assert!(totals.counts.calls >= calls);
	assert!(totals.counts.blocks >= totals.cases * 10, "cases should span many blocks: {totals:?}");
	// A fuzzer whose calls all fail explores nothing: many must go through.
	assert!(totals.counts.succeeded * 5 >= totals.counts.calls, "too few calls succeed: {totals:?}");
}

#[test]
fn the_checks_catch_minted_collateral() {
	genesis().execute_with(|| {
		let mut venue = Venue::new();
		let supply = invariants::supply();
		assert_eq!(invariants::check(supply), Ok(()));
		let who = Sr25519Keyring::Eve.to_account_id();
		<pallet_assets::Pallet<Runtime> as Mutate<_>>::mint_into(COLLATERAL_ASSET_ID, &who, 1).expect("eve holds bUSD");
		let error = invariants::check(supply).expect_err("minted bUSD breaks conservation");
		assert!(error.contains("supply"), "{error}");
		venue.next_block(&mut |_| Ok(())).expect("no check");
	});
}

#[test]
fn the_checks_catch_a_broken_ledger_and_a_left_shortfall() {
	genesis().execute_with(|| {
		let _venue = Venue::new();
		let supply = invariants::supply();
		let ferdie = Sr25519Keyring::Ferdie.to_account_id();
		// Collateral credited without the stablecoin behind it: the margin engine's try_state.
		pallet_ballast_margin::Accounts::<Runtime>::mutate(&ferdie, |account| {
			let account = account.get_or_insert_with(Default::default);
			account.collateral += 1_000;
		});
		let error = invariants::check(supply).expect_err("an unbacked credit");
		assert!(error.starts_with("try_state"), "{error}");
	});
	genesis().execute_with(|| {
		let _venue = Venue::new();
		let supply = invariants::supply();
		let eve = Sr25519Keyring::Eve.to_account_id();
		pallet_ballast_margin::Accounts::<Runtime>::mutate(&eve, |account| {
			account.get_or_insert_with(Default::default).shortfall = 5;
		});
		assert!(invariants::check(supply).is_err(), "a shortfall left after the hooks");
	});
}

#[test]
fn minimise_keeps_only_what_makes_a_case_fail() {
	// "Fails" when a 7 comes somewhere before a 9.
	let fails = |bytes: &[u8]| bytes.iter().position(|b| *b == 7).is_some_and(|at| bytes[at..].contains(&9));
	let case: Vec<u8> = (0..200u8).map(|i| i % 6).chain([7, 1, 2, 9, 3]).chain(0..50).collect();
	assert!(fails(&case));
	assert_eq!(minimise(&case, fails), vec![7, 9]);
}

#[test]
fn the_generator_reaches_every_kind_of_operation() {
	let mut seen = BTreeSet::new();
	for case in 0..20 {
		for op in decode(&seeded_case(CI_SEED, case, 2_048)) {
			seen.insert(kind(&op));
		}
	}
	let every = [
		"deposit", "withdraw", "trade", "trade-raw", "close", "provide", "withdraw-liquidity", "stake", "request",
		"cancel", "fund-withdraw", "premium", "transfer", "propose", "vote", "floor", "margins", "halt", "resume",
		"share", "move", "gap", "outage", "liar", "blocks",
	];
	let missing: Vec<_> = every.iter().filter(|kind| !seen.contains(*kind)).collect();
	assert!(missing.is_empty(), "never drawn: {missing:?}");
	// Any bytes decode, to nothing for nothing.
	assert!(decode(&[]).is_empty());
	assert!(!decode(&[0xff; 64]).is_empty());
}

fn kind(op: &Op) -> &'static str {
	match op {
		Op::Signed { call, .. } => match call {
			Call::Deposit { .. } => "deposit",
			Call::Withdraw { .. } => "withdraw",
			Call::Trade { .. } => "trade",
			Call::TradeRaw { .. } => "trade-raw",
			Call::Close { .. } => "close",
			Call::ProvideLiquidity { .. } => "provide",
			Call::WithdrawLiquidity { .. } => "withdraw-liquidity",
			Call::Stake { .. } => "stake",
			Call::RequestFundWithdrawal { .. } => "request",
			Call::CancelFundWithdrawal => "cancel",
			Call::FundWithdraw => "fund-withdraw",
			Call::ClaimPremium => "premium",
			Call::ReduceThenWithdraw { .. } => "reduce then withdraw",
			Call::Transfer { .. } => "transfer",
			Call::Propose { .. } => "propose",
			Call::Vote { .. } => "vote",
		},
		Op::Root(call) => match call {
			RootCall::MultiplierFloor { .. } => "floor",
			RootCall::MarketMargins { .. } => "margins",
			RootCall::EmergencyHalt { .. } => "halt",
			RootCall::EmergencyResume { .. } => "resume",
			RootCall::LiquidationShare { .. } => "share",
			RootCall::FundingCap { .. } => "funding cap",
			RootCall::FundingAllowance { .. } => "funding allowance",
		},
		Op::Move { .. } => "move",
		Op::Gap { .. } => "gap",
		Op::Outage { .. } => "outage",
		Op::Liar { .. } => "liar",
		Op::Blocks { .. } => "blocks",
	}
}
