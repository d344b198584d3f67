import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeBuilderToken } from './builder-link.js';
import { createShirube } from './shirube.js';
import { createMemoryStore } from './storage.js';
import { giveBox, jsonResponse, onboardingGuide, loadUiNow } from './test-support.js';
import type { ShirubeHandle } from './types.js';

const session = {
  builderToken: 'bt_session',
  expiresAt: '2030-01-01T00:00:00.000Z',
  consoleOrigin: 'https://console.example.com',
  guide: { id: 'g1', name: 'Onboarding', status: 'draft', version: 0, steps: [], displayRules: { urlPatterns: [] }, theme: { brandColor: '#2563eb', radius: 10 }, createdAt: '', updatedAt: '', updatedBy: null },
};

describe('builder link detection', () => {
  beforeEach(() => history.replaceState(null, '', '/'));

  const take = (url: string) => {
    history.replaceState({ kept: true }, '', url);
    const token = takeBuilderToken(window);
    return { token, url: location.pathname + location.search + location.hash };
  };

  it.each([
    ['/reports?x=1#shirube_builder=tok_A-9', 'tok_A-9', '/reports?x=1'],
    ['/#shirube_builder=abc&tab=2', 'abc', '/#tab=2'],
    ['/#/reports&shirube_builder=abc', 'abc', '/#/reports'],
    ['/#/reports?x=1&shirube_builder=abc&y=2', 'abc', '/#/reports?x=1&y=2'],
    ['/#/reports?shirube_builder=abc', 'abc', '/#/reports'],
    ['/#section&shirube_builder=abc', 'abc', '/#section'],
  ])('takes the token out of %s', (url, token, rest) => {
    expect(take(url)).toEqual({ token, url: rest });
    expect(history.state).toEqual({ kept: true });
  });

  it.each([['/#section'], ['/?shirube_builder=abc'], ['/#not_shirube_builder=abc'], ['/#shirube_builder='], ['/']])('finds no token in %s and leaves the URL alone', (url) => {
    expect(take(url)).toEqual({ token: null, url });
  });
});

describe('builder start from the end-user SDK', () => {
  const handles: ShirubeHandle[] = [];

  beforeEach(() => {
    const button = document.createElement('button');
    button.setAttribute('data-testid', 'create');
    button.textContent = 'Create';
    giveBox(button);
    document.body.append(button);
  });

  afterEach(() => {
    for (const handle of handles.splice(0)) handle.destroy();
    document.body.replaceChildren();
    for (const script of document.head.querySelectorAll('script')) script.remove();
    history.replaceState(null, '', '/');
  });

  function boot(answer: () => Response | Promise<Response>, nonce?: string) {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetch = vi.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
      calls.push({ url: String(url), init });
      if (String(url).includes('/sdk/v1/builder/session')) return answer();
      if (String(url).includes('/sdk/v1/guides')) return jsonResponse({ guides: [onboardingGuide()] });
      return new Response('{}', { status: 202 });
    });
    const shirube = createShirube(
      { projectKey: 'pk_test', apiUrl: 'https://api.example.com/' },
      { store: createMemoryStore(), fetch: fetch as unknown as typeof globalThis.fetch, sendBeacon: () => true, flushDebounceMs: 60_000, loadUi: loadUiNow, nonce },
    );
    handles.push(shirube);
    return { shirube, calls };
  }

  const builderScript = () => document.head.querySelector<HTMLScriptElement>('script[src$="/sdk/builder.js"]');
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

  it("gives builder.js the page's CSP nonce, so a strict policy lets it run", async () => {
    history.replaceState(null, '', '/#shirube_builder=tok123');
    boot(() => jsonResponse(session), 'r4nd0m');
    await vi.waitFor(() => expect(builderScript()).not.toBeNull());
    expect(builderScript()!.nonce).toBe('r4nd0m');
  });

  it('exchanges the token with the project key, loads builder.js and shows no end-user guide', async () => {
    history.replaceState(null, '', '/#shirube_builder=tok123');
    const { shirube, calls } = boot(() => jsonResponse(session));
    expect(location.hash).toBe('');
    await vi.waitFor(() => expect(builderScript()).not.toBeNull());
    expect(builderScript()!.src).toBe('https://api.example.com/sdk/builder.js');
    const exchange = calls.find((c) => c.url === 'https://api.example.com/sdk/v1/builder/session')!;
    expect(exchange.init.method).toBe('POST');
    expect((exchange.init.headers as Record<string, string>)['X-Shirube-Key']).toBe('pk_test');
    expect(JSON.parse(String(exchange.init.body))).toEqual({ token: 'tok123' });

    await settle();
    expect(document.querySelector('shirube-ui')).toBeNull();
    expect(await shirube.start('onboarding')).toBe(false);

    // builder.js registers itself through the one global's hook and gets the session.
    const mount = vi.fn();
    shirube._builder(mount);
    expect(mount).toHaveBeenCalledWith(expect.objectContaining({ session, apiUrl: 'https://api.example.com', window }));
    const again = vi.fn();
    shirube._builder(again);
    expect(again).not.toHaveBeenCalled();
  });

  it.each([
    ['a refused token', () => jsonResponse({ error: { code: 'invalid_token', message: 'no' } }, 401)],
    ['a network failure', () => Promise.reject(new TypeError('offline'))],
    ['a body that is not JSON', () => new Response('<html>', { status: 200 })],
  ])('shows nothing and throws nothing after %s', async (_, answer) => {
    // A rejection left unhandled would fail the run: vitest reports those as errors.
    history.replaceState(null, '', '/#shirube_builder=bad');
    const { shirube, calls } = boot(answer);
    await vi.waitFor(() => expect(calls.some((c) => c.url.includes('/builder/session'))).toBe(true));
    await settle();
    expect(location.hash).toBe('');
    expect(builderScript()).toBeNull();
    expect(document.querySelector('shirube-ui, shirube-builder')).toBeNull();
    const mount = vi.fn();
    expect(() => shirube._builder(mount)).not.toThrow();
    expect(mount).not.toHaveBeenCalled();
  });

  it('without a builder link, never calls the builder routes and shows guides as usual', async () => {
    const { shirube, calls } = boot(() => jsonResponse(session));
    await vi.waitFor(() => expect(document.querySelector('shirube-ui')).not.toBeNull());
    expect(calls.some((c) => c.url.includes('builder'))).toBe(false);
    const mount = vi.fn();
    shirube._builder(mount);
    expect(mount).not.toHaveBeenCalled();
  });
});
