// What every script that drives a Ballast node shares: failing loudly with its name, a deadline
// for the whole run, and a connection.
import { ApiPromise, WsProvider } from '@polkadot/api';

// A script named `name`: `fail` and `check` print `name: message` and exit non-zero; the whole
// run fails after `timeoutMs`.
export function script(name, timeoutMs) {
  const fail = (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
  const check = (condition, message) => {
    if (!condition) fail(message);
  };
  setTimeout(() => fail(`no result within ${timeoutMs / 1000} s`), timeoutMs);
  return { fail, check };
}

// An API connected to `url`, failing at once if the node is not there.
export function connect(url) {
  return ApiPromise.create({ provider: new WsProvider(url, 1_000), noInitWarn: true, throwOnConnect: true });
}
