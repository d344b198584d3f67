import { mkdirSync } from 'node:fs';
import type { GuideInput, GuidePatch, RichText } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { expectAccessible } from '../support/axe.js';
import { launchBrowser } from '../support/browser.js';
import { consoleApi } from '../support/console-api.js';
import { tabThrough } from '../support/focus-ring.js';
import { signInToConsole } from '../support/console-user.js';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const SHOTS = '/work/shots/a11y';
const OWNER = { email: 'yui@acme.example', name: 'Yui Tanaka', password: 'a long passphrase 42' };
const USER = 'aiko@acme.example';
const theme = { brandColor: '#4f46e5', radius: 12 };
const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];

function tour(lang: 'en' | 'ja' = 'en'): GuideInput {
  const ja = lang === 'ja';
  return {
    name: 'Expense tour',
    displayRules: { urlPatterns: ['/'] },
    theme,
    steps: [
      { id: 'welcome', kind: 'modal', title: ja ? 'Keihiへようこそ' : 'Welcome to Keihi', advance: 'next', content: text(ja ? '数分で経費を精算できます。' : 'Submit expenses in minutes.') },
      {
        id: 'new-report',
        kind: 'tooltip',
        title: ja ? '最初のレポートを作成' : 'Create your first report',
        advance: 'next',
        placement: 'bottom',
        target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' }, text: 'New report' },
        content: text(ja ? 'タクシー代や出張の交通費はここから。' : 'Claim a taxi fare or a train ticket here.'),
      },
      {
        id: 'reports',
        kind: 'tooltip',
        title: ja ? 'レポートを確認' : 'Track every report',
        advance: 'target_click',
        placement: 'right',
        target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' }, text: 'Reports' },
        // Long enough to scroll inside the tooltip, which must then be reachable by keyboard.
        content: Array.from({ length: 14 }, (_, i) => text(ja ? `${i + 1}. 一覧では状態、金額、提出日でレポートを絞り込めます。` : `${i + 1}. The list filters your reports by status, amount and the day you sent them.`)).flat(),
      },
    ],
  };
}

const banner: GuideInput = {
  name: 'Maintenance notice',
  displayRules: { urlPatterns: ['/settings'] },
  // A pale brand: the words on it must turn dark to stay readable.
  theme: { brandColor: '#f59e0b', radius: 8 },
  steps: [{ id: 'notice', kind: 'banner', title: 'Scheduled maintenance', advance: 'next', position: 'top', button: true, content: text('Keihi is unavailable on Saturday from 22:00 to 24:00 JST.') }],
};

const hotspots: GuideInput = {
  name: 'Approval tips',
  kind: 'hotspots',
  displayRules: { urlPatterns: ['/approvals'] },
  theme,
  steps: [
    {
      id: 'settings',
      kind: 'tooltip',
      title: 'Approval rules',
      advance: 'next',
      placement: 'right',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-settings' } },
      content: text('Who approves what is set up under Settings.'),
    },
  ],
};

const checklist: GuideInput = {
  name: 'Get started',
  kind: 'checklist',
  displayRules: { urlPatterns: ['/approvals'] },
  theme,
  checklist: {
    title: 'Get started with Keihi',
    description: 'Two steps to your first reimbursement.',
    tasks: [
      { id: 'reports', title: 'Look at your reports', description: 'Everything you claimed, in one list.', completeWhen: { type: 'page_visited', urlPattern: '/reports' } },
      { id: 'create', title: 'Create an expense report', completeWhen: { type: 'event_tracked', name: 'report_created' } },
    ],
    onComplete: { celebrate: true, hide: true },
  },
};

/** What a scanned console page needs: the project and a guide of each kind to open. */
interface ConsoleIds {
  projectId: string;
  tourId: string;
  hotspotsId: string;
  checklistId: string;
}

/**
 * Every console page the scan visits: where it is and what shows it is ready. Pages added later
 * (API tokens, webhooks, health) join by adding a line here.
 */
