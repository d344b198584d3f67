import { createHmac } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GuideInput } from '@shirube/schema';
import { startTestReceiver, type TestReceiver } from '@shirube/server/test-receiver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { consoleApi } from '../support/console-api.js';
import { signInToConsole } from '../support/console-user.js';
import { flushEvents, screenshot, screenshotDir, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const OWNER = { email: 'rina@acme.example', name: 'Rina Kato', password: 'a long passphrase 42' };
/** Where the people reviewing this screen look for its pictures. */
const SHOTS = '/work/shots/webhooks';

const welcome: GuideInput = {
  name: 'Welcome tour',
  displayRules: { urlPatterns: ['/'] },
  steps: [
    {
      id: 'welcome',
      kind: 'modal',
      title: 'Welcome to Keihi',
      advance: 'next',
      content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Submit expenses in minutes.' }] }],
    },
  ],
};

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(join(screenshotDir, `${name}.png`), join(SHOTS, `${name}.png`));
}

/** The signature check docs/webhooks.md tells receivers to run, written out independently of the server's code. */
function signatureMatches(secret: string, headers: Record<string, string | string[] | undefined>, body: string): boolean {
  const expected = createHmac('sha256', secret).update(`${headers['shirube-webhook-id']}.${headers['shirube-webhook-timestamp']}.${body}`).digest('hex');
  return headers['shirube-signature'] === `v1=${expected}`;
}

describe('webhooks: an owner adds an endpoint in the console, a guide completed in the app reaches it signed, and the log shows it', () => {
  let stack: Stack;
  let browser: Browser;
  let receiver: TestReceiver;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    receiver = await startTestReceiver();
    await consoleApi(stack.serverUrl).setup(OWNER.email, OWNER.name, OWNER.password);
    const api = adminApi(stack.serverUrl, stack.secretKey);
    await api.publish((await api.createGuide(welcome)).id);
  });

  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await stack?.stop();
  });

  it('delivers guide.completed signed with the secret shown once, and logs a failing test event as retrying', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { viewport: { width: 1440, height: 1000 } });
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByText('No endpoint yet').waitFor();
    await page.getByLabel('URL').fill('http://hooks.example.com/shirube');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    expect(await page.getByTestId('webhook-form').getByRole('alert').textContent()).toContain('https://');
    await shoot(page, 'webhooks-url-error-en');
    await page.getByLabel('URL').fill(receiver.url);
    await page.getByRole('checkbox', { name: /Checklist completed/ }).uncheck();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secretNote = page.getByTestId('webhook-secret');
    await secretNote.waitFor();
    const secret = (await secretNote.locator('code').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    expect(await page.getByTestId('webhook-endpoint').textContent()).toContain(receiver.url);
    expect(await page.getByTestId('webhook-endpoint').textContent()).not.toContain('Checklist completed');
    await shoot(page, 'webhooks-secret-en');
    await secretNote.getByRole('button', { name: 'Done' }).click();

    const user = await signInAsEndUser(browser, stack.demoUrl, 'aiko@acme.example');
    const dialog = user.page.getByRole('dialog', { name: 'Welcome to Keihi' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await flushEvents(user.page);
    await user.context.close();

    await expect.poll(() => receiver.received.length, { timeout: 15_000, interval: 100 }).toBe(1);
    const [request] = receiver.received;
    expect(signatureMatches(secret, request!.headers, request!.body)).toBe(true);
    expect(signatureMatches(`${secret}x`, request!.headers, request!.body)).toBe(false);
    expect(JSON.parse(request!.body)).toMatchObject({ type: 'guide.completed', projectId: stack.projectId, data: { guide: { name: 'Welcome tour', version: 1 } } });
    expect(JSON.parse(request!.body).data.user.id).toBeTruthy();

    const delivered = page.locator('[data-testid="webhook-delivery"][data-type="guide.completed"]');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await delivered.waitFor();
    await expect.poll(() => delivered.getAttribute('data-status'), { timeout: 15_000, interval: 200 }).toBe('succeeded');
    expect(await delivered.textContent()).toContain('200');

    receiver.answer(500);
    await page.getByRole('button', { name: 'Send test event' }).click();
    const test = page.locator('[data-testid="webhook-delivery"][data-type="webhook.test"]');
    await test.waitFor();
    await expect.poll(() => test.getAttribute('data-status'), { timeout: 15_000, interval: 200 }).toBe('retrying');
    expect(await test.textContent()).toContain('HTTP 500');
    await shoot(page, 'webhooks-log-en');

    await page.getByTestId('webhook-status').selectOption('succeeded');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="webhook-delivery"]').length === 1);
    expect(await page.getByTestId('webhook-delivery').getAttribute('data-type')).toBe('guide.completed');
    await page.getByTestId('webhook-status').selectOption('');

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { name: 'Webhook', exact: true }).waitFor();
    await page.locator('[data-testid="webhook-delivery"]').first().waitFor();
    await shoot(page, 'webhooks-log-ja');

    await test.getByRole('button', { name: '今すぐ再送' }).click();
    await expect.poll(() => test.getAttribute('data-status'), { timeout: 15_000, interval: 200 }).toBe('succeeded');
    await context.close();
  });
});
