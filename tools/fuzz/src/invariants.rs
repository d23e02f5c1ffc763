//! What must hold after every block's hooks, whatever came before.
//!
//! - Every pallet's `try_state` (margin: each unit of its stablecoin in exactly one ledger;
//!   liquidation: every account with positions or a shortfall indexed and never wrongly placed;
//!   insurance fund: shares, pending withdrawals, deficits; oracle, breakers, reputation).
//! - bUSD is conserved: nothing mints or burns it after genesis, and the holdings of every
//!   account (traders, the margin pallet's ledgers, the fund, fees) add up to the supply.
//! - No bad debt left unhandled: an account's shortfall (a balance that would be below zero)
//!   exists only between the transaction that made it and the next block's hooks, which hand it
//!   down the waterfall; after the hooks none is left, unless the liquidation engine used its
//!   whole share of the block and carried its queue on (a crash over thousands of accounts
//!   does; the crisis lab checks [`no_shortfall_left`] only after blocks that finished it).
//! - The hooks' weight (the block's mandatory class, taken before any transaction) stays within
//!   the block's limit.

use ballast_runtime::{AllPalletsWithSystem, Runtime, System, COLLATERAL_ASSET_ID};
use frame_support::{
	dispatch::DispatchClass,
	traits::{TryState, TryStateSelect},
};

/// The bUSD supply at the case's start.
pub fn supply() -> u128 {
	pallet_assets::Asset::<Runtime>::get(COLLATERAL_ASSET_ID).map_or(0, |asset| asset.supply)
}

/// Checks everything right after a block's hooks ran; the first broken invariant, named.
pub fn check(genesis_supply: u128) -> Result<(), String> {
	ledgers(genesis_supply)?;
	no_shortfall_left()
}

/// Every pallet's `try_state`, bUSD conserved across every ledger, and the hooks within the
/// block: what holds after every block, however busy.
pub fn ledgers(genesis_supply: u128) -> Result<(), String> {
	let block = System::block_number();
	AllPalletsWithSystem::try_state(block, TryStateSelect::All).map_err(|e| format!("try_state: {e:?}"))?;

	let supply = supply();
	if supply != genesis_supply {
		return Err(format!("bUSD supply {supply} differs from genesis {genesis_supply}"));
	}
	let held = pallet_assets::Account::<Runtime>::iter_prefix_values(COLLATERAL_ASSET_ID)
		.fold(0u128, |sum, account| sum.saturating_add(account.balance));
	if held != supply {
		return Err(format!("bUSD held by accounts {held} differs from the supply {supply}"));
	}

	let hooks = *System::block_weight().get(DispatchClass::Mandatory);
	let limit = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	if hooks.any_gt(limit) {
		return Err(format!("the hooks used {hooks:?}, over the block's {limit:?}"));
	}
	Ok(())
}

/// No account keeps a shortfall after the hooks. Holds whenever the liquidation engine
/// finished its queue within its share of the block; a crash that fills the share carries the
/// queue (and a shortfall in it) to the next block, by design.
pub fn no_shortfall_left() -> Result<(), String> {
	if let Some((who, account)) = pallet_ballast_margin::Accounts::<Runtime>::iter().find(|(_, account)| account.shortfall > 0) {
		return Err(format!("{who} keeps a shortfall of {} after the hooks", account.shortfall));
	}
	Ok(())
}
