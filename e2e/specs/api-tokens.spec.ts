import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { consoleApi } from '../support/console-api.js';
import { signInToConsole } from '../support/console-user.js';
import { collectCspViolations, violations } from '../support/csp-violations.js';
import { screenshot, screenshotDir } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const OWNER = { email: 'rina@acme.example', name: 'Rina Kato', password: 'a long passphrase 42' };
const VIEWER = { email: 'yui@acme.example', name: 'Yui Tanaka' };
/** Where the people reviewing these screens look for their pictures. */
const SHOTS = '/work/shots/openapi';

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(join(screenshotDir, `${name}.png`), join(SHOTS, `${name}.png`));
}

/** What a script does with a token: list the project's guides through the admin API. */
async function listGuides(stack: Stack, token: string): Promise<{ status: number; body: { guides?: Array<{ name: string }>; error?: { message: string } } }> {
  const res = await fetch(`${stack.serverUrl}/api/v1/guides`, { headers: { authorization: `Bearer ${token}`, 'shirube-project': stack.projectId } });
  return { status: res.status, body: (await res.json()) as never };
}

/** Creates a token named `name` on the API tokens page and returns it from the one-time reveal. */
async function createToken(page: Page, name: string, nameLabel: string, createLabel: string): Promise<string> {
  await page.getByLabel(nameLabel).fill(name);
  await page.getByRole('button', { name: createLabel }).click();
  const revealed = page.getByTestId('new-api-token');
  await revealed.waitFor();
  return (await revealed.textContent())!;
}

describe('personal API tokens: made in the console, used by scripts, revoked in the console', () => {
  let stack: Stack;
  let browser: Browser;
  let viewerPassword: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const owner = consoleApi(stack.serverUrl);
    await owner.setup(OWNER.email, OWNER.name, OWNER.password);
    viewerPassword = (await owner.invite(VIEWER.email, VIEWER.name, 'viewer')).temporaryPassword;
    await owner.createGuide(stack.projectId, 'Expense report tour');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('creates a token shown once, lists guides with it, and refuses it (401) once revoked', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { viewport: { width: 1440, height: 1000 } });
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    const token = await createToken(page, 'Nightly export', 'Name', 'Create token');
    expect(token).toMatch(/^shirube_pat_[0-9A-Za-z]{40}$/);
    await page.getByRole('table', { name: 'Your API tokens' }).getByText('Nightly export').waitFor();
    await shoot(page, 'api-tokens-created-en');

    const listed = await listGuides(stack, token);
    expect(listed.status).toBe(200);
    expect(listed.body.guides!.map((guide) => guide.name)).toEqual(['Expense report tour']);

    // The token is never shown again: a reload lists it without its value.
    await page.reload();
    await page.getByRole('table', { name: 'Your API tokens' }).getByText('Nightly export').waitFor();
    expect(await page.getByTestId('new-api-token').count()).toBe(0);
    expect(await page.content()).not.toContain(token);
    await page.getByRole('table', { name: 'Your API tokens' }).getByText(/ago|now/).first().waitFor();
    await shoot(page, 'api-tokens-list-en');

    await page.getByRole('button', { name: 'Revoke: Nightly export' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('No tokens yet').waitFor();
    const refused = await listGuides(stack, token);
    expect(refused.status).toBe(401);
    expect(refused.body.error!.message).toContain('was revoked');
    await context.close();
  });

  it('speaks Japanese, and a viewer’s token reads but cannot write (403)', async () => {
    const { context, page } = await signInToConsole(browser, stack.serverUrl, { email: VIEWER.email, password: viewerPassword }, { locale: 'ja-JP', hash: '#/api-tokens', viewport: { width: 1280, height: 1000 } });
    await page.getByRole('heading', { name: 'APIトークン', level: 1 }).waitFor();
    const token = await createToken(page, '夜間エクスポート', '名前', 'トークンを作成');
    await page.getByRole('table', { name: 'あなたのAPIトークン' }).getByText('夜間エクスポート').waitFor();
    await shoot(page, 'api-tokens-created-ja');
    expect((await listGuides(stack, token)).status).toBe(200);
    const write = await fetch(`${stack.serverUrl}/api/v1/guides`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'shirube-project': stack.projectId, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Not allowed' }),
    });
    expect(write.status).toBe(403);
    await context.close();
  });

  it('serves a readable API reference with no policy violations', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await collectCspViolations(context);
    const page = await context.newPage();
    await page.goto(`${stack.serverUrl}/api/docs`);
    await page.getByRole('heading', { name: 'Shirube admin API', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Create a guide' }).count()).toBe(1);
    // The inline stylesheet applies (allowed by its hash): the sidebar is a grid column, not stacked text.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('grid');
    expect(await violations(page)).toEqual([]);
    await shoot(page, 'api-docs-top');
    await page.locator('#postGuides').scrollIntoViewIfNeeded();
    await shoot(page, 'api-docs-create-guide');
    await context.close();
  });
});
