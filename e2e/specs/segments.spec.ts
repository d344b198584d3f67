import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { signInToConsole } from '../support/console-user.js';
import { consoleApi } from '../support/console-api.js';
import { screenshot, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

const OWNER = { email: 'rina@acme.example', name: 'Rina Kato', password: 'a long passphrase 42' };
const PAGE = '/reports?t=segment';

describe('a saved segment, authored in the console, decides who sees a guide', () => {
  let stack: Stack;
  let browser: Browser;
  let admin: Page;
  let guideId: string;
  let endUsers = 0;

  /** Whether a fresh end user of Acme (role admin) is shown the guide on its page. */
  const endUserSees = async (): Promise<boolean> => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, `segment-${++endUsers}@acme.example`, { landing: '/settings' });
    await page.goto(`${stack.demoUrl}${PAGE}`);
    await page.waitForTimeout(1_500);
    const seen = (await page.getByRole('dialog', { name: 'Approver tips' }).count()) === 1;
    await context.close();
    return seen;
  };
  const liveVersion = async () =>
    ((await (await fetch(`${stack.serverUrl}/api/v1/guides/${guideId}`, { headers: { authorization: `Bearer ${stack.secretKey}` } })).json()) as { version: number }).version;
  const segmentsPage = () => admin.goto(`${stack.serverUrl}/#/p/${stack.projectId}/segments`);

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    await consoleApi(stack.serverUrl).setup(OWNER.email, OWNER.name, OWNER.password);
    const api = adminApi(stack.serverUrl, stack.secretKey);
    guideId = (
      await api.createGuide({
        name: 'Approver tips',
        displayRules: { urlPatterns: [PAGE] },
        steps: [{ id: 'tip', kind: 'modal', title: 'Approver tips', advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Approve from the report page.' }] }] }],
      })
    ).id;
    admin = (await signInToConsole(browser, stack.serverUrl, OWNER)).page;
    await admin.getByRole('link', { name: 'Segments' }).waitFor();
    // One known end user before any rule: the preview counts them.
    expect(await endUserSees()).toBe(false);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('creates the segment on the Segments page with a live count of matching users', async () => {
    await segmentsPage();
    await admin.getByRole('heading', { name: 'No segments yet' }).waitFor();
    await admin.getByRole('button', { name: 'New segment' }).click();
    await admin.getByLabel('Name').fill('Acme admins');
    await admin.getByRole('button', { name: '+ Add condition' }).click();
    await admin.getByLabel('Trait', { exact: true }).fill('role');
    await admin.getByLabel('Value', { exact: true }).fill('admin');
    await admin.getByTestId('audience-preview').getByText('1 of 1 known users match').waitFor();
    await screenshot(admin, 'targeting-segment-editor-en');
    await admin.getByRole('button', { name: 'Save segment' }).click();
    await admin.getByRole('status').getByText('Segment saved.').waitFor();
    await admin.getByRole('table', { name: 'Segments' }).getByText('Acme admins').waitFor();
  });

  it('targets the guide at the segment in its Where and who panel, with a frequency, and publishes it', async () => {
    await admin.goto(`${stack.serverUrl}/#/p/${stack.projectId}/guides/${guideId}`);
    await admin.getByRole('tab', { name: 'Where and who' }).click();
    await admin.getByRole('button', { name: '+ Add condition' }).click();
    await admin.getByLabel('Whose trait').selectOption('segment');
    await admin.getByLabel('Which segment').selectOption({ label: 'Acme admins' });
    await admin.getByLabel('How often').selectOption('every_session');
    await admin.getByLabel('Priority (0–100)').fill('70');
    await admin.getByTestId('audience-preview').getByText('1 of 1 known users match').waitFor();
    await admin.getByRole('heading', { name: 'Who sees it' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(admin, 'targeting-where-and-who-en');
    await admin.getByRole('button', { name: 'Save draft' }).click();
    await admin.getByText('Draft saved.').waitFor();
    await admin.getByRole('button', { name: 'Publish' }).first().click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Publish' }).click();
    await expect.poll(liveVersion).toBe(1);
    const live = (await (await fetch(`${stack.serverUrl}/sdk/v1/guides?key=${stack.publicKey}`)).json()) as { guides: Array<{ targeting?: unknown }> };
    expect(live.guides[0]!.targeting).toMatchObject({ audience: { conditions: [{ source: 'segment', op: 'in_segment' }] }, frequency: { kind: 'every_session' }, priority: 70 });
    expect(await endUserSees()).toBe(true);
  });

  it('editing the segment changes who sees the guide, without republishing', async () => {
    await segmentsPage();
    await admin.getByRole('button', { name: 'Edit: Acme admins' }).click();
    await admin.getByLabel('Value', { exact: true }).fill('approver');
    await admin.getByTestId('audience-preview').getByText(/^0 of \d+ known users match$/).waitFor();
    await admin.getByRole('button', { name: 'Save segment' }).click();
    await admin.getByRole('status').getByText('Segment saved.').waitFor();
    expect(await endUserSees()).toBe(false);
    expect(await liveVersion()).toBe(1);
  });

  it('refuses to delete a segment in use, naming the guide', async () => {
    await admin.getByRole('button', { name: 'Delete: Acme admins' }).click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await admin.getByRole('alert').getByText('Still used by “Approver tips”: remove it from those guides first.').waitFor();
    await screenshot(admin, 'targeting-segments-list-en');
  });

  it('speaks Japanese, and shows a pick button for element triggers', async () => {
    await admin.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
    await admin.getByRole('heading', { name: 'セグメント', level: 1 }).waitFor();
    await admin.getByRole('button', { name: '編集: Acme admins' }).click();
    await admin.getByTestId('audience-preview').getByText(/人が一致/).waitFor();
    await screenshot(admin, 'targeting-segment-editor-ja');
    await admin.goto(`${stack.serverUrl}/#/p/${stack.projectId}/guides/${guideId}`);
    await admin.getByRole('tab', { name: '表示場所と対象' }).click();
    await admin.getByLabel('開始のきっかけ').selectOption('element_clicked');
    await admin.getByText('要素が未選択です。公開する前にアプリで選択してください。').waitFor();
    await admin.getByTestId('audience-preview').getByText(/人が一致/).waitFor();
    await admin.getByRole('heading', { name: '表示する相手' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(admin, 'targeting-where-and-who-ja');
  });
});
