import { plainText, type ShirubeEvent } from '@shirube/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseLauncher } from './guides-client.js';
import { createShirube } from './shirube.js';
import { createMemoryStore } from './storage.js';
import { jsonResponse, onboardingGuide, loadUiNow } from './test-support.js';
import type { ShirubeHandle } from './types.js';

/** Help articles: listed in the launcher and started only from there. */
const onDemand = { audience: { match: 'all' as const, conditions: [] }, trigger: { kind: 'manual' as const } };
const receipt = onboardingGuide({
  id: 'receipt',
  name: 'Attach a receipt',
  helpLauncher: true,
  targeting: onDemand,
  steps: [{ id: 'r1', kind: 'modal', title: 'Upload the photo', content: plainText('Drop a JPEG of the レシート here.'), advance: 'next', placement: 'auto' }],
});
const approvals = onboardingGuide({ id: 'approvals', name: 'Approve reports', helpLauncher: true, targeting: onDemand, displayRules: { urlPatterns: ['/approvals'] } });
const unlisted = onboardingGuide({ id: 'unlisted', name: 'Receipt rules', displayRules: { urlPatterns: ['/nowhere'] } });
const launcher = { enabled: true, buttonLabel: '', panelTitle: 'Need a hand?', contactHref: 'mailto:help@example.com' };

let handle: ShirubeHandle | null = null;

function boot(body: unknown) {
  const events: ShirubeEvent[] = [];
  const fetch = vi.fn(async (url: string | URL | Request) =>
    String(url).includes('/sdk/v1/guides') ? jsonResponse(body) : new Response('{"accepted":1,"duplicates":0}', { status: 202 }),
  );
  handle = createShirube(
    { projectKey: 'pk_test', apiUrl: 'https://api.example.com' },
    { store: createMemoryStore(new Map()), fetch: fetch as unknown as typeof globalThis.fetch, sendBeacon: () => true, flushDebounceMs: 60_000, loadUi: loadUiNow },
  );
  handle.on('help_search', (event) => events.push(event));
  handle.on('guide_started', (event) => events.push(event));
  return events;
}

const shadow = () => document.querySelector('shirube-ui')?.shadowRoot ?? null;
const launcherButton = () => shadow()?.querySelector<HTMLButtonElement>('button.launcher') ?? null;
const panel = () => shadow()?.querySelector<HTMLElement>('[role=dialog].help') ?? null;
const search = () => panel()!.querySelector<HTMLInputElement>('input')!;
const names = () => [...panel()!.querySelectorAll('[role=option] b')].map((b) => b.textContent);
const key = (name: string) => search().dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
const type = (text: string) => {
  search().value = text;
  search().dispatchEvent(new Event('input', { bubbles: true }));
};

async function openPanel() {
  await vi.waitFor(() => expect(launcherButton()).not.toBeNull());
  launcherButton()!.click();
  expect(panel()).not.toBeNull();
}

beforeEach(() => {
  history.replaceState(null, '', '/');
  document.documentElement.lang = 'en';
});

