import { describe, expect, it } from 'vitest';
import { signInAsEndUser } from '../support/demo-user.js';
import { churn, longest, MUTATIONS_PER_SECOND, RUN_MS, type RunReport } from '../support/dom-churn.js';
import { expectPinned } from '../support/hotspot-checks.js';
import { hostShot, useHostGuidesStack, waitForHostGuides } from '../support/host-guides.js';
import { expectAnchoredTo } from '../support/tooltip-checks.js';

describe('a page with 10,000 elements and 1,000 DOM mutations a second', () => {
  const env = useHostGuidesStack();

  it('shows a tooltip, a hotspot and a checklist throughout without causing long tasks', async () => {
    let run = 0;
    /** One run without the SDK (the control) and one with it, each on a fresh page. */
    const measure = async () => {
      run++;
      const control = await signInAsEndUser(env.browser, env.stack.demoUrl, `bench-${run}a@acme.example`, { withoutSdk: true });
      await control.page.getByTestId('new-report').waitFor();
      const without = await churn(control.page);
      await control.context.close();
      const shown = await signInAsEndUser(env.browser, env.stack.demoUrl, `bench-${run}b@acme.example`);
      const guides = await waitForHostGuides(shown.page);
      return { without, withSdk: await churn(shown.page), shown, guides };
    };
    let { without, withSdk, shown, guides } = await measure();
    const tooSlow = () => longest(withSdk.longTasks) >= Math.max(50, longest(without.longTasks) + 10);
    const oursTooSlow = () => longest(withSdk.sdkScriptMs) >= 50;
    // Other work may share these two cores: a long task, or a frame where our scripts took long, may
    // be the machine (a collection, another process), not the page. Measured again (up to three runs),
    // the best of each side counts; a slowdown of ours shows up every time.
    while ((tooSlow() || oursTooSlow()) && run < 3) {
      console.log(
        `run ${run}: longest task with SDK ${longest(withSdk.longTasks)} ms (without: ${longest(without.longTasks)} ms), ` +
          `Shirube script in a long frame ${longest(withSdk.sdkScriptMs)} ms; measuring again`,
      );
      await shown.context.close();
      const again = await measure();
      const best = (a: RunReport, b: RunReport) => (longest(a.longTasks) <= longest(b.longTasks) ? a : b);
      const worstOfOurs = (r: RunReport) => Math.max(longest(r.longTasks), longest(r.sdkScriptMs));
      without = best(without, again.without);
      withSdk = worstOfOurs(withSdk) <= worstOfOurs(again.withSdk) ? withSdk : again.withSdk;
      ({ shown, guides } = again);
    }
    const { page, context } = shown;
    const { tooltip, beacon } = guides;
    console.log(
      `longest task with SDK: ${longest(withSdk.longTasks)} ms (without: ${longest(without.longTasks)} ms); ` +
        `long tasks ${withSdk.longTasks.length} (without: ${without.longTasks.length}); ` +
        `Shirube script time in a long frame at most ${longest(withSdk.sdkScriptMs)} ms; mutations ${withSdk.mutations}`,
    );
    expect(withSdk.mutations).toBeGreaterThanOrEqual(MUTATIONS_PER_SECOND * (RUN_MS / 1_000) * 0.9);
    // The SDK's own work never makes a long task: under 50 ms of its script in any frame...
    expect(longest(withSdk.sdkScriptMs)).toBeLessThan(50);
    // ...and the page as a whole has no long task over 50 ms that the same run without the SDK did not have.
    expect(tooSlow()).toBe(false);
    // Everything still shows, and still points where it should.
    await expectAnchoredTo(page, tooltip, page.getByTestId('new-report'));
    await expectPinned(beacon, page.getByTestId('nav-reports'));
    await hostShot(page, 'long-tasks-after-churn');
    await context.close();
  }, 240_000);
});
