//! Native runtime tests: every genesis preset builds into a working state, a signed transfer
//! goes through the full transaction pipeline, and every pallet's `try_state` holds at genesis.

use crate::{
	genesis_config_presets::{self, TestnetKeys, TestnetKeysError, ValidatorKeys, COLLATERAL_ENDOWMENT, ENDOWMENT},
	AccountId, Assets, Balances, Executive, Header, Runtime, RuntimeCall, RuntimeGenesisConfig,
	SignedPayload, System, UncheckedExtrinsic, COLLATERAL_ASSET_ID,
};
use codec::Encode;
use frame_support::traits::fungibles::Inspect as _;
use frame_support::genesis_builder_helper::build_state;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, traits::Header as _, FixedPointNumber, MultiAddress};

mod block_order;
mod crisis;
#[cfg(feature = "try-runtime")]
mod migrations;
#[cfg(feature = "try-runtime")]
mod governance;
#[cfg(feature = "try-runtime")]
mod stress;
#[cfg(feature = "try-runtime")]
mod validators;

/// A fresh state built from `preset` as a node builds it from a chain spec: the preset is a
/// patch over the default genesis config.
pub(crate) fn state_of(preset: &str) -> sp_io::TestExternalities {
	let config = genesis_config_presets::preset_config(&PresetId::from(preset))
		.unwrap_or_else(|| panic!("preset {preset} exists"));
	state_from(config)
}

/// A fresh state built from a whole genesis config.
fn state_from(config: serde_json::Value) -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::default();
	ext.execute_with(|| {
		build_state::<RuntimeGenesisConfig>(config.to_string().into_bytes()).expect("preset builds")
	});
	ext
}

pub(crate) fn account(who: Sr25519Keyring) -> AccountId {
	who.to_account_id()
}

/// Keys an operator made for four validators, a faucet and one holder: seeded, but none of them
/// well known.
fn operator_keys() -> TestnetKeys {
	use sp_core::{ed25519, sr25519, Pair};
	let sr = |seed: u8| sr25519::Pair::from_seed(&[seed; 32]).public();
	let ed = |seed: u8| ed25519::Pair::from_seed(&[seed; 32]).public();
	TestnetKeys {
		validators: (1..=4u8)
			.map(|n| ValidatorKeys { account: sr(n + 30).into(), aura: sr(n).into(), grandpa: ed(n).into(), feeder: sr(n + 10).into() })
			.collect(),
		faucet: sr(20).into(),
		holders: vec![sr(21).into()],
	}
}

/// A public testnet's genesis state from `operator_keys`.
fn testnet_state() -> sp_io::TestExternalities {
	let patch = genesis_config_presets::testnet(&operator_keys()).expect("operator keys make a testnet");
	state_from(genesis_config_presets::full_config(patch).expect("the patch merges"))
}

#[test]
fn every_advertised_preset_builds() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names.len(), 2, "dev and local; a public testnet is built from its operators' keys");
	let states = names.into_iter().map(|name| {
		let name = core::str::from_utf8(name.as_ref()).expect("utf8 id").to_owned();
		let state = state_of(&name);
		(name, state)
	});
	for (name, mut state) in states.chain([("testnet".to_string(), testnet_state())]) {
		state.execute_with(|| {
			assert!(!pallet_aura::Authorities::<Runtime>::get().is_empty(), "{name}: no validators");
			assert_eq!(
				pallet_ballast_validators::Feeders::<Runtime>::get().len(),
				pallet_aura::Authorities::<Runtime>::get().len(),
				"{name}: every validator feeds the oracle"
			);
			assert_eq!(pallet_ballast_oracle::Markets::<Runtime>::count(), 2, "{name}: BTC-USD and ETH-USD");
			assert_eq!(
				pallet_aura::Authorities::<Runtime>::get().len(),
				pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(),
				"{name}: every validator authors and finalizes"
			);
			assert!(Assets::asset_exists(COLLATERAL_ASSET_ID), "{name}: collateral asset exists");
		});
	}
	assert!(genesis_config_presets::get_preset(&PresetId::from("mainnet")).is_none());
}

#[test]
fn dev_preset_has_one_validator_a_sudo_key_and_funded_dev_accounts() {
	state_of(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(account(Sr25519Keyring::Alice)));
		for who in Sr25519Keyring::well_known() {
			assert_eq!(Balances::free_balance(account(who)), ENDOWMENT);
			let provided = match who {
				Sr25519Keyring::Ferdie => crate::genesis_config_presets::GENESIS_LIQUIDITY + crate::genesis_config_presets::GENESIS_INSURANCE,
				_ => 0,
			};
			assert_eq!(Assets::balance(COLLATERAL_ASSET_ID, account(who)), COLLATERAL_ENDOWMENT - provided);
		}
		// Ferdie's liquidity is the vault's, held by the margin pallet.
		assert_eq!(pallet_ballast_margin::Pool::<Runtime>::get().vault.cash, crate::genesis_config_presets::GENESIS_LIQUIDITY);
		assert_eq!(Assets::balance(COLLATERAL_ASSET_ID, crate::Margin::account_id()), crate::genesis_config_presets::GENESIS_LIQUIDITY);
		// His stake is the insurance fund's.
		assert_eq!(crate::InsuranceFund::balance(), crate::genesis_config_presets::GENESIS_INSURANCE);
		assert_eq!(crate::InsuranceFund::staker_state(&account(Sr25519Keyring::Ferdie)).value, crate::genesis_config_presets::GENESIS_INSURANCE);
	});
}

#[test]
fn sudo_exists_only_in_the_dev_preset() {
	for (preset, mut state) in [("local", state_of(LOCAL_TESTNET_RUNTIME_PRESET)), ("testnet", testnet_state())] {
		state.execute_with(|| {
			assert_eq!(pallet_sudo::Key::<Runtime>::get(), None, "{preset} must have no sudo");
			assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		});
	}
}