afterEach(() => {
  handle?.destroy();
  handle = null;
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('help launcher', () => {
  it('is absent unless the project enabled it', async () => {
    boot({ guides: [receipt] });
    await handle!.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(launcherButton()).toBeNull();
  });

  it('lists the flagged guides allowed on this page, without starting them by itself', async () => {
    const events = boot({ guides: [receipt, approvals, unlisted], launcher });
    await openPanel();
    expect(launcherButton()!.getAttribute('aria-label')).toBe('Help');
    expect(launcherButton()!.getAttribute('aria-expanded')).toBe('true');
    expect(shadow()!.activeElement).toBe(search());
    expect(panel()!.getAttribute('aria-labelledby')).toBeTruthy();
    expect(shadow()!.getElementById(panel()!.getAttribute('aria-labelledby')!)!.textContent).toBe('Need a hand?');
    expect(names()).toEqual(['Attach a receipt']);
    expect(panel()!.querySelector('[role=option] span')!.textContent).toContain('Upload the photo');
    expect(events).toEqual([]);
    history.pushState(null, '', '/approvals');
    await vi.waitFor(() => expect(names()).toEqual(['Attach a receipt', 'Approve reports']));
  });

  it('filters as the user types, full-width and kana included, and announces the count', async () => {
    boot({ guides: [receipt, approvals], launcher });
    history.replaceState(null, '', '/approvals');
    await openPanel();
    type('ＲＥＰＯＲＴ');
    expect(names()).toEqual(['Approve reports']);
    expect(panel()!.querySelector('[role=status]')!.textContent).toBe('1 result');
    type('ﾚｼｰﾄ');
    expect(names()).toEqual(['Attach a receipt']);
  });

  it('moves with the arrow keys and starts the chosen walkthrough on Enter, logging one search', async () => {
    const events = boot({ guides: [receipt, approvals], launcher });
    history.replaceState(null, '', '/approvals');
    await openPanel();
    type('re');
    // Both match at a word start in the name: equal scores keep the project's order.
    expect(names()).toEqual(['Attach a receipt', 'Approve reports']);
    key('ArrowDown');
    key('ArrowDown');
    key('ArrowUp');
    expect(search().getAttribute('aria-activedescendant')).toBe(panel()!.querySelectorAll('[role=option]')[1]!.id);
    key('Enter');
    expect(panel()).toBeNull();
    await vi.waitFor(() => expect(events.map((e) => e.type)).toContain('guide_started'));
    expect(events[0]).toMatchObject({ type: 'help_search', query: 're', resultCount: 2, pickedGuideId: 'approvals' });
    expect(events.filter((e) => e.type === 'help_search')).toHaveLength(1);
    expect(events.find((e) => e.type === 'guide_started')).toMatchObject({ guideId: 'approvals' });
    // Closing the guide gives focus back to the launcher it was started from.
    const step = await vi.waitFor(() => shadow()!.querySelector<HTMLElement>('[role=dialog]:not(.help)')!);
    step.querySelector<HTMLButtonElement>('button.close')!.click();
    await vi.waitFor(() => expect(shadow()!.activeElement).toBe(launcherButton()));
  });

  it('logs a search once after a pause, not per keystroke, and offers the contact link when nothing matches', async () => {
    const events = boot({ guides: [receipt], launcher });
    await openPanel();
    vi.useFakeTimers();
    for (const text of ['m', 'mi', 'mileage']) type(text);
    vi.advanceTimersByTime(1_000);
    vi.advanceTimersByTime(5_000);
    expect(events).toEqual([expect.objectContaining({ type: 'help_search', query: 'mileage', resultCount: 0 })]);
    expect(panel()!.textContent).toContain('Nothing matches your search.');
    expect(panel()!.querySelector('a')!.getAttribute('href')).toBe('mailto:help@example.com');
    // Closing after the pause does not log the same search again.
    key('Escape');
    expect(events).toHaveLength(1);
  });

  it('closes on Escape with focus back on the button, logging the unfinished search', async () => {
    const events = boot({ guides: [receipt], launcher });
    await openPanel();
    type('receipt');
    key('Escape');
    expect(panel()).toBeNull();
    expect(shadow()!.activeElement).toBe(launcherButton());
    expect(events).toEqual([expect.objectContaining({ type: 'help_search', query: 'receipt', resultCount: 1 })]);
    expect(events[0]).not.toHaveProperty('pickedGuideId');
  });

  it('leaves Enter on the close button to the button', async () => {
    const events = boot({ guides: [receipt], launcher });
    await openPanel();
    const close = panel()!.querySelector<HTMLButtonElement>('button.close')!;
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
    close.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    expect(events).toEqual([]);
    close.click();
    expect(panel()).toBeNull();
  });

  it('speaks Japanese on a Japanese page and is removed on destroy', async () => {
    document.documentElement.lang = 'ja';
    boot({ guides: [receipt], launcher: { ...launcher, panelTitle: '' } });
    await openPanel();
    expect(launcherButton()!.getAttribute('aria-label')).toBe('ヘルプ');
    expect(panel()!.textContent).toContain('お困りですか？');
    handle!.destroy();
    expect(document.querySelector('shirube-ui')).toBeNull();
  });

  it('follows the page when the app sets its language after the launcher appeared', async () => {
    boot({ guides: [receipt], launcher: { ...launcher, panelTitle: '' } });
    await openPanel();
    expect(launcherButton()!.getAttribute('aria-label')).toBe('Help');
    document.documentElement.lang = 'ja';
    await vi.waitFor(() => expect(launcherButton()!.getAttribute('aria-label')).toBe('ヘルプ'));
    expect(panel()!.textContent).toContain('お困りですか？');
  });
});

describe('launcher settings from the server', () => {
  it('keep only an enabled launcher and a safe contact link', () => {
    expect(parseLauncher(undefined)).toBeNull();
    expect(parseLauncher({ ...launcher, enabled: false })).toBeNull();
    expect(parseLauncher(launcher)).toEqual(launcher);
    expect(parseLauncher({ ...launcher, contactHref: 'javascript:alert(1)', buttonLabel: 7 })).toEqual({ enabled: true, buttonLabel: '', panelTitle: 'Need a hand?' });
    expect(parseLauncher({ ...launcher, contactHref: '/support' })).not.toHaveProperty('contactHref');
  });
});
