import type { GuideInput, RichText } from '@shirube/schema';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { collectCspViolations, violations } from '../support/csp-violations.js';
import { screenshot, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];

/** A one-step announcement on the settings page only. */
const settingsTour: GuideInput = {
  name: 'Settings tour',
  displayRules: { urlPatterns: ['/settings'] },
  theme: { brandColor: '#0f766e', radius: 10 },
  steps: [{ id: 'hello', kind: 'modal', placement: 'auto', advance: 'next', title: 'Your settings', content: text('Change your approver and your language here.') }],
};

/** Every SDK file the page asked for, with its response. */
function watchSdkFiles(context: BrowserContext): Response[] {
  const seen: Response[] = [];
  context.on('response', (response) => {
    if (/\/sdk\/[^/?]+\.js$/.test(new URL(response.url()).pathname)) seen.push(response);
  });
  return seen;
}
const names = (responses: Response[]) => responses.map((r) => new URL(r.url()).pathname.replace(/^\/sdk\//, ''));


describe('loading the SDK in the demo app', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    await api.publish((await api.createGuide(settingsTour)).id);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('downloads only the loader on pages that show nothing, and the guide UI once, when a guide shows', async () => {
    let sdkFiles: Response[] = [];
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'aki@acme.example', {
      prepare: async (ctx) => void (sdkFiles = watchSdkFiles(ctx)),
    });
    // The dashboard has no guide: the SDK fetched its guides (on the sign-in page) and stopped there.
    await page.waitForLoadState('networkidle');
    expect(names(sdkFiles)).toEqual(['shirube.js']);
    expect(await page.locator('shirube-ui').count()).toBe(0);

    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your settings' });
    await dialog.waitFor();
    const ui = sdkFiles.filter((r) => r.url().includes('shirube-ui.'));
    expect(names(ui)).toEqual([expect.stringMatching(/^shirube-ui\.[0-9a-f]{12}\.js$/)]);
    expect(ui[0]!.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    await screenshot(page, 'sdk-loading-lazy-ui');
    await context.close();
  });

  it('works on a page with a strict nonce-based Content-Security-Policy (the demo app has one)', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'ren@acme.example', {
      prepare: collectCspViolations,
    });
    const policy = (await page.request.get(page.url())).headers()['content-security-policy'];
    expect(policy).toMatch(/script-src 'nonce-[^']+'; style-src 'self'/);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your settings' });
    await dialog.waitFor();
    // The stylesheets applied (constructed, never inline): the primary button wears the guide's colour.
    const background = await dialog.getByRole('button', { name: 'Done' }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(15, 118, 110)');
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'sdk-loading-strict-csp');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
