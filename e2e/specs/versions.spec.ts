import type { GuideInput, Step } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const say = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];

const steps: Step[] = [
  { id: 'welcome', kind: 'modal', title: 'Welcome to Keihi', advance: 'next', placement: 'auto', content: say('A short tour.') },
  {
    id: 'new-report',
    kind: 'tooltip',
    title: 'Create your first report',
    advance: 'next',
    placement: 'bottom',
    target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' }, text: 'New report' },
    content: say('Start here.'),
  },
  {
    id: 'reports',
    kind: 'tooltip',
    title: 'Track every report',
    advance: 'next',
    placement: 'right',
    target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' }, text: 'Reports' },
    content: say('See what is waiting for approval.'),
  },
];

const guide: GuideInput = { name: 'Versioned onboarding', displayRules: { urlPatterns: ['/'] }, steps };

const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });

describe('publishing a new version while users are in the middle of a guide', () => {
  let stack: Stack;
  let browser: Browser;
  let api: ReturnType<typeof adminApi>;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    api = adminApi(stack.serverUrl, stack.secretKey);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows a returning user a guide published since their last visit', async () => {
    const visitor = await signInAsEndUser(browser, stack.demoUrl, 'returning@acme.example', { landing: '/reports' });
    await visitor.page.getByTestId('nav-reports').waitFor();
    await flushEvents(visitor.page);
    const later: GuideInput = { name: 'Published later', displayRules: { urlPatterns: ['/reports'] }, steps: [{ ...steps[0]!, title: 'Something new in Keihi' }] };
    const { id } = await api.createGuide(later);
    await api.publish(id);
    // The page revalidates its cached guides (If-None-Match) and gets the new list.
    await visitor.page.reload();
    await dialog(visitor.page, 'Something new in Keihi').waitFor();
    await visitor.context.close();
  });

  it('lets a user mid-guide finish version 1 while a new user gets version 2', async () => {
    const { id } = await api.createGuide(guide);
    await api.publish(id);

    const early = await signInAsEndUser(browser, stack.demoUrl, 'early@acme.example');
    await dialog(early.page, 'Welcome to Keihi').getByRole('button', { name: 'Next' }).click();
    await dialog(early.page, 'Create your first report').waitFor();
    await flushEvents(early.page);

    // Version 2 rewords step 2 and drops step 3.
    await api.updateGuide(id, { steps: [steps[0]!, { ...steps[1]!, title: 'Start a new expense report' }] });
    expect((await api.publish(id)).version).toBe(2);

    await early.page.reload();
    const resumed = dialog(early.page, 'Create your first report');
    await resumed.waitFor();
    await resumed.getByRole('button', { name: 'Next' }).click();
    const last = dialog(early.page, 'Track every report');
    await last.waitFor();
    await last.getByRole('button', { name: 'Done' }).click();
    await last.waitFor({ state: 'detached' });
    await flushEvents(early.page);

    const late = await signInAsEndUser(browser, stack.demoUrl, 'late@acme.example');
    await dialog(late.page, 'Welcome to Keihi').getByRole('button', { name: 'Next' }).click();
    await dialog(late.page, 'Start a new expense report').waitFor();
    expect(await dialog(late.page, 'Create your first report').count()).toBe(0);
    await flushEvents(late.page);

    // Each user is counted on the version they saw.
    await expect.poll(() => api.funnel(id, 1), { timeout: 10_000, interval: 200 }).toMatchObject({ startedUsers: 1, completedUsers: 1 });
    await expect.poll(() => api.funnel(id, 2), { timeout: 10_000, interval: 200 }).toMatchObject({ startedUsers: 1, completedUsers: 0 });
    await early.context.close();
    await late.context.close();
  });
});
