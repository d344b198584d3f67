import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainText, type GuideInput } from '@shirube/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeSite } from '../health/fake-site.js';
import type { InspectorOptions, OpenInspector } from '../health/page-inspector.js';
import { publishedGuide, setupTest, type TestContext } from '../test-support.js';
import { runCheckGuides } from './check-guides.js';

const SERVER = 'http://shirube.test';
const APP = 'https://app.example.com';

const step = (id: string, testid: string) => ({
  id, kind: 'tooltip' as const, title: `Step ${id}`, content: plainText(id), advance: 'next' as const, target: { v: 1 as const, tag: 'input', attrs: { 'data-testid': testid } },
});
const REPORT_GUIDE: GuideInput = { name: 'Create a report', displayRules: { urlPatterns: ['/reports/new'] }, steps: [step('title', 'report-title'), step('amount', 'report-amount')] };

let t: TestContext;
beforeEach(async () => {
  // The server's SDK build, whose locator the command fetches from /sdk/locator.js.
  const sdkDir = mkdtempSync(join(tmpdir(), 'shirube-sdk-'));
  writeFileSync(join(sdkDir, 'locator.js'), 'var ShirubeLocator = {};');
  t = await setupTest({ sdkDir });
});

async function check(args: string[], site: OpenInspector) {
  const out: string[] = [];
  const err: string[] = [];
  const fetcher = ((input: string | URL | Request, init?: RequestInit) => t.app.request(String(input), init)) as typeof fetch;
  const code = await runCheckGuides(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, {}, { fetch: fetcher, openInspector: site });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const BASIC = ['--server', SERVER, '--key', '', '--base-url', APP];
const args = (extra: string[] = []) => [...BASIC.map((a) => (a === '' ? t.project.secretKey : a)), ...extra];

describe('shirube check-guides', () => {
  it('passes when every step finds its element, and exits 1 naming a step whose target was removed', async () => {
    const { id } = await publishedGuide(t, REPORT_GUIDE);
    const ok = await check(args(), fakeSite({ '/reports/new': ['report-title', 'report-amount'] }));
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain('2 steps checked on https://app.example.com: 2 ok, 0 broken');

    const broken = await check(args(), fakeSite({ '/reports/new': ['report-title'] }));
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`Create a report (${id})`);
    expect(broken.out).toMatch(/BROKEN +step 2 "Step amount" \[amount\] https:\/\/app\.example\.com\/reports\/new: no element matches/);
    expect(broken.out).toMatch(/ok +step 1 "Step title"/);
  });

  it('prints JSON with --json, checks one guide with --guide, and keeps the SDK script from loading', async () => {
    await publishedGuide(t, REPORT_GUIDE);
    const other = await publishedGuide(t, { ...REPORT_GUIDE, name: 'Settings', displayRules: { urlPatterns: ['/settings'] } });
    const seen: InspectorOptions[] = [];
    const res = await check(args(['--guide', other.id, '--json', '--header', 'Authorization: Bearer abc']), fakeSite({ '/reports/new': ['report-title', 'report-amount'] }, seen));
    expect(res.code).toBe(1);
    const report = JSON.parse(res.out) as { broken: number; steps: Array<{ guideId: string; status: string; httpStatus: number }> };
    expect(report.steps.map((s) => [s.guideId, s.status, s.httpStatus])).toEqual([[other.id, 'page_error', 404], [other.id, 'page_error', 404]]);
    expect(seen[0]).toMatchObject({ headers: { Authorization: 'Bearer abc' }, blockPrefixes: [`${SERVER}/sdk/`], locatorSource: 'var ShirubeLocator = {};' });
  });

  it('skips a wildcard page until given an example with --page', async () => {
    await publishedGuide(t, { ...REPORT_GUIDE, displayRules: { urlPatterns: ['/reports/r-*'] } });
    const site = fakeSite({ '/reports/r-1': ['report-title', 'report-amount'] });
    const skipped = await check(args(), site);
    expect(skipped.code).toBe(0);
    expect(skipped.out).toContain("its page (/reports/r-*) has a wildcard: give an example with --page '<pattern>=<path>'");
    const checked = await check(args(['--page', '/reports/r-*=/reports/r-1']), site);
    expect(checked.out).toContain('2 ok, 0 broken, 0 warnings, 0 skipped');
  });

  it('refuses missing or bad options with usage (exit 2), and a wrong key or guide or an unreachable server with exit 1', async () => {
    const site = fakeSite({});
    let said = '';
    expect((await check(['--server', SERVER], site)).code).toBe(2);
    const noBase = await check(['--server', SERVER, '--key', 'k'], site);
    expect(noBase.err).toContain('--base-url <url> must be an http(s) URL');
    expect((await check(args(['--page', 'reports']), site)).err).toContain("expected <pattern>=<path>");
    expect((await check(args(['--header', 'nocolon']), site)).err).toContain("expected '<Name>: <value>'");
    expect((await check(args(['--timeout', 'soon']), site)).code).toBe(2);
    const wrongKey = await check(['--server', SERVER, '--key', 'sk_wrong', '--base-url', APP], site);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.err).toContain('answered 401');
    expect((await check(args(['--guide', 'nope']), site)).err).toContain('no published guide nope');
    const unreachable = await runCheckGuides(['--server', 'http://127.0.0.1:9', '--key', 'k', '--base-url', APP], { out: () => undefined, err: (l) => (said = l) }, {}, { fetch, openInspector: site });
    expect(unreachable).toBe(1);
    expect(said).toMatch(/^shirube check-guides failed: http:\/\/127\.0\.0\.1:9 could not be reached \(/);
  });
});
