//! Whether the venue's stablecoin is all accounted for: every bUSD unit held by some account,
//! the margin engine holding at least what its ledgers owe (traders' collateral, the vault's
//! cash, the fees owed to the fund), and the bad debt still waiting for the loss waterfall.
//! Network tests call it on every node's finalized state after a crash; operators at any block.
//!
//! Units: bUSD atoms (6 decimals).

use ballast_primitives::Balance;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// The stablecoin's ledgers at one block.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
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
	/// Every unit held by an account, and neither the margin engine nor the fund short.
	pub conserved: bool,
}

impl Solvency {
	/// Judges the figures: `conserved` is set from them.
	pub fn judged(mut self) -> Self {
		let owed = self.collateral.saturating_add(self.vault_cash).saturating_add(self.fees_owed_to_fund);
		self.conserved =
			self.supply == self.held_by_accounts && self.margin_held >= owed && self.fund_held >= self.fund_ledger;
		self
	}
}
