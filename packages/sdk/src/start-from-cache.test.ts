import type { PublishedGuide } from '@shirube/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShirube } from './shirube.js';
import { createLogger } from './logger.js';
import { createMemoryStore, createSafeStore } from './storage.js';
import { boot, fakeApi, handles, jsonResponse, loadUiNow, onboardingGuide } from './test-support.js';

const shadow = () => document.querySelector('shirube-ui')?.shadowRoot ?? null;
const dialogTitle = () => shadow()?.querySelector('[role=dialog] h2')?.textContent ?? null;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A guides endpoint that answers only when the test says so: the network is slow. */
function slowServer() {
  let answer: (response: Response) => void = () => {};
  const api = fakeApi(() => new Promise<Response>((resolve) => (answer = resolve)));
  return { api, answer: (guides: PublishedGuide[], etag = '"v2"') => answer(jsonResponse({ guides }, 200, { ETag: etag })) };
}

/** A first page view that fetched `guides` (the cache then holds them) and was left at once. */
async function visitedBefore(map: Map<string, unknown>, guides: PublishedGuide[]) {
  const first = boot(map, fakeApi(guides));
  await vi.waitFor(() => expect(dialogTitle()).toBe('Welcome'));
  handles.pop()!.destroy();
  return first;
}

const welcomeOnly = (overrides: Partial<PublishedGuide> = {}) => {
  const guide = onboardingGuide(overrides);
  return { ...guide, steps: [guide.steps[0]!] };
};

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  document.body.replaceChildren();
});

describe('starting from the cached guides', () => {
  it('shows a cached guide before the guides request is answered, and revalidates with its ETag', async () => {
    const map = new Map<string, unknown>();
    await visitedBefore(map, [welcomeOnly()]);
    const server = slowServer();
    const second = boot(map, server.api);
    await vi.waitFor(() => expect(dialogTitle()).toBe('Welcome'));
    expect(server.api.guideRequests).toHaveLength(1);
    expect(server.api.guideRequests[0]!.headers).toEqual({ 'If-None-Match': '"v1"' });
    // The same guide, answered again: it keeps showing, nothing is recorded twice.
    server.answer([welcomeOnly()]);
    await settle();
    expect(dialogTitle()).toBe('Welcome');
    expect(second.types()).toEqual(['step_viewed']);
  });

  it('stops the cached guide when the server says it was unpublished', async () => {
    const map = new Map<string, unknown>();
    await visitedBefore(map, [welcomeOnly()]);
    const server = slowServer();
    boot(map, server.api);
    await vi.waitFor(() => expect(dialogTitle()).toBe('Welcome'));
    server.answer([]);
    await vi.waitFor(() => expect(dialogTitle()).toBeNull());
    // The next page view starts from what the server said.
    handles.pop()!.destroy();
    boot(map, slowServer().api);
    await settle();
    expect(dialogTitle()).toBeNull();
  });

  it('moves a guide started from the cache to the version the server has published since', async () => {
    const old = welcomeOnly({ steps: [{ ...welcomeOnly().steps[0]!, title: 'Old tip' }] });
    const map = new Map<string, unknown>([['pk_test:guides', { etag: '"v1"', guides: [old] }]]);
    const server = slowServer();
    const page = boot(map, server.api);
    await vi.waitFor(() => expect(dialogTitle()).toBe('Old tip'));
    server.answer([{ ...old, version: 2, steps: [{ ...old.steps[0]!, title: 'New tip' }] }]);
    await vi.waitFor(() => expect(dialogTitle()).toBe('New tip'));
    expect(page.events.filter((e) => e.type === 'guide_started').map((e) => e.guideVersion)).toEqual([1, 2]);
  });

  it('stops a guide started from the cache when its audience no longer admits the user', async () => {
    const map = new Map<string, unknown>([['pk_test:guides', { etag: '"v1"', guides: [welcomeOnly()] }]]);
    const server = slowServer();
    boot(map, server.api);
    await vi.waitFor(() => expect(dialogTitle()).toBe('Welcome'));
    const admins = { audience: { match: 'all', conditions: [{ source: 'user', trait: 'role', op: 'equals', value: 'admin' }] } };
    server.answer([welcomeOnly({ version: 2, targeting: admins } as Partial<PublishedGuide>)]);
    await vi.waitFor(() => expect(dialogTitle()).toBeNull());
    // As if it never started: no progress for a later page view to resume (on its pinned version 1).
    await settle();
    expect(map.get('pk_test:progress')).toEqual({});
    expect(map.get('pk_test:shown')).toEqual({});
  });

  it('never shows a cached guide that the user dismissed, in this tab or another', async () => {
    const map = new Map<string, unknown>();
    await visitedBefore(map, [welcomeOnly()]);
    // Another tab dismissed it: the stored progress says so, whatever the cached guides say.
    const other = boot(map, fakeApi([welcomeOnly()]));
    await vi.waitFor(() => expect(dialogTitle()).toBe('Welcome'));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await vi.waitFor(() => expect(other.types()).toContain('guide_dismissed'));
    await settle();
    handles.pop()!.destroy();
    const server = slowServer();
    boot(map, server.api);
    await settle();
    expect(dialogTitle()).toBeNull();
    server.answer([welcomeOnly()]);
    await settle();
    expect(dialogTitle()).toBeNull();
  });

  it('reads all its stored state in one IndexedDB transaction', async () => {
    const durable = createMemoryStore(new Map<string, unknown>([['pk_test:guides', { etag: '"v1"', guides: [welcomeOnly()] }]]));
    const getMany = vi.spyOn(durable, 'getMany');
    const get = vi.spyOn(durable, 'get');
    const store = createSafeStore(createLogger(false), () => durable);
    const shirube = createShirube(
      { projectKey: 'pk_test', apiUrl: 'https://api.example.com' },
      { store, fetch: slowServer().api.fetch, sendBeacon: () => true, flushDebounceMs: 60_000, loadUi: loadUiNow },
    );
    handles.push(shirube);
    await vi.waitFor(() => expect(dialogTitle()).toBe('Welcome'));
    expect(get).not.toHaveBeenCalled();
    expect(getMany).toHaveBeenCalledTimes(1);
    expect(getMany.mock.calls[0]![0]).toEqual(
      expect.arrayContaining(['pk_test:guides', 'pk_test:identity', 'pk_test:progress', 'pk_test:shown', 'pk_test:hotspots', 'pk_test:splits', 'pk_test:session', 'pk_test:checklists']),
    );
  });
});
