import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer, type DemoServer } from '@shirube/demo/serve';
import type { GuideInput } from '@shirube/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { collectCspViolations, violations } from '../support/csp-violations.js';
import { screenshot } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';
import { storedTrackNames } from '../support/stored-events.js';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../packages/sdk/examples');

/** For the examples' signed-in user: their company is on the business plan (an account trait). */
const forBusinessAccounts: GuideInput = {
  name: 'Expenses tour',
  displayRules: { urlPatterns: ['/'] },
  targeting: { audience: { match: 'all', conditions: [{ source: 'account', trait: 'plan', op: 'equals', value: 'business' }] }, frequency: { kind: 'every_session' } },
  steps: [{ id: 'hello', kind: 'modal', placement: 'auto', advance: 'next', title: 'Submit your first expense', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Type an amount and press Submit expense.' }] }] }],
};

/**
 * The React, Vue and plain-page examples, built as a customer builds them (the SDK from the
 * package's dist/, or the loader snippet; the key and server from the environment) and served
 * under the demo app's nonce CSP, run against a real server: the guide for business accounts shows
 * (identify with account traits worked, and the guide UI loaded), and the tracked event is stored
 * for the user.
 */
describe('the SDK examples in a browser', () => {
  let stack: Stack;
  let browser: Browser;
  const servers: DemoServer[] = [];
  const out = mkdtempSync(join(tmpdir(), 'shirube-e2e-examples-'));

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    await api.publish((await api.createGuide(forBusinessAccounts)).id);
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await browser?.close();
    await stack?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  let submitted = 0;
  for (const name of ['react', 'vue', 'plain']) {
    it(`runs the ${name} example: the guide for the user's account shows, and its tracked event is stored`, async () => {
      const distDir = join(out, name);
      execFileSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: join(examples, name),
        env: { ...process.env, VITE_SHIRUBE_API_URL: stack.serverUrl, VITE_SHIRUBE_SDK_URL: `${stack.serverUrl}/sdk/shirube.js`, VITE_SHIRUBE_PROJECT_KEY: stack.publicKey },
        stdio: 'ignore',
      });
      const server = await startDemoServer({ port: 0, distDir, sdkUrl: `${stack.serverUrl}/sdk/shirube.js`, projectKey: stack.publicKey });
      servers.push(server);

      const context = await browser.newContext({ viewport: { width: 1000, height: 640 }, locale: 'en-US' });
      await collectCspViolations(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url);
      const dialog = page.getByRole('dialog', { name: 'Submit your first expense' });
      await dialog.waitFor();
      await screenshot(page, `sdk-example-${name}`);
      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'detached' });

      await page.getByLabel('Amount (JPY)').fill('1200');
      await page.getByRole('button', { name: 'Submit expense' }).click();
      await page.getByText('Submitted: ¥1,200').waitFor();
      submitted++;
      expect(await violations(page)).toEqual([]);
      // Leaving the page sends what is queued.
      await page.goto('about:blank');
      await context.close();
      await vi.waitFor(async () => expect(await storedTrackNames(stack.databasePath, 'user-42')).toEqual(Array(submitted).fill('expense_submitted')), { timeout: 15_000, interval: 250 });
      expect(errors).toEqual([]);
    });
  }
});
