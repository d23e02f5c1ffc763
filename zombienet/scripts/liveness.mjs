// Liveness of the four-validator network: every node sees its three peers, produces blocks
// (each validator authors some of the finalized ones) and finalizes them, and all agree on the
// finalized chain. Reads everything over each node's RPC. Prints one JSON line.
//
//   node scripts/liveness.mjs <ws url> [finalized height to reach = 8]
import { Keyring } from '@polkadot/api';
import { script } from './lib.mjs';
import { VALIDATORS, authorOf, connectAll, finalizedAgreement, sleep, validatorNames } from './network.mjs';

const target = Number(process.argv[3] ?? 8);
const { check } = script('liveness', 240_000);
const apis = await connectAll();
const names = Object.keys(apis);
check(names.length === 4, `four nodes expected, BALLAST_NODES names ${names}`);

let agreement = await finalizedAgreement(apis);
while (agreement.common < target) {
  await sleep(2_000);
  agreement = await finalizedAgreement(apis);
}
const health = {};
for (const [name, api] of Object.entries(apis)) {
  const { peers, isSyncing } = await api.rpc.system.health();
  health[name] = { peers: peers.toNumber(), syncing: isSyncing.isTrue, roles: (await api.rpc.system.nodeRoles()).map(String) };
}
const api = apis[names[0]];
const keyring = new Keyring({ type: 'sr25519' });
const authorities = (await api.query.aura.authorities()).map((key) => keyring.encodeAddress(key.toU8a()));
const nameOf = validatorNames(keyring);
const authored = {};
for (let number = 1; number <= agreement.common; number += 1) {
  const header = await api.rpc.chain.getHeader(await api.rpc.chain.getBlockHash(number));
  const author = nameOf[authorOf(header, authorities)] ?? 'unknown';
  authored[author] = (authored[author] ?? 0) + 1;
}
const report = { agreement, health, authored };
const dump = JSON.stringify(report);
check(agreement.agreed, `the nodes disagree on the finalized chain: ${dump}`);
for (const [name, h] of Object.entries(health)) {
  check(h.peers >= 3, `${name} sees ${h.peers} peers: ${dump}`);
  check(h.roles.includes('Authority'), `${name} is not a validator: ${dump}`);
}
check(VALIDATORS.every((n) => authored[n] > 0), `not every validator authored a finalized block: ${dump}`);
console.log(dump);
for (const each of Object.values(apis)) await each.disconnect();
process.exit(0);
