import { describe, expect, it } from 'vitest';
import {
  accountView, appendPoint, atRiskView, big, blst, bookRiskView, horizonText, riskView, breakerView, causeText, feedEntries, fixed, fundView, marketName, marketNames, marketView,
  setMarketNames, shockLadder, shockSeries, vaultView,
} from '../src/shape';

// The names the dev chain serves at genesis, as `venueApi.markets().toJSON()` renders them.
setMarketNames([
  { id: 1, name: { symbol: '0x4254432d555344' } },
  { id: 2, name: { symbol: 'ETH-USD' } },
]);

describe('names', () => {
  it('takes market names from the chain, a listed market without one by its id', () => {
    expect(marketName(1)).toBe('BTC-USD');
    expect(marketName(7)).toBe('market 7');
    setMarketNames([{ id: 1, name: { symbol: 'BTC-USD' } }, { id: 2, name: { symbol: 'ETH-USD' } }, { id: 3, name: { symbol: '0x534f4c2d555344' } }, { id: 4, name: null }]);
    expect(marketNames()).toEqual([[1, 'BTC-USD'], [2, 'ETH-USD'], [3, 'SOL-USD']]);
    expect(marketName(4)).toBe('market 4');
  });
});

const price = (dollars: number) => (BigInt(Math.round(dollars * 1e6)) * 10n ** 12n).toString();

describe('numbers', () => {
  it('reads chain integers as polkadot.js renders them', () => {
    expect(big(12)).toBe(12n);
    expect(big('0x10')).toBe(16n);
    expect(big('-0x10')).toBe(-16n);
    expect(big('340282366920938463463374607431768211455')).toBe(2n ** 128n - 1n);
    expect(fixed(price(4039.828044))).toBe(4039.828044);
    expect(fixed(null)).toBe(0);
    expect(blst('0x' + (5n * 10n ** 12n).toString(16))).toBe(5);
  });
});

describe('markets', () => {
  const breaker = { market: 2, effective: 'Halted', state: 'Halted', since: 17, disturbedAt: 20, stepsBackAt: 30, emergencyUntil: null };
  it('says when a tripped breaker steps back and why it tripped', () => {
    const view = breakerView(breaker, 'price moved 21.6 %')!;
    expect(view).toMatchObject({ state: 'Halted', stepsBackAt: 30, cause: 'price moved 21.6 %' });
    expect(breakerView({ ...breaker, state: 'Open', stepsBackAt: null }, 'Stable')!).toMatchObject({ stepsBackAt: null, cause: '' });
    expect(breakerView({ ...breaker, emergencyUntil: 700 }, undefined)!.cause).toMatch(/emergency halt by governance until block 700/);
    expect(breakerView(null, undefined)).toBeNull();
    expect(causeText({ priceMove: { moved: 216149006 } })).toBe('price moved 21.6 %');
    expect(causeText('FeedStale')).toBe('FeedStale');
  });
  it('values open interest per side at the totals price', () => {
    const market = {
      params: { maintenanceMargin: price(0.03), fundingRatePerSkew: price(0.001), maxFundingRate: price(0.0005) },
      scale: { initial: price(1.5), maintenance: price(1.25) },
      totals: { longSize: 2_000_000_000, shortSize: 500_000_000, valuedAt: price(100), longPnl: -5_000_000, shortPnl: 1_000_000 },
    };
    const snapshot = { index: price(101), mark: price(100.5), volatility: price(0.02), updatedAt: 40, status: 'Live' };
    const view = marketView(2, snapshot, market, breaker);
    expect(view.name).toBe('ETH-USD');
    expect([view.index, view.mark, view.status]).toEqual([101, 100.5, 'Live']);
    expect([view.longOpenInterest, view.shortOpenInterest]).toEqual([200, 50]);
    expect([view.maintenanceMultiplier, view.initialMultiplier, view.maintenanceMargin]).toEqual([1.25, 1.5, 0.03]);
    expect(view.fundingRate).toBe(0.0005); // skew 0.6 × 0.001, held at the cap
    expect(marketView(1, null, null, null).status).toBe('Unpriced');
  });
});

describe('fund and vault', () => {
  it('shows the fund in bUSD and its drawdown as a fraction', () => {
    const view = fundView({ balance: 1_533_985_864, sharePrice: price(0.95), pendingShares: 0, drawdown: 250_000_000, deficits: 0, premiumReserved: 0, episode: null, target: 3_067_971_728, cover: price(0.5) });
    expect(view).toMatchObject({ balance: 1533.985864, sharePrice: 0.95, drawdown: 0.25, crisis: false, target: 3067.971728, cover: 0.5 });
    expect(fundView({ balance: 0, sharePrice: null, pendingShares: 0, drawdown: 0, deficits: 0, premiumReserved: 0, episode: null, target: null, cover: null })).toMatchObject({ target: null, cover: null });
  });
  it('covers traders open profit with the vault cash', () => {
    expect(vaultView({ cash: 500_000_000_000, equity: 490_000_000_000, openProfit: 100_000_000_000, unsettledProfit: 0 }).profitCover).toBe(5);
    expect(vaultView({ cash: 1, equity: 1, openProfit: 0, unsettledProfit: 0 }).profitCover).toBe(Infinity);
  });

  it('shows the providers’ crisis premium only while an episode runs', () => {
    expect(vaultView({ cash: 1, equity: 1, openProfit: 0, unsettledProfit: 0, crisisEpisode: null, crisisPot: 0 }).crisisPot).toBeNull();
    expect(vaultView({ cash: 1, equity: 1, openProfit: 0, unsettledProfit: 0, crisisEpisode: 3, crisisPot: 2_500_000 }).crisisPot).toBe(2.5);
  });
});

