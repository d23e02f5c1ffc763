// The dynamic margins on a dev chain fed by the replayed 2025-10-10 cascade, as a risk team
// watches them through @polkadot/api: ETH-USD's margin multipliers (`margin.markets(2).scale`)
// and the crisis level each block, and every `margin.MarginScaleChanged` event, until the
// initial multiplier has passed `target` (or the timeout). Prints one JSON line.
//
//   node scripts/margins.mjs <ws url> [target = 1.5] [timeout s = 420]
import { connect, marketId, script } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const target = Number(process.argv[3] ?? 1.5);
const TIMEOUT_MS = Number(process.argv[4] ?? 420) * 1_000;
const FIXED = 10n ** 18n;

const { check } = script('margins', TIMEOUT_MS);
const fixed = (value) => Number((value.toBigInt() * 1_000_000n) / FIXED) / 1e6;
const api = await connect(url);
const ETH = await marketId(api, 'ETH-USD');
check(api.query.margin?.markets, 'the runtime has no margin engine');

const blocks = [];
const announced = [];
await new Promise((resolve) => {
  api.rpc.chain.subscribeNewHeads(async (header) => {
    const at = await api.at(header.hash);
    const [market, venue, breaker, feed, records] = await Promise.all([
      at.query.margin.markets(ETH),
      at.query.circuitBreaker.venue(),
      at.query.circuitBreaker.breakers(ETH),
      at.call.oracleApi.feed(ETH),
      at.query.system.events(),
    ]);
    const scale = market.unwrap().scale;
    const point = {
      block: header.number.toNumber(),
      initial: fixed(scale.initial),
      maintenance: fixed(scale.maintenance),
      level: venue.level.toString(),
      breaker: breaker.unwrap().state.toString(),
      index: feed.isSome ? fixed(feed.unwrap().index) : null,
      volatility: feed.isSome ? fixed(feed.unwrap().volatility) : null,
    };
    blocks.push(point);
    for (const { event } of records) {
      if (event.section === 'margin' && event.method === 'MarginScaleChanged' && event.data.market.toNumber() === ETH) {
        announced.push({ block: point.block, initial: fixed(event.data.initial), maintenance: fixed(event.data.maintenance) });
      }
    }
    console.error(`margins: block ${point.block} ETH ${point.index} initial x${point.initial} maintenance x${point.maintenance} ${point.level}`);
    if (point.initial > target) resolve();
  });
});

const peak = blocks.reduce((best, b) => (b.initial > best.initial ? b : best), blocks[0]);
console.log(JSON.stringify({ peak, announced, blocks }));
process.exit(0);
