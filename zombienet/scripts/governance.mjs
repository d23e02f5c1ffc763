// Governance on a running dev chain, as token holders do it through @polkadot/api (the calls
// polkadot.js apps' Governance pages make). Three referenda run side by side at the dev chain's
// pace (every track's periods ÷ 1 200):
//   - `risk_parameters`: ETH-USD's maintenance margin 3 % → 4 % (`margin.setMarket`);
//   - `emergency`: BTC-USD halted (`circuitBreaker.emergencyHalt`), which ends by itself;
//   - `root`: a runtime upgrade authorized (`system.authorizeUpgrade` with the next runtime's
//     hash), then applied by anyone (`system.applyAuthorizedUpgrade`), after which the node
//     runs the new spec version and a signed transfer still goes through.
// For each: the preimage is noted, the referendum submitted on its origin's track, its decision
// deposit placed, and alice…ferdie vote aye with 1× conviction. Prints one JSON line; exits
// non-zero unless every referendum was enacted and its effect read back from chain state.
//
//   node scripts/governance.mjs <ws url> <next runtime wasm> [timeout s = 420]
import { Keyring } from '@polkadot/api';
import { readFileSync } from 'node:fs';
import { connect, marketId, script } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const nextRuntime = process.argv[3];
const TIMEOUT_MS = Number(process.argv[4] ?? 420) * 1_000;
const FIXED = 10n ** 18n;
const UNIT = 10n ** 12n;