describe('live feed', () => {
  it('turns liquidations, waterfall steps, deleveraging and breakers into lines, and drops the rest', () => {
    const who = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
    const lines = feedEntries(17, [
      { section: 'liquidation', method: 'Liquidated', data: { who, market: 2, closed: 100_000_000_000, price: price(168.73), penalty: 1, healthAfter: null } },
      { section: 'liquidation', method: 'Liquidated', data: { who, market: 2, closed: 50_000_000_000, price: price(177.6), penalty: 1, healthAfter: price(1.25) } },
      { section: 'insuranceFund', method: 'FundCovered', data: { who, market: 2, amount: 621_232_107 } },
      { section: 'insuranceFund', method: 'Deleveraged', data: { who, market: 2, closed: -1_000_000_000, price: price(150), recovered: 5 } },
      { section: 'circuitBreaker', method: 'StateChanged', data: { market: 1, from: 'Open', to: 'Halted', cause: { priceMove: { moved: 216149006 } } } },
      { section: 'balances', method: 'Transfer', data: {} },
    ]);
    expect(lines.map((l) => l.kind)).toEqual(['liquidation', 'liquidation', 'waterfall', 'deleveraging', 'breaker']);
    expect(lines[0].text).toContain('closed 100 on ETH-USD at 168.73');
    expect(lines[1].text).toContain('health after 1.25');
    expect(lines[2].text).toContain('621.23 bUSD');
    expect(lines[4].text).toBe('BTC-USD: Open → Halted (price moved 21.6 %)');
  });
});

describe('accounts', () => {
  it('reads health and liquidation prices, and the queue', () => {
    const view = accountView({
      collateral: 2_000_000_000, equity: 1_500_000_000, maintenanceRequirement: 1_000_000_000,
      positions: [{ market: 2, size_: 15_000_000_000, entryPrice: price(4000), markPrice: price(3950), unrealisedPnl: -750_000_000, liquidationPrice: price(3891) }],
    })!;
    expect(view.health).toBe(1.5);
    expect(view.positions[0]).toMatchObject({ market: 'ETH-USD', size: 15, liquidationPrice: 3891 });
    expect(accountView(null)).toBeNull();
    // The engine's AccountHealth as polkadot.js renders it (the old fixture, a bare ratio, hid
    // that the list broke on its first entry).
    const health = { equity: 900_000_000, initialRequirement: 2_000_000_000, maintenanceRequirement: 1_000_000_000 };
    expect(atRiskView([{ who: 'x', health, distance: price(0.01), probability: 25_000_000 }])[0]).toEqual({ who: 'x', health: 0.9, distance: 0.01, probability: 0.025 });
    const flat = atRiskView([{ who: 'x', health: { equity: 5, initialRequirement: 0, maintenanceRequirement: 0 }, distance: 0 }])[0];
    expect([flat.health, flat.probability]).toEqual([null, 0]);
    expect(riskView({ probability: '0x3b9aca00', horizon: 600, pnlDeviation: 2_500_000, expectedShortfall: 0 })).toEqual({ probability: 1, horizonBlocks: 600, pnlDeviation: 2.5, expectedShortfall: 0 });
    expect(riskView(null)).toBeNull();
    expect(bookRiskView({ accounts: 3, expectedLiquidations: price(0.5), expectedShortfall: 1_000_000, horizon: 600 })).toEqual({ accounts: 3, expectedLiquidations: 0.5, expectedShortfall: 1, horizonBlocks: 600 });
    expect(horizonText(600)).toBe('1 h');
    expect(horizonText(50)).toBe('5 min');
  });
  it('keeps a bounded, increasing series', () => {
    let series: [number[], number[]] = [[], []];
    for (let block = 1; block <= 5; block += 1) series = appendPoint(series, block, block * 10, 3);
    series = appendPoint(series, 5, 99, 3);
    expect(series).toEqual([[3, 4, 5], [30, 40, 50]]);
  });
});

describe('shock ladder', () => {
  it('asks for four shocks up to the one given and reads each answer', () => {
    const percents = shockLadder(-30);
    expect(percents).toEqual([-7.5, -15, -22.5, -30]);
    const step = (n: number) => [{ liquidatedPartially: n, liquidatedWholly: 1, shortfall: `${n * 10}.5`, fundCovered: '1', deleveraged: '0' }];
    const series = shockSeries({ at: '0x', scenarios: [step(0), step(1), step(2), step(3)] }, percents);
    expect(series.liquidated).toEqual([1, 2, 3, 4]);
    expect(series.shortfall).toEqual([0.5, 10.5, 20.5, 30.5]);
  });
});
