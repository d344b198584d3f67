import type { ChecklistProgress, PublishedGuide, ShirubeEvent } from '@shirube/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShirube } from './shirube.js';
import { createMemoryStore } from './storage.js';
import { giveBox, jsonResponse, onboardingGuide, loadUiNow } from './test-support.js';
import type { ShirubeHandle } from './types.js';

const checklist: PublishedGuide = {
  id: 'start',
  version: 1,
  name: 'Get started',
  kind: 'checklist',
  steps: [],
  displayRules: { urlPatterns: [] },
  theme: { brandColor: '#0f766e', radius: 10 },
  checklist: {
    title: 'Get started',
    tasks: [
      { id: 'visit', title: 'Open reports', completeWhen: { type: 'page_visited', urlPattern: '/reports' } },
      { id: 'submit', title: 'Submit a report', completeWhen: { type: 'event_tracked', name: 'report_submitted' } },
      { id: 'export', title: 'Export', completeWhen: { type: 'element_clicked', target: { v: 1, tag: 'button', attrs: { 'data-testid': 'export' }, text: 'Export' } } },
      { id: 'tour', title: 'Take the tour', guideId: 'onboarding', completeWhen: { type: 'guide_completed', guideId: 'onboarding' } },
    ],
    onComplete: { celebrate: true, hide: true },
  },
};

/** A one-step walkthrough that never starts by itself: only the task's button starts it. */
const tour = onboardingGuide({ displayRules: { urlPatterns: ['/never'] }, steps: onboardingGuide().steps.slice(0, 1) });

const handles: ShirubeHandle[] = [];
const sent: ShirubeEvent[] = [];

/** Boots the SDK against a fake server; `progress` answers the progress route (a promise to hold it back). */
function boot(
  map: Map<string, unknown>,
  progress: (user: string) => Promise<ChecklistProgress[]> | ChecklistProgress[] = () => [],
  guides: PublishedGuide[] = [checklist, tour],
) {
  const fetch = vi.fn(async (url: string | URL | Request) => {
    const href = String(url);
    if (href.includes('/checklists/progress')) return jsonResponse({ checklists: await progress(new URL(href).searchParams.get('user')!) });
    if (href.includes('/sdk/v1/guides')) return jsonResponse({ guides });
    return new Response('{}', { status: 202 });
  });
  const shirube = createShirube(
    { projectKey: 'pk_test', apiUrl: 'https://api.example.com' },
    { store: createMemoryStore(map), fetch: fetch as unknown as typeof globalThis.fetch, sendBeacon: () => true, flushDebounceMs: 60_000, loadUi: loadUiNow },
  );
  for (const type of ['checklist_task_completed', 'checklist_state'] as const) shirube.on(type, (event) => sent.push(event));
  handles.push(shirube);
  return shirube;
}

const shadow = () => document.querySelector('shirube-ui')?.shadowRoot ?? null;
const launcher = () => shadow()?.querySelector<HTMLButtonElement>('.cl-launch') ?? null;
const counter = () => launcher()?.querySelector('.counter')?.textContent;
const doneTasks = () => Array.from(shadow()?.querySelectorAll('.cl-tasks li.done .cl-name') ?? []).map((el) => el.textContent);

beforeEach(() => {
  history.replaceState(null, '', '/');
  document.documentElement.lang = 'en';
  const exportButton = document.createElement('button');
  exportButton.dataset.testid = 'export';
  exportButton.innerHTML = '<span>Export</span>';
  giveBox(exportButton);
  document.body.append(exportButton);
  sent.length = 0;
});

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  document.body.replaceChildren();
});

