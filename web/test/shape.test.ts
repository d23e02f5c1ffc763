import { TypeRegistry } from '@polkadot/types';
import type { Codec } from '@polkadot/types-codec/types';
import type { DetectCodec, RegistryTypes } from '@polkadot/types/types';
import { describe, expect, it } from 'vitest';
import '../src/interfaces/augment-types';
import lookup from '../src/interfaces/lookup';
import {
  accountView, appendPoint, atRiskView, big, blst, bookRiskView, horizonText, rankText, riskView, breakerView, causeText, feedEntries, fixed, fundView, marketName, marketNames, marketView,
  setMarketNames, shockLadder, shockSeries, vaultView, type ChainEvent, type StressStep,
} from '../src/shape';

// The chain's types as generated from its metadata (src/interfaces/lookup.ts): values built from
// them decode and read exactly as the node's answers do.
const registry = new TypeRegistry();
// RegistryTypes' declared shape has no room for enums of structs, which lookup.ts holds and the
// registry accepts.
registry.register(lookup as unknown as RegistryTypes);
const make = <K extends string>(type: K, value: unknown) => registry.createType(type, value) as DetectCodec<Codec, K>;

/** An event as polkadot.js decodes it from `system.events`: its section, method and named fields. */
function event(section: string, method: string, type: string, fields: Record<string, unknown>): ChainEvent {
  const data = make(type, fields) as unknown as Record<string, Codec> & { toHuman(): unknown };
  return { section, method, data } as unknown as ChainEvent;
}

// The names the dev chain serves at genesis (`venueApi.markets()`).
const venueMarkets = (names: [number, string | null][]) =>
  make('Vec<BallastVenueRuntimeApiVenueMarket>', names.map(([id, symbol]) => ({ id, name: symbol === null ? null : { symbol, priceDecimals: 2 } })));
setMarketNames(venueMarkets([[1, 'BTC-USD'], [2, 'ETH-USD']]));

describe('names', () => {
  it('takes market names from the chain, a listed market without one by its id', () => {
    expect(marketName(1)).toBe('BTC-USD');
    expect(marketName(7)).toBe('market 7');
    setMarketNames(venueMarkets([[1, 'BTC-USD'], [2, 'ETH-USD'], [3, 'SOL-USD'], [4, null]]));
    expect(marketNames()).toEqual([[1, 'BTC-USD'], [2, 'ETH-USD'], [3, 'SOL-USD']]);
    expect(marketName(4)).toBe('market 4');
  });
});

const price = (dollars: number) => (BigInt(Math.round(dollars * 1e6)) * 10n ** 12n).toString();

describe('numbers', () => {
  it('reads chain integers, decoded or plain', () => {
    expect(big(12)).toBe(12n);
    expect(big('0x10')).toBe(16n);
    expect(big('-0x10')).toBe(-16n);
    expect(big(make('u128', 2n ** 128n - 1n))).toBe(2n ** 128n - 1n);
    expect(big(make('i128', -5))).toBe(-5n);
    expect(fixed(make('u128', price(4039.828044)))).toBe(4039.828044);
    expect(fixed(null)).toBe(0);
    expect(blst(make('u128', 5n * 10n ** 12n))).toBe(5);
  });
});