#[test]
fn outside_the_dev_chain_no_key_owns_the_collateral_token() {
	for (preset, mut state) in [("local", state_of(LOCAL_TESTNET_RUNTIME_PRESET)), ("testnet", testnet_state())] {
		state.execute_with(|| {
			let details = pallet_assets::Asset::<Runtime>::get(COLLATERAL_ASSET_ID).expect("bUSD exists");
			for role in [&details.owner, &details.issuer, &details.admin, &details.freezer] {
				assert_eq!(*role, crate::collateral_owner(), "{preset}");
				assert!(Sr25519Keyring::iter().all(|key| account(key) != *role), "{preset}: a dev key holds a bUSD role");
			}
			// Alice, who owns it on the dev chain, can mint nothing here.
			let mint = RuntimeCall::Assets(pallet_assets::Call::mint {
				id: COLLATERAL_ASSET_ID.into(),
				beneficiary: MultiAddress::Id(account(Sr25519Keyring::Alice)),
				amount: 1,
			});
			let supply = Assets::total_issuance(COLLATERAL_ASSET_ID);
			// Refused at dispatch (local), or invalid for want of a fee (testnet funds no dev key).
			let outcome = Executive::apply_extrinsic(signed_transaction(Sr25519Keyring::Alice, 0, mint));
			assert!(!matches!(outcome, Ok(Ok(()))), "{preset}: {outcome:?}");
			assert_eq!(Assets::total_issuance(COLLATERAL_ASSET_ID), supply, "{preset}");
		});
	}
}

#[test]
fn demo_accounts_start_established_and_a_fresh_account_is_a_newcomer_below_the_markets_maximum() {
	use sp_runtime::traits::One;
	let twenty = ballast_primitives::Ratio::saturating_from_integer(20u32);
	let ten = ballast_primitives::Ratio::saturating_from_integer(10u32);
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(crate::Reputation::standing(&account(Sr25519Keyring::Eve)).max_leverage, twenty);
		let fresh = AccountId::from([7u8; 32]);
		assert_eq!(crate::Reputation::standing(&fresh).max_leverage, ten);
		// The market's own maximum is 1 / its 5 % initial margin.
		let btc = crate::Margin::markets().into_iter().find(|(id, _)| *id == crate::BTC_USD).unwrap().1;
		assert_eq!(ballast_primitives::Ratio::one() / btc.initial_margin, twenty);
	});
	testnet_state().execute_with(|| {
		assert_eq!(crate::Reputation::standing(&account(Sr25519Keyring::Eve)).max_leverage, ten, "no demo records on a public network");
	});
}

#[test]
fn testnet_funds_only_its_feeders_the_faucet_and_the_operators_holders() {
	let keys = operator_keys();
	testnet_state().execute_with(|| {
		let mut funded: Vec<AccountId> = keys.validators.iter().map(|v| v.feeder.clone()).collect();
		funded.extend([keys.faucet.clone(), keys.holders[0].clone()]);
		for who in &funded {
			assert_eq!(Balances::free_balance(who), ENDOWMENT);
			assert_eq!(Assets::balance(COLLATERAL_ASSET_ID, who.clone()), COLLATERAL_ENDOWMENT);
		}
		for key in Sr25519Keyring::iter() {
			assert_eq!(Balances::free_balance(account(key)), 0, "{key}: a dev account is funded");
			assert_eq!(Assets::balance(COLLATERAL_ASSET_ID, account(key)), 0, "{key}");
		}
		let mut aura: Vec<_> = pallet_aura::Authorities::<Runtime>::get().into_inner();
		aura.sort();
		let mut expected_aura: Vec<_> = keys.validators.iter().map(|v| v.aura.clone()).collect();
		expected_aura.sort();
		assert_eq!(aura, expected_aura, "the operators author blocks");
		let mut accounts: Vec<AccountId> = keys.validators.iter().map(|v| v.account.clone()).collect();
		accounts.sort();
		assert_eq!(crate::ValidatorSet::validators(), accounts, "the operators' accounts are the validators");
		let feeders = pallet_ballast_validators::Feeders::<Runtime>::get().into_inner();
		let mut expected: Vec<AccountId> = keys.validators.iter().map(|v| v.feeder.clone()).collect();
		expected.sort();
		assert_eq!(feeders, expected, "the operators' orcl keys feed the oracle");
	});
}

#[test]
fn a_testnet_refuses_any_well_known_key_and_an_empty_validator_set() {
	use sp_keyring::Ed25519Keyring;
	let mut with_alice = operator_keys();
	with_alice.validators[2].aura = Sr25519Keyring::Alice.public().into();
	assert_eq!(genesis_config_presets::testnet(&with_alice), Err(TestnetKeysError::WellKnownKey("Alice")));
	let mut with_dev_grandpa = operator_keys();
	with_dev_grandpa.validators[0].grandpa = Ed25519Keyring::Bob.public().into();
	assert_eq!(genesis_config_presets::testnet(&with_dev_grandpa), Err(TestnetKeysError::WellKnownKey("Bob")));
	let mut ferdie_faucet = operator_keys();
	ferdie_faucet.faucet = account(Sr25519Keyring::Ferdie);
	assert_eq!(genesis_config_presets::testnet(&ferdie_faucet), Err(TestnetKeysError::WellKnownKey("Ferdie")));
	let mut stash_holder = operator_keys();
	stash_holder.holders.push(account(Sr25519Keyring::EveStash));
	assert!(matches!(genesis_config_presets::testnet(&stash_holder), Err(TestnetKeysError::WellKnownKey(_))));
	let empty = TestnetKeys { validators: vec![], ..operator_keys() };
	assert_eq!(genesis_config_presets::testnet(&empty), Err(TestnetKeysError::NoValidators));
	assert!(genesis_config_presets::preset_names().iter().all(|id| id.as_str() != "testnet"), "no testnet preset is compiled in");
}