const CONSOLE_PAGES: Array<{ name: string; hash: (ids: ConsoleIds) => string; ready: (page: Page) => Promise<unknown>; then?: (page: Page) => Promise<void> }> = [
  { name: 'guides list', hash: (ids) => `#/p/${ids.projectId}/guides`, ready: (page) => page.getByRole('table', { name: 'Guides' }).waitFor() },
  {
    name: 'guide editor (steps)',
    hash: (ids) => `#/p/${ids.projectId}/guides/${ids.tourId}`,
    ready: (page) => page.getByLabel('Guide name').waitFor(),
  },
  {
    name: 'guide editor (a tooltip step)',
    hash: (ids) => `#/p/${ids.projectId}/guides/${ids.tourId}`,
    ready: (page) => page.getByLabel('Guide name').waitFor(),
    then: async (page) => {
      await page.locator('[data-step-index="1"]').click();
      // The preview is laid out in its column, not squeezed into the window's corner.
      const card = await page.getByTestId('step-preview').getByRole('dialog').boundingBox();
      expect(card?.width).toBeGreaterThan(200);
      await page.screenshot({ path: `${SHOTS}/console-editor-preview-en.png`, animations: 'disabled' });
    },
  },
  { name: 'hotspots editor', hash: (ids) => `#/p/${ids.projectId}/guides/${ids.hotspotsId}`, ready: (page) => page.getByLabel('Guide name').waitFor() },
  { name: 'checklist editor', hash: (ids) => `#/p/${ids.projectId}/guides/${ids.checklistId}`, ready: (page) => page.getByRole('tab', { name: 'Tasks' }).waitFor() },
  {
    name: 'guide editor (where and who)',
    hash: (ids) => `#/p/${ids.projectId}/guides/${ids.tourId}`,
    ready: (page) => page.getByLabel('Guide name').waitFor(),
    then: async (page) => {
      await page.getByRole('tab', { name: 'Where and who' }).click();
      await page.getByRole('button', { name: '+ Add condition' }).click();
    },
  },
  { name: 'guide analytics', hash: (ids) => `#/p/${ids.projectId}/guides/${ids.tourId}/analytics`, ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'stuck points', hash: (ids) => `#/p/${ids.projectId}/stuck`, ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'accounts', hash: (ids) => `#/p/${ids.projectId}/accounts`, ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'segments', hash: (ids) => `#/p/${ids.projectId}/segments`, ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'help searches', hash: (ids) => `#/p/${ids.projectId}/help-searches`, ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'project settings', hash: (ids) => `#/p/${ids.projectId}/settings`, ready: (page) => page.getByTestId('install-snippet').waitFor() },
  { name: 'webhooks', hash: (ids) => `#/p/${ids.projectId}/webhooks`, ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'API tokens', hash: () => '#/api-tokens', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'audit log', hash: (ids) => `#/p/${ids.projectId}/audit`, ready: (page) => page.getByTestId('audit-table').waitFor() },
  { name: 'members', hash: () => '#/members', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'new project', hash: () => '#/new-project', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
];

/** Waits for the console's requests to finish, so the scan sees the page with its data rather than a spinner. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.body.textContent?.includes('Loading'), undefined, { timeout: 10_000 }).catch(() => undefined);
}

const shadowFocus = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('shirube-ui')?.shadowRoot;
    const el = document.activeElement === root?.host ? root?.activeElement : document.activeElement;
    return el ? `${el.localName}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}` : null;
  });

/** The outline drawn around the focused control inside the guide UI. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('shirube-ui')?.shadowRoot?.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
  });

describe('accessibility: the SDK in the demo app and every console page', () => {
  let stack: Stack;
  let browser: Browser;
  let ids: ConsoleIds;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    const published: string[] = [];
    for (const guide of [tour(), banner, hotspots, checklist]) {
      const created = await api.createGuide(guide);
      await api.publish(created.id);
      published.push(created.id);
    }
    ids = { projectId: stack.projectId, tourId: published[0]!, hotspotsId: published[2]!, checklistId: published[3]! };
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('finds nothing serious on the first-run and sign-in pages', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(stack.serverUrl);
    await page.getByLabel('Your name').waitFor();
    await expectAccessible(page, 'console first-run owner creation');
    await page.getByLabel('Your name').fill(OWNER.name);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/#\/p\//);
    await context.close();

    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const signIn = await fresh.newPage();
    await signIn.goto(stack.serverUrl);
    await signIn.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectAccessible(signIn, 'console sign-in');
    await fresh.close();
    // The launcher is switched on for the demo app's scans.
    const owner = consoleApi(stack.serverUrl);
    await owner.signIn(OWNER.email, OWNER.password);
    const saved = await owner.call('PUT', `/projects/${stack.projectId}/help-launcher`, { enabled: true, buttonLabel: '', panelTitle: '', contactHref: 'mailto:help@acme.example' });
    expect(saved.status).toBe(200);
  });

  it('finds nothing serious on a walkthrough modal and tooltip, and they work from the keyboard', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, USER);
    const welcome = page.getByRole('dialog', { name: 'Welcome to Keihi' });
    await welcome.waitFor();
    // Focus moved into the step, onto its primary button.
    await expect.poll(() => shadowFocus(page)).toBe('button:Next');
    await expectAccessible(page, 'demo: walkthrough modal step');
    // Tab and Shift+Tab stay inside the modal: Next, Close, then Next again.
    await page.keyboard.press('Tab');
    expect(await shadowFocus(page)).toBe('button:Close guide');
    await page.keyboard.press('Tab');
    expect(await shadowFocus(page)).toBe('button:Next');
    await page.keyboard.press('Shift+Tab');
    expect(await shadowFocus(page)).toBe('button:Close guide');
    // Arrow right is Next.
    await page.keyboard.press('ArrowRight');
    const tooltip = page.getByRole('dialog', { name: 'Create your first report' });
    await tooltip.waitFor();
    await expect.poll(() => shadowFocus(page)).toBe('button:Next');
    // The change is announced.
    await expect.poll(() => page.locator('shirube-ui [aria-live=polite]').first().textContent()).toContain('Step 2 of 3: Create your first report');
    await expectAccessible(page, 'demo: walkthrough tooltip step');
    // The element the tooltip points at is inside the cycle: Close, the target, Back, Next.
    for (const expected of ['button:Close guide', 'a[new-report]:', 'button:Back', 'button:Next']) {
      await page.keyboard.press('Tab');
      expect(await shadowFocus(page)).toContain(expected);
    }
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await shadowFocus(page)).toContain('a[new-report]:');
    // Keyboard focus is drawn: the ring on the focused control is visible.
    await page.keyboard.press('Tab');
    expect(await shadowFocus(page)).toBe('button:Back');
    expect(await focusRing(page)).toBe('2px solid rgb(79, 70, 229)');
    await page.keyboard.press('Tab');
    await page.screenshot({ path: `${SHOTS}/demo-step-focus-en.png`, animations: 'disabled' });
    // ArrowLeft is Back, and Enter on the focused Next goes on again.
    await page.keyboard.press('ArrowLeft');
    await welcome.waitFor();
    await expect.poll(() => shadowFocus(page)).toBe('button:Next');
    await page.keyboard.press('Enter');
    await tooltip.waitFor();
    await page.keyboard.press('Enter');
    // A step with more text than the tooltip holds: its body scrolls and takes focus.
    const long = page.getByRole('dialog', { name: 'Track every report' });
    await long.waitFor();
    expect(await long.locator('.body').getAttribute('tabindex')).toBe('0');
    await expectAccessible(page, 'demo: tooltip step with scrolling text');
    await page.keyboard.press('Escape');
    await long.waitFor({ state: 'detached' });
    await flushEvents(page);
    await context.close();
  });

  it('finds nothing serious on a banner, a hotspot and its tooltip, the checklist and the help launcher', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'mei@acme.example', { landing: '/settings' });
    await page.getByRole('region', { name: 'Scheduled maintenance' }).waitFor();
    await expectAccessible(page, 'demo: banner');
    await page.screenshot({ path: `${SHOTS}/demo-banner-pale-brand-en.png`, animations: 'disabled' });

    await page.goto(`${stack.demoUrl}/approvals`);
    const panel = page.getByRole('region', { name: 'Get started with Keihi' });
    await panel.waitFor();
    const beacon = page.locator('shirube-ui .beacon');
    await beacon.waitFor();
    await expectAccessible(page, 'demo: hotspot beacon and open checklist');
    // The beacon pulses, unless the user asked for less motion.
    const pulse = () => beacon.evaluate((el) => getComputedStyle(el, '::after').animationName);
    expect(await pulse()).toBe('sh-pulse');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await pulse()).toBe('none');
    await page.emulateMedia({ reducedMotion: null });
    await page.locator('shirube-ui .cl-launch').click();
    await panel.waitFor({ state: 'detached' });
    await expectAccessible(page, 'demo: collapsed checklist');
    await beacon.click();
    await page.getByRole('dialog', { name: 'Approval rules' }).waitFor();
    await expectAccessible(page, 'demo: hotspot tooltip');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('dialog', { name: 'How can we help?' }).waitFor();
    await expectAccessible(page, 'demo: help launcher panel');
    await context.close();
  });
  it('finds nothing serious on any console page', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER);
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    const failures: string[] = [];
    for (const entry of CONSOLE_PAGES) {
      await page.goto(`${stack.serverUrl}/${entry.hash(ids)}`);
      await entry.ready(page);
      await entry.then?.(page);
      await settled(page);
      await expectAccessible(page, `console: ${entry.name}`).catch((error: Error) => failures.push(error.message));
      // One heading names the page, and every column of a table has a name a screen reader can say.
      const h1s = await page.locator('h1').count();
      if (h1s !== 1) failures.push(`console: ${entry.name}: ${h1s} level-one headings`);
      const unnamedColumns = await page.locator('th').evaluateAll((cells) => cells.filter((cell) => !cell.textContent?.trim()).length);
      if (unnamedColumns > 0) failures.push(`console: ${entry.name}: ${unnamedColumns} table columns without a heading`);
      // Tab reaches the sections and the page's controls, and each shows that it has focus.
      const { stops, unringed } = await tabThrough(page);
      if (stops < 10) failures.push(`console: ${entry.name}: Tab reached only ${stops} controls`);
      if (unringed.length > 0) failures.push(`no visible focus on console: ${entry.name}: ${unringed.join(', ')}`);
    }
    expect(failures.join('\n\n')).toBe('');
    await context.close();
  });

  it('keeps keyboard focus in console dialogs, closes them on Escape and gives focus back', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { hash: `#/p/${stack.projectId}/guides` });
    const newGuide = page.getByRole('button', { name: 'New guide' });
    await newGuide.focus();
    await page.keyboard.press('Enter');
    const chooser = page.getByRole('dialog', { name: 'What are you making?' });
    await chooser.waitFor();
    await expectAccessible(page, 'console: new guide dialog');
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value || document.activeElement?.textContent?.trim());
    expect(await focusedName()).toBe('walkthrough');
    // Radio group, Cancel, Create, and round again: Tab never leaves the dialog.
    for (const expected of ['Cancel', 'Create', 'walkthrough']) {
      await page.keyboard.press('Tab');
      expect(await focusedName()).toBe(expected);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName()).toBe('Create');
    await page.screenshot({ path: `${SHOTS}/console-dialog-focus-en.png`, animations: 'disabled' });
    await page.keyboard.press('Escape');
    await chooser.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('New guide');

    // The sections are reached by Tab with a visible ring on the dark sidebar.
    await page.getByRole('link', { name: 'Guides' }).focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { text: document.activeElement?.textContent, outline: `${style.outlineStyle} ${style.outlineColor}` };
    });
    expect(ring).toEqual({ text: 'Stuck points', outline: 'solid rgb(165, 180, 252)' });
    await page.screenshot({ path: `${SHOTS}/console-nav-focus-en.png`, animations: 'disabled' });
    await context.close();
  });

  it('moves between the guide editor tabs with the arrow keys', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { hash: `#/p/${stack.projectId}/guides/${ids.tourId}` });
    const tab = (name: string) => page.getByRole('tab', { name });
    await tab('Steps').focus();
    const selected = () => page.evaluate(() => [document.activeElement?.textContent, document.querySelector('[role=tab][aria-selected=true]')?.textContent]);
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(['Where and who', 'Where and who']);
    await page.getByRole('button', { name: '+ Add condition' }).waitFor();
    await page.keyboard.press('End');
    expect(await selected()).toEqual(['Versions', 'Versions']);
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(['Steps', 'Steps']);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    expect(await selected()).toEqual(['Steps', 'Steps']);
    // One Tab stop for the list: the open tab; the others are reached with the arrows.
    expect(await page.locator('[role=tab][tabindex="0"]').count()).toBe(1);
    await context.close();
  });

  it('draws the keyboard focus ring on a Japanese step', async () => {
    const api = adminApi(stack.serverUrl, stack.secretKey);
    await api.updateGuide(ids.tourId, { steps: tour('ja').steps as GuidePatch['steps'] });
    await api.publish(ids.tourId);
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'hana@acme.example');
    await page.evaluate(() => localStorage.setItem('demo:lang', 'ja'));
    await page.reload();
    const welcome = page.getByRole('dialog', { name: 'Keihiへようこそ' });
    await welcome.waitFor();
    await expect.poll(() => page.locator('shirube-ui [aria-live=polite]').first().textContent()).toBe('ステップ 1 / 3：Keihiへようこそ');
    await expectAccessible(page, 'demo: Japanese walkthrough modal step');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('dialog', { name: '最初のレポートを作成' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await shadowFocus(page)).toBe('button:次へ');
    await expectAccessible(page, 'demo: Japanese walkthrough tooltip step');
    await page.screenshot({ path: `${SHOTS}/demo-step-focus-ja.png`, animations: 'disabled' });
    await context.close();
  });
});
