//! Bytes into a sequence of operations: the one decoder both engines use, so a case the
//! coverage-guided engine finds and a case the seeded generator draws are the same kind of
//! thing, and a saved regression is just its bytes. Every byte string decodes (a short one to
//! fewer operations); nothing here can fail.

use ballast_primitives::MarketId;
use ballast_runtime::{BTC_USD, ETH_USD};

/// The venue's markets, and one id the chain does not list (calls must refuse it cleanly).
pub const MARKETS: [MarketId; 3] = [BTC_USD, ETH_USD, 7];

/// Reads numbers off the input; zeros once it is spent.
pub struct Reader<'a> {
	bytes: &'a [u8],
}

impl<'a> Reader<'a> {
	pub fn new(bytes: &'a [u8]) -> Self {
		Self { bytes }
	}

	pub fn is_empty(&self) -> bool {
		self.bytes.is_empty()
	}

	pub fn u8(&mut self) -> u8 {
		match self.bytes.split_first() {
			Some((first, rest)) => {
				self.bytes = rest;
				*first
			},
			None => 0,
		}
	}

	pub fn u16(&mut self) -> u16 {
		u16::from_le_bytes([self.u8(), self.u8()])
	}

	/// An amount spread over many orders of magnitude: `(1 + u16) × 10^(0..=9)` atoms. Large
	/// and tiny values both matter (dust, overflow, caps).
	pub fn amount(&mut self) -> u128 {
		let scale = 10u128.pow(u32::from(self.u8() % 10));
		(1 + u128::from(self.u16())) * scale
	}

	pub fn market(&mut self) -> MarketId {
		// The unlisted market one time in sixteen.
		let pick = self.u8();
		if pick % 16 == 15 { MARKETS[2] } else { MARKETS[usize::from(pick % 2)] }
	}
}

