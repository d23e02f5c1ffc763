// A real crash replayed on the four-validator network (zombienet/crisis.toml), in two phases
// around which a `.zndsl` may kill and restart a validator:
//
//   open:  once both markets are live, scripted traders open leveraged positions on the calm
//          price (charlie 17x ETH long, eve 15x ETH long, dave 12x BTC long, bob a 3x ETH short,
//          alice a 1.5x BTC long), each position's liquidation price is recorded, and the price
//          feed is told to start the crash now (POST /seek, at BALLAST_CASCADE_OFFSET and
//          BALLAST_CASCADE_SPEED data seconds per second: Black Thursday, 2020-03-12, from
//          09:00 UTC, an hourly candle a block).
//   watch [killed node]: follows every finalized block from the opening on, reading each
//          block's events and `venueActivityApi.blockActivity`, until eve's and charlie's
//          positions are closed and a breaker has stepped back. Then asserts: any partial
//          liquidation restored 1.25× maintenance; every account whose liquidation price the mark crossed was liquidated,
//          the 2x long and the short were not; a breaker tripped and stepped back; the bad debt
//          the gaps made was covered down the waterfall, nothing carried; on every node's
//          finalized state `solvencyApi.solvency()` finds every bUSD unit, no shortfall, the
//          genesis supply; every node agrees on the finalized chain. With a killed node: a run
//          of finalized blocks none of which it authored (it was down, finality went on with
//          three), it caught up, and the accounts liquidated are those of the run where no node
//          died (its report, when the crash test ran first). Empty slots are counted per
//          validator whose turn it was: the killed one's show it was really down.
//
//   node scripts/crash.mjs <ws url> open|watch [killed node]
// Needs BALLAST_NODES and BALLAST_PRICE_FEED (tests/script.cjs sets them) and BALLAST_ZN_STATE
// (a folder the two phases share).
import { Keyring } from '@polkadot/api';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { script, sender } from './lib.mjs';
import {
  BASE, BTC, ETH, FIXED, USD, authorOf, bUSD, connectAll, feedPost, finalizedAgreement, fixed, followFinalized,
  liveMark, networkNodes, sleep, slotOf, solvencyEverywhere, validatorNames,
} from './network.mjs';

const [url, phase, killed] = process.argv.slice(2);
const { fail, check } = script(`crash ${phase}`, 900_000);
const state = join(process.env.BALLAST_ZN_STATE ?? '/tmp', 'crash-book.json');
const keyring = new Keyring({ type: 'sr25519' });
// The most levered opens first: each levered position raises the fund's target (the census's
// shock set), and past the genesis fund's small stake the initial margins rise with the
// shortfall (up to a quarter), which a 17x long opened last would no longer meet.
const BOOK = [
  // name, market, leverage (negative: short), deposit in dollars
  ['charlie', ETH, 17, 2_000],
  ['eve', ETH, 15, 2_000],
  ['dave', BTC, 12, 3_000],
  ['bob', ETH, -3, 10_000],
  ['alice', BTC, 1.5, 10_000],
];
const SEVERITY = { Open: 0, ReduceOnly: 1, Halted: 2 };

const apis = await connectAll();
const api = apis[networkNodes().find((node) => node.url === url)?.name] ?? fail(`${url} is not one of BALLAST_NODES`);
check(api.call.solvencyApi?.solvency, 'the runtime offers no solvencyApi');

if (phase === 'open') await open();
else if (phase === 'watch') await watch();
else fail(`unknown phase ${phase}: open or watch`);
for (const each of Object.values(apis)) await each.disconnect();
process.exit(0);

