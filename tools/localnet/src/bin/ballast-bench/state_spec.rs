//! A chain spec whose genesis is a realistic venue's state, for `ballast-node benchmark
//! storage` (`./scripts/generate-weights storage`): the stress bench's book of open accounts
//! (`stress::book`, built natively through the runtime's own calls), every key of it written as
//! the spec's raw genesis with the real wasm runtime as `:code`. The node builds its RocksDB
//! database from it and times reads and writes of those keys, so the runtime's `RocksDbWeight`
//! is measured on a trie as deep and a database as large as the venue's.

use crate::stress;
use std::{
	fs::File,
	io::{BufWriter, Write},
	path::Path,
	time::Instant,
};

/// Builds the book of `accounts` and writes it as a raw chain spec to `path`; returns how many
/// keys it holds.
pub fn write(accounts: u32, path: &Path) -> Result<u64, String> {
	let started = Instant::now();
	let mut ext = stress::book(accounts)?;
	eprintln!("state spec: a book of {accounts} accounts built in {:.1} s", started.elapsed().as_secs_f64());
	let code = ballast_runtime::WASM_BINARY.ok_or("the runtime was built without its wasm (SKIP_WASM_BUILD)")?;
	let file = File::create(path).map_err(|e| format!("create {}: {e}", path.display()))?;
	let mut out = BufWriter::with_capacity(1 << 20, file);
	let io = |e: std::io::Error| format!("write {}: {e}", path.display());
	write!(
		out,
		r#"{{"name":"Ballast storage benchmark","id":"ballast_storage_bench","chainType":"Local","bootNodes":[],"telemetryEndpoints":null,"protocolId":null,"properties":null,"codeSubstitutes":{{}},"genesis":{{"raw":{{"top":{{"#
	)
	.map_err(io)?;
	write!(out, r#""0x{}":"0x{}""#, hex(sp_core::storage::well_known_keys::CODE), hex(code)).map_err(io)?;
	let keys = ext.execute_with(|| -> Result<u64, String> {
		let mut keys = 1;
		let mut key = Vec::new();
		while let Some(next) = sp_io::storage::next_key(&key) {
			if next != sp_core::storage::well_known_keys::CODE {
				let value = sp_io::storage::get(&next).ok_or("a listed key has no value")?;
				write!(out, r#","0x{}":"0x{}""#, hex(&next), hex(&value)).map_err(io)?;
				keys += 1;
			}
			key = next;
		}
		Ok(keys)
	})?;
	write!(out, r#"}},"childrenDefault":{{}}}}}}}}"#).map_err(io)?;
	out.flush().map_err(io)?;
	eprintln!("state spec: {keys} keys written to {} in {:.1} s", path.display(), started.elapsed().as_secs_f64());
	Ok(keys)
}

fn hex(bytes: &[u8]) -> String {
	const DIGITS: &[u8; 16] = b"0123456789abcdef";
	let mut text = String::with_capacity(bytes.len() * 2);
	for byte in bytes {
		text.push(DIGITS[usize::from(byte >> 4)] as char);
		text.push(DIGITS[usize::from(byte & 0xf)] as char);
	}
	text
}
