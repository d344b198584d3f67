import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { plainText, uuidv7, type GuideInput } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { signInToConsole } from '../support/console-user.js';
import { startStack, type Stack } from '../support/stack.js';

const OWNER = { email: 'rina@acme.example', name: 'Rina Kato', password: 'a long passphrase 42' };
const SHOTS = '/work/shots/i18n';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
/** Tall enough to show the editor's whole step form (a full-page capture would stretch the fixed sidebar). */
const VIEWPORT = { width: 1440, height: 1200 };

/** A tour written in English with a Japanese translation of its first step only. */
const tour: GuideInput = {
  name: 'Expense onboarding',
  helpLauncher: true,
  displayRules: { urlPatterns: ['/'] },
  theme: { brandColor: '#4f46e5', radius: 12 },
  steps: [
    { id: 'welcome', kind: 'modal', title: 'Welcome to Keihi', advance: 'next', content: plainText('Submit expenses in minutes.') },
    { id: 'reports', kind: 'modal', title: 'Track every report', advance: 'next', content: plainText('See what is waiting for approval.') },
  ],
  translations: { ja: { name: '経費精算のはじめかた', steps: { welcome: { title: 'Keihi へようこそ', content: plainText('経費の申請は数分で終わります。') } } } },
};

/** A checklist whose Japanese translation so far has only its title. */
const checklist: GuideInput = {
  name: 'Get started',
  kind: 'checklist',
  checklist: {
    title: 'Get started with Keihi',
    tasks: [
      { id: 'reports', title: 'Look at your reports', completeWhen: { type: 'page_visited', urlPattern: '/reports' } },
      { id: 'create', title: 'Create your first expense report', completeWhen: { type: 'event_tracked', name: 'report_created' } },
    ],
    onComplete: { celebrate: true, hide: true },
  },
  translations: { ja: { checklist: { title: 'Keihi をはじめよう' } } },
};

type Catalogue = { [key: string]: unknown };

