//! `stress_test_100k_x10` and how it grows: the stress-test runtime API's ten one-step
//! scenarios against a book of 10^5 (and 10^6) open accounts, run by the real wasm runtime on a
//! committed trie state, as the node's `risk_stressTest` runs it on its database.
//!
//! The book is built natively, through the runtime's own calls on the `local` preset's
//! genesis: every account deposits and opens one position (BTC-USD or ETH-USD, long or short,
//! 100 to 2 000 bUSD; seven in ten newcomers at 1.5× to 9.5×, three in ten established traders
//! at 10× to 19.5×, the market's 20× tier; drawn from a seeded generator, so every run builds
//! the same book), a block every thousand accounts with the feeders' prices sent before each.
//! The mark follows the index by at most 5 % a block, so a one-step shock reaches the accounts
//! above about 12× — the established ones, most levered first. The
//! markets' open-interest caps are lifted so the book fits; the vault and the insurance fund are
//! sized to it. The state is then committed to an in-memory trie (reads walk the trie as on a
//! node) and the runtime API is called through `sc_executor::WasmExecutor` with the node's
//! host functions, heap and compiled execution; the first call, which compiles the wasm, is not
//! timed.
//!
//! What makes it fast is the design, not the machine: a step is one block of the real hooks, and
//! the liquidation hook walks only the accounts the shock brings under its watermark (the index
//! orders every account by its distance to liquidation), within its weight budget, so the cost
//! follows the accounts a shock reaches, not the book's size. Measured here (2 cores): 0.175 s
//! at 10^5 accounts, 0.172 s at 10^6 (0.98×); building the 10^6 book natively takes 12 min,
//! which is why `--quick` stops at 10^5.

