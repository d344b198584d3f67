import type { GuideInput, RichText } from '@shirube/schema';
import type { Dialog } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminApi } from '../support/admin-api.js';
import { consoleApi } from '../support/console-api.js';
import { signInToConsole } from '../support/console-user.js';
import { signInAsEndUser } from '../support/demo-user.js';
import { hostShot, useHostGuidesStack } from '../support/host-guides.js';
import type { Stack } from '../support/stack.js';
import { expectInert, PAYLOAD, SHORT_PAYLOAD } from '../support/xss-checks.js';

const OWNER = { email: 'sec@acme.example', name: 'Sec Review', password: 'a long passphrase 42' };
const SAFE_LINK = `https://example.com/help?q=<script>alert('link')</script>`;
const text = (t: string, bold = false): RichText[number] => ({ type: 'paragraph', children: [{ type: 'text', text: t, bold }] });

/** Rich text with the payload in every place text can go, and a safe link whose query holds markup. */
const richPayload: RichText = [
  { type: 'paragraph', children: [{ type: 'text', text: PAYLOAD }, { type: 'link', href: SAFE_LINK, children: [{ type: 'text', text: PAYLOAD, italic: true }] }] },
  text(PAYLOAD, true),
  { type: 'list', ordered: true, items: [[{ type: 'text', text: PAYLOAD }]] },
  { type: 'image', src: `/favicon.svg?"><img src=x onerror=alert('src')>`, alt: PAYLOAD },
];