/// A transaction signed by `signer` with the runtime's full extension tuple.
pub(crate) fn signed_transaction(signer: Sr25519Keyring, nonce: u32, call: RuntimeCall) -> UncheckedExtrinsic {
	let extension = crate::tx_extension(nonce, Era::Immortal, 0);
	let payload = SignedPayload::new(call.clone(), extension.clone()).expect("implicit data exists");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(account(signer)),
		signature.into(),
		extension,
	)
}

#[test]
fn a_signed_transfer_moves_funds_and_pays_a_fee() {
	state_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let (alice, bob) = (account(Sr25519Keyring::Alice), account(Sr25519Keyring::Bob));
		let amount = 42 * crate::UNIT;
		let parent = System::block_hash(0);
		Executive::initialize_block(&Header::new(1, Default::default(), Default::default(), parent, Default::default()));

		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: MultiAddress::Id(bob.clone()),
			value: amount,
		});
		let outcome = Executive::apply_extrinsic(signed_transaction(Sr25519Keyring::Alice, 0, call));

		assert_eq!(outcome, Ok(Ok(())));
		assert_eq!(Balances::free_balance(&bob), ENDOWMENT + amount);
		let alice_paid = ENDOWMENT - Balances::free_balance(&alice);
		assert!(alice_paid > amount, "a fee was charged on top of the transfer");
		assert_eq!(System::account_nonce(&alice), 1);
	});
}

#[test]
fn a_transfer_from_an_unfunded_account_is_refused_and_changes_nothing() {
	let faucet = operator_keys().faucet;
	testnet_state().execute_with(|| {
		let eve = Sr25519Keyring::Eve;
		let parent = System::block_hash(0);
		Executive::initialize_block(&Header::new(1, Default::default(), Default::default(), parent, Default::default()));
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: MultiAddress::Id(faucet.clone()),
			value: 1,
		});
		let outcome = Executive::apply_extrinsic(signed_transaction(eve, 0, call));

		assert!(outcome.is_err(), "an account that cannot pay the fee is invalid: {outcome:?}");
		assert_eq!(System::account_nonce(account(eve)), 0);
		assert_eq!(Balances::free_balance(&faucet), ENDOWMENT);
	});
}

/// `call` as a signed transaction from `who` with its next nonce: the dispatch outcome.
pub(crate) fn send(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), sp_runtime::DispatchError> {
	let nonce = System::account_nonce(account(who));
	Executive::apply_extrinsic(signed_transaction(who, nonce, call)).expect("the transaction is valid")
}

pub(crate) fn start_block(number: u32) {
	let parent = System::block_hash(number - 1);
	Executive::initialize_block(&Header::new(number, Default::default(), Default::default(), parent, Default::default()));
}

pub(crate) fn submit_price(feeder: Sr25519Keyring, nonce: u32, market: u32, dollars: u128) -> sp_runtime::ApplyExtrinsicResult {
	let prices = vec![(market, ballast_primitives::Price::saturating_from_integer(dollars))];
	let call = RuntimeCall::Oracle(pallet_ballast_oracle::Call::submit_prices { prices: prices.try_into().unwrap() });
	Executive::apply_extrinsic(signed_transaction(feeder, nonce, call))
}

#[test]
fn validators_feed_the_oracle_for_free_and_the_next_block_serves_a_live_price() {
	use ballast_primitives::{PriceFeed, PriceStatus};
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		start_block(1);
		let validators = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];
		let before: Vec<_> = validators.iter().map(|v| Balances::free_balance(account(*v))).collect();
		for (validator, dollars) in validators.iter().zip([100_000, 100_100, 99_900]) {
			assert_eq!(submit_price(*validator, 0, crate::BTC_USD, dollars), Ok(Ok(())));
		}
		let after: Vec<_> = validators.iter().map(|v| Balances::free_balance(account(*v))).collect();
		assert_eq!(before, after, "a feeder's successful submission is refunded");

		// The next block's initialization runs the oracle's aggregation, as on a node.
		start_block(2);
		let btc = crate::Oracle::snapshot(crate::BTC_USD).expect("BTC-USD is priced");
		assert_eq!(btc.status, PriceStatus::Live);
		assert_eq!(btc.index, ballast_primitives::Price::saturating_from_integer(100_000));
		assert_eq!(crate::Oracle::status(crate::ETH_USD), PriceStatus::Stale, "nobody fed ETH-USD");
	});
}

#[test]
fn the_oracle_api_serves_every_listed_market() {
	use pallet_ballast_oracle_runtime_api::runtime_decl_for_oracle_api::OracleApiV1;
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		start_block(1);
		assert_eq!(Runtime::feeds(), vec![(crate::BTC_USD, None), (crate::ETH_USD, None)], "listed, not yet priced");
		for (nonce, validator) in [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie].into_iter().enumerate() {
			assert_eq!(submit_price(validator, 0, crate::ETH_USD, 3_000 + nonce as u128), Ok(Ok(())));
		}
		start_block(2);
		let eth = Runtime::feed(crate::ETH_USD).expect("priced");
		assert_eq!(eth.index, ballast_primitives::Price::saturating_from_integer(3_001));
		assert_eq!(eth.updated_at, 2);
		assert_eq!(Runtime::feeds()[1], (crate::ETH_USD, Some(eth)));
		assert_eq!(Runtime::feed(99), None);
	});
}

