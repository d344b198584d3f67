import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts a scan fails on: what blocks or seriously hinders someone using assistive technology. */
const BLOCKING = ['serious', 'critical'];

/** A violation as the assertion message shows it. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** One selector path per offending node (`>>>` crosses into a shadow root), with what axe measured. */
  targets: string[];
}

export interface AxeScanOptions {
  /** A selector for what to scan (axe's `context`); the whole document, open shadow roots included, by default. */
  include?: string;
  /** Rules to skip, each with the reason in the caller's comment. */
  disableRules?: string[];
  /** The impacts to report; serious and critical by default. */
  impacts?: string[];
}

/**
 * Injects axe-core into the page (once per document) and runs it. The script goes in through
 * page.evaluate, which runs over the DevTools protocol and so is not subject to the page's nonce
 * CSP: no <script> tag is added and the page's policy stays as strict as in production. axe walks
 * open shadow roots itself, so the SDK's UI (an open root on <shirube-ui>) is scanned with the page.
 */
export async function axeScan(page: Page, options: AxeScanOptions = {}): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  // Handed back as JSON text: axe's result types are too deep for Playwright's serialisable-type check.
  const json = await page.evaluate(
    async ({ include, disableRules }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const results = await axe.run(include ?? document, { resultTypes: ['violations'], rules });
      return JSON.stringify(results.violations);
    },
    { include: (options.include ?? null) as string | null, disableRules: options.disableRules ?? [] },
  );
  const violations = JSON.parse(json) as Result[];
  const impacts = options.impacts ?? BLOCKING;
  return violations.filter((v: Result) => v.impact && impacts.includes(v.impact)).map(toFinding);
}

function toFinding(violation: Result): AxeFinding {
  return {
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => {
      const where = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' | ');
      // What axe measured (e.g. the contrast ratio and both colours), when it says.
      const detail = [...node.any, ...node.all][0]?.message;
      return detail ? `${where} — ${detail}` : where;
    }),
  };
}

/** The findings as a list a developer can act on: rule, impact, what it means, and where. */
export function describeFindings(where: string, findings: AxeFinding[]): string {
  const lines = findings.map((f) => `  - ${f.id} (${f.impact}): ${f.help} [${f.helpUrl}]\n${f.targets.map((t) => `      at ${t}`).join('\n')}`);
  return `${findings.length} serious/critical accessibility violation(s) on ${where}:\n${lines.join('\n')}`;
}

/** Scans the page and fails with the list of serious/critical violations, if any. */
export async function expectAccessible(page: Page, where: string, options?: AxeScanOptions): Promise<void> {
  const findings = await axeScan(page, options);
  if (findings.length > 0) throw new Error(describeFindings(where, findings));
}
