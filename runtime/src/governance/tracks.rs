//! The referendum tracks, their periods and deposits for a 6-second block.
//!
//! | id | track | origin | may | deposit | prepare | decision | confirm | enactment |
//! |---|---|---|---|---|---|---|---|---|
//! | 0 | `root` | Root | anything, runtime upgrades | 100 000 BLST | 2 h | 14 d | 1 d | 1 d |
//! | 1 | `risk_parameters` | RiskParameters | every risk setter | 10 000 BLST | 1 h | 7 d | 12 h | 1 h |
//! | 2 | `emergency` | Emergency | halt/resume a market, the venue, withdrawals | 50 000 BLST | 1 min | 1 d | 10 min | 1 block |
//! | 3 | `oracle_admin` | OracleAdmin | markets' oracle settings | 5 000 BLST | 30 min | 3 d | 1 h | 10 min |
//! | 4 | `validators` | Validators | add or remove a validator, the session length | 20 000 BLST | 1 h | 7 d | 1 d | 1 h |
//!
//! Why these numbers:
//! - `root` can replace the runtime: it waits longest and needs half the issuance's support at
//!   first, so a whale cannot push an upgrade through before holders notice.
//! - `risk_parameters` changes margins and breakers, which the automatic mechanisms already move
//!   inside bounds in a crisis: days, not weeks, and a short enactment, because a raise of a
//!   margin phases in by itself (the margin engine's ramp) and liquidates nobody when enacted.
//! - `emergency` is for the crisis the mechanisms do not catch: one minute to prepare, ten to
//!   confirm, enacted in the next block, so it acts in about a quarter of an hour. It can only
//!   halt (each halt ends by itself within a day, `MAX_EMERGENCY_DURATION`) or lift a halt, so
//!   its speed buys little to an attacker; its deposit is the highest but root's, and it keeps a
//!   super-majority of approval (70 %) to the end.
//! - `oracle_admin` retunes a market's feed (quorum, bands, ages): faster than risk changes.
//!   The feeders themselves are the validators (their `orcl` keys), changed on `validators`.
//! - `validators` decides who authors, finalizes and feeds prices: a third of the set can stop
//!   finality and a lying quorum moves the index, so it needs more support than the risk track
//!   (30 % of the issuance at first, never under 5 %: one whale cannot seat a validator) and a
//!   day's confirmation for holders to notice, but it cannot touch state or code, so it decides
//!   in a week, not root's two. A validator caught equivocating needs no referendum: it is
//!   disabled and removed by the offence itself (`pallet-ballast-validators`).
//!
//! No technical committee whitelists calls (as Polkadot's Fellowship does): on a young chain its
//! members would be chosen by whoever writes the genesis, which is the sudo key this governance
//! replaces, and the emergency track already acts in minutes with powers that expire. A root
//! referendum can add one later.
//!
//! The dev chain's preset divides every period by `PaceDivisor` (1 200: an hour becomes a
//! block, the root track passes in about 25 blocks) so a referendum can be watched and tested;
//! `local` and `testnet` keep these periods.

use super::origins::Origin;
use crate::{Balance, BlockNumber, RuntimeOrigin, DAYS, HOURS, MINUTES, UNIT};
use alloc::borrow::Cow;
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::Perbill;

/// Track ids.
pub const ROOT: u16 = 0;
pub const RISK_PARAMETERS: u16 = 1;
pub const EMERGENCY: u16 = 2;
pub const ORACLE_ADMIN: u16 = 3;
pub const VALIDATORS: u16 = 4;

/// `pallet_referenda`'s default track name length.
const NAME_LEN: usize = 25;

/// A track's name, zero-padded.
const fn name(text: &str) -> [u8; NAME_LEN] {
	let bytes = text.as_bytes();
	let mut out = [0u8; NAME_LEN];
	let mut i = 0;
	while i < bytes.len() && i < NAME_LEN {
		out[i] = bytes[i];
		i += 1;
	}
	out
}

