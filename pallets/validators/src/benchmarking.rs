//! Benchmarks of the validators pallet's calls, each at a full planned set.

use super::*;
use crate::{pallet::*, BenchmarkHelper};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};

/// Fills the planned set up to `count` validators with registered keys.
fn fill<T: Config>(count: u32) {
	let mut set: Vec<T::AccountId> = (0..count).map(|i| account("validator", i, 0)).collect();
	set.iter().for_each(T::BenchmarkHelper::register_keys);
	set.sort();
	Validators::<T>::put(frame_support::BoundedVec::truncate_from(set));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A set one short of full: the insertion searches and shifts the most.
	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get() - 1);
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("joiner", 0, 0);
		T::BenchmarkHelper::register_keys(&who);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(Validators::<T>::get().contains(&who));
		Ok(())
	}

	/// A full set, the first removed: the removal shifts the most.
	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get());
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = Validators::<T>::get()[0].clone();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn set_session_length() -> Result<(), BenchmarkError> {
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let blocks = T::MaxSessionLength::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, blocks);
		assert_eq!(SessionLength::<T>::get(), blocks);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
