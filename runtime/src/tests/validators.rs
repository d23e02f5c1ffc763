//! The validator set through the real runtime (native, every pallet and hook in block order):
//! a candidate registers its session keys and a `validators` referendum seats it from the
//! session after next, when it authors and feeds; a proven GRANDPA equivocation disables the
//! offender at once, stops its feeds and removes it; forged and duplicate reports are refused
//! and change nothing.

use super::{
	account,
	governance::{block, propose, until, EVERYONE},
	send, state_of,
};
use crate::{
	governance::origins::Origin as GovernanceOrigin, opaque::SessionKeys, AccountId, BlockNumber, Grandpa, Hash, Historical, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeOrigin, System, ValidatorSet, BTC_USD, ETH_USD,
};
use ballast_primitives::Price;
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{DisabledValidators, KeyOwnerProofSystem, UnfilteredDispatchable},
};
use sp_consensus_grandpa::{AuthorityId as GrandpaId, Equivocation, EquivocationProof};
use sp_core::crypto::ByteArray;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{
	Ed25519Keyring,
	Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve},
};
use sp_runtime::{DispatchError, FixedPointNumber};

const PRICES: [(u32, u128); 2] = [(ETH_USD, 4_000), (BTC_USD, 100_000)];
const FOUR: [Sr25519Keyring; 4] = [Alice, Bob, Charlie, Dave];

fn session() -> u32 {
	pallet_session::CurrentIndex::<Runtime>::get()
}

fn session_validators() -> Vec<AccountId> {
	pallet_session::Validators::<Runtime>::get()
}

/// Runs blocks fed by `feeders` until session `index` starts.
fn until_session(index: u32, feeders: &[Sr25519Keyring]) {
	for _ in 0..100 {
		if session() >= index {
			return;
		}
		block(feeders, &PRICES);
	}
	panic!("session {index} did not start within 100 blocks");
}

/// `who` submits a price for ETH-USD, dispatched from its account.
fn feeds(who: Sr25519Keyring) -> Result<(), DispatchError> {
	let prices = vec![(ETH_USD, Price::saturating_from_integer(4_000u32))];
	let call = pallet_ballast_oracle::Call::<Runtime>::submit_prices { prices: prices.try_into().unwrap() };
	call.dispatch_bypass_filter(RuntimeOrigin::signed(account(who))).map(|_| ()).map_err(|e| e.error)
}

fn short_sessions() {
	assert_ok!(ValidatorSet::set_session_length(RuntimeOrigin::root(), 10));
}

#[test]
fn a_validators_referendum_seats_a_candidate_that_authors_and_feeds_from_the_session_after_next() {
	let mut ext = state_of(DEV_RUNTIME_PRESET);
	ext.register_extension(sp_keystore::KeystoreExt::new(sp_keystore::testing::MemoryKeystore::new()));
	ext.execute_with(|| {
		block(&[Alice], &PRICES);
		short_sessions();
		// Eve's node made her keys (`author_rotateKeysWithOwner`); she registers them.
		let owner = account(Eve).encode();
		let generated = SessionKeys::generate(&owner, Some(b"//Eve".to_vec()));
		let keys = generated.keys.clone();
		let forged = RuntimeCall::Session(pallet_session::Call::set_keys { keys: keys.clone(), proof: vec![0; 64 * 3] });
		assert!(send(Eve, forged).is_err(), "keys without a proof of possession are refused");
		let set_keys = RuntimeCall::Session(pallet_session::Call::set_keys { keys: keys.clone(), proof: generated.proof.encode() });
		assert_eq!(send(Eve, set_keys), Ok(()));
		assert_eq!(feeds(Eve), Err(pallet_ballast_oracle::Error::<Runtime>::NotFeeder.into()), "keys alone seat nobody");

		let add = RuntimeCall::ValidatorSet(pallet_ballast_validators::Call::add_validator { who: account(Eve) });
		propose(Alice, GovernanceOrigin::Validators.into(), add, &EVERYONE);
		let added = |e: &RuntimeEvent| matches!(e, RuntimeEvent::ValidatorSet(pallet_ballast_validators::Event::ValidatorAdded { .. }));
		let (at, _) = until(200, &[Alice], &PRICES, added);
		let enacted_in = session();
		println!("validators referendum enacted at block {at}, in session {enacted_in}");

		// The next session was queued before the referendum: Eve is not in it.
		until_session(enacted_in + 1, &[Alice]);
		assert!(!session_validators().contains(&account(Eve)));
		until_session(enacted_in + 2, &[Alice]);
		let mut expected = vec![account(Alice), account(Eve)];
		expected.sort();
		assert_eq!(session_validators(), expected);
		assert!(pallet_aura::Authorities::<Runtime>::get().contains(&keys.aura), "Eve's Aura key authors");
		let pending = pallet_grandpa::PendingChange::<Runtime>::get().expect("GRANDPA's set changes");
		assert!(pending.next_authorities.iter().any(|(id, _)| *id == keys.grandpa), "Eve's GRANDPA key finalizes");
		assert!(pallet_ballast_validators::Feeders::<Runtime>::get().contains(&account(Eve)), "Eve's orcl key feeds");
		assert_eq!(feeds(Eve), Ok(()));
	});
}