/// Linear from `ceil` at the start of the decision period to `floor` at its end.
const fn linear(ceil: u32, floor: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::from_percent(100),
		floor: Perbill::from_percent(floor),
		ceil: Perbill::from_percent(ceil),
	}
}

/// The production tracks.
static TRACKS: [Track<u16, Balance, BlockNumber>; 5] = [
	Track {
		id: ROOT,
		info: TrackInfo {
			name: name("root"),
			max_deciding: 1,
			decision_deposit: 100_000 * UNIT,
			prepare_period: 2 * HOURS,
			decision_period: 14 * DAYS,
			confirm_period: DAYS,
			min_enactment_period: DAYS,
			min_approval: linear(100, 50),
			min_support: linear(50, 1),
		},
	},
	Track {
		id: RISK_PARAMETERS,
		info: TrackInfo {
			name: name("risk_parameters"),
			max_deciding: 10,
			decision_deposit: 10_000 * UNIT,
			prepare_period: HOURS,
			decision_period: 7 * DAYS,
			confirm_period: 12 * HOURS,
			min_enactment_period: HOURS,
			min_approval: linear(100, 50),
			min_support: linear(20, 1),
		},
	},
	Track {
		id: EMERGENCY,
		info: TrackInfo {
			name: name("emergency"),
			max_deciding: 5,
			decision_deposit: 50_000 * UNIT,
			prepare_period: MINUTES,
			decision_period: DAYS,
			confirm_period: 10 * MINUTES,
			min_enactment_period: 1,
			min_approval: linear(100, 70),
			min_support: linear(10, 2),
		},
	},
	Track {
		id: ORACLE_ADMIN,
		info: TrackInfo {
			name: name("oracle_admin"),
			max_deciding: 5,
			decision_deposit: 5_000 * UNIT,
			prepare_period: 30 * MINUTES,
			decision_period: 3 * DAYS,
			confirm_period: HOURS,
			min_enactment_period: 10 * MINUTES,
			min_approval: linear(100, 50),
			min_support: linear(10, 1),
		},
	},
	Track {
		id: VALIDATORS,
		info: TrackInfo {
			name: name("validators"),
			max_deciding: 3,
			decision_deposit: 20_000 * UNIT,
			prepare_period: HOURS,
			decision_period: 7 * DAYS,
			confirm_period: DAYS,
			min_enactment_period: HOURS,
			min_approval: linear(100, 60),
			min_support: linear(30, 5),
		},
	},
];

/// `track`'s periods divided by `divisor`, each at least a block.
fn paced(track: &Track<u16, Balance, BlockNumber>, divisor: u32) -> Track<u16, Balance, BlockNumber> {
	let pace = |period: BlockNumber| (period / divisor).max(1);
	let mut paced = track.clone();
	paced.info.prepare_period = pace(track.info.prepare_period);
	paced.info.decision_period = pace(track.info.decision_period);
	paced.info.confirm_period = pace(track.info.confirm_period);
	paced.info.min_enactment_period = pace(track.info.min_enactment_period);
	paced
}

/// Ballast's tracks, at the chain's pace.
pub struct TracksInfo;

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = u16;
	type RuntimeOrigin = <RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		let divisor = super::origins::PaceDivisor::<crate::Runtime>::get();
		TRACKS.iter().map(move |track| if divisor <= 1 { Cow::Borrowed(track) } else { Cow::Owned(paced(track, divisor)) })
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		if let Ok(system) = frame_system::RawOrigin::try_from(origin.clone()) {
			return match system {
				frame_system::RawOrigin::Root => Ok(ROOT),
				_ => Err(()),
			};
		}
		match Origin::try_from(origin.clone()) {
			Ok(Origin::RiskParameters) => Ok(RISK_PARAMETERS),
			Ok(Origin::Emergency) => Ok(EMERGENCY),
			Ok(Origin::OracleAdmin) => Ok(ORACLE_ADMIN),
			Ok(Origin::Validators) => Ok(VALIDATORS),
			Err(_) => Err(()),
		}
	}
}
