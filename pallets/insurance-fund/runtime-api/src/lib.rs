//! The insurance fund's runtime API: the fund (balance, share price, pending withdrawals,
//! drawdown, carried deficits), a staker's shares and pending withdrawal, and where a trader's
//! positions stand in the deleveraging queue. polkadot.js: `api.call.insuranceFundApi.fund()`,
//! `api.call.insuranceFundApi.staker(who)`, `api.call.insuranceFundApi.adlRanking(who, 1000)`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
pub use pallet_ballast_insurance_fund::{AdlRanking, FundState, PendingWithdrawal, Side, StakerState};

sp_api::decl_runtime_apis! {
	/// The insurance fund.
	pub trait InsuranceFundApi<AccountId, BlockNumber> where AccountId: codec::Codec, BlockNumber: codec::Codec {
		/// The fund as a whole.
		fn fund() -> FundState;

		/// A staker's shares, their value now and a pending withdrawal.
		fn staker(who: AccountId) -> StakerState<BlockNumber>;

		/// Each of `who`'s positions in the deleveraging queue: its score and how many
		/// positions are ahead of it (counted up to `limit`, at most 10 000).
		fn adl_ranking(who: AccountId, limit: u32) -> Vec<AdlRanking>;
	}
}
