import { plainText, type GuideInput } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const SHOTS = '/work/shots/i18n';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });

/** A welcome in English (the default) and Japanese; French users get the default. */
const welcome: GuideInput = {
  name: 'Welcome',
  displayRules: { urlPatterns: ['/'] },
  theme: { brandColor: '#4f46e5', radius: 12 },
  defaultLocale: 'en',
  steps: [
    { id: 'hello', kind: 'modal', title: 'Welcome to Keihi', advance: 'next', content: plainText('Submit expenses in minutes.') },
    { id: 'reports', kind: 'tooltip', title: 'Track every report', advance: 'next', placement: 'right', target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' }, text: 'Reports' }, content: plainText('See what is waiting for approval.') },
  ],
  translations: {
    ja: {
      steps: {
        hello: { title: 'Keihi へようこそ', content: plainText('経費の申請は数分で終わります。') },
        reports: { title: 'レポートを追跡', content: plainText('承認待ちのレポートを確認できます。') },
      },
    },
  },
};

const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });

/** Loads the demo app again in Japanese, as a user who chose 日本語 earlier would open it. */
async function japaneseApp(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('demo:lang', 'ja'));
  await page.reload();
}

describe('guide content in the end user’s language', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
    const api = adminApi(stack.serverUrl, stack.secretKey);
    await api.publish((await api.createGuide(welcome)).id);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows English to an English user', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'aiko@acme.example');
    const step = dialog(page, 'Welcome to Keihi');
    await step.waitFor();
    await step.getByText('Submit expenses in minutes.').waitFor();
    await shot(page, 'guide-en');
    await context.close();
  });

  it('shows Japanese, with Japanese buttons, to a user of the Japanese app, and follows a switch of language in place', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'kenji@acme.example');
    await japaneseApp(page);
    const step = dialog(page, 'Keihi へようこそ');
    await step.waitFor();
    await step.getByText('経費の申請は数分で終わります。').waitFor();
    expect(await step.getByRole('button', { name: '次へ' }).count()).toBe(1);
    await shot(page, 'guide-ja');
    await step.getByRole('button', { name: '次へ' }).click();
    await dialog(page, 'レポートを追跡').waitFor();
    await context.close();

    // An English page whose user switches to 日本語 gets the guide again in Japanese.
    const english = await signInAsEndUser(browser, stack.demoUrl, 'sora@acme.example');
    await dialog(english.page, 'Welcome to Keihi').waitFor();
    // The welcome modal covers the app: the app's own switch is pressed as its code would be.
    await english.page.getByTestId('language-switch').locator('[data-lang="ja"]').dispatchEvent('click');
    await dialog(english.page, 'Keihi へようこそ').waitFor({ timeout: 10_000 });
    await english.context.close();
  });

  it('shows the default language to a French user (locale given to identify)', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'yui@acme.example');
    await japaneseApp(page);
    // The app says the user reads French: that wins over the page's Japanese.
    await dialog(page, 'Keihi へようこそ').waitFor();
    await page.evaluate(() => (window as unknown as { Shirube: { identify(id: string, traits: object): void } }).Shirube.identify('yui@acme.example', { locale: 'fr-FR' }));
    const asked = page.waitForRequest((request) => request.url().includes('/sdk/v1/guides?') && request.url().includes('locale=fr-FR'));
    await page.reload();
    await asked;
    await dialog(page, 'Welcome to Keihi').waitFor();
    await context.close();
  });
});
