// Watches the oracle of a Ballast chain fed by validators' offchain workers, as a trader's or
// risk team's polkadot.js sees it: `api.call.oracleApi.feeds()` each block and the oracle's
// events. Then, when given the replay server's address, makes BTC-USD spike there and
// checks the mark price moves at most its per-block cap while the index jumps. Fails unless both
// markets go live by block 12 and move, every block is submitted to, and no feeder is suspended.
// Prints one JSON line; exits non-zero on any failure.
//
//   node scripts/oracle.mjs [ws://127.0.0.1:9944] [blocks to watch = 8] [http://127.0.0.1:8910]
import { connect, script } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const watchBlocks = Number(process.argv[3] ?? 8);
const replay = process.argv[4];
const TIMEOUT_MS = 240_000;
const MARKETS = { 1: 'BTC-USD', 2: 'ETH-USD' };
const SPIKE = 1.5;

const { fail, check } = script('oracle', TIMEOUT_MS);

const api = await connect(url);
check(api.call.oracleApi?.feeds, 'the runtime offers no oracleApi.feeds');

// Price is a FixedU128: 18 decimals.
const dollars = (fixed) => Number(fixed.toBigInt() / 10n ** 12n) / 1e6;

async function feedsAt(hash) {
  const apiAt = await api.at(hash);
  const feeds = await apiAt.call.oracleApi.feeds();
  const out = {};
  for (const [market, snapshot] of feeds) {
    const name = MARKETS[market.toNumber()] ?? `market-${market}`;
    if (snapshot.isNone) {
      out[name] = null;
      continue;
    }
    const s = snapshot.unwrap();
    out[name] = {
      index: dollars(s.index),
      mark: dollars(s.mark),
      volatility: dollars(s.volatility),
      updatedAt: s.updatedAt.toNumber(),
      status: s.status.toString(),
    };
  }
  return out;
}

async function oracleEvents(hash) {
  const events = await (await api.at(hash)).query.system.events();
  return events.filter(({ event }) => event.section === 'oracle').map(({ event }) => event.method);
}

// Calls `onBlock(number, feeds, events)` for each new best block until it returns true.
function watch(onBlock) {
  return new Promise((resolve, reject) => {
    let busy = Promise.resolve();
    let finished = false;
    const subscription = api.rpc.chain.subscribeNewHeads((header) => {
      busy = busy
        .then(async () => {
          if (finished) return;
          const hash = header.hash;
          if (await onBlock(header.number.toNumber(), await feedsAt(hash), await oracleEvents(hash))) {
            finished = true;
            (await subscription)();
            resolve();
          }
        })
        .catch(reject);
    });
    subscription.catch(reject);
  });
}

// 1. Both markets go live and move with the replay.
const history = { 'BTC-USD': [], 'ETH-USD': [] };
const eventCounts = {};
let liveBlocks = 0;
await watch((number, feeds, events) => {
  for (const method of events) eventCounts[method] = (eventCounts[method] ?? 0) + 1;
  const live = Object.keys(history).every((name) => feeds[name]?.status === 'Live');
  if (!live) return false;
  liveBlocks += 1;
  for (const name of Object.keys(history)) history[name].push({ block: number, ...feeds[name] });
  return liveBlocks >= watchBlocks;
});

const summary = {};
for (const [name, points] of Object.entries(history)) {
  const indices = new Set(points.map((p) => p.index));
  const marks = new Set(points.map((p) => p.mark));
  check(indices.size >= 3, `${name}'s index did not move: ${JSON.stringify(points)}`);
  check(marks.size >= 3, `${name}'s mark did not move: ${JSON.stringify(points)}`);
  summary[name] = { first: points[0], last: points.at(-1), distinctIndices: indices.size };
}
check((eventCounts.PricesSubmitted ?? 0) >= watchBlocks, `too few submissions: ${JSON.stringify(eventCounts)}`);
// Priced from the chain's first blocks (a quorum of the feeders is reached at once): the first
// Live block of each market, looked up from block 1 (the script may start on a running chain).
for (const [name, { first }] of Object.entries(summary)) {
  let block = 1;
  while (block < first.block && (await feedsAt(await api.rpc.chain.getBlockHash(block)))[name]?.status !== 'Live') block += 1;
  summary[name].firstLiveBlock = block;
  check(block <= 12, `${name} went live only at block ${block}`);
}
// No honest feeder is suspended (on four validators, dave's source reads 3 % high: no liar).
check(!eventCounts.FeederSuspended, `a feeder was suspended: ${JSON.stringify(eventCounts)}`);

// 2. A spike at the source moves the index at once, the mark at most by its cap per block.
let spike = null;
if (replay) {
  const cap = (await api.query.oracle.markets(1)).unwrap().markCap.toNumber() / 1e9;
  const before = history['BTC-USD'].at(-1);
  const response = await fetch(`${replay}/fault/BTC-USD?kind=spike&factor=${SPIKE}`, { method: 'POST' });
  check(response.ok, `the replay refused the fault: ${response.status}`);
  let previous = before.mark;
  let marks = null; // the mark the block before the index jumped, then each block's
  let jumped = null;
  await watch((number, feeds) => {
    const btc = feeds['BTC-USD'];
    if (btc?.status !== 'Live' || btc.updatedAt !== number) return false;
    if (marks === null && btc.index > before.index * 1.3) {
      marks = [previous];
      jumped = number;
    }
    if (marks === null) {
      previous = btc.mark;
      return false;
    }
    marks.push(btc.mark);
    return marks.length >= 4;
  });
  const steps = marks.slice(1).map((mark, i) => mark / marks[i] - 1);
  for (const step of steps) check(step <= cap + 1e-6, `the mark moved ${step} in a block; cap ${cap}`);
  check(steps.every((step) => step > 0), `the mark did not follow the spike: ${marks}`);
  await fetch(`${replay}/fault/BTC-USD?kind=clear`, { method: 'POST' });
  spike = { cap, marks, steps, indexJumpedAt: jumped };
}

console.log(JSON.stringify({ watched: liveBlocks, markets: summary, events: eventCounts, spike }));
await api.disconnect();
process.exit(0);
