import { mkdirSync } from 'node:fs';
import type { GuideInput } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { signInToConsole } from '../support/console-user.js';
import { consoleApi } from '../support/console-api.js';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const EDITOR = { email: 'cs@acme.example', name: 'Mei CS', password: 'a long passphrase 42' };
const SHOTS = '/work/shots/launcher';

const text = (t: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: t }] }];

/** Listed in the launcher through the console; only on the new-report form. */
const receiptGuide: GuideInput = {
  name: 'Attach a receipt',
  // On demand: users start it from the launcher, it never pops up by itself.
  targeting: { audience: { match: 'all', conditions: [] }, trigger: { kind: 'manual' } },
  displayRules: { urlPatterns: ['/reports/new'] },
  steps: [{ id: 'why', kind: 'modal', title: 'Add the receipt', advance: 'next', content: text('Drop a photo or PDF of the レシート (receipt) on the form.') }],
};

/** Listed in the launcher on every page, with a Japanese name. */
const payoutGuide: GuideInput = {
  name: '経費の精算について',
  helpLauncher: true,
  targeting: { audience: { match: 'all', conditions: [] }, trigger: { kind: 'manual' } },
  steps: [{ id: 'flow', kind: 'modal', title: '精算の流れ', advance: 'next', content: text('承認されたレポートは翌月25日に振り込まれます。') }],
};

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });

