// Opens one leveraged position as a wallet would: deposits bUSD and trades `leverage` times it at
// the live mark, long or short. Prints one JSON line once the trade is in a block.
//
//   node scripts/open-position.mjs ws://127.0.0.1:9944 //Dave <market id> <long|short> <leverage> [deposit bUSD = 2000] [timeout s = 120]
import { Keyring } from '@polkadot/api';
import { connect, script, sender } from './lib.mjs';

const [url, uri, marketArg, side, leverageArg, depositArg, timeoutArg] = process.argv.slice(2);
const market = Number(marketArg);
const leverage = BigInt(leverageArg);
const USD = 1_000_000n; // bUSD atoms per dollar
const BASE = 1_000_000_000n; // base atoms per coin
const FIXED = 10n ** 18n;
const deposit = BigInt(depositArg ?? 2_000) * USD;
const { fail, check } = script('open-position', Number(timeoutArg ?? 120) * 1_000);
check(side === 'long' || side === 'short', `side must be long or short, not ${side}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const api = await connect(url);
const trader = new Keyring({ type: 'sr25519' }).addFromUri(uri);
const send = sender(api);

let mark = null;
while (mark === null) {
  const feed = await api.call.oracleApi.feed(market);
  if (feed.isSome && feed.unwrap().status.toString() === 'Live') mark = feed.unwrap().mark.toBigInt();
  else await sleep(1_000);
}
const size = (deposit * leverage * BASE * FIXED) / (mark * USD);
const [delta, limit] = side === 'long' ? [size, (mark * 102n) / 100n] : [-size, (mark * 98n) / 100n];
try {
  await send(trader, api.tx.margin.deposit(deposit));
  const events = await send(trader, api.tx.margin.trade(market, delta, limit));
  check(events.includes('margin.Traded'), `no margin.Traded among ${events}`);
} catch (error) {
  fail(`the trade failed: ${error.message}`);
}
console.log(JSON.stringify({ trader: trader.address, market, side, leverage: Number(leverage), size: String(delta), mark: String(mark) }));
process.exit(0);
