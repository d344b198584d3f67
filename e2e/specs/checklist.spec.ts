import { mkdirSync } from 'node:fs';
import type { Checklist } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const SHOTS = '/work/shots/checklist';
const OWNER = { email: 'mika@acme.example', name: 'Mika Sato', password: 'a long passphrase 42' };
const USER = 'aiko@acme.example';
const TITLE = 'Get started with Keihi';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled', fullPage: name.startsWith('console') });
}

/** The launcher's "done/total" once it reads `text`. */
const progress = (page: Page, text: string, timeout?: number) => page.locator('.cl-launch .counter').filter({ hasText: new RegExp(`^${text}$`) }).waitFor(timeout ? { timeout } : {});
const launcher = (page: Page) => page.locator('.cl-launch');
const track = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { Shirube: { track(n: string): void } }).Shirube.track(n), name);
const identify = (page: Page, traits: Record<string, number>) =>
  page.evaluate(([id, t]) => (window as unknown as { Shirube: { identify(i: string, t: unknown): void } }).Shirube.identify(id as string, t), [USER, traits] as const);

describe('onboarding checklists, from the console to the demo app', () => {
  let stack: Stack;
  let browser: Browser;
  let checklistId: string;
  let api: ReturnType<typeof adminApi>;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    api = adminApi(stack.serverUrl, stack.secretKey);
    // The walkthrough a task launches: never starts by itself (its page does not exist).
    const tour = await api.createGuide({
      name: 'Take the tour',
      displayRules: { urlPatterns: ['/never'] },
      steps: [{ id: 'hello', kind: 'modal', title: 'Welcome aboard', advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Here is Keihi.' }] }] }],
    });
    await api.publish(tour.id);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('authors a checklist in the console: tasks of every kind, publish refused until the element is picked', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const console_ = await context.newPage();
    console_.on('pageerror', (error) => {
      throw new Error(`uncaught error in the console: ${error.message}`);
    });
    await console_.goto(stack.serverUrl);
    await console_.getByLabel('Your name').fill(OWNER.name);
    await console_.getByLabel('Email').fill(OWNER.email);
    await console_.getByLabel('Password').fill(OWNER.password);
    await console_.getByRole('button', { name: 'Create account' }).click();
    await console_.waitForURL(/#\/p\//);
    await console_.goto(`${stack.serverUrl}/#/p/${stack.projectId}/guides`);
    await console_.getByRole('button', { name: 'New guide' }).click();
    const chooser = console_.getByRole('dialog', { name: 'What are you making?' });
    await chooser.getByRole('radio', { name: /Checklist/ }).check();
    await shot(console_, 'console-new-guide-chooser-en');
    await chooser.getByRole('button', { name: 'Create' }).click();
    await console_.getByRole('tab', { name: 'Tasks' }).waitFor();
    checklistId = /guides\/([^/]+)$/.exec(console_.url())![1]!;
    await console_.getByLabel('Guide name').fill(TITLE);
    await console_.getByLabel('Title', { exact: true }).fill(TITLE);
    await console_.getByLabel('Description (optional)').fill('Five steps to your first reimbursement.');

    const task = async (n: number, title: string, type: string) => {
      await console_.getByRole('button', { name: '+ Add task' }).click();
      const row = console_.getByRole('listitem', { name: `Task ${n}` });
      await row.getByLabel('Task title').fill(title);
      await row.getByLabel('Done when').selectOption({ label: type });
      return row;
    };
    const visit = await task(1, 'Look at your reports', 'The user visits a page');
    await visit.getByLabel('Page address').fill('/reports');
    await visit.getByLabel('Test an address').fill('/reports?status=draft');
    await visit.getByText('Matches: this visit completes the task.').waitFor();
    const create = await task(2, 'Create an expense report', 'The app tracks an event');
    await create.getByLabel('Event name').fill('report_created');
    const settings = await task(3, 'Open your settings', 'The user clicks an element');
    await settings.getByText('Not picked yet: needed before publishing.').waitFor();
    const trait = await task(4, 'Create three reports', 'A user or account trait matches');
    await trait.getByLabel('Trait', { exact: true }).fill('reports_created');
    await trait.getByLabel('Test', { exact: true }).selectOption({ label: 'is more than' });
    await trait.getByLabel('Value', { exact: true }).fill('2');
    const tour = await task(5, 'Take the tour', 'The user completes a walkthrough');
    await tour.getByLabel('Walkthrough').selectOption({ label: 'Take the tour' });
    await tour.getByLabel('Start button launches').selectOption({ label: 'Take the tour' });
    await shot(console_, 'console-editor-en');
    // For signed-in users only: the panel has no business on the sign-in page.
    await console_.getByRole('tab', { name: 'Where and who' }).click();
    await console_.getByRole('button', { name: '+ Add condition' }).click();
    await console_.getByLabel('Trait', { exact: true }).fill('email');
    await console_.getByLabel('Test', { exact: true }).selectOption({ label: 'is set' });
    await console_.getByRole('button', { name: 'Save draft' }).click();
    await console_.getByText('Draft saved.').waitFor();
    await console_.getByRole('tab', { name: 'Tasks' }).click();

    // The element is picked in the app: until then publishing names the task's field.
    await console_.getByRole('button', { name: 'Publish' }).click();
    await console_.getByRole('alertdialog', { name: 'Publish this guide?' }).getByRole('button', { name: 'Publish' }).click();
    await console_.getByText('checklist.tasks[2].completeWhen.target: pick the element in your app').waitFor();
    expect(await console_.getByTestId('pick /checklist/tasks/2/completeWhen/target').isDisabled()).toBe(true);

    const draft = await api.guide(checklistId);
    expect(draft.checklist!.tasks.map((t) => t.completeWhen.type)).toEqual(['page_visited', 'event_tracked', 'element_clicked', 'trait_matches', 'guide_completed']);
    expect(draft.targeting.audience.conditions).toEqual([{ source: 'user', trait: 'email', op: 'exists' }]);
    expect(draft.checklist!.tasks[3]!.completeWhen).toEqual({ type: 'trait_matches', condition: { source: 'user', trait: 'reports_created', op: 'greater_than', value: 2 } });
    // What the in-app picker saves (its own e2e proves the round trip): the element's description.
    const tasks = draft.checklist!.tasks.map((t, i) =>
      i === 2 ? { ...t, completeWhen: { type: 'element_clicked' as const, target: { v: 1 as const, tag: 'a', attrs: { 'data-testid': 'nav-settings' }, text: 'Settings' } } } : t,
    );
    await api.updateGuide(checklistId, { checklist: { ...draft.checklist!, tasks } });
    await console_.reload();
    await console_.getByText('Picked: link “Settings”').waitFor();
    await console_.getByRole('button', { name: 'Publish' }).click();
    await console_.getByRole('alertdialog', { name: 'Publish this guide?' }).getByRole('button', { name: 'Publish' }).click();
    await console_.getByText('Version 1 is live.').waitFor();
    await context.close();
  });

  it('ticks tasks off in the demo app, renders from cache before the server answers, and remembers minimise', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, USER);
    await progress(page, '0/5');
    const panel = page.getByRole('region', { name: TITLE });
    await panel.waitFor();
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');

    await page.getByTestId('nav-reports').click();
    await progress(page, '1/5');
    await track(page, 'report_created');
    await progress(page, '2/5');
    await page.getByTestId('nav-settings').click();
    await progress(page, '3/5');
    expect(await panel.locator('li.done').allTextContents()).toEqual(['Look at your reports', 'Create an expense report', 'Open your settings']);
    await shot(page, 'panel-midway-en');
    await flushEvents(page);

    // Reload with the progress request held back: the widget is there from the cache already.
    let answered = false;
    await page.route('**/sdk/v1/checklists/progress**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      answered = true;
      await route.continue();
    });
    await page.reload();
    await progress(page, '3/5', 3_000);
    expect(answered).toBe(false);
    await page.unroute('**/sdk/v1/checklists/progress**');

    await page.getByRole('button', { name: 'Minimise checklist' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    await shot(page, 'launcher-collapsed-en');
    await flushEvents(page);
    await page.reload();
    await progress(page, '3/5');
    await page.waitForTimeout(500);
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    expect(await panel.count()).toBe(0);
    await context.close();
  });

  it('follows the user to another device, completes trait and walkthrough tasks, celebrates and hides', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, USER);
    await progress(page, '3/5');
    // Minimised on the other device, so minimised here.
    await page.waitForFunction(() => document.querySelector('shirube-ui')?.shadowRoot?.querySelector('.cl-launch')?.getAttribute('aria-expanded') === 'false');

    await identify(page, { reports_created: 3 });
    await progress(page, '4/5');
    await launcher(page).click();
    await page.getByRole('button', { name: 'Start: Take the tour' }).click();
    const dialog = page.getByRole('dialog', { name: 'Welcome aboard' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await progress(page, '5/5');
    await page.getByRole('status').filter({ hasText: 'All done! Nice work.' }).waitFor();
    await shot(page, 'celebration-en');
    await launcher(page).waitFor({ state: 'detached', timeout: 8_000 });
    await flushEvents(page);

    // Done for good: it stays hidden after a reload.
    await page.reload();
    await page.getByTestId('new-report').waitFor();
    await page.waitForTimeout(1_000);
    expect(await launcher(page).count()).toBe(0);
    await context.close();
  });

  it('shows the checklist in Japanese (screenshots)', async () => {
    const draft = await api.guide(checklistId);
    const ja: Checklist = {
      ...draft.checklist!,
      title: 'Keihi をはじめよう',
      description: '最初の精算まで 5 つのステップです。',
      tasks: draft.checklist!.tasks.map((task, i) => ({ ...task, title: ['経費レポートを見る', '経費レポートを作成する', '設定を開く', 'レポートを 3 件作成する', 'ツアーを見る'][i]! })),
    };
    await api.updateGuide(checklistId, { checklist: ja });
    await api.publish(checklistId);
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'ren@acme.example');
    await page.getByTestId('language-switch').locator('[data-lang=ja]').click();
    await page.reload();
    await progress(page, '0/5');
    await page.getByRole('button', { name: 'チェックリストを最小化' }).click();
    await shot(page, 'launcher-collapsed-ja');
    await launcher(page).click();
    await page.getByTestId('nav-reports').click();
    await track(page, 'report_created');
    await progress(page, '2/5');
    await shot(page, 'panel-midway-ja');
    await page.getByTestId('nav-settings').click();
    await page.evaluate(() => (window as unknown as { Shirube: { identify(i: string, t: unknown): void } }).Shirube.identify('ren@acme.example', { reports_created: 5 }));
    await page.getByRole('button', { name: '始める: ツアーを見る' }).click();
    await page.getByRole('dialog', { name: 'Welcome aboard' }).getByRole('button', { name: '完了' }).click();
    await page.getByRole('status').filter({ hasText: 'すべて完了しました！' }).waitFor();
    await shot(page, 'celebration-ja');
    await context.close();
  });

  it('shows per-task results on the checklist page, and the editor in Japanese (screenshots)', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const console_ = await context.newPage();
    await console_.goto(stack.serverUrl);
    await console_.getByLabel('Email').fill(OWNER.email);
    await console_.getByLabel('Password').fill(OWNER.password);
    await console_.getByRole('button', { name: 'Sign in' }).click();
    await console_.waitForURL(/#\/p\//);
    await console_.goto(`${stack.serverUrl}/#/p/${stack.projectId}/guides/${checklistId}`);
    await console_.getByRole('tab', { name: 'Results' }).click();
    const table = console_.getByRole('table', { name: 'How users progress' });
    await table.waitFor();
    // Aiko on two devices is one user; Ren saw it in Japanese.
    const cells = async (label: string) => (await table.getByRole('row').filter({ hasText: label }).getByRole('cell').allTextContents()).slice(1, 2);
    expect(await cells('Saw the checklist')).toEqual(['2']);
    expect(await cells('Completed every task')).toEqual(['2']);
    await shot(console_, 'console-results-en');

    // The help launcher docks bottom-right, the checklist bottom-left: both fit on one screen.
    await console_.getByRole('link', { name: 'Project settings' }).click();
    const settings = console_.getByTestId('help-launcher-settings');
    await settings.getByLabel('Show the help launcher in the app').check();
    await settings.getByRole('button', { name: 'Save launcher' }).click();
    await settings.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const demo = await signInAsEndUser(browser, stack.demoUrl, 'kenji@acme.example');
    await demo.page.getByRole('button', { name: 'Help' }).waitFor();
    await progress(demo.page, '0/5');
    const [help, checklist] = await Promise.all([demo.page.getByRole('button', { name: 'Help' }).boundingBox(), launcher(demo.page).boundingBox()]);
    expect(help!.x).toBeGreaterThan(checklist!.x + checklist!.width);
    await demo.page.getByRole('button', { name: 'Minimise checklist' }).click();
    await shot(demo.page, 'both-launchers-en');
    await demo.context.close();
    await console_.goto(`${stack.serverUrl}/#/p/${stack.projectId}/guides/${checklistId}`);
    await console_.evaluate(() => localStorage.setItem('shirube:console-language', 'ja'));
    await console_.reload();
    await console_.getByRole('tab', { name: 'タスク' }).click();
    await console_.getByRole('listitem', { name: 'タスク 4' }).waitFor();
    await shot(console_, 'console-editor-ja');
    await context.close();
  });
});
