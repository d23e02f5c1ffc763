//! # Ballast primitives
//!
//! The vocabulary every Ballast pallet shares, and the only way they talk to each other.
//!
//! Pallets never read each other's storage. Each declares in its `Config` the traits below
//! that it needs, and the runtime wires one pallet's implementation into another. The crisis
//! path reads as one straight line of these calls:
//!
//! ```text
//! PriceFeed (oracle) ─► MarginAccounts (margin) ─► liquidation ─► BadDebt (insurance fund, ADL)
//!                     ▲                                                        │
//!                     └────────── MarketGuard (circuit breaker) ◄── drawdown ──┘
//! LeverageLimit (reputation) ─► margin
//! ```
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
