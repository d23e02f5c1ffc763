//! Weights measured in this runtime by `./scripts/generate-weights` (frame-benchmarking v2
//! through the node's `benchmark pallet`, against the wasm runtime). Regenerate a pallet's
//! file whenever its benchmarks or its code change. `rocksdb_weights` is the database's cost
//! per storage read and write (`./scripts/generate-weights storage`), which every pallet's
//! weights charge through `DbWeight`.

pub mod pallet_ballast_circuit_breaker;
pub mod pallet_ballast_insurance_fund;
pub mod pallet_ballast_liquidation;
pub mod pallet_ballast_margin;
pub mod pallet_ballast_oracle;
pub mod pallet_ballast_reputation;
pub mod pallet_ballast_validators;
pub mod rocksdb_weights;
