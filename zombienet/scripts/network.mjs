// What the multi-node crisis scripts share: every node of the network (from BALLAST_NODES,
// which zombienet's hook `tests/script.cjs` sets), the price feed's controls, each node's
// finalized view, the stablecoin's conservation on every node's finalized state, and who
// authored a block. Block by block reading is done on finalized blocks only, so what a script
// asserts is what the network agreed on.
import { connect, marketId } from './lib.mjs';

export const FIXED = 10n ** 18n;
export const USD = 1_000_000n; // bUSD atoms per dollar
export const BASE = 1_000_000_000n; // base atoms per coin
export const fixed = (value) => Number((value.toBigInt() * 1_000_000n) / FIXED) / 1e6;
export const bUSD = (value) => Number(value.toBigInt()) / 1e6;
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Every node as `{ name, url }`.
export function networkNodes() {
  const spec = process.env.BALLAST_NODES ?? '';
  return spec.split(',').filter(Boolean).map((entry) => {
    const [name, url] = entry.split('=');
    return { name, url };
  });
}

// An API for every node, by name. A node being restarted is retried for `patienceMs`.
export async function connectAll(patienceMs = 60_000) {
  const apis = {};
  for (const { name, url } of networkNodes()) {
    const deadline = Date.now() + patienceMs;
    for (;;) {
      try {
        apis[name] = await connect(url);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`${name} at ${url}: ${error.message ?? error}`);
        await sleep(1_000);
      }
    }
  }
  return apis;
}

// The price feed (ballast-price-feed) the validators' offchain workers read.
export const priceFeed = process.env.BALLAST_PRICE_FEED ?? 'http://127.0.0.1:8910';

export async function feedPost(pathAndQuery) {
  const response = await fetch(`${priceFeed}${pathAndQuery}`, { method: 'POST' });
  const body = await response.json();
  if (!response.ok) throw new Error(`POST ${pathAndQuery}: ${JSON.stringify(body)}`);
  return body;
}

export async function feedPrice(market, feeder) {
  const response = await fetch(`${priceFeed}/price/${market}?feeder=${feeder}`);
  return (await response.json()).price;
}

// Each node's finalized height, and the finalized block they all have, which must be one hash.
export async function finalizedAgreement(apis) {
  const heads = {};
  for (const [name, api] of Object.entries(apis)) {
    const hash = await api.rpc.chain.getFinalizedHead();
    heads[name] = (await api.rpc.chain.getHeader(hash)).number.toNumber();
  }
  const common = Math.min(...Object.values(heads));
  const hashes = {};
  for (const [name, api] of Object.entries(apis)) hashes[name] = (await api.rpc.chain.getBlockHash(common)).toHex();
  const agreed = new Set(Object.values(hashes)).size === 1;
  return { finalized: heads, common, hash: hashes[Object.keys(hashes)[0]], agreed };
}

// SolvencyApi at one block: a call sums a page of accounts and hands back a cursor; the
// figures are judged on the last page.
export async function solvencyAt(apiAt) {
  let solvency = await apiAt.call.solvencyApi.solvency(null);
  for (let pages = 1; solvency.next.isSome; pages += 1) {
    if (pages > 10_000) throw new Error('solvencyApi: the cursor does not move on');
    solvency = await apiAt.call.solvencyApi.solvency(solvency.next.unwrap());
  }
  return solvency;
}

// The stablecoin's ledgers (SolvencyApi) on each node's finalized state, and the bUSD supply at
// genesis: every node must find every unit accounted for, no shortfall left, the supply unchanged.
export async function solvencyEverywhere(apis) {
  const result = {};
  for (const [name, api] of Object.entries(apis)) {
    const genesis = await api.at(await api.rpc.chain.getBlockHash(0));
    const head = await api.rpc.chain.getFinalizedHead();
    const solvency = await solvencyAt(await api.at(head));
    const genesisSupply = (await genesis.query.assets.asset(1)).unwrap().supply.toBigInt();
    result[name] = {
      conserved: solvency.conserved.isTrue,
      supplyUnchanged: solvency.supply.toBigInt() === genesisSupply,
      shortfall: bUSD(solvency.shortfall),
      supply: bUSD(solvency.supply),
      marginHeld: bUSD(solvency.marginHeld),
      fundHeld: bUSD(solvency.fundHeld),
    };
  }
  return result;
}

export const VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];

// The validators' names by their dev accounts' addresses (their Aura keys), for `authorOf`.
export function validatorNames(keyring) {
  return Object.fromEntries(VALIDATORS.map((n) => [keyring.addFromUri(`//${n[0].toUpperCase()}${n.slice(1)}`).address, n]));
}

// The Aura slot `header` was authored in: its pre-runtime digest, a SCALE u64.
export function slotOf(header) {
  const aura = header.digest.logs.find((log) => log.isPreRuntime && log.asPreRuntime[0].toString() === 'aura');
  return aura ? header.registry.createType('u64', aura.asPreRuntime[1].toU8a(true)).toBigInt() : null;
}

// The Aura author of `header`, or of a slot: the authority whose turn it is.
export function authorOf(header, authorities) {
  const slot = slotOf(header);
  return slot === null ? null : authorities[Number(slot % BigInt(authorities.length))];
}

// Calls `visit(number, hash, header, events)` for each finalized block after `from`, in order,
// until `done()` says so or `timeoutMs` passes; returns the last block visited. Follows the
// node's finalized heads (`chain_subscribeFinalizedHeads`); a head may finalize several blocks at
// once, and each of them is visited.
export async function followFinalized(api, from, visit, done, timeoutMs) {
  let next = from + 1;
  let stopped = false;
  let unsubscribe = () => {};
  const finished = new Promise((resolve, reject) => {
    let queue = Promise.resolve();
    const catchUp = (finalized) => async () => {
      for (; !stopped && next <= finalized; next += 1) {
        const hash = await api.rpc.chain.getBlockHash(next);
        const header = await api.rpc.chain.getHeader(hash);
        const events = await (await api.at(hash)).query.system.events();
        await visit(next, hash, header, events.map(({ event }) => event));
        if (await done()) {
          stopped = true;
          resolve(next);
          return;
        }
      }
    };
    api.rpc.chain
      .subscribeFinalizedHeads((head) => {
        queue = queue.then(catchUp(head.number.toNumber())).catch(reject);
      })
      .then((stop) => {
        unsubscribe = stop;
      }, reject);
  });
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => {
      stopped = true;
      resolve(next - 1);
    }, timeoutMs);
  });
  try {
    return await Promise.race([finished, timedOut]);
  } finally {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  }
}

// Waits until `market`'s feed is Live on `api`; its mark.
export async function liveMark(api, market, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const feed = await api.call.oracleApi.feed(market);
    if (feed.isSome && feed.unwrap().status.toString() === 'Live') return feed.unwrap().mark.toBigInt();
    await sleep(2_000);
  }
  throw new Error(`market ${market} did not go live within ${timeoutMs / 1000} s`);
}

// The markets the crisis scripts trade, by the ids the chain gives their symbols, read once
// from the first node that answers.
async function marketIdsOnChain() {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    for (const { url } of networkNodes()) {
      try {
        const api = await connect(url);
        const ids = [await marketId(api, 'BTC-USD'), await marketId(api, 'ETH-USD')];
        await api.disconnect();
        return ids;
      } catch {
        // Not up yet, or being restarted: the next node, then again.
      }
    }
    await sleep(1_000);
  }
  throw new Error('no node of BALLAST_NODES serves the markets\' names');
}
export const [BTC, ETH] = await marketIdsOnChain();