const { check } = script('governance', TIMEOUT_MS);
check(nextRuntime, 'usage: governance.mjs <ws url> <next runtime wasm>');
const code = readFileSync(nextRuntime);
const api = await connect(url);
const BTC = await marketId(api, 'BTC-USD');
const ETH = await marketId(api, 'ETH-USD');
check(api.query.referenda?.referendumCount, 'the runtime has no referenda');
const keyring = new Keyring({ type: 'sr25519' });
const [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((name) =>
  keyring.addFromUri(`//${name}`),
);
const voters = [alice, bob, charlie, dave, eve, ferdie];
const log = (message) => console.error(`governance: ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// `txs` from `signer` with consecutive nonces, all at once: resolves with each one's events
// once in a block, rejects with the module error's name on a dispatch error.
async function sendAll(signer, txs, through = api) {
  const api = through;
  const first = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
  return Promise.all(
    txs.map(
      (tx, i) =>
        new Promise((resolve, reject) => {
          tx.signAndSend(signer, { nonce: first + i }, ({ status, dispatchError, events }) => {
            if (dispatchError) {
              const detail = dispatchError.isModule ? api.registry.findMetaError(dispatchError.asModule) : null;
              reject(new Error(detail ? `${detail.section}.${detail.name}` : dispatchError.toString()));
            } else if (status.isInBlock) {
              resolve({ block: status.asInBlock, events: events.map(({ event }) => event) });
            }
          }).catch(reject);
        }),
    ),
  );
}

// Every event of every new block, with its block number.
// Stopped before the upgrade is applied: polkadot.js re-decorates on a new version, and the
// metadata is compared below instead.
const seen = [];
const unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
  try {
    const at = await api.at(header.hash);
    const records = await at.query.system.events();
    const block = header.number.toNumber();
    for (const { event } of records) seen.push({ block, section: event.section, method: event.method, data: event.data });
  } catch (error) {
    log(`events of block ${header.number}: ${error.message ?? error}`);
  }
});
const waitForEvent = async (what, matches) => {
  for (;;) {
    const found = seen.find((e) => matches(e));
    if (found) {
      log(`${what} at block ${found.block}`);
      return found;
    }
    await sleep(300);
  }
};

// Notes `call`'s preimage and submits it on `origin`'s track from `proposer`, placing the
// decision deposit: the referendum's index and the block it was submitted in.
async function propose(proposer, origin, call) {
  const encoded = call.method.toHex();
  const hash = call.method.hash.toHex();
  const len = call.method.encodedLength;
  const [, submitted] = await sendAll(proposer, [
    api.tx.preimage.notePreimage(encoded),
    api.tx.referenda.submit(origin, { Lookup: { hash, len } }, { After: 0 }),
  ]);
  const event = submitted.events.find((e) => e.section === 'referenda' && e.method === 'Submitted');
  check(event, `no referenda.Submitted for ${call.method.section}.${call.method.method}`);
  const index = event.data[0].toNumber();
  await sendAll(proposer, [api.tx.referenda.placeDecisionDeposit(index)]);
  const block = (await api.rpc.chain.getHeader(submitted.block)).number.toNumber();
  log(`referendum ${index} (${call.method.section}.${call.method.method}) submitted at block ${block}`);
  return { index, block };
}

const specBefore = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
const ethBefore = (await api.query.margin.markets(ETH)).unwrap().params;
const raised = { ...ethBefore.toJSON(), maintenanceMargin: (4n * FIXED) / 100n, initialMargin: (5n * FIXED) / 100n };
const codeHash = api.registry.hash(code).toHex();

const [risk, emergency, upgrade] = await Promise.all([
  propose(bob, { Origins: 'RiskParameters' }, api.tx.margin.setMarket(ETH, raised)),
  propose(charlie, { Origins: 'Emergency' }, api.tx.circuitBreaker.emergencyHalt({ Market: BTC })),
  propose(dave, { system: 'Root' }, api.tx.system.authorizeUpgrade(codeHash)),
]);

// Each holder votes on all three with 1× conviction on most of their BLST.
await Promise.all(
  voters.map(async (voter) => {
    const free = (await api.query.system.account(voter.address)).data.free.toBigInt();
    const balance = free - 1_000n * UNIT;
    const vote = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance } };
    await sendAll(voter, [risk, emergency, upgrade].map(({ index }) => api.tx.convictionVoting.vote(index, vote)));
  }),
);
log('every holder voted');

const confirmed = (index) => (e) => e.section === 'referenda' && e.method === 'Confirmed' && e.data[0].toNumber() === index;
const halted = await waitForEvent('BTC-USD halted by the emergency track', (e) => e.section === 'circuitBreaker' && e.method === 'EmergencyHalted');
await waitForEvent(`referendum ${emergency.index} confirmed`, confirmed(emergency.index));
const configured = await waitForEvent('ETH-USD configured by the risk track', (e) => e.section === 'margin' && e.method === 'MarketConfigured');
const authorized = await waitForEvent('upgrade authorized by the root track', (e) => e.section === 'system' && e.method === 'UpgradeAuthorized');

const breaker = (await api.query.circuitBreaker.breakers(BTC)).unwrap();
const ethAfter = (await api.query.margin.markets(ETH)).unwrap();
const maintenance = Number((ethAfter.params.maintenanceMargin.toBigInt() * 10_000n) / FIXED) / 10_000;
check(maintenance === 0.04, `ETH-USD's maintenance margin is ${maintenance}, not 0.04`);
check(!breaker.emergencyUntil.isNone, 'BTC-USD has no emergency halt in force');

// Anyone may now apply the authorized code; the block after it runs the new runtime.
unsubscribe();
const before = await api.rpc.chain.getBlockHash();
const apply = api.tx.system.applyAuthorizedUpgrade(`0x${code.toString('hex')}`);
const appliedIn = await new Promise((resolve, reject) => {
  apply.signAndSend(ferdie, ({ status }) => status.isInBlock && resolve(status.asInBlock)).catch(reject);
});
let specAfter = specBefore;
for (let i = 0; i < 40 && specAfter === specBefore; i += 1) {
  await sleep(1_000);
  specAfter = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
}
check(specAfter === specBefore + 1, `spec version ${specBefore} → ${specAfter}`);
// A connection made across the upgrade mis-decodes the blocks after it (polkadot.js re-decorates
// in place); a wallet reconnects, as this does, and reads them with the new runtime's metadata.
await api.disconnect();
const fresh = await connect(url);
const appliedEvents = (await (await fresh.at(appliedIn)).query.system.events()).map(({ event }) => `${event.section}.${event.method}`);
check(appliedEvents.includes('system.CodeUpdated'), `no system.CodeUpdated in ${appliedEvents}`);
// The next runtime is the same code: every type an explorer decodes is the old one's.
const [metaBefore, metaAfter] = await Promise.all([fresh.rpc.state.getMetadata(before), fresh.rpc.state.getMetadata(appliedIn)]);
const typesUnchanged = JSON.stringify(metaBefore.asLatest.lookup.toJSON()) === JSON.stringify(metaAfter.asLatest.lookup.toJSON());
check(typesUnchanged, 'the next runtime declares other types');
// A signed transaction under the new version.
const [transfer] = await sendAll(eve, [fresh.tx.balances.transferKeepAlive(ferdie.address, UNIT)], fresh);
check(transfer.events.some((e) => e.section === 'balances' && e.method === 'Transfer'), 'no transfer after the upgrade');
log(`spec version ${specBefore} → ${specAfter}; a transfer went through after it`);

console.log(
  JSON.stringify({
    risk: { submitted: risk.block, enacted: configured.block, maintenanceMargin: maintenance },
    emergency: {
      submitted: emergency.block,
      enacted: halted.block,
      emergencyUntil: breaker.emergencyUntil.unwrap().toNumber(),
    },
    upgrade: { submitted: upgrade.block, authorized: authorized.block, specBefore, specAfter, typesUnchanged },
  }),
);
process.exit(0);
