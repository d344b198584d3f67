export * from './url-pattern.js';
export * from './display-rules.js';
export * from './guide-runner.js';
export * from './guide-selection.js';
export * from './delivery-policy.js';
export type { Platform } from './platform.js';
export * from './target-scoring.js';
export * from './audience.js';
export * from './frequency.js';
