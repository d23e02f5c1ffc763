//! `SolvencyApi`: whether every bUSD unit is accounted for at a block. The asset's supply
//! against every account's balance, the margin engine's ledgers against its holdings, and the
//! insurance fund's ledger against its account: the conservation the fuzzer checks after every
//! block, readable on a live chain's state.

use crate::{InsuranceFund, Margin, Runtime, COLLATERAL_ASSET_ID};
use frame_support::traits::fungibles::Inspect;
use pallet_ballast_liquidation_runtime_api::solvency::Solvency;

/// The stablecoin's ledgers in the current state.
pub fn solvency() -> Solvency {
	let held_by_accounts = pallet_assets::Account::<Runtime>::iter_prefix_values(COLLATERAL_ASSET_ID)
		.fold(0u128, |sum, account| sum.saturating_add(account.balance));
	let margin = Margin::ledgers();
	Solvency {
		supply: pallet_assets::Pallet::<Runtime>::total_issuance(COLLATERAL_ASSET_ID),
		held_by_accounts,
		margin_held: margin.held,
		collateral: margin.collateral,
		vault_cash: margin.vault_cash,
		fees_owed_to_fund: margin.insurance_fees,
		shortfall: margin.shortfall,
		fund_ledger: InsuranceFund::held(),
		fund_held: pallet_assets::Pallet::<Runtime>::balance(COLLATERAL_ASSET_ID, &InsuranceFund::account_id()),
		conserved: false,
	}
	.judged()
}
