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

  beforeAll(async () => {
    server = await startBareServer();
    browser = await launchBrowser();
    api = owner();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sets up the first owner, a project for the demo app and an empty guide', async () => {
    await api.setup(OWNER.email, OWNER.name, OWNER.password);
    const { project } = await api.createProject('Keihi');
    projectId = project.id;
    demoUrl = await server.startDemo(project.publicKey);
    await api.allowOrigins(projectId, [new URL(demoUrl).origin]);
    guideId = (await api.createGuide(projectId, 'Expense basics')).id;
  });

  it('picks three elements on the demo app in the builder, writes content with bold and a link, and saves the draft', async () => {
    const { url } = await api.builderLink(projectId, guideId, `${demoUrl}/`);
    const { context } = await signInAsEndUser(browser, demoUrl, 'mika@acme.example');
    // A builder link is opened as a new page load, as the console's window.open does.
    const page = await context.newPage();
    await page.goto(url);
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
    await context.close();
  });

  it('publishes, and a fresh end user sees the three steps on the demo app', async () => {
    expect((await api.publish(projectId, guideId)).version).toBe(1);
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
  });

  it('refuses a viewer every change with 403', async () => {
    const { temporaryPassword } = await api.invite('ren@acme.example', 'Ren Kato', 'viewer');
    const viewer = consoleApi(server.serverUrl);
    await viewer.signIn('ren@acme.example', temporaryPassword);
    expect((await viewer.call('GET', `/projects/${projectId}/guides`)).status).toBe(200);
    expect((await viewer.call('PATCH', `/projects/${projectId}/guides/${guideId}`, { name: 'Mine now' })).status).toBe(403);
    expect((await viewer.call('POST', `/projects/${projectId}/guides/${guideId}/publish`)).status).toBe(403);
    expect((await viewer.call('POST', `/projects/${projectId}/guides`, { name: 'New' })).status).toBe(403);
    expect((await api.guide(projectId, guideId)).name).toBe('Expense basics');
  });
});
