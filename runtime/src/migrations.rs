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
	// The validators become pallet-session's, their orcl keys the feeders; the feeders'
	// membership pallet goes (after its members were read).
	validators_v1::SeedSession,
	frame_support::migrations::RemovePallet<validators_v1::OracleFeedersName, <crate::Runtime as frame_system::Config>::DbWeight>,
);

/// The validators become `pallet-session`'s.
pub mod validators_v1 {
	use crate::{opaque::SessionKeys, AccountId, Runtime};
	use alloc::vec::Vec;
	use frame_support::{traits::OnRuntimeUpgrade, weights::Weight, BoundedVec};
	use sp_core::crypto::ByteArray;
	use sp_runtime::traits::Convert;

	frame_support::parameter_types! {
		/// The feeders' membership pallet this release removes.
		pub const OracleFeedersName: &'static str = "OracleFeeders";
	}

	/// The removed membership's sorted feeder accounts.
	fn old_feeders() -> Vec<AccountId> {
		frame_support::storage::unhashed::get(&frame_support::storage::storage_prefix(b"OracleFeeders", b"Members")).unwrap_or_default()
	}

	/// Seeds the session, the validator set and the feeders from the running chain, so the first
	/// rotation keeps the same authorities: each Aura authority, in Aura's order (its slots stay
	/// its own), becomes the validator whose account is its Aura key's, with the GRANDPA key at
	/// the same index and as `orcl` key the feeder whose account is its Aura key's, else the next
	/// feeder no Aura key claimed (else its Aura key). Operators re-register keys from other
	/// accounts afterwards if they wish (`session.set_keys`, then a `validators` referendum).
	/// Does nothing on a chain whose session already has validators.
	pub struct SeedSession;

	impl OnRuntimeUpgrade for SeedSession {
		fn on_runtime_upgrade() -> Weight {
			let db = <Runtime as frame_system::Config>::DbWeight::get();
			if !pallet_session::Validators::<Runtime>::get().is_empty() {
				return db.reads(1);
			}
			let aura = pallet_aura::Authorities::<Runtime>::get().into_inner();
			let grandpa = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
			if aura.is_empty() || aura.len() != grandpa.len() {
				log::error!("validators_v1: {} Aura and {} GRANDPA authorities cannot be paired; nothing seeded", aura.len(), grandpa.len());
				return db.reads(3);
			}
			let feeders = old_feeders();
			let account_of = |bytes: &[u8]| AccountId::new(<[u8; 32]>::try_from(bytes).unwrap_or_default());
			let accounts: Vec<AccountId> = aura.iter().map(|key| account_of(key.as_slice())).collect();
			let mut unclaimed = feeders.iter().filter(|feeder| !accounts.contains(feeder));
			let mut queued = Vec::new();
			for ((aura_key, (grandpa_key, _)), account) in aura.iter().zip(grandpa).zip(&accounts) {
				let feeder = if feeders.contains(account) { account.clone() } else { unclaimed.next().cloned().unwrap_or_else(|| account.clone()) };
				let orcl: [u8; 32] = *feeder.as_ref();
				let keys = SessionKeys { aura: aura_key.clone(), grandpa: grandpa_key, oracle: sp_core::sr25519::Public::from_raw(orcl).into() };
				for (raw, key_type) in keys.clone().into_raw_public_keys() {
					pallet_session::KeyOwner::<Runtime>::insert((key_type, raw), account);
				}
				pallet_session::NextKeys::<Runtime>::insert(account, keys.clone());
				if frame_system::Pallet::<Runtime>::inc_consumers_without_limit(account).is_err() {
					frame_system::Pallet::<Runtime>::inc_providers(account);
				}
				queued.push((account.clone(), keys));
			}
			pallet_session::Validators::<Runtime>::put(&accounts);
			pallet_session::QueuedKeys::<Runtime>::put(&queued);
			let mut planned = accounts.clone();
			planned.sort();
			pallet_ballast_validators::Validators::<Runtime>::put(BoundedVec::truncate_from(planned));
			let active: Vec<_> = queued
				.iter()
				.map(|(account, keys)| (account.clone(), crate::configs::FeederAccount::convert(keys.oracle.clone())))
				.collect();
			pallet_ballast_validators::Active::<Runtime>::put(BoundedVec::truncate_from(active));
			pallet_ballast_validators::SessionLength::<Runtime>::put(crate::genesis_config_presets::SESSION_LENGTH);
			pallet_ballast_validators::SessionStart::<Runtime>::put(frame_system::Pallet::<Runtime>::block_number());
			let feeders = pallet_ballast_validators::Pallet::<Runtime>::derived_feeders();
			pallet_ballast_validators::Feeders::<Runtime>::put(feeders);
			log::info!("validators_v1: {} validators seeded into the session", accounts.len());
			let n = accounts.len() as u64;
			db.reads_writes(4 + n, 8 + 6 * n)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			Ok(pallet_aura::Authorities::<Runtime>::get().into_inner().encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(before: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let aura = Vec::<sp_consensus_aura::sr25519::AuthorityId>::decode(&mut &before[..]).map_err(|_| "pre-upgrade state")?;
			frame_support::ensure!(pallet_aura::Authorities::<Runtime>::get().into_inner() == aura, "the authorities are unchanged");
			frame_support::ensure!(pallet_session::Validators::<Runtime>::get().len() == aura.len(), "every authority is a session validator");
			let feeders = pallet_ballast_validators::Feeders::<Runtime>::get();
			frame_support::ensure!(feeders.len() == aura.len(), "every validator feeds");
			Ok(())
		}
	}
}
