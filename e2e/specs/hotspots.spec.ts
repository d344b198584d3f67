import type { GuideInput, GuidePatch, RichText } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { consoleApi } from '../support/console-api.js';
import { launchBrowser } from '../support/browser.js';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { expectPinned, focusedInGuideUi, tabTo } from '../support/hotspot-checks.js';
import { addPageCss } from '../support/tooltip-checks.js';
import { startStack, type Stack } from '../support/stack.js';

const SHOTS = '/work/shots/hotspots';
const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];
const theme = { brandColor: '#4f46e5', radius: 12 };

function tips(lang: 'en' | 'ja' = 'en'): GuideInput {
  const ja = lang === 'ja';
  return {
    name: 'Dashboard tips',
    kind: 'hotspots',
    displayRules: { urlPatterns: ['/'] },
    theme,
    steps: [
      {
        id: 'new-report',
        kind: 'tooltip',
        title: ja ? 'レポートを作成' : 'Create a report',
        advance: 'next',
        placement: 'bottom',
        target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' } },
        content: text(ja ? 'タクシー代や出張の交通費は、ここから精算できます。領収書の写真を添付するだけです。' : 'Claim a taxi fare or a train ticket here: attach a photo of the receipt and you are done.'),
      },
      {
        id: 'pending',
        kind: 'tooltip',
        title: ja ? '承認待ち' : 'Waiting for approval',
        advance: 'next',
        placement: 'bottom',
        target: { v: 1, tag: 'section', attrs: { 'data-testid': 'kpi-pending' } },
        content: text(ja ? '承認者がまだ判断していないレポートです。' : 'Reports your approver has not decided on yet.'),
      },
    ],
  };
}

const alwaysTips: GuideInput = {
  name: 'Reports help',
  kind: 'hotspots',
  hotspotVisibility: 'always',
  displayRules: { urlPatterns: ['/'] },
  theme,
  steps: [
    {
      id: 'reports',
      kind: 'tooltip',
      title: 'Your reports',
      advance: 'next',
      placement: 'right',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' } },
      content: text('Every report you sent, with its status.'),
    },
  ],
};

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