async function open() {
  const marks = { [BTC]: await liveMark(api, BTC), [ETH]: await liveMark(api, ETH) };
  const send = sender(api);
  const traders = {};
  for (const [name, market, leverage, deposit] of BOOK) {
    const pair = keyring.addFromUri(`//${name[0].toUpperCase()}${name.slice(1)}`);
    const mark = marks[market];
    const notional = (BigInt(deposit) * USD * BigInt(Math.round(Math.abs(leverage) * 10))) / 10n;
    const size = ((notional * BASE * FIXED) / (mark * USD)) * (leverage < 0 ? -1n : 1n);
    const limit = leverage < 0 ? (mark * 97n) / 100n : (mark * 103n) / 100n;
    await send(pair, api.tx.margin.deposit(BigInt(deposit) * USD));
    const events = await send(pair, api.tx.margin.trade(market, size, limit));
    check(events.includes('margin.Traded'), `${name}'s trade: ${events}`);
    const account = (await api.call.marginApi.account(pair.address)).unwrap();
    const position = account.positions.find((p) => p.market.toNumber() === market);
    traders[name] = {
      address: pair.address,
      market,
      leverage,
      entry: fixed(position.entryPrice),
      liquidationPrice: position.liquidationPrice.isSome ? fixed(position.liquidationPrice.unwrap()) : null,
    };
    console.error(`${name}: ${leverage}x ${market === ETH ? 'ETH' : 'BTC'} at ${traders[name].entry}, liquidation price ${traders[name].liquidationPrice}`);
  }
  const startBlock = (await api.rpc.chain.getHeader()).number.toNumber();
  const offset = process.env.BALLAST_CASCADE_OFFSET ?? '205200';
  const speed = process.env.BALLAST_CASCADE_SPEED ?? '600';
  const seek = await feedPost(`/seek?offset=${offset}&speed=${speed}`);
  writeFileSync(state, JSON.stringify({ startBlock, traders, seek }));
  console.log(JSON.stringify({ startBlock, traders, seek }));
}

