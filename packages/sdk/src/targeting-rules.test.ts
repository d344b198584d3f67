import type { PublishedGuide, Targeting } from '@shirube/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShirube } from './shirube.js';
import { createMemoryStore } from './storage.js';
import { giveBox, jsonResponse, onboardingGuide, loadUiNow } from './test-support.js';
import type { ShirubeHandle } from './types.js';

const handles: ShirubeHandle[] = [];
const everyone = { match: 'all' as const, conditions: [] };
const create = { v: 1 as const, tag: 'button', attrs: { 'data-testid': 'create' }, text: 'Create' };

/** A one-modal guide with these rules. */
const guideWith = (targeting: Partial<Targeting>, id = 'tip'): PublishedGuide => {
  const base = onboardingGuide({ id, targeting: { audience: everyone, ...targeting } });
  return { ...base, steps: base.steps.slice(0, 1) };
};

/** Starts the SDK against a fake server that answers `guides` and `segments`; events go nowhere. */
function start(guides: PublishedGuide[], map = new Map<string, unknown>(), segments: unknown = {}) {
  const fetch = vi.fn(async (url: string | URL | Request) =>
    String(url).includes('/sdk/v1/guides') ? jsonResponse({ guides, segments }) : new Response('{}', { status: 202 }),
  );
  const shirube = createShirube(
    { projectKey: 'pk_rules', apiUrl: 'https://api.example.com' },
    { store: createMemoryStore(map), fetch: fetch as unknown as typeof globalThis.fetch, sendBeacon: () => true, flushDebounceMs: 60_000, loadUi: loadUiNow },
  );
  handles.push(shirube);
  const started: string[] = [];
  shirube.on('guide_started', (event) => started.push((event as { guideId: string }).guideId));
  return { shirube, started };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
const dialog = () => document.querySelector('shirube-ui')?.shadowRoot?.querySelector('[role=dialog]') ?? null;

function addButton(testid: string, label: string) {
  const el = document.createElement('button');
  el.setAttribute('data-testid', testid);
  el.textContent = label;
  giveBox(el);
  document.body.append(el);
  return el;
}

beforeEach(() => {
  history.replaceState(null, '', '/');
  sessionStorage.clear();
});

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  document.body.replaceChildren();
});

describe('start triggers', () => {
  it('starts a custom-event guide on that track event only', async () => {
    const { shirube, started } = start([guideWith({ trigger: { kind: 'custom_event', name: 'report_saved' } })]);
    await settle();
    shirube.track('report_deleted');
    await settle();
    expect(started).toEqual([]);
    shirube.track('report_saved');
    await vi.waitFor(() => expect(started).toEqual(['tip']));
    await vi.waitFor(() => expect(dialog()).not.toBeNull());
  });

  it('starts an element-clicked guide when that element is clicked, not another', async () => {
    const other = addButton('reports', 'Reports');
    const button = addButton('create', 'Create');
    const { started } = start([guideWith({ trigger: { kind: 'element_clicked', target: create } })]);
    await settle();
    other.click();
    await settle();
    expect(started).toEqual([]);
    button.click();
    await vi.waitFor(() => expect(started).toEqual(['tip']));
  });

  it('starts an element-appears guide once the element shows up', async () => {
    const { started } = start([guideWith({ trigger: { kind: 'element_appears', target: create } })]);
    await settle();
    expect(started).toEqual([]);
    addButton('create', 'Create');
    await vi.waitFor(() => expect(started).toEqual(['tip']));
  });

  it('starts a manual guide only from Shirube.start', async () => {
    const { shirube, started } = start([guideWith({ trigger: { kind: 'manual' } })]);
    await settle();
    expect(started).toEqual([]);
    expect(await shirube.start('tip')).toBe(true);
    expect(started).toEqual(['tip']);
  });

  it('lets a higher-priority triggered guide wait while another runs', async () => {
    const running = guideWith({ priority: 10 }, 'low');
    const urgent = guideWith({ priority: 90, trigger: { kind: 'custom_event', name: 'go' } }, 'urgent');
    const { shirube, started } = start([urgent, running]);
    await vi.waitFor(() => expect(started).toEqual(['low']));
    shirube.track('go');
    await settle();
    expect(started).toEqual(['low']);
  });
});

describe('frequency', () => {
  const dismiss = () => (dialog()!.querySelector('button[aria-label="Close guide"]') as HTMLButtonElement).click();

  it('shows an "every session" guide again in a new tab, not on a reload in the same one', async () => {
    const map = new Map<string, unknown>();
    const guides = [guideWith({ frequency: { kind: 'every_session' } })];
    const first = start(guides, map);
    await vi.waitFor(() => expect(first.started).toEqual(['tip']));
    dismiss();
    first.shirube.destroy();
    const reload = start(guides, map);
    await settle();
    expect(reload.started).toEqual([]);
    reload.shirube.destroy();
    sessionStorage.clear(); // a new tab
    const newTab = start(guides, map);
    await vi.waitFor(() => expect(newTab.started).toEqual(['tip']));
  });

  it('never shows a "once" guide again after a dismissal, even in a new tab', async () => {
    const map = new Map<string, unknown>();
    const guides = [guideWith({})];
    const first = start(guides, map);
    await vi.waitFor(() => expect(first.started).toEqual(['tip']));
    dismiss();
    first.shirube.destroy();
    sessionStorage.clear();
    const again = start(guides, map);
    await settle();
    expect(again.started).toEqual([]);
  });
});

describe('show history kept from before frequencies existed', () => {
  it('does not bring back a "once" guide finished after resuming progress stored without a history', async () => {
    const map = new Map<string, unknown>([['pk_rules:progress', { tip: { guideId: 'tip', version: 1, stepIndex: 0, status: 'active', updatedAt: 1 } }]]);
    const guides = [guideWith({})];
    const first = start(guides, map);
    await vi.waitFor(() => expect(dialog()).not.toBeNull());
    (Array.from(dialog()!.querySelectorAll('button')).find((b) => b.textContent === 'Done') as HTMLButtonElement).click();
    await settle();
    first.shirube.destroy();
    sessionStorage.clear();
    const later = start(guides, map);
    await settle();
    expect(later.started).toEqual([]);
    expect(dialog()).toBeNull();
  });
});

describe('saved segments', () => {
  it('admits users by the segment the server sends beside the guides', async () => {
    const admins = { match: 'all', conditions: [{ source: 'user', trait: 'role', op: 'equals', value: 'admin' }] };
    const guides = [guideWith({ audience: { match: 'all', conditions: [{ source: 'segment', op: 'in_segment', segmentId: 'admins' }] } })];
    const { shirube, started } = start(guides, new Map(), { admins });
    shirube.identify('u1', { role: 'member' });
    await settle();
    expect(started).toEqual([]);
    shirube.identify('u1', { role: 'admin' });
    await vi.waitFor(() => expect(started).toEqual(['tip']));
  });
});
