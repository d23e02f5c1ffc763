// What every script that drives a Ballast node shares: failing loudly with its name, a deadline
// for the whole run, and a connection.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { readFileSync } from 'node:fs';

// A script named `name`: `fail` and `check` print `name: message` and exit non-zero; the whole
// run fails after `timeoutMs`.
export function script(name, timeoutMs) {
  const fail = (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
  const check = (condition, message) => {
    if (!condition) fail(message);
  };
  setTimeout(() => fail(`no result within ${timeoutMs / 1000} s`), timeoutMs);
  return { fail, check };
}

// The id of the market named `symbol` on chain (`venueApi.markets`): scripts name markets as
// people do and learn their ids from the chain, as the node and the dashboard do.
export async function marketId(api, symbol) {
  const markets = (await api.call.venueApi.markets()).toHuman();
  const found = markets.find((m) => m.name?.symbol === symbol);
  if (!found) throw new Error(`no market is named ${symbol}: ${JSON.stringify(markets)}`);
  return Number(String(found.id).replaceAll(',', ''));
}

// The node's `risk_*` RPCs for @polkadot/api (`clients/risk-rpc.json`, shared with the dashboard).
export const riskRpc = JSON.parse(readFileSync(new URL('../../clients/risk-rpc.json', import.meta.url), 'utf8'));

// An API connected to `url`, with the `risk_*` RPCs, failing at once if the node is not there.
export function connect(url) {
  return ApiPromise.create({ provider: new WsProvider(url, 1_000), noInitWarn: true, throwOnConnect: true, rpc: riskRpc });
}

// Signs and submits through `api`, resolving with the block's event names (the events
// themselves with `{ events: true }`) once in a block and rejecting with the module error's name
// on a dispatch error. On a dev chain the feeder's offchain worker may take the nonce a wallet
// picked (pool error 1014): sign again with a later one.
export function sender(api, { events: whole = false } = {}) {
  const once = (signer, tx, nonce) =>
    new Promise((resolve, reject) => {
      tx.signAndSend(signer, { nonce }, ({ status, dispatchError, events }) => {
        if (dispatchError) {
          const detail = dispatchError.isModule ? api.registry.findMetaError(dispatchError.asModule) : null;
          reject(new Error(detail ? `${detail.section}.${detail.name}` : dispatchError.toString()));
        } else if (status.isInBlock) {
          resolve(events.map(({ event }) => (whole ? event : `${event.section}.${event.method}`)));
        }
      }).catch(reject);
    });
  return async (signer, tx) => {
    for (let attempt = 0; ; attempt += 1) {
      const next = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
      try {
        return await once(signer, tx, next + attempt);
      } catch (error) {
        if (!String(error).includes('1014') || attempt >= 4) throw error;
      }
    }
  };
}
