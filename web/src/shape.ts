// Shaping the chain's answers (polkadot.js values turned to JSON) into what the dashboard
// shows. Pure functions over plain data, so they are unit-tested without a node.
//
// Units on chain: prices and ratios are 18-decimal fixed point, bUSD has 6 decimals, sizes
// are 10^-9 coins, Perbill is parts per billion.

export const FIXED = 10n ** 18n;
export const USD = 10n ** 6n;
export const BASE = 10n ** 9n;

/** A chain integer as polkadot.js renders it in JSON (a number, a decimal or a hex string). */
export type ChainInt = number | string | bigint;

export function big(value: ChainInt | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(Math.trunc(value));
  const text = value.trim();
  if (text.startsWith('-0x')) return -BigInt(text.slice(1));
  return BigInt(text);
}

/** A fixed-point (18 decimals) value as a float, to six decimals. */
export function fixed(value: ChainInt | null | undefined): number {
  return Number((big(value) * 1_000_000n) / FIXED) / 1e6;
}

export function busd(value: ChainInt | null | undefined): number {
  return Number(big(value)) / 1e6;
}

/** BLST, the native token (12 decimals): referendum tallies. */
export function blst(value: ChainInt | null | undefined): number {
  return Number(big(value)) / 1e12;
}

export function coins(value: ChainInt | null | undefined): number {
  return Number(big(value)) / 1e9;
}

export function perbill(value: ChainInt | null | undefined): number {
  return Number(big(value)) / 1e9;
}

/** The markets' names as the chain serves them (`venueApi.markets`), refreshed every block. */
const names = new Map<number, string>();

/** A symbol as polkadot.js renders `Bytes`: hex (`toJSON`) or text (`toHuman`). */
function symbolText(symbol: string): string {
  if (!/^0x([0-9a-f]{2})*$/i.test(symbol)) return symbol;
  return String.fromCharCode(...(symbol.slice(2).match(/../g) ?? []).map((b) => parseInt(b, 16)));
}

/** Takes `venueApi.markets()` as JSON: `[{ id, name: { symbol, priceDecimals } | null }]`. */
export function setMarketNames(markets: { id: number | string; name?: { symbol: string } | null }[]) {
  names.clear();
  for (const m of markets) if (m.name) names.set(Number(m.id), symbolText(m.name.symbol));
}

/** Every market the chain has named, by id. */
export const marketNames = () => [...names.entries()].sort(([a], [b]) => a - b);

export const marketName = (id: number) => names.get(id) ?? `market ${id}`;

export interface MarketView {
  id: number;
  name: string;
  index: number | null;
  mark: number | null;
  volatility: number | null;
  status: string;
  updatedAt: number | null;
  breaker: BreakerView | null;
  maintenanceMultiplier: number;
  initialMultiplier: number;
  maintenanceMargin: number;
  longOpenInterest: number;
  shortOpenInterest: number;
  longPnl: number;
  shortPnl: number;
  /** Funding per block as a fraction of the mark: positive, longs pay shorts. */
  fundingRate: number;
}

/** The margin engine's funding rate: the size skew times the rate per skew, within the cap. */
export function fundingRate(params: any, longSize: ChainInt, shortSize: ChainInt): number {
  const long = Number(big(longSize));
  const short = Number(big(shortSize));
  if (long + short <= 0) return 0;
  const cap = fixed(params?.maxFundingRate);
  const rate = ((long - short) / (long + short)) * fixed(params?.fundingRatePerSkew);
  return Math.max(-cap, Math.min(cap, rate));
}

export interface BreakerView {
  /** What the margin engine enforces (an emergency or the global breaker may raise it). */
  effective: string;
  /** The breaker's own state, since which block, why it got there. */
  state: string;
  since: number;
  cause: string;
  /** The block at which it steps back one state if nothing trips it again, or null (open). */
  stepsBackAt: number | null;
  emergencyUntil: number | null;
}