describe('markets', () => {
  const breakerFields = { market: 2, effective: 'Halted', state: 'Halted', since: 17, disturbedAt: 20, stepsBackAt: 30, emergencyUntil: null };
  const breaker = make('PalletBallastCircuitBreakerMarketBreakerView', breakerFields);
  it('says when a tripped breaker steps back and why it tripped', () => {
    const view = breakerView(breaker, 'price moved 21.6 %')!;
    expect(view).toMatchObject({ state: 'Halted', stepsBackAt: 30, cause: 'price moved 21.6 %' });
    const open = make('PalletBallastCircuitBreakerMarketBreakerView', { ...breakerFields, state: 'Open', stepsBackAt: null });
    expect(breakerView(open, 'Stable')!).toMatchObject({ stepsBackAt: null, cause: '' });
    const emergency = make('PalletBallastCircuitBreakerMarketBreakerView', { ...breakerFields, emergencyUntil: 700 });
    expect(breakerView(emergency, undefined)!.cause).toMatch(/emergency halt by governance until block 700/);
    expect(breakerView(null, undefined)).toBeNull();
    expect(causeText(make('PalletBallastCircuitBreakerCause', { PriceMove: { moved: 216149006 } }))).toBe('price moved 21.6 %');
    expect(causeText(make('PalletBallastCircuitBreakerCause', 'FeedStale'))).toBe('FeedStale');
  });
  it('values open interest per side at the totals price', () => {
    const market = make('PalletBallastMarginMarket', {
      params: { maintenanceMargin: price(0.03), fundingRatePerSkew: price(0.001), maxFundingRate: price(0.0005) },
      scale: { initial: price(1.5), maintenance: price(1.25) },
      totals: { longSize: 2_000_000_000, shortSize: 500_000_000, valuedAt: price(100), longPnl: -5_000_000, shortPnl: 1_000_000 },
    });
    const snapshot = make('BallastPrimitivesOraclePriceSnapshot', { index: price(101), mark: price(100.5), volatility: price(0.02), updatedAt: 40, status: 'Live' });
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
  const fund = (fields: Record<string, unknown>) => make('PalletBallastInsuranceFundFundState', fields);
  const vault = (fields: Record<string, unknown>) => make('PalletBallastMarginVaultSummary', fields);
  it('shows the fund in bUSD and its drawdown as a fraction', () => {
    const view = fundView(fund({ balance: 1_533_985_864, sharePrice: price(0.95), drawdown: 250_000_000, target: 3_067_971_728, cover: price(0.5) }));
    expect(view).toMatchObject({ balance: 1533.985864, sharePrice: 0.95, drawdown: 0.25, crisis: false, target: 3067.971728, cover: 0.5 });
    expect(fundView(fund({ balance: 0 }))).toMatchObject({ sharePrice: null, target: null, cover: null });
  });
  it('covers traders open profit with the vault cash', () => {
    expect(vaultView(vault({ cash: 500_000_000_000, equity: 490_000_000_000, openProfit: 100_000_000_000 })).profitCover).toBe(5);
    expect(vaultView(vault({ cash: 1, equity: 1 })).profitCover).toBe(Infinity);
  });

  it('shows the providers’ crisis premium only while an episode runs', () => {
    expect(vaultView(vault({ cash: 1, equity: 1, crisisEpisode: null, crisisPot: 0 })).crisisPot).toBeNull();
    expect(vaultView(vault({ cash: 1, equity: 1, crisisEpisode: 3, crisisPot: 2_500_000 })).crisisPot).toBe(2.5);
  });
});

describe('live feed', () => {
  it('turns liquidations, waterfall steps, deleveraging and breakers into lines, and drops the rest', () => {
    const who = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
    const liquidated = '{"who":"AccountId32","market":"u32","closed":"i128","price":"u128","penalty":"u128","healthAfter":"Option<u128>"}';
    const lines = feedEntries(17, [
      event('liquidation', 'Liquidated', liquidated, { who, market: 2, closed: 100_000_000_000, price: price(168.73), penalty: 1, healthAfter: null }),
      event('liquidation', 'Liquidated', liquidated, { who, market: 2, closed: 50_000_000_000, price: price(177.6), penalty: 1, healthAfter: price(1.25) }),
      event('insuranceFund', 'FundCovered', '{"who":"AccountId32","market":"u32","amount":"u128"}', { who, market: 2, amount: 621_232_107 }),
      event('insuranceFund', 'Deleveraged', '{"who":"AccountId32","market":"u32","closed":"i128","price":"u128","recovered":"u128"}', { who, market: 2, closed: -1_000_000_000, price: price(150), recovered: 5 }),
      event('circuitBreaker', 'StateChanged', '{"market":"u32","from":"BallastPrimitivesBreakerMarketState","to":"BallastPrimitivesBreakerMarketState","cause":"PalletBallastCircuitBreakerCause"}', { market: 1, from: 'Open', to: 'Halted', cause: { PriceMove: { moved: 216149006 } } }),
      event('balances', 'Transfer', '{"from":"AccountId32","to":"AccountId32","amount":"u128"}', { from: who, to: who, amount: 1 }),
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
    const view = accountView(make('PalletBallastMarginAccountSummary', {
      collateral: 2_000_000_000, equity: 1_500_000_000, maintenanceRequirement: 1_000_000_000,
      positions: [{ market: 2, size_: 15_000_000_000, entryPrice: price(4000), markPrice: price(3950), unrealisedPnl: -750_000_000, liquidationPrice: price(3891) }],
    }))!;
    expect(view.health).toBe(1.5);
    expect(view.positions[0]).toMatchObject({ market: 'ETH-USD', size: 15, liquidationPrice: 3891 });
    expect(accountView(null)).toBeNull();
    // The engine's AccountHealth (a bare ratio once hid that the list broke on its first entry).
    const health = { equity: 900_000_000, initialRequirement: 2_000_000_000, maintenanceRequirement: 1_000_000_000 };
    const atRisk = (entries: unknown[]) => make('Vec<PalletBallastLiquidationAtRisk>', entries);
    const who = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
    expect(atRiskView(atRisk([{ who, health, distance: price(0.01), probability: 25_000_000 }]))[0]).toEqual({ who, health: 0.9, distance: 0.01, probability: 0.025 });
    const flat = atRiskView(atRisk([{ who, health: { equity: 5 }, distance: 0 }]))[0];
    expect([flat.health, flat.probability]).toEqual([null, 0]);
    const risk = make('PalletBallastLiquidationAccountRisk', { probability: 1_000_000_000, horizon: 600, pnlDeviation: 2_500_000 });
    expect(riskView(risk)).toEqual({ probability: 1, horizonBlocks: 600, pnlDeviation: 2.5, expectedShortfall: 0 });
    expect(riskView(null)).toBeNull();
    const book = make('PalletBallastLiquidationBookRisk', { accounts: 3, expectedLiquidations: price(0.5), expectedShortfall: 1_000_000, horizon: 600 });
    expect(bookRiskView(book)).toEqual({ accounts: 3, expectedLiquidations: 0.5, expectedShortfall: 1, horizonBlocks: 600 });
    expect(horizonText(600)).toBe('1 h');
    expect(horizonText(50)).toBe('5 min');
    const rank = (score: number, ahead: number) => make('PalletBallastInsuranceFundAdlRanking', { market: 2, side: 'Long', score: price(score), ahead });
    expect(rankText(rank(0.5, 3))).toBe('3 ahead (score 0.500)');
    expect(rankText(rank(0, 0))).toBe('not in profit');
    expect(rankText(undefined)).toBe('—');
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
    const step = (n: number): StressStep[] => [{
      block: 1, liquidatedPartially: n, liquidatedWholly: 1, largest: [], notionalClosed: '0', shortfall: `${n * 10}.5`, fundCovered: '1', vaultAbsorbed: '0',
      deleveraged: '0', deleveragedPositions: 0, deficitCarried: '0', crisisLevel: 'Calm', fundBalance: '0', vaultEquity: '0',
    }];
    const series = shockSeries({ at: '0x', scenarios: [step(0), step(1), step(2), step(3)] }, percents);
    expect(series.liquidated).toEqual([1, 2, 3, 4]);
    expect(series.shortfall).toEqual([0.5, 10.5, 20.5, 30.5]);
  });
});
