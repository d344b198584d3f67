import type { ShirubeEvent } from '@shirube/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../test-support.js';
import { loaderSnippet } from './index.js';
import { shirubeStub } from './stub.js';

const SDK_URL = 'https://guides.example.com/sdk/shirube.js';

/** Makes `document.currentScript` the given element, as the browser does while a script first runs. */
function running(script: HTMLScriptElement | null): void {
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
}

/** The script element the stub added for the real SDK. */
const added = () => document.head.querySelector<HTMLScriptElement>(`script[src="${SDK_URL}"]`);

/** The real SDK arriving: `shirube.js` runs as the script the stub added. */
async function sdkLoads(): Promise<void> {
  running(added());
  await import('../script-tag.js');
}

afterEach(() => {
  window.Shirube?.destroy();
  delete window.Shirube;
  document.querySelectorAll('script').forEach((s) => s.remove());
  running(null);
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('loader snippet', () => {
  it('adds the real script async, with the project key and the snippet\'s CSP nonce', () => {
    const snippet = document.createElement('script');
    snippet.nonce = 'n0nce';
    running(snippet);
    shirubeStub(window, document, SDK_URL, 'pk_live');
    const script = added()!;
    expect(script.async).toBe(true);
    expect(script.dataset.projectKey).toBe('pk_live');
    expect(script.nonce).toBe('n0nce');
    // Pasted twice: one stand-in, one script.
    const stub = window.Shirube;
    shirubeStub(window, document, SDK_URL, 'pk_live');
    expect(window.Shirube).toBe(stub);
    expect(document.querySelectorAll('script[src]').length).toBe(1);
  });

  it('replays identify and track made before the SDK loaded, in order, as the identified user', async () => {
    const api = fakeApi([]);
    vi.stubGlobal('fetch', api.fetch);
    shirubeStub(window, document, SDK_URL, 'pk_live');
    const stub = window.Shirube!;
    stub.identify('u-42', { plan: 'business', accountId: 'acme', account: { name: 'Acme KK' } });
    stub.track('report_submitted', { amount: 1200 });
    stub.track('second');
    expect(api.fetch).not.toHaveBeenCalled();

    await sdkLoads();
    // The same object, now the real SDK: references taken before it loaded keep working.
    expect(window.Shirube).toBe(stub);
    expect(stub._q).toBeUndefined();
    await stub.flush();
    const sent = api.batches.flat();
    expect(sent.map((e) => e.type === 'track' ? e.name : e.type)).toEqual(['identify', 'report_submitted', 'second']);
    expect(sent.every((e) => e.userId === 'u-42' && e.accountId === 'acme')).toBe(true);
    const identify = sent[0] as Extract<ShirubeEvent, { type: 'identify' }>;
    expect(identify.traits).toEqual({ plan: 'business' });
    expect(identify.accountTraits).toEqual({ name: 'Acme KK' });
    expect(String(vi.mocked(api.fetch).mock.calls.at(-1)![0])).toBe('https://guides.example.com/sdk/v1/events?key=pk_live');
  });

  it("answers each queued call with the real method's answer once the SDK is in", async () => {
    vi.stubGlobal('fetch', fakeApi([]).fetch);
    shirubeStub(window, document, SDK_URL, 'pk_live');
    const stub = window.Shirube!;
    const heard: string[] = [];
    stub.on('track', (event) => heard.push(event.name));
    // Subscribed and unsubscribed before the SDK arrived (a React effect's double run): never called.
    const dropped = vi.fn();
    stub.on('track', dropped)();
    const started = stub.start('no-such-guide');
    const flushed = stub.flush();
    stub.track('before');

    await sdkLoads();
    await expect(started).resolves.toBe(false);
    await expect(flushed).resolves.toBeUndefined();
    stub.track('after');
    expect(heard).toEqual(['before', 'after']);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('runs calls through stand-in methods the page kept, after the SDK took over', async () => {
    const api = fakeApi([]);
    vi.stubGlobal('fetch', api.fetch);
    shirubeStub(window, document, SDK_URL, 'pk_live');
    const { identify, track } = window.Shirube!;
    identify('u-7');
    await sdkLoads();
    track('kept_reference');
    await window.Shirube!.flush();
    expect(api.batches.flat().map((e) => [e.type, e.userId])).toEqual([['identify', 'u-7'], ['track', 'u-7']]);
  });

  it('lets the page call init itself when the snippet has no key', async () => {
    const api = fakeApi([]);
    vi.stubGlobal('fetch', api.fetch);
    shirubeStub(window, document, SDK_URL, '');
    expect(added()!.hasAttribute('data-project-key')).toBe(false);
    const ready = window.Shirube!.init({ projectKey: 'pk_manual', apiUrl: 'https://eu.guides.example.com' });
    window.Shirube!.track('hello');

    await sdkLoads();
    await ready;
    await window.Shirube!.flush();
    expect(api.batches.flat().map((e) => e.type)).toEqual(['track']);
    expect(String(vi.mocked(api.fetch).mock.calls.at(-1)![0])).toBe('https://eu.guides.example.com/sdk/v1/events?key=pk_manual');
  });

  it('is a <script> under 1 kB whose values cannot close the element', () => {
    const snippet = loaderSnippet({ sdkUrl: 'https://guides.example.com/sdk/shirube.js?</script><script>alert(1)', projectKey: 'pk_"x' });
    expect(snippet.startsWith('<script>')).toBe(true);
    expect(snippet.match(/<\/script>/g)).toEqual(['</script>']);
    expect(snippet).toContain('"pk_\\"x"');
    expect(snippet).toContain('"https://guides.example.com/sdk/shirube.js?\\u003c/script>\\u003cscript>alert(1)"');
    expect(new TextEncoder().encode(loaderSnippet({ sdkUrl: SDK_URL, projectKey: 'pk_Ab3dEf6hIj9kLm2nOp5qRs8t' })).length).toBeLessThan(1024);
  });
});
