// Shaping the chain's answers into what the dashboard shows. Pure functions over the runtime's
// own types, generated from its metadata (src/interfaces, ./scripts/typegen): the runtime APIs'
// structs, storage values and event fields as polkadot.js decodes them, so a renamed or retyped
// field fails the type check instead of showing a blank. Unit-tested without a node, on values
// built from the same generated definitions.
//
// Units on chain: prices and ratios are 18-decimal fixed point, bUSD has 6 decimals, sizes
// are 10^-9 coins, Perbill is parts per billion.
import type { Bytes, Option, Vec } from '@polkadot/types-codec';
import type { Codec, INumber } from '@polkadot/types-codec/types';
import type {
  BallastPrimitivesMarginAccountHealth, BallastPrimitivesOraclePriceSnapshot, BallastVenueRuntimeApiVenueMarket, PalletBallastCircuitBreakerCause,
  PalletBallastCircuitBreakerMarketBreakerView, PalletBallastInsuranceFundAdlRanking, PalletBallastInsuranceFundFundState, PalletBallastLiquidationAccountRisk,
  PalletBallastLiquidationAtRisk, PalletBallastLiquidationBookRisk, PalletBallastMarginAccountSummary, PalletBallastMarginMarket,
  PalletBallastMarginMarketParams, PalletBallastMarginVaultSummary,
} from '@polkadot/types/lookup';
import type { AugmentedEvents } from '@polkadot/api-base/types';
import type { IEvent } from '@polkadot/types/types';
import type { IsEvent } from '@polkadot/types/metadata/decorate/types';

export const FIXED = 10n ** 18n;
export const USD = 10n ** 6n;
export const BASE = 10n ** 9n;

/** A chain integer: a decoded one (u128, i128, Perbill, …) or a plain number or decimal string. */
export type ChainInt = INumber | number | string | bigint;

export function big(value: ChainInt | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(Math.trunc(value));
  if (typeof value === 'string') return value.trim().startsWith('-0x') ? -BigInt(value.trim().slice(1)) : BigInt(value.trim());
  return value.toBigInt();
}

/** The value of a decoded `Option`, or null. */
export const some = <T extends Codec>(option: Option<T>): T | null => (option.isSome ? option.unwrap() : null);

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

/** `venueApi.markets()`: each market's id and, when named, its symbol. */
export function setMarketNames(markets: Vec<BallastVenueRuntimeApiVenueMarket> | BallastVenueRuntimeApiVenueMarket[]) {
  names.clear();
  for (const m of markets) {
    const name = some(m.name);
    if (name) names.set(m.id.toNumber(), symbolText(name.symbol));
  }
}

