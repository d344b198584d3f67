import { beforeAll, describe, expect, it } from 'vitest';
import { collectCspViolations, violations } from '../support/csp-violations.js';
import { signInAsEndUser } from '../support/demo-user.js';
import { hostShot, useHostGuidesStack, waitForHostGuides } from '../support/host-guides.js';

describe('a host page with script-src self, style-src self and Trusted Types required', () => {
  const env = useHostGuidesStack();
  let strictUrl: string;

  beforeAll(async () => {
    strictUrl = await env.stack.startDemo(1, { sameOriginSdk: true, policy: 'trusted-types' });
  });

  it('shows a walkthrough, a hotspot and a checklist with zero CSP violations', async () => {
    const sdkFiles: string[] = [];
    const { context, page } = await signInAsEndUser(env.browser, strictUrl, 'tomo@acme.example', {
      prepare: async (ctx) => {
        await collectCspViolations(ctx);
        ctx.on('request', (request) => request.url().includes('/sdk/') && sdkFiles.push(request.url()));
      },
    });
    const policy = (await page.request.get(page.url())).headers()['content-security-policy'];
    expect(policy).toContain("script-src 'self'; style-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'; trusted-types shirube");

    const { tooltip, beacon, checklist } = await waitForHostGuides(page);
    // Everything Shirube loaded and called came from the page's own origin.
    expect(sdkFiles.length).toBeGreaterThan(0);
    expect(sdkFiles.every((url) => url.startsWith(`${strictUrl}/sdk/`))).toBe(true);
    expect(sdkFiles.some((url) => /shirube-ui\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    // The constructed stylesheets applied: the tooltip's primary button wears the guide's colour.
    expect(await tooltip.getByRole('button', { name: 'Next' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');

    await beacon.hover();
    await page.getByRole('dialog', { name: 'Your reports' }).waitFor();
    await checklist.click();
    await page.getByRole('heading', { name: 'Get started with Keihi' }).waitFor();
    await hostShot(page, 'host-csp-trusted-types');
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('dialog', { name: 'That is all' }).waitFor();
    expect(await violations(page)).toEqual([]);

    // The policy is really enforced, and violations are really collected: a string into a script sink is refused.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('script').src = '/sdk/shirube.js';
        return 'accepted';
      } catch {
        return 'refused';
      }
    });
    expect(refused).toBe('refused');
    expect((await violations(page)).map((v) => v.split(' ')[0])).toEqual(['require-trusted-types-for']);
    await context.close();
  });
});