/// The path an oracle node takes: its offchain worker signs with the `orcl` key in the
/// node's keystore, through the runtime's `CreateSignedTransaction`, and the block accepts it.
#[test]
fn a_submission_signed_by_an_orcl_key_in_the_keystore_is_valid() {
	use frame_system::offchain::{CreateSignedTransaction, SigningTypes};
	use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
	use sp_runtime::{traits::IdentifyAccount, MultiSigner};

	let keystore = MemoryKeystore::new();
	let key = keystore.sr25519_generate_new(pallet_ballast_oracle::KEY_TYPE, Some("//Alice")).unwrap();
	let mut ext = state_of(DEV_RUNTIME_PRESET);
	ext.register_extension(KeystoreExt::new(keystore));
	ext.execute_with(|| {
		start_block(1);
		let public: <Runtime as SigningTypes>::Public = MultiSigner::from(key);
		let signer = public.clone().into_account();
		assert_eq!(signer, account(Sr25519Keyring::Alice), "an orcl key from a seed is that seed's account");
		let prices = vec![(crate::BTC_USD, ballast_primitives::Price::saturating_from_integer(97_000))];
		let call = pallet_ballast_oracle::Call::<Runtime>::submit_prices { prices: prices.try_into().unwrap() };

		let tx = <Runtime as CreateSignedTransaction<pallet_ballast_oracle::Call<Runtime>>>::create_signed_transaction::<
			pallet_ballast_oracle::crypto::FeederAuthId,
		>(call.into(), public, signer.clone(), 0)
		.expect("the keystore holds the key");

		assert_eq!(Executive::apply_extrinsic(tx), Ok(Ok(())));
		assert_eq!(pallet_ballast_oracle::Submissions::<Runtime>::iter().count(), 1);
		assert_eq!(System::account_nonce(&signer), 1);
	});
}

/// The venue through real signed transactions: a trader deposits bUSD, opens a 10× BTC long
/// at the oracle's mark, watches her health follow the price and closes with the profit; the
/// genesis liquidity provider takes some of the vault out.
#[test]
fn a_trader_opens_a_ten_times_long_and_closes_it_with_the_profit() {
	use pallet_ballast_margin_runtime_api::runtime_decl_for_margin_api::MarginApiV1;
	let dollars = |d: u128| d * crate::COLLATERAL_UNIT;
	let btc = |c: i128| c * ballast_primitives::BASE_UNIT as i128;
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let feeders = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];
		let feed = |block: u32, dollars: u128| {
			start_block(block);
			for feeder in feeders {
				assert_eq!(submit_price(feeder, block - 1, crate::BTC_USD, dollars), Ok(Ok(())));
			}
		};
		let margin = |nonce: u32, call: pallet_ballast_margin::Call<Runtime>| {
			Executive::apply_extrinsic(signed_transaction(Sr25519Keyring::Eve, nonce, RuntimeCall::Margin(call)))
		};
		let eve = account(Sr25519Keyring::Eve);
		feed(1, 100_000);
		feed(2, 100_000);
		assert_eq!(margin(0, pallet_ballast_margin::Call::deposit { amount: dollars(2_000) }), Ok(Ok(())));
		let open = pallet_ballast_margin::Call::trade { market: crate::BTC_USD, delta: btc(1) / 5, limit_price: ballast_primitives::Price::saturating_from_integer(101_000) };
		assert_eq!(margin(1, open), Ok(Ok(())));
		let opened = Runtime::account(eve.clone()).expect("Eve has a margin account");
		assert_eq!(opened.positions[0].size, btc(1) / 5);
		let leverage = 20_000 * crate::COLLATERAL_UNIT / opened.equity as u128;
		assert!((9..=11).contains(&leverage), "about 10×: {leverage}");
		let liquidation = opened.positions[0].liquidation_price.expect("a 10× long can be liquidated");
		assert!(liquidation > ballast_primitives::Price::saturating_from_integer(90_000));

		// The price rises over a few blocks (the mark follows, capped): health rises with it.
		for block in 3..=8 {
			feed(block, 108_000);
		}
		let risen = Runtime::account(eve.clone()).unwrap();
		assert!(risen.health > opened.health, "{:?} > {:?}", risen.health, opened.health);
		assert!(risen.positions[0].unrealised_pnl > 0);

		let close = pallet_ballast_margin::Call::close { market: crate::BTC_USD, limit_price: ballast_primitives::Price::from_inner(0) };
		assert_eq!(margin(2, close), Ok(Ok(())));
		let closed = Runtime::account(eve.clone()).unwrap();
		assert!(closed.positions.is_empty());
		assert!(closed.collateral > dollars(2_000), "closed with a profit: {}", closed.collateral);
		let withdraw = pallet_ballast_margin::Call::withdraw { amount: closed.collateral };
		assert_eq!(margin(3, withdraw), Ok(Ok(())));
		assert!(Assets::balance(COLLATERAL_ASSET_ID, &eve) > COLLATERAL_ENDOWMENT);

		let ferdie = Sr25519Keyring::Ferdie;
		let shares = pallet_ballast_margin::LpShares::<Runtime>::get(account(ferdie));
		let redeem = RuntimeCall::Margin(pallet_ballast_margin::Call::withdraw_liquidity { shares: shares / 10 });
		assert_eq!(Executive::apply_extrinsic(signed_transaction(ferdie, 0, redeem)), Ok(Ok(())));
		assert!(Runtime::vault().cash < crate::genesis_config_presets::GENESIS_LIQUIDITY);
		crate::Margin::do_try_state().expect("the margin ledgers balance");
	});
}