const symbolText = (symbol: Bytes) => (symbol.isUtf8 ? symbol.toUtf8() : symbol.toHex());

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
export function fundingRate(params: PalletBallastMarginMarketParams, longSize: ChainInt, shortSize: ChainInt): number {
  const long = Number(big(longSize));
  const short = Number(big(shortSize));
  if (long + short <= 0) return 0;
  const cap = fixed(params.maxFundingRate);
  const rate = ((long - short) / (long + short)) * fixed(params.fundingRatePerSkew);
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
export function breakerView(view: PalletBallastCircuitBreakerMarketBreakerView | null | undefined, lastCause: string | undefined): BreakerView | null {
  if (!view) return null;
  const state = view.state.type;
  const emergencyUntil = some(view.emergencyUntil)?.toNumber() ?? null;
  let cause = state === 'Open' ? '' : lastCause ?? `tripped at block ${view.disturbedAt.toNumber()}`;
  if (emergencyUntil !== null) cause = `emergency halt by governance until block ${emergencyUntil}`;
  return {
    effective: view.effective.type,
    state,
    since: view.since.toNumber(),
    cause,
    stepsBackAt: some(view.stepsBackAt)?.toNumber() ?? null,
    emergencyUntil,
  };
}

/** One market from the oracle's snapshot, the margin engine's market record and its breaker. */
export function marketView(
  id: number,
  snapshot: BallastPrimitivesOraclePriceSnapshot | null,
  market: PalletBallastMarginMarket | null,
  breaker: PalletBallastCircuitBreakerMarketBreakerView | null | undefined,
  lastCause?: string,
): MarketView {
  const totals = market?.totals;
  const valuedAt = fixed(totals?.valuedAt);
  return {
    id,
    name: marketName(id),
    index: snapshot ? fixed(snapshot.index) : null,
    mark: snapshot ? fixed(snapshot.mark) : null,
    volatility: snapshot ? fixed(snapshot.volatility) : null,
    status: snapshot ? snapshot.status.type : 'Unpriced',
    updatedAt: snapshot ? snapshot.updatedAt.toNumber() : null,
    breaker: breakerView(breaker, lastCause),
    maintenanceMultiplier: market ? fixed(market.scale.maintenance) : 1,
    initialMultiplier: market ? fixed(market.scale.initial) : 1,
    maintenanceMargin: market ? fixed(market.params.maintenanceMargin) : 0,
    longOpenInterest: coins(totals?.longSize) * valuedAt,
    shortOpenInterest: coins(totals?.shortSize) * valuedAt,
    longPnl: busd(totals?.longPnl),
    shortPnl: busd(totals?.shortPnl),
    fundingRate: market ? fundingRate(market.params, market.totals.longSize, market.totals.shortSize) : 0,
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

export function fundView(fund: PalletBallastInsuranceFundFundState): FundView {
  const sharePrice = some(fund.sharePrice);
  const target = some(fund.target);
  const cover = some(fund.cover);
  return {
    balance: busd(fund.balance),
    sharePrice: sharePrice ? fixed(sharePrice) : null,
    pendingShares: busd(fund.pendingShares),
    drawdown: perbill(fund.drawdown),
    deficits: busd(fund.deficits),
    premiumReserved: busd(fund.premiumReserved),
    crisis: fund.episode.isSome,
    target: target ? busd(target) : null,
    cover: cover ? fixed(cover) : null,
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

export function vaultView(vault: PalletBallastMarginVaultSummary): VaultView {
  const cash = busd(vault.cash);
  const openProfit = busd(vault.openProfit) + busd(vault.unsettledProfit);
  return {
    cash,
    equity: busd(vault.equity),
    openProfit,
    profitCover: openProfit > 0 ? cash / openProfit : Infinity,
    crisisPot: vault.crisisEpisode.isSome ? busd(vault.crisisPot) : null,
  };
}

export interface FeedEntry {
  block: number;
  kind: 'liquidation' | 'waterfall' | 'deleveraging' | 'breaker' | 'oracle';
  text: string;
}

type Events = AugmentedEvents<'promise'>;
/** The `section.method` event as the metadata declares it: its fields by name. */
type EventOf<S extends keyof Events, M extends keyof Events[S]> = Events[S][M] extends IsEvent<infer T, infer N> ? IEvent<T, N> : never;
/** An event of the chain, any kind: `section` and `method` say which. */
export type ChainEvent = IEvent<Codec[]>;

/** Whether `event` is `section.method`, narrowed to that event's generated type. */
function isEvent<S extends keyof Events, M extends keyof Events[S] & string>(event: ChainEvent, section: S, method: M): event is EventOf<S, M> {
  return event.section === section && event.method === method;
}

/** The venue's events of one block, as lines of the live feed (others are left out). */
export function feedEntries(block: number, events: ChainEvent[]): FeedEntry[] {
  const out: FeedEntry[] = [];
  const marketOf = (market: INumber) => marketName(market.toNumber());
  for (const event of events) {
    if (isEvent(event, 'liquidation', 'Liquidated')) {
      const d = event.data;
      const healthAfter = some(d.healthAfter);
      out.push({ block, kind: 'liquidation', text: `${short(d.who)} ${healthAfter ? 'reduced' : 'closed'} ${Math.abs(coins(d.closed))} on ${marketOf(d.market)} at ${fixed(d.price)}${healthAfter ? `, health after ${fixed(healthAfter).toFixed(2)}` : ''}` });
    } else if (isEvent(event, 'insuranceFund', 'FundCovered') || isEvent(event, 'insuranceFund', 'VaultAbsorbed')) {
      const d = event.data;
      out.push({ block, kind: 'waterfall', text: `${event.method}: ${busd(d.amount).toFixed(2)} bUSD on ${marketOf(d.market)} for ${short(d.who)}` });
    } else if (isEvent(event, 'insuranceFund', 'DeficitCarried')) {
      out.push({ block, kind: 'waterfall', text: `DeficitCarried: ${busd(event.data.remaining).toFixed(2)} bUSD on ${marketOf(event.data.market)}` });
    } else if (isEvent(event, 'insuranceFund', 'DeficitReduced')) {
      out.push({ block, kind: 'waterfall', text: `DeficitReduced: ${busd(event.data.byFund).toFixed(2)} bUSD on ${marketOf(event.data.market)}` });
    } else if (isEvent(event, 'insuranceFund', 'Deleveraged')) {
      const d = event.data;
      out.push({ block, kind: 'deleveraging', text: `${short(d.who)} deleveraged ${Math.abs(coins(d.closed))} on ${marketOf(d.market)} at ${fixed(d.price)}` });
    } else if (isEvent(event, 'circuitBreaker', 'StateChanged')) {
      const d = event.data;
      out.push({ block, kind: 'breaker', text: `${marketOf(d.market)}: ${d.from.type} → ${d.to.type} (${causeText(d.cause)})` });
    } else if (event.section === 'circuitBreaker' && (event.method === 'GlobalTripped' || event.method === 'GlobalReset' || event.method.startsWith('Emergency'))) {
      out.push({ block, kind: 'breaker', text: `${event.method} ${JSON.stringify(event.data.toHuman())}` });
    } else if (isEvent(event, 'oracle', 'StatusChanged')) {
      const d = event.data;
      out.push({ block, kind: 'oracle', text: `${marketOf(d.market)} feed ${d.from.type} → ${d.to.type}` });
    } else if (isEvent(event, 'oracle', 'FeederSuspended')) {
      out.push({ block, kind: 'oracle', text: `feeder ${short(event.data.feeder)} suspended after ${event.data.outliers.toNumber()} outliers` });
    }
  }
  return out;
}

/** A breaker's cause in words. */
export function causeText(cause: PalletBallastCircuitBreakerCause): string {
  return cause.isPriceMove ? `price moved ${(perbill(cause.asPriceMove.moved) * 100).toFixed(1)} %` : cause.type;
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
export function atRiskView(entries: Vec<PalletBallastLiquidationAtRisk> | PalletBallastLiquidationAtRisk[]): AtRiskView[] {
  return entries.map((e) => ({
    who: e.who.toString(),
    health: healthRatio(e.health),
    distance: fixed(e.distance),
    probability: perbill(e.probability),
  }));
}

/** Equity over the maintenance requirement, or null without a requirement. */
export function healthRatio(health: BallastPrimitivesMarginAccountHealth): number | null {
  const maintenance = busd(health.maintenanceRequirement);
  return maintenance > 0 ? busd(health.equity) / maintenance : null;
}

export interface RiskView {
  probability: number;
  horizonBlocks: number;
  pnlDeviation: number;
  expectedShortfall: number;
}

/** `liquidationApi.accountRisk`: an account's chance of liquidation over the horizon. */
export function riskView(risk: PalletBallastLiquidationAccountRisk | null): RiskView | null {
  if (!risk) return null;
  return { probability: perbill(risk.probability), horizonBlocks: risk.horizon.toNumber(), pnlDeviation: busd(risk.pnlDeviation), expectedShortfall: busd(risk.expectedShortfall) };
}

export interface BookRiskView {
  accounts: number;
  expectedLiquidations: number;
  expectedShortfall: number;
  horizonBlocks: number;
}

/** `liquidationApi.bookRisk`: the book's expected liquidations and shortfall over the horizon. */
export function bookRiskView(book: PalletBallastLiquidationBookRisk): BookRiskView {
  return { accounts: book.accounts.toNumber(), expectedLiquidations: fixed(book.expectedLiquidations), expectedShortfall: busd(book.expectedShortfall), horizonBlocks: book.horizon.toNumber() };
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

export function accountView(account: PalletBallastMarginAccountSummary | null): AccountView | null {
  if (!account) return null;
  const maintenance = busd(account.maintenanceRequirement);
  const equity = busd(account.equity);
  return {
    collateral: busd(account.collateral),
    equity,
    maintenance,
    health: maintenance > 0 ? equity / maintenance : null,
    positions: account.positions.map((p) => {
      const liquidationPrice = some(p.liquidationPrice);
      return {
        market: marketName(p.market.toNumber()),
        size: coins(p.size_),
        entry: fixed(p.entryPrice),
        mark: fixed(p.markPrice),
        pnl: busd(p.unrealisedPnl),
        liquidationPrice: liquidationPrice ? fixed(liquidationPrice) : null,
      };
    }),
  };
}

/** A position's place in the deleveraging queue (`insuranceFundApi.adlRanking`): how many profitable positions are ahead. */
export function rankText(rank: PalletBallastInsuranceFundAdlRanking | undefined): string {
  if (!rank) return '—';
  const score = fixed(rank.score);
  return score === 0 ? 'not in profit' : `${rank.ahead.toNumber()} ahead (score ${score.toFixed(3)})`;
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

/** `risk_stressTest`'s answer (JSON, as `ballast_risk_rpc::StressAnswer` serialises it). */
export interface StressAnswer {
  at: string;
  scenarios: StressStep[][];
}

/** One step's outcome (`ballast_risk_rpc::StepOutcome`): counts, and bUSD as decimal strings. */
export interface StressStep {
  block: number;
  liquidatedPartially: number;
  liquidatedWholly: number;
  largest: { account: string; market: string | number; notional: string; loss: string; whole: boolean }[];
  notionalClosed: string;
  shortfall: string;
  fundCovered: string;
  vaultAbsorbed: string;
  deleveraged: string;
  deleveragedPositions: number;
  deficitCarried: string;
  crisisLevel: string;
  fundBalance: string;
  vaultEquity: string;
}

/** Per shock of the ladder, what `risk_stressTest` answered for its one step. */
export function shockSeries(answer: StressAnswer, percents: number[]) {
  const steps = answer.scenarios.map((scenario) => scenario[0]);
  const num = (v: string | number | undefined) => Number(v ?? 0);
  return {
    percents,
    liquidated: steps.map((s) => num(s?.liquidatedPartially) + num(s?.liquidatedWholly)),
    shortfall: steps.map((s) => num(s?.shortfall)),
    fundCovered: steps.map((s) => num(s?.fundCovered)),
    deleveraged: steps.map((s) => num(s?.deleveraged)),
  };
}
