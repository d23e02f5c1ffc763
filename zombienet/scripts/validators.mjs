// Validators joining and leaving a running network, as an operator and token holders do it
// (docs/operators.md):
//   1. eve's node makes fresh session keys for her account (`author_rotateKeysWithOwner`), eve
//      registers them (`session.setKeys`, with the proof of possession) and funds her new orcl
//      key's account for its submissions' fees, a `validators` referendum
//      seats her (`validatorSet.addValidator`); from the session after next she is in the set,
//      authors blocks and her orcl key's prices are included, while finality continues;
//   2. a second referendum removes dave (`validatorSet.removeValidator`); once his removal is
//      active he authors nothing more and finality continues.
// Prints one JSON line with the blocks and sessions each step took.
//
//   node scripts/validators.mjs <ws url> [timeout s = 900]     (BALLAST_NODES names eve's node)
import { Keyring, WsProvider } from '@polkadot/api';
import { encodeAddress } from '@polkadot/util-crypto';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { connect, script, sender } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const TIMEOUT_MS = Number(process.argv[3] ?? 900) * 1_000;
const UNIT = 10n ** 12n;
const { check, fail } = script('validators', TIMEOUT_MS);
const nodes = Object.fromEntries((process.env.BALLAST_NODES ?? '').split(',').filter(Boolean).map((entry) => entry.split('=')));
check(nodes.eve, `no eve among the nodes: ${process.env.BALLAST_NODES}`);

