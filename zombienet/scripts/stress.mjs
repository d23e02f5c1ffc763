// The `risk_*` RPCs on a dev chain, as a risk team calls them through @polkadot/api with the
// shipped definitions (`clients/risk-rpc.json`, `api.rpc.risk.*`): eve, ferdie and charlie open ETH-USD longs at about 4×, 10× and 15×; the
// stress test is asked what a one-step 18 % fall would do; then the replay source is made to
// read 18 % low and the chain's own liquidations are compared with the answer (the same
// accounts, each partially or wholly). Also reads `risk_accountHealth` and `risk_marketState`,
// checks that `rpc_methods` lists the three, that a malformed request gets a clear JSON-RPC
// error and that one past the limits is refused. Prints one JSON line; exits non-zero on any
// mismatch.
//
//   node scripts/stress.mjs <ws url> <replay url> [timeout s = 300]
import { Keyring } from '@polkadot/api';
import { connect, marketId, script, sender } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const replay = process.argv[3] ?? 'http://127.0.0.1:8910';
const TIMEOUT_MS = Number(process.argv[4] ?? 300) * 1_000;
const USD = 1_000_000n;
const BASE = 1_000_000_000n;
const FIXED = 10n ** 18n;
const FALL = 18; // percent: the mark follows by its 5 % cap in the first block

const { check } = script('stress', TIMEOUT_MS);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message) => console.error(`stress: ${message}`);
const api = await connect(url);
const ETH = await marketId(api, 'ETH-USD');
const send = sender(api);
// `risk_x` through `api.rpc.risk.x`, answering JSON; `rpc_methods` through `api.rpc.rpc.methods`.
const rpc = async (method, params) => {
  if (method === 'rpc_methods') return (await api.rpc.rpc.methods()).toJSON();
  const name = method.replace(/^risk_/, '');
  return (await api.rpc.risk[name](...params)).toJSON();
};
const keyring = new Keyring({ type: 'sr25519' });
const traders = [
  [keyring.addFromUri('//Eve'), 4n],
  [keyring.addFromUri('//Ferdie'), 10n],
  [keyring.addFromUri('//Charlie'), 15n],
];

const methods = (await rpc('rpc_methods', [])).methods;
for (const name of ['risk_stressTest', 'risk_accountHealth', 'risk_marketState', 'risk_bookRisk']) check(methods.includes(name), `rpc_methods lacks ${name}`);

// 1. A live ETH-USD mark, then the longs.
let mark = null;
while (mark === null) {
  const feed = await api.call.oracleApi.feed(ETH);
  if (feed.isSome && feed.unwrap().status.toString() === 'Live') mark = feed.unwrap().mark.toBigInt();
  else await sleep(1_000);
}
await Promise.all(
  traders.map(async ([trader, leverage]) => {
    const deposit = 2_000n * USD;
    const size = (deposit * leverage * BASE * FIXED) / (mark * USD);
    await send(trader, api.tx.margin.deposit(deposit));
    await send(trader, api.tx.margin.trade(ETH, size, (mark * 103n) / 100n));
  }),
);
log('longs opened');

const health = await rpc('risk_accountHealth', [traders[2][0].address]);
check(health.open && health.positions.length === 1 && health.positions[0].market === 'ETH-USD', `accountHealth: ${JSON.stringify(health)}`);
// Its chance of liquidation within the horizon, no lower than the 4× long's; the book's sum.
const chance = (h) => Number(h.liquidation?.probability);
const calmer = await rpc('risk_accountHealth', [traders[0][0].address]);
check(chance(health) >= 0 && chance(health) <= 1 && chance(health) >= chance(calmer), `chances: 15× ${chance(health)}, 4× ${chance(calmer)}`);
check(health.liquidation.horizonBlocks === 600, `the horizon: ${JSON.stringify(health.liquidation)}`);
const book = await rpc('risk_bookRisk', []);
check(book.accounts >= 3 && Number(book.expectedLiquidations) + 1e-9 >= chance(health), `bookRisk: ${JSON.stringify(book)}`);
log(`15× long: ${chance(health)} within ${health.liquidation.horizonBlocks} blocks; book: ${book.expectedLiquidations} expected, ${book.expectedShortfall} shortfall`);
const market = await rpc('risk_marketState', ['ETH-USD']);
check(market.price?.status === 'Live' && market.breaker && market.margins, `marketState: ${JSON.stringify(market)}`);

