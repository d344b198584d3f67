import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInAsEndUser } from '../support/demo-user.js';
import { hostShot, useHostGuidesStack, waitForHostGuides } from '../support/host-guides.js';
import { sdkFootprint, trackSdkFootprint } from '../support/sdk-footprint.js';

type ShirubeGlobal = { Shirube: { destroy(): void; track(name: string): void } };

/** The window's own enumerable keys once the app has settled. */
const windowKeys = (page: Page) => page.evaluate(() => Object.keys(window).sort());

/** Adds the SDK's script tag again, the way a second copy of the snippet would (with the page's nonce). */
const loadScriptAgain = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const first = document.querySelector<HTMLScriptElement>('script[data-project-key]')!;
        const again = document.createElement('script');
        again.src = first.src;
        again.dataset.projectKey = first.dataset.projectKey!;
        again.nonce = first.nonce;
        again.onload = () => resolve();
        again.onerror = () => reject(new Error('the second copy did not load'));
        document.head.appendChild(again);
      }),
  );

/** How the Shirube server misbehaves for every SDK API call in one run. */
type Failure = 'answers 500' | 'answers HTML' | 'answers JSON of the wrong shape' | 'never answers';

describe('the SDK as a guest on the host page', () => {
  const env = useHostGuidesStack();

  it('adds exactly one global, Shirube', async () => {
    const without = await signInAsEndUser(env.browser, env.stack.demoUrl, 'nao@acme.example', { withoutSdk: true });
    await without.page.getByTestId('new-report').waitFor();
    const before = await windowKeys(without.page);
    await without.context.close();

    const { context, page } = await signInAsEndUser(env.browser, env.stack.demoUrl, 'nao@acme.example');
    await waitForHostGuides(page);
    const after = await windowKeys(page);
    expect(after.filter((key) => !before.includes(key))).toEqual(['Shirube']);
    expect(before.filter((key) => !after.includes(key))).toEqual([]);
    await context.close();
  });

  it('ignores a second copy of the script, and destroy() leaves no node, listener, observer or timer', async () => {
    const guideRequests: string[] = [];
    const { context, page } = await signInAsEndUser(env.browser, env.stack.demoUrl, 'kai@acme.example', {
      prepare: async (ctx) => {
        await trackSdkFootprint(ctx);
        ctx.on('request', (request) => /\/sdk\/v1\/guides/.test(request.url()) && guideRequests.push(request.url()));
      },
    });
    const { tooltip, beacon } = await waitForHostGuides(page);
    await beacon.hover();
    await page.getByRole('dialog', { name: 'Your reports' }).waitFor();
    // While showing, the footprint tracker sees the SDK's work (so an empty one later means something).
    const showing = await sdkFootprint(page);
    expect(showing.listeners.length).toBeGreaterThan(0);
    expect(showing.observers.length).toBeGreaterThan(0);

    const requestsBefore = guideRequests.length;
    await page.evaluate(() => Object.defineProperty(window, '__firstShirube', { value: (window as unknown as ShirubeGlobal).Shirube, enumerable: false }));
    await loadScriptAgain(page);
    await page.waitForTimeout(1_000);
    expect(await page.locator('shirube-ui').count()).toBe(1);
    expect(await page.getByRole('dialog', { name: 'Create your first report' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Your reports' }).count()).toBe(1);
    expect(guideRequests.length).toBe(requestsBefore);
    expect(await page.evaluate(() => (window as unknown as ShirubeGlobal & { __firstShirube: unknown }).Shirube === (window as unknown as { __firstShirube: unknown }).__firstShirube)).toBe(true);
    await tooltip.waitFor();

    await page.evaluate(() => (window as unknown as ShirubeGlobal).Shirube.destroy());
    // Long enough for anything already queued (a 0 ms route check, a throttled re-check) to have run.
    await page.waitForTimeout(1_500);
    expect(await page.locator('shirube-ui').count()).toBe(0);
    expect(await sdkFootprint(page)).toEqual({ listeners: [], observers: [], timers: [] });
    expect(await page.evaluate(() => [history.pushState, history.replaceState].map((fn) => /\[native code\]/.test(String(fn))))).toEqual([true, true]);
    // Calls after destroy are harmless, and the page goes on working without the SDK.
    await page.evaluate(() => (window as unknown as ShirubeGlobal).Shirube.track('after_destroy'));
    await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL(`${env.stack.demoUrl}/reports`);
    await page.waitForTimeout(500);
    expect(await page.locator('shirube-ui').count()).toBe(0);
    expect(await sdkFootprint(page)).toEqual({ listeners: [], observers: [], timers: [] });
    await context.close();
  });

  it.each<Failure>(['answers 500', 'answers HTML', 'answers JSON of the wrong shape', 'never answers'])(
    'when the server %s and IndexedDB throws: no page error, no unhandled rejection, the app stays clickable',
    async (failure) => {
      const errors: string[] = [];
      const { context, page } = await signInAsEndUser(env.browser, env.stack.demoUrl, 'yui@acme.example', {
        prepare: async (ctx) => {
          await ctx.addInitScript(() => {
            const rejections: string[] = [];
            Object.defineProperty(window, '__rejections', { value: rejections, enumerable: false });
            window.addEventListener('unhandledrejection', (event) => rejections.push(String(event.reason)));
            // Storage that fails outright: private modes and locked-down browsers do this.
            indexedDB.open = () => {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            };
          });
          await ctx.route('**/sdk/v1/**', (route) => {
            if (failure === 'never answers') return;
            if (failure === 'answers 500') return void route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"internal","message":"boom"}}' });
            if (failure === 'answers HTML') return void route.fulfill({ status: 200, contentType: 'application/json', body: '<html><body>Gateway</body></html>' });
            return void route.fulfill({
              status: 200,
              contentType: 'application/json',
              body: JSON.stringify({ guides: [{ id: 7, steps: 'no', theme: null }, null, 'x'], segments: 'none', launcher: 42, checklists: { a: 1 }, versions: [null] }),
            });
          });
          ctx.on('page', (p) => p.on('pageerror', (error) => errors.push(error.message)));
        },
      });
      await page.waitForTimeout(1_500);
      // The public API answers as documented and throws nothing.
      const answers = await page.evaluate(async () => {
        const s = (window as unknown as { Shirube: Record<string, (...args: unknown[]) => unknown> }).Shirube;
        const results: unknown[] = [];
        results.push(s.identify!('user-1', { plan: 'pro' }), s.track!('report_exported', { n: 1 }), s.reset!(), s.identify!(undefined), s.track!(42));
        const soon = <T,>(promise: unknown) => Promise.race([promise as Promise<T>, new Promise((r) => setTimeout(() => r('still waiting'), 2_000))]);
        results.push(await soon(s.start!('not-a-guide')), await soon(s.flush!()));
        return results;
      });
      expect(answers.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
      expect([false, 'still waiting']).toContain(answers[5]);

      // Navigate and click through the app.
      await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
      await page.waitForURL(`${env.stack.demoUrl}/reports`);
      await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
      await page.waitForURL(`${env.stack.demoUrl}/settings`);
      await page.goBack();
      await page.waitForURL(`${env.stack.demoUrl}/reports`);
      await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
      await page.getByTestId('new-report').click();
      await page.waitForURL(`${env.stack.demoUrl}/reports/new`);
      await page.waitForTimeout(1_000);
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections)).toEqual([]);
      // Nothing of ours covers the page.
      expect(await page.locator('shirube-ui').count()).toBe(0);
      if (failure === 'answers 500') await hostShot(page, 'host-server-failing');
      await context.close();
    },
  );
});