/// The crisis path through the real pallets in block order (oracle → margin → liquidation): a
/// 10× BTC long opened through a signed transaction is liquidated in `on_initialize` partially
/// when the mark crosses its liquidation price, then fully when the fall continues; the engine
/// and the margin ledgers stay consistent every block, and the runtime API shows the queue.
#[test]
fn a_falling_price_liquidates_a_ten_times_long_partially_then_fully() {
	use pallet_ballast_liquidation::Event as LiquidationEvent;
	use pallet_ballast_liquidation_runtime_api::runtime_decl_for_liquidation_api::LiquidationApiV2;
	use pallet_ballast_margin_runtime_api::runtime_decl_for_margin_api::MarginApiV1;
	let dollars = |d: u128| d * crate::COLLATERAL_UNIT;
	let btc = |c: i128| c * ballast_primitives::BASE_UNIT as i128;
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let feeders = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];
		let eve = account(Sr25519Keyring::Eve);
		// Each block: the feeders' prices, then the liquidations the hook made in it.
		let feed = |block: u32, dollars: u128| {
			start_block(block);
			let liquidations: Vec<(i128, Option<ballast_primitives::Ratio>)> = System::events()
				.into_iter()
				.filter_map(|record| match record.event {
					crate::RuntimeEvent::Liquidation(LiquidationEvent::Liquidated { closed, health_after, .. }) => Some((closed, health_after)),
					_ => None,
				})
				.collect();
			for feeder in feeders {
				assert_eq!(submit_price(feeder, block - 1, crate::BTC_USD, dollars), Ok(Ok(())));
			}
			crate::Liquidation::do_try_state().expect("the liquidation index is never wrong");
			crate::Margin::do_try_state().expect("the margin ledgers balance");
			liquidations
		};
		let margin = |nonce: u32, call: pallet_ballast_margin::Call<Runtime>| {
			Executive::apply_extrinsic(signed_transaction(Sr25519Keyring::Eve, nonce, RuntimeCall::Margin(call)))
		};
		// The target health alone: a gap this size raises the oracle's volatility so far that the
		// gap cover would close the whole position at once (its own test is the pallet's).
		let params = pallet_ballast_liquidation::LiquidationParams { gap_cover: Default::default(), ..pallet_ballast_liquidation::Params::<Runtime>::get() };
		crate::Liquidation::set_params(crate::RuntimeOrigin::root(), params).unwrap();
		feed(1, 100_000);
		feed(2, 100_000);
		assert_eq!(margin(0, pallet_ballast_margin::Call::deposit { amount: dollars(2_000) }), Ok(Ok(())));
		let open = pallet_ballast_margin::Call::trade { market: crate::BTC_USD, delta: btc(1) / 5, limit_price: ballast_primitives::Price::saturating_from_integer(101_000) };
		assert_eq!(margin(1, open), Ok(Ok(())));
		let queue = Runtime::at_risk(10);
		assert_eq!(queue.len(), 1, "an open position is indexed");
		assert_eq!(queue[0].who, eve);
		assert!(queue[0].distance > 0, "not due yet");
		let liquidation_price = Runtime::account(eve.clone()).unwrap().positions[0].liquidation_price.unwrap();

		// The price falls just under the liquidation price: one partial liquidation.
		let below = liquidation_price.saturating_mul_int(1u128) - 300;
		let mut partial = Vec::new();
		for block in 3..=12 {
			partial.extend(feed(block, below));
		}
		assert_eq!(partial.len(), 1, "one partial liquidation: {partial:?}");
		let (closed, health_after) = partial[0];
		assert!(closed > 0 && closed < btc(1) / 5, "part of the position: {closed}");
		let health_after = health_after.expect("something is left");
		assert!(health_after >= ballast_primitives::Ratio::saturating_from_rational(5, 4), "back to the target: {health_after:?}");
		let after = Runtime::account(eve.clone()).unwrap();
		assert_eq!(after.positions[0].size, btc(1) / 5 - closed);
		assert!(Runtime::state(100).indexed == 1);

		// The fall goes on: the rest is closed, the account is left with nothing.
		let mut full = Vec::new();
		for block in 13..=20 {
			full.extend(feed(block, below * 8 / 10));
		}
		assert!(!full.is_empty(), "the rest was liquidated");
		assert_eq!(full.last().unwrap().1, None, "fully closed");
		assert!(Runtime::account(eve.clone()).map_or(true, |account| account.positions.is_empty()));
		assert!(Runtime::at_risk(10).is_empty(), "nothing left to watch");
	});
}

#[test]
fn a_non_feeder_cannot_feed_the_oracle_and_pays_for_trying() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		start_block(1);
		let eve = Sr25519Keyring::Eve;
		let before = Balances::free_balance(account(eve));
		let outcome = submit_price(eve, 0, crate::BTC_USD, 100_000);
		assert_eq!(
			outcome,
			Ok(Err(pallet_ballast_oracle::Error::<Runtime>::NotFeeder.into())),
			"included, failed with a specific error"
		);
		assert!(Balances::free_balance(account(eve)) < before, "the fee is kept");
		assert_eq!(pallet_ballast_oracle::Submissions::<Runtime>::iter().count(), 0);
	});
}

#[test]
fn metadata_carries_every_pallet_and_its_docs() {
	// The referenda's tracks read the chain's governance pace: metadata is built in a state, as a
	// node builds it.
	let metadata =
		state_of(DEV_RUNTIME_PRESET).execute_with(|| crate::Runtime::metadata_at_version(15).expect("metadata v15 is offered"));
	let bytes: &[u8] = &metadata;
	assert!(bytes.len() > 10_000, "metadata of {} bytes is suspiciously small", bytes.len());
	// Docs survive in the metadata, so polkadot.js can show them to traders.
	let needle = b"Transfer some liquid free balance to another account";
	assert!(bytes.windows(needle.len()).any(|w| w == needle), "call docs are in the metadata");
	// polkadot.js apps' governance pages read the tracks' names from the `Referenda` constants.
	for track in [&b"risk_parameters"[..], b"emergency", b"oracle_admin"] {
		assert!(bytes.windows(track.len()).any(|w| w == track), "track {} is in the metadata", String::from_utf8_lossy(track));
	}
}

