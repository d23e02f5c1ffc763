//! PLACEHOLDER until ./scripts/generate-weights pallet_ballast_insurance_fund runs.
use frame_support::weights::Weight;
use core::marker::PhantomData;
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_ballast_insurance_fund::WeightInfo for WeightInfo<T> {
	fn stake() -> Weight { <() as pallet_ballast_insurance_fund::WeightInfo>::stake() }
	fn request_withdrawal() -> Weight { <() as pallet_ballast_insurance_fund::WeightInfo>::request_withdrawal() }
	fn cancel_withdrawal() -> Weight { <() as pallet_ballast_insurance_fund::WeightInfo>::cancel_withdrawal() }
	fn withdraw() -> Weight { <() as pallet_ballast_insurance_fund::WeightInfo>::withdraw() }
	fn claim_premium() -> Weight { <() as pallet_ballast_insurance_fund::WeightInfo>::claim_premium() }
	fn set_params() -> Weight { <() as pallet_ballast_insurance_fund::WeightInfo>::set_params() }
	fn cover(p: u32) -> Weight { <() as pallet_ballast_insurance_fund::WeightInfo>::cover(p) }
	fn on_initialize(p: u32) -> Weight { <() as pallet_ballast_insurance_fund::WeightInfo>::on_initialize(p) }
}
