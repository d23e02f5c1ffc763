//! The command line: `ballast-node [run options]` or one of the subcommands.

/// Everything `ballast-node` can do besides running a node.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect, and `insert` a validator's keys into its keystore.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (`--raw` for the form nodes start from).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification of a chain, as `build-spec` without a node config.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain database.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Benchmarks: `pallet` (needs `--features runtime-benchmarks`), `storage`, `overhead`,
	/// `block`, `extrinsic`, `machine`.
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Database metadata.
	ChainInfo(sc_cli::ChainInfoCmd),
}

/// `ballast-node`'s arguments.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	#[clap(flatten)]
	pub oracle: crate::oracle::OracleArgs,
}
