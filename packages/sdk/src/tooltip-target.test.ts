import type { PublishedGuide, ShirubeEvent } from '@shirube/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShirube } from './shirube.js';
import { createMemoryStore } from './storage.js';
import { giveBox, jsonResponse, onboardingGuide, loadUiNow } from './test-support.js';
import type { ShirubeHandle } from './types.js';

const handles: ShirubeHandle[] = [];

/** Boots the SDK on a one-step tooltip guide anchored to `[data-testid=create]`. */
async function bootOnTooltip(guide: PublishedGuide = tooltipGuide(), targetTimeoutMs = 3_000) {
  const events: ShirubeEvent[] = [];
  const fetch = vi.fn(async (url: string | URL | Request) =>
    String(url).includes('/sdk/v1/guides') ? jsonResponse({ guides: [guide] }) : new Response('{}', { status: 202 }),
  );
  const shirube = createShirube(
    { projectKey: 'pk_test', apiUrl: 'https://api.example.com', targetTimeoutMs },
    { store: createMemoryStore(), fetch: fetch as unknown as typeof globalThis.fetch, sendBeacon: () => true, flushDebounceMs: 60_000, loadUi: loadUiNow },
  );
  handles.push(shirube);
  for (const type of ['step_viewed', 'target_missing'] as const) shirube.on(type, (event) => events.push(event));
  await vi.advanceTimersByTimeAsync(10);
  return { events, types: () => events.map((e) => e.type) };
}

function tooltipGuide(): PublishedGuide {
  const guide = onboardingGuide();
  return { ...guide, steps: [guide.steps[1]!] };
}

/** The app's button, as a framework renders it: a new element each time. */
function renderButton(x = 100): HTMLButtonElement {
  const el = document.createElement('button');
  el.setAttribute('data-testid', 'create');
  el.textContent = 'Create';
  giveBox(el, { x, y: 100, width: 80, height: 30 });
  document.body.append(el);
  return el;
}

const shadow = () => document.querySelector('shirube-ui')!.shadowRoot!;
const dialog = () => document.querySelector('shirube-ui')?.shadowRoot?.querySelector('[role=dialog]') ?? null;
/** Where the highlight ring is drawn: 4 px outside the target's left edge. */
const ringLeft = () => shadow().querySelector<HTMLElement>('.ring')!.style.left;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  history.replaceState(null, '', '/');
  document.documentElement.lang = 'en';
});

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('a tooltip and its target', () => {
  it('re-attaches to the element a re-render put in place of its target, without another step_viewed', async () => {
    const old = renderButton(100);
    const { types } = await bootOnTooltip();
    expect(dialog()).not.toBeNull();
    expect(ringLeft()).toBe('96px');
    old.replaceWith(renderButton(300));
    await vi.advanceTimersByTimeAsync(100);
    expect(dialog()).not.toBeNull();
    expect(ringLeft()).toBe('296px');
    expect(types()).toEqual(['step_viewed']);
  });

  it('hides at once when the target goes, and comes back with it without another step_viewed', async () => {
    const old = renderButton();
    const { types } = await bootOnTooltip();
    old.remove();
    await vi.advanceTimersByTimeAsync(100);
    expect(dialog()).toBeNull();
    await vi.advanceTimersByTimeAsync(2_000);
    renderButton();
    await vi.advanceTimersByTimeAsync(100);
    expect(dialog()).not.toBeNull();
    expect(types()).toEqual(['step_viewed']);
  });

  it('reports target_missing once, after the grace period and the normal wait, when the target does not come back', async () => {
    const old = renderButton();
    const { types, events } = await bootOnTooltip(tooltipGuide(), 3_000);
    old.remove();
    await vi.advanceTimersByTimeAsync(100 + 1_500 + 2_900);
    expect(types()).toEqual(['step_viewed']);
    await vi.advanceTimersByTimeAsync(100);
    expect(types()).toEqual(['step_viewed', 'target_missing']);
    expect(events[1]).toMatchObject({ stepId: 'create', reason: 'not_found' });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(types()).toEqual(['step_viewed', 'target_missing']);
    expect(dialog()).toBeNull();
  });

  it('reports not_visible when the target is on the page but never shows', async () => {
    const el = renderButton();
    giveBox(el, { x: 0, y: 0, width: 0, height: 0 });
    const { events } = await bootOnTooltip(tooltipGuide(), 3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(events).toMatchObject([{ type: 'target_missing', reason: 'not_visible' }]);
  });

  it('looks for the target again after a client-side route change', async () => {
    const first = renderButton(100);
    const { types } = await bootOnTooltip();
    expect(ringLeft()).toBe('96px');
    // The next page keeps the old button on screen but the app now marks another one as "create".
    first.removeAttribute('data-testid');
    renderButton(500);
    await vi.advanceTimersByTimeAsync(200);
    expect(ringLeft()).toBe('96px');
    history.pushState(null, '', '/reports/new');
    await vi.advanceTimersByTimeAsync(1);
    expect(ringLeft()).toBe('496px');
    expect(types()).toEqual(['step_viewed']);
  });
});
