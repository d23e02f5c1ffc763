// zombienet's `js-script` hook for Ballast's network tests: runs `zombienet/scripts/<script>`
// with Node.js against the node the line names (its WebSocket URL first, then the line's other
// arguments) and returns its exit code, so a `.zndsl` line reads
//   alice: js-script ./script.cjs with "crash.mjs,watch" return is 0 within 600 seconds
// The scripts are the same ES modules the single-node tests run; zombienet loads hooks with
// `require`, hence this CommonJS wrapper. The script also gets, in its environment, every node's
// URL (BALLAST_NODES: `name=ws://…,…`), every node's Prometheus endpoint (BALLAST_METRICS:
// `name=http://…/metrics,…`) and the price feed's (BALLAST_PRICE_FEED), and writes its
// JSON report (its last line) to $BALLAST_ZN_REPORTS/<test>-<script>-<argument>.json.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

async function run(nodeName, networkInfo, args) {
  // `$NAME` stands for that environment variable (a file the runner built, say).
  const [script, ...rest] = args.map((arg) => (/^\$[A-Z_]+$/.test(arg) ? process.env[arg.slice(1)] ?? arg : arg));
  const nodes = Object.values(networkInfo.nodesByName).map((node) => `${node.name}=${node.wsUri}`);
  const metrics = Object.values(networkInfo.nodesByName).map((node) => `${node.name}=${node.prometheusUri}`);
  const env = {
    ...process.env,
    BALLAST_NODES: nodes.join(','),
    BALLAST_METRICS: metrics.join(','),
    BALLAST_PRICE_FEED: `http://127.0.0.1:${process.env.BALLAST_PRICE_FEED_PORT}`,
  };
  // How this run is named in logs and its report: the script and its first argument's last part.
  const label = [script, ...rest.slice(0, 1).map((arg) => path.basename(arg).replace(/[^A-Za-z0-9_.-]/g, '_'))].join(' ');
  const started = Date.now();
  const child = spawn('node', [path.join(__dirname, '..', 'scripts', script), networkInfo.nodesByName[nodeName].wsUri, ...rest], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => process.stdout.write(`    ${label}: ${chunk}`));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const report = stdout.trim().split('\n').at(-1) ?? '';
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`    ${label} on ${nodeName}: exit ${code} after ${seconds} s`);
  if (process.env.BALLAST_ZN_REPORTS && report.startsWith('{')) {
    const name = [process.env.BALLAST_ZN_TEST ?? 'test', ...label.replace('.mjs', '').split(' ')].join('-');
    fs.writeFileSync(path.join(process.env.BALLAST_ZN_REPORTS, `${name}.json`), `${report}\n`);
  }
  if (code !== 0) throw new Error(`${label} failed (exit ${code}): ${stdout.slice(-2000)}`);
  console.log(`    report: ${report.slice(0, 1500)}`);
  return code;
}

module.exports = { run };