#[cfg(feature = "try-runtime")]
#[test]
fn every_pallet_try_state_holds_at_genesis_for_every_preset() {
	use frame_support::traits::{TryState, TryStateSelect};
	let presets = genesis_config_presets::preset_names().into_iter().map(|name| {
		let name = core::str::from_utf8(name.as_ref()).expect("utf8 id").to_owned();
		let state = state_of(&name);
		(name, state)
	});
	for (name, mut state) in presets.chain([("testnet".to_string(), testnet_state())]) {
		state.execute_with(|| {
			<crate::AllPalletsWithSystem as TryState<u32>>::try_state(0, TryStateSelect::All)
				.unwrap_or_else(|e| panic!("{name}: try_state failed: {e:?}"));
		});
	}
}

/// The whole loss waterfall through the real pallets in block order (oracle → margin →
/// liquidation → insurance fund), with the fund emptied first: a 20× BTC long drifts down and is
/// liquidated partially, then a 30 % gap (the mark follows at its capped 5 % a block) leaves it
/// bankrupt; the fund pays what it has, the
/// vault (its bound set to zero) nothing, and deleveraging takes the rest from the profitable
/// short at the bankruptcy price. Every pallet's `try_state` holds every block, and nobody is
/// left below zero.
#[test]
fn a_crash_past_the_insurance_fund_deleverages_the_profitable_side() {
	use frame_support::traits::{TryState, TryStateSelect};
	use pallet_ballast_insurance_fund::Event as FundEvent;
	use pallet_ballast_liquidation::Event as LiquidationEvent;
	use ballast_primitives::MarginAccounts;
	let dollars = |d: u128| d * crate::COLLATERAL_UNIT;
	let btc = |c: i128| c * ballast_primitives::BASE_UNIT as i128;
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let feeders = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];
		let (eve, dave, ferdie) = (account(Sr25519Keyring::Eve), account(Sr25519Keyring::Dave), account(Sr25519Keyring::Ferdie));
		let feed = |block: u32, dollars: u128| {
			start_block(block);
			<crate::AllPalletsWithSystem as TryState<u32>>::try_state(block, TryStateSelect::All).expect("every pallet's invariants hold");
			let events: Vec<crate::RuntimeEvent> = System::events().into_iter().map(|record| record.event).collect();
			for feeder in feeders {
				assert_eq!(submit_price(feeder, block - 1, crate::BTC_USD, dollars), Ok(Ok(())));
			}
			events
		};
		let signed = |who: &AccountId| crate::RuntimeOrigin::signed(who.clone());
		feed(1, 100_000);
		feed(2, 100_000);

		// The fund: emptied by its staker, and the vault bears nothing of a loss.
		let params = pallet_ballast_insurance_fund::FundParams {
			withdrawal_cooldown: 1,
			vault_loss_share: sp_runtime::Perbill::zero(),
			..Default::default()
		};
		crate::InsuranceFund::set_params(crate::RuntimeOrigin::root(), params).unwrap();
		let shares = pallet_ballast_insurance_fund::Shares::<Runtime>::get(&ferdie);
		crate::InsuranceFund::request_withdrawal(signed(&ferdie), shares).unwrap();
		feed(3, 100_000);
		crate::InsuranceFund::withdraw(signed(&ferdie)).unwrap();
		assert_eq!(crate::InsuranceFund::balance(), 0);
		// A deeper vault, so a 1 BTC order moves the price little.
		crate::Margin::provide_liquidity(signed(&ferdie), dollars(450_000)).unwrap();

		// Eve: 1 BTC long at about 20×. Dave: 1 BTC short at 2×, on the other side.
		crate::Margin::deposit(signed(&eve), dollars(6_400)).unwrap();
		let buy = ballast_primitives::Price::saturating_from_integer(103_000);
		crate::Margin::trade(signed(&eve), crate::BTC_USD, btc(1), buy).unwrap();
		crate::Margin::deposit(signed(&dave), dollars(50_000)).unwrap();
		crate::Margin::trade(signed(&dave), crate::BTC_USD, -btc(1), ballast_primitives::Price::from_inner(0)).unwrap();
		let leverage = 100_000 * crate::COLLATERAL_UNIT as i128 / crate::Margin::health(&eve).unwrap().equity;
		assert!((17..=21).contains(&leverage), "about 20×: {leverage}");

		// A drift of 1 % a block until the engine has liquidated part of Eve's long.
		let (mut price, mut block, mut partial) = (100_000u128, 4u32, false);
		while !partial {
			price = price * 99 / 100;
			let events = feed(block, price);
			partial = events.iter().any(|e| {
				matches!(e, crate::RuntimeEvent::Liquidation(LiquidationEvent::Liquidated { who, health_after: Some(_), .. }) if *who == eve)
			});
			block += 1;
			assert!(block < 40, "no partial liquidation while the price drifted to {price}");
		}
		// Then a 30 % gap: Eve's rest is bankrupt at the index at once (the mark falls its capped
		// 5 % a block), and Dave gives up the rise from the index to her bankruptcy price.
		let mut waterfall = Vec::new();
		for _ in 0..4 {
			let events = feed(block, price * 70 / 100);
			waterfall.extend(events.into_iter().filter(|e| {
				matches!(e, crate::RuntimeEvent::InsuranceFund(_) | crate::RuntimeEvent::Liquidation(LiquidationEvent::ShortfallCovered { .. }))
			}));
			block += 1;
		}
		let coverage = waterfall
			.iter()
			.find_map(|e| match e {
				crate::RuntimeEvent::Liquidation(LiquidationEvent::ShortfallCovered { who, coverage, .. }) if *who == eve => Some(*coverage),
				_ => None,
			})
			.unwrap_or_else(|| panic!("Eve went bankrupt: {waterfall:?}"));
		assert_eq!(coverage.by_vault, 0, "the vault's bound is zero");
		assert!(coverage.by_deleveraging > 0, "deleveraging took part: {coverage:?}");
		assert_eq!(coverage.uncovered, 0, "the loss was closed at once: {coverage:?}");
		let deleveraged: Vec<_> = waterfall
			.iter()
			.filter_map(|e| match e {
				crate::RuntimeEvent::InsuranceFund(FundEvent::Deleveraged { who, recovered, .. }) => Some((who.clone(), *recovered)),
				_ => None,
			})
			.collect();
		assert_eq!(deleveraged.iter().map(|(who, _)| who.clone()).collect::<Vec<_>>(), vec![dave.clone()]);
		assert_eq!(deleveraged[0].1, coverage.by_deleveraging);
		// Dave keeps a profitable, smaller short; nobody is below zero.
		let dave_after = crate::Margin::positions(&dave);
		assert!(dave_after.is_empty() || dave_after[0].size > -btc(1));
		for who in [&eve, &dave] {
			assert!(crate::Margin::health(who).map_or(true, |h| h.equity >= 0));
		}
		assert!(pallet_ballast_insurance_fund::Deficits::<Runtime>::iter().next().is_none());
	});
}

