//! The venue's per-block order, stated once.
//!
//! Every block, before any transaction, each pallet's `on_initialize` runs in the order the
//! pallets are declared in `lib.rs`'s `#[frame_support::runtime]` (`AllPalletsWithSystem`). For
//! the venue that order is the crisis path, and each hook reads only what an earlier one in the
//! same block computed:
//!
//! 1. **Oracle**: the feeders' submissions aggregate into this block's index, mark, volatility
//!    and feed status;
//! 2. **CircuitBreaker**: each market's breaker steps on those prices (open, reduce-only,
//!    halted), and the venue's crisis level and stress signal are computed;
//! 3. **Margin**: funding accrues, open interest is revalued at the new marks, and the dynamic
//!    margins rescale on the new stress;
//! 4. **Liquidation**: the watermark steps by the marks' moves and the due accounts are
//!    liquidated within the crisis level's share of the block; bankruptcies go down the loss
//!    waterfall at once (the fund, the vault, deleveraging);
//! 5. **InsuranceFund**: the fund collects its income, works down carried deficits and samples
//!    its share price; the global breaker hears the drawdown the block's waterfall left.
//!
//! `docs/crisis-path.md` walks one crash through these hops. [`VENUE_BLOCK_ORDER`] is checked
//! against the order the runtime really runs (`tests::block_order`): moving a venue pallet, or
//! declaring another pallet between two of them, fails that test until this order is restated.

use alloc::vec::Vec;
use frame_support::traits::PalletsInfoAccess;

/// The venue's hooks, in the order every block must run them.
pub const VENUE_BLOCK_ORDER: [&str; 5] = ["Oracle", "CircuitBreaker", "Margin", "Liquidation", "InsuranceFund"];

/// Every pallet of the runtime in the order `Executive` runs their hooks.
pub fn hook_order() -> Vec<&'static str> {
	<crate::AllPalletsWithSystem as PalletsInfoAccess>::infos().into_iter().map(|info| info.name).collect()
}

/// Whether the runtime runs the venue's hooks as [`VENUE_BLOCK_ORDER`] states, one after another
/// with nothing between them; the reason when it does not.
pub fn check_venue_order(hooks: &[&str]) -> Result<(), alloc::string::String> {
	let first = hooks.iter().position(|name| *name == VENUE_BLOCK_ORDER[0]).ok_or("the oracle is not in the runtime")?;
	let run = hooks.get(first..first + VENUE_BLOCK_ORDER.len()).ok_or("a venue pallet is missing")?;
	if run != VENUE_BLOCK_ORDER {
		return Err(alloc::format!(
			"the venue's hooks run as {run:?}, the crisis path is {VENUE_BLOCK_ORDER:?}: restate block_order.rs or move the pallet"
		));
	}
	Ok(())
}
