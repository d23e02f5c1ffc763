//! The chain the fuzzer drives: the `local` preset's genesis (four validators feeding the oracle,
//! twelve funded dev accounts, production parameters) with the dev chain's governance pace, so
//! referenda on the risk track can pass within a case. Blocks start through `Executive` (every
//! hook in block order); feeders and traders send signed transactions through
//! `Executive::apply_extrinsic` (signatures, nonces, fees, weight limits); root calls are
//! dispatched as an enacted referendum dispatches them.

use crate::input::{Call, Op, RootCall, MARKETS};
use ballast_primitives::{MarketId, Price, Ratio, BASE_UNIT, COLLATERAL_UNIT};
use ballast_runtime::{
	genesis_config_presets, governance::origins::Origin as GovernanceOrigin, tx_extension, AccountId, Executive, Header,
	OriginCaller, Runtime, RuntimeCall, RuntimeGenesisConfig, RuntimeOrigin, SignedPayload, System, UncheckedExtrinsic,
	BTC_USD, COLLATERAL_ASSET_ID, ETH_USD,
};
use codec::Encode;
use frame_support::traits::{schedule::DispatchTime, Bounded, UnfilteredDispatchable};
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::Era,
	traits::{CheckedDiv, Header as _, Zero},
	FixedPointNumber, MultiAddress, Perbill, Saturating,
};
use sp_runtime::{BuildStorage, Storage};
use std::{collections::BTreeMap, sync::OnceLock};

/// The validators, each feeding the oracle.
const FEEDERS: [Sr25519Keyring; 4] = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie, Sr25519Keyring::Dave];

/// What the harness counts.
#[derive(Default, Clone, Copy, Debug)]
pub struct Counts {
	/// Calls sent or dispatched (feeders' submissions not counted).
	pub calls: u64,
	/// Of those, how many the runtime executed without error.
	pub succeeded: u64,
	/// Signed transactions refused before dispatch (fees, weight, validity).
	pub invalid: u64,
	pub blocks: u64,
}

/// One feeder lying about every price, until a block.
struct Lie {
	factor: Ratio,
	until: u32,
}

pub struct Venue {
	actors: Vec<Sr25519Keyring>,
	/// Each market's honest price.
	prices: BTreeMap<MarketId, Price>,
	/// Markets no feeder reports, until a block.
	outages: BTreeMap<MarketId, u32>,
	lies: BTreeMap<usize, Lie>,
	pub counts: Counts,
}

/// The `local` preset with governance at the dev chain's pace, built once per process and
/// copied into each case's externalities.
pub fn genesis() -> sp_io::TestExternalities {
	static STORAGE: OnceLock<Storage> = OnceLock::new();
	let storage = STORAGE.get_or_init(|| {
		let mut config = genesis_config_presets::preset_config(&sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET.into()).expect("a local preset");
		config["origins"]["paceDivisor"] = genesis_config_presets::DEV_GOVERNANCE_PACE.into();
		let config: RuntimeGenesisConfig = serde_json::from_value(config).expect("the patched preset is a genesis config");
		config.build_storage().expect("the preset builds")
	});
	sp_io::TestExternalities::new(storage.clone())
}

/// `who`'s key pair, derived once per process: deriving it from the dev phrase (PBKDF2) costs
/// far more than the signature itself.
fn pair(who: Sr25519Keyring) -> &'static sr25519::Pair {
	static PAIRS: OnceLock<BTreeMap<Sr25519Keyring, sr25519::Pair>> = OnceLock::new();
	let pairs = PAIRS.get_or_init(|| Sr25519Keyring::iter().map(|key| (key, key.pair())).collect());
	&pairs[&who]
}

fn account(who: Sr25519Keyring) -> AccountId {
	who.to_account_id()
}

impl Venue {
	/// Inside the genesis externalities: prices live after two blocks of submissions.
	pub fn new() -> Self {
		let prices = [(BTC_USD, Price::saturating_from_integer(100_000u32)), (ETH_USD, Price::saturating_from_integer(4_000u32))];
		let mut venue = Self {
			actors: Sr25519Keyring::well_known().collect(),
			prices: prices.into_iter().collect(),
			outages: BTreeMap::new(),
			lies: BTreeMap::new(),
			counts: Counts::default(),
		};
		venue.start_block();
		for _ in 0..2 {
			venue.feed();
			venue.start_block();
		}
		venue.counts = Counts::default();
		venue
	}

