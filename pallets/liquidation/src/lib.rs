//! # Ballast liquidation pallet
//!
//! Liquidates, every block in `on_initialize`, the accounts whose equity fell below their
//! maintenance requirement: partially, only as much as restores a target health, largest
//! position first, at the mark price with a penalty; an account left with nothing to close and
//! negative equity hands its shortfall to [`BadDebt`], with the markets whose closes left it.
//! Never at a frozen price: a position whose feed is stale or diverging waits, and its account
//! is examined again every block until the feed is live. Inside consensus, no keeper to fail in a
//! crisis (MakerDAO 2020).
//!
//! ## Work in proportion to the accounts at risk
//! The risk watermark of DESIGN.md ([`risk`]): a monotone level that each block rises by the
//! largest step of any market's mark (plus a funding allowance), and an index of every account
//! with positions under `level + distance`, its distance being the smallest rise that could
//! take it below maintenance. A block pops only the entries at or below the level, most urgent
//! first; everything else is untouched. Two one-sided levels rise by the largest fall and the
//! largest rise alone: an account holding only longs (only shorts) is measured against the
//! first (the second), so a crash pops the longs it brings near the line and leaves alone the
//! shorts it enriches ([`risk::Class`]). Whatever else lowers an account's headroom (a trade, a
//! withdrawal, a fee) re-measures that account through [`MarginObserver::account_changed`],
//! from the valuation the margin engine hands over (the account is not valued twice);
//! whatever lowers everyone's (a margin tightening) raises the level through
//! [`MarginObserver::margins_tightened`].
//!
//! ## Bounded, and in an order spam cannot buy
//! The hook spends at most a share of the block set by governance for each of the venue's
//! crisis levels ([`BlockShares`]: a quarter when calm, three quarters in a crisis, read from
//! [`VenueStress`], which the circuit breakers computed earlier in the same block from its
//! prices); entries it did not reach stay in the index (nothing is dropped) and the next block
//! starts with them. The index is two queues: accounts with at least
//! [`Config::PriorityRequirement`] at stake, then the rest, each most urgent first; a block
//! examines the large queue's due entries before any small one (within a queue, the three
//! classes of account take turns to go first, a block each). So
//! thousands of dust accounts placed just ahead of a large account delay only each other, and
//! each holds at least the margin engine's minimum equity. Liquidations bypass the
//! circuit breakers: the margin pallet's `reduce_position` is the protocol's own path.
//!
//! ## Metered as the database sees it
//! The first liquidation in a block reads and writes what every liquidation shares — the
//! markets it touches, the vault, the engine's and the fund's records — and pays for it
//! (`liquidate(p)`). Later ones in markets already touched find those in the block's overlay,
//! which the database reads once and writes once at the end of the block, so they pay only
//! what is theirs (`liquidate_next(p) - liquidate(p)`: the second of two liquidations in one
//! block, benchmarked). An account holding a market no liquidation touched yet this block pays
//! the first one's price again. The engine's own values ([`Watermark`], [`LastMarks`],
//! [`Params`], [`FundingCap`]) are read by its hook at the start of every block, so the
//! benchmarks count them as the node sees them: already in the block's overlay (whitelisted).
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
pub mod risk;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use pallet::*;
pub use types::{AtRisk, BlockShares, EngineState, LiquidationParams};
pub use weights::WeightInfo;

use alloc::vec::Vec;
use ballast_primitives::{
	AccountChange, TraderActivity, AccountHealth, BadDebt, MarginAccounts, MarginObserver, MarketId, PositionView, Price, PriceFeed, Quantity, Ratio,
	VenueStress,
};
use frame_support::{
	storage::StoragePrefixedMap,
	traits::Get,
	weights::{Weight, WeightMeter},
};
use frame_system::pallet_prelude::BlockNumberFor;
use risk::{Class, Level, Levels, Queue};
use sp_arithmetic::{
	traits::{Bounded, One, Saturating, Zero},
	FixedPointNumber,
};