/// A price path step or a call, as the harness carries it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
	/// `actor` deposits, withdraws, trades and so on (see [`Call`]).
	Signed { actor: u8, call: Call },
	/// What a passed referendum would dispatch as root.
	Root(RootCall),
	/// The honest price of a market moves by `basis_points` (small steps).
	Move { market: MarketId, basis_points: i16 },
	/// The price gaps by `percent` in one block (a crash or a squeeze).
	Gap { market: MarketId, percent: i8 },
	/// Every feeder goes silent for a market for `blocks` blocks.
	Outage { market: MarketId, blocks: u8 },
	/// One feeder reports `factor_tenths / 10` times the price for `blocks` blocks.
	Liar { feeder: u8, factor_tenths: u8, blocks: u8 },
	/// `count` blocks pass.
	Blocks { count: u8 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Call {
	Deposit { amount: u128 },
	Withdraw { amount: u128 },
	/// A trade of about `leverage_tenths / 10` times the account's collateral, long or short,
	/// with a limit `slippage_bp` basis points from the mark (255: no limit).
	Trade { market: MarketId, leverage_tenths: u8, long: bool, slippage_bp: u8 },
	/// A trade of an arbitrary raw size.
	TradeRaw { market: MarketId, delta: i128, loose: bool },
	Close { market: MarketId },
	/// Cuts the position in `market` to `keep_percent` of it, then withdraws all the account
	/// may: an account moved from the large liquidation queue to the small one with little
	/// equity left (the first review's escape).
	ReduceThenWithdraw { market: MarketId, keep_percent: u8 },
	ProvideLiquidity { amount: u128 },
	WithdrawLiquidity { shares: u128 },
	Stake { amount: u128 },
	RequestFundWithdrawal { shares: u128 },
	CancelFundWithdrawal,
	FundWithdraw,
	ClaimPremium,
	/// bUSD to another actor.
	Transfer { to: u8, amount: u128 },
	/// A referendum on the risk track to set the margin floor, with its decision deposit.
	Propose { floor_tenths: u8 },
	/// A vote on referendum `index` with `balance_percent` of the free balance.
	Vote { index: u8, aye: bool, balance_percent: u8 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RootCall {
	MultiplierFloor { tenths: Option<u8> },
	/// A market's maintenance and initial fractions set in tenths of a percent (may be
	/// invalid: the call must refuse it).
	MarketMargins { market: MarketId, maintenance_tenths: u8, initial_tenths: u8 },
	EmergencyHalt { target: u8 },
	EmergencyResume { target: u8 },
	/// The liquidation hook's share of a block, in percent (0 and over 100 are refused).
	LiquidationShare { percent: u8 },
	/// A market's funding cap in parts per million a block, up to 6.5 % (past 0.01 % refused):
	/// a referendum setting funding high once, then reverting it.
	FundingCap { market: MarketId, per_million: u16 },
	/// The liquidation engine's funding allowance in parts per million a block (past 0.01 %
	/// refused; a saturated watermark made every account due for ever).
	FundingAllowance { per_million: u16 },
}

impl Op {
	/// The next operation, weighted towards what a busy venue sees: trades and blocks most.
	pub fn read(input: &mut Reader) -> Op {
		let actor = input.u8();
		match input.u8() % 32 {
			0..=2 => Op::Signed { actor, call: Call::Deposit { amount: input.amount() } },
			3 => Op::Signed { actor, call: Call::Withdraw { amount: input.amount() } },
			4..=8 => Op::Signed {
				actor,
				call: Call::Trade {
					market: input.market(),
					leverage_tenths: input.u8(),
					long: input.u8() % 2 == 0,
					slippage_bp: input.u8(),
				},
			},
			9 => {
				let magnitude = i128::try_from(input.amount()).unwrap_or(i128::MAX);
				let delta = if input.u8() % 2 == 0 { magnitude } else { -magnitude };
				Op::Signed { actor, call: Call::TradeRaw { market: input.market(), delta, loose: input.u8() % 4 != 0 } }
			},
			10 => Op::Signed { actor, call: Call::Close { market: input.market() } },
			11 => Op::Signed { actor, call: Call::ReduceThenWithdraw { market: input.market(), keep_percent: input.u8() % 101 } },
			12 => Op::Signed { actor, call: Call::ProvideLiquidity { amount: input.amount() } },
			13 => Op::Signed { actor, call: Call::WithdrawLiquidity { shares: input.amount() } },
			14 => Op::Signed { actor, call: Call::Stake { amount: input.amount() } },
			15 => Op::Signed { actor, call: Call::RequestFundWithdrawal { shares: input.amount() } },
			16 => Op::Signed {
				actor,
				call: match input.u8() % 3 {
					0 => Call::CancelFundWithdrawal,
					1 => Call::FundWithdraw,
					_ => Call::ClaimPremium,
				},
			},
			17 => Op::Signed { actor, call: Call::Transfer { to: input.u8(), amount: input.amount() } },
			18 => Op::Signed { actor, call: Call::Propose { floor_tenths: input.u8() } },
			19 => Op::Signed { actor, call: Call::Vote { index: input.u8(), aye: input.u8() % 3 != 0, balance_percent: input.u8() } },
			20 => Op::Root(match input.u8() % 7 {
				0 => RootCall::MultiplierFloor { tenths: (input.u8() % 4 != 0).then(|| input.u8()) },
				1 => RootCall::MarketMargins { market: input.market(), maintenance_tenths: input.u8(), initial_tenths: input.u8() },
				2 => RootCall::EmergencyHalt { target: input.u8() },
				3 => RootCall::EmergencyResume { target: input.u8() },
				4 => RootCall::FundingCap { market: input.market(), per_million: input.u16() },
				5 => RootCall::FundingAllowance { per_million: input.u16() },
				_ => RootCall::LiquidationShare { percent: input.u8() },
			}),
			21..=24 => Op::Move { market: input.market(), basis_points: (input.u16() as i16) % 500 },
			25 => Op::Gap { market: input.market(), percent: (input.u8() as i8) % 70 },
			26 => Op::Outage { market: input.market(), blocks: input.u8() % 40 },
			27 => Op::Liar { feeder: input.u8(), factor_tenths: input.u8(), blocks: input.u8() % 60 },
			_ => Op::Blocks { count: 1 + input.u8() % 8 },
		}
	}
}

/// Every operation the bytes hold.
pub fn decode(bytes: &[u8]) -> Vec<Op> {
	let mut input = Reader::new(bytes);
	let mut ops = Vec::new();
	while !input.is_empty() {
		ops.push(Op::read(&mut input));
	}
	ops
}
