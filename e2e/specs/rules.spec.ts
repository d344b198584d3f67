import type { GuideInput, Target, Targeting } from '@shirube/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

/*
 * One test per family of targeting rules, in the demo app. Each test has its own pages (a query
 * such as `?t=priority` keeps guides apart) and its own fresh end users.
 */

const DAY = 86_400_000;
const everyone = { match: 'all' as const, conditions: [] };

/** A one-modal guide titled `name` on `patterns`, with these rules. */
function guide(name: string, patterns: string[], rules: Partial<Targeting> = {}): GuideInput {
  return {
    name,
    displayRules: { urlPatterns: patterns },
    targeting: { audience: everyone, ...rules },
    steps: [{ id: 'only', kind: 'modal', title: name, advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: `${name}.` }] }] }],
  };
}

type Api = ReturnType<typeof adminApi>;
const published = async (api: Api, input: GuideInput) => {
  const { id } = await api.createGuide(input);
  await api.publish(id);
  return id;
};

const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });
/** Waits long enough for a guide that would start to have started, then says whether any shows. */
async function guidesShowing(page: Page): Promise<number> {
  await page.waitForTimeout(1_200);
  return page.getByRole('dialog').count();
}
/** Closes a guide and gives the SDK the moment it takes to store that (IndexedDB writes are asynchronous). */
const dismiss = async (page: Page, name: string) => {
  await dialog(page, name).getByRole('button', { name: 'Close guide' }).click();
  await dialog(page, name).waitFor({ state: 'detached' });
  await page.waitForTimeout(200);
};
/** A new tab of the same browser: same stored history, new browser session. */
const newTab = async (context: BrowserContext, url: string) => {
  const page = await context.newPage();
  await page.goto(url);
  return page;
};
const shirube = (page: Page, script: string) => page.evaluate(script);

