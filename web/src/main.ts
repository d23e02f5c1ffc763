// The dashboard: one connection to a Ballast node's WebSocket RPC, refreshed at every new
// block; every view reads the runtime APIs (oracle, margin, breakers, liquidation, fund,
// reputation), the block's events and the referenda, and draws what `shape.ts` makes of them.
import { ApiPromise, WsProvider } from '@polkadot/api';
import riskRpc from '../../clients/risk-rpc.json';
// The chain's types, generated from its metadata (./scripts/typegen): every storage item, runtime
// API, event and the risk_* RPCs typed on `api`.
import './interfaces/augment-api';
import './interfaces/augment-types';
import type { PalletBallastCircuitBreakerVenueView } from '@polkadot/types/lookup';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import {
  accountView, appendPoint, atRiskView, blst, bookRiskView, horizonText, rankText, riskView, causeText, feedEntries, fixed, fundView, marketName, marketNames, marketView, setMarketNames, shockLadder,
  shockSeries, short, some, vaultView,
  type FeedEntry, type MarketView, type StressAnswer,
} from './shape';

const DEFAULT_NODE = 'ws://127.0.0.1:9944';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const params = new URLSearchParams(location.search);
let nodeUrl = params.get('rpc') ?? localStorage.getItem('ballast-node') ?? DEFAULT_NODE;
$<HTMLInputElement>('node-url').value = nodeUrl;

let api: ApiPromise | null = null;
let unsubscribe: (() => void) | null = null;
const series = new Map<number, { index: [number[], number[]]; mark: [number[], number[]]; plot: uPlot | null }>();
const lastCause = new Map<number, string>();
const feed: FeedEntry[] = [];
const state = { blocks: 0, lastBlock: 0, markets: [] as MarketView[] };
declare global {
  interface Window {
    /** The dashboard's state, read by its end-to-end test. */
    ballastDashboard: typeof state;
  }
}
window.ballastDashboard = state;

function setConnection(kind: 'up' | 'down' | 'connecting', text: string) {
  const el = $('connection');
  el.dataset.state = kind;
  el.textContent = text;
}

async function connect(url: string) {
  unsubscribe?.();
  await api?.disconnect().catch(() => undefined);
  setConnection('connecting', `connecting to ${url}…`);
  // Retries every 2 s by itself while the node is down.
  const provider = new WsProvider(url, 2_000);
  provider.on('disconnected', () => setConnection('down', `the node at ${url} is down; reconnecting by itself…`));
  provider.on('error', () => setConnection('down', `cannot reach ${url}; retrying…`));
  provider.on('connected', () => setConnection('connecting', `connected to ${url}, reading metadata…`));
  api = await ApiPromise.create({ provider, noInitWarn: true, rpc: riskRpc });
  const missing = ['oracleApi', 'marginApi', 'liquidationApi', 'insuranceFundApi', 'circuitBreakerApi'].filter((name) => !(name in api!.call));
  if (missing.length > 0) {
    setConnection('down', `this node's runtime lacks ${missing.join(', ')}: is it a Ballast node?`);
    return;
  }
  api.on('connected', () => setConnection('up', `live: ${url}`));
  api.on('disconnected', () => setConnection('down', `the node at ${url} is down; reconnecting by itself…`));
  setConnection('up', `live: ${url}`);
  unsubscribe = await api.rpc.chain.subscribeNewHeads((header) => {
    refresh(header.hash.toHex(), header.number.toNumber()).catch((error) => console.error('refresh', error));
  });
}

async function refresh(hash: string, number: number) {
  if (!api) return;
  const at = await api.at(hash);
  if ('venueApi' in at.call) {
    setMarketNames(await at.call.venueApi.markets());
    drawMarketChoices();
  }
  const [feeds, breakers, fund, vault, atRisk, events, venue, book] = await Promise.all([
    at.call.oracleApi.feeds(),
    at.call.circuitBreakerApi.markets(),
    at.call.insuranceFundApi.fund(),
    at.call.marginApi.vault(),
    at.call.liquidationApi.atRisk(10),
    at.query.system.events(),
    at.call.circuitBreakerApi.venue(),
    // The book's risk, from the liquidation API's second version on.
    'bookRisk' in at.call.liquidationApi ? at.call.liquidationApi.bookRisk(1000) : Promise.resolve(null),
  ]);
  const blockEvents = events.map(({ event }) => event);
  const lines = feedEntries(number, blockEvents);
  for (const event of blockEvents) {
    if (api.events.circuitBreaker.StateChanged.is(event)) lastCause.set(event.data.market.toNumber(), causeText(event.data.cause));
  }
  const breakerOf = new Map(breakers.map((b) => [b.market.toNumber(), b]));
  const markets: MarketView[] = [];
  for (const [id, snapshot] of feeds) {
    const market = some(await at.query.margin.markets(id));
    markets.push(marketView(id.toNumber(), some(snapshot), market, breakerOf.get(id.toNumber()), lastCause.get(id.toNumber())));
  }
  state.blocks += 1;
  state.lastBlock = number;
  state.markets = markets;
  $('head').textContent = `block #${number}`;
  drawMarkets(markets, number);
  drawVenue(fundView(fund), vaultView(vault), venue, book ? bookRiskView(book) : null);
  drawAtRisk(atRiskView(atRisk));
  if (lines.length > 0) {
    feed.unshift(...lines.reverse());
    feed.splice(300);
    drawFeed();
  }
  if (number % 5 === 0 || state.blocks === 1) drawReferenda().catch((error) => console.error('referenda', error));
}

