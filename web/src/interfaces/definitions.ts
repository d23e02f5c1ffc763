// The chain's own definitions for @polkadot/typegen (scripts/typegen): the node's risk_* RPCs.
// Every runtime type comes from the metadata (types-lookup.ts), so none is defined by hand.
export { default as risk } from './risk/definitions.js';
