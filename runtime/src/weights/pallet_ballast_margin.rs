//! Placeholder until `./scripts/generate-weights pallet_ballast_margin` writes the measured file.
use core::marker::PhantomData;
use frame_support::weights::Weight;
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_ballast_margin::WeightInfo for WeightInfo<T> {
	fn deposit() -> Weight { <() as pallet_ballast_margin::WeightInfo>::deposit() }
	fn withdraw() -> Weight { <() as pallet_ballast_margin::WeightInfo>::withdraw() }
	fn trade(p: u32) -> Weight { <() as pallet_ballast_margin::WeightInfo>::trade(p) }
	fn provide_liquidity() -> Weight { <() as pallet_ballast_margin::WeightInfo>::provide_liquidity() }
	fn withdraw_liquidity() -> Weight { <() as pallet_ballast_margin::WeightInfo>::withdraw_liquidity() }
	fn set_market() -> Weight { <() as pallet_ballast_margin::WeightInfo>::set_market() }
	fn set_vault() -> Weight { <() as pallet_ballast_margin::WeightInfo>::set_vault() }
}