async function watch() {
  check(existsSync(state), `no book at ${state}: run the open phase first`);
  const { startBlock, traders } = JSON.parse(readFileSync(state, 'utf8'));
  const nameOf = Object.fromEntries(Object.entries(traders).map(([name, t]) => [t.address, name]));
  const authorities = (await api.query.aura.authorities()).map((key) => keyring.encodeAddress(key.toU8a()));
  const validatorOf = validatorNames(keyring);

  const liquidations = {};
  const marks = {};
  const breakers = [];
  const breakerState = { [BTC]: 'Open', [ETH]: 'Open' };
  const waterfall = { shortfall: 0, fundCovered: 0, vaultAbsorbed: 0, deleveraged: 0, deficitCarried: 0 };
  const authors = [];
  const emptySlots = {};
  let previousSlot = null;
  let worstHookWeight = 0;
  await followFinalized(
    api,
    startBlock,
    async (number, hash, header, events) => {
      authors.push(validatorOf[authorOf(header, authorities)] ?? 'unknown');
      // Slots nobody filled since the previous block: whose turn was it?
      const slot = slotOf(header);
      for (let empty = (previousSlot ?? slot) + 1n; empty < slot; empty += 1n) {
        const owner = validatorOf[authorities[Number(empty % BigInt(authorities.length))]] ?? 'unknown';
        emptySlots[owner] = (emptySlots[owner] ?? 0) + 1;
      }
      previousSlot = slot;
      for (const event of events) {
        const { section, method, data } = event;
        if (section === 'liquidation' && method === 'Liquidated') {
          const who = nameOf[data.who.toString()] ?? data.who.toString();
          const healthAfter = data.healthAfter.isSome ? fixed(data.healthAfter.unwrap()) : null;
          (liquidations[who] ??= []).push({ block: number, whole: data.healthAfter.isNone, healthAfter, price: fixed(data.price) });
        } else if (section === 'oracle' && method === 'PriceAggregated') {
          const market = data.market.toNumber();
          const mark = fixed(data.mark);
          marks[market] = { low: Math.min(marks[market]?.low ?? mark, mark), high: Math.max(marks[market]?.high ?? mark, mark) };
        } else if (section === 'circuitBreaker' && method === 'StateChanged') {
          const market = data.market.toNumber();
          breakerState[market] = data.to.toString();
          breakers.push({ block: number, market, from: data.from.toString(), to: data.to.toString(), cause: data.cause.toString() });
        }
      }
      const activity = await (await api.at(hash)).call.venueActivityApi.blockActivity();
      waterfall.shortfall += bUSD(activity.shortfall);
      waterfall.fundCovered += bUSD(activity.fundCovered);
      waterfall.vaultAbsorbed += bUSD(activity.vaultAbsorbed);
      waterfall.deleveraged += bUSD(activity.deleveraged);
      waterfall.deficitCarried += bUSD(activity.deficitCarried);
      worstHookWeight = Math.max(worstHookWeight, activity.hookRefTime.toNumber());
    },
    async () =>
      ['eve', 'charlie'].every((name) => (liquidations[name] ?? []).some((l) => l.whole)) &&
      breakers.some((b) => SEVERITY[b.to] < SEVERITY[b.from]),
    600_000,
  );

  // Every account whose liquidation price the mark crossed.
  const calledFor = Object.entries(traders)
    .filter(([, t]) => t.liquidationPrice !== null && marks[t.market] &&
      (t.leverage > 0 ? marks[t.market].low <= t.liquidationPrice : marks[t.market].high >= t.liquidationPrice))
    .map(([name]) => name)
    .sort();
  const liquidated = Object.keys(liquidations).sort();
  const partialThenWhole = Object.entries(liquidations)
    .filter(([, ls]) => ls.some((l) => !l.whole) && ls.at(-1).whole && ls.findIndex((l) => !l.whole) < ls.findIndex((l) => l.whole))
    .map(([name]) => name);
  // A partial pass restores at least the 1.25× target (more where the gap cover asks it).
  const shortPartials = Object.values(liquidations).flat().filter((l) => !l.whole && l.healthAfter < 1.25);
  const fund = await api.call.insuranceFundApi.fund();
  // Let the killed node catch up with the others' finality before comparing.
  let agreement = await finalizedAgreement(apis);
  for (let i = 0; i < 30 && killed && agreement.finalized[killed] < Math.max(...Object.values(agreement.finalized)) - 2; i += 1) {
    await sleep(2_000);
    agreement = await finalizedAgreement(apis);
  }
  const solvency = await solvencyEverywhere(apis);
  let longestRunWithout = 0;
  if (killed) {
    let run = 0;
    for (const author of authors) {
      run = author === killed ? 0 : run + 1;
      longestRunWithout = Math.max(longestRunWithout, run);
    }
  }
  const report = {
    startBlock,
    blocks: authors.length,
    marks,
    calledFor,
    liquidated,
    partialThenWhole,
    liquidations,
    breakers,
    waterfall,
    fundAfter: { balance: bUSD(fund.balance), deficits: bUSD(fund.deficits) },
    worstHookRefTimeMs: worstHookWeight / 1e9,
    agreement,
    solvency,
    emptySlots,
    killed: killed ? { node: killed, longestRunOfBlocksWithoutIt: longestRunWithout } : null,
  };
  const dump = JSON.stringify(report);

  // An hourly candle a block makes the oracle's volatility a block several percent: a partial
  // pass must then leave what survives three of them (the gap cover), which for these accounts
  // is less than the 10 000 bUSD partial minimum, so they are closed whole at once; partial
  // passes are not required here (the localnet liquidation test, on minute bars, has them).
  check(shortPartials.length === 0, `a partial liquidation left less than 1.25× maintenance: ${dump}`);
  check(calledFor.length >= 2, `the crash crossed too few liquidation prices: ${dump}`);
  check(calledFor.every((name) => liquidated.includes(name)), `a liquidation the price path called for did not happen: ${dump}`);
  check(!liquidated.includes('alice') && !liquidated.includes('bob'), `the 1.5x long or the short was liquidated: ${dump}`);
  check(breakers.some((b) => SEVERITY[b.to] > SEVERITY[b.from]), `no breaker tripped: ${dump}`);
  check(breakers.some((b) => SEVERITY[b.to] < SEVERITY[b.from]), `no breaker stepped back: ${dump}`);
  check(waterfall.shortfall > 0, `the gaps made no bad debt for the fund to cover: ${dump}`);
  check(waterfall.fundCovered > 0, `the fund covered nothing: ${dump}`);
  const covered = waterfall.fundCovered + waterfall.vaultAbsorbed + waterfall.deleveraged;
  check(Math.abs(covered - waterfall.shortfall) < 1e-3 && bUSD(fund.deficits) === 0, `bad debt left uncovered: ${dump}`);
  for (const [name, s] of Object.entries(solvency)) {
    check(s.conserved && s.supplyUnchanged && s.shortfall === 0, `${name}'s finalized state does not account for every bUSD unit: ${dump}`);
  }
  check(agreement.agreed, `the nodes disagree on the finalized chain: ${dump}`);
  if (killed) {
    check((emptySlots[killed] ?? 0) >= 1 && longestRunWithout >= 4, `${killed} missed none of its slots: was it down? ${dump}`);
    check(agreement.finalized[killed] >= Math.max(...Object.values(agreement.finalized)) - 2, `${killed} did not catch up: ${dump}`);
    const baseline = join(process.env.BALLAST_ZN_REPORTS ?? '/nonexistent', 'crash-crash-watch.json');
    if (existsSync(baseline)) {
      const expected = JSON.parse(readFileSync(baseline, 'utf8')).liquidated;
      check(JSON.stringify(expected) === JSON.stringify(liquidated), `liquidated ${liquidated}, without a node dying ${expected}: ${dump}`);
    }
  }
  console.log(dump);
}
