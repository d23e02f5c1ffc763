//! What one block's hooks did to the venue: liquidations, the loss waterfall and deleveraging,
//! the liquidation hook's metered weight, each feed's accepted prices and outliers, and the
//! breakers that moved. The runtime reads it from the block's own events, so it is exactly what
//! the chain did; the node turns it into Prometheus metrics once per imported block, and the
//! stress test reads its simulated blocks the same way.
//!
//! Units: amounts are bUSD atoms (6 decimals); weight is picoseconds of ref time and bytes of
//! proof.

use alloc::vec::Vec;
use ballast_primitives::{Balance, MarketId, MarketState};
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// One block's activity.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct BlockActivity {
	/// Accounts liquidated in part, and wholly (nothing left of a position).
	pub liquidated_partially: u32,
	pub liquidated_wholly: u32,
	/// Notional closed by liquidations, at the mark.
	pub notional_closed: Balance,
	/// Penalties the liquidated paid.
	pub penalties: Balance,
	/// Bad debt: bankrupt accounts' shortfalls, and how the waterfall covered them.
	pub shortfall: Balance,
	pub fund_covered: Balance,
	pub vault_absorbed: Balance,
	pub deleveraged: Balance,
	/// Positions reduced by deleveraging.
	pub deleveraged_positions: u32,
	/// Loss still uncovered, carried to later blocks.
	pub deficit_carried: Balance,
	/// The liquidation hook's metered weight.
	pub hook_ref_time: u64,
	pub hook_proof_size: u64,
	/// Entries the hook took off its index, and whether it left due ones for the next block.
	pub popped: u32,
	pub deferred: bool,
	/// Markets the oracle priced this block, with the feeders whose prices it accepted.
	pub feeds: Vec<FeedActivity>,
	/// Breakers that changed state, and to what.
	pub breakers: Vec<(MarketId, MarketState)>,
}

/// One market's aggregation in a block.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct FeedActivity {
	pub market: MarketId,
	/// Feeders whose fresh prices made the index (`0` when the market was not priced).
	pub feeders: u32,
	/// Prices rejected as outliers.
	pub outliers: u32,
}