describe('help launcher', () => {
  let stack: Stack;
  let browser: Browser;
  let receiptId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    receiptId = (await api.createGuide(receiptGuide)).id;
    await api.publish((await api.createGuide(payoutGuide)).id);
    await stack.cli(['create-user', '--email', EDITOR.email, '--name', EDITOR.name, '--role', 'editor', '--password', EDITOR.password]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function consolePage(): Promise<Page> {
    const { page } = await signInToConsole(browser, stack.serverUrl, EDITOR, { viewport: { width: 1440, height: 1000 } });
    await page.getByRole('link', { name: 'Project settings' }).waitFor();
    return page;
  }

  it('is turned on in project settings and a guide is listed from the guide editor', async () => {
    const page = await consolePage();
    await page.getByRole('link', { name: 'Project settings' }).click();
    const settings = page.getByTestId('help-launcher-settings');
    await settings.getByLabel('Show the help launcher in the app').check();
    await settings.getByLabel('Contact support link').fill('javascript:alert(1)');
    await settings.getByRole('button', { name: 'Save launcher' }).click();
    await settings.getByRole('alert').filter({ hasText: 'contactHref' }).waitFor();
    await settings.getByLabel('Contact support link').fill('mailto:help@acme.example');
    await settings.getByRole('button', { name: 'Save launcher' }).click();
    await settings.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await settings.scrollIntoViewIfNeeded();
    await shot(page, 'console-settings-en');

    await page.getByRole('link', { name: 'Guides' }).click();
    await page.getByRole('link', { name: receiptGuide.name }).click();
    await page.getByRole('tab', { name: 'Where and who' }).click();
    const listed = page.getByLabel('List in the help launcher');
    expect(await listed.isChecked()).toBe(false);
    await listed.check();
    await listed.scrollIntoViewIfNeeded();
    await shot(page, 'console-guide-flag-en');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('alertdialog', { name: 'Publish this guide?' }).getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 1 is live.').waitFor();
    await page.context().close();
  });

  it('lists flagged guides only where their rules allow, filters as the user types, and Enter starts one', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'aiko@acme.example', { landing: '/reports/new' });
    const launcher = page.getByRole('button', { name: 'Help' });
    await launcher.waitFor();
    // Listed guides are on demand: neither started by itself.
    expect(await page.getByRole('dialog').count()).toBe(0);
    await shot(page, 'button-closed-en');
    await launcher.click();
    const panel = page.getByRole('dialog', { name: 'How can we help?' });
    const options = panel.getByRole('option');
    const names = async () => (await options.locator('b').allInnerTexts()).map((s) => s.trim());
    await expect.poll(names).toEqual(['Attach a receipt', '経費の精算について']);
    await shot(page, 'panel-results-en');
    const search = panel.getByRole('combobox', { name: 'Search help' });
    expect(await search.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);

    await search.fill('精算');
    await expect.poll(names).toEqual(['経費の精算について']);
    await search.fill('ﾚｼｰﾄ');
    await expect.poll(names).toEqual(['Attach a receipt']);
    expect(await panel.getByRole('status').innerText()).toBe('1 result');
    await search.press('Enter');
    await page.getByRole('dialog', { name: 'Add the receipt' }).waitFor();
    expect(await panel.count()).toBe(0);
    await page.getByRole('dialog', { name: 'Add the receipt' }).getByRole('button', { name: 'Done' }).click();

    // The reports list is not a page the receipt guide's rules allow.
    await page.goto(`${stack.demoUrl}/reports`);
    await page.getByRole('button', { name: 'Help' }).click();
    await expect.poll(names).toEqual(['経費の精算について']);
    await page.keyboard.type('receipt');
    await expect.poll(names).toEqual([]);
    // A pause finishes the search, so it is logged.
    await page.waitForTimeout(1_300);
    await flushEvents(page);
    await context.close();
  });

  it('works with the keyboard alone, and a search that finds nothing offers the contact link', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'kenji@acme.example', { landing: '/reports/new' });
    const launcher = page.getByRole('button', { name: 'Help' });
    await launcher.waitFor();
    // Tab through the page until the launcher has focus.
    const launcherFocused = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.classList.contains('launcher') ?? false);
    for (let i = 0; i < 80 && !(await launcherFocused()); i++) await page.keyboard.press('Tab');
    expect(await launcherFocused()).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'How can we help?' });
    await panel.waitFor();
    await page.keyboard.type('mileage');
    await panel.getByText('Nothing matches your search.').waitFor();
    expect(await panel.getByRole('link', { name: 'Contact support' }).getAttribute('href')).toBe('mailto:help@acme.example');
    await shot(page, 'panel-no-result-en');
    // A pause finishes the search; Escape closes and gives focus back to the button.
    await page.waitForTimeout(1_300);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await launcherFocused()).toBe(true);

    // Again, and this time choose with the arrow keys.
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await page.keyboard.type('mileage');
    await page.waitForTimeout(1_300);
    // Cleared, the list shows every guide offered here again.
    for (let i = 0; i < 7; i++) await page.keyboard.press('Backspace');
    const active = () => panel.getByRole('option', { selected: true }).locator('b').innerText();
    await expect.poll(active).toBe('Attach a receipt');
    await page.keyboard.press('ArrowDown');
    await expect.poll(active).toBe('経費の精算について');
    await page.keyboard.press('Enter');
    const started = page.getByRole('dialog', { name: '精算の流れ' });
    await started.waitFor();
    await page.keyboard.press('Escape');
    await started.waitFor({ state: 'detached' });
    // Focus comes back to where the guide was started from.
    expect(await launcherFocused()).toBe(true);
    await flushEvents(page);
    await context.close();
  });

  it('speaks Japanese on a Japanese page', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'sora@acme.example', { landing: '/reports/new' });
    // The demo app's own language switch, remembered across reloads.
    await page.evaluate(() => localStorage.setItem('demo:lang', 'ja'));
    await page.reload();
    const launcher = page.getByRole('button', { name: 'ヘルプ' });
    await launcher.waitFor();
    await shot(page, 'button-closed-ja');
    await launcher.click();
    const panel = page.getByRole('dialog', { name: 'お困りですか？' });
    await panel.getByRole('option').first().waitFor();
    await shot(page, 'panel-results-ja');
    await panel.getByRole('combobox', { name: 'ヘルプを検索' }).fill('交通費');
    await panel.getByText('一致するガイドはありません。').waitFor();
    await shot(page, 'panel-no-result-ja');
    await page.keyboard.press('Escape');
    await flushEvents(page);
    await context.close();
  });

  it('shows the search that found nothing, with its count, first on the Help searches page', async () => {
    const page = await consolePage();
    await page.getByRole('link', { name: 'Help searches' }).click();
    const rows = page.getByTestId('no-result-row');
    await rows.first().waitFor();
    const cells = async (i: number) => (await rows.nth(i).locator('td').allInnerTexts()).map((s) => s.trim());
    // kenji searched "mileage" twice (each finished by a pause), sora searched 交通費 once; receipt found nothing on /reports.
    const all = await Promise.all(Array.from({ length: await rows.count() }, (_, i) => cells(i)));
    expect(all[0]!.slice(0, 3)).toEqual(['mileage', '2', '1']);
    expect(all.map((c) => c[0])).toEqual(expect.arrayContaining(['交通費', 'receipt']));
    expect(await page.getByTestId('help-searches-headline').innerText()).toMatch(/4 searches found nothing in the last 30 days; top: “mileage”/);
    const top = (await page.getByTestId('top-search-row').allInnerTexts()).join('\n');
    expect(top).toContain('ﾚｼｰﾄ');
    await shot(page, 'console-help-searches-en');
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { name: 'ヘルプ検索' }).waitFor();
    await shot(page, 'console-help-searches-ja');
    await page.getByRole('link', { name: 'プロジェクト設定' }).click();
    await page.getByTestId('help-launcher-settings').getByText('ヘルプランチャー', { exact: true }).waitFor();
    await page.getByTestId('help-launcher-settings').scrollIntoViewIfNeeded();
    await shot(page, 'console-settings-ja');
    await page.context().close();
  });

  it('shows a labelled pill when the project names the button', async () => {
    const cs = consoleApi(stack.serverUrl);
    await cs.signIn(EDITOR.email, EDITOR.password);
    const saved = await cs.call('PUT', `/projects/${stack.projectId}/help-launcher`, { enabled: true, buttonLabel: 'Help center', panelTitle: '', contactHref: 'mailto:help@acme.example' });
    expect(saved.status).toBe(200);
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'yui@acme.example', { landing: '/reports/new' });
    const launcher = page.getByRole('button', { name: 'Help center' });
    await launcher.waitFor();
    await shot(page, 'button-labelled-en');
    await context.close();
  });
});
