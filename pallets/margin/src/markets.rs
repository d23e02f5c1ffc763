//! A market's parameters and totals: listing checks, funding accrual, and the open interest
//! valued at each block's mark (the traders' PnL the vault's equity nets against).
//!
//! ## Funding
//! Per market a cumulative index grows each block by the funding rate (proportional to the
//! open-interest skew, capped) times the mark, accrued by the block hook at each block's mark
//! before any transaction (a market touched outside a block's hooks accrues when touched). A
//! position owes `size × (index now − index at last settlement)`, settled on every touch of
//! its account: the crowded side pays, the vault (which holds the net skew) and the other
//! side receive.

use crate::{math, pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use ballast_primitives::{Balance, MarginObserver, MarketId, Price, PriceFeed, Quantity, Ratio, SignedBalance};
use frame_support::{ensure, traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_arithmetic::{traits::One, Rounding};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchResult, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn ensure_valid_market(params: &MarketParams) -> Result<(), Error<T>> {
		let one = Ratio::one();
		let fractions_ok = |initial: Ratio, maintenance: Ratio| !maintenance.is_zero() && maintenance < initial && initial <= one;
		let mut previous = (0, params.initial_margin, params.maintenance_margin);
		let mut tiers_ok = true;
		for tier in &params.size_tiers {
			tiers_ok &= tier.min_notional > previous.0
				&& tier.initial_margin >= previous.1
				&& tier.maintenance_margin >= previous.2
				&& fractions_ok(tier.initial_margin, tier.maintenance_margin);
			previous = (tier.min_notional, tier.initial_margin, tier.maintenance_margin);
		}
		let valid = fractions_ok(params.initial_margin, params.maintenance_margin)
			&& tiers_ok
			&& params.oi_margin_lower <= params.oi_margin_upper
			&& params.max_open_interest > 0
			&& params.min_order_size > 0
			&& params.taker_fee < one
			&& params.max_impact < one
			&& params.max_funding_rate <= ballast_primitives::max_funding_rate();
		valid.then_some(()).ok_or(Error::<T>::InvalidParameters)
	}

	/// A listed market's parameters.
	pub(crate) fn params_of(market: MarketId) -> Option<MarketParams> {
		Markets::<T>::get(market).map(|listed| listed.params)
	}

	/// A listed market's totals (zero for an unlisted one).
	pub(crate) fn totals_of(market: MarketId) -> MarketTotals<BlockNumberFor<T>> {
		Markets::<T>::get(market).map(|listed| listed.totals).unwrap_or_default()
	}

	pub(crate) fn put_totals(market: MarketId, totals: MarketTotals<BlockNumberFor<T>>) {
		Markets::<T>::mutate(market, |listed| {
			if let Some(listed) = listed {
				listed.totals = totals;
			}
		});
	}

	/// Brings `market`'s funding index up to now; returns its totals. The block hook accrues
	/// every market first, so within a block this writes nothing.
	pub(crate) fn accrue_funding(market: MarketId, params: &MarketParams) -> MarketTotals<BlockNumberFor<T>> {
		Self::accrue(market, params, Self::totals_of(market))
	}

	/// [`Self::accrue_funding`] from the `stored` totals the caller has read.
	pub(crate) fn accrue(market: MarketId, params: &MarketParams, stored: MarketTotals<BlockNumberFor<T>>) -> MarketTotals<BlockNumberFor<T>> {
		let totals = Self::projected_totals(market, params, stored);
		if totals != stored {
			Self::put_totals(market, totals);
		}
		totals
	}

	/// `totals` with funding accrued to now, without writing.
	pub(crate) fn projected_totals(
		market: MarketId,
		params: &MarketParams,
		mut totals: MarketTotals<BlockNumberFor<T>>,
	) -> MarketTotals<BlockNumberFor<T>> {
		let now = frame_system::Pallet::<T>::block_number();
		let blocks: u32 = now.saturating_sub(totals.funding_updated).saturated_into();
		if blocks > 0 {
			if let Some(snapshot) = T::PriceFeed::snapshot(market) {
				let rate = math::funding_rate(params, totals.long_size, totals.short_size);
				totals.funding_index = math::accrue_funding(totals.funding_index, rate, snapshot.mark, blocks);
			}
			totals.funding_updated = now;
		}
		totals
	}

	/// Values a market's open interest at `mark`, keeping the pool's sum in step.
	pub(crate) fn revalue(totals: &mut MarketTotals<BlockNumberFor<T>>, mark: Price) {
		let long = math::unrealised_pnl(totals.long_size, totals.long_entry_value, mark);
		let short = math::unrealised_pnl(totals.short_size.saturating_neg(), totals.short_entry_value, mark);
		let profit = |pnl: SignedBalance| pnl.max(0).unsigned_abs();
		Pool::<T>::mutate(|pool| {
			let sum = &mut pool.open_pnl;
			sum.net = sum.net.saturating_sub(totals.long_pnl).saturating_sub(totals.short_pnl).saturating_add(long).saturating_add(short);
			sum.open_profit = sum
				.open_profit
				.saturating_sub(profit(totals.long_pnl))
				.saturating_sub(profit(totals.short_pnl))
				.saturating_add(profit(long))
				.saturating_add(profit(short));
		});
		(totals.long_pnl, totals.short_pnl, totals.valued_at) = (long, short, mark);
	}

	/// Writes an account holding `collateral` and a long of `size` in `market` entered at
	/// `entry_value`, as a venue with many traders has, for other pallets' benchmarks at scale
	/// (a million real trades would not fit a benchmark's setup). The pooled ledgers and the
	/// market's totals are left alone: only the shape of storage matters there.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn insert_account_for_benchmarks(who: &T::AccountId, collateral: Balance, market: MarketId, size: Quantity, entry_value: Balance) {
		let mut account = MarginAccount { collateral, ..Default::default() };
		let funding_index = Markets::<T>::get(market).map(|listed| listed.totals.funding_index).unwrap_or_default();
		let position = Position { size, entry_value, funding_index };
		if account.set_position(market, position).is_ok() {
			Accounts::<T>::insert(who, account);
		}
	}

	/// Revalues every market with open interest at its current mark, as the block hook does
	/// before it rescales margins.
	pub fn revalue_all() {
		Self::store_changed(&Self::revalued_markets());
	}

	/// Every listed market, read once, with its totals revalued at its current mark (in
	/// memory: [`Self::store_changed`] writes the ones that changed).
	pub(crate) fn revalued_markets() -> Vec<HeldMarket<BlockNumberFor<T>>> {
		Markets::<T>::iter()
			.take(T::MaxMarkets::get() as usize)
			.map(|(id, mut market)| {
				// Funding accrues here once a block, so no transaction of the block writes a
				// market only to bring its funding index up to date.
				let accrued = Self::projected_totals(id, &market.params, market.totals);
				let funding_moved = accrued != market.totals;
				market.totals = accrued;
				let totals = &mut market.totals;
				let idle = totals.long_size == 0 && totals.short_size == 0 && totals.long_pnl == 0 && totals.short_pnl == 0;
				let snapshot = T::PriceFeed::snapshot(id);
				let open_interest = snapshot.map_or(0, |s| {
					math::value(totals.long_size.saturating_add(totals.short_size), s.mark, Rounding::Down).unwrap_or(Balance::MAX)
				});
				let moved = snapshot.filter(|s| !idle && s.mark != totals.valued_at);
				if let Some(snapshot) = moved {
					Self::revalue(totals, snapshot.mark);
				}
				HeldMarket { id, market, open_interest, changed: funding_moved || moved.is_some() }
			})
			.collect()
	}

	/// Writes back the held markets that changed: one write each.
	pub(crate) fn store_changed(markets: &[HeldMarket<BlockNumberFor<T>>]) {
		for held in markets.iter().filter(|held| held.changed) {
			Markets::<T>::insert(held.id, &held.market);
		}
	}

	pub(crate) fn add_to_totals(totals: &mut MarketTotals<BlockNumberFor<T>>, size: Quantity, value: Balance) -> Result<(), Error<T>> {
		let (side, entry) = if size > 0 {
			(&mut totals.long_size, &mut totals.long_entry_value)
		} else {
			(&mut totals.short_size, &mut totals.short_entry_value)
		};
		*side = side.checked_add(size.saturating_abs()).ok_or(Error::<T>::Overflow)?;
		*entry = entry.checked_add(value).ok_or(Error::<T>::Overflow)?;
		Ok(())
	}

	pub(crate) fn remove_from_totals(totals: &mut MarketTotals<BlockNumberFor<T>>, size: Quantity, value: Balance) {
		let (side, entry) = if size > 0 {
			(&mut totals.long_size, &mut totals.long_entry_value)
		} else {
			(&mut totals.short_size, &mut totals.short_entry_value)
		};
		// The totals are the sum of the positions (`try_state`): a close never takes more.
		if *side < size.saturating_abs() || *entry < value {
			frame_support::defensive!("a close larger than its side's open interest");
		}
		*side = side.saturating_sub(size.saturating_abs());
		*entry = entry.saturating_sub(value);
	}

	/// Lists `market` or re-parameterises it; a raise of its maintenance fractions phases in.
	pub(crate) fn do_set_market(market: MarketId, params: MarketParams) -> DispatchResult {
		Self::ensure_valid_market(&params)?;
		ensure!(
			Markets::<T>::contains_key(market) || Markets::<T>::count() < T::MaxMarkets::get(),
			Error::<T>::TooManyMarkets
		);
		let listed = match Markets::<T>::get(market) {
			// Funding so far accrues under the old parameters; a raise of maintenance starts
			// from the old fractions and phases in with the ramp.
			Some(listed) => {
				let totals = Self::projected_totals(market, &listed.params, listed.totals);
				let (raised_from, phase_in) = Self::phasing(listed.raised_from.unwrap_or(listed.params), &params);
				Market { params, totals, scale: MarginScale { phase_in, ..listed.scale }, raised_from }
			},
			None => Market {
				totals: MarketTotals { funding_updated: frame_system::Pallet::<T>::block_number(), ..Default::default() },
				..Market::new(params)
			},
		};
		<T::Observer as ballast_primitives::MarginObserver<T::AccountId>>::funding_capped_at(listed.params.max_funding_rate);
		Markets::<T>::insert(market, listed);
		Self::deposit_event(Event::MarketConfigured { market });
		Ok(())
	}

	/// What a market whose maintenance fractions were `from` keeps beside `to` and how far
	/// in the new ones are: a raise at any notional starts at zero from `from`.
	pub(crate) fn phasing(from: MarketParams, to: &MarketParams) -> (Option<MarketParams>, ballast_primitives::Ratio) {
		use sp_runtime::traits::{One, Zero};
		if math::maintenance_increase(&from, to).is_zero() {
			(None, ballast_primitives::Ratio::one())
		} else {
			(Some(from), ballast_primitives::Ratio::zero())
		}
	}

	/// Every listed market's parameters, for the runtime API.
	pub fn markets() -> alloc::vec::Vec<(MarketId, MarketParams)> {
		Markets::<T>::iter().take(T::MaxMarkets::get() as usize).map(|(id, market)| (id, market.params)).collect()
	}

	/// The block hook's work: every market's funding accrued and its open interest valued at
	/// this block's marks (the oracle aggregates first), so trades and the vault read the
	/// traders' PnL in one place; then the dynamic margins stepped.
	pub(crate) fn start_block() -> Weight {
		// Each market's record is read once and written once a block (its funding moves
		// every block): a transaction of the block finds it in the overlay, and the trade
		// benchmarks whitelist it.
		let mut markets = Self::revalued_markets();
		// Before this block's funding reaches any account: the liquidation watermark allows
		// for the caps in force now.
		let highest_cap = markets.iter().map(|held| held.market.params.max_funding_rate).max().unwrap_or_default();
		<T::Observer as MarginObserver<T::AccountId>>::funding_caps_now(highest_cap);
		Self::rescale(&mut markets);
		Self::store_changed(&markets);
		Self::follow_crisis();
		// Following the fund's crisis episode at its costliest, when one starts or ends (the
		// fund's episode and parameters, the vault's ledgers read and written), which the
		// calm block the revalue benchmark measures does not reach.
		T::WeightInfo::revalue(markets.len() as u32).saturating_add(T::DbWeight::get().reads_writes(3, 1))
	}

	/// Lists the genesis markets, sets the vault's and the dynamic margins' parameters, and
	/// provides the genesis liquidity.
	pub(crate) fn build_genesis(genesis: &GenesisConfig<T>) {
		assert!(genesis.markets.len() as u32 <= T::MaxMarkets::get(), "more genesis markets than MaxMarkets");
		for (market, params) in &genesis.markets {
			Self::ensure_valid_market(params).expect("genesis market parameters are valid");
			Markets::<T>::insert(market, Market::new(params.clone()));
			<T::Observer as MarginObserver<T::AccountId>>::funding_capped_at(params.max_funding_rate);
		}
		assert!(genesis.vault.is_valid(), "genesis vault parameters are valid");
		VaultConfig::<T>::put(genesis.vault);
		assert!(genesis.scaling.is_valid(), "genesis scaling parameters are valid");
		Scaling::<T>::put(genesis.scaling);
		for (provider, amount) in &genesis.liquidity {
			Self::do_provide_liquidity(provider.clone(), *amount).expect("genesis liquidity providers hold it");
		}
	}
}
