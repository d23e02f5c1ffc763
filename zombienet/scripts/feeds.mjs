// Lying and silent price sources on the four-validator network (zombienet/crisis.toml), with
// the price feed holding a calm price (speed 0) so the honest sources agree exactly.
//
//   1. Dave's source prints 10x both markets for 50 blocks: every index the oracle aggregates
//      stays within the honest sources' range, both markets stay live, and dave's prices are
//      rejected as outliers (counted until he is suspended as a repeat liar).
//   2. Eve holds a 15x ETH long. Bob's and charlie's sources go silent (dave is suspended):
//      one feeder is short of the quorum, ETH goes stale and its breaker halts it; then
//      alice's source alone shows a 40 % crash for ten blocks, and nobody is liquidated on it. When the
//      sources return, ETH prices again and its breaker steps back to open by itself.
// Reads finalized blocks' events and the runtime APIs. Prints one JSON line.
//
//   node scripts/feeds.mjs <ws url> [lying blocks = 50]
import { Keyring } from '@polkadot/api';
import { script, sender } from './lib.mjs';
import {
  BASE, BTC, ETH, FIXED, USD, connectAll, feedPost, feedPrice, fixed, followFinalized, liveMark, networkNodes,
} from './network.mjs';

const [url, lyingBlocks = '50'] = process.argv.slice(2);
const { fail, check } = script('feeds', 1_200_000);
const apis = await connectAll();
const api = apis[networkNodes().find((node) => node.url === url)?.name] ?? fail(`${url} is not one of BALLAST_NODES`);
const keyring = new Keyring({ type: 'sr25519' });
const [dave, eve] = ['//Dave', '//Eve'].map((uri) => keyring.addFromUri(uri));
const MARKETS = { [BTC]: 'BTC-USD', [ETH]: 'ETH-USD' };
const finalizedNumber = async () => (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
const report = {};

// 1. A liar.
for (const market of [BTC, ETH]) await liveMark(api, market);
const honest = {};
for (const [market, name] of Object.entries(MARKETS)) honest[market] = await feedPrice(name, 'alice');
for (const name of Object.values(MARKETS)) await feedPost(`/fault/${name}?kind=spike&factor=10&feeder=dave`);
const lying = { from: await finalizedNumber(), indices: 0, outsideHonestRange: [], daveOutliers: 0, suspended: null, notLive: [] };
await followFinalized(
  api,
  lying.from,
  (number, hash, header, events) => {
    for (const { section, method, data } of events) {
      if (section !== 'oracle') continue;
      if (method === 'PriceAggregated') {
        const market = data.market.toNumber();
        const index = fixed(data.index);
        lying.indices += 1;
        if (Math.abs(index / honest[market] - 1) > 0.001) lying.outsideHonestRange.push({ block: number, market, index });
      } else if (method === 'OutlierRejected' && data.feeder.toString() === dave.address) {
        lying.daveOutliers += 1;
      } else if (method === 'FeederSuspended' && data.feeder.toString() === dave.address) {
        lying.suspended = { block: number, outliers: data.outliers.toNumber() };
      } else if (method === 'StatusChanged' && data.to.toString() !== 'Live') {
        lying.notLive.push({ block: number, market: data.market.toNumber(), to: data.to.toString() });
      }
    }
  },
  async () => (await finalizedNumber()) >= lying.from + Number(lyingBlocks),
  Number(lyingBlocks) * 6_000 + 120_000,
);
lying.to = await finalizedNumber();
for (const name of Object.values(MARKETS)) await feedPost(`/fault/${name}?kind=clear&feeder=dave`);
report.lying = lying;
let dump = JSON.stringify(report);
check(lying.to - lying.from >= Number(lyingBlocks), `the lie lasted ${lying.to - lying.from} blocks: ${dump}`);
check(lying.indices >= Number(lyingBlocks), `too few prices aggregated while dave lied: ${dump}`);
check(lying.outsideHonestRange.length === 0, `an index left the honest range: ${dump}`);
check(lying.notLive.length === 0, `a market stopped pricing because of one liar: ${dump}`);
check(lying.daveOutliers >= 2, `dave's prices were not counted as outliers: ${dump}`);

// 2. Silence: eve's 15x long first, on the calm price.
const send = sender(api);
const mark = await liveMark(api, ETH);
const size = (2_000n * 15n * USD * BASE * FIXED) / (mark * USD);
await send(eve, api.tx.margin.deposit(2_000n * USD));
const traded = await send(eve, api.tx.margin.trade(ETH, size, (mark * 103n) / 100n));
check(traded.includes('margin.Traded'), `eve's trade: ${traded}`);
const liquidationPrice = fixed((await api.call.marginApi.account(eve.address)).unwrap().positions[0].liquidationPrice.unwrap());

for (const name of Object.values(MARKETS)) {
  await feedPost(`/fault/${name}?kind=silent&feeder=bob`);
  await feedPost(`/fault/${name}?kind=silent&feeder=charlie`);
}
const silence = { from: await finalizedNumber(), liquidationPrice, stale: null, halted: null, crashFrom: null, liquidations: [], aggregatedWhileStale: 0 };
// Once ETH is stale and halted, alice's source alone shows a 40 % crash for ten blocks.
await followFinalized(
  api,
  silence.from,
  async (number, hash, header, events) => {
    for (const { section, method, data } of events) {
      if (section === 'oracle' && method === 'StatusChanged' && data.market.toNumber() === ETH && data.to.toString() === 'Stale') silence.stale ??= number;
      if (section === 'oracle' && method === 'PriceAggregated' && data.market.toNumber() === ETH && silence.stale) silence.aggregatedWhileStale += 1;
      if (section === 'circuitBreaker' && method === 'StateChanged' && data.market.toNumber() === ETH && data.to.toString() === 'Halted') silence.halted ??= { block: number, cause: data.cause.toString() };
      if (section === 'liquidation' && method === 'Liquidated') silence.liquidations.push({ block: number, who: data.who.toString() });
    }
    if (silence.stale !== null && silence.halted !== null && silence.crashFrom === null) {
      await feedPost('/fault/ETH-USD?kind=spike&factor=0.6&feeder=alice');
      silence.crashFrom = number;
    }
  },
  async () => silence.crashFrom !== null && (await finalizedNumber()) >= silence.crashFrom + 10,
  300_000,
);
silence.to = await finalizedNumber();
const eveAfter = (await api.call.marginApi.account(eve.address)).unwrap();
silence.evePositions = eveAfter.positions.length;
for (const name of Object.values(MARKETS)) await feedPost(`/fault/${name}?kind=clear`);
report.silence = silence;
dump = JSON.stringify(report);
check(silence.stale !== null, `ETH never went stale: ${dump}`);
check(silence.crashFrom !== null, `alice's source never showed the crash: ${dump}`);
check(silence.halted !== null, `ETH's breaker did not halt it: ${dump}`);
check(silence.aggregatedWhileStale === 0, `ETH was priced while stale: ${dump}`);
check(silence.liquidations.length === 0 && silence.evePositions === 1, `someone was liquidated on a stale price: ${dump}`);

// The sources return: ETH prices again and its breaker opens by itself.
const resume = { from: await finalizedNumber(), live: null, open: null, steps: [] };
await followFinalized(
  api,
  resume.from,
  (number, hash, header, events) => {
    for (const { section, method, data } of events) {
      if (section === 'oracle' && method === 'StatusChanged' && data.market.toNumber() === ETH && data.to.toString() === 'Live') resume.live ??= number;
      if (section === 'circuitBreaker' && method === 'StateChanged' && data.market.toNumber() === ETH) {
        resume.steps.push({ block: number, from: data.from.toString(), to: data.to.toString() });
        if (data.to.toString() === 'Open') resume.open = number;
      }
    }
  },
  async () => resume.open !== null,
  400_000,
);
report.resume = resume;
dump = JSON.stringify(report);
check(resume.live !== null, `ETH did not price again: ${dump}`);
check(resume.open !== null, `ETH's breaker did not open again: ${dump}`);
console.log(dump);
for (const each of Object.values(apis)) await each.disconnect();
process.exit(0);
