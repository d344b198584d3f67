import type { PublishedGuide, RichText, ShirubeEvent } from '@shirube/schema';
import { afterEach, beforeEach, vi } from 'vitest';
import { createShirube } from './shirube.js';
import { createMemoryStore, type Backend, type KeyValueStore } from './storage.js';
import type { ShirubeHandle } from './types.js';
import { guideUi } from './ui/index.js';

/** IndexedDB in private mode or past its quota: every call rejects. */
export function throwingStore(): KeyValueStore & Backend {
  const fail = () => Promise.reject(new Error('QuotaExceededError'));
  return { get: fail, getMany: fail, set: fail, del: fail, keys: fail };
}

const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];

/** A three-step guide for tests: a modal, then two tooltips on `data-testid` buttons. */
export function onboardingGuide(overrides: Partial<PublishedGuide> = {}): PublishedGuide {
  return {
    id: 'onboarding',
    version: 1,
    name: 'Onboarding',
    displayRules: { urlPatterns: [] },
    theme: { brandColor: '#4f46e5', radius: 12 },
    steps: [
      { id: 'welcome', kind: 'modal', title: 'Welcome', content: text('Hello there'), advance: 'next', placement: 'auto' },
      {
        id: 'create',
        kind: 'tooltip',
        title: 'Create a report',
        content: text('Start here'),
        advance: 'next',
        placement: 'bottom',
        target: { v: 1, tag: 'button', attrs: { 'data-testid': 'create' }, text: 'Create' },
      },
      {
        id: 'reports',
        kind: 'tooltip',
        title: 'Your reports',
        content: text('All of them'),
        advance: 'next',
        placement: 'auto',
        target: { v: 1, tag: 'button', attrs: { 'data-testid': 'reports' }, text: 'Reports' },
      },
    ],
    ...overrides,
  };
}

/** Gives an element a layout box (happy-dom lays nothing out), so it counts as visible. */
export function giveBox(element: Element, rect = { x: 100, y: 100, width: 80, height: 30 }): void {
  const box = { ...rect, left: rect.x, top: rect.y, right: rect.x + rect.width, bottom: rect.y + rect.height, toJSON: () => box };
  Object.defineProperty(element, 'getBoundingClientRect', { configurable: true, value: () => box });
}

/** The app's two buttons the fixture guide's tooltips point at, laid out so they count as visible. */
export function addAppButtons(): void {
  for (const [testid, label] of [
    ['create', 'Create'],
    ['reports', 'Reports'],
  ] as const) {
    const el = document.createElement('button');
    el.setAttribute('data-testid', testid);
    el.textContent = label;
    giveBox(el);
    document.body.append(el);
  }
}

/**
 * The guide UI handed over at once, as a loaded chunk would be: tests on fake timers cannot wait for
 * a real `import()`. (shirube.test.ts covers the loading itself.)
 */
export const loadUiNow = () => Promise.resolve(guideUi);

/** A JSON response for a fake fetch. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 304 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A fake server: answers the guides request with `guides` and collects the event batches. */
export interface FakeApi {
  fetch: typeof fetch;
  batches: ShirubeEvent[][];
  guideRequests: RequestInit[];
}

export function fakeApi(guides: unknown[] | (() => Response | Promise<Response>)): FakeApi {
  const batches: ShirubeEvent[][] = [];
  const guideRequests: RequestInit[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
    if (String(url).includes('/sdk/v1/guides')) {
      guideRequests.push(init);
      return typeof guides === 'function' ? guides() : jsonResponse({ guides }, 200, { ETag: '"v1"' });
    }
    batches.push((JSON.parse(String(init.body)) as { events: ShirubeEvent[] }).events);
    return new Response('{"accepted":1,"duplicates":0}', { status: 202 });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, batches, guideRequests };
}

/** Every SDK a test booted, for `afterEach` to destroy. */
export const handles: ShirubeHandle[] = [];

/** Starts an SDK on `map` as its store (share the map to simulate a reload) and records every event it emits. */
export function boot(map: Map<string, unknown>, api: FakeApi, targetTimeoutMs = 5_000) {
  const events: ShirubeEvent[] = [];
  const shirube = createShirube(
    { projectKey: 'pk_test', apiUrl: 'https://api.example.com', targetTimeoutMs },
    { store: createMemoryStore(map), fetch: api.fetch, sendBeacon: () => true, flushDebounceMs: 60_000, loadUi: loadUiNow },
  );
  handles.push(shirube);
  for (const type of ['guide_started', 'step_viewed', 'step_completed', 'guide_completed', 'guide_dismissed', 'target_missing', 'split_assigned', 'identify', 'track'] as const) {
    shirube.on(type, (event) => events.push(event));
  }
  return { shirube, events, types: () => events.map((e) => e.type) };
}

/**
 * For a test file: before each test an English page at `/` with the app's two buttons and nothing
 * remembered; after it every SDK destroyed, real timers back and the page emptied.
 */
export function useAppPage(): void {
  beforeEach(() => {
    // What the last page view showed is remembered in localStorage (it starts loading the UI early).
    localStorage.clear();
    history.replaceState(null, '', '/');
    document.documentElement.lang = 'en';
    addAppButtons();
  });
  afterEach(() => {
    for (const handle of handles.splice(0)) handle.destroy();
    vi.useRealTimers();
    document.body.replaceChildren();
  });
}
