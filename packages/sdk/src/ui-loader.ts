import type { GuideUi } from './ui/index.js';

/**
 * Loads the guide UI the first time something is to be shown. Bundlers split it into its own chunk;
 * the script-tag build swaps this module for ui-loader.script.ts (vite.config.ts).
 */
export const loadGuideUi = (): Promise<GuideUi> => import('./ui/index.js').then((module) => module.guideUi);
