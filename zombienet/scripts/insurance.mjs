// The insurance fund's loss waterfall on a dev chain, through @polkadot/api as a wallet, a risk
// team and an explorer would use it. Charlie shorts and Eve goes long ETH-USD at about 20x in
// step (so the vault stays flat); the replay server is told to drop ETH a little (Eve is
// liquidated partially, back to 1.25x her maintenance), then to crash it 35 %: the mark falls
// its capped 5 % in a block and Eve's rest is bankrupt. Her shortfall goes down the waterfall
// in one block: `insuranceFund.FundCovered` (ferdie's genesis stake and the fund's income),
// `VaultAbsorbed` (the vault's bound, set small here by root so the demo reaches the last
// step), `Deleveraged` (Charlie, the profitable other side, at Eve's bankruptcy price). Reads
// the events from the blocks and the fund from `api.call.insuranceFundApi`; prints one JSON
// line; exits non-zero unless the three steps came in order and closed the loss.
//
//   node scripts/insurance.mjs <ws url> <replay url> [timeout s = 600]
import { Keyring } from '@polkadot/api';
import { connect, marketId, script, sender } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const replay = process.argv[3] ?? 'http://127.0.0.1:8910';
const TIMEOUT_MS = Number(process.argv[4] ?? 600) * 1_000;
const USD = 1_000_000n; // bUSD atoms per dollar
const BASE = 1_000_000_000n; // base atoms per coin
const FIXED = 10n ** 18n;
const CHUNK = 100_000n * USD; // notional per order, so each moves the vault's price little
const CHUNKS = 6n;

const { fail, check } = script('insurance', TIMEOUT_MS);
const fixed = (value) => Number((value.toBigInt() * 1_000_000n) / FIXED) / 1e6;
const bUSD = (value) => Number(value.toBigInt()) / 1e6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const api = await connect(url);
const ETH = await marketId(api, 'ETH-USD');
check(api.call.insuranceFundApi?.fund, 'the runtime offers no insuranceFundApi');
const keyring = new Keyring({ type: 'sr25519' });
const [alice, charlie, eve] = ['//Alice', '//Charlie', '//Eve'].map((uri) => keyring.addFromUri(uri));
const send = sender(api);

async function liveMark() {
  for (;;) {
    const feed = await api.call.oracleApi.feed(ETH);
    if (feed.isSome && feed.unwrap().status.toString() === 'Live') return feed.unwrap().mark.toBigInt();
    await sleep(2_000);
  }
}

async function fault(query) {
  const response = await fetch(`${replay}/fault/ETH-USD?${query}`, { method: 'POST' });
  check(response.ok, `the replay refused the fault ${query}: ${response.status}`);
}

// Every event of the fund and of the liquidation engine, block by block, from now on.
const seen = [];
const unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
  const at = await api.at(header.hash);
  for (const { event } of await at.query.system.events()) {
    if (event.section === 'insuranceFund' || (event.section === 'liquidation' && event.method !== 'BlockProcessed')) {
      seen.push({ block: header.number.toNumber(), section: event.section, method: event.method, data: event.data });
    }
  }
});

// 1. The risk team (root) bounds the vault's part of a loss at 0.1 % of its equity.
let mark = await liveMark();
const params = (await api.call.insuranceFundApi.fund()).params.toJSON();
const sudo = await send(alice, api.tx.sudo.sudo(api.tx.insuranceFund.setParams({ ...params, vaultLossShare: 1_000_000 })));
check(sudo.includes('insuranceFund.ParamsSet'), `setParams did not apply: ${sudo}`);
// The book below is built to outgrow a thin fund; a fund short of its target (the book's stressed
// shortfall) raises initial margins, which would refuse the book's last orders: the risk team
// holds that term off for this drill of the waterfall.
const scaling = (await api.query.margin.scaling()).toJSON();
const unscaled = await send(alice, api.tx.sudo.sudo(api.tx.margin.setScaling({ ...scaling, coverWeight: 0 })));
check(unscaled.includes('margin.ScalingConfigured'), `setScaling did not apply: ${unscaled}`);