	pub fn block(&self) -> u32 {
		System::block_number()
	}

	/// The next block's hooks run.
	pub fn start_block(&mut self) {
		let number = System::block_number() + 1;
		Executive::initialize_block(&Header::new(number, Default::default(), Default::default(), System::parent_hash(), Default::default()));
		self.counts.blocks += 1;
	}

	/// Every feeder sends what it sees: the honest price, its lie, or nothing in an outage.
	pub fn feed(&mut self) {
		let now = self.block();
		self.outages.retain(|_, until| *until > now);
		self.lies.retain(|_, lie| lie.until > now);
		for (index, feeder) in FEEDERS.iter().enumerate() {
			let prices: Vec<(MarketId, Price)> = self
				.prices
				.iter()
				.filter(|(market, _)| !self.outages.contains_key(market))
				.map(|(market, price)| (*market, self.lies.get(&index).map_or(*price, |lie| price.saturating_mul(lie.factor))))
				.collect();
			if prices.is_empty() {
				continue;
			}
			let Ok(prices) = prices.try_into() else { continue };
			let call = RuntimeCall::Oracle(pallet_ballast_oracle::Call::submit_prices { prices });
			// A feeder's submission may be refused (an outlier suspended, say): that is the
			// oracle's business, not a failure.
			let _ = self.send(*feeder, call);
		}
	}

	/// A signed transaction from `who` at its next nonce: `None` if refused before dispatch.
	fn send(&mut self, who: Sr25519Keyring, call: RuntimeCall) -> Option<bool> {
		let nonce = System::account_nonce(account(who));
		let extension = tx_extension(nonce, Era::Immortal, 0);
		let payload = SignedPayload::new(call.clone(), extension.clone()).ok()?;
		let signature = payload.using_encoded(|bytes| pair(who).sign(bytes));
		let extrinsic = UncheckedExtrinsic::new_signed(call, MultiAddress::Id(account(who)), signature.into(), extension);
		match Executive::apply_extrinsic(extrinsic) {
			Ok(outcome) => Some(outcome.is_ok()),
			Err(_) => None,
		}
	}

	fn actor(&self, index: u8) -> Sr25519Keyring {
		self.actors[usize::from(index) % self.actors.len()]
	}

	fn note(&mut self, outcome: Option<bool>) {
		self.counts.calls += 1;
		match outcome {
			Some(true) => self.counts.succeeded += 1,
			Some(false) => {},
			None => self.counts.invalid += 1,
		}
	}

	/// Carries out one operation; blocks it passes run `after_block` once their hooks ran.
	pub fn apply(&mut self, op: &Op, after_block: &mut impl FnMut(&mut Venue) -> Result<(), String>) -> Result<(), String> {
		match op {
			Op::Signed { actor, call: Call::Propose { floor_tenths } } => {
				let outcome = self.propose(self.actor(*actor), *floor_tenths);
				self.note(outcome);
			},
			Op::Signed { actor, call: Call::ReduceThenWithdraw { market, keep_percent } } => {
				let outcome = self.reduce_then_withdraw(self.actor(*actor), *market, *keep_percent);
				self.note(outcome);
			},
			Op::Signed { actor, call: call @ (Call::Trade { .. } | Call::TradeRaw { .. }) } => {
				let who = self.actor(*actor);
				let runtime_call = self.signed_call(who, call);
				let outcome = self.send(who, runtime_call);
				self.note(outcome);
				if outcome == Some(true) {
					priced_against_the_trader()?;
				}
			},
			Op::Signed { actor, call } => {
				let who = self.actor(*actor);
				let call = self.signed_call(who, call);
				let outcome = self.send(who, call);
				self.note(outcome);
			},
			Op::Root(call) => {
				let call = self.root_call(call);
				let outcome = call.dispatch_bypass_filter(RuntimeOrigin::root()).is_ok();
				self.note(Some(outcome));
			},
			Op::Move { market, basis_points } => self.move_price(*market, i32::from(*basis_points)),
			Op::Gap { market, percent } => self.move_price(*market, i32::from(*percent) * 100),
			Op::Outage { market, blocks } => {
				self.outages.insert(*market, self.block() + u32::from(*blocks));
			},
			Op::Liar { feeder, factor_tenths, blocks } => {
				let factor = Ratio::saturating_from_rational(u32::from(*factor_tenths).max(1), 10u32);
				self.lies.insert(usize::from(*feeder) % FEEDERS.len(), Lie { factor, until: self.block() + u32::from(*blocks) });
			},
			Op::Blocks { count } =>
				for _ in 0..*count {
					self.next_block(after_block)?;
				},
		}
		Ok(())
	}

