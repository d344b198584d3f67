import { scriptUrl } from './script-url.js';
import type { GuideUi } from './ui/index.js';

/** The UI bundle's file name, content-hashed so a cached loader never meets another build's UI (vite.config.ts). */
declare const __SHIRUBE_UI_FILE__: string;

// Read now: `document.currentScript` is only set while the script-tag bundle first runs.
const loader = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);

let deliver: ((ui: GuideUi) => void) | null = null;

/** The UI bundle hands itself over here, through `window.Shirube._ui`, when it runs. */
export function receiveGuideUi(ui: GuideUi): void {
  deliver?.(ui);
  deliver = null;
}

/**
 * The script-tag build's UI loader: adds `shirube-ui.<hash>.js` from where `shirube.js` came from,
 * with the loader's CSP nonce (and through the `shirube` Trusted Types policy), so a page that allowed
 * one allows the other. Rejects when the file
 * does not load or runs without handing the UI over.
 */
export const loadGuideUi = (): Promise<GuideUi> =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = scriptUrl(new URL(__SHIRUBE_UI_FILE__, loader?.src || location.href).href);
    if (loader?.nonce) script.nonce = loader.nonce;
    const fail = () => {
      deliver = null;
      script.remove();
      reject(new Error(`${script.src} did not load`));
    };
    deliver = resolve;
    // `load` fires after the file ran: it has handed the UI over by then, or never will.
    script.onload = () => deliver && fail();
    script.onerror = fail;
    document.head.appendChild(script);
  });
