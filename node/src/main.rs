//! # ballast-node
//!
//! A validator or full node of the Ballast chain: Aura block production, GRANDPA finality,
//! offchain workers (which feed the oracle), JSON-RPC with Ballast's own methods, and
//! Prometheus metrics. The state transition function is `ballast-runtime`, executed as wasm.
//!
//! ```text
//! ballast-node --dev                      one validator (alice), sudo, temporary state
//! ballast-node --chain local --alice      one of the four local validators
//! ballast-node build-spec --chain local   print a chain spec (add --raw for the raw form)
//! ballast-node key insert ...             put a validator's key in the keystore
//! ballast-node benchmark machine          the benchmark subcommands
//! ```

mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod metrics;
mod oracle;
mod risk_rpc;
mod rpc;
mod service;
mod storage_benchmark;

fn main() -> sc_cli::Result<()> {
	command::run()
}
