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
//! Units: balances are collateral atoms ([`Balance`]); a position size is a signed count of
//! base-asset atoms ([`Quantity`]); a [`Price`] is collateral atoms per base atom, so
//! `notional = |size| × price` needs no further scaling (see [`price`]).
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

/// A signed position size in base-asset atoms: positive is long, negative is short.
pub type Quantity = i128;
