/** Shirube for bundlers: `createShirube({ projectKey, apiUrl })` returns the same handle as `window.Shirube`. */
export { createShirube, createShirubeHandle } from './shirube.js';
export type { ShirubeEnvironment, ShirubeHandle, ShirubeOptions, Traits } from './types.js';
export type { KeyValueStore } from './storage.js';
