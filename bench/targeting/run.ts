/**
 * Targeting benchmark: captures the marked element of every corpus case on its `before` page with
 * ShirubeLocator and with a @medv/finder CSS selector (the baseline), finds it again on the
 * `after` page with both, and reports how each did. Then times findTarget on a 5,000-element page.
 *
 *   tsx bench/targeting/run.ts [--build | --locator PATH] [--corpus main|holdout]
 *
 * By default it measures packages/sdk/dist/locator.js, building it when missing; `--build`
 * rebuilds it first (what `pnpm bench:targeting` does), `--locator PATH` measures another build of
 * the same API instead, e.g. one made from an older commit, for a before/after comparison.
 * `--corpus holdout` runs the independent holdout set in holdout/ instead of the main corpus.
 *
 * The last line is `targeting: found A/B (P%), wrong W, correct-null C/D` for our locator. Exits 0
 * whatever the scores; non-zero only when the benchmark itself cannot run (no browser, no bundle).
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser.js';
import { loadScripts, type LocatorSource, type Scripts } from './bundles.js';
import { CORPUS, expectsNull, type BenchCase } from './corpus/index.js';
import { HOLDOUT } from './holdout/index.js';
import { tally, targetingLine, type CaseResult } from './outcome.js';
import { describeResult, failureLines, familyLines, figureLines } from './report.js';
import { VIEWPORT, createPageSlot, runCase, withTimeout } from './run-case.js';
import { measureSpeed, speedLine } from './speed.js';

/** Per locator per case; a normal pass takes well under a second. */
const CASE_TIMEOUT_MS = 10_000;
/** Cases not started within this budget are reported as errors rather than run. */
const CORPUS_BUDGET_MS = 4 * 60_000;
/** Last resort if something hangs past every per-step timeout. */
const HARD_LIMIT_MS = 8 * 60_000;

function print(lines: readonly string[] = []): void {
  for (const line of lines) process.stdout.write(`${line}\n`);
}

/** The case sets `--corpus` can pick; `main` is the default. */
const CORPORA: Record<string, readonly BenchCase[]> = { main: CORPUS, holdout: HOLDOUT };

function corpusName(args: readonly string[]): string {
  const at = args.indexOf('--corpus');
  if (at === -1) return 'main';
  const name = args[at + 1];
  if (!name || !(name in CORPORA)) throw new Error(`--corpus needs one of: ${Object.keys(CORPORA).join(', ')}`);
  return name;
}

async function runCorpus(browser: Browser, scripts: Scripts, cases: readonly BenchCase[]): Promise<CaseResult[]> {
  const started = Date.now();
  const context = await browser.newContext({ viewport: VIEWPORT });
  const slot = createPageSlot(context);
  const results: CaseResult[] = [];
  for (const c of cases) {
    if (Date.now() - started > CORPUS_BUDGET_MS) {
      const skipped = { kind: 'error', message: 'skipped: corpus time budget spent' } as const;
      results.push({ id: c.id, family: c.family, expectsNull: expectsNull(c), ours: skipped, baseline: skipped });
      continue;
    }
    results.push(await runCase(slot, c, scripts, CASE_TIMEOUT_MS));
  }
  await withTimeout(context.close(), 5_000, 'context close timed out').catch(() => undefined);
  return results;
}

function locatorSource(args: readonly string[]): LocatorSource {
  const at = args.indexOf('--locator');
  if (at === -1) return { kind: 'sdk', rebuild: args.includes('--build') };
  const path = args[at + 1];
  if (!path) throw new Error('--locator needs a path to a locator bundle');
  return { kind: 'file', path: resolve(path) };
}

async function main(): Promise<number> {
  const hardLimit = setTimeout(() => {
    process.stderr.write(`bench: still running after ${HARD_LIMIT_MS / 60_000} minutes, giving up\n`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardLimit.unref();

  let name: string;
  try {
    name = corpusName(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const cases = CORPORA[name]!;

  let scripts: Scripts;
  try {
    scripts = await loadScripts(locatorSource(process.argv.slice(2)));
  } catch (error) {
    process.stderr.write(`bench: cannot prepare the scripts: ${String(error)}\n`);
    return 1;
  }
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    process.stderr.write(`bench: cannot start Chromium: ${String(error)}\n`);
    return 1;
  }

  try {
    const started = Date.now();
    const built = `${scripts.locatorPath} (built ${scripts.locatorBuiltAt.toISOString()})`;
    process.stderr.write(`bench: ${cases.length} cases (${name} corpus) against ${built}\n`);
    const results = await runCorpus(browser, scripts, cases);
    const speed = await measureSpeed(browser, scripts).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    print(['', `Targeting benchmark${name === 'main' ? '' : ` (${name} corpus)`}: ${results.length} cases, Chromium ${browser.version()}, ${seconds} s`, `locator: ${built}`]);
    print(['', 'Failures (ours or baseline):', ...failureLines(results)]);
    print(['', 'Per family:', ...familyLines(results)]);
    print(['', ...figureLines(results), '']);
    if (speed instanceof Error) {
      print([`findTarget: timing failed: ${speed.message}`]);
    } else {
      if (speed.misses > 0) {
        print([`findTarget: ${speed.misses} of the timed runs did not return the target (first run: ${describeResult(false, speed.first)})`]);
      }
      print([speedLine(speed)]);
    }
    print([targetingLine(tally(results, (r) => r.ours))]);
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

process.exitCode = await main();
