import { mkdirSync } from 'node:fs';
import type { GuideInput } from '@shirube/schema';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { signInToConsole } from '../support/console-user.js';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const OWNER = { email: 'mika@acme.example', name: 'Mika Sato', password: 'a long passphrase 42' };
const SHOTS = '/work/shots/ingest';

const welcome: GuideInput = {
  name: 'Welcome',
  displayRules: { urlPatterns: ['/reports'] },
  steps: [{ id: 'hi', kind: 'modal', title: 'Welcome to Keihi', advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Expenses, simply.' }] }] }],
};

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
const sdkAnswer = (page: Page, path: string) => page.waitForResponse((res: Response) => new URL(res.url()).pathname === `/sdk/v1${path}`);

describe('SDK origins', () => {
  let stack: Stack;
  let browser: Browser;
  let api: ReturnType<typeof adminApi>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack();
    browser = await launchBrowser();
    api = adminApi(stack.serverUrl, stack.secretKey);
    await api.publish((await api.createGuide(welcome)).id);
    await stack.cli(['create-user', '--email', OWNER.email, '--name', OWNER.name, '--role', 'owner', '--password', OWNER.password]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('are listed in project settings by an owner, in English and Japanese', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { hash: `#/p/${stack.projectId}/settings`, viewport: { width: 1280, height: 1000 } });
    const section = page.getByTestId('sdk-origins-settings');
    await section.getByText('Any site', { exact: true }).waitFor();
    const input = section.getByLabel('Add a site');
    await input.fill('https://app.example.com/reports');
    await section.getByRole('button', { name: 'Add' }).click();
    await section.getByRole('alert').filter({ hasText: 'no path or trailing slash' }).waitFor();
    await input.fill(new URL(stack.demoUrl).origin);
    await section.getByRole('button', { name: 'Add' }).click();
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await input.fill('https://*.keihi.example');
    await section.getByRole('button', { name: 'Add' }).click();
    await section.getByText('Only 2 sites').waitFor();
    expect(await section.getByRole('list').locator('code').allInnerTexts()).toEqual([new URL(stack.demoUrl).origin, 'https://*.keihi.example']);
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'settings-en');

    await context.close();

    // A Japanese browser gets the section in Japanese.
    const ja = await signInToConsole(browser, stack.serverUrl, OWNER, { hash: `#/p/${stack.projectId}/settings`, viewport: { width: 1280, height: 1000 }, locale: 'ja-JP' });
    const jaSection = ja.page.getByTestId('sdk-origins-settings');
    await jaSection.getByText('公開キーを使えるサイト').waitFor();
    await jaSection.getByLabel('サイトを追加').fill('keihi.example');
    await jaSection.getByRole('button', { name: '追加' }).click();
    await jaSection.getByRole('alert').filter({ hasText: 'オリジンを入力してください' }).waitFor();
    await jaSection.scrollIntoViewIfNeeded();
    await shot(ja.page, 'settings-ja');
    await jaSection.getByRole('button', { name: 'https://*.keihi.example を削除' }).click();
    await jaSection.getByText('登録済みの 1 サイトのみ').waitFor();
    await ja.context.close();
  });

  it('let the demo app on a listed origin load guides and deliver events', async () => {
    await api.setSdkOrigins([new URL(stack.demoUrl).origin]);
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'aiko@acme.example', { landing: '/reports' });
    await page.getByRole('dialog', { name: 'Welcome to Keihi' }).waitFor();
    const delivered = sdkAnswer(page, '/events');
    await flushEvents(page);
    expect((await delivered).status()).toBe(202);
    await context.close();
  });

  it('refuse a page whose origin is not listed: no guides, no events, and no error thrown into the page', async () => {
    await api.setSdkOrigins(['https://app.keihi.example']);
    const pageErrors: string[] = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const guides = sdkAnswer(page, '/guides');
    await page.goto(`${stack.demoUrl}/`);
    expect((await guides).status()).toBe(403);
    const events = sdkAnswer(page, '/events');
    await page.evaluate(() => (window as unknown as { Shirube: { track(name: string): void } }).Shirube.track('refused_page'));
    await flushEvents(page);
    expect((await events).status()).toBe(403);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
    await api.setSdkOrigins([]);
  });
});
