import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { consoleApi } from '../support/console-api.js';
import { signInToConsole } from '../support/console-user.js';
import { screenshot, screenshotDir } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const OWNER = { email: 'rina@acme.example', name: 'Rina Kato', password: 'a long passphrase 42' };
const EDITOR = { email: 'ken@acme.example', name: 'Ken Sato' };
/** Where the people reviewing this screen look for its pictures. */
const SHOTS = '/work/shots/audit';

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(join(screenshotDir, `${name}.png`), join(SHOTS, `${name}.png`));
}

const rowActions = (page: Page) => page.getByTestId('audit-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));

describe('the audit log records who changed what, and owners read it in the console', () => {
  let stack: Stack;
  let browser: Browser;
  let editorPassword: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const owner = consoleApi(stack.serverUrl);
    await owner.setup(OWNER.email, OWNER.name, OWNER.password);
    editorPassword = (await owner.invite(EDITOR.email, EDITOR.name, 'editor')).temporaryPassword;
    const editor = consoleApi(stack.serverUrl);
    await editor.signIn(EDITOR.email, editorPassword);
    const guide = await editor.createGuide(stack.projectId, 'Expense report tour');
    await editor.call('PATCH', `/projects/${stack.projectId}/guides/${guide.id}`, {
      steps: [{ id: 'hi', kind: 'modal', title: 'Welcome', advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello.' }] }] }],
    });
    await editor.publish(stack.projectId, guide.id);
    await editor.publish(stack.projectId, guide.id);
    await owner.call('POST', `/projects/${stack.projectId}/keys/rotate`, { which: 'public' });
    await owner.allowOrigins(stack.projectId, ['https://app.acme.example']);
    // Through the admin API: recorded as the secret key.
    const api = adminApi(stack.serverUrl, stack.secretKey);
    const other = await api.createGuide({ name: 'Year-end notice', steps: [{ id: 's', kind: 'modal', title: 'Closing soon', advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Submit by the 25th.' }] }] }] });
    await api.publish(other.id);
    expect((await owner.call('DELETE', `/projects/${stack.projectId}/guides/${other.id}`)).status).toBe(204);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows an owner every change, newest first, filtered by action and person, and exports it as CSV', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { viewport: { width: 1440, height: 860 } });
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByTestId('audit-table').waitFor();
    expect(await rowActions(page)).toEqual([
      'guide.deleted',
      'guide.published',
      'project.updated',
      'key.rotated',
      'guide.published',
      'guide.published',
      'member.invited',
    ]);
    const keyRow = page.getByTestId('audit-row').nth(1);
    expect(await keyRow.textContent()).toContain('Admin API (secret key)');
    expect(await keyRow.textContent()).toContain('Year-end notice');
    expect(await page.getByTestId('audit-row').nth(2).textContent()).toContain('allowed origins none → https://app.acme.example');
    await shoot(page, 'audit-log-en');

    await page.getByTestId('audit-action').selectOption('guide.published');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-row"]').length === 3);
    expect(page.url()).toContain('action=guide.published');
    await page.getByTestId('audit-actor').selectOption({ label: EDITOR.name });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-row"]').length === 2);
    expect((await page.getByTestId('audit-row').allTextContents()).every((text) => text.includes(EDITOR.name) && text.includes('Expense report tour'))).toBe(true);

    await page.getByTestId('audit-actor').selectOption({ label: 'Admin API (secret key)' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-row"]').length === 1);
    expect(await page.getByTestId('audit-row').textContent()).toContain('Year-end notice');
    await page.getByTestId('audit-actor').selectOption({ label: EDITOR.name });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-row"]').length === 2);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(csv).toContain('When (UTC),Who,Actor type,Action');
    expect(csv).toContain('Published guide');

    await page.getByTestId('audit-action').selectOption('');
    await page.getByTestId('audit-actor').selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-row"]').length === 7);
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { name: '監査ログ' }).waitFor();
    expect(await page.getByTestId('audit-row').first().textContent()).toContain('ガイドを削除');
    await shoot(page, 'audit-log-ja');
    await context.close();
  });

  it('keeps the log from editors: no link, and the API answers 403', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, { email: EDITOR.email, password: editorPassword });
    await page.getByRole('link', { name: 'Guides' }).waitFor();
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    const editor = consoleApi(stack.serverUrl);
    await editor.signIn(EDITOR.email, editorPassword);
    expect((await editor.call('GET', `/projects/${stack.projectId}/audit-log`)).status).toBe(403);
    await context.close();
  });

  it('slows down password guessing: after five wrong passwords the sign-in form says to wait', async () => {
    const guesser = consoleApi(stack.serverUrl);
    for (let i = 0; i < 5; i++) expect((await guesser.call('POST', '/session', { email: OWNER.email, password: `wrong guess ${i}` })).status).toBe(401);
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(stack.serverUrl);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' }).waitFor();
    await context.close();
  });
});
