//! What the `benchmark overhead` and `benchmark extrinsic` subcommands need from the node:
//! inherent data for an empty block and builders of real signed extrinsics.

use crate::service::FullClient;
use ballast_runtime::{
	AccountId, BalancesCall, RuntimeCall, SignedPayload, SystemCall, UncheckedExtrinsic, VERSION,
};
use codec::Encode;
use sc_cli::Result;
use sc_client_api::BlockBackend;
use sp_core::{sr25519, Pair};
use sp_inherents::{InherentData, InherentDataProvider};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, OpaqueExtrinsic, SaturatedConversion};
use std::{sync::Arc, time::Duration};

/// Builds `System::remark` extrinsics: the cheapest possible signed transaction.
pub struct RemarkBuilder {
	client: Arc<FullClient>,
}

impl RemarkBuilder {
	pub fn new(client: Arc<FullClient>) -> Self {
		Self { client }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for RemarkBuilder {
	fn pallet(&self) -> &str {
		"system"
	}

	fn extrinsic(&self) -> &str {
		"remark"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let call = RuntimeCall::System(SystemCall::remark { remark: vec![] });
		Ok(signed_extrinsic(&self.client, Sr25519Keyring::Bob.pair(), call, nonce).into())
	}
}

/// Builds `Balances::transfer_keep_alive` extrinsics of `value` to `dest`.
pub struct TransferKeepAliveBuilder {
	client: Arc<FullClient>,
	dest: AccountId,
	value: u128,
}

impl TransferKeepAliveBuilder {
	pub fn new(client: Arc<FullClient>, dest: AccountId, value: u128) -> Self {
		Self { client, dest, value }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for TransferKeepAliveBuilder {
	fn pallet(&self) -> &str {
		"balances"
	}

	fn extrinsic(&self) -> &str {
		"transfer_keep_alive"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let call = RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
			dest: self.dest.clone().into(),
			value: self.value,
		});
		Ok(signed_extrinsic(&self.client, Sr25519Keyring::Bob.pair(), call, nonce).into())
	}
}

/// A transaction signed by `sender`, valid on top of the client's best block.
pub fn signed_extrinsic(
	client: &FullClient,
	sender: sr25519::Pair,
	call: RuntimeCall,
	nonce: u32,
) -> UncheckedExtrinsic {
	let info = client.chain_info();
	let genesis_hash = client.block_hash(0).ok().flatten().unwrap_or(info.genesis_hash);
	// A mortal era of 64 blocks: long enough for any benchmark, short enough to expire.
	let era = Era::mortal(64, info.best_number.saturated_into());
	let extension = ballast_runtime::tx_extension(nonce, era, 0);
	let implicit = (
		(),
		(),
		VERSION.spec_version,
		VERSION.transaction_version,
		genesis_hash,
		info.best_hash,
		(),
		(),
		(),
		(),
	);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| sender.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		AccountId::from(sender.public()).into(),
		signature.into(),
		extension,
	)
}

/// Inherent data for a benchmark block: a timestamp.
pub fn inherent_benchmark_data() -> Result<InherentData> {
	let mut inherent_data = InherentData::new();
	let timestamp = sp_timestamp::InherentDataProvider::new(Duration::ZERO.into());
	futures::executor::block_on(timestamp.provide_inherent_data(&mut inherent_data))
		.map_err(|e| format!("creating inherent data: {e:?}"))?;
	Ok(inherent_data)
}