	/// The feeders send, the next block starts, the checks run.
	pub fn next_block(&mut self, after_block: &mut impl FnMut(&mut Venue) -> Result<(), String>) -> Result<(), String> {
		self.feed();
		self.start_block();
		after_block(self)
	}

	fn move_price(&mut self, market: MarketId, basis_points: i32) {
		let Some(price) = self.prices.get_mut(&market) else { return };
		let change = Price::saturating_from_rational(basis_points.unsigned_abs(), 10_000u32);
		let moved = if basis_points >= 0 { price.saturating_add(price.saturating_mul(change)) } else { price.saturating_sub(price.saturating_mul(change)) };
		// The oracle's listed range is wide; a price of zero is no price.
		*price = moved.max(Price::saturating_from_rational(1u32, 100u32));
	}

	fn mark(&self, market: MarketId) -> Price {
		pallet_ballast_oracle::Feeds::<Runtime>::get(market)
			.map(|feed| feed.mark)
			.or_else(|| self.prices.get(&market).copied())
			.unwrap_or_else(|| Price::saturating_from_integer(1u32))
	}

	fn signed_call(&self, who: Sr25519Keyring, call: &Call) -> RuntimeCall {
		use pallet_ballast_insurance_fund::Call as Fund;
		use pallet_ballast_margin::Call as Margin;
		match call.clone() {
			Call::Deposit { amount } => RuntimeCall::Margin(Margin::deposit { amount }),
			Call::Withdraw { amount } => RuntimeCall::Margin(Margin::withdraw { amount }),
			Call::Trade { market, leverage_tenths, long, slippage_bp } => {
				let collateral = pallet_ballast_margin::Accounts::<Runtime>::get(account(who)).map_or(0, |a| a.collateral);
				let mark = self.mark(market);
				let notional = collateral.saturating_mul(u128::from(leverage_tenths)) / 10;
				// Notional in bUSD atoms over dollars per coin, in base atoms.
				let size = Price::saturating_from_rational(notional, COLLATERAL_UNIT)
					.checked_div(&mark)
					.map_or(0, |coins| coins.saturating_mul_int(BASE_UNIT));
				let delta = i128::try_from(size).unwrap_or(i128::MAX).max(1);
				let away = Price::saturating_from_rational(u32::from(slippage_bp), 10_000u32);
				let (delta, limit_price) = match (long, slippage_bp) {
					(true, 255) => (delta, Price::saturating_from_integer(u64::MAX)),
					(false, 255) => (-delta, Price::zero()),
					(true, _) => (delta, mark.saturating_add(mark.saturating_mul(away))),
					(false, _) => (-delta, mark.saturating_sub(mark.saturating_mul(away))),
				};
				RuntimeCall::Margin(Margin::trade { market, delta, limit_price })
			},
			Call::TradeRaw { market, delta, loose } => {
				let limit_price = match (loose, delta > 0) {
					(true, true) => Price::saturating_from_integer(u64::MAX),
					(true, false) => Price::zero(),
					(false, _) => self.mark(market),
				};
				RuntimeCall::Margin(Margin::trade { market, delta, limit_price })
			},
			Call::Close { market } => {
				let long = pallet_ballast_margin::Accounts::<Runtime>::get(account(who))
					.and_then(|a| a.position(market))
					.is_some_and(|p| p.size > 0);
				let limit_price = if long { Price::zero() } else { Price::saturating_from_integer(u64::MAX) };
				RuntimeCall::Margin(Margin::close { market, limit_price })
			},
			Call::ProvideLiquidity { amount } => RuntimeCall::Margin(Margin::provide_liquidity { amount }),
			Call::WithdrawLiquidity { shares } => RuntimeCall::Margin(Margin::withdraw_liquidity { shares }),
			Call::Stake { amount } => RuntimeCall::InsuranceFund(Fund::stake { amount }),
			Call::RequestFundWithdrawal { shares } => RuntimeCall::InsuranceFund(Fund::request_withdrawal { shares }),
			Call::CancelFundWithdrawal => RuntimeCall::InsuranceFund(Fund::cancel_withdrawal {}),
			Call::FundWithdraw => RuntimeCall::InsuranceFund(Fund::withdraw {}),
			Call::ClaimPremium => RuntimeCall::InsuranceFund(Fund::claim_premium {}),
			Call::Transfer { to, amount } => RuntimeCall::Assets(pallet_assets::Call::transfer_keep_alive {
				id: codec::Compact(COLLATERAL_ASSET_ID),
				target: MultiAddress::Id(account(self.actor(to))),
				amount,
			}),
			Call::Propose { .. } => unreachable!("sent by `propose`"),
			Call::ReduceThenWithdraw { .. } => unreachable!("sent by `reduce_then_withdraw`"),
			Call::Vote { index, aye, balance_percent } => {
				let free = pallet_balances::Pallet::<Runtime>::free_balance(account(who));
				let balance = Perbill::from_percent(u32::from(balance_percent % 101)).mul_floor(free);
				let vote = pallet_conviction_voting::AccountVote::Standard {
					vote: pallet_conviction_voting::Vote { aye, conviction: pallet_conviction_voting::Conviction::Locked1x },
					balance,
				};
				let poll_index = pallet_referenda::ReferendumCount::<Runtime>::get().saturating_sub(1 + u32::from(index % 4));
				RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::vote { poll_index, vote })
			},
		}
	}

	/// Cuts `who`'s position in `market` to `keep_percent`, then withdraws what the margin
	/// engine says may be withdrawn: two transactions, one counted call.
	fn reduce_then_withdraw(&mut self, who: Sr25519Keyring, market: MarketId, keep_percent: u8) -> Option<bool> {
		let size = pallet_ballast_margin::Accounts::<Runtime>::get(account(who)).and_then(|a| a.position(market)).map_or(0, |p| p.size);
		if size != 0 {
			let keep = size.saturating_mul(i128::from(keep_percent)) / 100;
			let limit_price = if size > 0 { Price::zero() } else { Price::saturating_from_integer(u64::MAX) };
			let delta = keep.saturating_sub(size);
			if delta != 0 && !self.send(who, RuntimeCall::Margin(pallet_ballast_margin::Call::trade { market, delta, limit_price }))? {
				return Some(false);
			}
		}
		let amount = pallet_ballast_margin::Pallet::<Runtime>::account_summary(&account(who)).map_or(0, |summary| summary.withdrawable);
		if amount == 0 {
			return Some(false);
		}
		self.send(who, RuntimeCall::Margin(pallet_ballast_margin::Call::withdraw { amount }))
	}

	/// A referendum on the risk track setting the margin floor, its call inline, and its
	/// decision deposit: two transactions, one counted call.
	fn propose(&mut self, who: Sr25519Keyring, floor_tenths: u8) -> Option<bool> {
		let floor = (floor_tenths % 4 != 0).then(|| Ratio::saturating_from_rational(u32::from(floor_tenths % 40).max(10), 10u32));
		let call = RuntimeCall::Margin(pallet_ballast_margin::Call::set_multiplier_floor { floor });
		let inline = call.encode().try_into().ok()?;
		let index = pallet_referenda::ReferendumCount::<Runtime>::get();
		let submit = RuntimeCall::Referenda(pallet_referenda::Call::submit {
			proposal_origin: Box::new(OriginCaller::Origins(GovernanceOrigin::RiskParameters)),
			proposal: Bounded::Inline(inline),
			enactment_moment: DispatchTime::After(0),
		});
		if self.send(who, submit)? {
			self.send(who, RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index }))
		} else {
			Some(false)
		}
	}

	fn root_call(&self, call: &RootCall) -> RuntimeCall {
		use pallet_ballast_circuit_breaker::{Call as Breaker, Target};
		let target = |pick: u8| match pick % 4 {
			0 => Target::Venue,
			1 => Target::Withdrawals,
			n => Target::Market(MARKETS[usize::from(n - 2)]),
		};
		match *call {
			RootCall::MultiplierFloor { tenths } => RuntimeCall::Margin(pallet_ballast_margin::Call::set_multiplier_floor {
				floor: tenths.map(|t| Ratio::saturating_from_rational(u32::from(t), 10u32)),
			}),
			RootCall::MarketMargins { market, maintenance_tenths, initial_tenths } => {
				// An unlisted market gets BTC-USD's parameters as a template: listing it must be
				// refused or handled like any other.
				let listed = |market| pallet_ballast_margin::Markets::<Runtime>::get(market).map(|listed| listed.params);
				let mut params = listed(market).or_else(|| listed(BTC_USD)).expect("BTC-USD is listed at genesis");
				params.maintenance_margin = Ratio::saturating_from_rational(u32::from(maintenance_tenths), 1_000u32);
				params.initial_margin = Ratio::saturating_from_rational(u32::from(initial_tenths), 1_000u32);
				RuntimeCall::Margin(pallet_ballast_margin::Call::set_market { market, params })
			},
			RootCall::EmergencyHalt { target: pick } => RuntimeCall::CircuitBreaker(Breaker::emergency_halt { target: target(pick) }),
			RootCall::EmergencyResume { target: pick } => RuntimeCall::CircuitBreaker(Breaker::emergency_resume { target: target(pick) }),
			RootCall::FundingCap { market, per_million } => {
				let listed = |market| pallet_ballast_margin::Markets::<Runtime>::get(market).map(|listed| listed.params);
				let mut params = listed(market).or_else(|| listed(BTC_USD)).expect("BTC-USD is listed at genesis");
				params.max_funding_rate = Ratio::saturating_from_rational(u32::from(per_million), 1_000_000u32);
				params.funding_rate_per_skew = params.max_funding_rate;
				RuntimeCall::Margin(pallet_ballast_margin::Call::set_market { market, params })
			},
			RootCall::FundingAllowance { per_million } => {
				let mut params = pallet_ballast_liquidation::Params::<Runtime>::get();
				params.funding_allowance = Ratio::saturating_from_rational(u32::from(per_million), 1_000_000u32);
				RuntimeCall::Liquidation(pallet_ballast_liquidation::Call::set_params { params })
			},
			RootCall::LiquidationShare { percent } => {
				let mut params = pallet_ballast_liquidation::Params::<Runtime>::get();
				// Past 75 % the call is refused, as it must be.
				params.block_share = pallet_ballast_liquidation::BlockShares::flat(Perbill::from_percent(u32::from(percent % 80)));
				RuntimeCall::Liquidation(pallet_ballast_liquidation::Call::set_params { params })
			},
		}
	}
}

/// The trade just executed is priced against the trader: a buy at no less than the higher of
/// its market's mark and index, a sell at no more than the lower (a trade on a mark that trails
/// the index must not earn the lag from the LPs).
fn priced_against_the_trader() -> Result<(), String> {
	let traded = System::events().into_iter().rev().find_map(|record| match record.event {
		ballast_runtime::RuntimeEvent::Margin(pallet_ballast_margin::Event::Traded { market, delta, price, .. }) =>
			Some((market, delta, price)),
		_ => None,
	});
	let Some((market, delta, price)) = traded else { return Ok(()) };
	let Some(feed) = pallet_ballast_oracle::Feeds::<Runtime>::get(market) else { return Ok(()) };
	let (high, low) = (feed.mark.max(feed.index), feed.mark.min(feed.index));
	if (delta > 0 && price < high) || (delta < 0 && price > low) {
		return Err(format!("a trade of {delta} in market {market} at {price:?}, better for the trader than mark {:?} and index {:?}", feed.mark, feed.index));
	}
	Ok(())
}