/** A breaker from `circuitBreakerApi.markets()`, with the cause of its last move (from events). */
export function breakerView(view: any, lastCause: string | undefined): BreakerView | null {
  if (!view) return null;
  const state = String(view.state);
  const emergencyUntil = view.emergencyUntil === null || view.emergencyUntil === undefined ? null : Number(view.emergencyUntil);
  let cause = state === 'Open' ? '' : lastCause ?? `tripped at block ${view.disturbedAt}`;
  if (emergencyUntil !== null) cause = `emergency halt by governance until block ${emergencyUntil}`;
  return {
    effective: String(view.effective ?? state),
    state,
    since: Number(view.since ?? 0),
    cause,
    stepsBackAt: view.stepsBackAt === null || view.stepsBackAt === undefined ? null : Number(view.stepsBackAt),
    emergencyUntil,
  };
}

/** One market from the oracle's snapshot, the margin engine's market record and its breaker. */
export function marketView(id: number, snapshot: any, market: any, breaker: any, lastCause?: string): MarketView {
  const totals = market?.totals ?? {};
  const valuedAt = fixed(totals.valuedAt);
  return {
    id,
    name: marketName(id),
    index: snapshot ? fixed(snapshot.index) : null,
    mark: snapshot ? fixed(snapshot.mark) : null,
    volatility: snapshot ? fixed(snapshot.volatility) : null,
    status: snapshot ? String(snapshot.status) : 'Unpriced',
    updatedAt: snapshot ? Number(snapshot.updatedAt) : null,
    breaker: breakerView(breaker, lastCause),
    maintenanceMultiplier: market ? fixed(market.scale?.maintenance) : 1,
    initialMultiplier: market ? fixed(market.scale?.initial) : 1,
    maintenanceMargin: market ? fixed(market.params?.maintenanceMargin) : 0,
    longOpenInterest: coins(totals.longSize) * valuedAt,
    shortOpenInterest: coins(totals.shortSize) * valuedAt,
    longPnl: busd(totals.longPnl),
    shortPnl: busd(totals.shortPnl),
    fundingRate: market ? fundingRate(market.params, totals.longSize, totals.shortSize) : 0,
  };
}

export interface FundView {
  balance: number;
  sharePrice: number | null;
  pendingShares: number;
  drawdown: number;
  deficits: number;
  premiumReserved: number;
  crisis: boolean;
  /** What the fund should hold (the book's stressed shortfall), and the balance over it; null before the first census. */
  target: number | null;
  cover: number | null;
}

export function fundView(fund: any): FundView {
  return {
    balance: busd(fund.balance),
    sharePrice: fund.sharePrice === null || fund.sharePrice === undefined ? null : fixed(fund.sharePrice),
    pendingShares: busd(fund.pendingShares),
    drawdown: perbill(fund.drawdown),
    deficits: busd(fund.deficits),
    premiumReserved: busd(fund.premiumReserved),
    crisis: fund.episode !== null && fund.episode !== undefined,
    target: fund.target === null || fund.target === undefined ? null : busd(fund.target),
    cover: fund.cover === null || fund.cover === undefined ? null : fixed(fund.cover),
  };
}

export interface VaultView {
  cash: number;
  equity: number;
  openProfit: number;
  /** How many times the vault's cash covers traders' open profit (Infinity with none). */
  profitCover: number;
  /** The liquidity providers' crisis premium set aside in the running episode (null outside one): what leavers forfeit to those who stay. */
  crisisPot: number | null;
}

export function vaultView(vault: any): VaultView {
  const cash = busd(vault.cash);
  const openProfit = busd(vault.openProfit) + busd(vault.unsettledProfit);
  const inCrisis = vault.crisisEpisode !== null && vault.crisisEpisode !== undefined;
  return {
    cash,
    equity: busd(vault.equity),
    openProfit,
    profitCover: openProfit > 0 ? cash / openProfit : Infinity,
    crisisPot: inCrisis ? busd(vault.crisisPot) : null,
  };
}

