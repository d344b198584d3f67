import type { GuideInput, RichText, Target } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { flushEvents, screenshot, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';
import { captureTarget, expectAnchoredTo, guideEvents, locatesAs, pageClassNames, recordGuideEvents, waitForStep } from '../support/tooltip-checks.js';

/**
 * A guide is authored on release 1 of the demo app and shown on release 2, built with other class
 * names, a reordered menu, a wrapper around the main action, renamed test ids and new wording.
 * Targets are captured the way an author would, by pointing at elements (found here by role and
 * accessible name); nobody types a selector.
 */

const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];

/** The elements the guides point at, found as a user would find them, per release. */
const elements = {
  createReport: (page: Page, release: 1 | 2) => page.getByRole('main').getByRole('link', { name: release === 1 ? 'New report' : 'New expense report' }),
  titleField: (page: Page) => page.getByRole('textbox', { name: 'Title' }),
  reportsLink: (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }),
  draftsCard: (page: Page) => page.getByRole('region', { name: 'Drafts' }),
};

describe('a guide authored on release 1 attaches to the same elements on release 2', () => {
  let stack: Stack;
  let browser: Browser;
  let api: ReturnType<typeof adminApi>;
  let nextUrl: string;
  // Filled by the first test, read by the others (the tests of a file run in order).
  const captured = {} as Record<keyof typeof elements, { target: Target; classes: string[] }>;
  let release1Classes: string[] = [];
  let claimGuideId: string;
  let draftsGuideId: string;

  beforeAll(async () => {
    stack = await startStack({ release: 1 });
    browser = await launchBrowser();
    api = adminApi(stack.serverUrl, stack.secretKey);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('captures three targets and one soon-removed target in release 1, and publishes the guides', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'author@acme.example', { withoutSdk: true });
    captured.createReport = await captureTarget(page, elements.createReport(page, 1));
    captured.reportsLink = await captureTarget(page, elements.reportsLink(page));
    captured.draftsCard = await captureTarget(page, elements.draftsCard(page));
    // On the page it was captured from, each description leads back to its element.
    expect(await locatesAs(page, captured.createReport.target, elements.createReport(page, 1))).toBe('the same element');
    expect(await locatesAs(page, captured.reportsLink.target, elements.reportsLink(page))).toBe('the same element');
    expect(await locatesAs(page, captured.draftsCard.target, elements.draftsCard(page))).toBe('the same element');
    release1Classes = await pageClassNames(page);
    await elements.createReport(page, 1).click();
    await page.waitForURL(/\/reports\/new$/);
    captured.titleField = await captureTarget(page, elements.titleField(page));
    expect(await locatesAs(page, captured.titleField.target, elements.titleField(page))).toBe('the same element');
    release1Classes = [...new Set([...release1Classes, ...(await pageClassNames(page))])];
    await context.close();
    expect(captured.createReport.classes.length).toBeGreaterThan(0);

    const claim: GuideInput = {
      name: 'Claim an expense',
      displayRules: { urlPatterns: ['/', '/reports/new'] },
      theme: { brandColor: '#4f46e5', radius: 12 },
      steps: [
        { id: 'create', kind: 'tooltip', title: 'Start a report', advance: 'target_click', placement: 'bottom', target: captured.createReport.target, content: text('Click here to claim a taxi fare or a client dinner.') },
        { id: 'title', kind: 'tooltip', title: 'Name the expense', advance: 'next', placement: 'bottom', target: captured.titleField.target, content: text('A short title your approver will recognise.') },
        { id: 'reports', kind: 'tooltip', title: 'Find it later', advance: 'next', placement: 'right', target: captured.reportsLink.target, content: text('All your reports and their status live here.') },
      ],
    };
    // Started on demand (a help menu would do this), so it cannot get in the way of the first guide.
    const drafts: GuideInput = {
      name: 'Your drafts',
      displayRules: { urlPatterns: ['/help/drafts-tour'] },
      steps: [{ id: 'drafts', kind: 'tooltip', title: 'Unsent drafts', advance: 'next', placement: 'bottom', target: captured.draftsCard.target, content: text('Reports you have not submitted yet.') }],
    };
    claimGuideId = (await api.createGuide(claim)).id;
    draftsGuideId = (await api.createGuide(drafts)).id;
    expect((await api.publish(claimGuideId)).version).toBe(1);
    expect((await api.publish(draftsGuideId)).version).toBe(1);
    nextUrl = await stack.startDemo(2);
  });

  it('serves release 2 with none of the class names captured or seen in release 1', async () => {
    const { context, page } = await signInAsEndUser(browser, nextUrl, 'reviewer@acme.example', { withoutSdk: true });
    const release2Classes = new Set(await pageClassNames(page));
    await page.goto(`${nextUrl}/reports/new`);
    await elements.titleField(page).waitFor();
    for (const name of await pageClassNames(page)) release2Classes.add(name);
    await context.close();

    // Classes on the elements, and any the locator kept: in `classes` or in its `path` (`div.card`).
    const capturedClasses = Object.values(captured).flatMap(({ target, classes }) => [
      ...classes,
      ...(target.classes ?? []),
      ...Array.from(target.path?.matchAll(/\.([\w-]+)/g) ?? [], (m) => m[1]!),
    ]);
    expect(capturedClasses.length).toBeGreaterThan(0);
    expect(release2Classes.size).toBeGreaterThan(50);
    expect(capturedClasses.filter((name) => release2Classes.has(name))).toEqual([]);
    expect(release1Classes.filter((name) => release2Classes.has(name))).toEqual([]);
  });

  it.each([
    ['createReport', '/'],
    ['reportsLink', '/'],
    ['titleField', '/reports/new'],
  ] as const)('the locator finds %s on release 2 as the same element', async (name, path) => {
    const { context, page } = await signInAsEndUser(browser, nextUrl, `check-${name.toLowerCase()}@acme.example`, { withoutSdk: true });
    if (path !== '/') await page.goto(`${nextUrl}${path}`);
    const element = name === 'createReport' ? elements.createReport(page, 2) : elements[name](page);
    await element.waitFor();
    const verdict = await locatesAs(page, captured[name].target, element);
    await context.close();
    expect(verdict, `target ${JSON.stringify(captured[name].target)}`).toBe('the same element');
  });

  it('walks a fresh end user through every step on release 2, next to the same elements, to completion', async () => {
    const { context, page } = await signInAsEndUser(browser, nextUrl, 'new.hire@acme.example', { prepare: recordGuideEvents });
    const start = await waitForStep(page, 'Start a report');
    await expectAnchoredTo(page, start, elements.createReport(page, 2));
    await screenshot(page, 'targeting-release2-primary-action');
    await elements.createReport(page, 2).click();

    const title = await waitForStep(page, 'Name the expense');
    await expect.poll(() => page.url()).toMatch(/\/reports\/new$/);
    await expectAnchoredTo(page, title, elements.titleField(page));
    await screenshot(page, 'targeting-release2-form-field');
    await title.getByRole('button', { name: 'Next' }).click();

    const reports = await waitForStep(page, 'Find it later');
    await expectAnchoredTo(page, reports, elements.reportsLink(page));
    await screenshot(page, 'targeting-release2-menu-link');
    await reports.getByRole('button', { name: 'Done' }).click();
    await reports.waitFor({ state: 'detached' });

    const events = await guideEvents(page);
    expect(events.map((e) => e.type)).toEqual([
      'guide_started',
      'step_viewed',
      'step_completed',
      'step_viewed',
      'step_completed',
      'step_viewed',
      'step_completed',
      'guide_completed',
    ]);
    await flushEvents(page);
    await expect
      .poll(() => api.funnel(claimGuideId), { timeout: 10_000, interval: 200 })
      .toMatchObject({
        startedUsers: 1,
        completedUsers: 1,
        steps: [
          { stepId: 'create', viewedUsers: 1, completedUsers: 1, targetMissingUsers: 0 },
          { stepId: 'title', viewedUsers: 1, completedUsers: 1, targetMissingUsers: 0 },
          { stepId: 'reports', viewedUsers: 1, completedUsers: 1, targetMissingUsers: 0 },
        ],
      });
    await context.close();
  });

  it('reports target_missing, not a tooltip on something else, for the card release 2 removed', async () => {
    // Signed in on the Reports page, where the claim guide does not run, the user opens the drafts
    // tour (as from a help menu) and goes to the dashboard, where the card used to be.
    const { context, page } = await signInAsEndUser(browser, nextUrl, 'drafts@acme.example', { prepare: recordGuideEvents, landing: '/reports' });
    await page.waitForFunction(() => 'Shirube' in window);
    const started = await page.evaluate((id) => (window as unknown as { Shirube: { start(id: string): Promise<boolean> } }).Shirube.start(id), draftsGuideId);
    expect(started).toBe(true);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('region', { name: 'Pending approval' }).waitFor();
    expect(await elements.draftsCard(page).count()).toBe(0);
    await page.waitForFunction(() => (window as unknown as { __shirubeEvents: { type: string }[] }).__shirubeEvents.some((e) => e.type === 'target_missing'), null, {
      timeout: 15_000,
    });
    const events = await guideEvents(page);
    expect(events.map((e) => e.type)).toEqual(['guide_started', 'target_missing']);
    expect(events[1]).toMatchObject({ guideId: draftsGuideId, stepId: 'drafts', reason: 'not_found' });
    expect(await page.getByRole('dialog', { name: 'Unsent drafts' }).count()).toBe(0);

    await flushEvents(page);
    await expect
      .poll(() => api.funnel(draftsGuideId), { timeout: 10_000, interval: 200 })
      .toMatchObject({ startedUsers: 1, completedUsers: 0, steps: [{ stepId: 'drafts', viewedUsers: 0, targetMissingUsers: 1 }] });
    await context.close();
  });
});
