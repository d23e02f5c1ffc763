// Writes a running node's metadata (v15, which describes the runtime APIs too) where
// @polkadot/typegen reads it (`{ "result": "0x…" }`), and its SHA-256 beside the generated
// types (src/interfaces/metadata.sha256), which the dashboard's end-to-end test compares with
// the node it runs against, so types of another runtime fail it.
//
//   node scripts/metadata.mjs <ws url> <metadata.json out>
import { ApiPromise, WsProvider } from '@polkadot/api';
import { writeFileSync } from 'node:fs';
import { metadataHash } from './metadata-hash.mjs';

const [ws, out] = process.argv.slice(2);
const api = await ApiPromise.create({ provider: new WsProvider(ws), noInitWarn: true });
const opaque = await api.call.metadata.metadataAtVersion(15);
if (opaque.isNone) throw new Error('the node serves no metadata v15');
// OpaqueMetadata is the metadata's bytes behind a length prefix: the bare bytes are the metadata.
const bytes = opaque.unwrap().toU8a(true);
writeFileSync(out, JSON.stringify({ result: `0x${Buffer.from(bytes).toString('hex')}` }));
writeFileSync(new URL('../src/interfaces/metadata.sha256', import.meta.url), `${metadataHash(bytes)}\n`);
console.log(`metadata v15: ${bytes.length} bytes`);
await api.disconnect();
