import type { GuideInput, Step } from '@shirube/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { withPublishedGuide } from '../support/published-guide.js';
import { storedGuideEvents, storedTrackNames } from '../support/stored-events.js';

const OUTAGE_MS = 60_000;

const tooltip = (id: string, title: string, testId: string): Step => ({
  id,
  kind: 'tooltip',
  title,
  advance: 'next',
  placement: 'bottom',
  target: { v: 1, tag: testId === 'kpi-pending' ? 'section' : 'a', attrs: { 'data-testid': testId } },
  content: [{ type: 'paragraph', children: [{ type: 'text', text: `${title}.` }] }],
});

/** Five steps on the demo's dashboard: a modal, then tooltips on its own elements. */
const steps: Step[] = [
  { id: 'welcome', kind: 'modal', title: 'Welcome aboard', advance: 'next', placement: 'auto', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'A short tour.' }] }] },
  tooltip('new-report', 'Start a report', 'new-report'),
  tooltip('pending', 'What waits for approval', 'kpi-pending'),
  tooltip('reports', 'Every report', 'nav-reports'),
  tooltip('settings', 'Your settings', 'nav-settings'),
];
const tour: GuideInput = { name: 'Five-step tour', displayRules: { urlPatterns: ['/'] }, steps };
const TITLES = steps.map((step) => step.title);

