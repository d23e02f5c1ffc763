//! The node's RocksDB costs for one storage read and one storage write, measured by
//! `./scripts/generate-weights storage` on a database built from the stress bench's book of
//! 1000000 open accounts (every key of that state, the real runtime as `:code`). Reads are
//! of random keys through the trie, cold (no trie cache); a write is one key of a batch of
//! 10 000 (about what a crisis block of liquidations writes), its share of computing the new
//! state root and committing the batch. Regenerate on the validators' reference machine.

//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-06 (Y/M/D)
//! HOSTNAME: `vm`, CPU: `Intel(R) Xeon(R) Processor`
//!
//! DATABASE: `RocksDb`, RUNTIME: `Ballast storage benchmark`
//! BLOCK-NUM: `Number(0)`
//! SKIP-WRITE: `false`, SKIP-READ: `false`, WARMUPS: `1`
//! STATE-VERSION: `V1`, STATE-CACHE-SIZE: ``
//! WEIGHT-PATH: `runtime/src/weights/`
//! METRIC: `Average`, WEIGHT-MUL: `1.0`, WEIGHT-ADD: `0`

// Executed Command:
//   /root/.cache/ballast/target/release/ballast-node
//   benchmark
//   storage
//   --chain
//   /tmp/sbig/spec.json
//   --base-path
//   /tmp/sbig/db
//   --database
//   rocksdb
//   --state-version
//   1
//   --keys-limit
//   200000
//   --batch-size
//   10000
//   --random-seed
//   2026
//   --disable-pov-recorder
//   --template-path
//   scripts/lib/templates/rocksdb_weights.hbs
//   --header
//   /tmp/sbig/header
//   --weight-path
//   runtime/src/weights/

/// Storage DB weights for the `Ballast storage benchmark` runtime and `RocksDb`.
pub mod constants {
	use frame_support::{
		parameter_types,
		weights::{constants, RuntimeDbWeight},
	};

	parameter_types! {
		/// The node's database is RocksDB: every pallet's weights charge storage accesses at
		/// these costs.
		pub const RocksDbWeight: RuntimeDbWeight = RuntimeDbWeight {
			// Time to read one storage item.
			// Calculated by multiplying the *Average* of all values with `1.0` and adding `0`.
			//
			// Stats nanoseconds:
			//   Min, Max: 2_239, 4_119_041
			//   Average:  22_292
			//   Median:   21_114
			//   Std-Dev:  22132.88
			//
			// Percentiles nanoseconds:
			//   99th: 43_955
			//   95th: 32_211
			//   75th: 25_044
			read: 22_292 * constants::WEIGHT_REF_TIME_PER_NANOS,

			// Time to write one storage item.
			// Calculated by multiplying the *Average* of all values with `1.0` and adding `0`.
			//
			// Stats nanoseconds:
			//   Min, Max: 23_848, 43_404
			//   Average:  37_472
			//   Median:   39_807
			//   Std-Dev:  5688.4
			//
			// Percentiles nanoseconds:
			//   99th: 43_404
			//   95th: 42_798
			//   75th: 41_539
			write: 37_472 * constants::WEIGHT_REF_TIME_PER_NANOS,
		};
	}

	#[cfg(test)]
	mod test_db_weights {
		use super::RocksDbWeight as W;
		use frame_support::weights::constants;

		/// The measured costs are sane: between 1 µs and 1 ms each.
		#[test]
		fn bound() {
			for weight in [W::get().reads(1).ref_time(), W::get().writes(1).ref_time()] {
				assert!(weight >= constants::WEIGHT_REF_TIME_PER_MICROS, "below 1 µs: {weight}");
				assert!(weight <= constants::WEIGHT_REF_TIME_PER_MILLIS, "above 1 ms: {weight}");
			}
		}
	}
}
