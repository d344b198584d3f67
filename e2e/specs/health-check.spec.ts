import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GuideInput } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { consoleApi } from '../support/console-api.js';
import { signInToConsole } from '../support/console-user.js';
import { screenshot, screenshotDir, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const OWNER = { email: 'rina@acme.example', name: 'Rina Kato', password: 'a long passphrase 42' };
/** Where the people reviewing this screen look for its pictures. */
const SHOTS = '/work/shots/health';
const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../apps/server');

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(join(screenshotDir, `${name}.png`), join(SHOTS, `${name}.png`));
}

type Step = NonNullable<GuideInput['steps']>[number];
/** A tooltip step on the element with `testid`, described as the in-app builder records it (test id plus label or text). */
const onElement = (id: string, title: string, advance: Step['advance'], tag: string, testid: string, words: { label?: string; text?: string }): Step => ({
  id, kind: 'tooltip', title, advance, content: [{ type: 'paragraph', children: [{ type: 'text', text: title }] }], target: { v: 1, tag, attrs: { 'data-testid': testid }, ...words },
});

/** The demo's expense form: checked signed in, from the CLI. */
const REPORT_GUIDE: GuideInput = {
  name: 'Create your first report',
  displayRules: { urlPatterns: ['/reports/new'] },
  steps: [
    onElement('title', 'Name the expense', 'target_input', 'input', 'report-title', { label: 'Title' }),
    onElement('amount', 'Enter the amount', 'target_input', 'input', 'report-amount', { label: 'Amount' }),
    onElement('create', 'Save it', 'target_click', 'button', 'report-submit', { text: 'Create report' }),
  ],
};

/** The sign-in page: checked from the console, whose browser is not signed in. */
const SIGN_IN_GUIDE: GuideInput = {
  name: 'Signing in',
  displayRules: { urlPatterns: ['/login'] },
  steps: [
    onElement('email', 'Your work email', 'next', 'input', 'login-email', { label: 'Email' }),
    onElement('submit', 'Sign in', 'next', 'button', 'login-submit', { text: 'Sign in' }),
  ],
};

/** A guide on a wildcard page: the console checks it once given an example page. */
const PASSWORD_GUIDE: GuideInput = {
  name: 'Password help',
  displayRules: { urlPatterns: ['/log*'] },
  steps: [onElement('password', 'Your password', 'next', 'input', 'login-password', { label: 'Password' })],
};

/** `shirube check-guides` as a CI job runs it: a child process; its exit code and output. */
function checkGuides(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check-guides', ...args], { cwd: serverDir, timeout: 120_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('the guide health check finds steps whose element is gone, from the CLI and the console', () => {
  let stack: Stack;
  let browser: Browser;
  let reportGuideId: string;
  let signInGuideId: string;
  let storageState: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    await consoleApi(stack.serverUrl).setup(OWNER.email, OWNER.name, OWNER.password);
    const api = adminApi(stack.serverUrl, stack.secretKey);
    await api.setSdkOrigins([new URL(stack.demoUrl).origin]);
    reportGuideId = (await api.createGuide(REPORT_GUIDE)).id;
    await api.publish(reportGuideId);
    signInGuideId = (await api.createGuide(SIGN_IN_GUIDE)).id;
    await api.publish(signInGuideId);
    await api.publish((await api.createGuide(PASSWORD_GUIDE)).id);
    // A signed-in user of the demo app, saved the way Playwright saves one for a CI job.
    const { context } = await signInAsEndUser(browser, stack.demoUrl, 'ci-bot@acme.example', { withoutSdk: true });
    storageState = join(mkdtempSync(join(tmpdir(), 'shirube-health-')), 'signed-in.json');
    await context.storageState({ path: storageState });
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shirube check-guides passes while every step finds its element, and exits 1 naming the step whose element was removed', async () => {
    const common = ['--server', stack.serverUrl, '--key', stack.secretKey, '--guide', reportGuideId, '--storage-state', storageState];
    const ok = await checkGuides([...common, '--base-url', stack.demoUrl]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('3 steps checked');
    expect(ok.stdout).toContain('3 ok, 0 broken');

    const broken = await checkGuides([...common, '--base-url', `${stack.demoUrl}/?without=report-amount`]);
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN +step 2 "Enter the amount" \[amount\] http:\/\/\S+\/reports\/new\?without=report-amount: no element matches/);
    expect(broken.stdout).toMatch(/ok +step 1 "Name the expense"/);
    expect(broken.stdout).toContain('2 ok, 1 broken');

    // Signed out, the app sends the checker to its sign-in page: the report says so.
    const signedOut = await checkGuides(['--server', stack.serverUrl, '--key', stack.secretKey, '--guide', reportGuideId, '--base-url', stack.demoUrl, '--json']);
    expect(signedOut.code).toBe(1);
    const report = JSON.parse(signedOut.stdout) as { steps: Array<{ status: string; redirectedTo?: string }> };
    expect(report.steps[0]).toMatchObject({ status: 'missing', redirectedTo: expect.stringContaining('/login') });
  });

  it('"Check targets" in the console lists the broken step, links to it in the editor, in English and Japanese', async () => {
    // The console's browser is not signed in to the app: the report guide is retired for this run.
    await adminApi(stack.serverUrl, stack.secretKey).updateGuide(reportGuideId, { status: 'archived' });
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { hash: `#/p/${stack.projectId}/guides`, viewport: { width: 1280, height: 900 } });
    const panel = page.getByTestId('health-check');
    const address = panel.getByLabel('App address');
    await expect.poll(() => address.inputValue()).toBe(`${new URL(stack.demoUrl).origin}/`);
    await panel.getByRole('button', { name: 'Check targets' }).click();
    await expect.poll(() => panel.getByTestId('health-check-summary').textContent(), { timeout: 60_000 }).toBe('2 found · 0 broken · 0 warnings · 1 not checked');
    expect(await panel.textContent()).toContain('Every checked step found its element.');
    expect(await panel.textContent()).toContain('Its page (/log*) has a wildcard');
    await panel.scrollIntoViewIfNeeded();
    await shoot(page, 'health-check-ok-en');

    // The wildcard page gets an example, and the app loses the sign-in form's email field.
    await panel.getByLabel('Example page for /log*').fill('/login');
    await address.fill(`${new URL(stack.demoUrl).origin}/?without=login-email`);
    await panel.getByRole('button', { name: 'Check targets' }).click();
    await expect.poll(() => panel.getByTestId('health-check-summary').textContent(), { timeout: 60_000 }).toBe('2 found · 1 broken · 0 warnings · 0 not checked');
    const row = panel.getByTestId(`health-step-${signInGuideId}-email`);
    expect(await row.textContent()).toContain('Missing');
    expect(await row.textContent()).toContain('Signing in1. Your work email');
    await panel.scrollIntoViewIfNeeded();
    await shoot(page, 'health-check-en');

    // The console in Japanese; the last result is still there after a reload.
    await page.evaluate(() => localStorage.setItem('shirube:console-language', 'ja'));
    await page.reload();
    await expect.poll(() => panel.getByRole('button', { name: '要素をチェック' }).count()).toBe(1);
    expect(await row.textContent()).toContain('見つからない');
    await panel.scrollIntoViewIfNeeded();
    await shoot(page, 'health-check-ja');

    await row.getByRole('link').click();
    await expect.poll(() => page.url()).toContain(`/guides/${signInGuideId}?step=email`);
    await expect.poll(() => page.getByLabel('ステップ 1', { exact: true }).count()).toBe(1);
    await context.close();
  });
});