const tour: GuideInput = {
  name: PAYLOAD,
  helpLauncher: true,
  displayRules: { urlPatterns: ['/'] },
  steps: [
    { id: 'modal', kind: 'modal', title: PAYLOAD, advance: 'next', content: richPayload },
    { id: 'tip', kind: 'tooltip', title: PAYLOAD, advance: 'next', placement: 'bottom', target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' } }, content: richPayload },
    { id: 'bar', kind: 'banner', title: PAYLOAD, advance: 'next', position: 'bottom', content: [text(PAYLOAD)] },
  ],
};

const hotspots: GuideInput = {
  name: PAYLOAD,
  kind: 'hotspots',
  hotspotVisibility: 'always',
  displayRules: { urlPatterns: ['/'] },
  steps: [{ id: 'spot', kind: 'tooltip', title: PAYLOAD, advance: 'next', placement: 'right', target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' } }, content: richPayload }],
};

const checklist: GuideInput = {
  name: PAYLOAD,
  kind: 'checklist',
  displayRules: { urlPatterns: ['/'] },
  steps: [],
  checklist: {
    title: PAYLOAD,
    description: PAYLOAD,
    tasks: [{ id: 'one', title: PAYLOAD, description: PAYLOAD, completeWhen: { type: 'event_tracked', name: PAYLOAD.slice(0, 200) } }],
    onComplete: { celebrate: true, hide: false },
  },
};

/** Link targets that must never reach a page, however they are disguised. */
const UNSAFE_HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u200bjavascript:alert(1)',
  '  javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

/** Posts a guide as the admin API's caller would, returning the status and error message. */
async function postGuide(stack: Stack, input: unknown): Promise<{ status: number; message: string }> {
  const res = await fetch(`${stack.serverUrl}/api/v1/guides`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { error?: { message?: string } };
  return { status: res.status, message: body.error?.message ?? '' };
}

/** A dialog opened by the page: proof that something ran. Noted and dismissed. */
function recordDialog(dialogs: string[], dialog: Dialog): void {
  dialogs.push(dialog.message());
  void dialog.dismiss();
}

const withContent = (content: unknown) => ({ ...tour, name: 'rejected', steps: [{ id: 'm', kind: 'modal', title: 't', advance: 'next', content }] });

describe('author-controlled content never runs as code', () => {
  const env = useHostGuidesStack(false);
  const ids: Record<'tour' | 'hotspots' | 'checklist', string> = { tour: '', hotspots: '', checklist: '' };


  it('refuses unsafe links, image sources, theme colours and raw HTML with 400 naming the field', async () => {
    const { stack } = env;
    for (const href of UNSAFE_HREFS) {
      const answer = await postGuide(stack, withContent([{ type: 'paragraph', children: [{ type: 'link', href, children: [{ type: 'text', text: 'x' }] }] }]));
      expect(answer.status, href).toBe(400);
      expect(answer.message).toMatch(/href/);
    }
    for (const src of ['data:image/svg+xml,<svg onload=alert(1)>', 'javascript:alert(1)', 'JavaScript:alert(1)', 'blob:https://evil.example/1']) {
      const answer = await postGuide(stack, withContent([{ type: 'image', src, alt: '' }]));
      expect(answer.status, src).toBe(400);
      expect(answer.message).toMatch(/src/);
    }
    for (const brandColor of ['red;background:url(https://evil.example/)', 'url(https://evil.example/)', 'expression(alert(1))', '#fff']) {
      const answer = await postGuide(stack, { ...tour, name: 'rejected', theme: { brandColor, radius: 8 } });
      expect(answer.status, brandColor).toBe(400);
      expect(answer.message).toMatch(/brandColor/);
    }
    for (const content of ['<b>raw</b>', [{ type: 'html', html: PAYLOAD }], [{ type: 'paragraph', children: [{ type: 'html', html: PAYLOAD }] }]]) {
      expect((await postGuide(stack, withContent(content))).status).toBe(400);
    }
    // Nothing of that was saved.
    const list = (await (await fetch(`${stack.serverUrl}/api/v1/guides`, { headers: { authorization: `Bearer ${stack.secretKey}` } })).json()) as { guides: unknown[] };
    expect(list.guides).toEqual([]);
  });

  it('takes the payload as plain text everywhere else, and the help launcher refuses an unsafe contact link', async () => {
    const { stack } = env;
    const api = adminApi(stack.serverUrl, stack.secretKey);
    ids.tour = (await api.createGuide(tour)).id;
    ids.hotspots = (await api.createGuide(hotspots)).id;
    ids.checklist = (await api.createGuide(checklist)).id;
    for (const id of Object.values(ids)) await api.publish(id);
    await api.createSegment({ name: PAYLOAD.slice(0, 100), audience: { match: 'all', conditions: [{ source: 'user', trait: 'plan', op: 'equals', value: PAYLOAD.slice(0, 100) }] } } as never);

    const console_ = consoleApi(stack.serverUrl);
    await console_.setup(OWNER.email, OWNER.name, OWNER.password);
    const launcherPath = `/projects/${stack.projectId}/help-launcher`;
    for (const contactHref of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '\u200bjavascript:alert(1)']) {
      const refused = await console_.call<{ error: { message: string } }>('PUT', launcherPath, { enabled: true, buttonLabel: 'x', panelTitle: 'x', contactHref });
      expect(refused.status, contactHref).toBe(400);
      expect(refused.body.error.message).toMatch(/contactHref/);
    }
    const saved = await console_.call('PUT', launcherPath, { enabled: true, buttonLabel: SHORT_PAYLOAD, panelTitle: SHORT_PAYLOAD, contactHref: SAFE_LINK.replace(/[<>'()]/g, encodeURIComponent) });
    expect(saved.status).toBe(200);
  });

  it('shows every kind of guide and the help launcher in the demo app with nothing running', async () => {
    const { stack, browser } = env;
    const dialogs: string[] = [];
    const { context, page } = await signInAsEndUser(browser, stack.demoUrl, 'xss@acme.example', {
      prepare: async (ctx) => void ctx.on('page', (p) => p.on('dialog', (d) => recordDialog(dialogs, d))),
    });
    const step = page.getByRole('dialog', { name: PAYLOAD }).first();
    await step.waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: PAYLOAD }).first().waitFor();
    await page.waitForTimeout(500);
    await expectInert(page, dialogs, 8);
    await hostShot(page, 'xss-demo-modal');

    await step.getByRole('button', { name: 'Next' }).click();
    await page.waitForTimeout(500);
    await expectInert(page, dialogs, 5);
    await hostShot(page, 'xss-demo-tooltip');
    // With this much text the tooltip is taller than the room below its target (pointer clicks race
    // its repositioning as the page scrolls): a keyboard user moves on the same way.
    await page.getByRole('dialog', { name: PAYLOAD }).first().getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await expectInert(page, dialogs, 2);
    await hostShot(page, 'xss-demo-banner');
    // Finishing the tour takes the banner (drawn above the launcher it covers) away.
    await page.locator('.banner').getByRole('button', { name: 'Done' }).click();
    await page.locator('.banner').waitFor({ state: 'detached' });

    // The hotspot's tooltip, then the launcher's panel with its contact link.
    // The checklist panel (the payload makes it tall) covers the beacon: keyboard focus opens it too.
    await page.getByRole('button', { name: PAYLOAD }).first().focus();
    await page.waitForTimeout(400);
    await expectInert(page, dialogs, 3);
    await page.mouse.move(640, 400);
    await page.getByRole('button', { name: SHORT_PAYLOAD }).click();
    await page.getByRole('searchbox').or(page.getByRole('combobox')).first().fill('zzzz nothing matches');
    const contact = page.locator('shirube-ui .none a');
    await contact.waitFor();
    expect(await contact.evaluate((a) => (a as HTMLAnchorElement).protocol)).toBe('https:');
    await expectInert(page, dialogs, 2);
    await hostShot(page, 'xss-demo-launcher');
    await context.close();
  });

  it('shows the same content in the console (guide list, editor with preview, analytics, segments, launcher settings) with nothing running', async () => {
    const { stack, browser } = env;
    const dialogs: string[] = [];
    const { context, page } = await signInToConsole(browser, stack.serverUrl, OWNER, { hash: `#/p/${stack.projectId}/guides` });
    page.on('dialog', (d) => recordDialog(dialogs, d));
    const visit = async (hash: string, shot: string, shown: number) => {
      await page.goto(`${stack.serverUrl}/${hash}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(600);
      await expectInert(page, dialogs, shown);
      await hostShot(page, shot);
    };
    const p = `#/p/${stack.projectId}`;
    await visit(`${p}/guides`, 'xss-console-guides', 3);
    await visit(`${p}/guides/${ids.tour}`, 'xss-console-editor', 2);
    await visit(`${p}/guides/${ids.hotspots}`, 'xss-console-editor-hotspot', 2);
    await visit(`${p}/guides/${ids.checklist}`, 'xss-console-editor-checklist', 2);
    await visit(`${p}/guides/${ids.tour}/analytics`, 'xss-console-analytics', 1);
    await visit(`${p}/segments`, 'xss-console-segments', 1);
    await visit(`${p}/settings`, 'xss-console-settings', 1);
    await context.close();
  });
});