/** The stress test's market choices: every named market on chain, the choice kept. */
function drawMarketChoices() {
  const select = $<HTMLSelectElement>('stress-market');
  const wanted = marketNames().map(([, name]) => name);
  const have = Array.from(select.options, (o) => o.value);
  if (wanted.join() === have.join()) return;
  const chosen = select.value;
  select.innerHTML = wanted.map((name) => `<option${name === chosen ? ' selected' : ''}>${escape(name)}</option>`).join('');
}

function drawMarkets(markets: MarketView[], block: number) {
  const cards = $('market-cards');
  for (const m of markets) {
    let card = cards.querySelector<HTMLElement>(`[data-market="${m.name}"]`);
    if (!card) {
      card = document.createElement('div');
      card.className = 'market';
      card.dataset.market = m.name;
      card.innerHTML = `<h3>${m.name} <span class="badge status"></span> <span class="badge breaker"></span></h3><div class="chart"></div><table class="facts"></table>`;
      cards.appendChild(card);
    }
    const s = series.get(m.id) ?? { index: [[], []], mark: [[], []], plot: null };
    s.index = appendPoint(s.index, block, m.index);
    s.mark = appendPoint(s.mark, block, m.mark);
    series.set(m.id, s);
    const data: uPlot.AlignedData = [s.mark[0], s.index[1].slice(-s.mark[0].length), s.mark[1]];
    if (!s.plot && s.mark[0].length > 0) {
      s.plot = new uPlot(
        {
          width: 420,
          height: 170,
          scales: { x: { time: false } },
          series: [{ label: 'block' }, { label: 'index', stroke: '#8fc7ff' }, { label: 'mark', stroke: '#ffb86b' }],
          axes: [{ stroke: '#9fb3c8', label: 'block' }, { stroke: '#9fb3c8', size: 80 }],
        },
        data,
        card.querySelector<HTMLElement>('.chart')!,
      );
    } else s.plot?.setData(data);
    const status = card.querySelector<HTMLElement>('.status')!;
    status.dataset.state = m.status;
    status.textContent = `feed ${m.status}`;
    const breaker = card.querySelector<HTMLElement>('.breaker')!;
    breaker.dataset.state = m.breaker?.effective ?? 'Open';
    breaker.textContent = m.breaker?.effective ?? 'no breaker';
    card.dataset.index = String(m.index ?? '');
    card.dataset.breaker = m.breaker?.effective ?? '';
    const rows: [string, string][] = [
      ['index / mark', `${fmt(m.index)} / ${fmt(m.mark)}`],
      ['breaker', m.breaker ? `${m.breaker.state} since #${m.breaker.since}${m.breaker.cause ? `: ${m.breaker.cause}` : ''}${m.breaker.stepsBackAt !== null ? `; steps back at #${m.breaker.stepsBackAt}` : ''}` : '—'],
      ['margin multiplier', `maintenance ×${m.maintenanceMultiplier.toFixed(3)}, initial ×${m.initialMultiplier.toFixed(3)} (base maintenance ${(m.maintenanceMargin * 100).toFixed(2)} %)`],
      ['open interest', `long ${usd(m.longOpenInterest)}, short ${usd(m.shortOpenInterest)}`],
      ['traders’ PnL', `long ${usd(m.longPnl)}, short ${usd(m.shortPnl)}`],
      ['funding', `${(m.fundingRate * 100).toFixed(5)} % of the mark per block (${m.fundingRate > 0 ? 'longs pay shorts' : m.fundingRate < 0 ? 'shorts pay longs' : 'none'})`],
      ['volatility', m.volatility === null ? '—' : `${(m.volatility * 100).toFixed(2)} %`],
    ];
    card.querySelector('.facts')!.innerHTML = rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('');
  }
}

function drawVenue(fund: ReturnType<typeof fundView>, vault: ReturnType<typeof vaultView>, venue: PalletBallastCircuitBreakerVenueView, book: ReturnType<typeof bookRiskView> | null) {
  const rows: [string, string][] = [
    ['fund balance', usd(fund.balance)],
    ['fund drawdown', `${(fund.drawdown * 100).toFixed(2)} %`],
    ['fund target (stressed shortfall)', fund.target === null ? 'first census under way' : usd(fund.target)],
    ['fund cover', fund.cover === null ? '—' : `${fund.cover.toFixed(2)}×${fund.cover < 1 ? ' (short: margins and the fund’s fee share raised)' : ''}`],
    ['share price', fund.sharePrice === null ? '—' : fund.sharePrice.toFixed(6)],
    ['pending withdrawals', `${fund.pendingShares.toFixed(2)} shares`],
    ['deficits carried', usd(fund.deficits)],
    ['crisis premium reserved', `${usd(fund.premiumReserved)}${fund.crisis ? ' (crisis episode running)' : ''}`],
    ['vault cash / equity', `${usd(vault.cash)} / ${usd(vault.equity)}`],
    ['vault covers open profit', Number.isFinite(vault.profitCover) ? `${vault.profitCover.toFixed(2)}×` : 'no open profit'],
    ['vault crisis premium', vault.crisisPot === null ? 'no crisis' : `${usd(vault.crisisPot)} held for providers who stay`],
    ['crisis level', venue.level.type],
    ['global breaker', venue.globalTripped.isTrue ? 'tripped: every market reduce-only' : 'off'],
  ];
  if (book) {
    const within = horizonText(book.horizonBlocks);
    rows.push([`expected liquidations within ${within}`, `${book.expectedLiquidations.toFixed(4)} of ${book.accounts} accounts`]);
    rows.push([`expected shortfall within ${within}`, usd(book.expectedShortfall)]);
  }
  $('fund').innerHTML = rows.map(([k, v]) => `<tr><th>${k}</th><td class="num">${v}</td></tr>`).join('');
}

function drawFeed() {
  $('feed').innerHTML = feed.map((l) => `<li data-kind="${l.kind}">#${l.block} ${escape(l.text)}</li>`).join('');
}

function drawAtRisk(rows: ReturnType<typeof atRiskView>) {
  $('at-risk').innerHTML =
    '<tr><th>account</th><th>health</th><th>distance</th><th>chance of liquidation</th></tr>' +
    rows
      .map((r) => `<tr><td><a href="#" data-who="${r.who}">${short(r.who)}</a></td><td class="num">${r.health === null ? '—' : r.health.toFixed(3)}</td><td class="num">${r.distance.toFixed(4)}</td><td class="num">${(r.probability * 100).toFixed(2)} %</td></tr>`)
      .join('');
}

async function drawReferenda() {
  if (!api?.query.referenda) return;
  const entries = await api.query.referenda.referendumInfoFor.entries();
  const ongoing = entries
    .map(([key, info]) => [key.args[0].toNumber(), some(info)] as const)
    .flatMap(([index, info]) => (info?.isOngoing ? [[index, info.asOngoing] as const] : []))
    .map(([index, o]) => {
      const origin = JSON.stringify(o.origin.toJSON()).replace(/[{}"]/g, '');
      const deciding = some(o.deciding);
      return `<tr><td>#${index}</td><td>track ${o.track.toNumber()} (${escape(origin)})</td><td class="num">aye ${blst(o.tally.ayes).toFixed(0)} / nay ${blst(o.tally.nays).toFixed(0)} BLST</td><td>${deciding ? `deciding since #${deciding.since.toNumber()}` : 'preparing'}</td></tr>`;
    });
  $('referenda').innerHTML = ongoing.length ? ongoing.join('') : '<tr><td>no open referendum</td></tr>';
}

async function showAccount(who: string) {
  if (!api) return;
  const view = $('account-view');
  try {
    const [account, ranking, standing, risk] = await Promise.all([
      api.call.marginApi.account(who),
      api.call.insuranceFundApi.adlRanking(who, 100),
      'reputationApi' in api.call ? api.call.reputationApi.standing(who, null) : Promise.resolve(null),
      'accountRisk' in api.call.liquidationApi ? api.call.liquidationApi.accountRisk(who) : Promise.resolve(null),
    ]);
    const chance = risk ? riskView(some(risk)) : null;
    const a = accountView(some(account));
    const tier = standing;
    if (!a) {
      view.innerHTML = `<p>${escape(short(who))} has no margin account.</p>`;
      return;
    }
    view.innerHTML =
      `<p>equity ${usd(a.equity)}, maintenance ${usd(a.maintenance)}, health ${a.health === null ? '—' : a.health.toFixed(3)}; collateral ${usd(a.collateral)}` +
      (tier ? `; leverage tier ${tier.tier.toNumber()} (up to ${fixed(tier.maxLeverage)}×, ${tier.strikes.toNumber()} strikes)` : '') + '</p>' +
      (chance
        ? `<p id="account-risk">chance of liquidation within ${horizonText(chance.horizonBlocks)}: ${(chance.probability * 100).toFixed(2)} % (PnL deviation ${usd(chance.pnlDeviation)}, expected shortfall ${usd(chance.expectedShortfall)})</p>`
        : '') +
      '<table><tr><th>market</th><th>size</th><th>entry</th><th>mark</th><th>PnL</th><th>liquidation price</th><th>deleveraging rank</th></tr>' +
      a.positions.map((p) => `<tr><td>${p.market}</td><td class="num">${p.size}</td><td class="num">${fmt(p.entry)}</td><td class="num">${fmt(p.mark)}</td><td class="num">${usd(p.pnl)}</td><td class="num">${fmt(p.liquidationPrice)}</td><td class="num">${rankText(ranking.find((r) => marketName(r.market.toNumber()) === p.market))}</td></tr>`).join('') +
      '</table>';
  } catch (error) {
    view.innerHTML = `<p class="notice">${escape(String((error as Error).message ?? error))}</p>`;
  }
}

let shockPlot: uPlot | null = null;

// A ladder of four shocks up to the one asked, in one `risk_stressTest` call: the chart shows
// how liquidations and bad debt grow with the shock; the table the largest one in full.

async function runShock(market: string, percent: string) {
  if (!api) return;
  const view = $('stress-view');
  view.textContent = 'running…';
  try {
    const percents = shockLadder(Number(percent));
    if (percents.some((p) => !Number.isFinite(p))) throw new Error(`${percent} is not a percentage`);
    const scenarios = percents.map((p) => ({ steps: [{ shocks: [{ market, percent: String(p) }] }], list: 10 }));
    // The RPC answers JSON (`Json`): its shape is `ballast_risk_rpc::StressAnswer`.
    const answer = (await api.rpc.risk.stressTest(api.createType('Vec<Json>', scenarios))).toJSON() as unknown as StressAnswer;
    const series = shockSeries(answer, percents);
    const step = answer.scenarios.at(-1)![0];
    const numbers = Object.entries(step).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
    view.innerHTML = `<p>at block ${escape(String(answer.at)).slice(0, 12)}…: ${market} shocked by ${percents.join(', ')} %</p><div id="shock-chart"></div>` +
      `<table>${numbers.map(([k, v]) => `<tr><th>${escape(k)}</th><td class="num">${escape(String(v))}</td></tr>`).join('')}</table>` +
      (step.largest.length ? `<p>largest losses: ${step.largest.map((l) => escape(`${short(l.account)} ${l.whole ? 'closed' : 'reduced'} ${l.loss}`)).join(', ')}</p>` : '');
    shockPlot?.destroy();
    shockPlot = new uPlot(
      {
        width: 420,
        height: 180,
        scales: { x: { time: false }, n: {}, usd: {} },
        series: [
          { label: 'shock %' },
          { label: 'accounts liquidated', stroke: '#ffb4a8', scale: 'n' },
          { label: 'bad debt bUSD', stroke: '#ffd37a', scale: 'usd' },
        ],
        axes: [{ stroke: '#9fb3c8', label: 'shock %' }, { stroke: '#ffb4a8', scale: 'n' }, { stroke: '#ffd37a', scale: 'usd', side: 1, size: 70 }],
      },
      [series.percents.map((p) => Math.abs(p)), series.liquidated, series.shortfall],
      $('shock-chart'),
    );
  } catch (error) {
    view.innerHTML = `<p class="notice">the stress-test RPC refused: ${escape(String((error as Error).message ?? error))} (it is an unsafe method: the node must allow it)</p>`;
  }
}

const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 6 : 2 }));
const usd = (n: number) => `${n.toLocaleString('en-US', { maximumFractionDigits: 2 })} bUSD`;
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

$('node-form').addEventListener('submit', (event) => {
  event.preventDefault();
  nodeUrl = $<HTMLInputElement>('node-url').value.trim() || DEFAULT_NODE;
  localStorage.setItem('ballast-node', nodeUrl);
  feed.length = 0;
  series.clear();
  $('market-cards').innerHTML = '';
  connect(nodeUrl).catch((error) => setConnection('down', String(error)));
});
$('account-form').addEventListener('submit', (event) => {
  event.preventDefault();
  showAccount($<HTMLInputElement>('account').value.trim());
});
$('at-risk').addEventListener('click', (event) => {
  const who = (event.target as HTMLElement).dataset.who;
  if (!who) return;
  event.preventDefault();
  $<HTMLInputElement>('account').value = who;
  showAccount(who);
});
$('stress-form').addEventListener('submit', (event) => {
  event.preventDefault();
  runShock($<HTMLSelectElement>('stress-market').value, $<HTMLInputElement>('stress-percent').value.trim());
});
connect(nodeUrl).catch((error) => setConnection('down', String(error)));