/// What handling one popped entry did, for the hook's meter.
#[derive(Default)]
pub(crate) struct Handled {
	/// Positions reduced.
	pub(crate) reduced: u32,
	/// The markets the account held when popped: the ones its check read.
	markets: Vec<MarketId>,
	/// How its bankruptcy was covered, if it went bankrupt.
	coverage: Option<ballast_primitives::Coverage>,
	/// It proved healthy: valued and indexed again, nothing else.
	pub(crate) healthy: bool,
}

/// What this block's liquidations have touched so far: whether one ran, in which markets, and
/// whether a bankruptcy was covered.
#[derive(Default)]
struct Touched {
	any: bool,
	covered: bool,
	/// At most `MaxMarkets`: an account holds only listed markets.
	markets: Vec<MarketId>,
}

impl Touched {
	/// The weight of `handled` given what was touched before it (the first liquidation's price,
	/// or only its own keys' when everything it shares is in the block's overlay), and records
	/// what it touched.
	fn charge<T: Config>(&mut self, handled: &Handled) -> Weight {
		// A healthy account writes nothing it shares with the others: its own check, cold.
		if handled.healthy {
			return T::WeightInfo::examine(handled.markets.len() as u32);
		}
		let new_market = handled.markets.iter().any(|market| !self.markets.contains(market));
		// An account that had to be liquidated but kept a position (its feed frozen) read them
		// all: it is charged as if every position it holds were reduced.
		let positions = handled.reduced.max(handled.markets.len() as u32);
		let first = T::WeightInfo::liquidate(positions);
		let weight = if self.any && !new_market {
			T::WeightInfo::liquidate_next(positions).saturating_sub(first)
		} else {
			first
		};
		self.any = true;
		for market in &handled.markets {
			if !self.markets.contains(market) {
				self.markets.push(*market);
			}
		}
		weight
	}

	/// What `handled`'s cover cost given the covers before it in the block (the first one's
	/// price, or only its own part once the records covers share are warm), and records it.
	fn charge_cover<T: Config>(&mut self, handled: &Handled) -> Weight {
		let Some(coverage) = handled.coverage.as_ref() else { return Weight::zero() };
		let weight = T::BadDebt::cover_weight_of(coverage, self.covered);
		self.covered = true;
		weight
	}
}

