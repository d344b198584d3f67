import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PublishedGuide } from '@shirube/schema';
import { type HealthReport, type StepReport, type StepStatus } from '../health/health-report.js';
import { openBrowserInspector, type OpenInspector } from '../health/page-inspector.js';
import { runHealthCheck } from '../health/run-health-check.js';
import { DEFAULT_SDK_DIR } from '../paths.js';
import type { CliIo } from './run-cli.js';
import { COMMAND_USAGE } from './usage.js';

/** What check-guides reaches outside itself through; tests pass their own. */
export interface CheckGuidesDeps {
  fetch: typeof fetch;
  openInspector: OpenInspector;
}

const USAGE = COMMAND_USAGE['check-guides'];

/** `shirube check-guides`: 0 when no step is broken, 1 when one is (or the check failed), 2 on bad usage. */
export async function runCheckGuides(argv: string[], io: CliIo, env: NodeJS.ProcessEnv, deps: CheckGuidesDeps = { fetch, openInspector: openBrowserInspector }): Promise<number> {
  const options = parseOptions(argv, env);
  if (typeof options === 'string') {
    io.err(`check-guides: ${options}\n\n${USAGE}`);
    return 2;
  }
  try {
    const guides = await fetchLiveGuides(deps.fetch, options.server, options.key);
    if (options.guide !== undefined && !guides.some((g) => g.id === options.guide)) throw new Error(`no published guide ${options.guide}`);
    const report = await runHealthCheck(
      guides,
      { baseUrl: options.baseUrl, examples: options.examples, ...(options.guide !== undefined ? { guideId: options.guide } : {}) },
      {
        locatorSource: await locatorSource(deps.fetch, options.server),
        // The app's own Shirube script is not loaded: no guide covers the page and no visit is counted.
        blockPrefixes: [new URL('/sdk/', options.server).href],
        timeoutMs: options.timeoutMs,
        ...(options.storageState !== undefined ? { storageState: options.storageState } : {}),
        ...(Object.keys(options.headers).length ? { headers: options.headers } : {}),
      },
      deps.openInspector,
    );
    io.out(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return report.broken > 0 ? 1 : 0;
  } catch (error) {
    io.err(`shirube check-guides failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

interface CheckOptions {
  server: string;
  key: string;
  baseUrl: string;
  guide?: string;
  examples: Record<string, string>;
  headers: Record<string, string>;
  storageState?: string;
  timeoutMs: number;
  json: boolean;
}

/** The parsed options, or what is wrong with them. */
function parseOptions(argv: string[], env: NodeJS.ProcessEnv): CheckOptions | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        server: { type: 'string' },
        key: { type: 'string' },
        'base-url': { type: 'string' },
        guide: { type: 'string' },
        page: { type: 'string', multiple: true },
        header: { type: 'string', multiple: true },
        'storage-state': { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return (error as Error).message;
  }
  const key = values.key ?? env.SHIRUBE_SECRET_KEY;
  if (!values.server || !isHttpUrl(values.server)) return '--server <url> must be an http(s) URL';
  if (!key) return '--key <secret key> is required (or set SHIRUBE_SECRET_KEY)';
  if (!values['base-url'] || !isHttpUrl(values['base-url'])) return '--base-url <url> must be an http(s) URL';
  const examples: Record<string, string> = {};
  for (const page of values.page ?? []) {
    const at = page.lastIndexOf('=');
    if (at < 1 || !page.slice(at + 1).startsWith('/')) return `--page ${page}: expected <pattern>=<path>, e.g. '/reports/*=/reports/42'`;
    examples[page.slice(0, at)] = page.slice(at + 1);
  }
  const headers: Record<string, string> = {};
  for (const header of values.header ?? []) {
    const at = header.indexOf(':');
    if (at < 1) return `--header ${header}: expected '<Name>: <value>'`;
    headers[header.slice(0, at).trim()] = header.slice(at + 1).trim();
  }
  const seconds = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) return '--timeout must be a number of seconds';
  return {
    server: values.server,
    key,
    baseUrl: values['base-url'],
    ...(values.guide !== undefined ? { guide: values.guide } : {}),
    examples,
    headers,
    // `pnpm --filter … cli` runs in apps/server: a relative file means where the command was typed.
    ...(values['storage-state'] !== undefined ? { storageState: resolve(env.INIT_CWD || process.cwd(), values['storage-state']) } : {}),
    timeoutMs: seconds * 1000,
    json: values.json === true,
  };
}

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The live version of every published guide, through the admin API. */
async function fetchLiveGuides(fetcher: typeof fetch, server: string, key: string): Promise<PublishedGuide[]> {
  const res = await fetcher(new URL('/api/v1/guides/live', server), { headers: { authorization: `Bearer ${key}` } }).catch((error: Error) => {
    const cause = (error.cause as { code?: string; message?: string } | undefined) ?? {};
    throw new Error(`${server} could not be reached (${cause.code ?? cause.message ?? error.message})`);
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(`${server} answered ${res.status}${body?.error?.message ? `: ${body.error.message}` : ''}`);
  }
  return ((await res.json()) as { guides: PublishedGuide[] }).guides;
}

/** The server's own locator bundle, so targets are found exactly as its SDK finds them; else the local build. */
async function locatorSource(fetcher: typeof fetch, server: string): Promise<string> {
  const res = await fetcher(new URL('/sdk/locator.js', server)).catch(() => null);
  if (res?.ok) return res.text();
  return readFile(join(DEFAULT_SDK_DIR, 'locator.js'), 'utf8').catch(() => {
    throw new Error(`no SDK locator: ${server}/sdk/locator.js is not served and ${DEFAULT_SDK_DIR} has no locator.js (run pnpm build)`);
  });
}

const LABEL: Record<StepStatus, string> = {
  ok: 'ok',
  missing: 'BROKEN',
  ambiguous: 'BROKEN',
  page_error: 'BROKEN',
  hidden: 'warning',
  unverified: 'warning',
  skipped: 'skipped',
};

/** Why a step got its status, in words. */
export function explainStep(step: StepReport): string {
  const redirect = step.redirectedTo ? ` (the page went to ${step.redirectedTo}; sign in with --storage-state or --header?)` : '';
  switch (step.status) {
    case 'ok':
      return 'found';
    case 'missing':
      return `no element matches the step's target any more${redirect}`;
    case 'ambiguous':
      return `several elements match the step's target equally well, so the guide shows nothing${redirect}`;
    case 'page_error':
      return `the page did not load: ${step.error ?? 'unknown error'}`;
    case 'hidden':
      return 'the element is on the page but hidden when it loads';
    case 'unverified':
      return "not on the page when it loads; it may appear after the previous step's click";
    case 'skipped':
      return step.skipReason === 'other_site'
        ? `its page (${step.patterns?.join(', ')}) is on another site than --base-url`
        : `its page (${step.patterns?.join(', ')}) has a wildcard: give an example with --page '<pattern>=<path>'`;
  }
}

/** The report as lines a person reads in a CI log. */
export function formatReport(report: HealthReport): string {
  const lines: string[] = [];
  let guideId: string | null = null;
  for (const step of report.steps) {
    if (step.guideId !== guideId) {
      guideId = step.guideId;
      lines.push('', `${step.guideName} (${step.guideId})`);
    }
    const page = step.url ? ` ${step.url}` : '';
    lines.push(`  ${LABEL[step.status].padEnd(8)} step ${step.stepIndex + 1} "${step.stepTitle}" [${step.stepId}]${page}: ${explainStep(step)}`);
  }
  const { counts } = report;
  const warnings = counts.hidden + counts.unverified;
  lines.push(
    '',
    `${report.steps.length} steps checked on ${report.baseUrl}: ${counts.ok} ok, ${report.broken} broken, ${warnings} warnings, ${counts.skipped} skipped.`,
  );
  if (report.steps.length === 0) lines.push('No published guide has a step with an element to check.');
  return lines.join('\n').trimStart();
}
