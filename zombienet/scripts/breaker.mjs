// The circuit breakers on a dev chain, as a trader and a risk team see them through
// @polkadot/api. Eve holds a small ETH-USD long; the replay server is told to lift ETH 15 %
// (the breaker makes ETH-USD reduce-only: Eve's order to grow is refused with
// `margin.MarketReduceOnly`, her order to shrink goes through), then 40 % (halted: even her
// reduction is refused with `margin.MarketHalted`, and the margin multiplier rises with the
// crisis level), then the fault is cleared and the market resumes by itself, reduce-only first
// and open a cooldown later. Reads `circuitBreaker.breakers`, `circuitBreaker.venue` and
// `margin.markets` each block and the breaker's events, and while halted asks the
// circuitBreakerApi and reputationApi runtime APIs what a trader would; prints one JSON line;
// exits non-zero unless every step came in order.
//
//   node scripts/breaker.mjs <ws url> <replay url> [timeout s = 600]
import { Keyring } from '@polkadot/api';
import { connect, marketId, script, sender } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const replay = process.argv[3] ?? 'http://127.0.0.1:8910';
const TIMEOUT_MS = Number(process.argv[4] ?? 600) * 1_000;
const USD = 1_000_000n;
const FIXED = 10n ** 18n;

const { fail, check } = script('breaker', TIMEOUT_MS);
const fixed = (value) => Number((value.toBigInt() * 1_000_000n) / FIXED) / 1e6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const api = await connect(url);
const ETH = await marketId(api, 'ETH-USD');
check(api.query.circuitBreaker?.breakers, 'the runtime has no circuit breaker');
const eve = new Keyring({ type: 'sr25519' }).addFromUri('//Eve');
const send = sender(api);

async function fault(query) {
  const response = await fetch(`${replay}/fault/ETH-USD?${query}`, { method: 'POST' });
  check(response.ok, `the replay refused the fault ${query}: ${response.status}`);
}

// ETH-USD's breaker, crisis level and margin multipliers at every new block.
const blocks = [];
const events = [];
const unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
  const at = await api.at(header.hash);
  const [breaker, venue, market, records] = await Promise.all([
    at.query.circuitBreaker.breakers(ETH),
    at.query.circuitBreaker.venue(),
    at.query.margin.markets(ETH),
    at.query.system.events(),
  ]);
  const scale = market.unwrap().scale;
  blocks.push({
    block: header.number.toNumber(),
    state: breaker.unwrap().state.toString(),
    level: venue.level.toString(),
    initial: fixed(scale.initial),
    maintenance: fixed(scale.maintenance),
  });
  for (const { event } of records) {
    if (event.section !== 'circuitBreaker') continue;
    // Named fields of the event (polkadot.js keeps their names in `event.data.names`).
    const names = event.data.names ?? event.data.map((_, i) => String(i));
    const data = Object.fromEntries(names.map((name, i) => [name, event.data[i].toJSON()]));
    events.push({ block: header.number.toNumber(), method: event.method, data });
  }
});
const stateNow = () => blocks.at(-1)?.state;
const waitFor = async (what, condition) => {
  while (!condition()) await sleep(500);
  console.error(`breaker: ${what} at block ${blocks.at(-1).block}`);
  return blocks.at(-1).block;
};
const refusal = async (tx) => {
  try {
    await send(eve, tx);
    return null;
  } catch (error) {
    return String(error.message ?? error);
  }
};

// 1. A live ETH-USD mark, and Eve's small long (about 1x).
let mark = null;
while (mark === null) {
  const feed = await api.call.oracleApi.feed(ETH);
  if (feed.isSome && feed.unwrap().status.toString() === 'Live') mark = feed.unwrap().mark.toBigInt();
  else await sleep(2_000);
}
await waitFor('first block watched', () => blocks.length > 0);
check(stateNow() === 'Open', `ETH-USD is not open at the start: ${stateNow()}`);
const coin = 1_000_000_000n;
await send(eve, api.tx.margin.deposit(10_000n * USD));
await send(eve, api.tx.margin.trade(ETH, 2n * coin, (mark * 110n) / 100n));

// 2. A 15 % spike: reduce-only.
await fault('kind=spike&factor=1.15');
const reduceOnlyAt = await waitFor('reduce-only', () => stateNow() === 'ReduceOnly');
const growRefused = await refusal(api.tx.margin.trade(ETH, coin / 10n, FIXED * 1_000_000n));
check(growRefused === 'margin.MarketReduceOnly', `growing was not refused as reduce-only: ${growRefused}`);
const shrank = await refusal(api.tx.margin.trade(ETH, -coin / 10n, 0));
check(shrank === null, `shrinking was refused: ${shrank}`);

// 3. A 40 % spike: halted; the margins tighten with the crisis level.
await fault('kind=spike&factor=1.4');
const haltedAt = await waitFor('halted', () => stateNow() === 'Halted');
const reduceRefused = await refusal(api.tx.margin.trade(ETH, -coin / 10n, 0));
check(reduceRefused === 'margin.MarketHalted', `a trade in a halted market was not refused: ${reduceRefused}`);
// What the runtime APIs tell a trader before an order: the state enforced and when the
// breaker steps back by itself, the venue's crisis level, the pools' withdrawal room, and the
// leverage her reputation tier allows in this market.
const view = (await api.call.circuitBreakerApi.market(ETH)).unwrap();
const venue = await api.call.circuitBreakerApi.venue();
const limits = await api.call.circuitBreakerApi.withdrawalLimits();
const standing = await api.call.reputationApi.standing(eve.address, ETH);
const apiView = {
  effective: view.effective.toString(),
  stepsBackAt: view.stepsBackAt.isSome ? view.stepsBackAt.unwrap().toNumber() : null,
  level: venue.level.toString(),
  pools: limits.map((limit) => limit.pool.toString()),
  tier: standing.tier.toNumber(),
  maxLeverage: fixed(standing.maxLeverage),
};
await waitFor('margins tightened', () => blocks.at(-1).initial > 1);
const tightened = blocks.at(-1);

// 4. The fault cleared: back by itself, one state at a time.
await fault('kind=clear');
const resumedReduceOnlyAt = await waitFor('reduce-only again by itself', () => stateNow() === 'ReduceOnly');
const openAt = await waitFor('open again by itself', () => stateNow() === 'Open');
unsubscribe();

const changes = events.filter((e) => e.method === 'StateChanged').map((e) => ({ block: e.block, ...e.data }));
const path = changes.map((c) => `${c.from}->${c.to}`);
check(!path.includes('Halted->Open'), `a halted market opened in one step: ${path}`);
console.log(
  JSON.stringify({
    reduceOnlyAt,
    haltedAt,
    resumedReduceOnlyAt,
    openAt,
    growRefused,
    reduceRefused,
    tightened,
    api: apiView,
    changes,
    crisisLevels: events.filter((e) => e.method === 'CrisisLevelChanged').map((e) => ({ block: e.block, ...e.data })),
  }),
);
process.exit(0);