describe('targeting rules in the demo app', () => {
  let stack: Stack;
  let browser: Browser;
  let api: Api;
  let users = 0;
  const contexts: BrowserContext[] = [];
  /** A fresh end user of Acme (role admin, plan business) signed in, on `path`. */
  const user = async (path: string) => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, `rules-${++users}@acme.example`, { landing: '/settings' });
    contexts.push(context);
    await page.goto(`${stack.demoUrl}${path}`);
    return { context, page, url: (p: string) => `${stack.demoUrl}${p}` };
  };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    api = adminApi(stack.serverUrl, stack.secretKey);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it('URL rules: a wildcard path, a query and a hash route each show their guide only there', async () => {
    await published(api, guide('Wildcard rule', ['/reports/r-*']));
    await published(api, guide('Query rule', ['/reports?status=submitted']));
    await published(api, guide('Hash rule', ['/settings#notifications']));
    const { page, url } = await user('/reports?status=draft');
    expect(await guidesShowing(page)).toBe(0);
    await page.goto(url('/reports?status=submitted'));
    await dismiss(page, 'Query rule');
    await page.goto(url('/reports/r-1001'));
    await dismiss(page, 'Wildcard rule');
    await page.goto(url('/settings'));
    expect(await guidesShowing(page)).toBe(0);
    await page.goto(url('/settings#notifications'));
    await dialog(page, 'Hash rule').waitFor();
  });

  it('traits: a number above a threshold and a date within the last days', async () => {
    await published(
      api,
      guide('Power user tips', ['/reports?t=traits'], {
        audience: {
          match: 'all',
          conditions: [
            { source: 'user', trait: 'reportsFiled', op: 'greater_than', value: 10 },
            { source: 'user', trait: 'signedUpAt', op: 'within_days', value: 30 },
          ],
        },
      }),
    );
    const identify = (reports: number, daysAgo: number) =>
      `window.Shirube.identify(JSON.parse(localStorage.getItem('demo:user')).id, { reportsFiled: ${reports}, signedUpAt: new Date(Date.now() - ${daysAgo * DAY}).toISOString() })`;
    const veteran = await user('/reports?t=traits');
    await shirube(veteran.page, identify(12, 400));
    expect(await guidesShowing(veteran.page)).toBe(0);
    const newcomer = await user('/reports?t=traits');
    await shirube(newcomer.page, identify(3, 5));
    expect(await guidesShowing(newcomer.page)).toBe(0);
    const busyNewcomer = await user('/reports?t=traits');
    await shirube(busyNewcomer.page, identify(12, 5));
    await dialog(busyNewcomer.page, 'Power user tips').waitFor();
  });

  it('frequency: every session comes back in a new tab, until completed until done, once never', async () => {
    await published(api, guide('Every session', ['/reports?t=session'], { frequency: { kind: 'every_session' } }));
    await published(api, guide('Until completed', ['/reports?t=until'], { frequency: { kind: 'until_completed' } }));
    await published(api, guide('Just once', ['/reports?t=once']));
    const { context, page, url } = await user('/reports?t=session');
    await dismiss(page, 'Every session');
    await page.reload();
    expect(await guidesShowing(page)).toBe(0);
    const second = await newTab(context, url('/reports?t=session'));
    await dismiss(second, 'Every session');

    await second.goto(url('/reports?t=until'));
    await dismiss(second, 'Until completed');
    await second.reload();
    expect(await guidesShowing(second)).toBe(0);
    const third = await newTab(context, url('/reports?t=until'));
    await dialog(third, 'Until completed').getByRole('button', { name: 'Done' }).click();
    await dialog(third, 'Until completed').waitFor({ state: 'detached' });
    await third.waitForTimeout(200);
    const fourth = await newTab(context, url('/reports?t=until'));
    expect(await guidesShowing(fourth)).toBe(0);

    await fourth.goto(url('/reports?t=once'));
    await dismiss(fourth, 'Just once');
    const fifth = await newTab(context, url('/reports?t=once'));
    expect(await guidesShowing(fifth)).toBe(0);
  });

  it('start triggers: an element appearing, an element clicked, a tracked event, and Shirube.start', async () => {
    const errors: Target = { v: 1, tag: 'div', role: 'alert', attrs: { 'data-testid': 'report-errors' } };
    const search: Target = { v: 1, tag: 'input', attrs: { 'data-testid': 'filter-search' } };
    await published(api, guide('Fixing a report', ['/reports/new'], { trigger: { kind: 'element_appears', target: errors } }));
    await published(api, guide('Searching reports', ['/reports?t=click'], { trigger: { kind: 'element_clicked', target: search } }));
    await published(api, guide('After an export', ['/reports?t=event'], { trigger: { kind: 'custom_event', name: 'report_exported' } }));
    const helpId = await published(api, guide('Help tour', [], { trigger: { kind: 'manual' } }));

    const { page, url } = await user('/reports/new');
    expect(await guidesShowing(page)).toBe(0);
    await page.getByTestId('report-submit').click();
    await dismiss(page, 'Fixing a report');

    await page.goto(url('/reports?t=click'));
    expect(await guidesShowing(page)).toBe(0);
    await page.getByTestId('filter-status').click();
    expect(await guidesShowing(page)).toBe(0);
    await page.getByTestId('filter-search').click();
    await dismiss(page, 'Searching reports');

    await page.goto(url('/reports?t=event'));
    await shirube(page, `window.Shirube.track('report_printed')`);
    expect(await guidesShowing(page)).toBe(0);
    await shirube(page, `window.Shirube.track('report_exported')`);
    await dismiss(page, 'After an export');

    // A manual guide shows on every page (no display rules) yet never starts by itself.
    await page.goto(url('/settings'));
    expect(await guidesShowing(page)).toBe(0);
    expect(await shirube(page, `window.Shirube.start(${JSON.stringify(helpId)})`)).toBe(true);
    await dialog(page, 'Help tour').waitFor();
  });

  it('priority: the higher one shows, alone, and a triggered one does not interrupt it', async () => {
    await published(api, guide('Low priority', ['/reports?t=priority'], { priority: 20 }));
    await published(api, guide('High priority', ['/reports?t=priority'], { priority: 80 }));
    await published(api, guide('Urgent notice', ['/reports?t=priority'], { priority: 100, trigger: { kind: 'custom_event', name: 'urgent' } }));
    const { page } = await user('/reports?t=priority');
    await dialog(page, 'High priority').waitFor();
    await shirube(page, `window.Shirube.track('urgent')`);
    expect(await guidesShowing(page)).toBe(1);
    expect(await dialog(page, 'High priority').count()).toBe(1);
  });

  it('schedule: only the guide whose window is open now starts', async () => {
    const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();
    await published(api, guide('Next month', ['/reports?t=schedule'], { priority: 90, schedule: { startsAt: iso(1) } }));
    await published(api, guide('Last month', ['/reports?t=schedule'], { priority: 80, schedule: { endsAt: iso(-1) } }));
    await published(api, guide('This week', ['/reports?t=schedule'], { schedule: { startsAt: iso(-1), endsAt: iso(6) } }));
    const { page } = await user('/reports?t=schedule');
    await dialog(page, 'This week').waitFor();
    expect(await guidesShowing(page)).toBe(1);
  });
});