use rand::{Rng, RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use ballast_primitives::{Price, BASE_UNIT, COLLATERAL_UNIT};
use ballast_runtime::{
	genesis_config_presets::{self, ESTABLISHED_VOLUME},
	AccountId, Assets, Executive, Header, InsuranceFund, Margin, Oracle, Runtime, RuntimeGenesisConfig,
	RuntimeOrigin, System, BTC_USD, COLLATERAL_ASSET_ID, ETH_USD,
};
use codec::{Decode, Encode};
use frame_support::traits::fungibles::Mutate;
use ballast_venue_runtime_api::stress::{PriceMove, Scenario, Shock, Step, StepOutcome, StressError};
use sc_executor::{HeapAllocStrategy, WasmExecutor, DEFAULT_HEAP_ALLOC_STRATEGY};
use sp_core::traits::{CallContext, CodeExecutor, RuntimeCode, WrappedRuntimeCode};
use sp_runtime::{
	traits::{Bounded, Header as _},
	FixedPointNumber,
};
use std::time::Instant;

/// Accounts opened per block while building the book.
const ACCOUNTS_PER_BLOCK: u32 = 1_000;
/// The book's prices.
const BTC_DOLLARS: u32 = 100_000;
const ETH_DOLLARS: u32 = 4_000;

type Answer = Result<Vec<Vec<StepOutcome<AccountId>>>, StressError>;

/// What one timed call did, beside its time.
pub struct Measured {
	pub seconds: f64,
	/// Accounts the ten scenarios liquidated in all (each counted once per scenario).
	pub liquidated: u32,
}

/// The book's draws: ChaCha8 from a fixed seed, the same book on every run.
struct Draw(ChaCha8Rng);

impl Draw {
	fn new(seed: u64) -> Self {
		Draw(ChaCha8Rng::seed_from_u64(seed))
	}

	fn next(&mut self) -> u64 {
		self.0.next_u64()
	}

	/// Uniform in `low..=high`.
	fn between(&mut self, low: u64, high: u64) -> u64 {
		self.0.gen_range(low..=high)
	}
}

/// The ten scenarios: each market down 5, 10, 20 and 30 %, and both together down 15 and 25 %.
pub fn scenarios() -> Vec<Scenario> {
	let shock = |market, points| Shock { market, by: PriceMove::BasisPoints(points) };
	let one = |shocks: Vec<Shock>| Scenario { steps: vec![Step { shocks, outages: vec![] }], list: 20, margin_multiplier: None };
	let mut all = Vec::new();
	for market in [BTC_USD, ETH_USD] {
		for points in [-500, -1_000, -2_000, -3_000] {
			all.push(one(vec![shock(market, points)]));
		}
	}
	for points in [-1_500, -2_500] {
		all.push(one(vec![shock(BTC_USD, points), shock(ETH_USD, points)]));
	}
	all
}

fn trader(index: u32) -> AccountId {
	let mut raw = [0x5b; 32];
	raw[..4].copy_from_slice(&index.to_le_bytes());
	AccountId::from(raw)
}

fn provider(tag: u8) -> AccountId {
	AccountId::from([tag; 32])
}

/// The feeders send the book's prices, then the next block's hooks run.
fn next_block() {
	Oracle::simulate_submissions(BTC_USD, Some(Price::saturating_from_integer(BTC_DOLLARS)));
	Oracle::simulate_submissions(ETH_USD, Some(Price::saturating_from_integer(ETH_DOLLARS)));
	let number = System::block_number() + 1;
	Executive::initialize_block(&Header::new(number, Default::default(), Default::default(), System::parent_hash(), Default::default()));
}

fn mint(who: &AccountId, amount: u128) -> Result<(), String> {
	<Assets as Mutate<AccountId>>::mint_into(COLLATERAL_ASSET_ID, who, amount).map(|_| ()).map_err(|e| format!("mint: {e:?}"))
}

/// Both markets' caps lifted far past the book (the local preset caps BTC-USD at 500 coins a
/// side), the initial margin's open-interest ramp with them.
fn lift_caps() -> Result<(), String> {
	for market in [BTC_USD, ETH_USD] {
		let mut params = pallet_ballast_margin::Markets::<Runtime>::get(market).ok_or("a genesis market is missing")?.params;
		params.max_open_interest = i128::MAX / 4;
		params.oi_margin_lower = u128::MAX / 8;
		params.oi_margin_upper = u128::MAX / 4;
		Margin::set_market(RuntimeOrigin::root(), market, params).map_err(|e| format!("set_market: {e:?}"))?;
	}
	Ok(())
}

/// The `local` preset's genesis with `accounts` open accounts, committed to the trie.
pub fn book(accounts: u32) -> Result<sp_io::TestExternalities, String> {
	let config = genesis_config_presets::preset_config(&sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET.into())
		.ok_or("the runtime has no local preset")?;
	let mut ext = sp_io::TestExternalities::default();
	ext.execute_with(|| -> Result<(), String> {
		frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(config.to_string().into_bytes())
			.map_err(|e| format!("genesis: {e}"))?;
		for _ in 0..3 {
			next_block();
		}
		lift_caps()?;
		// A vault of 1 000 bUSD and a fund of 20 bUSD per account: the dynamic margins' cover
		// term (0.1 % of open interest) stays quiet, the shocks reach the waterfall's later steps
		// only where they should.
		let lp = provider(0xa1);
		mint(&lp, u128::from(accounts) * 1_000 * COLLATERAL_UNIT)?;
		Margin::provide_liquidity(RuntimeOrigin::signed(lp), u128::from(accounts) * 1_000 * COLLATERAL_UNIT)
			.map_err(|e| format!("provide_liquidity: {e:?}"))?;
		let staker = provider(0xa2);
		mint(&staker, u128::from(accounts) * 20 * COLLATERAL_UNIT)?;
		InsuranceFund::stake(RuntimeOrigin::signed(staker), u128::from(accounts) * 20 * COLLATERAL_UNIT)
			.map_err(|e| format!("stake: {e:?}"))?;
		let mut draw = Draw::new(0xba11_a57);
		for index in 0..accounts {
			if index % ACCOUNTS_PER_BLOCK == 0 {
				next_block();
			}
			open(trader(index), &mut draw).map_err(|e| format!("account {index}: {e}"))?;
		}
		next_block();
		Ok(())
	})?;
	ext.commit_all()?;
	Ok(ext)
}

/// One trader's deposit and position, drawn.
fn open(who: AccountId, draw: &mut Draw) -> Result<(), String> {
	let deposit = u128::from(draw.between(100, 2_000)) * COLLATERAL_UNIT;
	let established = draw.between(1, 10) <= 3;
	let tenths_of_leverage = u128::from(if established { draw.between(100, 195) } else { draw.between(15, 95) });
	if established {
		pallet_ballast_reputation::Pallet::<Runtime>::establish(&who, ESTABLISHED_VOLUME);
	}
	let (market, dollars) = if draw.next() % 2 == 0 { (BTC_USD, BTC_DOLLARS) } else { (ETH_USD, ETH_DOLLARS) };
	let long = draw.next() % 2 == 0;
	// Notional over the price, in base atoms.
	let size = deposit * tenths_of_leverage / 10 * BASE_UNIT / (u128::from(dollars) * COLLATERAL_UNIT);
	let (delta, limit) = if long { (size as i128, Price::max_value()) } else { (-(size as i128), Price::from_inner(1)) };
	mint(&who, deposit)?;
	Margin::deposit(RuntimeOrigin::signed(who.clone()), deposit).map_err(|e| format!("deposit: {e:?}"))?;
	Margin::trade(RuntimeOrigin::signed(who), market, delta, limit).map_err(|e| format!("trade: {:?}", e.error))?;
	Ok(())
}

/// The real wasm runtime, executed as the node executes it.
struct Wasm {
	executor: WasmExecutor<sp_io::SubstrateHostFunctions>,
	code: WrappedRuntimeCode<'static>,
	hash: Vec<u8>,
}

impl Wasm {
	fn new() -> Result<Self, String> {
		let blob = ballast_runtime::WASM_BINARY.ok_or("the runtime was built without its wasm (SKIP_WASM_BUILD)")?;
		let executor = WasmExecutor::builder()
			.with_onchain_heap_alloc_strategy(DEFAULT_HEAP_ALLOC_STRATEGY)
			.with_offchain_heap_alloc_strategy(HeapAllocStrategy::Static { extra_pages: sc_executor::DEFAULT_HEAP_ALLOC_PAGES })
			.build();
		Ok(Self { executor, code: WrappedRuntimeCode(blob.into()), hash: sp_io::hashing::blake2_256(blob).to_vec() })
	}

	fn stress_test(&self, ext: &mut sp_io::TestExternalities, scenarios: &[Scenario]) -> Result<Answer, String> {
		let runtime_code = RuntimeCode { code_fetcher: &self.code, heap_pages: None, hash: self.hash.clone() };
		let mut externalities = ext.ext();
		let (result, _) = self.executor.call(
			&mut externalities,
			&runtime_code,
			"StressTestApi_stress_test",
			&scenarios.to_vec().encode(),
			CallContext::Offchain,
		);
		let bytes = result.map_err(|e| format!("the runtime API call failed: {e}"))?;
		Answer::decode(&mut &bytes[..]).map_err(|e| format!("the answer does not decode: {e}"))
	}
}

/// Builds the book of `accounts`, then times the ten scenarios in one call, `samples` times
/// (the median).
pub fn stress_test_seconds(accounts: u32, samples: usize) -> Result<Measured, String> {
	let built = Instant::now();
	let mut ext = book(accounts)?;
	eprintln!("stress test: a book of {accounts} accounts built and committed in {:.1} s", built.elapsed().as_secs_f64());
	let wasm = Wasm::new()?;
	let scenarios = scenarios();
	// Compiles the runtime (the node keeps it compiled), and checks the answer.
	let answer = wasm.stress_test(&mut ext, &scenarios)?.map_err(|e| format!("refused: {e:?}"))?;
	// A call's work is bounded (`MAX_CALL_BLOCKS`): a cut answer would time less than asked.
	let answered = answer.iter().filter(|steps| !steps.is_empty()).count();
	if answered < scenarios.len() {
		return Err(format!("the call's budget cut the answer: {answered} of {} scenarios", scenarios.len()));
	}
	let liquidated: u32 = answer.iter().flat_map(|steps| steps.first()).map(|step| step.liquidated_partially + step.liquidated_wholly).sum();
	if liquidated == 0 {
		return Err(format!("the shocks liquidated nobody: {answer:?}"));
	}
	let mut times = Vec::with_capacity(samples);
	for _ in 0..samples.max(1) {
		let started = Instant::now();
		let again = wasm.stress_test(&mut ext, &scenarios)?.map_err(|e| format!("refused: {e:?}"))?;
		times.push(started.elapsed().as_secs_f64());
		if again != answer {
			return Err("the same question on the same state answered differently: state was left behind".into());
		}
	}
	times.sort_by(f64::total_cmp);
	Ok(Measured { seconds: times[times.len() / 2], liquidated })
}
