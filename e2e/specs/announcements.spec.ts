import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { signInToConsole } from '../support/console-user.js';
import { focusedInGuideUi, tabTo } from '../support/hotspot-checks.js';
import { startStack, type Stack } from '../support/stack.js';

const SHOTS = '/work/shots/hotspots';
const OWNER = { email: 'mika@acme.example', name: 'Mika Sato', password: 'a long passphrase 42' };
const text = (t: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: t }] }];

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });

function announcement(lang: 'en' | 'ja') {
  const ja = lang === 'ja';
  return [
    {
      id: 'approvals',
      kind: 'modal' as const,
      placement: 'auto' as const,
      title: ja ? '承認フローが新しくなりました' : 'Approvals are here',
      advance: 'next' as const,
      content: text(
        ja
          ? '上長の承認を待つレポートが、ひと目でわかるようになりました。承認者には 3 日後にリマインダーが届きます。'
          : 'See at a glance which reports wait for your manager. Approvers get a reminder after three days.',
      ),
    },
  ];
}

describe('banners and announcements in the demo app', () => {
  let stack: Stack;
  let browser: Browser;
  let api: ReturnType<typeof adminApi>;
  let bannerId: string;
  let announcementId: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    api = adminApi(stack.serverUrl, stack.secretKey);
    await stack.cli(['create-user', '--email', OWNER.email, '--name', OWNER.name, '--role', 'owner', '--password', OWNER.password]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('authors a banner in the console: New guide, Banner, fill it in, publish', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { hash: `#/p/${stack.projectId}/guides` });

    await page.getByRole('button', { name: 'New guide' }).click();
    const choice = page.getByRole('dialog', { name: 'What are you making?' });
    await choice.getByRole('radio', { name: /^Banner/ }).check();
    await shot(page, 'console-new-guide-en');
    await choice.getByRole('button', { name: 'Create' }).click();

    // The editor opens on a banner step ready to fill in.
    await page.getByLabel('Guide name').fill('Scheduled maintenance');
    await page.getByLabel('Title', { exact: true }).fill('Scheduled maintenance on Saturday');
    await page.getByLabel('Content', { exact: true }).fill('Keihi is unavailable from 22:00 to 24:00 JST while we upgrade. Drafts are saved.');
    expect(await page.getByLabel('Position').inputValue()).toBe('top');
    await page.getByTestId('step-preview').getByRole('region', { name: 'Scheduled maintenance on Saturday' }).waitFor();
    await page.getByRole('tab', { name: 'Where and who' }).click();
    await page.getByLabel('Add a pattern').fill('/');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('tab', { name: 'Steps' }).click();
    await shot(page, 'console-banner-editor-en');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('alertdialog', { name: 'Publish this guide?' }).getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 1 is live.').waitFor();
    bannerId = /guides\/([^/]+)$/.exec(page.url())![1]!;

    // The list says what each guide is.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Guides' }).click();
    const row = page.getByRole('table', { name: 'Guides' }).getByRole('row', { name: /Scheduled maintenance/ });
    await row.getByText('Banner', { exact: true }).waitFor();
    await shot(page, 'console-guides-list-en');
    await context.close();
  });

  it('creates a hotspots guide in the console and sets its hotspots to show always', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { hash: `#/p/${stack.projectId}/guides` });
    await page.getByRole('button', { name: 'New guide' }).click();
    const choice = page.getByRole('dialog', { name: 'What are you making?' });
    await choice.getByRole('radio', { name: /^Hotspots/ }).check();
    await choice.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Add a hotspot' }).waitFor();
    const setting = page.getByRole('group', { name: 'Each hotspot shows' });
    expect(await setting.getByRole('radio', { name: /^Until the user clicks/ }).isChecked()).toBe(true);
    await setting.getByRole('radio', { name: /^Always/ }).check();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    const guideId = /guides\/([^/]+)$/.exec(page.url())![1]!;
    const saved = await (await fetch(`${stack.serverUrl}/api/v1/guides/${guideId}`, { headers: { authorization: `Bearer ${stack.secretKey}` } })).json();
    expect(saved).toMatchObject({ kind: 'hotspots', hotspotVisibility: 'always', steps: [] });

    // A hotspot added here waits for its element (picked with Edit in app); the preview is the compact tip.
    await page.getByRole('button', { name: '+ Hotspot' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Approved this month');
    expect(await page.getByLabel('Moves on with').count()).toBe(0);
    await page.getByTestId('step-preview').getByRole('dialog', { name: 'Approved this month' }).getByRole('button', { name: 'Got it' }).waitFor();
    await shot(page, 'console-hotspots-editor-en');
    await context.close();
  });

  it('shows the banner across the top without taking focus; the keyboard reaches its close button, which dismisses it for good', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'aiko@acme.example');
    const banner = page.getByRole('region', { name: 'Scheduled maintenance on Saturday' });
    await banner.waitFor();
    const box = (await banner.boundingBox())!;
    expect(box).toMatchObject({ x: 0, y: 0, width: 1280 });
    expect(box.height).toBeLessThan(80);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The page's own Escape is the page's: the banner stays.
    await page.keyboard.press('Escape');
    expect(await banner.isVisible()).toBe(true);
    await shot(page, 'banner-en');

    await tabTo(page, 'Close guide');
    await page.keyboard.press('Enter');
    await banner.waitFor({ state: 'detached' });
    await flushEvents(page);
    await page.reload();
    await page.getByTestId('new-report').waitFor();
    await page.waitForTimeout(1_000);
    expect(await banner.count()).toBe(0);
    await expect.poll(() => api.funnel(bannerId), { timeout: 10_000, interval: 200 }).toMatchObject({ startedUsers: 1, dismissedUsers: 1, completedUsers: 0 });
    await context.close();
  });

  it('shows a one-step modal as an announcement: centred over a dimmed page, its button focused; Done completes it', async () => {
    announcementId = (await api.createGuide({ name: 'Approvals announcement', displayRules: { urlPatterns: ['/reports'] }, theme: { brandColor: '#4f46e5', radius: 12 }, steps: announcement('en') })).id;
    await api.publish(announcementId);
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'kenji@acme.example', { landing: '/reports' });
    const dialog = page.getByRole('dialog', { name: 'Approvals are here' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    const box = (await dialog.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - 640)).toBeLessThan(2);
    expect(Math.abs(box.y + box.height / 2 - 400)).toBeLessThan(2);
    expect(await page.locator('shirube-ui .backdrop').boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
    expect(await focusedInGuideUi(page)).toBe('Done');
    await shot(page, 'announcement-en');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await flushEvents(page);
    await expect.poll(() => api.funnel(announcementId), { timeout: 10_000, interval: 200 }).toMatchObject({ startedUsers: 1, completedUsers: 1 });
    await context.close();
  });

  it('speaks Japanese: the banner and the announcement on a Japanese page, and the console’s chooser (screenshots)', async () => {
    await api.updateGuide(bannerId, {
      steps: [{ id: 'banner', kind: 'banner', title: '土曜日にメンテナンスを行います', advance: 'next', position: 'top', button: true, content: text('22:00〜24:00（日本時間）はサーバー更新のため Keihi をご利用いただけません。下書きは保存されます。') }],
    });
    await api.publish(bannerId);
    await api.updateGuide(announcementId, { steps: announcement('ja') });
    await api.publish(announcementId);

    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'haruka@acme.example');
    // The banner sits over the top bar's language switch: choose Japanese the way the app remembers it.
    await page.evaluate(() => localStorage.setItem('demo:lang', 'ja'));
    await page.reload();
    const banner = page.getByRole('region', { name: '土曜日にメンテナンスを行います' });
    await banner.waitFor();
    expect(await banner.getByRole('button').allTextContents()).toEqual(['完了', '']);
    await shot(page, 'banner-ja');
    await banner.getByRole('button', { name: 'ガイドを閉じる' }).click();
    await page.getByTestId('nav-reports').click();
    const dialog = page.getByRole('dialog', { name: '承認フローが新しくなりました' });
    await dialog.waitFor();
    await shot(page, 'announcement-ja');
    await context.close();

    const { context: consoleContext, page: console_ } = await signInToConsole(browser, stack.serverUrl, OWNER, { locale: 'ja-JP', hash: `#/p/${stack.projectId}/guides` });
    await console_.getByRole('button', { name: '新しいガイド' }).click();
    const choice = console_.getByRole('dialog', { name: '何を作りますか？' });
    await choice.getByRole('radio', { name: /^ホットスポット/ }).check();
    await shot(console_, 'console-new-guide-ja');
    await consoleContext.close();
  });
});
