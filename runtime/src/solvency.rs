//! `SolvencyApi`: whether every bUSD unit is accounted for at a block. The asset's supply
//! against every account's balance, the margin engine's ledgers against its holdings, and the
//! insurance fund's ledger against its account: the conservation the fuzzer checks after every
//! block, readable on a live chain's state. A call sums at most [`SOLVENCY_PAGE`] accounts and
//! resumes from a cursor, so its cost is bounded whoever calls it.

use crate::{InsuranceFund, Margin, Runtime, COLLATERAL_ASSET_ID};
use frame_support::traits::fungibles::Inspect;
use ballast_venue_runtime_api::solvency::{Solvency, SolvencyCursor, SOLVENCY_PAGE};

type Accounts = pallet_assets::Account<Runtime>;

/// The stablecoin's ledgers in the current state, every account summed: all pages, for native
/// tools (the crisis lab) that own the state they read.
pub fn solvency() -> Solvency {
	let mut page = solvency_from(None);
	while let Some(cursor) = page.next.take() {
		page = solvency_from(Some(cursor));
	}
	page
}

/// The ledgers, with the accounts summed from `resume` on, at most [`SOLVENCY_PAGE`] of them.
pub fn solvency_from(resume: Option<SolvencyCursor>) -> Solvency {
	let (mut accounts, mut held_by_accounts) = match resume {
		Some(cursor) => (Accounts::iter_prefix_from(COLLATERAL_ASSET_ID, cursor.after), cursor.held_so_far),
		None => (Accounts::iter_prefix(COLLATERAL_ASSET_ID), 0),
	};
	let mut summed = 0u32;
	for (_, account) in accounts.by_ref().take(SOLVENCY_PAGE as usize) {
		held_by_accounts = held_by_accounts.saturating_add(account.balance);
		summed = summed.saturating_add(1);
	}
	// A full page may have more after it (at worst the next call reads an empty page).
	let next = (summed == SOLVENCY_PAGE).then(|| SolvencyCursor { after: accounts.last_raw_key().to_vec(), held_so_far: held_by_accounts });
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
		next,
	}
	.judged()
}