/// What the benchmarks need from the runtime: accounts with positions, and marks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Gives `who` `collateral` and opens `positions` (market, signed size) at current marks.
	fn open(who: &AccountId, collateral: ballast_primitives::Balance, positions: &[(MarketId, Quantity)]);
	/// Sets `market`'s mark.
	fn set_mark(market: MarketId, mark: Price);
	/// The `index`th of many accounts holding a small, safe position in market 0, written
	/// straight to the margin pallet's storage without telling the engine: a large venue's
	/// state for `at_scale`, which indexes them itself.
	fn idle_account(index: u32) -> AccountId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::OriginFor;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Margin accounts: health, positions, forced reductions, shortfalls.
		type Margin: MarginAccounts<Self::AccountId>;
		/// Mark prices.
		type PriceFeed: PriceFeed<BlockNumberFor<Self>>;
		/// Takes bankrupt accounts' shortfalls (the insurance fund).
		type BadDebt: BadDebt<Self::AccountId>;
		/// Told of every liquidation and bad debt (reputation, and the circuit breaker's
		/// withdrawal pause).
		type Activity: ballast_primitives::TraderActivity<Self::AccountId>;
		/// The venue's crisis level, which sets the hook's share of the block.
		type Stress: VenueStress;
		/// Changes the parameters.
		type RiskOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most markets whose marks move the watermark.
		#[pallet::constant]
		type MaxMarkets: Get<u32>;
		/// The maintenance requirement (or shortfall) from which an account waits in the large
		/// queue, examined before every small account: to push a large account back, a spammer
		/// must hold accounts this large, near the line, and pay their penalties.
		#[pallet::constant]
		type PriorityRequirement: Get<ballast_primitives::Balance>;
		type WeightInfo: WeightInfo;
		/// Builds accounts and sets marks for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The watermark: a monotone bound of every market's cumulative log price move.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type Watermark<T: Config> = StorageValue<_, Level, ValueQuery>;

	/// The one-sided watermarks (falls, rises): monotone bounds of every market's cumulative log
	/// fall and rise, which the accounts holding one side only are measured against
	/// ([`risk::Class`]).
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type SideWatermarks<T: Config> = StorageValue<_, (Level, Level), ValueQuery>;

	/// Each followed market's mark when the watermark last stepped: one value, so a block's
	/// step is one read and no iteration.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type LastMarks<T: Config> = StorageValue<_, BoundedVec<(MarketId, Price), T::MaxMarkets>, ValueQuery>;

	/// Accounts with positions by the level at which they could first be liquidatable. The
	/// level is big-endian under `Identity`, so iteration is in ascending order: most urgent
	/// first.
	#[pallet::storage]
	pub type Index<T: Config> = StorageDoubleMap<_, Identity, [u8; 16], Blake2_128Concat, T::AccountId, ()>;

	/// Where each indexed account is in [`Index`]. Not counted: a counter would cost every
	/// account change a read and a write (the runtime API counts up to a limit instead).
	#[pallet::storage]
	pub type Triggers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, [u8; 16]>;

	/// The parameters.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type Params<T: Config> = StorageValue<_, LiquidationParams, ValueQuery>;

	/// The highest funding rate per block the listed markets allow now, as the margin pallet
	/// reports it: the watermark rises by at least this each block, whatever the parameters
	/// say, so raising a market's funding cap can never make the index wrong. A raise counts at
	/// once; a cap since lowered lapses when the margin engine's next block reports the markets'
	/// caps (a cap set high once and reverted does not make every account due for ever).
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type FundingCap<T: Config> = StorageValue<_, Ratio, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub params: LiquidationParams,
		#[serde(skip)]
		pub _phantom: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.params.is_valid(), "genesis liquidation parameters are valid");
			Params::<T>::put(self.params);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Part or all of a position was closed by the protocol.
		Liquidated {
			who: T::AccountId,
			market: MarketId,
			/// Base atoms closed.
			closed: Quantity,
			price: Price,
			penalty: ballast_primitives::Balance,
			/// Equity over maintenance requirement afterwards; `None` with nothing left.
			health_after: Option<Ratio>,
		},
		/// A bankrupt account's shortfall went down the loss waterfall; `market` left the
		/// largest part of it (the waterfall charges each market its own part).
		ShortfallCovered { who: T::AccountId, market: MarketId, shortfall: ballast_primitives::Balance, coverage: ballast_primitives::Coverage },
		/// What the hook did this block: entries taken off the index, accounts liquidated,
		/// whether due entries were left for the next block, and the weight it metered.
		BlockProcessed { level: Level, popped: u32, liquidated: u32, deferred: bool, weight: Weight },
		/// The parameters changed.
		ParamsSet { params: LiquidationParams },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A penalty of 100 % or more, a target health not above one, block shares that are zero
		/// when calm, fall as stress rises, or pass `BlockShares::MOST`, or a funding allowance
		/// above `ballast_primitives::max_funding_rate`.
		InvalidParams,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			let mut meter = WeightMeter::with_limit(Self::budget().max(Self::least_progress()));
			// The crisis level the budget was read from (the venue's state and correlation).
			meter.consume(T::DbWeight::get().reads(2));
			Self::run(&mut meter);
			meter.consumed()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Set the engine's parameters.
		///
		/// The dispatch origin must be `RiskOrigin`.
		#[pallet::call_index(0)]
		pub fn set_params(origin: OriginFor<T>, params: LiquidationParams) -> DispatchResult {
			T::RiskOrigin::ensure_origin(origin)?;
			ensure!(params.is_valid(), Error::<T>::InvalidParams);
			Params::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// One block's work under `meter`: step the watermark, then pop and handle every entry at
	/// or below it that the budget allows.
	pub(crate) fn run(meter: &mut WeightMeter) {
		// The watermark steps every block, whatever the budget: skipping a step would lose a
		// move for good.
		meter.consume(T::WeightInfo::step(LastMarks::<T>::decode_len().unwrap_or(0) as u32));
		let levels = Self::step_watermark();
		let params = Params::<T>::get();
		let (mut popped, mut liquidated) = (0u32, 0u32);
		let mut deferred = false;
		let mut touched = Touched::default();
		// The large queue's due entries first, then the small queue's; within a queue the
		// classes take turns to go first, block by block, so none waits behind the others.
		let turn = sp_runtime::SaturatedConversion::saturated_into::<u32>(frame_system::Pallet::<T>::block_number());
		for (queue, class) in risk::segments(turn as usize) {
			if deferred {
				break;
			}
			// Finding where the walk of this segment stops reads one key more.
			meter.consume(T::DbWeight::get().reads(1));
			// One cursor per segment: each step reads the key after the last one, so the entries
			// removed behind it are never walked again (starting over each time would make a
			// block's work quadratic in its liquidations). Entries filed again land above their
			// class's level, where a walk stops.
			let mut entries = Self::segment_entries(queue, class);
			while let Some((key, who)) = entries.next() {
				if !risk::is_due(key, queue, class, &levels) {
					break;
				}
				// Room for the worst case of this entry. The first entry always fits: the budget
				// is never below `least_progress`.
				if popped > 0 && !meter.can_consume(Self::worst_entry()) {
					deferred = true;
					break;
				}
				Index::<T>::remove(key, &who);
				Triggers::<T>::remove(&who);
				popped.saturating_inc();
				let handled = Self::handle(&who, &params, &levels);
				let cover = touched.charge_cover::<T>(&handled);
				meter.consume(touched.charge::<T>(&handled).saturating_add(cover));
				if handled.reduced > 0 {
					liquidated.saturating_inc();
				}
			}
		}
		Self::deposit_event(Event::BlockProcessed { level: levels.both, popped, liquidated, deferred, weight: meter.consumed() });
	}

	/// The hook's budget: its share of the block at the venue's crisis level.
	pub(crate) fn budget() -> Weight {
		let share = Params::<T>::get().block_share.at(T::Stress::stress().level);
		share * T::BlockWeights::get().max_block
	}

	/// The least a block's budget is, whatever the parameters: the watermark's step, the walks'
	/// reads and one entry's worst case, so every block makes progress.
	pub(crate) fn least_progress() -> Weight {
		T::WeightInfo::step(T::MaxMarkets::get())
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(Self::worst_entry())
	}

	/// The most one entry may cost: a liquidation of every position and its bad debt's cover.
	fn worst_entry() -> Weight {
		T::WeightInfo::liquidate(T::MaxMarkets::get()).saturating_add(T::BadDebt::cover_weight())
	}

	/// The index's entries from the start of `queue`'s `class` (and on past its end).
	fn segment_entries(queue: Queue, class: Class) -> impl Iterator<Item = ([u8; 16], T::AccountId)> {
		let mut start = Index::<T>::final_prefix().to_vec();
		// `Identity` hashing: the raw key continues with the trigger's bytes.
		start.extend_from_slice(&risk::segment_start(queue, class));
		Index::<T>::iter_keys_from(start)
	}

	/// Which queue an account waits in: the large one when its maintenance requirement or its
	/// shortfall reaches [`Config::PriorityRequirement`].
	fn queue_for(health: &AccountHealth) -> Queue {
		let at_stake = health.maintenance_requirement.max(health.shortfall());
		if at_stake >= T::PriorityRequirement::get() { Queue::Large } else { Queue::Small }
	}

	/// Raises the two-sided watermark by the largest step of any market's mark since the last
	/// block, the one-sided ones by the largest fall and the largest rise, each plus the funding
	/// allowance (and at least one unit).
	pub(crate) fn step_watermark() -> Levels {
		let (mut largest_fall, mut largest_rise) = (Ratio::zero(), Ratio::zero());
		let mut marks = LastMarks::<T>::get();
		let mut moved = false;
		for (market, last) in marks.iter_mut() {
			let Some(snapshot) = T::PriceFeed::snapshot(*market) else { continue };
			let (fall, rise) = risk::directed_step(*last, snapshot.mark);
			largest_fall = largest_fall.max(fall);
			largest_rise = largest_rise.max(rise);
			if snapshot.mark != *last {
				*last = snapshot.mark;
				moved = true;
			}
		}
		if moved {
			LastMarks::<T>::put(marks);
		}
		// At least one unit, so an account re-indexed one unit above this block's level is
		// examined in the next block and never twice in one.
		let funding = Params::<T>::get().funding_allowance.max(FundingCap::<T>::get());
		let rise_by = |step: Ratio| step.saturating_add(funding).into_inner().max(1);
		let both = Watermark::<T>::mutate(|level| {
			*level = level.saturating_add(rise_by(largest_fall.max(largest_rise)));
			*level
		});
		let (falls, rises) = SideWatermarks::<T>::mutate(|(falls, rises)| {
			*falls = falls.saturating_add(rise_by(largest_fall));
			*rises = rises.saturating_add(rise_by(largest_rise));
			(*falls, *rises)
		});
		Levels { both, falls, rises }
	}

	/// The three levels now.
	pub fn levels() -> Levels {
		let (falls, rises) = SideWatermarks::<T>::get();
		Levels { both: Watermark::<T>::get(), falls, rises }
	}

	/// Checks a popped account, liquidates it if it must, and indexes it again. Returns how
	/// many positions it reduced, the markets it read, whether it proved healthy, and how a
	/// shortfall sent down the loss waterfall was covered.
	pub(crate) fn handle(who: &T::AccountId, params: &LiquidationParams, levels: &Levels) -> Handled {
		let Some(health) = T::Margin::health(who) else { return Handled::default() };
		let positions = T::Margin::positions(who);
		let markets = positions.iter().map(|position| position.market).collect();
		if !health.is_liquidatable() {
			Self::place(who, levels, health, &positions, false);
			return Handled { markets, healthy: true, ..Default::default() };
		}
		let (reduced, coverage) = Self::liquidate(who, positions, health, params);
		Self::index_at(who, levels);
		Handled { reduced, markets, coverage, healthy: false }
	}

	/// Closes the largest positions first, each only as far as the target health needs; passes
	/// a bankrupt remainder to the loss waterfall (returning how it was covered).
	fn liquidate(
		who: &T::AccountId,
		mut positions: Vec<PositionView>,
		mut health: AccountHealth,
		params: &LiquidationParams,
	) -> (u32, Option<ballast_primitives::Coverage>) {
		positions.sort_by(|a, b| b.notional.cmp(&a.notional));
		let mut reduced = 0u32;
		for position in positions {
			let target = params.target_health.saturating_mul_int(health.maintenance_requirement);
			if health.equity >= i128::try_from(target).unwrap_or(i128::MAX) && !health.is_liquidatable() {
				break;
			}
			// Never at a frozen price (a stale or diverging feed): closing there would hand the
			// vault or the trader a price the market no longer has. The position waits; the
			// account stays due and is examined again every block until its feed is live.
			let Some(mark) = T::PriceFeed::mark_price(position.market) else { continue };
			let fraction = risk::fraction_to_close(
				health.equity,
				health.maintenance_requirement,
				position.notional,
				position.maintenance_fraction,
				params.target_health,
				params.penalty,
			);
			let left = Ratio::one().saturating_sub(fraction).saturating_mul_int(position.notional);
			let amount = if fraction >= Ratio::one() || left < params.min_partial_notional {
				position.size.saturating_abs()
			} else {
				// Rounded up to a whole atom so the target is reached.
				let atoms = fraction.saturating_mul_int(position.size.unsigned_abs()).saturating_add(1);
				i128::try_from(atoms).unwrap_or(i128::MAX).min(position.size.saturating_abs())
			};
			let Ok(reduction) = T::Margin::reduce_position(who, position.market, amount, mark, params.penalty) else { continue };
			reduced.saturating_inc();
			health = reduction.health_after;
			Self::deposit_event(Event::Liquidated {
				who: who.clone(),
				market: position.market,
				closed: reduction.closed,
				price: mark,
				penalty: reduction.penalty,
				health_after: ratio_of(&health),
			});
		}
		if reduced > 0 {
			T::Activity::liquidated(who);
		}
		if T::Margin::positions(who).is_empty() {
			// The loss comes with the markets whose closes left it (these liquidations' or the
			// trader's own), each priced on its own closed size.
			let loss = T::Margin::take_shortfall(who);
			if loss.shortfall > 0 {
				T::Activity::caused_bad_debt(who, loss.shortfall);
				let coverage = T::BadDebt::cover(who, &loss);
				let (market, shortfall) = (loss.main_market(), loss.shortfall);
				Self::deposit_event(Event::ShortfallCovered { who: who.clone(), market, shortfall, coverage });
				return (reduced, Some(coverage));
			}
		}
		(reduced, None)
	}

	/// Measures `who` and puts it in the index at its class's level plus its distance; takes it
	/// out when it has no positions and no shortfall.
	fn index_at(who: &T::AccountId, levels: &Levels) {
		match T::Margin::health(who) {
			Some(health) => Self::place(who, levels, health, &T::Margin::positions(who), false),
			None => Self::unindex(who),
		}
	}

	fn unindex(who: &T::AccountId) {
		if let Some(old) = Triggers::<T>::take(who) {
			Index::<T>::remove(old, who);
		}
	}

	/// Files `who`, measured as `health` and `positions`, under its class's level plus its
	/// distance. With `keep_earlier`, an entry already filed no later in the same queue and class
	/// stays where it is: being examined early is safe, and it saves moving the entry on every
	/// change of an account that only grew safer. An account that changed queue or class always
	/// moves: keys of two queues do not compare by level (every large key sorts before every
	/// small one), a large account left in the small queue would lose its priority, and keys of
	/// two classes are measured against different levels.
	fn place(who: &T::AccountId, levels: &Levels, health: AccountHealth, positions: &[PositionView], keep_earlier: bool) {
		Self::follow_markets(positions);
		let Some(distance) = risk::distance(&health, positions) else {
			Self::unindex(who);
			return;
		};
		let class = Class::of(positions);
		// Strictly above the current level: an account is examined at most once a block.
		let key = risk::trigger(levels.of(class), distance.max(Ratio::from_inner(1)), Self::queue_for(&health), class);
		let stored = Triggers::<T>::get(who);
		if keep_earlier && stored.is_some_and(|earlier| risk::files_no_later(earlier, key)) {
			return;
		}
		if let Some(earlier) = stored {
			Index::<T>::remove(earlier, who);
		}
		Index::<T>::insert(key, who, ());
		Triggers::<T>::insert(who, key);
	}

	/// A market the watermark does not follow yet joins it at its current mark.
	fn follow_markets(positions: &[PositionView]) {
		let mut marks = LastMarks::<T>::get();
		let mut joined = false;
		for position in positions {
			if marks.iter().any(|(market, _)| *market == position.market) {
				continue;
			}
			let Some(snapshot) = T::PriceFeed::snapshot(position.market) else { continue };
			// Full only if the margin engine lists more markets than it may: then the
			// market is left out rather than anything dropped.
			joined |= marks.try_push((position.market, snapshot.mark)).is_ok();
		}
		if joined {
			LastMarks::<T>::put(marks);
		}
	}

	/// The first `limit` accounts in the index, most urgent first, with their health now: what
	/// the next blocks will examine. For the runtime API and dashboards.
	pub fn at_risk(limit: u32) -> Vec<AtRisk<T::AccountId>> {
		let levels = Self::levels();
		Index::<T>::iter_keys()
			.take(limit as usize)
			.map(|(key, who)| {
				let trigger = risk::level_of(key);
				let health = T::Margin::health(&who).unwrap_or_default();
				AtRisk { who, trigger, distance: trigger.saturating_sub(levels.for_key(key)), health }
			})
			.collect()
	}

	/// The watermark, the index's size and how many of its entries are due (both counted up
	/// to `limit`), and the parameters.
	pub fn engine_state(limit: u32) -> EngineState {
		let levels = Self::levels();
		let due_in = |queue, class| {
			Self::segment_entries(queue, class)
				.take(limit as usize)
				.take_while(|(key, _)| risk::is_due(*key, queue, class, &levels))
				.count()
		};
		let due = risk::segments(0).fold(0usize, |sum, (queue, class)| sum.saturating_add(due_in(queue, class))).min(limit as usize);
		EngineState {
			watermark: levels.both,
			markets_followed: LastMarks::<T>::decode_len().unwrap_or(0) as u32,
			indexed: Triggers::<T>::iter_keys().take(limit as usize).count() as u32,
			due: due as u32,
			funding_cap: FundingCap::<T>::get(),
			params: Params::<T>::get(),
		}
	}

	/// The index is consistent with itself, every account with positions or a shortfall is in
	/// it, and every indexed account below maintenance (a bankrupt one with nothing left to close
	/// among them) will be examined by the next block (never wrong).
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::ensure;
		let levels = Self::levels();
		ensure!(levels.falls <= levels.both && levels.rises <= levels.both, "a one-sided level above the two-sided one");
		for (key, who) in Index::<T>::iter_keys() {
			ensure!(Triggers::<T>::get(&who) == Some(key), "an index entry without its trigger");
			let liquidatable = T::Margin::health(&who).is_some_and(|h| h.is_liquidatable());
			// The next block's level is at least one unit higher: it examines this one.
			ensure!(
				!liquidatable || risk::level_of(key) <= levels.for_key(key).saturating_add(1),
				"a liquidatable account the next block would not examine"
			);
			// A one-sided key only for an account holding that side alone (a size tier that came
			// within reach since needs no move: it is crossed only by a move the account's way).
			ensure!(risk::class_of(key).fits(&T::Margin::positions(&who)), "an account filed against a side it does not hold alone");
		}
		for who in T::Margin::watched_accounts() {
			ensure!(Triggers::<T>::contains_key(&who), "an account with positions or a shortfall is not indexed");
		}
		let indexed = Index::<T>::iter().count();
		ensure!(Triggers::<T>::iter().count() == indexed, "triggers and index differ");
		Ok(())
	}
}

