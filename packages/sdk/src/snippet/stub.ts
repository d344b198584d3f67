/**
 * What the loader snippet runs on the customer's page, before the SDK has downloaded (the snippet
 * is this function minified: `scripts/snippet.ts` writes it to stub-minified.ts, `pnpm size` keeps
 * the pasted snippet under 1 kB). It defines `window.Shirube` as a stand-in whose methods queue
 * their calls in `_q`, and adds the real script, async, with the snippet's own CSP nonce; the real
 * SDK (src/script-tag.ts) runs the queue in order and takes over the same object.
 *
 * Each queued call is `[method, arguments, settle]`: the SDK hands `settle` what the real method
 * returned. So every method but `on` returns a promise of the real answer (`await Shirube.start(id)`
 * works), and `on` returns an unsubscribe function that works before and after the SDK arrived (a
 * React effect may subscribe and clean up before then). Self-contained and old-fashioned on purpose: no imports, nothing a
 * minifier must polyfill. Does nothing when `window.Shirube` already exists.
 */
export function shirubeStub(w: Window, d: Document, src: string, key: string): void {
  if (w.Shirube) return;
  const queue: Array<[string, IArguments, (result: unknown) => void]> = [];
  const stub: Record<string, unknown> = { _q: queue };
  'init identify track start reset on flush destroy'.split(' ').forEach((name) => {
    stub[name] = function () {
      const args = arguments;
      if (name !== 'on') return new Promise((settle) => queue.push([name, args, settle]));
      let off: (() => void) | undefined;
      let dropped = false;
      queue.push([name, args, (unsubscribe) => ((off = unsubscribe as () => void), dropped && off())]);
      return () => (off ? off() : (dropped = true));
    };
  });
  w.Shirube = stub as unknown as Window['Shirube'];
  const script = d.createElement('script');
  const nonce = (d.currentScript as HTMLScriptElement | null)?.nonce;
  script.async = true;
  script.src = src;
  if (key) script.setAttribute('data-project-key', key);
  if (nonce) script.nonce = nonce;
  d.head.appendChild(script);
}
