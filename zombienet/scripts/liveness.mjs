// Liveness of the four-validator network: every node sees its three peers, produces blocks
// (each validator authors some of the finalized ones) and finalizes them, and all agree on the
// finalized chain; every validator's node holds its oracle (`orcl`) key, which zombienet made
// from its dev seed with the other session keys and genesis lists as a feeder; each node's
// Prometheus endpoint reports the finalized height. Reads everything over each node's RPC and
// metrics. Prints one JSON line.
//
//   node scripts/liveness.mjs <ws url> [finalized height to reach = 8]
import { Keyring } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import { script } from './lib.mjs';
import { VALIDATORS, authorOf, connectAll, finalizedAgreement, sleep, validatorNames } from './network.mjs';

const target = Number(process.argv[3] ?? 8);
const { check } = script('liveness', 240_000);
const apis = await connectAll();
const keyringFor = (name) => new Keyring({ type: 'sr25519' }).addFromUri(`//${name[0].toUpperCase()}${name.slice(1)}`);
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
  const oracleKey = u8aToHex(keyringFor(name).publicKey);
  health[name] = {
    peers: peers.toNumber(),
    syncing: isSyncing.isTrue,
    roles: (await api.rpc.system.nodeRoles()).map(String),
    oracleKey: (await api.rpc.author.hasKey(oracleKey, 'orcl')).isTrue,
  };
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
// Each node's Prometheus endpoint serves its finalized height (operators alert on finality lag).
const finalizedMetric = {};
for (const entry of (process.env.BALLAST_METRICS ?? '').split(',').filter(Boolean)) {
  const [name, url] = entry.split('=');
  const text = await (await fetch(url)).text();
  const line = text.split('\n').find((l) => l.startsWith('substrate_block_height{') && l.includes('status="finalized"'));
  finalizedMetric[name] = line ? Number(line.trim().split(/\s+/).at(-1)) : null;
}
const report = { agreement, health, authored, finalizedMetric };
const dump = JSON.stringify(report);
check(agreement.agreed, `the nodes disagree on the finalized chain: ${dump}`);
for (const [name, h] of Object.entries(health)) {
  check(h.peers >= 3, `${name} sees ${h.peers} peers: ${dump}`);
  check(h.roles.includes('Authority'), `${name} is not a validator: ${dump}`);
  check(h.oracleKey, `${name}'s node holds no orcl key: ${dump}`);
}
check(VALIDATORS.every((n) => authored[n] > 0), `not every validator authored a finalized block: ${dump}`);
check(Object.keys(finalizedMetric).length === 4, `BALLAST_METRICS names ${Object.keys(finalizedMetric)}: ${dump}`);
// The gauge is refreshed on its own schedule, a block or so behind RPC: it need only be well past genesis.
for (const [name, height] of Object.entries(finalizedMetric)) check(height >= target / 2, `${name}'s Prometheus reports finalized height ${height}: ${dump}`);
console.log(dump);
for (const each of Object.values(apis)) await each.disconnect();
process.exit(0);