// 2. What a one-step 18 % fall would do, in a few blocks' time as in one.
const scenario = (percent) => ({ steps: [{ shocks: [{ market: 'ETH-USD', percent: String(-percent) }] }], list: 20 });
const tripled = { ...scenario(1), marginMultiplier: '3' };
const answer = await rpc('risk_stressTest', [[scenario(FALL), scenario(1), tripled]]);
const predicted = answer.scenarios[0][0];
log(`predicted at ${answer.at}: ${JSON.stringify(predicted.largest)}`);
const ours = new Set(traders.map(([t]) => t.address));
const predictedAccounts = predicted.largest.filter((l) => ours.has(l.account)).map((l) => `${l.account}:${l.whole}`).sort();
check(predictedAccounts.length > 0, `an 18 % fall liquidates nobody: ${JSON.stringify(predicted)}`);
check(answer.scenarios[1][0].largest.filter((l) => ours.has(l.account)).length === 0, 'a 1 % fall liquidates one of the longs');
// At three times the margins the 15× long (6.7 % equity) is below maintenance at a 1 % fall.
check(answer.scenarios[2][0].largest.some((l) => l.account === traders[2][0].address), `tripled margins: ${JSON.stringify(answer.scenarios[2][0])}`);

// 3. Bad requests.
const refusal = async (method, params) => {
  try {
    await rpc(method, params);
    return null;
  } catch (error) {
    return String(error.message ?? error);
  }
};
const typo = await refusal('risk_stressTest', [[{ steps: [{ shocks: [{ market: 'ETH-USD', percnt: '-5' }] }] }]]);
check(typo && typo.includes('percnt'), `a misspelt field: ${typo}`);
const unknown = await refusal('risk_marketState', ['DOGE-USD']);
check(unknown && unknown.includes('unknown market'), `an unknown market: ${unknown}`);
const many = await refusal('risk_stressTest', [Array(17).fill(scenario(1))]);
check(many && many.includes('at most 16 scenarios'), `17 scenarios: ${many}`);
const loose = await refusal('risk_stressTest', [[{ ...scenario(1), marginMultiplier: '0.5' }]]);
check(loose && loose.includes('marginMultiplier between 1 and 10'), `a multiplier of 0.5: ${loose}`);

// 4. The chain, when the source reads 18 % low: its first block of liquidations of our longs.
const seen = [];
await api.rpc.chain.subscribeNewHeads(async (header) => {
  const at = await api.at(header.hash);
  for (const { event } of await at.query.system.events()) {
    if (event.section !== 'liquidation' || event.method !== 'Liquidated') continue;
    const who = event.data.who.toString();
    if (ours.has(who)) seen.push({ block: header.number.toNumber(), who, whole: event.data.healthAfter.isNone });
  }
});
const response = await fetch(`${replay}/fault/ETH-USD?kind=spike&factor=${1 - FALL / 100}`, { method: 'POST' });
check(response.ok, `the replay refused the fault: ${response.status}`);
while (seen.length === 0) await sleep(300);
await sleep(500);
const first = seen[0].block;
const chainAccounts = seen.filter((s) => s.block === first).map((s) => `${s.who}:${s.whole}`).sort();
log(`the chain liquidated at block ${first}: ${chainAccounts}`);
check(JSON.stringify(chainAccounts) === JSON.stringify(predictedAccounts), `predicted ${predictedAccounts}, the chain did ${chainAccounts}`);
await fetch(`${replay}/fault/ETH-USD?kind=clear`, { method: 'POST' });

console.log(JSON.stringify({ predicted: predictedAccounts, liquidated: chainAccounts, block: first, notionalClosed: predicted.notionalClosed }));
process.exit(0);