/// The vault's liquidity providers stand through the fund's crisis episodes: a gap trips BTC's
/// breaker, the fund's episode starts with its next income, the vault follows it a block later
/// and holds the crisis premium of its own fee income; a provider leaving meanwhile forfeits
/// their part; once the breaker has stepped back, the episode ends and the pot is shared.
#[test]
fn the_vaults_providers_share_the_funds_crisis_episodes() {
	use crate::RuntimeEvent as E;
	use pallet_ballast_insurance_fund::Event as FundEvent;
	use pallet_ballast_margin::Event as MarginEvent;
	let dollars = |d: u128| d * crate::COLLATERAL_UNIT;
	let btc = |c: i128| c * ballast_primitives::BASE_UNIT as i128;
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let feeders = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];
		let (dave, ferdie) = (account(Sr25519Keyring::Dave), account(Sr25519Keyring::Ferdie));
		let feed = |block: u32, dollars: u128| -> Vec<E> {
			start_block(block);
			let events = System::events().into_iter().map(|record| record.event).collect();
			for feeder in feeders {
				assert_eq!(submit_price(feeder, block - 1, crate::BTC_USD, dollars), Ok(Ok(())));
			}
			events
		};
		let signed = |who: &AccountId| crate::RuntimeOrigin::signed(who.clone());
		let buy_back = |part: i128| {
			crate::Margin::trade(signed(&dave), crate::BTC_USD, part, ballast_primitives::Price::saturating_from_integer(200_000u32))
		};
		feed(1, 100_000);
		feed(2, 100_000);
		crate::Margin::deposit(signed(&dave), dollars(50_000)).unwrap();
		crate::Margin::trade(signed(&dave), crate::BTC_USD, -btc(1), ballast_primitives::Price::from_inner(0)).unwrap();
		feed(3, 100_000);
		feed(4, 100_000);
		assert_eq!(crate::Margin::vault_summary().crisis_episode, None, "no crisis in calm");

		// A 15 % gap (aggregated the block after its submissions) trips BTC's breaker to
		// reduce-only; Dave buys back a quarter (a fee).
		feed(5, 85_000);
		feed(6, 85_000);
		assert_ne!(<crate::CircuitBreaker as ballast_primitives::MarketGuard>::market_state(crate::BTC_USD), ballast_primitives::MarketState::Open);
		buy_back(btc(1) / 4).unwrap();
		let started = feed(7, 85_000);
		assert!(started.iter().any(|e| matches!(e, E::InsuranceFund(FundEvent::CrisisStarted { .. }))), "the fund's episode: {started:?}");
		feed(8, 85_000);
		let episode = crate::Margin::vault_summary().crisis_episode.expect("the vault follows the fund's episode");
		// A fee in the episode: half the vault's part of it is held for those who stay.
		buy_back(btc(1) / 4).unwrap();
		let pot = crate::Margin::vault_summary().crisis_pot;
		assert!(pot > 0, "the vault's crisis premium");
		let shares = pallet_ballast_margin::LpShares::<Runtime>::get(&ferdie) / 10;
		crate::Margin::withdraw_liquidity(signed(&ferdie), shares).unwrap();
		let forfeited = System::events()
			.into_iter()
			.find_map(|record| match record.event {
				E::Margin(MarginEvent::LiquidityWithdrawn { forfeited, .. }) => Some(forfeited),
				_ => None,
			})
			.expect("withdrawn");
		assert!(forfeited > 0 && forfeited <= pot / 10, "a tenth of the shares forfeits a tenth of the pot: {forfeited} of {pot}");

		// The breaker steps back at a steady price; the episode ends; the vault shares the pot.
		let (mut ended, mut shared) = (false, None);
		for block in 9..80 {
			for event in feed(block, 85_000) {
				match event {
					E::InsuranceFund(FundEvent::CrisisEnded { .. }) => ended = true,
					E::Margin(MarginEvent::VaultPremiumShared { episode: id, pot }) => shared = Some((id, pot)),
					_ => {},
				}
			}
			if shared.is_some() {
				break;
			}
		}
		assert!(ended, "the fund's episode ended");
		assert_eq!(shared, Some((episode, pot)), "the pot is the equity of every share outstanding");
		assert_eq!(crate::Margin::vault_summary().crisis_episode, None);
	});
}

