//! Whether the venue's stablecoin is all accounted for: every bUSD unit held by some account,
//! the margin engine holding at least what its ledgers owe (traders' collateral, the vault's
//! cash, the fees owed to the fund), and the bad debt still waiting for the loss waterfall.
//! Network tests call it on every node's finalized state after a crash; operators at any block.
//!
//! Summing every account's balance reads every account, so one call sums at most
//! [`SOLVENCY_PAGE`] of them and hands back a cursor to resume from (the API is reachable through
//! any node's `state_call`: its cost is bounded per call). Call again with `next` at the same
//! block until it is `None`; only then are the figures judged. polkadot.js:
//! `let s = await api.call.solvencyApi.solvency(null); while (s.next.isSome) s = await api.call.solvencyApi.solvency(s.next);`
//!
//! Units: bUSD atoms (6 decimals).

use alloc::vec::Vec;
use ballast_primitives::Balance;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// Most accounts one call sums.
pub const SOLVENCY_PAGE: u32 = 1_000;

/// Where a paged sum of the accounts resumes.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct SolvencyCursor {
	/// The storage key of the last account summed.
	pub after: Vec<u8>,
	/// What the accounts summed so far hold.
	pub held_so_far: Balance,
}

/// The stablecoin's ledgers at one block.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct Solvency {
	/// bUSD in existence (the asset's supply), and the sum of every account's balance.
	pub supply: Balance,
	pub held_by_accounts: Balance,
	/// What the margin engine's account holds, and what its ledgers owe out of it.
	pub margin_held: Balance,
	pub collateral: Balance,
	pub vault_cash: Balance,
	pub fees_owed_to_fund: Balance,
	/// Accounts' shortfalls not yet handed down the waterfall (only ever between a transaction
	/// and the next block's hooks).
	pub shortfall: Balance,
	/// The insurance fund's own ledger, and what its account holds.
	pub fund_ledger: Balance,
	pub fund_held: Balance,
	/// Every unit held by an account, and neither the margin engine nor the fund short; judged
	/// only on the last page (false while `next` is some).
	pub conserved: bool,
	/// Accounts left to sum: call again with this, at the same block.
	pub next: Option<SolvencyCursor>,
}

impl Solvency {
	/// Judges the figures: `conserved` is set from them.
	pub fn judged(mut self) -> Self {
		let owed = self.collateral.saturating_add(self.vault_cash).saturating_add(self.fees_owed_to_fund);
		self.conserved = self.next.is_none()
			&& self.supply == self.held_by_accounts
			&& self.margin_held >= owed
			&& self.fund_held >= self.fund_ledger;
		self
	}
}
