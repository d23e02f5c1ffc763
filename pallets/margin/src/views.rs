//! Read models for clients and runtime APIs: an account's summary, the vault's, every ledger.

use crate::{ledger::to_signed, math, pallet::*, types::*};
use ballast_primitives::Ratio;
use frame_support::traits::fungible::Inspect;
use sp_arithmetic::FixedPointNumber;

impl<T: Config> Pallet<T> {
	/// An account's state valued for its risk (what liquidation sees), for the runtime API.
	pub fn account_summary(who: &T::AccountId) -> Option<AccountSummary> {
		let account = Accounts::<T>::get(who)?;
		let valuation = Self::valuation(&account);
		let health = (valuation.maintenance > 0)
			.then(|| Ratio::checked_from_rational(valuation.equity.max(0).unsigned_abs(), valuation.maintenance))
			.flatten();
		let spare = valuation
			.equity
			.saturating_sub(to_signed(valuation.open_profit))
			.saturating_sub(to_signed(account.unsettled_profit))
			.saturating_sub(to_signed(Self::least_equity(&account, valuation.initial)))
			.max(0)
			.unsigned_abs();
		let positions = valuation
			.positions
			.iter()
			.map(|p| PositionSummary {
				market: p.market,
				size: p.position.size,
				entry_price: math::average_price(p.position.size, p.position.entry_value),
				mark_price: p.mark,
				unrealised_pnl: p.unrealised_pnl,
				funding_owed: p.funding_owed,
				liquidation_price: math::liquidation_price(
					p.position.size,
					p.price,
					p.maintenance_fraction,
					valuation.equity,
					valuation.maintenance,
				),
			})
			.collect();
		Some(AccountSummary {
			collateral: account.collateral,
			unsettled_profit: account.unsettled_profit,
			shortfall: account.shortfall,
			equity: valuation.equity,
			initial_requirement: valuation.initial,
			maintenance_requirement: valuation.maintenance,
			health,
			withdrawable: spare.min(account.collateral),
			positions,
		})
	}

	/// The vault, for the runtime API.
	pub fn vault_summary() -> VaultSummary {
		let pool = Pool::<T>::get();
		VaultSummary {
			cash: pool.vault.cash,
			shares: pool.vault.shares,
			equity: Self::vault_equity(),
			open_profit: pool.open_pnl.open_profit,
			unsettled_profit: pool.unsettled_profit,
			insurance_fees: pool.insurance_fees,
			crisis_episode: pool.premium.episode,
			crisis_pot: pool.premium.pot,
		}
	}

	/// Every ledger of the stablecoin the engine owes, and what its account holds. Reads every
	/// account: for runtime APIs and invariants, never for a transaction.
	pub fn ledgers() -> MarginLedgers {
		let pool = Pool::<T>::get();
		let (collateral, shortfall) = Accounts::<T>::iter_values().fold((0u128, 0u128), |(collateral, shortfall), account| {
			(collateral.saturating_add(account.collateral), shortfall.saturating_add(account.shortfall))
		});
		MarginLedgers {
			collateral,
			vault_cash: pool.vault.cash,
			insurance_fees: pool.insurance_fees,
			shortfall,
			held: T::Collateral::balance(&Self::account_id()),
		}
	}
}
