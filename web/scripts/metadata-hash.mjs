// The SHA-256 (hex) of a runtime's metadata bytes: what web/src/interfaces/metadata.sha256 records
// of the metadata the dashboard's types were generated from.
import { createHash } from 'node:crypto';

export const metadataHash = (bytes) => createHash('sha256').update(bytes).digest('hex');
