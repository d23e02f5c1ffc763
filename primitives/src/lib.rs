//! # Ballast primitives
//!
//! The vocabulary every Ballast pallet shares, and the only way they talk to each other.
//!
//! Pallets never read each other's storage. Each declares in its `Config` the traits below
//! that it needs, and the runtime wires one pallet's implementation into another; each trait
//! lives in the file of the pallet that owns it ([`traits`]). The crisis path, block by block
//! in the order `runtime/src/block_order.rs` states (and `docs/crisis-path.md` walks):
//!
//! ```text
//! 1 oracle           ─PriceFeed──────────────────► breaker, margin, liquidation
//! 2 circuit breaker  ─MarketGuard, VenueStress───► margin (trades refused, margins rescaled)
//! 3 margin           ─MarginObserver─────────────► liquidation, fund (accounts re-filed)
//! 4 liquidation      ─MarginAccounts─────────────► margin (valued, reduced, shortfall taken)
//!                    ─BadDebt────────────────────► insurance fund (the loss waterfall)
//! 5 insurance fund   ─VaultLedger, MarginAccounts► margin (vault refilled, deleveraging)
//!                    ─LossObserver───────────────► circuit breaker (withdrawals paused, global trip)
//! ```
//!
//! Beside it: [`LeverageLimit`] (reputation → margin) caps each account's leverage, and
//! [`TraderActivity`] (margin, liquidation → reputation) reports trades and liquidations;
//! [`WithdrawalGuard`] (circuit breaker → margin, fund) rate-limits withdrawals; [`FundHealth`]
//! (fund → margin, breaker) feeds the dynamic margins and the global breaker.
//!
//! Units: a [`Price`] is dollars per whole coin, as feeders report it and people read it;
//! balances are collateral atoms of 10⁻⁶ dollar ([`Balance`], [`COLLATERAL_UNIT`]); a position
//! size is a signed count of 10⁻⁹ coin ([`Quantity`], [`BASE_UNIT`]); [`notional`] converts.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod price;
pub mod traits;

pub use price::*;
pub use traits::*;

/// Identifies a listed perpetual market (and the oracle feed that prices it).
pub type MarketId = u32;

/// An amount of collateral, in the collateral asset's smallest unit.
pub type Balance = u128;

/// A signed amount of collateral: equity and PnL can be negative.
pub type SignedBalance = i128;

/// A signed position size in nano-coins ([`BASE_UNIT`] per coin): positive is long, negative is
/// short.
pub type Quantity = i128;