fn ratio_of(health: &AccountHealth) -> Option<Ratio> {
	(health.maintenance_requirement > 0)
		.then(|| Ratio::checked_from_rational(health.equity.max(0).unsigned_abs(), health.maintenance_requirement))
		.flatten()
}

/// The margin pallet tells the engine what changed.
impl<T: Config> MarginObserver<T::AccountId> for Pallet<T> {
	fn account_changed(who: &T::AccountId, change: &AccountChange) {
		match change.health {
			Some(health) => Self::place(who, &Self::levels(), health, change.positions, true),
			None => Self::unindex(who),
		}
	}

	fn margins_tightened(increase: Ratio) {
		let raised = Self::levels().raised(increase.into_inner());
		Watermark::<T>::put(raised.both);
		SideWatermarks::<T>::put((raised.falls, raised.rises));
	}

	fn funding_capped_at(max_rate_per_block: Ratio) {
		FundingCap::<T>::mutate(|cap| *cap = (*cap).max(max_rate_per_block));
	}

	fn funding_caps_now(highest: Ratio) {
		if FundingCap::<T>::get() != highest {
			FundingCap::<T>::put(highest);
		}
	}

	/// From the watermark to the most urgent indexed account: a tightening smaller than this
	/// reaches nobody's trigger, so (the index being never wrong) makes nobody liquidatable.
	fn tightening_room() -> Ratio {
		let levels = Self::levels();
		let first_of = |(queue, class)| Self::segment_entries(queue, class).next().filter(|(key, _)| risk::in_segment(*key, queue, class));
		let room = risk::segments(0).filter_map(first_of).map(|(key, _)| risk::level_of(key).saturating_sub(levels.for_key(key))).min();
		room.map_or(Ratio::max_value(), Ratio::from_inner)
	}
}
