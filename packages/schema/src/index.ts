export * from './rich-text.js';
export * from './target.js';
export * from './guide.js';
export * from './event.js';
export * from './errors.js';
export { uuidv7 } from './uuidv7.js';
export * from './analytics.js';
export * from './targeting.js';
export * from './help-launcher.js';
