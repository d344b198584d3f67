import { mkdirSync } from 'node:fs';
import type { GuideInput, RichText } from '@shirube/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { adminApi } from './admin-api.js';
import { launchBrowser } from './browser.js';
import { startStack, type Stack } from './stack.js';

const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];

/**
 * One of each thing the SDK draws, all on the dashboard at once: a walkthrough tooltip on "New
 * report", a hotspot beacon on the Reports link, and the onboarding checklist. The host-safety specs
 * (strict CSP, hostile CSS, long tasks, destroy) check all three together.
 */
export const TOUR_TITLE = 'Create your first report';
export const HOTSPOT_TITLE = 'Your reports';
export const CHECKLIST_TITLE = 'Get started with Keihi';

const tour: GuideInput = {
  name: 'Dashboard tour',
  displayRules: { urlPatterns: ['/'] },
  theme: { brandColor: '#0f766e', radius: 10 },
  steps: [
    {
      id: 'new-report',
      kind: 'tooltip',
      title: TOUR_TITLE,
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' }, text: 'New report' },
      content: text('Start here to claim a taxi fare, a train ticket or a client dinner.'),
    },
    { id: 'bye', kind: 'modal', title: 'That is all', advance: 'next', content: text('Enjoy Keihi.') },
  ],
};

const tips: GuideInput = {
  name: 'Reports help',
  kind: 'hotspots',
  hotspotVisibility: 'always',
  displayRules: { urlPatterns: ['/'] },
  theme: { brandColor: '#4f46e5', radius: 12 },
  steps: [
    {
      id: 'reports',
      kind: 'tooltip',
      title: HOTSPOT_TITLE,
      advance: 'next',
      placement: 'right',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' } },
      content: text('Every report you sent, with its status.'),
    },
  ],
};

const checklist: GuideInput = {
  name: 'Onboarding checklist',
  kind: 'checklist',
  displayRules: { urlPatterns: ['/', '/reports', '/settings'] },
  theme: { brandColor: '#4f46e5', radius: 12 },
  steps: [],
  checklist: {
    title: CHECKLIST_TITLE,
    description: 'Two steps to your first reimbursement.',
    tasks: [
      { id: 'reports', title: 'Look at your reports', completeWhen: { type: 'page_visited', urlPattern: '/reports' } },
      { id: 'export', title: 'Export a report', completeWhen: { type: 'event_tracked', name: 'report_exported' } },
    ],
    onComplete: { celebrate: true, hide: false },
  },
};

/** Creates and publishes the walkthrough, the hotspot and the checklist. */
export async function publishHostGuides(serverUrl: string, secretKey: string): Promise<void> {
  const api = adminApi(serverUrl, secretKey);
  for (const input of [tour, tips, checklist]) await api.publish((await api.createGuide(input)).id);
}

/** Waits until the tooltip, the hotspot beacon and the checklist are all on screen; returns their locators. */
export async function waitForHostGuides(page: Page) {
  const tooltip = page.getByRole('dialog', { name: TOUR_TITLE });
  const beacon = page.getByRole('button', { name: HOTSPOT_TITLE });
  const checklistLauncher = page.locator('.cl-launch, .cl-panel').first();
  await Promise.all([tooltip.waitFor({ timeout: 20_000 }), beacon.waitFor({ timeout: 20_000 }), checklistLauncher.waitFor({ timeout: 20_000 })]);
  return { tooltip, beacon, checklist: checklistLauncher };
}

/**
 * For a describe block: starts a stack (with the three guides published unless `publish` is false)
 * and a browser before its tests, stops both after. Read `stack` and `browser` inside tests.
 */
export function useHostGuidesStack(publish = true): { stack: Stack; browser: Browser } {
  const env = {} as { stack: Stack; browser: Browser };
  beforeAll(async () => {
    env.stack = await startStack();
    env.browser = await launchBrowser();
    if (publish) await publishHostGuides(env.stack.serverUrl, env.stack.secretKey);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.stack?.stop();
  });
  return env;
}

/** Where the host-safety specs leave their screenshots for people to look at. */
export const HOST_SHOTS = '/work/shots/hostsafe';

export async function hostShot(page: Page, name: string): Promise<void> {
  mkdirSync(HOST_SHOTS, { recursive: true });
  await page.screenshot({ path: `${HOST_SHOTS}/${name}.png`, animations: 'disabled' });
}
