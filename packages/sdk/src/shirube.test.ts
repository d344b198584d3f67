import { EventBatchSchema, parseWith, type PublishedGuide, type ShirubeEvent, type Step } from '@shirube/schema';
import { describe, expect, it, vi } from 'vitest';
import { splitGroup } from '@shirube/core';
import { createShirube } from './shirube.js';
import { createMemoryStore } from './storage.js';
import { boot, fakeApi, giveBox, handles, jsonResponse, loadUiNow, onboardingGuide, type FakeApi, useAppPage } from './test-support.js';
import type { ShirubeHandle } from './types.js';

/** The fixture guide's first tooltip step. */
const tooltipStep = (guide: PublishedGuide) => guide.steps[1] as Extract<Step, { kind: 'tooltip' }>;

const shadow = () => document.querySelector('shirube-ui')?.shadowRoot ?? null;
const dialog = () => shadow()?.querySelector<HTMLElement>('[role=dialog]') ?? null;
function dialogName(): string | null {
  const d = dialog();
  const id = d?.getAttribute('aria-labelledby');
  return id ? (shadow()!.getElementById(id)?.textContent ?? null) : null;
}
function button(name: string): HTMLButtonElement {
  const found = Array.from(dialog()?.querySelectorAll('button') ?? []).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
const waitForDialog = (name: string) => vi.waitFor(() => expect(dialogName()).toBe(name));

useAppPage();

describe('guide controller', () => {
  it('starts the guide chosen for the page and records step_viewed once per step shown', async () => {
    const { events, types } = boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    expect(dialog()?.getAttribute('aria-describedby')).toBeTruthy();
    expect(types()).toEqual(['guide_started', 'step_viewed']);
    expect(events[1]).toMatchObject({ guideId: 'onboarding', guideVersion: 1, stepId: 'welcome', stepIndex: 0, path: '/', userId: null });
    expect(events[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
    // Navigation on the same guide's pages re-checks the rules but does not show the step again.
    history.pushState(null, '', '/?tab=2');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(types()).toEqual(['guide_started', 'step_viewed']);
  });

  it('advances on Next to a tooltip anchored to its target, focusing its primary button', async () => {
    const { types } = boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    expect(button('Next')).toBeTruthy();
    button('Next').click();
    await waitForDialog('Create a report');
    expect(types()).toEqual(['guide_started', 'step_viewed', 'step_completed', 'step_viewed']);
    expect(dialog()!.classList.contains('tooltip')).toBe(true);
    expect(shadow()!.activeElement).toBe(button('Next'));
    expect(button('Back')).toBeTruthy();
    expect(dialog()!.textContent).toContain('2 of 3');
    // happy-dom lays nothing out, so which side fits is for the browser tests; here: it was placed.
    await vi.waitFor(() => expect(dialog()!.getAttribute('data-side')).toMatch(/^(top|bottom)$/));
    expect(dialog()!.style.top).toMatch(/px$/);
  });

  it('walks back and finishes with Done', async () => {
    const { types } = boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    button('Next').click();
    await waitForDialog('Create a report');
    button('Back').click();
    await waitForDialog('Welcome');
    button('Next').click();
    await waitForDialog('Create a report');
    button('Next').click();
    await waitForDialog('Your reports');
    button('Done').click();
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(types().slice(-2)).toEqual(['step_completed', 'guide_completed']);
  });

  it('resumes at the stored step after a reload', async () => {
    const map = new Map<string, unknown>();
    const first = boot(map, fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    button('Next').click();
    await waitForDialog('Create a report');
    const anonymousId = first.events[0]!.anonymousId;
    first.shirube.destroy();
    expect(document.querySelector('shirube-ui')).toBeNull();

    const second = boot(map, fakeApi([onboardingGuide()]));
    await waitForDialog('Create a report');
    expect(second.types()).toEqual(['step_viewed']);
    expect(second.events[0]).toMatchObject({ stepId: 'create', stepIndex: 1, anonymousId });
  });

  it('keeps a user in the middle of a guide on their version after a new one is published', async () => {
    const map = new Map<string, unknown>();
    const first = boot(map, fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    button('Next').click();
    await waitForDialog('Create a report');
    first.shirube.destroy();

    // Version 2 renames the step the user is on; the server still serves version 1 on request.
    const v2 = onboardingGuide({ version: 2 });
    v2.steps[1] = { ...v2.steps[1]!, title: 'Make your first report' };
    const requested: string[] = [];
    const api = fakeApi(() => jsonResponse({ guides: [v2] }, 200));
    const liveOnly = api.fetch;
    api.fetch = (async (url: string | URL | Request, init?: RequestInit) => {
      requested.push(String(url));
      return String(url).includes('/versions/1') ? jsonResponse(onboardingGuide(), 200) : liveOnly(url, init);
    }) as typeof fetch;
    const second = boot(map, api);
    await waitForDialog('Create a report');
    expect(second.events[0]).toMatchObject({ type: 'step_viewed', guideVersion: 1, stepId: 'create' });
    expect(requested.some((url) => url.includes('/sdk/v1/guides/onboarding/versions/1?key=pk_test'))).toBe(true);
  });

  it('dismisses with the close button and does not come back', async () => {
    const map = new Map<string, unknown>();
    const first = boot(map, fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    button('Close guide').click();
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(first.events.at(-1)).toMatchObject({ type: 'guide_dismissed', stepId: 'welcome' });
    first.shirube.destroy();

    const second = boot(map, fakeApi([onboardingGuide()]));
    await second.shirube.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dialog()).toBeNull();
    expect(second.types()).toEqual([]);
  });

  it('dismisses on Escape', async () => {
    const { types } = boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(types().at(-1)).toBe('guide_dismissed');
  });

  it('reports target_missing when the target never appears, then hides', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const guide = onboardingGuide();
    guide.steps = [{ ...tooltipStep(guide), target: { v: 1, tag: 'button', attrs: { 'data-testid': 'missing' } } }];
    const { types, events } = boot(new Map(), fakeApi([guide]), 3_000);
    await vi.advanceTimersByTimeAsync(10);
    expect(types()).toEqual(['guide_started']);
    expect(dialog()).toBeNull();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(types()).toEqual(['guide_started', 'target_missing']);
    expect(events[1]).toMatchObject({ reason: 'not_found', stepId: 'create' });
    expect(dialog()).toBeNull();
  });

  it('advances a target_click step when the user clicks the target, without blocking the click', async () => {
    const guide = onboardingGuide();
    guide.steps = [{ ...guide.steps[1]!, advance: 'target_click' }, guide.steps[2]!];
    const { types } = boot(new Map(), fakeApi([guide]));
    await waitForDialog('Create a report');
    const target = document.querySelector<HTMLButtonElement>('[data-testid=create]')!;
    const appHandler = vi.fn();
    target.addEventListener('click', appHandler);
    target.click();
    await waitForDialog('Your reports');
    expect(appHandler).toHaveBeenCalledTimes(1);
    expect(types()).toContain('step_completed');
  });

  it('leaves focus alone on a target_input step and advances on change', async () => {
    const input = document.createElement('input');
    input.setAttribute('name', 'amount');
    giveBox(input);
    document.body.append(input);
    input.focus();
    const guide = onboardingGuide();
    guide.steps = [{ ...tooltipStep(guide), advance: 'target_input', target: { v: 1, tag: 'input', attrs: { name: 'amount' } } }, guide.steps[2]!];
    boot(new Map(), fakeApi([guide]));
    await waitForDialog('Create a report');
    expect(document.activeElement).toBe(input);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitForDialog('Your reports');
  });

  it('hides a guide on pages its rules exclude and shows it again on return', async () => {
    const guide = onboardingGuide({ displayRules: { urlPatterns: ['/'] } });
    const { types } = boot(new Map(), fakeApi([guide]));
    await waitForDialog('Welcome');
    history.pushState(null, '', '/settings');
    await vi.waitFor(() => expect(dialog()).toBeNull());
    history.pushState(null, '', '/');
    await waitForDialog('Welcome');
    expect(types().filter((t) => t === 'guide_started')).toHaveLength(1);
  });

  it('waits for a step that is on another page, reporting nothing missing, and shows it there', async () => {
    const guide = onboardingGuide({ displayRules: { urlPatterns: ['/'] } });
    guide.steps[2] = { ...guide.steps[2]!, page: '/reports' };
    const { types } = boot(new Map(), fakeApi([guide]), 300);
    await waitForDialog('Welcome');
    button('Next').click();
    await waitForDialog('Create a report');
    button('Next').click();
    await vi.waitFor(() => expect(dialog()).toBeNull());
    // Longer than the target timeout: waiting for a page is not a missing element.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(types()).not.toContain('target_missing');
    history.pushState(null, '', '/settings');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog()).toBeNull();
    history.pushState(null, '', '/reports');
    await waitForDialog('Your reports');
    expect(types()).toEqual(['guide_started', 'step_viewed', 'step_completed', 'step_viewed', 'step_completed', 'step_viewed']);
    // Leaving its page hides the step again; the guide keeps its place.
    history.pushState(null, '', '/');
    await vi.waitFor(() => expect(dialog()).toBeNull());
    history.pushState(null, '', '/reports');
    await waitForDialog('Your reports');
    expect(types().filter((t) => t === 'guide_started')).toHaveLength(1);
    expect(types()).not.toContain('target_missing');
  });

  it('drops malformed guides and shows the valid one', async () => {
    const bad = { ...onboardingGuide({ id: 'bad' }), steps: [{ kind: 'tooltip', title: 5 }] };
    boot(new Map(), fakeApi(['nonsense', null, bad, onboardingGuide()]));
    await waitForDialog('Welcome');
  });

  it('survives a malformed guides response without throwing', async () => {
    const { shirube } = boot(new Map(), fakeApi(() => new Response('<html>', { status: 200 })));
    await shirube.flush();
    await expect(shirube.start('onboarding')).resolves.toBe(false);
    expect(dialog()).toBeNull();
  });

  it('revalidates with the cached ETag and uses the cache when the network fails', async () => {
    const map = new Map<string, unknown>();
    const first = boot(map, fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    button('Close guide').click();
    first.shirube.destroy();

    const offline = fakeApi(() => Promise.reject(new TypeError('offline')));
    const second = boot(map, offline);
    await expect(second.shirube.start('onboarding')).resolves.toBe(true);
    await waitForDialog('Welcome');
    expect(new Headers(offline.guideRequests[0]!.headers).get('If-None-Match')).toBe('"v1"');
  });

  it('attributes events to the identified user and account, recording identify once per change', async () => {
    const { shirube, events } = boot(new Map(), fakeApi([onboardingGuide()]));
    shirube.identify('user-1', { plan: 'pro', accountId: 'acme', account: { name: 'Acme' } });
    shirube.identify('user-1', { plan: 'pro', accountId: 'acme', account: { name: 'Acme' } });
    await waitForDialog('Welcome');
    expect(events[0]).toMatchObject({ type: 'identify', userId: 'user-1', accountId: 'acme', traits: { plan: 'pro' }, accountTraits: { name: 'Acme' } });
    expect(events.filter((e) => e.type === 'identify')).toHaveLength(1);
    expect(events.find((e) => e.type === 'guide_started')).toMatchObject({ userId: 'user-1', accountId: 'acme' });
  });

  it('counts a guide that started just before sign-in for the user who signed in', async () => {
    const api = fakeApi([onboardingGuide()]);
    const { shirube } = boot(new Map(), api);
    await waitForDialog('Welcome');
    shirube.identify('user-7', { accountId: 'acme' });
    await shirube.flush();
    const sent = api.batches.flat();
    expect(sent.map((e) => [e.type, e.userId, e.accountId])).toEqual([
      ['guide_started', 'user-7', 'acme'],
      ['step_viewed', 'user-7', 'acme'],
      ['identify', 'user-7', 'acme'],
    ]);
  });

  it('starts a guide only for users its audience admits, once identify tells who they are', async () => {
    const forAdmins = onboardingGuide({ targeting: { audience: { match: 'all', conditions: [{ source: 'user', trait: 'role', op: 'equals', value: 'admin' }] } } });
    const { shirube, types } = boot(new Map(), fakeApi([forAdmins]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog()).toBeNull(); // anonymous: no traits yet
    shirube.identify('user-1', { role: 'member' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog()).toBeNull();
    expect(types()).toEqual(['identify']);
    shirube.identify('user-1', { role: 'admin' });
    await waitForDialog('Welcome');
    // The traits are kept: the next page load admits the user without another identify.
    const map = new Map<string, unknown>();
    const api = fakeApi([forAdmins]);
    const first = boot(map, api);
    first.shirube.identify('user-2', { role: 'admin' });
    await vi.waitFor(() => expect(first.types()).toContain('guide_started'));
    first.shirube.destroy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Forget that it was shown, so the next load may start it again.
    for (const key of map.keys()) if (key.endsWith(':progress') || key.endsWith(':shown')) map.set(key, {});
    const second = boot(map, api);
    await vi.waitFor(() => expect(second.types()).toContain('guide_started'));
  });

  it('sends queued events on flush', async () => {
    const api = fakeApi([onboardingGuide()]);
    const { shirube } = boot(new Map(), api);
    shirube.track('report_created', { amount: 1200, nested: { no: 1 } as unknown as string });
    await waitForDialog('Welcome');
    await shirube.flush();
    const sent = api.batches.flat();
    expect(sent.map((e) => e.type)).toEqual(['track', 'guide_started', 'step_viewed']);
    expect(sent[0]).toMatchObject({ name: 'report_created', props: { amount: 1200 } });
  });

  it("stamps each event with the page's language at the moment it happens", async () => {
    document.documentElement.lang = 'ja-JP';
    const api = fakeApi([onboardingGuide()]);
    const { shirube, events } = boot(new Map(), api);
    await waitForDialog('Welcome');
    // The app's own language switch changes <html lang> without a reload.
    document.documentElement.lang = 'en-GB';
    button('次へ').click();
    await waitForDialog('Create a report');
    expect(events.map((e) => [e.type, e.locale])).toEqual([
      ['guide_started', 'ja-JP'],
      ['step_viewed', 'ja-JP'],
      ['step_completed', 'en-GB'],
      ['step_viewed', 'en-GB'],
    ]);
    await shirube.flush();
    const sent = api.batches.flat();
    expect(sent.map((e) => e.locale)).toEqual(['ja-JP', 'ja-JP', 'en-GB', 'en-GB']);
    expect(parseWith(EventBatchSchema, { sentAt: Date.now(), events: sent }).ok).toBe(true);
  });

  it("falls back to the browser's language when the page's is not a language tag, and sends none when neither is", async () => {
    const browserLanguage = vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    try {
      document.documentElement.lang = 'en_US';
      const api = fakeApi([]);
      const { shirube, events } = boot(new Map(), api);
      await shirube.flush();
      shirube.track('first');
      browserLanguage.mockReturnValue('');
      shirube.track('second');
      await shirube.flush();
      expect(events[0]).toMatchObject({ name: 'first', locale: 'de-DE' });
      expect(events[1]).toMatchObject({ name: 'second' });
      expect('locale' in events[1]!).toBe(false);
      expect(parseWith(EventBatchSchema, { sentAt: Date.now(), events: api.batches.flat() }).ok).toBe(true);
    } finally {
      browserLanguage.mockRestore();
    }
  });

  it('starts a guide on demand and restarts it from the first step', async () => {
    const { shirube, types } = boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    button('Next').click();
    await waitForDialog('Create a report');
    await expect(shirube.start('onboarding')).resolves.toBe(true);
    await waitForDialog('Welcome');
    expect(types().filter((t) => t === 'guide_started')).toHaveLength(2);
    await expect(shirube.start('nope')).resolves.toBe(false);
  });

  it('forgets the user and hides the guide on reset', async () => {
    const { shirube, events } = boot(new Map(), fakeApi([onboardingGuide()]));
    shirube.identify('user-1');
    await waitForDialog('Welcome');
    shirube.reset();
    expect(dialog()).toBeNull();
    shirube.track('after_reset');
    const after = events.at(-1)!;
    expect(after).toMatchObject({ type: 'track', userId: null });
    expect(after.anonymousId).not.toBe(events[0]!.anonymousId);
  });

  it('shows Japanese labels on a Japanese page', async () => {
    document.documentElement.lang = 'ja';
    boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    expect(button('次へ')).toBeTruthy();
    expect(button('ガイドを閉じる')).toBeTruthy();
    expect(dialog()!.textContent).toContain('1 / 3');
  });

  it('follows the page when the app sets its language after the step appeared', async () => {
    boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
    expect(button('Next')).toBeTruthy();
    document.documentElement.lang = 'ja';
    await vi.waitFor(() => expect(button('次へ')).toBeTruthy());
    expect(button('ガイドを閉じる')).toBeTruthy();
  });

  it('themes the host and restores history on destroy', async () => {
    const pushState = history.pushState;
    const { shirube } = boot(new Map(), fakeApi([onboardingGuide()]));
    expect(history.pushState).not.toBe(pushState);
    await waitForDialog('Welcome');
    const host = document.querySelector<HTMLElement>('shirube-ui')!;
    expect(host.style.getPropertyValue('--sh-brand')).toBe('#4f46e5');
    expect(host.style.getPropertyValue('--sh-radius')).toBe('12px');
    shirube.destroy();
    expect(history.pushState).toBe(pushState);
    expect(document.querySelector('shirube-ui')).toBeNull();
  });
});

describe('the guide UI loads the first time something is shown', () => {
  const bootWith = (api: FakeApi, loadUi?: () => ReturnType<typeof loadUiNow>) => {
    const shirube = createShirube(
      { projectKey: 'pk_test', apiUrl: 'https://api.example.com' },
      { store: createMemoryStore(), fetch: api.fetch, sendBeacon: () => true, flushDebounceMs: 60_000, ...(loadUi && { loadUi }) },
    );
    handles.push(shirube);
    return shirube;
  };

  it('never loads it on a page view that shows nothing', async () => {
    const loadUi = vi.fn(loadUiNow);
    const api = fakeApi([onboardingGuide({ displayRules: { urlPatterns: ['/settings'] } })]);
    const shirube = bootWith(api, loadUi);
    await vi.waitFor(() => expect(api.guideRequests).toHaveLength(1));
    shirube.track('opened');
    await shirube.flush();
    expect(api.batches.flat().map((e) => e.type)).toEqual(['track']);
    expect(loadUi).not.toHaveBeenCalled();
    expect(document.querySelector('shirube-ui')).toBeNull();
    // The guide's page: now there is something to show, and the UI is loaded for it, once.
    history.pushState(null, '', '/settings');
    await waitForDialog('Welcome');
    button('Next').click();
    await waitForDialog('Create a report');
    expect(loadUi).toHaveBeenCalledTimes(1);
  });

  it('imports it as its own chunk by default', async () => {
    bootWith(fakeApi([onboardingGuide()]));
    await waitForDialog('Welcome');
  });

  it('shows nothing and throws nothing when it fails to load, and tries again on the next page', async () => {
    const loadUi = vi.fn().mockRejectedValueOnce(new Error('offline')).mockImplementation(loadUiNow);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const shirube = createShirube(
      { projectKey: 'pk_test', apiUrl: 'https://api.example.com', debug: true },
      { store: createMemoryStore(), fetch: fakeApi([onboardingGuide()]).fetch, sendBeacon: () => true, flushDebounceMs: 60_000, loadUi },
    );
    handles.push(shirube);
    await vi.waitFor(() => expect(loadUi).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('[shirube]', 'showing a step failed', expect.any(Error)));
    expect(dialog()).toBeNull();
    history.pushState(null, '', '/?next');
    await waitForDialog('Welcome');
    expect(loadUi).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
  it('starts loading it with the stored state when the last page view showed something, until one shows nothing', async () => {
    const hidden = onboardingGuide({ displayRules: { urlPatterns: ['/settings'] } });
    const first = vi.fn(loadUiNow);
    bootWith(fakeApi([onboardingGuide()]), first);
    await waitForDialog('Welcome');
    handles.pop()!.destroy();
    // The next page view loads the UI before it knows what it shows...
    const second = vi.fn(loadUiNow);
    const api = fakeApi(() => new Promise<Response>(() => {}));
    bootWith(api, second);
    expect(second).toHaveBeenCalledTimes(1);
    handles.pop()!.destroy();
    // ...and one that showed nothing leaves the next one to load it only when needed.
    const third = fakeApi([hidden]);
    bootWith(third, vi.fn(loadUiNow));
    await vi.waitFor(() => expect(third.guideRequests).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    handles.pop()!.destroy();
    const fourth = vi.fn(loadUiNow);
    bootWith(fakeApi([hidden]), fourth);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fourth).not.toHaveBeenCalled();
  });
});

describe('A/B holdout', () => {
  const split = { holdoutPercent: 50, goalEvent: 'report_submitted' };
  const tested = onboardingGuide({ targeting: { audience: { match: 'all', conditions: [] }, split } });
  const fallback = onboardingGuide({ id: 'fallback', name: 'Fallback', steps: [{ ...onboardingGuide().steps[0]!, title: 'Another guide' }] });
  /** The first user ids core puts on each side, so the test knows what to expect. */
  const userOn = (group: 'shown' | 'holdout') => Array.from({ length: 50 }, (_, i) => `user-${i}`).find((id) => splitGroup(split, tested.id, id) === group)!;

  it('keeps a held-out user from the guide, shows the next one, and reports their side once', async () => {
    const map = new Map<string, unknown>();
    const api = fakeApi([tested, fallback]);
    const first = boot(map, api);
    first.shirube.identify(userOn('holdout'));
    await waitForDialog('Another guide');
    expect(first.events.filter((e) => e.type === 'split_assigned')).toEqual([expect.objectContaining({ guideId: 'onboarding', guideVersion: 1, group: 'holdout', userId: userOn('holdout') })]);
    await expect(first.shirube.start('onboarding')).resolves.toBe(false);
    await first.shirube.flush();
    expect(parseWith(EventBatchSchema, { sentAt: Date.now(), events: api.batches.flat() }).ok).toBe(true);
    first.shirube.destroy();
    await new Promise((resolve) => setTimeout(resolve, 20));

    // The next page: still held out, and the side is not reported again.
    const second = boot(map, fakeApi([tested]));
    await second.shirube.flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog()).toBeNull();
    expect(second.types()).not.toContain('split_assigned');
  });

  it('keeps the side drawn a moment before sign-in for the user who signed in, as the server counts it', async () => {
    const map = new Map<string, unknown>();
    const api = fakeApi([tested, fallback]);
    const first = boot(map, api);
    await vi.waitFor(() => expect(first.types()).toContain('split_assigned'));
    const drawn = first.events.find((e) => e.type === 'split_assigned') as Extract<ShirubeEvent, { type: 'split_assigned' }>;
    expect(drawn.group).toBe(splitGroup(split, tested.id, drawn.anonymousId));
    // Pick a user whose own draw is the other side: the device's draw must still win.
    const user = userOn(drawn.group === 'shown' ? 'holdout' : 'shown');
    first.shirube.identify(user);
    await first.shirube.flush();
    expect(api.batches.flat().filter((e) => e.type === 'split_assigned')).toEqual([expect.objectContaining({ userId: user, group: drawn.group })]);
    first.shirube.destroy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Forget what was shown (progress and show history), keep the drawn sides.
    for (const key of map.keys()) if (key.endsWith(':progress') || key.endsWith(':shown')) map.set(key, {});

    const second = boot(map, fakeApi([tested, fallback]));
    await waitForDialog(drawn.group === 'shown' ? 'Welcome' : 'Another guide');
    expect(second.types()).not.toContain('split_assigned');
  });

  it('shows the guide to the other side, reporting the side before the guide starts', async () => {
    const { shirube, types, events } = boot(new Map(), fakeApi([tested, fallback]));
    shirube.identify(userOn('shown'));
    await waitForDialog('Welcome');
    expect(types()).toEqual(['identify', 'split_assigned', 'guide_started', 'step_viewed']);
    expect(events[1]).toMatchObject({ group: 'shown', userId: userOn('shown') });
  });
});