/// `SolvencyApi` on a live state: every bUSD unit held at genesis and the ledgers covered, and
/// a collateral credit no stablecoin backs is caught.
#[test]
fn the_solvency_api_accounts_for_every_unit_and_catches_an_unbacked_credit() {
	use ballast_venue_runtime_api::runtime_decl_for_solvency_api::SolvencyApiV1;
	state_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let genesis = Runtime::solvency(None);
		assert_eq!(genesis.next, None, "the dev chain's accounts fit one page");
		assert!(genesis.conserved, "{genesis:?}");
		assert_eq!(genesis.supply, genesis.held_by_accounts);
		assert!(genesis.supply > 0 && genesis.vault_cash > 0 && genesis.fund_ledger > 0, "{genesis:?}");
		assert_eq!(genesis.margin_held, genesis.collateral + genesis.vault_cash + genesis.fees_owed_to_fund);
		assert_eq!(genesis.fund_held, genesis.fund_ledger);
		assert_eq!(genesis.shortfall, 0);

		pallet_ballast_margin::Accounts::<Runtime>::mutate(account(Sr25519Keyring::Eve), |eve| {
			eve.get_or_insert_with(Default::default).collateral += 1
		});
		let credited = Runtime::solvency(None);
		assert!(!credited.conserved, "one unbacked unit: {credited:?}");
		assert_eq!(credited.collateral, genesis.collateral + 1);
	});
}

/// One `SolvencyApi` call sums at most a page of accounts (it is reachable through any node's
/// `state_call`): with more holders than a page, each call hands back a cursor, the figures are
/// judged only on the last page, and the pages together count every unit once. A forged cursor
/// reads no more than a page either.
#[test]
fn the_solvency_api_sums_a_page_of_accounts_a_call_and_resumes_from_its_cursor() {
	use frame_support::traits::fungible::Mutate;
	use ballast_venue_runtime_api::{runtime_decl_for_solvency_api::SolvencyApiV1, solvency::*};
	state_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let holders = 2 * SOLVENCY_PAGE + 17;
		for index in 0..holders {
			let holder = AccountId::from([index as u8, (index >> 8) as u8, 0xbb, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
			frame_support::assert_ok!(<crate::Balances as Mutate<_>>::mint_into(&holder, crate::EXISTENTIAL_DEPOSIT * 10));
			let transfer = <crate::Assets as frame_support::traits::fungibles::Mutate<_>>::transfer(
				crate::COLLATERAL_ASSET_ID,
				&alice,
				&holder,
				crate::COLLATERAL_UNIT,
				frame_support::traits::tokens::Preservation::Preserve,
			);
			frame_support::assert_ok!(transfer);
		}
		let mut pages = vec![Runtime::solvency(None)];
		while let Some(cursor) = pages.last().unwrap().next.clone() {
			assert!(!pages.last().unwrap().conserved, "an unfinished sum is not judged");
			pages.push(Runtime::solvency(Some(cursor)));
			assert!(pages.len() <= 4, "each call moves on");
		}
		assert_eq!(pages.len(), 3, "{} holders and more, {SOLVENCY_PAGE} a page", holders);
		let last = pages.last().unwrap();
		assert!(last.conserved, "{last:?}");
		assert_eq!(last.held_by_accounts, last.supply, "every unit counted once");
		assert_eq!(crate::solvency::solvency(), *last, "the native sum of all pages agrees");

		// A cursor is the caller's: one that lies about the sum so far fools only its caller,
		// and still reads a page at most.
		let forged = SolvencyCursor { held_so_far: 0, ..pages[0].next.clone().unwrap() };
		let page = Runtime::solvency(Some(forged));
		assert!(page.next.is_some() && !page.conserved, "one page and a cursor: {page:?}");
		assert!(page.held_by_accounts < last.supply);
		let outside = SolvencyCursor { after: vec![], held_so_far: 0 };
		assert_eq!(Runtime::solvency(Some(outside)).held_by_accounts, 0, "a key before the accounts reads none of them");
	});
}

/// The block's order is the crisis path, declared once in `lib.rs`: in the block whose prices
/// gap, the oracle aggregates them, the breakers step on them and the crisis level rises, and
/// only then do the margins rescale and the liquidation engine size its share of the block, so
/// the gapped block itself is worked on the crisis share (the engine used to read the level
/// the breakers computed at the end of the block before).
#[test]
fn the_hooks_run_in_crisis_order() {
	use crate::RuntimeEvent as E;
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let feeders = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];
		let feed = |block: u32, btc: u128, eth: u128| {
			start_block(block);
			let price = ballast_primitives::Price::saturating_from_integer;
			let prices = vec![(crate::BTC_USD, price(btc)), (crate::ETH_USD, price(eth))];
			for feeder in feeders {
				let call = pallet_ballast_oracle::Call::submit_prices { prices: prices.clone().try_into().unwrap() };
				assert_eq!(send(feeder, RuntimeCall::Oracle(call)), Ok(()));
			}
		};
		for block in 1..=4 {
			feed(block, 100_000, 4_000);
		}
		assert_eq!(crate::CircuitBreaker::crisis_level(), ballast_primitives::CrisisLevel::Calm);
		// Every market gaps 45 % down at once.
		feed(5, 55_000, 2_200);
		start_block(6);
		let events: Vec<E> = System::events().into_iter().map(|record| record.event).collect();
		let first = |what: &dyn Fn(&E) -> bool| events.iter().position(|e| what(e));
		let aggregated = first(&|e| matches!(e, E::Oracle(pallet_ballast_oracle::Event::PriceAggregated { .. }))).expect("prices aggregated");
		let level = first(&|e| matches!(e, E::CircuitBreaker(pallet_ballast_circuit_breaker::Event::CrisisLevelChanged { .. })))
			.expect("the gap raised the crisis level in its own block");
		let processed = first(&|e| matches!(e, E::Liquidation(pallet_ballast_liquidation::Event::BlockProcessed { .. }))).expect("the engine ran");
		assert!(aggregated < level && level < processed, "prices {aggregated}, level {level}, liquidations {processed}: {events:?}");
		if let Some(rescaled) = first(&|e| matches!(e, E::Margin(pallet_ballast_margin::Event::MarginScaleChanged { .. }))) {
			assert!(level < rescaled && rescaled < processed, "margins rescale on the new level, before the liquidations");
		}
		assert!(crate::CircuitBreaker::crisis_level() >= ballast_primitives::CrisisLevel::Stressed);
	});
}
