// The dashboard end to end in real headless Chromium (Debian's `chromium`, driven by
// playwright-core) against a running dev node fed by the price replay:
//   1. the page loads and shows both markets; BTC-USD's index moves on the page;
//   2. eve opens a 10x ETH-USD short through @polkadot/api; the replay server is told to lift
//      ETH 15 % then 40 %: the page shows ETH-USD's breaker halted, and eve's liquidation in
//      the live feed;
//      eve's account page and a -30 % shock through the stress-test RPC are shown;
//   3. a market listed and named in one root batch (as a listing referendum enacts it: the
//      oracle feed, the name, the margin parameters) appears on the page by its symbol, among
//      the stress test's markets, and in `risk_marketState`;
//   4. the node URL box pointed at a dead port makes the page say the node is down.
// Screenshots of each step go to <artifacts dir>. Prints one JSON line; exits non-zero on a
// failed step.
//
//   node test/e2e.mjs <ws url> <price feed url> <artifacts dir> [timeout s = 420]
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import riskRpc from '../../clients/risk-rpc.json' with { type: 'json' };
import { metadataHash } from '../scripts/metadata-hash.mjs';

const [ws, feedUrl, artifacts, timeoutSeconds = '420'] = process.argv.slice(2);
const fail = (message) => {
  console.error(`dashboard e2e: ${message}`);
  cleanup();
  process.exit(1);
};
setTimeout(() => fail(`no result within ${timeoutSeconds} s`), Number(timeoutSeconds) * 1000);
mkdirSync(artifacts, { recursive: true });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message) => console.error(`dashboard e2e: ${message}`);

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
// Vite's own script, not npx: killing npx would leave the server running.
const webDir = new URL('..', import.meta.url).pathname;
const preview = spawn(process.execPath, [join(webDir, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: webDir, stdio: 'ignore' });
let browser = null;
function cleanup() {
  preview.kill();
  browser?.close().catch(() => undefined);
}
for (let i = 0; i < 50; i += 1) {
  if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok).catch(() => false)) break;
  await sleep(200);
}

// 0. The page's types (src/interfaces, ./scripts/typegen) are of this node's metadata.
{
  const api = await ApiPromise.create({ provider: new WsProvider(ws), noInitWarn: true });
  const served = metadataHash((await api.call.metadata.metadataAtVersion(15)).unwrap().toU8a(true));
  const committed = readFileSync(new URL('../src/interfaces/metadata.sha256', import.meta.url), 'utf8').trim();
  await api.disconnect();
  if (served !== committed) fail(`web/src/interfaces was generated from another metadata (${committed}) than the node serves (${served}): run ./scripts/typegen`);
  log('the generated types are of the node\'s metadata');
}

browser = await chromium.launch({ executablePath: process.env.BALLAST_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
const errors = [];
page.on('pageerror', (error) => errors.push(String(error)));
await page.goto(`http://127.0.0.1:${port}/?rpc=${encodeURIComponent(ws)}`);
const report = { url: `http://127.0.0.1:${port}/` };
const shot = async (name) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
const until = async (what, check, ms = 120_000) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await sleep(1_000);
  }
  await shot(`failed-${what.replace(/\W+/g, '-')}`);
  fail(`${what} within ${ms / 1000} s (page errors: ${errors.join('; ') || 'none'})`);
};

// 1. Loaded, live, BTC-USD moving.
await until('the page to say it is live', () => page.locator('#connection[data-state="up"]').count());
const btcIndex = () => page.locator('[data-market="BTC-USD"]').getAttribute('data-index').catch(() => null);
const firstIndex = await until('BTC-USD to be priced', async () => Number(await btcIndex()) || null);
report.btcFirst = firstIndex;
report.btcMoved = await until('BTC-USD to move on the page', async () => {
  const now = Number(await btcIndex());
  return now && now !== firstIndex ? now : null;
});
await shot('1-live');
log(`BTC-USD moved from ${firstIndex} to ${report.btcMoved}`);

// 2. A short, a spike, a breaker and a liquidation.
const provider = new WsProvider(ws);
const api = await ApiPromise.create({ provider, noInitWarn: true, rpc: riskRpc });
const eve = new Keyring({ type: 'sr25519' }).addFromUri('//Eve');
const send = (tx) =>
  new Promise((resolve, reject) =>
    tx.signAndSend(eve, { nonce: -1 }, ({ status, dispatchError }) => {
      if (dispatchError) reject(new Error(dispatchError.toString()));
      else if (status.isInBlock) resolve();
    }).catch(reject),
  );
