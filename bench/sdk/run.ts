import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GuideInput } from '@shirube/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { adminApi } from '../../e2e/support/admin-api.js';
import { launchBrowser } from '../../e2e/support/browser.js';
import { signInAsEndUser } from '../../e2e/support/demo-user.js';
import { churn, longest } from '../../e2e/support/dom-churn.js';
import { startStack } from '../../e2e/support/stack.js';
import { firstStepInitScript, nameHelperInitScript, VISIBLE_MESSAGE, type PageMarks } from './page-marks.js';
import { sdkTasks } from './sdk-tasks.js';

// SDK benchmark: time from the script running to its first step on screen with a cached
// configuration, the longest task the SDK causes on a heavy page, and the loader's gzip size.
// Needs built bundles (pnpm build). Usage: tsx sdk/run.ts [--reloads 20]
const at = process.argv.indexOf('--reloads');
const RELOADS = at > 0 ? Number(process.argv[at + 1]) : 20;
const STEP_TITLE = 'Create your first report';
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

const oneStep: GuideInput = {
  name: 'New report tip',
  displayRules: { urlPatterns: ['/'] },
  steps: [
    {
      id: 'new-report',
      kind: 'tooltip',
      title: STEP_TITLE,
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' }, text: 'New report' },
      content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Start here to claim a taxi fare, a train ticket or a client dinner.' }] }],
    },
  ],
};

/** A sign-in `prepare` that adds an init script to the new context. */
const withInitScript = (script: { content: string }) => async (context: BrowserContext) => {
  await context.addInitScript(script);
};

/** The page's marks once the step is visible (fails after 15 s). */
async function marksWhenVisible(page: Page): Promise<PageMarks> {
  await page.waitForFunction(() => (window as unknown as { __shirubeBench?: PageMarks }).__shirubeBench?.dialogVisible != null, null, { timeout: 15_000 });
  return page.evaluate(() => (window as unknown as { __shirubeBench: PageMarks }).__shirubeBench);
}

/**
 * Reloads the page and resolves with its marks once the step is visible (fails after 15 s). It waits
 * for the init script's console message: polling the page (`waitForFunction`) would run Playwright's
 * own script in it, on the main thread, while the SDK starts.
 */
async function reloadUntilVisible(page: Page): Promise<PageMarks> {
  const visible = page.waitForEvent('console', { predicate: (message) => message.text() === VISIBLE_MESSAGE, timeout: 15_000 });
  await page.reload();
  await visible;
  return page.evaluate(() => (window as unknown as { __shirubeBench: PageMarks }).__shirubeBench);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Reloads a warmed page `RELOADS` times; returns script start -> step visible for each, sorted. */
async function firstStepTimes(browser: Browser, demoUrl: string): Promise<number[]> {
  const { context, page } = await signInAsEndUser(browser, demoUrl, 'bench-first-step@acme.example', { prepare: withInitScript(firstStepInitScript) });
  // The first visit fetches the guides (kept in IndexedDB) and the UI bundle (kept in the HTTP cache).
  await marksWhenVisible(page);
  const times: number[] = [];
  const attached: number[] = [];
  const phases: Record<'ready' | 'targetRendered' | 'uiLoaded', number[]> = { ready: [], targetRendered: [], uiLoaded: [] };
  for (let i = 0; i < RELOADS; i++) {
    const marks = await reloadUntilVisible(page);
    if (marks.scriptStart === null) throw new Error('the Shirube script never read document.currentScript: is the page embedding it?');
    times.push(marks.dialogVisible! - marks.scriptStart);
    attached.push(marks.dialogAttached! - marks.scriptStart);
    phases.ready.push(marks.ready! - marks.scriptStart);
    phases.targetRendered.push(marks.targetRendered! - marks.scriptStart);
    const ui = await page.evaluate(() => performance.getEntriesByType('resource').find((e): e is PerformanceResourceTiming => /shirube-ui\./.test(e.name))?.responseEnd ?? NaN);
    phases.uiLoaded.push(ui - marks.scriptStart);
  }
  await context.close();
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50).toFixed(1);
  console.log(`after the script starts (medians): shirube:ready ${median(phases.ready)} ms, the app renders the target ${median(phases.targetRendered)} ms, UI bundle received ${median(phases.uiLoaded)} ms`);
  attached.sort((a, b) => a - b);
  console.log(`dialog attached after the script starts: median ${percentile(attached, 50).toFixed(1)} ms, p95 ${percentile(attached, 95).toFixed(1)} ms`);
  return times.sort((a, b) => a - b);
}