/** Every plain-string message of a catalogue, by its path. */
function strings(tree: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else if (value && typeof value === 'object') for (const [k, v] of strings(value as Catalogue, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The console's own catalogues, read from its sources (they are data here, not imported code). */
async function catalogue(language: 'en' | 'ja'): Promise<Catalogue> {
  const file = pathToFileURL(resolve(import.meta.dirname, `../../apps/console/src/i18n/${language}.ts`)).href;
  return ((await import(file)) as Record<string, Catalogue>)[language]!;
}

/** English interface words on the page: a whole line of text, or a label, that is an English message which Japanese says differently. */
function leftoverEnglish(page: Page, english: string[]): Promise<string[]> {
  return page.evaluate((words) => {
    const known = new Set(words);
    const found = new Set<string>();
    for (const line of document.body.innerText.split('\n')) if (known.has(line.trim())) found.add(line.trim());
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]'))
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim();
        if (value && known.has(value)) found.add(`${name}=${value}`);
      }
    return [...found];
  }, english);
}

/** Posts users' runs of the tour as the SDK would, so the analytics pages have figures to show. */
async function recordRuns(stack: Stack, guideId: string): Promise<void> {
  let clock = Date.now() - 600_000;
  const events: object[] = [];
  for (const [user, reach] of [['u1', 1], ['u2', 0], ['u3', 1], ['u4', 0]] as const) {
    const who = () => ({ id: uuidv7((clock += 1_000)), timestamp: clock, anonymousId: `anon-${user}`, userId: user, accountId: 'acme', path: '/', locale: 'ja-JP' });
    const guide = { guideId, guideVersion: 1 };
    events.push({ ...who(), type: 'guide_started', ...guide });
    for (let i = 0; i <= reach; i++) events.push({ ...who(), type: 'step_viewed', ...guide, stepId: tour.steps![i]!.id, stepIndex: i });
    events.push(reach === 1 ? { ...who(), type: 'guide_completed', ...guide } : { ...who(), type: 'guide_dismissed', ...guide, stepId: 'welcome', stepIndex: 0 });
  }
  const res = await fetch(`${stack.serverUrl}/sdk/v1/events?key=${stack.publicKey}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ sentAt: Date.now(), events }) });
  expect(res.status).toBe(202);
}

describe('the console in Japanese', () => {
  let stack: Stack;
  let browser: Browser;
  let guideId: string;
  let checklistId: string;
  let en: Catalogue;
  let ja: Catalogue;
  let english: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [stack, browser, en, ja] = await Promise.all([startStack(), launchBrowser(), catalogue('en'), catalogue('ja')]);
    const japanese = strings(ja);
    // Messages Japanese writes the same way (numbers, "API") say nothing about a missed translation.
    // Nor do words Japanese itself uses somewhere ("Webhook").
    const japaneseWords = new Set(japanese.values());
    english = [...strings(en)].filter(([path, text]) => japanese.get(path) !== text && !japaneseWords.has(text) && text.length > 2).map(([, text]) => text);
    await stack.cli(['create-user', '--email', OWNER.email, '--name', OWNER.name, '--role', 'owner', '--password', OWNER.password]);
    const api = adminApi(stack.serverUrl, stack.secretKey);
    guideId = (await api.createGuide(tour)).id;
    await api.publish(guideId);
    checklistId = (await api.createGuide(checklist)).id;
    await recordRuns(stack, guideId);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('speaks Japanese on every page to a Japanese browser, with no English interface words left', async () => {
    const t = ja as Record<string, Record<string, string>>;
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'ja-JP' });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw new Error(`uncaught error in the console: ${error.message}`);
    });
    await page.goto(stack.serverUrl);
    await page.getByRole('heading', { name: t.signIn!.title! }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await leftoverEnglish(page, english)).toEqual([]);
    await shot(page, 'sign-in-ja');
    await page.getByLabel(t.signIn!.email!).fill(OWNER.email);
    await page.getByLabel(t.signIn!.password!).fill(OWNER.password);
    await page.getByRole('button', { name: t.signIn!.submit!, exact: true }).click();

    const p = `#/p/${stack.projectId}`;
    const pages: Array<[name: string, hash: string, marker: string]> = [
      ['guides', `${p}/guides`, t.guides!.title!],
      ['editor', `${p}/guides/${guideId}`, t.editor!.saveDraft!],
      ['analytics', `${p}/guides/${guideId}/analytics`, (ja.funnel as Record<string, string>).title!],
      ['stuck-points', `${p}/stuck`, (ja.stuck as Record<string, string>).title!],
      ['accounts', `${p}/accounts`, (ja.accounts as Record<string, string>).title!],
      ['segments', `${p}/segments`, (ja.segments as Record<string, string>).title!],
      ['members', '#/members', t.members!.title!],
      ['settings', `${p}/settings`, t.settings!.title!],
      ['audit-log', `${p}/audit`, (ja.audit as Record<string, string>).title!],
      ['help-searches', `${p}/help-searches`, (ja.helpSearches as Record<string, string>).title!],
      ['webhooks', `${p}/webhooks`, (ja.webhooks as Record<string, string>).title!],
      ['api-tokens', '#/api-tokens', (ja.apiTokens as Record<string, string>).title!],
    ];
    for (const [name, hash, marker] of pages) {
      await page.goto(`${stack.serverUrl}/${hash}`);
      await page.getByText(marker, { exact: true }).first().waitFor();
      // Loading states are Japanese too, but the page is judged once its data is in.
      await page.waitForFunction(() => !document.querySelector('.spinner'));
      await page.getByRole('navigation', { name: t.shell!.sections! }).waitFor();
      expect(await leftoverEnglish(page, english), name).toEqual([]);
      await shot(page, `${name}-ja`);
    }
    await context.close();
  });

  it('switches to English and back from the sidebar, remembering the choice', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { locale: 'ja-JP', hash: `#/p/${stack.projectId}/guides`, viewport: VIEWPORT });
    const t = ja as Record<string, Record<string, string>>;
    await page.getByRole('heading', { name: t.guides!.title! }).waitFor();
    await page.getByRole('group', { name: t.common!.language! }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Guides' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Guides' }).waitFor();
    await page.getByRole('link', { name: tour.name }).click();
    await page.getByTestId('translation-bar').getByRole('tab', { name: /日本語/ }).click();
    await page.getByText('Kind, element, placement and page are shared by every language', { exact: false }).waitFor();
    await shot(page, 'editor-translation-en');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
    await page.getByRole('button', { name: t.editor!.saveDraft! }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await context.close();
  });

  it('edits the Japanese translation in the guide editor, showing what is left and previewing in Japanese', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { locale: 'ja-JP', hash: `#/p/${stack.projectId}/guides/${guideId}`, viewport: VIEWPORT });
    const t = ja as Record<string, Record<string, string>>;
    const bar = page.getByTestId('translation-bar');
    const jaTab = bar.getByRole('tab', { name: /日本語/ });
    await jaTab.click();
    await expect.poll(() => jaTab.innerText()).toContain('未翻訳 1 件');
    const list = page.getByRole('list', { name: t.editor!.steps! });
    expect(await list.getByText(t.translation!.missing!).count()).toBe(1);
    const preview = page.getByTestId('step-preview');
    await expect.poll(() => preview.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('Keihi へようこそ');
    await shot(page, 'editor-translation-ja');

    await list.getByRole('button', { name: /Track every report/ }).click();
    await page.getByLabel(t.editor!.title!).fill('レポートを追跡');
    await expect.poll(() => jaTab.innerText()).toContain('未翻訳 1 件');
    await page.locator('#step-body').fill('承認待ちのレポートを確認できます。');
    await expect.poll(() => jaTab.innerText()).toContain(t.translation!.complete!);
    await expect.poll(() => preview.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('レポートを追跡');
    await page.getByRole('button', { name: t.editor!.saveDraft! }).click();
    await page.getByRole('status').filter({ hasText: t.editor!.saved! }).waitFor();
    const saved = await adminApi(stack.serverUrl, stack.secretKey).guide(guideId);
    expect(saved.translations.ja!.steps!.reports!.title).toBe('レポートを追跡');
    await shot(page, 'editor-translation-done-ja');
    await context.close();
  });

  it('translates a checklist’s title and tasks, counting what is left', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { locale: 'ja-JP', hash: `#/p/${stack.projectId}/guides/${checklistId}`, viewport: VIEWPORT });
    const jaTab = page.getByTestId('translation-bar').getByRole('tab', { name: /日本語/ });
    await jaTab.click();
    await expect.poll(() => jaTab.innerText()).toContain('2 件');
    const form = page.getByTestId('checklist-translation');
    await form.getByLabel('タスク 1 のタイトル').fill('レポート一覧を見る');
    await expect.poll(() => jaTab.innerText()).toContain('1 件');
    await shot(page, 'editor-checklist-translation-ja');
    await context.close();
  });
});
