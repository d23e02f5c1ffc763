// A trader's and a liquidity provider's session on a Ballast dev chain, through @polkadot/api
// as a wallet would: Alice deposits bUSD, opens a 5x BTC-USD long at the oracle's mark,
// watches her health (api.call.marginApi.account) move with the replayed price for a few
// blocks, closes and withdraws; Charlie provides liquidity to the vault and takes it back.
// Prints one JSON line; exits non-zero on any failure.
//
//   node scripts/margin.mjs [ws://127.0.0.1:9944] [blocks to watch = 5]
import { Keyring } from '@polkadot/api';
import { connect, marketId, script, sender } from './lib.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const watchBlocks = Number(process.argv[3] ?? 5);
const TIMEOUT_MS = 240_000;
const USD = 1_000_000n; // bUSD atoms per dollar
const BASE = 1_000_000_000n; // base atoms per coin
const FIXED = 10n ** 18n;

const { fail, check } = script('margin', TIMEOUT_MS);

const api = await connect(url);
const BTC_USD = await marketId(api, 'BTC-USD');
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const charlie = keyring.addFromUri('//Charlie');
check(api.call.marginApi?.account, 'the runtime offers no marginApi');

const fixed = (value) => Number((value.toBigInt() * 1_000_000n) / FIXED) / 1e6;

// Alice is also the dev chain's feeder: `sender` signs again when her worker took the nonce.
const send = sender(api);

async function nextBlocks(count) {
  const start = (await api.rpc.chain.getHeader()).number.toNumber();
  for (;;) {
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    if (now >= start + count) return now;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

// 1. Wait for a live BTC-USD mark.
let mark = null;
for (let tries = 0; tries < 60 && mark === null; tries += 1) {
  const feed = await api.call.oracleApi.feed(BTC_USD);
  if (feed.isSome && feed.unwrap().status.toString() === 'Live') mark = feed.unwrap().mark.toBigInt();
  else await nextBlocks(1);
}
check(mark !== null, 'BTC-USD never went live');

// 2. Alice deposits 4 000 bUSD and opens a 5x long: 20 000 of notional (in the middle of the
// replayed crash the dynamic margins ask more than a calm day's 10 % for 10x).
const deposit = 4_000n * USD;
const size = (20_000n * BASE * FIXED) / mark; // base atoms worth 20 000 dollars
const limit = (mark * 102n) / 100n;
await send(alice, api.tx.margin.deposit(deposit));
const opened = await send(alice, api.tx.margin.trade(BTC_USD, size, limit));
check(opened.includes('margin.Traded'), `no Traded event: ${opened}`);

const healths = [];
let first = null;
for (let i = 0; i < watchBlocks; i += 1) {
  const account = (await api.call.marginApi.account(alice.address)).unwrap();
  const position = account.positions[0];
  const point = {
    health: account.health.isSome ? fixed(account.health.unwrap()) : null,
    equity: Number(account.equity.toBigInt()) / 1e6,
    mark: fixed(position.markPrice),
    liquidationPrice: position.liquidationPrice.isSome ? fixed(position.liquidationPrice.unwrap()) : null,
  };
  // A Struct is a Map, so polkadot.js names the field `size` as `size_`.
  first ??= { ...point, entry: fixed(position.entryPrice), size: Number(position.get('size_').toBigInt()) / 1e9 };
  healths.push(point);
  await nextBlocks(1);
}
check(new Set(healths.map((h) => h.health)).size >= 2, `health did not move: ${JSON.stringify(healths)}`);
const leverage = (first.size * first.mark) / first.equity;
check(leverage > 4 && leverage < 7, `not about 5x: ${leverage}`);
check(first.liquidationPrice !== null && first.liquidationPrice < first.mark, 'a long liquidates below the mark');

// 3. Close at any price and take everything out.
const closed = await send(alice, api.tx.margin.close(BTC_USD, 0));
check(closed.includes('margin.Traded'), `no Traded event on close: ${closed}`);
const after = (await api.call.marginApi.account(alice.address)).unwrap();
check(after.positions.length === 0, 'the position is still open');
await send(alice, api.tx.margin.withdraw(after.collateral));
check((await api.call.marginApi.account(alice.address)).isNone, 'the emptied account is gone');

// 4. Charlie provides liquidity and takes it back.
const vaultBefore = await api.call.marginApi.vault();
await send(charlie, api.tx.margin.provideLiquidity(10_000n * USD));
const shares = (await api.query.margin.lpShares(charlie.address)).toBigInt();
check(shares > 0n, 'no vault shares');
const redeemed = await send(charlie, api.tx.margin.withdrawLiquidity(shares));
check(redeemed.includes('margin.LiquidityWithdrawn'), `no LiquidityWithdrawn: ${redeemed}`);
check((await api.query.margin.lpShares(charlie.address)).toBigInt() === 0n, 'shares left');

console.log(
  JSON.stringify({
    opened: first,
    leverage,
    healths,
    closedCollateral: Number(after.collateral.toBigInt()) / 1e6,
    vaultCashBefore: Number(vaultBefore.cash.toBigInt()) / 1e6,
    lpShares: Number(shares) / 1e6,
  }),
);
await api.disconnect();
process.exit(0);
