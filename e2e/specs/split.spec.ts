import { mkdirSync, readFileSync } from 'node:fs';
import { splitGroup } from '@shirube/core';
import { uuidv7, type Guide, type GuideInput, type Split } from '@shirube/schema';
import type { SplitResults } from '@shirube/server/types';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { signInToConsole, type Member } from '../support/console-user.js';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const EDITOR = { email: 'cs@acme.example', name: 'Mika CS', password: 'a long passphrase 42' };
const PM = { email: 'pm@acme.example', name: 'Haruka PM', password: 'a long passphrase 43' };
const SPLIT: Split = { holdoutPercent: 50, goalEvent: 'report_submitted' };
/** Where the pictures people look at go: the A/B section and the editor's settings. */
const SHOTS = '/work/shots/split';

const modal = (name: string, text: string): GuideInput => ({
  name,
  displayRules: { urlPatterns: ['/'] },
  steps: [{ id: 'only', kind: 'modal', title: name, advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }],
});
const REMINDER = modal('Submit your drafts', 'A report reaches your approver only once you submit it.');
const TIPS = modal('Keihi tips', 'Press / to search your reports.');

/** A console page signed in as `who`, failing the test on any uncaught error. */
async function consolePage(browser: Browser, stack: Stack, who: Member): Promise<Page> {
  const { page } = await signInToConsole(browser, stack.serverUrl, who, { viewport: { width: 1280, height: 900 } });
  await page.getByRole('link', { name: 'Stuck points' }).waitFor();
  return page;
}