describe('hotspots in the demo app', () => {
  let stack: Stack;
  let browser: Browser;
  let api: ReturnType<typeof adminApi>;
  let tipsId: string;
  let alwaysId: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    api = adminApi(stack.serverUrl, stack.secretKey);
    tipsId = (await api.createGuide(tips())).id;
    await api.publish(tipsId);
    alwaysId = (await api.createGuide(alwaysTips)).id;
    await api.publish(alwaysId);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('opens a hotspot on hover, on click and on keyboard focus, without taking focus or clicks from the page', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'aiko@acme.example');
    const beacon = page.getByRole('button', { name: 'Create a report' });
    await beacon.waitFor();
    await expectPinned(beacon, page.getByTestId('new-report'));
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await shot(page, 'beacon-closed-en');
    // The beacon pulses, unless the user asked for less motion.
    const pulse = () => beacon.evaluate((el) => getComputedStyle(el, '::after').animationName);
    expect(await pulse()).toBe('sh-pulse');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await pulse()).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });

    // Hover opens the compact tooltip: title, text and Got it, nothing else.
    const tip = page.getByRole('dialog', { name: 'Create a report' });
    await beacon.hover();
    await tip.waitFor();
    expect(await tip.getByRole('button').allTextContents()).toEqual(['Got it']);
    // Moving onto the tooltip keeps it; leaving both closes it after a short grace.
    await tip.hover();
    await page.waitForTimeout(600);
    expect(await tip.isVisible()).toBe(true);
    await beacon.hover();
    await shot(page, 'tooltip-open-en');
    await page.mouse.move(640, 780);
    await tip.waitFor({ state: 'detached' });

    // A click keeps it open when the pointer leaves, until a click elsewhere.
    await beacon.click();
    await page.mouse.move(640, 780);
    await page.waitForTimeout(600);
    expect(await tip.isVisible()).toBe(true);
    await page.getByRole('heading', { level: 1 }).click();
    await tip.waitFor({ state: 'detached' });

    // The keyboard reaches the beacon with Tab; focus opens it and Escape closes it, focus stays.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, 'Create a report');
    await tip.waitFor();
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    expect(await focusedInGuideUi(page)).toBe('Create a report');

    // The page's own element still takes its clicks.
    await page.getByTestId('new-report').click();
    await page.waitForURL(`${stack.demoUrl}/reports/new`);
    await flushEvents(page);
    await expect
      .poll(() => api.funnel(tipsId), { timeout: 10_000, interval: 200 })
      .toMatchObject({ startedUsers: 1, completedUsers: 0, steps: [{ stepId: 'new-report', viewedUsers: 1, completedUsers: 0 }, { stepId: 'pending', viewedUsers: 0 }] });
    await context.close();
  });

  it('stays on its element through scrolling, a scroll container, resizing, a re-render and a route change', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'kenji@acme.example');
    const beacon = page.getByRole('button', { name: 'Waiting for approval' });
    const card = () => page.getByTestId('kpi-pending');
    await beacon.waitFor();
    await expectPinned(beacon, card());

    await page.setViewportSize({ width: 900, height: 520 });
    await expectPinned(beacon, card());
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight > innerHeight)).toBe(true);
    await page.evaluate(() => scrollBy(0, 120));
    await expectPinned(beacon, card());
    await page.evaluate(() => scrollTo(0, 0));

    // The app's content scrolls inside its own container: the beacon follows, and hides while its
    // corner is scrolled out of the container (here, under the top bar) though the card still shows.
    await addPageCss(page, '#main{flex:none;height:360px;overflow:auto}');
    await page.evaluate(() => (document.getElementById('main')!.scrollTop = 60));
    await expectPinned(beacon, card());
    await page.evaluate(() => (document.getElementById('main')!.scrollTop = 120));
    expect(await card().isVisible()).toBe(true);
    await expect.poll(() => beacon.isHidden(), { timeout: 5_000 }).toBe(true);
    await page.evaluate(() => (document.getElementById('main')!.scrollTop = 0));
    await expectPinned(beacon, card());

    // The app re-renders the card as a new element, somewhere else.
    await card().evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.style.marginTop = '48px';
      el.replaceWith(copy);
    });
    await expectPinned(beacon, card());

    // Away to a page the guide is not for, and back.
    await page.getByTestId('nav-reports').click();
    await page.waitForURL(`${stack.demoUrl}/reports`);
    await expect.poll(() => beacon.count(), { timeout: 5_000 }).toBe(0);
    await page.getByTestId('nav-dashboard').click();
    await beacon.waitFor();
    await expectPinned(beacon, card());
    await context.close();
  });

  it('keeps an until-dismissed hotspot away after Got it and a reload, while an always hotspot comes back', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'mika@acme.example');
    for (const name of ['Waiting for approval', 'Your reports']) {
      const beacon = page.getByRole('button', { name });
      await beacon.click();
      await page.getByRole('dialog', { name }).getByRole('button', { name: 'Got it' }).click();
      await page.getByRole('dialog', { name }).waitFor({ state: 'detached' });
    }
    await expect.poll(() => page.getByRole('button', { name: 'Waiting for approval' }).count(), { timeout: 5_000 }).toBe(0);
    expect(await page.getByRole('button', { name: 'Your reports' }).isVisible()).toBe(true);
    await flushEvents(page);

    await page.reload();
    await page.getByRole('button', { name: 'Your reports' }).waitFor();
    await page.getByRole('button', { name: 'Create a report' }).waitFor();
    expect(await page.getByRole('button', { name: 'Waiting for approval' }).count()).toBe(0);

    await expect
      .poll(() => api.funnel(alwaysId), { timeout: 10_000, interval: 200 })
      .toMatchObject({ completedUsers: 1, steps: [{ stepId: 'reports', viewedUsers: 1, completedUsers: 1 }] });
    expect((await api.funnel(tipsId)).steps[1]).toMatchObject({ stepId: 'pending', viewedUsers: 1, completedUsers: 1 });
    await context.close();
  });

  it('adds a hotspot with the in-app builder, previewed as the compact tooltip its beacon opens', async () => {
    const owner = { email: 'mika@acme.example', password: 'a long passphrase 42' };
    await stack.cli(['create-user', '--email', owner.email, '--name', 'Mika Sato', '--role', 'owner', '--password', owner.password]);
    const members = consoleApi(stack.serverUrl);
    await members.signIn(owner.email, owner.password);
    await members.allowOrigins(stack.projectId, [new URL(stack.demoUrl).origin]);
    const created = await members.call<{ id: string }>('POST', `/projects/${stack.projectId}/guides`, { name: 'Report tips', kind: 'hotspots' });
    const { url } = await members.builderLink(stack.projectId, created.body.id, `${stack.demoUrl}/`);

    // The author is signed in to the app in this browser; the console opens the link in a new tab.
    const { context } = await signInAsEndUser(browser, stack.demoUrl, 'mika@acme.example');
    const page = await context.newPage();
    await page.goto(url);
    const builder = page.getByRole('toolbar', { name: 'Shirube guide builder' });
    await builder.getByRole('button', { name: 'Add hotspot' }).click();
    // A hotspot is always a tooltip on an element: no "modal instead" while picking.
    expect(await page.getByRole('button', { name: 'Add a modal instead' }).count()).toBe(0);
    await page.getByTestId('kpi-approved').click();
    const editor = page.getByRole('region', { name: 'Step editor' });
    await editor.getByRole('textbox', { name: 'Title' }).fill('Approved this month');
    await editor.getByRole('textbox', { name: 'Body' }).fill('Everything your approver said yes to since the 1st.');
    expect(await editor.getByText('Advance', { exact: true }).count()).toBe(0);
    expect(await editor.getByText('Kind', { exact: true }).count()).toBe(0);
    const preview = page.getByRole('dialog', { name: 'Approved this month' });
    await preview.waitFor();
    expect(await preview.getByRole('button').allTextContents()).toEqual(['Got it']);
    await shot(page, 'builder-hotspot-en');
    await builder.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
    const saved = await members.guide(stack.projectId, created.body.id);
    expect(saved.steps).toEqual([expect.objectContaining({ kind: 'tooltip', title: 'Approved this month', target: expect.objectContaining({ heading: 'Approved this month' }) })]);
    await context.close();
  });

  it('speaks Japanese on a Japanese page (screenshots)', async () => {
    await api.updateGuide(tipsId, { steps: tips('ja').steps as GuidePatch['steps'] });
    await api.publish(tipsId);
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'haruka@acme.example');
    await page.locator('[data-testid=language-switch] [data-lang=ja]').click();
    await page.reload();
    const beacon = page.getByRole('button', { name: 'レポートを作成' });
    await beacon.waitFor();
    await expectPinned(beacon, page.getByTestId('new-report'));
    await shot(page, 'beacon-closed-ja');
    await beacon.hover();
    const tip = page.getByRole('dialog', { name: 'レポートを作成' });
    await tip.waitFor();
    expect(await tip.getByRole('button').allTextContents()).toEqual(['わかりました']);
    await beacon.hover();
    await shot(page, 'tooltip-open-ja');
    await context.close();
  });
});