const feed = (await api.call.oracleApi.feed(2)).unwrap();
const mark = feed.mark.toBigInt();
const USD = 1_000_000n;
const size = (2_000n * 10n * USD * 1_000_000_000n * 10n ** 18n) / (mark * USD);
await send(api.tx.margin.deposit(2_000n * USD));
await send(api.tx.margin.trade(2, -size, (mark * 97n) / 100n));
log('eve is 10x short ETH-USD');
// Her chance of liquidation in the nearest-liquidation list, the book's expected liquidations
// and shortfall beside the fund.
// The table is read once a try (text and rows together): read apart, a redraw between the two
// reads can pass rows the text has not got yet.
report.atRisk = await until('the nearest-liquidation list with each chance', async () => {
  const table = (await page.locator('#at-risk').textContent()) ?? '';
  const rows = table.slice(table.indexOf('chance of liquidation') + 'chance of liquidation'.length);
  return table.includes('chance of liquidation') && rows.includes('%') ? table.slice(0, 240) : null;
}, 60_000);
report.bookRisk = await until('the book\'s expected liquidations', async () => {
  const text = (await page.locator('#fund').textContent()) ?? '';
  const sized = /fund cover\s*[0-9.]+×/.test(text);
  return sized && /expected liquidations within/.test(text) && /expected shortfall within/.test(text) ? text.slice(text.indexOf('fund target')) : null;
}, 60_000);
log(`at risk: ${report.atRisk}; book: ${report.bookRisk}`);
await fetch(`${feedUrl}/fault/ETH-USD?kind=spike&factor=1.15`, { method: 'POST' });
await sleep(15_000);
await fetch(`${feedUrl}/fault/ETH-USD?kind=spike&factor=1.4`, { method: 'POST' });
report.breaker = await until('ETH-USD halted on the page', async () => {
  const state = await page.locator('[data-market="ETH-USD"]').getAttribute('data-breaker');
  return state === 'Halted' ? state : null;
}, 180_000);
report.liquidation = await until('a liquidation in the live feed', async () => {
  const line = page.locator('#feed li[data-kind="liquidation"]').first();
  return (await line.count()) ? line.textContent() : null;
}, 180_000);
await shot('2-breaker-and-liquidation');
log(`page shows ${report.breaker} and "${report.liquidation}"`);
await fetch(`${feedUrl}/fault/ETH-USD?kind=clear`, { method: 'POST' });

// 3. SOL-USD listed by one batch under root (the dev chain's sudo stands in for a referendum's
// enactment), with ETH-USD's feed and margin settings.
const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
const feedConfig = (await api.query.oracle.markets(2)).unwrap();
const marginParams = (await api.query.margin.markets(2)).unwrap().params;
const listing = api.tx.utility.batchAll([
  api.tx.oracle.setMarket(3, feedConfig),
  api.tx.oracle.nameMarket(3, 'SOL-USD', 3),
  api.tx.margin.setMarket(3, marginParams),
]);
// Alice also feeds the oracle: her offchain worker may take the nonce the pool would give
// (error 1014), so a later one is tried.
const sudo = (nonce) =>
  new Promise((resolve, reject) =>
    api.tx.sudo.sudo(listing).signAndSend(alice, { nonce }, ({ status, events, dispatchError }) => {
      if (dispatchError) reject(new Error(dispatchError.toString()));
      const failed = events.find(({ event }) => event.method === 'Sudid' && event.data[0].isErr);
      if (failed) reject(new Error(`the listing failed: ${failed.event.data[0].toString()}`));
      else if (status.isInBlock) resolve();
    }).catch(reject),
  );
for (let attempt = 0; ; attempt += 1) {
  const next = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  try {
    await sudo(next + attempt);
    break;
  } catch (error) {
    if (!String(error).includes('1014') || attempt >= 4) throw error;
  }
}
report.listed = await until('SOL-USD on the page', async () => {
  const card = await page.locator('[data-market="SOL-USD"]').count();
  const choice = await page.locator('#stress-market option', { hasText: 'SOL-USD' }).count();
  return card && choice ? 'SOL-USD' : null;
}, 60_000);
report.marketState = (await api.rpc.risk.marketState('sol-usd')).toJSON().market;
await shot('3-listed');
log(`listed ${report.listed}; risk_marketState names it ${report.marketState}`);
await api.disconnect();

// Eve's account page, and a shock through the stress-test RPC.
await page.fill('#account', eve.address);
await page.click('#account-form button');
report.account = await until('eve\'s account page', async () => {
  const text = (await page.locator('#account-view').textContent()) ?? '';
  return /equity|no margin account/.test(text) ? text.slice(0, 160) : null;
}, 30_000);
await page.fill('#stress-percent', '-30');
await page.click('#stress-form button');
report.shock = await until('the shock test\'s answer', async () => {
  const text = (await page.locator('#stress-view').textContent()) ?? '';
  return text.includes('at block') && (await page.locator('#shock-chart canvas').count()) ? text.slice(0, 200) : null;
}, 60_000);
await shot('2b-account-and-shock');

// 4. A dead node is said plainly.
await page.fill('#node-url', 'ws://127.0.0.1:1');
await page.click('#node-form button');
report.down = await until('the page to say the node is down', async () => {
  const el = page.locator('#connection[data-state="down"]');
  return (await el.count()) ? el.textContent() : null;
}, 30_000);
await shot('4-node-down');
report.pageErrors = errors;
if (errors.length) fail(`the page threw: ${errors.join('; ')}`);
console.log(JSON.stringify(report));
cleanup();
process.exit(0);