// 2. The book: Charlie short, Eve long, order by order.
const size = (CHUNK * BASE * FIXED) / (mark * USD);
await send(charlie, api.tx.margin.deposit(400_000n * USD));
await send(eve, api.tx.margin.deposit(((CHUNK * CHUNKS) / 20n) + 3_000n * USD));
for (let i = 0n; i < CHUNKS; i += 1n) {
  await send(charlie, api.tx.margin.trade(ETH, -size, 0));
  await send(eve, api.tx.margin.trade(ETH, size, (mark * 110n) / 100n));
}
const account = (await api.call.marginApi.account(eve.address)).unwrap();
const notional = Number((account.positions[0].get('size_').toBigInt() * mark) / FIXED) / 1e9;
const opened = { notional, leverage: notional / bUSD(account.equity), fund: bUSD((await api.call.insuranceFundApi.fund()).balance) };
console.error(`insurance: Eve holds ${notional.toFixed(0)} of ETH at ${opened.leverage.toFixed(1)}x; the fund holds ${opened.fund}`);

const eveLiquidated = (partial) =>
  seen.some((e) => e.method === 'Liquidated' && e.data.who.toString() === eve.address && e.data.healthAfter.isSome === partial);
const waitFor = async (what, condition) => {
  while (!condition()) await sleep(1_000);
  console.error(`insurance: ${what}`);
};

// 3. A small drop: Eve is liquidated partially. Then the crash.
await fault('kind=spike&factor=0.975');
await waitFor('Eve liquidated partially', () => eveLiquidated(true));
await fault('kind=spike&factor=0.65');
await waitFor('Eve bankrupt, her shortfall covered', () =>
  seen.some((e) => e.method === 'ShortfallCovered' && e.data.who.toString() === eve.address),
);
await sleep(1_000);
await fault('kind=clear');
unsubscribe();

// 4. The waterfall, in the order its events came in Eve's bankruptcy block.
const covered = seen.find((e) => e.method === 'ShortfallCovered' && e.data.who.toString() === eve.address);
const steps = seen
  .filter((e) => e.block === covered.block && e.section === 'insuranceFund')
  .filter((e) => ['FundCovered', 'VaultAbsorbed', 'Deleveraged', 'DeficitCarried'].includes(e.method))
  .map((e) => ({
    step: e.method,
    who: e.data.who?.toString(),
    amount: bUSD(e.data.amount ?? e.data.recovered ?? e.data.remaining),
    ...(e.method === 'Deleveraged' ? { closed: Number(e.data.closed.toBigInt()) / 1e9, price: fixed(e.data.price) } : {}),
  }));
const coverage = covered.data.coverage;
const order = steps.map((s) => s.step);
check(order.indexOf('FundCovered') === 0, `the fund did not pay first: ${JSON.stringify(steps)}`);
check(order.includes('VaultAbsorbed') && order.indexOf('VaultAbsorbed') < order.indexOf('Deleveraged'), `fund, vault, then deleveraging: ${JSON.stringify(steps)}`);
check(steps.filter((s) => s.step === 'Deleveraged').every((s) => s.who === charlie.address), `only the profitable short is deleveraged: ${JSON.stringify(steps)}`);
check(coverage.uncovered.toBigInt() === 0n, `a loss left uncovered: ${coverage.toString()}`);
const fund = await api.call.insuranceFundApi.fund();
const ranking = await api.call.insuranceFundApi.adlRanking(charlie.address, 1_000);

console.log(
  JSON.stringify({
    opened,
    bankruptAt: covered.block,
    shortfall: bUSD(covered.data.shortfall),
    coverage: {
      fund: bUSD(coverage.byFund),
      vault: bUSD(coverage.byVault),
      deleveraging: bUSD(coverage.byDeleveraging),
      uncovered: bUSD(coverage.uncovered),
    },
    steps,
    fundAfter: { balance: bUSD(fund.balance), drawdown: fund.drawdown.toNumber() / 1e7, deficits: bUSD(fund.deficits) },
    charlieRanking: ranking.map((r) => ({ market: r.market.toNumber(), side: r.side.toString(), ahead: r.ahead.toNumber(), score: fixed(r.score) })),
  }),
);
await api.disconnect();
process.exit(0);
