import type { GuideInput } from '@shirube/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { flushEvents, screenshot, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const paragraph = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];

/** Starts on the dashboard, sends the user to Reports with a click, and finishes on the Reports page. */
const acrossPages: GuideInput = {
  name: 'Find your reports',
  displayRules: { urlPatterns: ['/'] },
  steps: [
    { id: 'hello', kind: 'modal', title: 'Where are my reports?', advance: 'next', content: paragraph('Two quick steps.') },
    {
      id: 'open-reports',
      kind: 'tooltip',
      title: 'Open Reports',
      advance: 'target_click',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' }, text: 'Reports' },
      content: paragraph('Click Reports in the menu.'),
    },
    {
      id: 'search',
      kind: 'tooltip',
      title: 'Search every report',
      advance: 'next',
      page: '/reports',
      target: { v: 1, tag: 'input', attrs: { 'data-testid': 'filter-search' } },
      content: paragraph('Type a word from the title or the client.'),
    },
  ],
};

describe('a guide that spans pages', () => {
  let stack: Stack;
  let browser: Browser;
  let guideId: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    guideId = (await api.createGuide(acrossPages)).id;
    await api.publish(guideId);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('continues on the next page after a click, waits without reporting a missing element, and resumes after a reload', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'mika@acme.example');
    const hello = page.getByRole('dialog', { name: 'Where are my reports?' });
    await hello.waitFor();
    await hello.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('dialog', { name: 'Open Reports' }).waitFor();
    await page.getByTestId('nav-reports').click();
    await page.waitForURL(`${stack.demoUrl}/reports`);
    // The last step is on Reports, outside the guide's display rules: it shows there all the same.
    const search = page.getByRole('dialog', { name: 'Search every report' });
    await search.waitFor();
    await screenshot(page, 'multi-page-step-on-reports');

    // The user wanders off to Settings, longer than the SDK waits for an element: the step waits
    // for its page instead of reporting its element missing.
    await page.getByTestId('nav-settings').click();
    await page.waitForURL(`${stack.demoUrl}/settings`);
    await page.waitForTimeout(6_000);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByTestId('nav-reports').click();
    await search.waitFor();

    await flushEvents(page);
    await page.reload();
    await search.waitFor();
    await search.getByRole('button', { name: 'Done' }).click();
    await search.waitFor({ state: 'detached' });
    await flushEvents(page);

    const api = adminApi(stack.serverUrl, stack.secretKey);
    await expect
      .poll(async () => {
        const funnel = await api.funnel(guideId);
        return { completed: funnel.completedUsers, steps: funnel.steps.map((s) => [s.viewedUsers, s.completedUsers, s.targetMissingUsers]) };
      }, { timeout: 10_000 })
      .toEqual({ completed: 1, steps: [[1, 1, 0], [1, 1, 0], [1, 1, 0]] });
    await context.close();
  });
});
