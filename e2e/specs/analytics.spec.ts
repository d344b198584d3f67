import { readFileSync } from 'node:fs';
import { uuidv7, type GuideInput } from '@shirube/schema';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { flushEvents, screenshot, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const PM = { email: 'pm@acme.example', name: 'Haruka PM', password: 'a long passphrase 42' };

const onboarding: GuideInput = {
  name: 'Expense onboarding',
  onboarding: true,
  displayRules: { urlPatterns: ['/'] },
  steps: [
    { id: 'welcome', kind: 'modal', title: 'Welcome to Keihi', advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'A short tour.' }] }] },
    {
      id: 'new-report',
      kind: 'tooltip',
      title: 'Create your first report',
      advance: 'next',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' }, text: 'New report' },
      content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Start here.' }] }],
    },
    {
      id: 'reports',
      kind: 'tooltip',
      title: 'Track every report',
      advance: 'next',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' }, text: 'Reports' },
      content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Follow approvals.' }] }],
    },
  ],
};

/** A second guide with a small leak at each step, so the ranking has something to rank against. */
const settingsTour: GuideInput = {
  name: 'Settings tour',
  displayRules: { urlPatterns: ['/settings'] },
  steps: [
    { id: 'language', kind: 'modal', title: 'Your language', advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Pick one.' }] }] },
    { id: 'mail', kind: 'modal', title: 'Approval e-mails', advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Choose.' }] }] },
  ],
};

const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });

/** Posts a scripted user's run of the settings tour the way the SDK would. */
async function settingsRun(stack: Stack, guideId: string, user: string, reach: number, complete: boolean): Promise<void> {
  let clock = Date.now() - 60_000;
  const who = () => ({ id: uuidv7((clock += 1_000)), timestamp: clock, anonymousId: `anon-${user}`, userId: user, accountId: 'acme', path: '/settings' });
  const guide = { guideId, guideVersion: 1 };
  const events: object[] = [{ ...who(), type: 'guide_started', ...guide }];
  for (let i = 0; i <= reach; i++) {
    const step = { ...guide, stepId: settingsTour.steps![i]!.id, stepIndex: i };
    events.push({ ...who(), type: 'step_viewed', ...step });
    if (i < reach || complete) events.push({ ...who(), type: 'step_completed', ...step });
  }
  if (complete) events.push({ ...who(), type: 'guide_completed', ...guide });
  const res = await fetch(`${stack.serverUrl}/sdk/v1/events?key=${stack.publicKey}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ sentAt: Date.now(), events }) });
  expect(res.status).toBe(202);
}

/** The numbers the funnel chart itself shows for a step, read from its tooltip. */
async function chartPoint(page: Page, stepIndex: number, steps: number): Promise<{ viewed: number; completed: number }> {
  const over = page.locator('.chart-figure .u-over').first();
  const box = (await over.boundingBox())!;
  await page.mouse.move(box.x + (box.width * (stepIndex + 0.5)) / steps, box.y + box.height / 2);
  const tip = page.locator('.chart-figure .chart-tip').first();
  await tip.waitFor();
  const text = await tip.innerText();
  const number = (label: string) => Number(new RegExp(`${label}: ([\\d,]+)`).exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
  return { viewed: number('Viewed'), completed: number('Completed') };
}

describe('analytics: a product manager sees where end users drop off', () => {
  let stack: Stack;
  let browser: Browser;
  let guideId: string;
  let pm: Page;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    guideId = (await api.createGuide(onboarding)).id;
    await api.publish(guideId);
    const settingsId = (await api.createGuide(settingsTour)).id;
    await api.publish(settingsId);
    // Six users on the settings tour: one leaves at each step, four complete.
    await settingsRun(stack, settingsId, 's1', 0, false);
    await settingsRun(stack, settingsId, 's2', 1, false);
    for (const user of ['s3', 's4', 's5', 's6']) await settingsRun(stack, settingsId, user, 1, true);
    await stack.cli(['create-user', '--email', PM.email, '--name', PM.name, '--role', 'viewer', '--password', PM.password]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('records five end users in the demo app: one finishes the guide, four leave at step 2', async () => {
    for (const email of ['aiko@acme.example', 'kenji@acme.example', 'sora@acme.example', 'yui@acme.example', 'ren@acme.example']) {
      const { context, page } = await signInAsEndUser(browser, stack.demoUrl, email);
      const welcome = dialog(page, 'Welcome to Keihi');
      await welcome.waitFor();
      await welcome.getByRole('button', { name: 'Next' }).click();
      const second = dialog(page, 'Create your first report');
      await second.waitFor();
      if (email.startsWith('aiko')) {
        await second.getByRole('button', { name: 'Next' }).click();
        const last = dialog(page, 'Track every report');
        await last.waitFor();
        await last.getByRole('button', { name: 'Done' }).click();
        await last.waitFor({ state: 'detached' });
      }
      // The others look at step 2 and go away without answering it.
      await flushEvents(page);
      await context.close();
    }
    const api = adminApi(stack.serverUrl, stack.secretKey);
    await expect.poll(async () => (await api.funnel(guideId)).steps.map((s) => s.viewedUsers), { timeout: 10_000 }).toEqual([5, 5, 1]);
  });

  it('shows the drop at step 2 in the funnel chart and table, and the CSV says the same', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true, locale: 'en-US' });
    pm = await context.newPage();
    pm.on('pageerror', (error) => {
      throw new Error(`uncaught error in the console: ${error.message}`);
    });
    await pm.goto(stack.serverUrl);
    await pm.getByLabel('Email').fill(PM.email);
    await pm.getByLabel('Password').fill(PM.password);
    await pm.getByRole('button', { name: 'Sign in' }).click();
    // From the guides list to the guide's analytics, as a PM would.
    const row = pm.getByRole('row').filter({ hasText: onboarding.name });
    await row.getByRole('link', { name: 'Analytics' }).click();
    const table = pm.getByTestId('funnel-table');
    await table.waitFor();

    await expect.poll(() => pm.getByTestId('headline').innerText()).toMatch(/step 2.*Create your first report.*4 users.*80%/s);
    expect(await pm.getByTestId('kpi-started').innerText()).toBe('5');
    expect(await pm.getByTestId('kpi-completed').innerText()).toBe('1');
    expect(await pm.getByTestId('kpi-completion-rate').innerText()).toBe('20%');

    const rows = table.getByTestId('funnel-row');
    expect(await rows.count()).toBe(3);
    const cells = async (i: number) => (await rows.nth(i).locator('td').allInnerTexts()).map((s) => s.trim());
    const second = await cells(1);
    expect(second[0]).toContain('2. Create your first report');
    expect(second[0]).toContain('Biggest drop');
    expect(second.slice(1, 4)).toEqual(['5', '1', '0']);
    expect(second[4]).toMatch(/^4\s*80%$/);
    expect(await rows.nth(1).getAttribute('class')).toContain('is-biggest');
    await screenshot(pm, 'analytics-guide-funnel');

    const chart = [await chartPoint(pm, 0, 3), await chartPoint(pm, 1, 3), await chartPoint(pm, 2, 3)];
    expect(chart).toEqual([
      { viewed: 5, completed: 5 },
      { viewed: 5, completed: 1 },
      { viewed: 1, completed: 1 },
    ]);

    const [download] = await Promise.all([pm.waitForEvent('download'), pm.getByRole('button', { name: 'Download CSV' }).first().click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM: spreadsheet apps read it as UTF-8
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const fromCsv = parsed.data.map((r) => ({ viewed: Number(r.Viewed), completed: Number(r.Completed) }));
    expect(fromCsv).toEqual(chart);
    expect(parsed.data.map((r) => [r['Step number'], r['Drop-off (users)']])).toEqual([
      ['1', '0'],
      ['2', '4'],
      ['3', '0'],
    ]);
  });

  it('ranks that step first on the stuck points page', async () => {
    await pm.getByRole('link', { name: 'Stuck points' }).click();
    const rows = pm.getByTestId('stuck-row');
    await rows.first().waitFor();
    const first = await rows.first().innerText();
    expect(first).toContain(onboarding.name);
    expect(first).toContain('2 of 3');
    expect(first).toContain('Create your first report');
    // The settings tour's smaller leaks come after it.
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).innerText()).toContain(settingsTour.name);
    await screenshot(pm, 'analytics-stuck-points');
  });

  it('lists the account with its onboarding completion', async () => {
    await pm.getByRole('link', { name: 'Accounts' }).click();
    const rows = pm.getByTestId('accounts-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const cells = (await rows.first().locator('td').allInnerTexts()).map((s) => s.trim());
    // Acme KK: 11 users seen (5 in the browser, 6 scripted), 5 started onboarding, 1 completed it.
    expect(cells[0]).toContain('Acme KK');
    expect(cells.slice(1, 4)).toEqual(['11', '5', '1']);
    expect(cells[4]).toContain('20%');
    await screenshot(pm, 'analytics-accounts');
  });
});