/// Two prevotes of `identity` in one round for different blocks, the second signed by
/// `second_signer` (the identity's own key for a true equivocation).
fn prevote_equivocation(identity: Ed25519Keyring, second_signer: Ed25519Keyring, set_id: u64) -> EquivocationProof<Hash, BlockNumber> {
	let round = 1;
	let vote = |byte: u8| finality_grandpa::Prevote { target_hash: Hash::repeat_byte(byte), target_number: 1 };
	let sign = |key: Ed25519Keyring, vote: &finality_grandpa::Prevote<Hash, BlockNumber>| {
		let payload = sp_consensus_grandpa::localized_payload(round, set_id, &finality_grandpa::Message::Prevote(vote.clone()));
		sp_consensus_grandpa::AuthoritySignature::from(key.sign(&payload))
	};
	let (first, second) = (vote(1), vote(2));
	EquivocationProof::new(
		set_id,
		Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: identity.public().into(),
			first: (first.clone(), sign(identity, &first)),
			second: (second.clone(), sign(second_signer, &second)),
		}),
	)
}

fn ownership(key: Ed25519Keyring) -> sp_session::MembershipProof {
	Historical::prove((sp_consensus_grandpa::KEY_TYPE, GrandpaId::from(key.public()))).expect("an active GRANDPA key is provable")
}

fn report(proof: EquivocationProof<Hash, BlockNumber>, owner: sp_session::MembershipProof) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Grandpa::report_equivocation(RuntimeOrigin::signed(account(Eve)), Box::new(proof), owner)
}

#[test]
fn a_grandpa_equivocation_disables_the_offender_at_once_stops_its_feeds_and_removes_it() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		block(&FOUR, &PRICES);
		short_sessions();
		let set_id = Grandpa::current_set_id();
		let bob_index = pallet_aura::Authorities::<Runtime>::get()
			.iter()
			.position(|key| key.as_slice() == Sr25519Keyring::Bob.public().as_slice())
			.expect("bob authors") as u32;

		// Forged: the second vote is signed by another key. Nothing changes.
		let forged = prevote_equivocation(Ed25519Keyring::Bob, Ed25519Keyring::Charlie, set_id);
		assert_noop!(report(forged, ownership(Ed25519Keyring::Bob)), pallet_grandpa::Error::<Runtime>::InvalidEquivocationProof);
		// A true equivocation with another validator's ownership proof. Nothing changes.
		let equivocation = prevote_equivocation(Ed25519Keyring::Bob, Ed25519Keyring::Bob, set_id);
		assert_noop!(
			report(equivocation.clone(), ownership(Ed25519Keyring::Charlie)),
			pallet_grandpa::Error::<Runtime>::InvalidKeyOwnershipProof
		);

		assert_ok!(report(equivocation.clone(), ownership(Ed25519Keyring::Bob)));
		System::assert_has_event(
			pallet_ballast_validators::Event::OffenceReported { who: account(Bob), session: 0, disabled: true, removed: true }.into(),
		);
		assert!(System::events().iter().any(|r| matches!(r.event, RuntimeEvent::Offences(pallet_offences::Event::Offence { .. }))));
		// At once: Aura refuses Bob's blocks and the oracle his prices.
		assert!(<ValidatorSet as DisabledValidators>::is_disabled(bob_index));
		assert_eq!(feeds(Bob), Err(pallet_ballast_oracle::Error::<Runtime>::NotFeeder.into()));
		assert!(pallet_ballast_validators::Feeders::<Runtime>::get().contains(&account(Charlie)), "the others still feed");
		// The same report again is a duplicate. Nothing changes.
		assert_noop!(report(equivocation, ownership(Ed25519Keyring::Bob)), pallet_grandpa::Error::<Runtime>::DuplicateOffenceReport);

		// Bob stays active, disabled, for the session already queued, and is gone from the next.
		let honest = [Alice, Charlie, Dave];
		until_session(1, &honest);
		assert!(session_validators().contains(&account(Bob)));
		assert!(<ValidatorSet as DisabledValidators>::is_disabled(bob_index));
		until_session(2, &honest);
		assert!(!session_validators().contains(&account(Bob)));
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
		assert!(<ValidatorSet as DisabledValidators>::disabled_validators().is_empty());
		assert_eq!(feeds(Bob), Err(pallet_ballast_oracle::Error::<Runtime>::NotFeeder.into()));
		for _ in 0..3 {
			block(&honest, &PRICES);
		}
		let snapshot = <crate::Oracle as ballast_primitives::PriceFeed<BlockNumber>>::snapshot(ETH_USD).expect("ETH-USD is listed");
		assert_eq!(snapshot.status, ballast_primitives::PriceStatus::Live, "three honest feeders keep the quorum of three");
	});
}

/// The quorum is re-checked when the set changes: two of `local`'s four validators voted out
/// leave two feeders, below both markets' quorum of three, and the oracle announces it in the
/// block the smaller set takes over.
#[test]
fn a_validator_set_below_a_markets_quorum_is_announced() {
	state_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		block(&FOUR, &PRICES);
		short_sessions();
		for who in [Charlie, Dave] {
			assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), account(who)));
		}
		until_session(1, &FOUR);
		until_session(2, &[Alice, Bob]);
		assert_eq!(pallet_ballast_validators::Feeders::<Runtime>::get().len(), 2);
		let unreachable: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::Oracle(pallet_ballast_oracle::Event::QuorumUnreachable { market, quorum, feeders }) => Some((market, quorum, feeders)),
				_ => None,
			})
			.collect();
		assert_eq!(unreachable.len(), 2, "both markets announced: {unreachable:?}");
		assert!(unreachable.iter().all(|(_, quorum, feeders)| *quorum == 3 && *feeders == 2));
		assert_eq!(feeds(Charlie), Err(pallet_ballast_oracle::Error::<Runtime>::NotFeeder.into()));
	});
}