describe('checklist widget', () => {
  it('shows progress and ticks tasks off from route changes, tracked events and clicks on the task element', async () => {
    boot(new Map());
    await vi.waitFor(() => expect(counter()).toBe('0/4'));
    expect(launcher()!.getAttribute('aria-expanded')).toBe('true');
    history.pushState(null, '', '/reports');
    await vi.waitFor(() => expect(counter()).toBe('1/4'));
    handles[0]!.track('report_submitted');
    await vi.waitFor(() => expect(counter()).toBe('2/4'));
    document.querySelector('[data-testid=export] span')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(doneTasks()).toEqual(['Open reports', 'Submit a report', 'Export']));
    expect(sent.filter((e) => e.type === 'checklist_task_completed').map((e) => (e as { taskId: string }).taskId)).toEqual(['visit', 'submit', 'export']);
  });

  it('renders from the cache before the server answers, then merges the server progress in', async () => {
    const map = new Map<string, unknown>();
    boot(map);
    await vi.waitFor(() => expect(counter()).toBe('0/4'));
    history.pushState(null, '', '/reports');
    await vi.waitFor(() => expect(counter()).toBe('1/4'));
    handles.pop()!.destroy();
    let answer: (value: ChecklistProgress[]) => void = () => {};
    boot(map, () => new Promise((resolve) => (answer = resolve)));
    await vi.waitFor(() => expect(counter()).toBe('1/4'));
    answer([{ guideId: 'start', tasks: { submit: 5 } }]);
    await vi.waitFor(() => expect(counter()).toBe('2/4'));
  });

  it('remembers minimise across reloads, and dismiss hides it for good', async () => {
    const map = new Map<string, unknown>();
    boot(map);
    await vi.waitFor(() => expect(launcher()).not.toBeNull());
    launcher()!.click();
    await vi.waitFor(() => expect(launcher()!.getAttribute('aria-expanded')).toBe('false'));
    expect(sent.map((e) => (e as { state?: string }).state)).toContain('minimised');
    handles.pop()!.destroy();
    boot(map);
    await vi.waitFor(() => expect(launcher()?.getAttribute('aria-expanded')).toBe('false'));
    launcher()!.click();
    await vi.waitFor(() => expect(shadow()!.querySelector('.cl-panel')).not.toBeNull());
    shadow()!.querySelector<HTMLButtonElement>('[aria-label="Dismiss checklist"]')!.click();
    await vi.waitFor(() => expect(launcher()).toBeNull());
  });

  it('minimises with Escape from inside the panel, keeping focus on the launcher', async () => {
    boot(new Map());
    await vi.waitFor(() => expect(shadow()?.querySelector('.cl-panel')).toBeTruthy());
    const panel = shadow()!.querySelector<HTMLElement>('.cl-panel')!;
    expect(panel.getAttribute('aria-labelledby')).toBe('shirube-checklist-title');
    expect(shadow()!.querySelector('[role=progressbar]')!.getAttribute('aria-valuetext')).toBe('0 of 4 tasks done');
    panel.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(shadow()!.querySelector('.cl-panel')).toBeNull());
    expect(shadow()!.activeElement).toBe(launcher());
    expect(launcher()!.getAttribute('aria-expanded')).toBe('false');
  });

  it('starts a task’s walkthrough from its button, celebrates when all is done and then hides', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      boot(new Map(), () => [{ guideId: 'start', tasks: { visit: 1, submit: 2, export: 3 } }]);
      await vi.waitFor(() => expect(counter()).toBe('3/4'));
      shadow()!.querySelector<HTMLButtonElement>('[aria-label="Start: Take the tour"]')!.click();
      await vi.waitFor(() => expect(shadow()!.querySelector('[role=dialog] .title')?.textContent).toBe('Welcome'));
      shadow()!.querySelector<HTMLButtonElement>('[data-primary]')!.click();
      await vi.waitFor(() => expect(shadow()!.querySelector('.cl-yay')?.textContent).toContain('All done'));
      expect(sent.at(-1)).toMatchObject({ type: 'checklist_state', state: 'completed' });
      vi.advanceTimersByTime(5_000);
      await vi.waitFor(() => expect(launcher()).toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });

  it('speaks the page’s language, following a switch made in place', async () => {
    boot(new Map());
    await vi.waitFor(() => expect(shadow()?.querySelector('.cl .sr')?.textContent).toBe('0 of 4 tasks done'));
    document.documentElement.lang = 'ja';
    await vi.waitFor(() => expect(shadow()!.querySelector('.cl .sr')!.textContent).toBe('4件中0件完了'));
  });

  it('takes the state a user left on another device when they sign in after the page loaded', async () => {
    const minimised = { guideId: 'start', tasks: { visit: 1 }, state: { value: 'minimised' as const, at: 1_000 } };
    // For signed-in users: the sign-in page shows nothing, then the app identifies in place.
    const forUsers = { ...checklist, targeting: { audience: { match: 'all' as const, conditions: [{ source: 'user' as const, trait: 'email', op: 'exists' as const }] } } };
    boot(new Map(), (user) => (user === 'aiko' ? [minimised] : []), [forUsers, tour]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(launcher()).toBeNull();
    handles[0]!.identify('aiko', { email: 'aiko@acme.example' });
    await vi.waitFor(() => expect(counter()).toBe('1/4'));
    expect(launcher()!.getAttribute('aria-expanded')).toBe('false');
    expect(sent.filter((e) => e.type === 'checklist_state').map((e) => (e as { userId?: string | null; state: string }).state)).not.toContain('expanded');
  });

  it('shows only on the pages its display rules name, and counts as seen only once shown', async () => {
    boot(new Map(), () => [], [{ ...checklist, displayRules: { urlPatterns: ['/reports'] } }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(launcher()).toBeNull();
    expect(sent).toEqual([]);
    history.pushState(null, '', '/reports');
    await vi.waitFor(() => expect(counter()).toBe('1/4'));
    expect(sent.map((e) => e.type)).toEqual(['checklist_task_completed', 'checklist_state']);
  });

  it('shows nothing to users outside its audience', async () => {
    boot(new Map(), () => [], [{ ...checklist, targeting: { audience: { match: 'all', conditions: [{ source: 'user', trait: 'plan', op: 'equals', value: 'pro' }] } } }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(launcher()).toBeNull();
    handles[0]!.identify('u1', { plan: 'pro' });
    await vi.waitFor(() => expect(counter()).toBe('0/4'));
  });

  it('stops listening for clicks once destroyed', async () => {
    boot(new Map());
    await vi.waitFor(() => expect(counter()).toBe('0/4'));
    handles.pop()!.destroy();
    document.querySelector<HTMLButtonElement>('[data-testid=export]')!.click();
    expect(sent.filter((e) => e.type === 'checklist_task_completed')).toEqual([]);
    expect(launcher()).toBeNull();
  });
});