async function shoot(target: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

/** Opens the draft "Submit for approval" report of the demo company and submits it: the app tracks `report_submitted`. */
async function submitADraft(page: Page): Promise<void> {
  await page.getByTestId('nav-reports').click();
  await page.getByRole('link', { name: 'Taxi from Haneda Airport after late flight' }).click();
  await page.getByTestId('report-submit-approval').click();
  await page.getByTestId('report-submit-approval').waitFor({ state: 'detached' });
}

describe('A/B holdout: a guide measured against users who never see it', () => {
  let stack: Stack;
  let browser: Browser;
  let reminder: Guide;
  let users: { shown: string[]; holdout: string[] };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    // Created first: the reminder wins the dashboard's one slot over the tips whenever it may show.
    reminder = await api.createGuide(REMINDER);
    await api.publish(reminder.id);
    const tips = await api.createGuide(TIPS);
    await api.publish(tips.id);
    for (const [who, role] of [[EDITOR, 'editor'], [PM, 'viewer']] as const) {
      await stack.cli(['create-user', '--email', who.email, '--name', who.name, '--role', role, '--password', who.password]);
    }
    // Someone already reported the goal from the app, so the editor offers its name.
    const seen = { id: uuidv7(), anonymousId: 'setup', userId: 'setup@acme.example', timestamp: Date.now(), path: '/', type: 'track', name: SPLIT.goalEvent };
    const res = await fetch(`${stack.serverUrl}/sdk/v1/events?key=${stack.publicKey}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ sentAt: Date.now(), events: [seen] }) });
    expect(res.status).toBe(202);
    // The demo's user id is the e-mail: core's draw tells which side each will be on.
    const emails = Array.from({ length: 40 }, (_, i) => `tester${i}@acme.example`);
    users = {
      shown: emails.filter((e) => splitGroup(SPLIT, reminder.id, e) === 'shown').slice(0, 3),
      holdout: emails.filter((e) => splitGroup(SPLIT, reminder.id, e) === 'holdout').slice(0, 3),
    };
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lets an editor turn on a 50% holdout with a goal event from the ones seen, and publish it', async () => {
    const page = await consolePage(browser, stack, EDITOR);
    await page.goto(`${stack.serverUrl}/#/p/${stack.projectId}/guides/${reminder.id}`);
    await page.getByRole('tab', { name: 'Where and who' }).click();
    const settings = page.getByTestId('split-settings');
    await settings.getByLabel('Hold out some users to measure what this guide changes').check();
    await settings.getByLabel('Held out (%)').fill('95');
    await expect.poll(() => settings.getByRole('alert').innerText()).toBe('Enter a whole number from 1 to 90.');
    await settings.getByLabel('Held out (%)').fill('50');
    expect(await page.locator('#track-event-names option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual([SPLIT.goalEvent]);
    await settings.getByLabel('Goal event').fill(SPLIT.goalEvent);
    expect(await settings.getByRole('alert').count()).toBe(0);
    await shoot(page.locator('.card.audience'), 'editor-split-settings');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Edited').waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('alertdialog', { name: 'Publish this guide?' }).getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Live: version 2').waitFor();
    const live = (await (await fetch(`${stack.serverUrl}/sdk/v1/guides?key=${stack.publicKey}`)).json()) as { guides: Array<{ id: string; targeting?: { split?: Split } }> };
    expect(live.guides.find((g) => g.id === reminder.id)?.targeting?.split).toEqual(SPLIT);
    await page.context().close();
  });

  it('shows the guide only to the shown side; held-out users get the next guide and never this one', async () => {
    expect(users.shown).toHaveLength(3);
    expect(users.holdout).toHaveLength(3);
    // Each signs in on the reports list, as the app has identified them by the time they reach the dashboard.
    // (Someone who lands on the guide's page before identify keeps the side their device drew: see the SDK's tests.)
    const signIn = async (email: string) => signInAsEndUser(browser, stack.demoUrl, email, { landing: '/reports' });
    for (const [index, email] of users.shown.entries()) {
      const { context, page } = await signIn(email);
      await page.getByTestId('nav-dashboard').click();
      const dialog = page.getByRole('dialog', { name: REMINDER.name });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'detached' });
      // Two of the three then submit a report.
      if (index < 2) await submitADraft(page);
      await flushEvents(page);
      await context.close();
    }
    for (const [index, email] of users.holdout.entries()) {
      // The last one submits before the guide could have been decided (the dashboard is where it shows): that does not count.
      const early = index === 2;
      const { context, page } = await signIn(email);
      if (early) {
        await page.getByRole('link', { name: 'Taxi from Haneda Airport after late flight' }).click();
        await page.getByTestId('report-submit-approval').click();
        await flushEvents(page);
      }
      await page.getByTestId('nav-dashboard').click();
      await page.getByRole('dialog', { name: TIPS.name }).waitFor();
      expect(await page.getByRole('dialog', { name: REMINDER.name }).count()).toBe(0);
      const tips = page.getByRole('dialog', { name: TIPS.name });
      await tips.getByRole('button', { name: 'Done' }).click();
      await tips.waitFor({ state: 'detached' });
      // The finished tips are stored in IndexedDB in the background: let that land before leaving.
      await page.waitForTimeout(300);
      // Back on the dashboard later: still held out.
      await page.reload();
      await page.getByTestId('new-report').waitFor();
      await page.waitForTimeout(800);
      expect(await page.getByRole('dialog').allInnerTexts()).toEqual([]);
      if (index === 0) await submitADraft(page);
      await flushEvents(page);
      await context.close();
    }
    const read = async () => (await (await fetch(`${stack.serverUrl}/api/v1/guides/${reminder.id}/split`, { headers: { authorization: `Bearer ${stack.secretKey}` } })).json()) as SplitResults;
    await expect.poll(async () => { const r = await read(); return [r.shown, r.holdout]; }, { timeout: 10_000 }).toEqual([
      { users: 3, converted: 2, rate: 2 / 3 },
      { users: 3, converted: 1, rate: 1 / 3 },
    ]);
    expect((await read()).rejectedAssignments).toBe(0);
    expect((await adminApi(stack.serverUrl, stack.secretKey).funnel(reminder.id)).startedUsers).toBe(3);
  });

  it("shows the product manager the A/B section with exactly those numbers, in English and Japanese, and as CSV", async () => {
    const page = await consolePage(browser, stack, PM);
    await page.goto(`${stack.serverUrl}/#/p/${stack.projectId}/guides/${reminder.id}/analytics`);
    const panel = page.getByTestId('split-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('A/B test');
    expect(await panel.getByTestId('split-verdict').innerText()).toBe(
      'Not enough data yet: 67% converted when shown the guide, 33% when held out. A verdict needs a few more conversions in each group.',
    );
    const row = async (group: string) => (await panel.locator(`[data-testid=split-row][data-group=${group}] td`).allInnerTexts()).map((s) => s.trim());
    expect(await row('shown')).toEqual(['Shown the guide', '3', '2', '67%', '+33.3 pts', '+100%', '—']);
    expect((await row('holdout')).slice(0, 4)).toEqual(['Held out', '3', '1', '33%']);
    expect(await panel.getByRole('img').getAttribute('aria-label')).toBe('Conversion rate of each group: Shown the guide 67%, Held out 33%');
    await panel.scrollIntoViewIfNeeded();
    await shoot(panel, 'ab-section-en');

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => [r.Group, r.Users, r.Converted, r['Conversion rate (%)'], r['Relative lift (%)']])).toEqual([
      ['Shown the guide', '3', '2', '66.7', '100'],
      ['Held out', '3', '1', '33.3', ''],
    ]);

    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe('A/B テスト');
    expect(await panel.getByTestId('split-verdict').innerText()).toContain('まだデータが足りません: 表示したグループは 67%、ホールドアウトは 33% がコンバージョンしました。');
    expect((await row('holdout')).slice(0, 4)).toEqual(['ホールドアウト(非表示)', '3', '1', '33%']);
    await shoot(panel, 'ab-section-ja');
    await page.context().close();
  });
});
