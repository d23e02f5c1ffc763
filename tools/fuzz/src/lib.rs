//! # Ballast's fuzzer
//!
//! Drives the real runtime (native, every pallet and hook in block order, the oracle fed by four
//! validators' signed submissions) with arbitrary sequences of signed calls from twelve accounts
//! — deposits, trades of any size and limit, closes, withdrawals, vault liquidity, insurance
//! staking, cooldowns and claims, bUSD transfers, referenda and votes — and root calls (what an
//! enacted referendum dispatches: margin floors, market margins valid or not, emergency halts
//! and resumes, the liquidation hook's share), interleaved with price moves, gaps, oracle
//! outages, lying feeders and blocks. After every block it checks the invariants of
//! [`invariants`].
//!
//! A case is a byte string ([`input::decode`] turns any bytes into operations), run from a fresh
//! genesis. Two engines feed it: the seeded generator ([`seeded`], runs anywhere, reproducible
//! from its seed) and libFuzzer through `cargo fuzz` (`libfuzzer/`, `./scripts/fuzz-coverage`). A failing
//! case is minimised ([`minimise`] with [`fails`]) and saved under `regressions/`, which the tests replay.

pub mod input;
pub mod invariants;
pub mod venue;

use std::{
	panic::{catch_unwind, AssertUnwindSafe},
	sync::{
		atomic::{AtomicBool, Ordering},
		Mutex,
	},
};
use rand_chacha::{
	rand_core::{RngCore, SeedableRng},
	ChaCha8Rng,
};
use venue::{Counts, Venue};

/// A broken invariant or a panic, at a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
	pub block: u32,
	/// The operation being carried out (its index), if not the checks after genesis.
	pub op: Option<usize>,
	pub what: String,
}

/// Runs one case from a fresh genesis: every operation, then one more block, checking after
/// each block.
pub fn run_case(bytes: &[u8]) -> Result<Counts, Failure> {
	let ops = input::decode(bytes);
	let mut ext = venue::genesis();
	let outcome = catch_unwind(AssertUnwindSafe(|| {
		ext.execute_with(|| {
			let mut venue = Venue::new();
			let genesis_supply = invariants::supply();
			let mut check = |_: &mut Venue| invariants::check(genesis_supply);
			let fail = |venue: &Venue, op: Option<usize>, what: String| Failure { block: venue.block(), op, what };
			check(&mut venue).map_err(|what| fail(&venue, None, what))?;
			for (index, op) in ops.iter().enumerate() {
				venue.apply(op, &mut check).map_err(|what| fail(&venue, Some(index), what))?;
			}
			venue.next_block(&mut check).map_err(|what| fail(&venue, Some(ops.len()), what))?;
			Ok(venue.counts)
		})
	}));
	match outcome {
		Ok(result) => result,
		Err(panic) => {
			let what = panic
				.downcast_ref::<String>()
				.cloned()
				.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
				.unwrap_or_else(|| "a panic".into());
			let block = ext.execute_with(ballast_runtime::System::block_number);
			Err(Failure { block, op: None, what: format!("panicked: {what}") })
		},
	}
}

/// A seeded generator: ChaCha8, portable, so a seed names the same draws on every machine (a
/// seeded case here, a calibrated book and its traders' decisions in the crisis lab).
pub struct Draw(ChaCha8Rng);

impl Draw {
	pub fn new(seed: u64) -> Self {
		Draw(ChaCha8Rng::seed_from_u64(seed))
	}

	pub fn next(&mut self) -> u64 {
		self.0.next_u64()
	}
}

/// Case `case` of the seeded run with `seed`: `len` bytes.
pub fn seeded_case(seed: u64, case: u64, len: usize) -> Vec<u8> {
	let mut draw = Draw::new(seed ^ case.wrapping_mul(0xD1B5_4A32_D192_ED03));
	let mut bytes = Vec::with_capacity(len + 8);
	while bytes.len() < len {
		bytes.extend_from_slice(&draw.next().to_le_bytes());
	}
	bytes.truncate(len);
	bytes
}

