import type { GuideInput, RichText } from '@shirube/schema';
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { collectCspViolations, violations } from '../support/csp-violations.js';
import { join } from 'node:path';
import { loaderSnippet } from '@shirube/sdk/snippet';
import { signInToConsole } from '../support/console-user.js';
import { screenshot, screenshotDir } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';
import { storedIdentifies, storedTrackNames } from '../support/stored-events.js';

const OWNER = { email: 'nao@acme.example', name: 'Nao Ito', password: 'a long passphrase 42' };

const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];

/** An announcement on the sign-in page: it shows once the SDK and its UI have loaded. */
const signInNotice: GuideInput = {
  name: 'Sign-in notice',
  displayRules: { urlPatterns: ['/login'] },
  theme: { brandColor: '#0f766e', radius: 10 },
  steps: [{ id: 'hello', kind: 'modal', placement: 'auto', advance: 'next', title: 'Welcome back', content: text('Expense reports are due on the 25th.') }],
};

type Stub = { _q?: unknown[]; identify(id: string, traits: object): unknown; track(name: string, props?: object): unknown; on(type: string, fn: (e: { name: string }) => void): unknown; flush(): Promise<void> };

describe('installing the SDK with the loader snippet', () => {
  let stack: Stack;
  let browser: Browser;
  let snippetDemoUrl: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    await api.publish((await api.createGuide(signInNotice)).id);
    snippetDemoUrl = await stack.startDemo(1, { snippet: true });
    await stack.cli(['create-user', '--email', OWNER.email, '--name', OWNER.name, '--role', 'owner', '--password', OWNER.password]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('queues identify and track made before shirube.js arrives, then sends them for the identified user, under a strict CSP', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    await collectCspViolations(context);
    // Holds the SDK's response until the page has made its calls.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/sdk/shirube.js', async (route: Route) => {
      await released;
      await route.continue();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The added script holds back `load` (as any async script does) while its response is held.
    const response = await page.goto(`${snippetDemoUrl}/login`, { waitUntil: 'domcontentloaded' });
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'nonce-[^']+'/);
    await page.getByLabel('Email').waitFor();

    const queued = await page.evaluate(() => {
      const shirube = (window as unknown as { Shirube: Stub }).Shirube;
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      shirube.on('track', (event) => heard.push(event.name));
      shirube.identify('mio@snippet.example', { role: 'approver', plan: 'business', accountId: 'snippet-co', account: { name: 'Snippet KK', seats: 12 } });
      shirube.track('expense_draft_saved', { amount: 4800 });
      shirube.track('x');
      return shirube._q?.length;
    });
    // Nothing has loaded yet: the stand-in holds the four calls.
    expect(queued).toBe(4);
    expect(await page.locator('script[src$="/sdk/shirube.js"]').count()).toBe(1);

    release();
    await page.waitForFunction(() => (window as unknown as { Shirube: Stub }).Shirube._q === undefined);
    await page.evaluate(() => (window as unknown as { Shirube: Stub }).Shirube.flush());
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(['expense_draft_saved', 'x']);

    // Stored on the server, in order, for the user identified before the SDK had loaded.
    expect(await storedTrackNames(stack.databasePath, 'mio@snippet.example')).toEqual(['expense_draft_saved', 'x']);
    expect(await storedIdentifies(stack.databasePath, 'mio@snippet.example')).toEqual([
      { accountId: 'snippet-co', traits: { role: 'approver', plan: 'business' }, accountTraits: { name: 'Snippet KK', seats: 12 } },
    ]);

    // The guide UI the real script adds comes with the nonce the snippet passed on.
    const dialog = page.getByRole('dialog', { name: 'Welcome back' });
    await dialog.waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'snippet-guide-after-delayed-load');
    await context.close();
  });

  for (const [locale, heading] of [['en-US', 'Install'], ['ja-JP', 'インストール']] as const) {
    it(`shows the project's snippet and npm install in the console (${locale})`, async () => {
      const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { locale, hash: `#/p/${stack.projectId}/settings` });
      const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
      await card.waitFor();
      // The very snippet the demo app above was served with.
      expect(await card.getByTestId('install-snippet').textContent()).toBe(loaderSnippet({ sdkUrl: `${stack.serverUrl}/sdk/shirube.js`, projectKey: stack.publicKey }));
      expect(await card.getByTestId('install-npm').textContent()).toContain(`createShirube({ projectKey: "${stack.publicKey}", apiUrl: "${stack.serverUrl}" })`);
      await card.screenshot({ path: join(screenshotDir, `console-install-${locale}.png`) });
      await context.close();
    });
  }
});
