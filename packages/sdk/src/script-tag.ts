import { createShirubeHandle } from './shirube.js';
import { receiveGuideUi } from './ui-loader.script.js';

// Read now: `document.currentScript` is only set while this script first runs.
const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);

/** The origin a script was loaded from, the default API address. */
function scriptOrigin(src: string | undefined): string {
  try {
    return new URL(src ?? '', location.href).origin;
  } catch {
    return location.origin;
  }
}

/**
 * The script-tag install: `<script src=".../sdk/shirube.js" data-project-key="pk_…" async>`. Installs
 * the one global, `window.Shirube`, and initialises it. Loading the script twice changes nothing.
 */
function install(): void {
  if (typeof window === 'undefined' || window.Shirube) return;
  const handle = createShirubeHandle({ nonce: script?.nonce || undefined });
  window.Shirube = { ...handle, _ui: receiveGuideUi };
  const data = script?.dataset ?? {};
  const projectKey = data.projectKey;
  if (!projectKey) {
    if (data.debug !== undefined) console.warn('[shirube] the script tag needs data-project-key');
    return;
  }
  void handle.init({
    projectKey,
    apiUrl: data.apiUrl || scriptOrigin(script?.src),
    debug: data.debug !== undefined && data.debug !== 'false',
  });
}

try {
  install();
} catch {
  // A guest on the page: never break it.
}
