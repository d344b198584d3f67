import { STUB_CODE } from './stub-minified.js';

/** Where the SDK is and whose it is: what a loader snippet is made of. */
export interface SnippetOptions {
  /** The SDK script's address, e.g. `https://guides.example.com/sdk/shirube.js`; its origin is the API's. */
  sdkUrl: string;
  /** The project's public key, `pk_…`; empty to call `Shirube.init` yourself. */
  projectKey: string;
}

/** A string literal that cannot end the `<script>` it stands in (`</script>`, `<!--`). */
const literal = (value: string) => JSON.stringify(value).replaceAll('<', '\\u003c');

/**
 * The copy-paste install: a `<script>` element (under 1 kB, `pnpm size`) that defines
 * `window.Shirube` at once, queueing calls until the real script, which it adds async, has loaded
 * and replays them (src/snippet/stub.ts). Pages with a nonce-based CSP give the element their nonce.
 */
export function loaderSnippet(options: SnippetOptions): string {
  const code = STUB_CODE.replace('"%SHIRUBE_SDK_URL%"', () => literal(options.sdkUrl)).replace('"%SHIRUBE_PROJECT_KEY%"', () => literal(options.projectKey));
  return `<script>${code}</script>`;
}
