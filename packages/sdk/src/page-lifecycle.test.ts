import type { ShirubeEvent } from '@shirube/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { createShirube } from './shirube.js';
import { createMemoryStore } from './storage.js';
import { fakeApi, loadUiNow, onboardingGuide, type FakeApi } from './test-support.js';
import type { ShirubeEnvironment, ShirubeHandle } from './types.js';

const booted: ShirubeHandle[] = [];
afterEach(() => {
  for (const handle of booted.splice(0)) handle.destroy();
  localStorage.clear();
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
});

/** An SDK on this page whose event requests succeed only while `api.up`; beacons are recorded. */
function bootPage(env: ShirubeEnvironment = {}, guides: unknown[] = []) {
  const api = fakeApi(guides);
  const state = { up: true, beacons: [] as ShirubeEvent[] };
  const fetch: typeof globalThis.fetch = async (url, init) => {
    if (!state.up && String(url).includes('/events')) throw new TypeError('Failed to fetch');
    return api.fetch(url, init);
  };
  const sendBeacon = (_url: string, data: Blob) => {
    void data.text().then((text) => state.beacons.push(...(JSON.parse(text) as { events: ShirubeEvent[] }).events));
    return true;
  };
  const shirube = createShirube({ projectKey: 'pk_test', apiUrl: 'https://api.example.com' }, { fetch, sendBeacon, flushDebounceMs: 60_000, loadUi: loadUiNow, ...env });
  booted.push(shirube);
  shirube.identify('u-1');
  return { shirube, api, state };
}

const tracked = (api: FakeApi) => api.batches.flat().flatMap((event) => (event.type === 'track' ? [event.name] : []));
const ready = () => new Promise<void>((resolve) => window.addEventListener('shirube:ready', () => resolve(), { once: true }));

describe('leaving and returning to the page', () => {
  it('hands queued events to sendBeacon when the page goes away', async () => {
    const loaded = ready();
    const { shirube, state } = bootPage({ store: createMemoryStore() });
    await loaded;
    shirube.track('last click');
    window.dispatchEvent(new Event('pagehide'));
    await expect.poll(() => state.beacons.map((e) => (e.type === 'track' ? e.name : e.type))).toContain('last click');
  });

  it('sends at once when the tab is hidden, without waiting for the debounce', async () => {
    const loaded = ready();
    const { shirube, api } = bootPage({ store: createMemoryStore() });
    await loaded;
    shirube.track('before switching tabs');
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    await expect.poll(() => tracked(api)).toEqual(['before switching tabs']);
  });

  it('sends at once when the browser is back online instead of waiting for the backoff', async () => {
    const loaded = ready();
    const { shirube, api, state } = bootPage({ store: createMemoryStore() });
    await loaded;
    state.up = false;
    shirube.track('offline');
    await shirube.flush();
    expect(tracked(api)).toEqual([]);
    state.up = true;
    window.dispatchEvent(new Event('online'));
    await expect.poll(() => tracked(api), { timeout: 500 }).toEqual(['offline']);
  });

  it('without IndexedDB keeps a tracked event through a reload, by the journal it writes when the page goes', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const loaded = ready();
    const first = bootPage();
    await loaded;
    first.state.up = false;
    first.shirube.track('tracked just before reload');
    window.dispatchEvent(new Event('pagehide'));
    first.shirube.destroy();

    const reloaded = ready();
    const next = bootPage();
    await reloaded;
    await next.shirube.flush();
    expect(tracked(next.api)).toEqual(['tracked just before reload']);
  });

  it('does not show a guide again after a reload a moment after it was finished', async () => {
    const oneStep = onboardingGuide({ steps: onboardingGuide().steps.slice(0, 1) });
    const shown = () => Array.from(document.querySelector('shirube-ui')?.shadowRoot?.querySelectorAll('[role=dialog] button') ?? []).find((b) => b.textContent === 'Done') as HTMLButtonElement | undefined;
    const first = bootPage({}, [oneStep]);
    await expect.poll(shown).toBeTruthy();
    shown()!.click();
    window.dispatchEvent(new Event('pagehide'));
    first.shirube.destroy();
    document.querySelector('shirube-ui')?.remove();

    const reloaded = ready();
    const next = bootPage({}, [oneStep]);
    await reloaded;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(next.api.guideRequests.length).toBeGreaterThan(0);
    expect(shown()).toBeUndefined();
    await next.shirube.flush();
    expect(next.api.batches.flat().map((e) => e.type)).toContain('guide_completed');
  });
});
