// Connects to a Ballast node with @polkadot/api, reads what a trader's wallet reads (chain,
// runtime version, metadata with docs), and makes a balances transfer that must be included
// in a block with the expected effect. Prints one JSON line; exits non-zero on any failure.
//
//   node scripts/smoke.mjs [ws://127.0.0.1:9944]
import { Keyring } from '@polkadot/api';
import { connect, script } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const TIMEOUT_MS = 120_000;
const AMOUNT = 1_000_000_000_000n; // 1 BLST

const { fail, check } = script('smoke', TIMEOUT_MS);

const api = await connect(url);

const [chain, version, properties] = await Promise.all([
  api.rpc.system.chain(),
  api.rpc.state.getRuntimeVersion(),
  api.rpc.system.properties(),
]);
check(version.specName.toString() === 'ballast', `spec name is ${version.specName}`);
check(properties.tokenSymbol.unwrap()[0].toString() === 'BLST', `token symbol is ${properties.tokenSymbol}`);

const pallets = api.runtimeMetadata.asLatest.pallets.map((p) => p.name.toString());
for (const name of ['System', 'Aura', 'Grandpa', 'Balances', 'TransactionPayment', 'Assets', 'ValidatorSet', 'Session', 'Oracle']) {
  check(pallets.includes(name), `metadata lacks pallet ${name}: ${pallets}`);
}
check(api.tx.balances.transferKeepAlive.meta.docs.length > 0, 'metadata carries no call docs');

const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const bob = keyring.addFromUri('//Bob');

const included = await new Promise((resolve, reject) => {
  api.tx.balances
    .transferKeepAlive(bob.address, AMOUNT)
    .signAndSend(alice, ({ status, dispatchError, events }) => {
      if (dispatchError) reject(new Error(`transfer failed: ${dispatchError.toString()}`));
      else if (status.isInBlock) resolve({ blockHash: status.asInBlock, events });
      else if (status.isInvalid || status.isDropped || status.isUsurped) reject(new Error(`transfer ${status.type}`));
    })
    .catch(reject);
}).catch((e) => fail(e.message));

const transferred = included.events.some(({ event }) => api.events.balances.Transfer.is(event)
  && event.data.to.toString() === bob.address && event.data.amount.toBigInt() === AMOUNT);
check(transferred, 'no Balances.Transfer event for the transfer');

const header = await api.rpc.chain.getHeader(included.blockHash);
const apiAt = await api.at(included.blockHash);
const apiBefore = await api.at(header.parentHash);
const bobAfter = (await apiAt.query.system.account(bob.address)).data.free.toBigInt();
const bobBefore = (await apiBefore.query.system.account(bob.address)).data.free.toBigInt();
check(bobAfter - bobBefore === AMOUNT, `bob gained ${bobAfter - bobBefore}, expected ${AMOUNT}`);

console.log(JSON.stringify({
  chain: chain.toString(),
  specName: version.specName.toString(),
  specVersion: version.specVersion.toNumber(),
  pallets: pallets.length,
  transfer: { block: header.number.toNumber(), hash: included.blockHash.toHex(), amount: AMOUNT.toString() },
}));
await api.disconnect();
process.exit(0);