const api = await connect(url);
const keyring = new Keyring({ type: 'sr25519' });
const [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((name) =>
  keyring.addFromUri(`//${name}`),
);
const voters = [alice, bob, charlie, dave, eve, ferdie];
const log = (message) => console.error(`validators: ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Each new block: its number, its author (Aura's slot over the session's validators) and events.
const blocks = [];
const unsubscribe = await api.derive.chain.subscribeNewHeads(async (header) => {
  try {
    const events = await (await api.at(header.hash)).query.system.events();
    blocks.push({
      number: header.number.toNumber(),
      author: header.author?.toString(),
      events: events.map(({ event }) => ({ section: event.section, method: event.method, data: event.data })),
    });
  } catch (error) {
    log(`block ${header.number}: ${error.message ?? error}`);
  }
});
const bestNumber = async () => (await api.rpc.chain.getHeader()).number.toNumber();
const finalizedNumber = async () => (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
const session = async () => (await api.query.session.currentIndex()).toNumber();
const validators = async () => (await api.query.session.validators()).map((v) => v.toString());
async function waitFor(what, found) {
  for (;;) {
    const value = await found();
    if (value) {
      log(what);
      return value;
    }
    await sleep(500);
  }
}
const eventIn = (section, method, matches = () => true) => () =>
  blocks.find((b) => b.events.some((e) => e.section === section && e.method === method && matches(e)));

// The validators' offchain workers sign with the same accounts (their orcl keys are their dev
// accounts here): `sender` signs again past the nonces they take.
const send = sender(api, { events: true });

// A referendum on the validators track for `call`, every holder voting aye with 1× conviction.
async function referendum(proposer, call) {
  await send(proposer, api.tx.preimage.notePreimage(call.method.toHex()));
  const events = await send(
    proposer,
    api.tx.referenda.submit({ Origins: 'Validators' }, { Lookup: { hash: call.method.hash.toHex(), len: call.method.encodedLength } }, { After: 0 }),
  );
  const submitted = events.find((e) => e.section === 'referenda' && e.method === 'Submitted');
  check(submitted, 'no referenda.Submitted');
  const index = submitted.data[0].toNumber();
  await send(proposer, api.tx.referenda.placeDecisionDeposit(index));
  await Promise.all(
    voters.map(async (voter) => {
      const free = (await api.query.system.account(voter.address)).data.free.toBigInt();
      const vote = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: free - 1_000n * UNIT } };
      await send(voter, api.tx.convictionVoting.vote(index, vote));
    }),
  );
  log(`referendum ${index} (${call.method.section}.${call.method.method}) submitted and voted`);
  return index;
}

// 1. Eve joins.
const eveNode = new WsProvider(nodes.eve, 1_000);
await eveNode.isReady;
const generated = await eveNode.send('author_rotateKeysWithOwner', [u8aToHex(eve.publicKey)]);
check(generated?.keys && generated?.proof, `author_rotateKeysWithOwner answered ${JSON.stringify(generated)}`);
const keyBytes = hexToU8a(generated.keys);
check(keyBytes.length === 96, `session keys of ${keyBytes.length} bytes, not aura + gran + orcl`);
const eveFeeder = encodeAddress(keyBytes.slice(64, 96), 42);
check(await eveNode.send('author_hasSessionKeys', [generated.keys]), "eve's node does not hold the keys it made");
await send(eve, api.tx.session.setKeys(generated.keys, generated.proof));
// A submission pays its fee up front (refunded when it succeeds): the feeder account needs BLST.
await send(eve, api.tx.balances.transferKeepAlive(eveFeeder, 10n * UNIT));
log(`eve registered fresh keys and funded her feeder account ${eveFeeder}`);

const joinStart = { block: await bestNumber(), session: await session() };
await referendum(alice, api.tx.validatorSet.addValidator(eve.address));
const added = await waitFor('eve added by the validators track', eventIn('validatorSet', 'ValidatorAdded'));
const addedSession = (await (await api.at(await api.rpc.chain.getBlockHash(added.number))).query.session.currentIndex()).toNumber();
await waitFor('eve in the session', async () => (await validators()).includes(eve.address));
const seatedSession = await session();
check(seatedSession === addedSession + 2, `eve seated in session ${seatedSession}, added in ${addedSession}: not the session after next`);
const authored = await waitFor('eve authored a block', async () => blocks.find((b) => b.author === eve.address));
const fed = await waitFor(
  "eve's orcl key fed the oracle",
  eventIn('oracle', 'PricesSubmitted', (e) => e.data[0].toString() === eveFeeder),
);
const finalizedAfterJoin = await waitFor('a block eve authored is final', async () => {
  const finalized = await finalizedNumber();
  return finalized >= authored.number ? finalized : 0;
});

// 2. Dave leaves.
const leaveStart = { block: await bestNumber(), session: await session() };
await referendum(bob, api.tx.validatorSet.removeValidator(dave.address));
const removed = await waitFor('dave removed by the validators track', eventIn('validatorSet', 'ValidatorRemoved'));
await waitFor('dave out of the session', async () => !(await validators()).includes(dave.address));
const outFrom = await bestNumber();
const finalizedAtOut = await finalizedNumber();
await waitFor('15 blocks after dave left', async () => (await bestNumber()) >= outFrom + 15);
const daveAfter = blocks.filter((b) => b.number > outFrom && b.author === dave.address).map((b) => b.number);
if (daveAfter.length > 0) fail(`dave authored blocks ${daveAfter} after leaving the set`);
const finalizedAtEnd = await finalizedNumber();
check(finalizedAtEnd >= finalizedAtOut + 10, `finality stalled after dave left: ${finalizedAtOut} → ${finalizedAtEnd}`);
unsubscribe();

const authors = {};
for (const b of blocks.filter((b) => b.number > outFrom)) authors[b.author] = (authors[b.author] ?? 0) + 1;
console.log(
  JSON.stringify({
    eve: { account: eve.address, feeder: eveFeeder, registeredAtBlock: joinStart.block, addedAtBlock: added.number, addedInSession: addedSession, seatedInSession: seatedSession, firstAuthoredBlock: authored.number, firstFedBlock: fed.number, finalizedAfterJoin },
    dave: { removedAtBlock: removed.number, outFromBlock: outFrom, blocksAuthoredAfter: daveAfter.length, finalizedAtOut, finalizedAtEnd },
    validators: await validators(),
    authorsAfterDaveLeft: authors,
    joinBlocks: authored.number - joinStart.block,
    leaveBlocks: outFrom - leaveStart.block,
  }),
);
await eveNode.disconnect();
await api.disconnect();
process.exit(0);