/** Clicks through every step of the tour, as the end user would: Next four times, then Done. */
async function completeTour(page: Page): Promise<void> {
  for (const [index, title] of TITLES.entries()) {
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: index === TITLES.length - 1 ? 'Done' : 'Next' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}

/** Adds up the `duplicates` the server reported: events the SDK delivered that were already stored. */
function countRedeliveries(target: Page | BrowserContext): { total: number } {
  const seen = { total: 0 };
  target.on('response', async (response) => {
    if (!response.url().includes('/sdk/v1/events') || response.status() !== 202) return;
    const body = (await response.json().catch(() => null)) as { duplicates?: number } | null;
    seen.total += body?.duplicates ?? 0;
  });
  return seen;
}

describe('delivery: nothing lost, nothing doubled', () => {
  const fixture = withPublishedGuide(tour);

  /**
   * Finishes the tour offline, leaves as `leave` does (returning the page to come back in),
   * reconnects and opens the dashboard again.
   */
  async function finishOfflineAndReturn(context: BrowserContext, page: Page, leave: () => Promise<Page>): Promise<Page> {
    await page.getByRole('dialog', { name: TITLES[0] }).waitFor();
    await context.setOffline(true);
    await completeTour(page);
    const next = await leave();
    await context.setOffline(false);
    await next.goto(fixture.stack.demoUrl);
    await next.getByTestId('new-report').waitFor();
    return next;
  }

  /** Waits until the tour's events for one user are stored, then checks the exact counts. */
  async function expectStored(userId: string, redelivered: { total: number }): Promise<void> {
    const forUser = () => storedGuideEvents(fixture.stack.databasePath, fixture.guideId, userId);
    await expect
      .poll(async () => (await forUser()).byType, { timeout: 100_000, interval: 500 })
      .toMatchObject({ step_completed: 5, guide_completed: 1 });
    const stored = await forUser();
    console.log(
      `delivery: stored ${stored.byType.step_completed ?? 0} step_completed, ${stored.byType.guide_completed ?? 0} guide_completed, ` +
        `${stored.duplicateIds + redelivered.total} duplicates`,
    );
    expect(stored.byType).toMatchObject({ guide_started: 1, step_viewed: 5, step_completed: 5, guide_completed: 1 });
    expect(stored.completedSteps).toEqual(['welcome', 'new-report', 'pending', 'reports', 'settings']);
    expect(stored.duplicateIds).toBe(0);
    expect(redelivered.total).toBe(0);
  }

  it('keeps every event of a tour finished while the server is down for a minute, and sends each once after it restarts', async () => {
    const { context, page } = await signInAsEndUser(fixture.browser, fixture.stack.demoUrl, 'aiko@acme.example');
    const redelivered = countRedeliveries(context);
    await page.getByRole('dialog', { name: TITLES[0] }).waitFor();

    await fixture.stack.stopServer();
    const stoppedAt = Date.now();
    await completeTour(page);
    await page.waitForTimeout(Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt)));
    await fixture.stack.restartServer();

    await expectStored('aiko@acme.example', redelivered);
    await context.close();
  }, 240_000);

  it('keeps every event of a tour finished offline in a tab that is then closed, and sends them from the next tab', async () => {
    const { context, page } = await signInAsEndUser(fixture.browser, fixture.stack.demoUrl, 'ben@acme.example');
    const redelivered = countRedeliveries(context);
    const later = await finishOfflineAndReturn(context, page, async () => {
      await page.close();
      return context.newPage();
    });
    await expectStored('ben@acme.example', redelivered);
    // The tour was finished: the next visit does not show it again.
    expect(await later.getByRole('dialog').count()).toBe(0);
    await context.close();
  }, 180_000);

  it('with IndexedDB throwing (private mode), keeps a tour finished a moment before a reload finished, and stores its events once', async () => {
    const { context, page } = await signInAsEndUser(fixture.browser, fixture.stack.demoUrl, 'dai@acme.example', {
      prepare: async (ctx) => {
        await ctx.addInitScript(() => {
          Object.defineProperty(window, 'indexedDB', {
            get() {
              throw new DOMException('IndexedDB is disabled in this mode', 'SecurityError');
            },
          });
        });
      },
    });
    const redelivered = countRedeliveries(context);
    // Offline, so nothing is sent: the events can reach the server only through what the page kept.
    await finishOfflineAndReturn(context, page, async () => {
      await page.reload({ waitUntil: 'commit' }).catch(() => undefined);
      return page;
    });
    await expectStored('dai@acme.example', redelivered);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  }, 120_000);

  it('never sends one event from two open tabs of the same user, even when both queued during an outage', async () => {
    const { context, page: first } = await signInAsEndUser(fixture.browser, fixture.stack.demoUrl, 'chie@acme.example');
    // What each tab sent, seen on the wire: event ids per page, and the ids the server accepted.
    const sentBy = new Map<Page, string[]>();
    const accepted: string[] = [];
    let outage = true;
    await context.route('**/sdk/v1/events**', async (route) => {
      const ids = (JSON.parse(route.request().postData() ?? '{"events":[]}') as { events: Array<{ id: string }> }).events.map((event) => event.id);
      const page = route.request().frame().page();
      sentBy.set(page, [...(sentBy.get(page) ?? []), ...ids]);
      if (outage) return route.fulfill({ status: 503, body: '' });
      const response = await route.fetch();
      if (response.status() === 202) accepted.push(...ids);
      return route.fulfill({ response });
    });
    const trackAndFlush = (page: Page, prefix: string) =>
      page.evaluate(async (name) => {
        const shirube = (window as unknown as { Shirube: { track(name: string): void; flush(): Promise<void> } }).Shirube;
        for (let i = 0; i < 5; i++) shirube.track(`${name}_${i}`);
        await shirube.flush();
      }, prefix);

    await trackAndFlush(first, 'first_tab');
    const second = await context.newPage();
    await second.goto(fixture.stack.demoUrl);
    await trackAndFlush(second, 'second_tab');
    outage = false;
    await Promise.all([trackAndFlush(first, 'first_tab_again'), trackAndFlush(second, 'second_tab_again')]);
    await Promise.all([flushEvents(first), flushEvents(second)]);

    const fromFirst = new Set(sentBy.get(first));
    const fromSecond = new Set(sentBy.get(second));
    const sentByBoth = [...fromFirst].filter((id) => fromSecond.has(id));
    console.log(`delivery: two tabs sent ${fromFirst.size} and ${fromSecond.size} events, ${sentByBoth.length} by both; ${accepted.length} accepted`);
    expect(sentByBoth).toEqual([]);
    expect(new Set(accepted).size).toBe(accepted.length);
    expect(new Set(accepted)).toEqual(new Set([...fromFirst, ...fromSecond]));
    const tracked = await storedTrackNames(fixture.stack.databasePath, 'chie@acme.example');
    expect(tracked.sort()).toEqual(
      ['first_tab', 'second_tab', 'first_tab_again', 'second_tab_again'].flatMap((prefix) => [0, 1, 2, 3, 4].map((i) => `${prefix}_${i}`)).sort(),
    );
    await context.close();
  }, 120_000);
});
