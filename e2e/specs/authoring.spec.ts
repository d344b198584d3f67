import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { consoleApi } from '../support/console-api.js';
import { screenshot, signInAsEndUser } from '../support/demo-user.js';
import { startBareServer, type BareServer } from '../support/stack.js';

const OWNER = { email: 'mika@acme.example', name: 'Mika Sato', password: 'a long passphrase 42' };

/** Adds a step in the builder by clicking an element of the app and titling it. */
async function addStep(page: Page, pick: () => Promise<void>, title: string, body: string): Promise<void> {
  const builder = page.getByRole('toolbar', { name: 'Shirube guide builder' });
  await builder.getByRole('button', { name: 'Add step', exact: true }).click();
  await pick();
  const editor = page.getByRole('region', { name: 'Step editor' });
  await editor.getByRole('textbox', { name: 'Title' }).fill(title);
  await editor.getByRole('textbox', { name: 'Body' }).fill(body);
}

describe('authoring a walkthrough without code, from the first sign-in to an end user', () => {
  let server: BareServer;
  let browser: Browser;
  let demoUrl: string;
  let projectId: string;
  let guideId: string;
  const owner = () => consoleApi(server.serverUrl);
  let api: ReturnType<typeof consoleApi>;
  let console_: Page;

  beforeAll(async () => {
    server = await startBareServer();
    browser = await launchBrowser();
    api = owner();
  });


  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates the owner on first run, a project for the demo app and a guide, in the console', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    console_ = await context.newPage();
    console_.on('pageerror', (error) => {
      throw new Error(`uncaught error in the console: ${error.message}`);
    });
    await console_.goto(server.serverUrl);
    await console_.getByRole('heading', { name: 'Create the owner account' }).waitFor();
    await screenshot(console_, 'console-setup');
    await console_.getByLabel('Your name').fill(OWNER.name);
    await console_.getByLabel('Email').fill(OWNER.email);
    await console_.getByLabel('Password').fill(OWNER.password);
    await console_.getByRole('button', { name: 'Create account' }).click();

    await console_.getByRole('heading', { name: 'New project' }).waitFor();
    await console_.getByLabel('Project name').fill('Keihi');
    await console_.getByRole('button', { name: 'Create project' }).click();
    await console_.getByRole('heading', { name: 'Project settings' }).waitFor();
    // The secret key is shown once; the public key goes into the app's snippet.
    expect(await console_.getByTestId('secret-key').textContent()).toMatch(/^sk_/);
    const publicKey = (await console_.getByTestId('public-key').textContent())!;
    expect(await console_.getByTestId('install-snippet').textContent()).toContain(`"${publicKey}"`);
    demoUrl = await server.startDemo(publicKey);
    const appAddresses = console_.getByTestId('app-addresses-settings');
    await appAddresses.getByLabel('Add an address').fill(new URL(demoUrl).origin);
    await appAddresses.getByRole('button', { name: 'Add', exact: true }).click();
    await console_.getByRole('list', { name: 'App addresses' }).getByText(new URL(demoUrl).origin).waitFor();
    await screenshot(console_, 'console-project-settings');
    projectId = /#\/p\/([^/]+)/.exec(console_.url())![1]!;

    await console_.getByRole('link', { name: 'Guides' }).click();
    await console_.getByRole('heading', { name: 'No guides yet' }).waitFor();
    await console_.getByRole('button', { name: 'New guide' }).click();
    // The author says what they are making; a walkthrough is the default.
    const choice = console_.getByRole('dialog', { name: 'What are you making?' });
    expect(await choice.getByRole('radio', { name: /^Walkthrough/ }).isChecked()).toBe(true);
    await choice.getByRole('button', { name: 'Create' }).click();
    const name = console_.getByLabel('Guide name');
    await name.fill('Expense basics');
    await console_.getByRole('button', { name: 'Save draft' }).click();
    await console_.getByText('Draft saved.').waitFor();
    guideId = /guides\/([^/]+)$/.exec(console_.url())![1]!;
    await api.signIn(OWNER.email, OWNER.password);
    expect((await api.guide(projectId, guideId)).name).toBe('Expense basics');
  });

  it('picks three elements on the demo app in the builder, writes content with bold and a link, and saves the draft', async () => {
    // The author is signed in to their own app in the same browser.
    const demo = await console_.context().newPage();
    await demo.goto(`${demoUrl}/login`);
    await demo.getByLabel('Email').fill('mika@acme.example');
    await demo.getByLabel('Password').fill('correct horse battery staple');
    await demo.getByRole('button', { name: 'Sign in' }).click();
    await demo.getByTestId('new-report').waitFor();
    await demo.close();

    await console_.getByLabel('Edit in your app').fill(`${demoUrl}/`);
    const [page] = await Promise.all([console_.context().waitForEvent('page'), console_.getByRole('button', { name: 'Edit in app' }).click()]);
    await page.getByRole('toolbar', { name: 'Shirube guide builder' }).waitFor();
    expect(new URL(page.url()).hash).not.toContain('shirube_builder');

    await addStep(page, () => page.getByTestId('new-report').click(), 'Create a report', 'Start **here** for every claim.');
    await addStep(page, () => page.getByTestId('nav-reports').click(), 'Track your reports', 'Read [the approval guide](https://example.com/help/approvals).');
    await addStep(page, () => page.getByTestId('user-menu').click(), 'Your account', 'Language and sign-out live here.');
    // The live preview is the SDK's own step, next to the picked element.
    await page.getByRole('dialog', { name: 'Your account' }).waitFor();
    await screenshot(page, 'builder-three-steps');
    // Picking did not act on the app: still on the dashboard.
    expect(new URL(page.url()).pathname).toBe('/');

    await page.getByRole('toolbar', { name: 'Shirube guide builder' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
    const draft = await api.guide(projectId, guideId);
    expect(draft.steps.map((s) => s.title)).toEqual(['Create a report', 'Track your reports', 'Your account']);
    expect(draft.steps.every((s) => s.kind === 'tooltip' && s.target)).toBe(true);
    expect(JSON.stringify(draft.steps[0]!.content)).toContain('"bold":true');
    expect(JSON.stringify(draft.steps[1]!.content)).toContain('"href":"https://example.com/help/approvals"');

    // The builder told the console, which reloaded the draft.
    await console_.getByText('The builder saved the draft: reloaded.').waitFor();
    await console_.getByRole('list', { name: 'Steps' }).getByText('Track your reports').waitFor();
    await page.close();
  });

  it("re-picks one step's element from the console with Pick in app, saving only that element", async () => {
    await console_.getByRole('list', { name: 'Steps' }).getByText('Your account').click();
    const [page] = await Promise.all([console_.context().waitForEvent('page'), console_.getByTestId('pick /steps/2/target').click()]);
    const status = page.getByRole('status').filter({ hasText: 'Click the element for: Step 3: Your account' });
    await status.waitFor();
    expect(await page.getByRole('toolbar', { name: 'Shirube guide builder' }).count()).toBe(0);
    await page.getByTestId('nav-settings').click();
    await page.getByRole('status').filter({ hasText: 'Saved to the draft' }).waitFor();
    // Picking did not act on the app.
    expect(new URL(page.url()).pathname).toBe('/');
    await screenshot(page, 'builder-pick-mode-saved');
    const draft = await api.guide(projectId, guideId);
    expect(draft.steps.map((s) => s.title)).toEqual(['Create a report', 'Track your reports', 'Your account']);
    expect(draft.steps[2]!.target?.attrs?.['data-testid']).toBe('nav-settings');
    expect(draft.steps[0]!.target?.attrs?.['data-testid']).toBe('new-report');
    await console_.getByText('The builder saved the draft: reloaded.').waitFor();
    await page.close();
  });

  it('previews a step in the console, publishes, and a fresh end user sees the three steps on the demo app', async () => {
    await console_.getByRole('list', { name: 'Steps' }).getByText('Create a report').click();
    const preview = console_.getByTestId('step-preview').getByRole('dialog', { name: 'Create a report' });
    expect(await preview.getByText('here').evaluate((node) => node.tagName)).toBe('STRONG');
    await screenshot(console_, 'console-guide-editor');
    await console_.getByRole('button', { name: 'Publish' }).click();
    await console_.getByRole('alertdialog', { name: 'Publish this guide?' }).getByRole('button', { name: 'Publish' }).click();
    await console_.getByText('Version 1 is live.').waitFor();

    const { context, page } = await signInAsEndUser(browser, demoUrl, 'new-hire@acme.example');
    const first = page.getByRole('dialog', { name: 'Create a report' });
    await first.waitFor();
    expect(await first.getByText('here').evaluate((node) => node.tagName)).toBe('STRONG');
    await first.getByRole('button', { name: 'Next' }).click();
    const second = page.getByRole('dialog', { name: 'Track your reports' });
    await second.waitFor();
    expect(await second.getByRole('link', { name: 'the approval guide' }).getAttribute('href')).toBe('https://example.com/help/approvals');
    await second.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('dialog', { name: 'Your account' }).waitFor();
    await context.close();

    // The guides list shows the live version with its viewer.
    await console_.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Guides' }).click();
    const row = console_.getByRole('table', { name: 'Guides' }).getByRole('row', { name: /Expense basics/ });
    await row.getByText('Live', { exact: true }).waitFor();
    await expect.poll(async () => (await console_.reload(), await row.getByRole('cell').nth(2).textContent()), { timeout: 10_000 }).toBe('1');
    await screenshot(console_, 'console-guides-list');
  });

  it('refuses a viewer every change with 403 and shows them no edit controls', async () => {
    // The owner adds a viewer in the console; the temporary password is shown once.
    await console_.getByRole('link', { name: 'Members' }).click();
    await console_.getByLabel('Name', { exact: true }).fill('Ren Kato');
    await console_.getByLabel('Email', { exact: true }).fill('ren@acme.example');
    await console_.getByLabel('Role', { exact: true }).selectOption('viewer');
    await console_.getByRole('button', { name: 'Add member' }).click();
    const temporaryPassword = (await console_.getByRole('status').locator('code').textContent())!;
    await console_.getByRole('table', { name: 'Members' }).getByText('Ren Kato').waitFor();
    await screenshot(console_, 'console-members');
    const viewer = consoleApi(server.serverUrl);
    await viewer.signIn('ren@acme.example', temporaryPassword);
    expect((await viewer.call('GET', `/projects/${projectId}/guides`)).status).toBe(200);
    expect((await viewer.call('PATCH', `/projects/${projectId}/guides/${guideId}`, { name: 'Mine now' })).status).toBe(403);
    expect((await viewer.call('POST', `/projects/${projectId}/guides/${guideId}/publish`)).status).toBe(403);
    expect((await viewer.call('POST', `/projects/${projectId}/guides`, { name: 'New' })).status).toBe(403);
    expect((await api.guide(projectId, guideId)).name).toBe('Expense basics');

    // In the console a viewer reads, with no edit controls anywhere.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.serverUrl);
    await page.getByLabel('Email').fill('ren@acme.example');
    await page.getByLabel('Password').fill(temporaryPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Expense basics' }).click();
    await page.getByRole('list', { name: 'Steps' }).waitFor();
    for (const name of ['New guide', 'Save draft', 'Publish', 'Edit in app', 'Duplicate', 'Delete', '+ Tooltip']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await page.getByRole('link', { name: 'Members' }).count()).toBe(0);
    await screenshot(page, 'console-viewer');
    await context.close();
  });
});
