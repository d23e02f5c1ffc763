//! The pallets whose benchmarks the node's `benchmark pallet` command runs
//! (build the node with `--features runtime-benchmarks`).

pub use frame_benchmarking::baseline::Pallet as BaselineBench;
pub use frame_system_benchmarking::Pallet as SystemBench;
pub use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;

impl frame_benchmarking::baseline::Config for crate::Runtime {}
impl frame_system_benchmarking::Config for crate::Runtime {}

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_assets, Assets]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_conviction_voting, ConvictionVoting]
	[pallet_referenda, Referenda]
	[pallet_utility, Utility]
	[pallet_ballast_oracle, Oracle]
	[pallet_ballast_margin, Margin]
	[pallet_ballast_liquidation, Liquidation]
	[pallet_ballast_insurance_fund, InsuranceFund]
	[pallet_ballast_circuit_breaker, CircuitBreaker]
	[pallet_ballast_reputation, Reputation]
	[pallet_ballast_validators, ValidatorSet]
);

// The macros `define_benchmarks!` generates expand inside `apis.rs`, which glob-imports this
// module: everything they name must be reachable from here.
pub use crate::{
	Assets, Balances, CircuitBreaker, ConvictionVoting, InsuranceFund, Liquidation, Margin, Oracle, Preimage,
	Referenda, Reputation, Runtime, Scheduler, Sudo, Timestamp, Utility, ValidatorSet,
};
