import { guideUi } from './index.js';

/**
 * The UI bundle of the script-tag build, `dist/shirube-ui.<hash>.js`: hands the guide UI to the SDK
 * that added it (src/ui-loader.script.ts) through the one global; it defines none of its own.
 */
try {
  window.Shirube?._ui?.(guideUi);
} catch {
  // A guest on the page: never break it.
}
