// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

export * from './risk/types.js';

export type PHANTOM_GENERATED = 'generated';
