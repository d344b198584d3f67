import type { GuideInput } from '@shirube/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { launchBrowser } from '../support/browser.js';
import { flushEvents, signInAsEndUser } from '../support/demo-user.js';
import { startStack, type Stack } from '../support/stack.js';

/** A one-modal guide on the dashboard for the given audience. */
function welcome(name: string, audience: NonNullable<GuideInput['targeting']>['audience']): GuideInput {
  return {
    name,
    displayRules: { urlPatterns: ['/'] },
    targeting: { audience },
    steps: [{ id: 'hello', kind: 'modal', title: name, advance: 'next', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello.' }] }] }],
  };
}

describe('audiences in the demo app', () => {
  let stack: Stack;
  let browser: Browser;
  let forFreePlans: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    const api = adminApi(stack.serverUrl, stack.secretKey);
    // Created first, so it would win if it admitted the user: the demo's users are on the business plan.
    forFreePlans = (await api.createGuide(welcome('Upgrade to Business', { match: 'all', conditions: [{ source: 'user', trait: 'plan', op: 'equals', value: 'free' }] }))).id;
    await api.publish(forFreePlans);
    const forAdmins = (
      await api.createGuide(
        welcome('Set up approvals', {
          match: 'all',
          conditions: [
            { source: 'user', trait: 'role', op: 'in', value: ['admin', 'approver'] },
            { source: 'account', trait: 'name', op: 'contains', value: 'acme' },
          ],
        }),
      )
    ).id;
    await api.publish(forAdmins);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows an admin of Acme the guide for admins, never the one for free plans', async () => {
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'aiko@acme.example');
    const dialog = page.getByRole('dialog', { name: 'Set up approvals' });
    await dialog.waitFor();
    expect(await page.getByRole('dialog', { name: 'Upgrade to Business' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('new-report').waitFor();
    await page.waitForTimeout(1_000);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await flushEvents(page);
    expect((await adminApi(stack.serverUrl, stack.secretKey).funnel(forFreePlans)).startedUsers).toBe(0);
    await context.close();
  });
});
