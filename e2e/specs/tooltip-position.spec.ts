import type { GuideInput } from '@shirube/schema';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { screenshot, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';
import { expectAnchoredTo } from '../support/tooltip-checks.js';

const guide: GuideInput = {
  name: 'Where to start',
  displayRules: { urlPatterns: ['/'] },
  theme: { brandColor: '#4f46e5', radius: 12 },
  steps: [
    {
      id: 'new-report',
      kind: 'tooltip',
      title: 'Create your first report',
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' }, text: 'New report' },
      content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Start here to claim a taxi fare or a client dinner.' }] }],
    },
  ],
};

/** Waits until the tooltip sits next to `element` again (scroll and observer callbacks arrive a frame later). */
async function settlesNextTo(page: Page, dialog: Locator, element: Locator): Promise<void> {
  await expect
    .poll(async () => expectAnchoredTo(page, dialog, element).then(() => true, () => false), { timeout: 5_000 })
    .toBe(true);
}

describe('a tooltip stays next to its target', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    await api.publish((await api.createGuide(guide)).id);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('through window and container scrolling, a resize, content pushed in above it and a transformed page', async () => {
    const { page } = await signInAsEndUser(browser, stack.demoUrl, 'kenji@acme.example');
    const dialog = page.getByRole('dialog', { name: 'Create your first report' });
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
    await page.addStyleTag({ content: '#main{height:380px;overflow:auto}' });
    await settlesNextTo(page, dialog, button);
    await page.evaluate(() => document.getElementById('main')!.scrollBy(0, 40));
    await settlesNextTo(page, dialog, button);

    // A transform on <body> makes it the containing block of fixed elements, the guide UI's too.
    await page.addStyleTag({ content: 'body{transform:translateZ(0)}' });
    await page.evaluate(() => window.scrollTo(0, 30));
    await settlesNextTo(page, dialog, button);
    await screenshot(page, 'tooltip-position-transformed-page');
  });
});