/// What a seeded run did.
#[derive(Default, Debug, Clone, Copy)]
pub struct Totals {
	pub cases: u64,
	pub counts: Counts,
}

impl Totals {
	/// The run's figures line: `fuzz seed=.. jobs=.. cases=.. calls=.. succeeded=.. refused=..
	/// blocks=.. seconds=..`, as `./scripts/fuzz` and the tests print it.
	pub fn figures(&self, seed: u64, jobs: usize, seconds: f64) -> String {
		let Counts { calls, succeeded, invalid, blocks } = self.counts;
		format!(
			"fuzz seed={seed} jobs={jobs} cases={} calls={calls} succeeded={succeeded} refused={invalid} blocks={blocks} seconds={seconds:.1}",
			self.cases
		)
	}

	fn add(&mut self, case: Counts) {
		self.cases += 1;
		self.counts.calls += case.calls;
		self.counts.succeeded += case.succeeded;
		self.counts.invalid += case.invalid;
		self.counts.blocks += case.blocks;
	}
}

/// Runs seeded cases (case 0, 1, 2, … of `seed`) on `jobs` threads until `calls` calls have
/// been made, calling `progress` after each case; stops at the first failure with the failing
/// case's number and bytes. The cases run are the same whatever `jobs` is (each thread takes
/// every `jobs`-th), so a failure is reproduced by its seed and case number alone.
pub fn seeded(
	seed: u64,
	calls: u64,
	case_len: usize,
	jobs: usize,
	progress: impl Fn(&Totals) + Sync,
) -> Result<Totals, (u64, Vec<u8>, Failure)> {
	let jobs = jobs.max(1) as u64;
	let totals = Mutex::new(Totals::default());
	let failure: Mutex<Option<(u64, Vec<u8>, Failure)>> = Mutex::new(None);
	let done = AtomicBool::new(false);
	std::thread::scope(|scope| {
		for job in 0..jobs {
			let (totals, failure, done, progress) = (&totals, &failure, &done, &progress);
			scope.spawn(move || {
				let mut case = job;
				while !done.load(Ordering::Relaxed) {
					let bytes = seeded_case(seed, case, case_len);
					match run_case(&bytes) {
						Ok(counts) => {
							let mut totals = totals.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
							totals.add(counts);
							if totals.counts.calls >= calls {
								done.store(true, Ordering::Relaxed);
							}
							progress(&totals);
						},
						Err(found) => {
							let mut first = failure.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
							// The lowest failing case, so the report does not depend on timing.
							if first.as_ref().map_or(true, |(at, _, _)| case < *at) {
								*first = Some((case, bytes, found));
							}
							done.store(true, Ordering::Relaxed);
						},
					}
					case += jobs;
				}
			});
		}
	});
	match failure.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner()) {
		Some(found) => Err(found),
		None => Ok(totals.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner())),
	}
}

/// The shortest input found by cutting pieces out of `bytes` while `fails` still holds for it:
/// halves first, then smaller pieces down to single bytes. `fails(bytes)` must hold.
pub fn minimise(bytes: &[u8], fails: impl Fn(&[u8]) -> bool) -> Vec<u8> {
	let mut best = bytes.to_vec();
	let mut piece = best.len() / 2;
	while piece > 0 {
		let mut start = 0;
		while start < best.len() {
			let end = (start + piece).min(best.len());
			let mut shorter = best[..start].to_vec();
			shorter.extend_from_slice(&best[end..]);
			if fails(&shorter) {
				best = shorter;
			} else {
				start += piece;
			}
		}
		piece /= 2;
	}
	best
}

/// Whether the case fails (a broken invariant or a panic).
pub fn fails(bytes: &[u8]) -> bool {
	run_case(bytes).is_err()
}

/// A file name for a regression: a hash of its bytes (FNV-1a).
pub fn regression_name(bytes: &[u8]) -> String {
	let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
	format!("{hash:016x}.bin")
}
