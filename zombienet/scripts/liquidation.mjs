// The dev chain's liquidation demo, through @polkadot/api as a wallet and an explorer would:
// Dave deposits bUSD and opens a leveraged ETH-USD long ahead of the replayed 2025-10-10
// cascade; as the mark falls the chain liquidates him by itself in `on_initialize`, partially
// while his position is large, then whole once what would be left is under the engine's
// partial minimum. Every `liquidation.Liquidated` event for Dave is read from the blocks (what
// polkadot.js apps' explorer shows) and the queue from `api.call.liquidationApi`. Prints one
// JSON line; exits non-zero unless it sees a partial liquidation and then a full one.
//
//   node scripts/liquidation.mjs [ws://127.0.0.1:9944] [market id = 2 (ETH-USD)] [leverage = 15] [timeout s = 600] [deposit bUSD = 2000]
//
// Whether the first pass can be partial depends on the position's size: a pass leaves at most
// what survives the next block's likely move, and closes whole what would be left under the
// engine's partial minimum (10 k bUSD), so a small position in a fast fall goes whole at once.
import { Keyring } from '@polkadot/api';
import { connect, script, sender } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const market = Number(process.argv[3] ?? 2);
const leverage = BigInt(process.argv[4] ?? 15);
const TIMEOUT_MS = Number(process.argv[5] ?? 600) * 1_000;
const USD = 1_000_000n; // bUSD atoms per dollar
const BASE = 1_000_000_000n; // base atoms per coin
const FIXED = 10n ** 18n;
const DEPOSIT = BigInt(process.argv[6] ?? 2_000) * USD;

const { fail, check } = script('liquidation', TIMEOUT_MS);
const fixed = (value) => Number((value.toBigInt() * 1_000_000n) / FIXED) / 1e6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The dev script starts this before the node serves: keep trying for a minute.
async function connectWhenUp() {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await connect(url);
    } catch (error) {
      if (attempt >= 60) throw error;
      await sleep(1_000);
    }
  }
}

const api = await connectWhenUp();
check(api.call.liquidationApi?.atRisk, 'the runtime offers no liquidationApi');
const dave = new Keyring({ type: 'sr25519' }).addFromUri('//Dave');

const sendAs = sender(api);
const send = (tx) => sendAs(dave, tx);

// 1. A live mark.
let mark = null;
while (mark === null) {
  const feed = await api.call.oracleApi.feed(market);
  if (feed.isSome && feed.unwrap().status.toString() === 'Live') mark = feed.unwrap().mark.toBigInt();
  else await sleep(2_000);
}

// 2. Watch every block's events for Dave's liquidations from now on.
const liquidations = [];
let resolveClosed;
const closed = new Promise((resolve) => (resolveClosed = resolve));
const unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
  const at = await api.at(header.hash);
  for (const { event } of await at.query.system.events()) {
    if (event.section !== 'liquidation' || event.method !== 'Liquidated') continue;
    const { who, closed: size, price, penalty, healthAfter } = event.data;
    if (who.toString() !== dave.address) continue;
    const entry = {
      block: header.number.toNumber(),
      closed: Number(size.toBigInt()) / 1e9,
      price: fixed(price),
      penalty: Number(penalty.toBigInt()) / 1e6,
      healthAfter: healthAfter.isSome ? fixed(healthAfter.unwrap()) : null,
    };
    liquidations.push(entry);
    console.error(`liquidation: block ${entry.block}: ${entry.closed} closed at ${entry.price}, health after ${entry.healthAfter ?? 'none (closed)'}`);
    if (entry.healthAfter === null) resolveClosed();
  }
});

// 3. Dave's long: `leverage` times his deposit.
const notional = DEPOSIT * leverage;
const size = (notional * BASE * FIXED) / (mark * USD);
await send(api.tx.margin.deposit(DEPOSIT));
const opened = await send(api.tx.margin.trade(market, size, (mark * 102n) / 100n));
check(opened.includes('margin.Traded'), `no Traded event: ${opened}`);
const account = (await api.call.marginApi.account(dave.address)).unwrap();
const position = account.positions[0];
const queued = (await api.call.liquidationApi.atRisk(100)).find((entry) => entry.who.toString() === dave.address);
check(queued !== undefined, 'an open position is in the liquidation index');
const openedAt = {
  mark: fixed(position.markPrice),
  size: Number(position.get('size_').toBigInt()) / 1e9,
  leverage: Number(notional / USD) / (Number(account.equity.toBigInt()) / 1e6),
  liquidationPrice: position.liquidationPrice.isSome ? fixed(position.liquidationPrice.unwrap()) : null,
  distance: fixed(queued.distance),
};
console.error(`liquidation: Dave opened ${openedAt.size} at ${openedAt.mark} (${openedAt.leverage.toFixed(1)}x), liquidation price ${openedAt.liquidationPrice}`);

// 4. The replayed crash does the rest.
await closed;
unsubscribe();
const after = await api.call.marginApi.account(dave.address);
const left = after.isSome ? after.unwrap() : null;
check(left === null || left.positions.length === 0, 'a position is left after the full liquidation');
const partial = liquidations.filter((l) => l.healthAfter !== null);
check(partial.length >= 1, `no partial liquidation before the full one: ${JSON.stringify(liquidations)}`);
check(liquidations.at(-1).healthAfter === null, 'the last liquidation closed the position');
check(partial.every((l) => l.healthAfter >= 1.25), `a partial liquidation fell short of the target: ${JSON.stringify(partial)}`);
const state = await api.call.liquidationApi.state(1_000);

console.log(
  JSON.stringify({
    opened: openedAt,
    liquidations,
    collateralLeft: left ? Number(left.collateral.toBigInt()) / 1e6 : 0,
    watermark: Number((state.watermark.toBigInt() * 1_000_000n) / FIXED) / 1e6,
    indexed: state.indexed.toNumber(),
  }),
);
await api.disconnect();
process.exit(0);