/** The 10,000-element churn page with and without the SDK; the SDK's tasks from a trace of the run with it. */
async function heavyPage(browser: Browser, demoUrl: string): Promise<number> {
  const control = await signInAsEndUser(browser, demoUrl, 'bench-control@acme.example', { withoutSdk: true, prepare: withInitScript(nameHelperInitScript) });
  await control.page.getByTestId('new-report').waitFor();
  const without = await churn(control.page);
  await control.context.close();

  const shown = await signInAsEndUser(browser, demoUrl, 'bench-heavy@acme.example', { prepare: withInitScript(firstStepInitScript) });
  await marksWhenVisible(shown.page);
  await browser.startTracing(shown.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  // The SDK's start on a page that already holds the 10,000 elements is part of the run too.
  await reloadUntilVisible(shown.page);
  const withSdk = await churn(shown.page);
  const traceText = (await browser.stopTracing()).toString('utf8');
  if (process.env.BENCH_TRACE) (await import('node:fs')).writeFileSync(process.env.BENCH_TRACE, traceText);
  const trace = sdkTasks(traceText);
  await shown.context.close();

  console.log(`heavy page, longest task: ${longest(withSdk.longTasks)} ms with the SDK, ${longest(without.longTasks)} ms without; long tasks ${withSdk.longTasks.length} with, ${without.longTasks.length} without; ${withSdk.mutations} mutations`);
  console.log(`heavy page, Shirube script time in a long animation frame: at most ${longest(withSdk.sdkScriptMs)} ms (${withSdk.sdkScriptMs.length} frames)`);
  const sdkMs = trace.sdkPerTask;
  console.log(
    `heavy page, traced: Shirube ran in ${sdkMs.length} tasks, its time per task median ${(sdkMs[Math.floor(sdkMs.length / 2)] ?? 0).toFixed(2)} ms, max ${(sdkMs[0] ?? 0).toFixed(1)} ms ` +
      `(that task ${trace.longestTaskWithSdk.toFixed(1)} ms in all, its largest part ${trace.largestSdkWork}); the page's longest task ${trace.longestTask.toFixed(1)} ms`,
  );
  return sdkMs[0] ?? 0;
}

/** The `sdk` figure of packages/sdk/scripts/size.ts: the loader's gzip size. */
function loaderGzipBytes(): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/size.ts', '--warn'], { cwd: join(repoRoot, 'packages/sdk'), encoding: 'utf8' });
  console.log(out.trim());
  const match = /^sdk: (\d+) bytes gzip$/m.exec(out);
  if (!match) throw new Error(`no sdk size in:\n${out}`);
  return Number(match[1]);
}

const bytes = loaderGzipBytes();
const stack = await startStack();
const browser = await launchBrowser();
try {
  const admin = adminApi(stack.serverUrl, stack.secretKey);
  await admin.publish((await admin.createGuide(oneStep)).id);
  const times = await firstStepTimes(browser, stack.demoUrl);
  const median = percentile(times, 50);
  console.log(`first step visible after the script starts (${RELOADS} reloads, cached): median ${median.toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  const longestSdkTask = await heavyPage(browser, stack.demoUrl);
  console.log(`sdk: first step ${Math.round(median)} ms, longest task ${Math.round(longestSdkTask)} ms, ${bytes} bytes gzip`);
} finally {
  await browser.close();
  await stack.stop();
}
