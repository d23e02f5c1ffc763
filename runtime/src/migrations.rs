//! Storage migrations to run on the next runtime upgrade, beyond the pallets' own hooks.
//!
//! Every Ballast pallet declares its storage layout's version (`STORAGE_VERSION`). A change to a
//! layout bumps that version and adds here a migration from the old layout, versioned so it runs
//! once and sets the new version on chain:
//!
//! ```ignore
//! pub type Unreleased = (
//!     frame_support::migrations::VersionedMigration<0, 1, margin_v1::Translate<Runtime>, Margin, RocksDbWeight>,
//! );
//! ```
//!
//! `tests/migrations.rs` holds the storage layout each version of each pallet had and a state
//! built by the last one: a layout change without a version bump, or a bump whose migration
//! leaves that state undecodable or at the old version, fails it. Once a release has carried a
//! migration to every live chain, it leaves this list.

/// Migrations not yet run on every live chain.
pub type Unreleased = (
	// The watermark follows each market's index beside its mark; the gap cover joins the
	// liquidation parameters.
	frame_support::migrations::VersionedMigration<
		0,
		1,
		pallet_ballast_liquidation::migrations::v1::Translate<crate::Runtime>,
		crate::Liquidation,
		<crate::Runtime as frame_system::Config>::DbWeight,
	>,
	// The book's census: the parameters gain the stress floor it shocks markets by.
	frame_support::migrations::VersionedMigration<
		1,
		2,
		pallet_ballast_liquidation::migrations::v2::Translate<crate::Runtime>,
		crate::Liquidation,
		<crate::Runtime as frame_system::Config>::DbWeight,
	>,
	// The fund's shock set gains its extreme rung (SPAN's three moves at 35 %).
	frame_support::migrations::VersionedMigration<
		2,
		3,
		pallet_ballast_liquidation::migrations::v3::Translate<crate::Runtime>,
		crate::Liquidation,
		<crate::Runtime as frame_system::Config>::DbWeight,
	>,
	// A liquidation cuts an account large against the fund to what the fund could absorb of a
	// crash: the parameters gain the concentration share.
	frame_support::migrations::VersionedMigration<
		3,
		4,
		pallet_ballast_liquidation::migrations::v4::Translate<crate::Runtime>,
		crate::Liquidation,
		<crate::Runtime as frame_system::Config>::DbWeight,
	>,
	// A margin tightening advances the liquidation watermark instead of waiting for its room.
	frame_support::migrations::VersionedMigration<
		0,
		1,
		pallet_ballast_margin::migrations::v1::Translate<crate::Runtime>,
		crate::Margin,
		<crate::Runtime as frame_system::Config>::DbWeight,
	>,
	// The dynamic margins gain a stressed floor from the oracle's long-window worst moves.
	frame_support::migrations::VersionedMigration<
		1,
		2,
		pallet_ballast_margin::migrations::v2::Translate<crate::Runtime>,
		crate::Margin,
		<crate::Runtime as frame_system::Config>::DbWeight,
	>,
	// Deleveraging's rule (ranked, or pro rata) joins the fund's parameters.
	frame_support::migrations::VersionedMigration<
		0,
		1,
		pallet_ballast_insurance_fund::migrations::v1::Translate<crate::Runtime>,
		crate::InsuranceFund,
		<crate::Runtime as frame_system::Config>::DbWeight,
	>,
	// The vault's liquidity providers share a crisis premium, as the fund's stakers do.
	frame_support::migrations::VersionedMigration<
		2,
		3,
		pallet_ballast_margin::migrations::v3::Translate<crate::Runtime>,
		crate::Margin,
		<crate::Runtime as frame_system::Config>::DbWeight,
	>,
);
