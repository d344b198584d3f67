import { createShirubeHandle } from './shirube.js';
import type { QueuedCall } from './types.js';
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
 * The script-tag install: `<script src=".../sdk/shirube.js" data-project-key="pk_…" async>`, or the
 * loader snippet that adds that tag (src/snippet/). Installs the one global, `window.Shirube`, and
 * initialises it; over the snippet's stand-in, it takes over the same object and then makes the
 * calls the stand-in queued, in order, handing each its answer. Loading the script twice changes nothing.
 */
function install(): void {
  const stub = typeof window === 'undefined' ? undefined : window.Shirube;
  if (typeof window === 'undefined' || (stub && !stub._q)) return;
  const handle = createShirubeHandle({ nonce: script?.nonce || undefined });
  const queued = stub?._q ?? [];
  window.Shirube = Object.assign(stub ?? {}, handle, { _ui: receiveGuideUi, _q: undefined });
  const data = script?.dataset ?? {};
  const projectKey = data.projectKey;
  if (projectKey) {
    void handle.init({
      projectKey,
      apiUrl: data.apiUrl || scriptOrigin(script?.src),
      debug: data.debug !== undefined && data.debug !== 'false',
    });
  } else if (data.debug !== undefined) console.warn('[shirube] the script tag needs data-project-key');
  const methods = handle as unknown as Record<string, Function | undefined>;
  const run = ([name, args, settle]: QueuedCall) => settle(methods[name]?.apply(handle, args));
  queued.forEach(run);
  // A stand-in method the page kept a reference to (`const { track } = Shirube`) still pushes
  // here: from now on such a call runs at once.
  queued.push = (...calls) => (calls.forEach(run), 0);
}

try {
  install();
} catch {
  // A guest on the page: never break it.
}
