//! `ballast-node benchmark storage` in the ordinary node.
//!
//! The command times reads and writes of the state's keys on the node's RocksDB database and
//! writes the runtime's `RocksDbWeight` from them (`runtime/src/weights/rocksdb_weights.rs`,
//! made by `./scripts/generate-weights storage`). It needs the database handle and the state
//! column's node store, which `sc-client-db` exposes only when built with `runtime-benchmarks`
//! — and that feature reaches `sp-runtime`, so it would mean a second build of the whole node.
//! Instead the node opens the RocksDB database itself, exactly as `sc-client-db` lays it out,
//! hands the client that open handle (`DatabaseSource::Custom`), and keeps a second reference
//! for the benchmark: one database, read and written by both.

use crate::service;
use frame_benchmarking_cli::StorageCmd;
use sc_client_db::DbHash;
use sc_service::{Configuration, DatabaseSource, PartialComponents};
use sp_database::{ColumnId, Database};
use sp_runtime::traits::BlakeTwo256;
use sp_trie::{prefixed_key, DBValue};
use std::{path::Path, sync::Arc};

/// `sc-client-db`'s column layout (`utils::NUM_COLUMNS`, `columns::STATE`), crate-private there.
const COLUMNS: u32 = 13;
const STATE_COLUMN: ColumnId = 1;

/// Runs `benchmark storage` on the RocksDB database the configuration names.
pub fn run(cmd: &StorageCmd, mut config: Configuration) -> sc_cli::Result<()> {
	let source = config.database.clone();
	let DatabaseSource::RocksDb { path, cache_size } = &source else {
		return Err(format!("storage benchmarks measure RocksDB (`--database rocksdb`), not {source}").into());
	};
	// A new database is initialised by the client (genesis, meta-data); an existing one is
	// only opened.
	let new = !path.join("CURRENT").exists();
	let db = open_rocksdb(path, *cache_size)?;
	config.database = DatabaseSource::Custom { db: db.clone(), require_create_flag: new };
	let PartialComponents { client, .. } = service::new_partial(&config)?;
	// The generated file names the database it measured.
	config.database = source;
	let storage = Arc::new(StateNodes(db.clone()));
	cmd.run(config, client, (db, STATE_COLUMN), storage, None)
}

/// Opens (or creates) the database as `sc-client-db` does for a full node: thirteen columns,
/// nine tenths of the cache to the state column.
fn open_rocksdb(path: &Path, cache_mib: usize) -> Result<Arc<dyn Database<DbHash>>, String> {
	std::fs::create_dir_all(path).map_err(|e| format!("create {}: {e}", path.display()))?;
	let mut config = kvdb_rocksdb::DatabaseConfig::with_columns(COLUMNS);
	config.create_if_missing = true;
	let state_budget = cache_mib * 9 / 10;
	let other_budget = (cache_mib - state_budget) / (COLUMNS as usize - 1);
	config.memory_budget =
		(0..COLUMNS).map(|column| (column, if column == STATE_COLUMN { state_budget } else { other_budget })).collect();
	let db = kvdb_rocksdb::Database::open(&config, path).map_err(|e| format!("open {}: {e}", path.display()))?;
	Ok(sp_database::as_rocksdb_database(db))
}

/// The state's trie nodes, read from the state column under their prefixed keys (RocksDB does
/// not count references, so `sc-client-db` prefixes every node's key with its trie path).
/// Every node a committed, canonical block's state needs is in the column: the benchmark's
/// database is freshly built from its genesis, nothing waits in `sc-state-db`'s overlay.
struct StateNodes(Arc<dyn Database<DbHash>>);

impl sp_state_machine::Storage<BlakeTwo256> for StateNodes {
	fn get(&self, key: &DbHash, prefix: (&[u8], Option<u8>)) -> Result<Option<DBValue>, String> {
		Ok(self.0.get(STATE_COLUMN, &prefixed_key::<BlakeTwo256>(key, prefix)))
	}
}
