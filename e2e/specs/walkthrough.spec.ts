import type { GuideInput } from '@shirube/schema';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { flushEvents, screenshot, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';
import { addPageCss, expectAnchoredTo } from '../support/tooltip-checks.js';

const onboarding: GuideInput = {
  name: 'Expense onboarding',
  displayRules: { urlPatterns: ['/'] },
  theme: { brandColor: '#4f46e5', radius: 12 },
  steps: [
    {
      id: 'welcome',
      kind: 'modal',
      title: 'Welcome to Keihi',
      advance: 'next',
      content: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Submit expenses in minutes and get reimbursed ' },
            { type: 'text', text: 'without paperwork', bold: true },
            { type: 'text', text: '. This short tour shows you around.' },
          ],
        },
      ],
    },
    {
      id: 'new-report',
      kind: 'tooltip',
      title: 'Create your first report',
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' }, text: 'New report' },
      content: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Start here to claim a taxi fare, a train ticket or a client dinner.' }] },
        { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Attach the receipt' }], [{ type: 'text', text: 'Pick a category' }]] },
      ],
    },
    {
      id: 'reports',
      kind: 'tooltip',
      title: 'Track every report',
      advance: 'next',
      placement: 'right',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' }, text: 'Reports' },
      content: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'See what is waiting for approval. ' },
            { type: 'link', href: 'https://example.com/help/reports', children: [{ type: 'text', text: 'Learn more' }] },
          ],
        },
      ],
    },
  ],
};

function stepDialog(page: Page, title: string) {
  return page.getByRole('dialog', { name: title });
}

/** Waits until the tooltip sits next to `element` again (scroll and observer callbacks arrive a frame later). */
async function settlesNextTo(page: Page, dialog: Locator, element: Locator): Promise<void> {
  await expect
    .poll(async () => expectAnchoredTo(page, dialog, element).then(() => true, () => false), { timeout: 5_000 })
    .toBe(true);
}

describe('a three-step walkthrough from the admin API to the end user and back to the funnel', () => {
  let stack: Stack;
  let browser: Browser;
  let api: ReturnType<typeof adminApi>;
  let guideId: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    api = adminApi(stack.serverUrl, stack.secretKey);
    const guide = await api.createGuide(onboarding);
    guideId = guide.id;
    const published = await api.publish(guideId);
    expect(published.version).toBe(1);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('guides a user through steps 1 and 2, resumes at step 3 after a reload, and records the dismissal', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'aiko@acme.example');

    const welcome = stepDialog(page, 'Welcome to Keihi');
    await welcome.waitFor();
    // Rich text arrives as real nodes: the bold run is a <strong>, not markup in a string.
    expect(await welcome.getByText('without paperwork').evaluate((node) => node.tagName)).toBe('STRONG');
    await screenshot(page, 'walkthrough-modal-step');
    await welcome.getByRole('button', { name: 'Next' }).click();

    const createReport = stepDialog(page, 'Create your first report');
    await createReport.waitFor();
    const button = await page.getByTestId('new-report').boundingBox();
    const tooltip = await createReport.boundingBox();
    expect(button && tooltip).toBeTruthy();
    // Placed below the button it explains, and horizontally over it.
    expect(tooltip!.y).toBeGreaterThanOrEqual(button!.y + button!.height);
    expect(tooltip!.y).toBeLessThan(button!.y + button!.height + 40);
    expect(tooltip!.x).toBeLessThan(button!.x + button!.width);
    expect(tooltip!.x + tooltip!.width).toBeGreaterThan(button!.x);
    await screenshot(page, 'walkthrough-tooltip-step');
    await createReport.getByRole('button', { name: 'Next' }).click();

    await stepDialog(page, 'Track every report').waitFor();
    await flushEvents(page);
    await page.reload();

    const resumed = stepDialog(page, 'Track every report');
    await resumed.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(1);
    await resumed.getByRole('button', { name: 'Close guide' }).click();
    await resumed.waitFor({ state: 'detached' });
    await flushEvents(page);

    await expect
      .poll(() => api.funnel(guideId), { timeout: 10_000, interval: 200 })
      .toMatchObject({
        startedUsers: 1,
        completedUsers: 0,
        dismissedUsers: 1,
        completionRate: 0,
        steps: [
          { stepId: 'welcome', viewedUsers: 1, completedUsers: 1, dismissedUsers: 0, dropOffUsers: 0 },
          { stepId: 'new-report', viewedUsers: 1, completedUsers: 1, dismissedUsers: 0, dropOffUsers: 0 },
          { stepId: 'reports', viewedUsers: 1, completedUsers: 0, dismissedUsers: 1, dropOffUsers: 1 },
        ],
      });

    // A dismissed guide does not come back on the next visit.
    await page.reload();
    await page.getByTestId('new-report').waitFor();
    await page.waitForTimeout(1_000);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });

  it('counts a second user who completes the guide: completion rate 50%', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'kenji@acme.example');
    for (const title of ['Welcome to Keihi', 'Create your first report']) {
      const dialog = stepDialog(page, title);
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Next' }).click();
    }
    const last = stepDialog(page, 'Track every report');
    await last.waitFor();
    await last.getByRole('button', { name: 'Done' }).click();
    await last.waitFor({ state: 'detached' });
    await flushEvents(page);

    await expect
      .poll(() => api.funnel(guideId), { timeout: 10_000, interval: 200 })
      .toMatchObject({
        startedUsers: 2,
        completedUsers: 1,
        completionRate: 0.5,
        steps: [
          { viewedUsers: 2, completedUsers: 2 },
          { viewedUsers: 2, completedUsers: 2 },
          { viewedUsers: 2, completedUsers: 1, dismissedUsers: 1 },
        ],
      });
    await context.close();
  });

  it('keeps a tooltip next to its target through a layout shift, scrolling (window and container), a resize and a transformed page', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'yui@acme.example');
    const welcome = stepDialog(page, 'Welcome to Keihi');
    await welcome.waitFor();
    await welcome.getByRole('button', { name: 'Next' }).click();
    const dialog = stepDialog(page, 'Create your first report');
    const button = page.getByTestId('new-report');
    await dialog.waitFor();
    await expectAnchoredTo(page, dialog, button);

    // Content inserted above the target moves it without any scroll or resize event (at the top of
    // the page, where the browser's scroll anchoring does not turn it into a scroll).
    await page.evaluate(() => {
      const notice = document.createElement('div');
      notice.style.height = '90px';
      document.getElementById('main')!.prepend(notice);
    });
    await settlesNextTo(page, dialog, button);

    // A shorter window: the page now scrolls, and the tooltip rides along.
    await page.setViewportSize({ width: 1100, height: 420 });
    await settlesNextTo(page, dialog, button);
    await page.evaluate(() => window.scrollBy(0, 80));
    await settlesNextTo(page, dialog, button);

    // The app's main area becomes its own scroll container.
    await addPageCss(page, '#main{height:380px;overflow:auto}');
    await settlesNextTo(page, dialog, button);
    await page.evaluate(() => document.getElementById('main')!.scrollBy(0, 40));
    await settlesNextTo(page, dialog, button);

    // A transform on <body> makes it the containing block of fixed elements, the guide UI's too.
    await addPageCss(page, 'body{transform:translateZ(0)}');
    await page.evaluate(() => window.scrollTo(0, 30));
    await settlesNextTo(page, dialog, button);
    await screenshot(page, 'walkthrough-tooltip-transformed-page');
    await context.close();
  });
});