export interface FeedEntry {
  block: number;
  kind: 'liquidation' | 'waterfall' | 'deleveraging' | 'breaker' | 'oracle';
  text: string;
}

/** The venue's events of one block, as lines of the live feed (others are left out). */
export function feedEntries(block: number, events: { section: string; method: string; data: any }[]): FeedEntry[] {
  const out: FeedEntry[] = [];
  for (const { section, method, data } of events) {
    const d = data ?? {};
    if (section === 'liquidation' && method === 'Liquidated') {
      const whole = d.healthAfter === null || d.healthAfter === undefined;
      out.push({ block, kind: 'liquidation', text: `${short(d.who)} ${whole ? 'closed' : 'reduced'} ${Math.abs(coins(d.closed))} on ${marketName(Number(d.market))} at ${fixed(d.price)}${whole ? '' : `, health after ${fixed(d.healthAfter).toFixed(2)}`}` });
    } else if (section === 'insuranceFund' && ['FundCovered', 'VaultAbsorbed', 'DeficitCarried', 'DeficitReduced'].includes(method)) {
      const amount = d.amount ?? d.remaining ?? d.byFund;
      out.push({ block, kind: 'waterfall', text: `${method}: ${busd(amount).toFixed(2)} bUSD on ${marketName(Number(d.market))}${d.who ? ` for ${short(d.who)}` : ''}` });
    } else if (section === 'insuranceFund' && method === 'Deleveraged') {
      out.push({ block, kind: 'deleveraging', text: `${short(d.who)} deleveraged ${Math.abs(coins(d.closed))} on ${marketName(Number(d.market))} at ${fixed(d.price)}` });
    } else if (section === 'circuitBreaker' && method === 'StateChanged') {
      out.push({ block, kind: 'breaker', text: `${marketName(Number(d.market))}: ${d.from} → ${d.to} (${causeText(d.cause)})` });
    } else if (section === 'circuitBreaker' && (method === 'GlobalTripped' || method === 'GlobalReset' || method.startsWith('Emergency'))) {
      out.push({ block, kind: 'breaker', text: `${method} ${JSON.stringify(d)}` });
    } else if (section === 'oracle' && (method === 'StatusChanged' || method === 'FeederSuspended')) {
      out.push({ block, kind: 'oracle', text: method === 'StatusChanged' ? `${marketName(Number(d.market))} feed ${d.from} → ${d.to}` : `feeder ${short(d.feeder)} suspended after ${d.outliers} outliers` });
    }
  }
  return out;
}

/** A breaker's cause (an enum rendered to JSON) in words. */
export function causeText(cause: any): string {
  if (typeof cause === 'string') return cause;
  if (cause && typeof cause === 'object') {
    const [kind, value] = Object.entries(cause)[0] ?? ['?', null];
    if (kind === 'priceMove' && value && typeof value === 'object' && 'moved' in (value as any)) return `price moved ${(perbill((value as any).moved) * 100).toFixed(1)} %`;
    return value === null ? kind : `${kind} ${JSON.stringify(value)}`;
  }
  return String(cause);
}

export function short(address: unknown): string {
  const text = String(address ?? '');
  return text.length > 12 ? `${text.slice(0, 6)}…${text.slice(-4)}` : text;
}

export interface AtRiskView {
  who: string;
  health: number | null;
  distance: number;
  /** Chance of reaching maintenance within the engine's risk horizon, 0 to 1. */
  probability: number;
}

/** `liquidationApi.atRisk`: each entry's health is the engine's `AccountHealth` (equity and
 * requirements in bUSD atoms), shown as equity over the maintenance requirement. */
export function atRiskView(entries: any[]): AtRiskView[] {
  return entries.map((e) => ({
    who: String(e.who),
    health: healthRatio(e.health),
    distance: fixed(e.distance),
    probability: perbill(e.probability ?? 0),
  }));
}

/** Equity over the maintenance requirement, or null without a requirement. */
export function healthRatio(health: any): number | null {
  const maintenance = busd(health?.maintenanceRequirement);
  return maintenance > 0 ? busd(health.equity) / maintenance : null;
}

export interface RiskView {
  probability: number;
  horizonBlocks: number;
  pnlDeviation: number;
  expectedShortfall: number;
}

/** `liquidationApi.accountRisk`: an account's chance of liquidation over the horizon. */
export function riskView(risk: any): RiskView | null {
  if (!risk) return null;
  return { probability: perbill(risk.probability), horizonBlocks: Number(risk.horizon), pnlDeviation: busd(risk.pnlDeviation), expectedShortfall: busd(risk.expectedShortfall) };
}

export interface BookRiskView {
  accounts: number;
  expectedLiquidations: number;
  expectedShortfall: number;
  horizonBlocks: number;
}

/** `liquidationApi.bookRisk`: the book's expected liquidations and shortfall over the horizon. */
export function bookRiskView(book: any): BookRiskView {
  return { accounts: Number(book.accounts), expectedLiquidations: fixed(book.expectedLiquidations), expectedShortfall: busd(book.expectedShortfall), horizonBlocks: Number(book.horizon) };
}

/** A horizon in blocks of six seconds, said in hours or minutes. */
export function horizonText(blocks: number): string {
  const minutes = (blocks * 6) / 60;
  return minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}

export interface PositionView {
  market: string;
  size: number;
  entry: number;
  mark: number;
  pnl: number;
  liquidationPrice: number | null;
}

export interface AccountView {
  collateral: number;
  equity: number;
  maintenance: number;
  health: number | null;
  positions: PositionView[];
}

export function accountView(account: any): AccountView | null {
  if (!account) return null;
  const maintenance = busd(account.maintenanceRequirement);
  const equity = busd(account.equity);
  return {
    collateral: busd(account.collateral),
    equity,
    maintenance,
    health: maintenance > 0 ? equity / maintenance : null,
    positions: (account.positions ?? []).map((p: any) => ({
      market: marketName(Number(p.market)),
      size: coins(p.size_ ?? p.size),
      entry: fixed(p.entryPrice),
      mark: fixed(p.markPrice),
      pnl: busd(p.unrealisedPnl),
      liquidationPrice: p.liquidationPrice === null || p.liquidationPrice === undefined ? null : fixed(p.liquidationPrice),
    })),
  };
}

/** A bounded series of (block, value) points for a chart: the last `limit` kept. */
export function appendPoint(series: [number[], number[]], block: number, value: number | null, limit = 600): [number[], number[]] {
  if (value === null || !Number.isFinite(value)) return series;
  const [xs, ys] = series;
  if (xs.length > 0 && xs[xs.length - 1] >= block) return series;
  const from = Math.max(0, xs.length + 1 - limit);
  return [[...xs.slice(from), block], [...ys.slice(from), value]];
}

/** The shocks a form run asks for: a quarter, half, three quarters and all of `percent`. */
export function shockLadder(percent: number): number[] {
  return [0.25, 0.5, 0.75, 1].map((f) => Math.round(percent * f * 100) / 100);
}

/** Per shock of the ladder, what `risk_stressTest` answered for its one step. */
export function shockSeries(answer: any, percents: number[]) {
  const steps = (answer?.scenarios ?? []).map((scenario: any[]) => scenario[0] ?? {});
  const num = (v: unknown) => Number(v ?? 0);
  return {
    percents,
    liquidated: steps.map((s: any) => num(s.liquidatedPartially) + num(s.liquidatedWholly)),
    shortfall: steps.map((s: any) => num(s.shortfall)),
    fundCovered: steps.map((s: any) => num(s.fundCovered)),
    deleveraged: steps.map((s: any) => num(s.deleveraged)),
  };
}
