import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainText, type GuideInput } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { setupConsole, type ConsoleTestContext } from '../console/console-test-support.js';
import { errorOf } from '../test-support.js';
import { fakeSite } from './fake-site.js';
import type { HealthCheck } from './health-checks.repo.js';
import { STALE_CHECK_MS, startHealthCheck } from './health-checks.repo.js';
import type { InspectorOptions, OpenInspector } from './page-inspector.js';

const APP = 'https://app.example.com';
const step = (id: string, testid: string) => ({
  id, kind: 'tooltip' as const, title: `Step ${id}`, content: plainText(id), advance: 'next' as const, target: { v: 1 as const, tag: 'input', attrs: { 'data-testid': testid } },
});
const REPORT_GUIDE: GuideInput = { name: 'Create a report', displayRules: { urlPatterns: ['/reports/new'] }, steps: [step('title', 'report-title'), step('amount', 'report-amount')] };

/** A console whose project allows the app's origin, with the report guide published, and a built locator. */
async function setup(openInspector: OpenInspector) {
  const sdkDir = mkdtempSync(join(tmpdir(), 'shirube-sdk-'));
  writeFileSync(join(sdkDir, 'locator.js'), 'var ShirubeLocator = {};');
  const t = await setupConsole({ openInspector, sdkDir });
  const projectId = t.project.project.id;
  await t.call(t.owner, 'PATCH', `/projects/${projectId}`, { sdkOrigins: [APP] });
  const guide = (await (await t.call(t.editor, 'POST', `/projects/${projectId}/guides`, REPORT_GUIDE)).json()) as { id: string };
  await t.call(t.editor, 'POST', `/projects/${projectId}/guides/${guide.id}/publish`);
  const path = `/projects/${projectId}/health-checks`;
  return { t, projectId, guideId: guide.id, path, start: (body: unknown) => t.call(t.editor, 'POST', path, body) };
}

async function finished(t: ConsoleTestContext, path: string, id: string): Promise<HealthCheck> {
  for (let i = 0; i < 200; i++) {
    const { check } = (await (await t.call(t.viewer, 'GET', `${path}/${id}`)).json()) as { check: HealthCheck };
    if (check.status !== 'running') return check;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the check did not finish');
}

const countRows = async (t: ConsoleTestContext) => (await t.db.selectFrom('health_checks').selectAll().execute()).length;

describe('guide health checks in the console', () => {
  it('runs in the background, flags the step whose target was removed, and keeps the result as the latest', async () => {
    const seen: InspectorOptions[] = [];
    const { t, path, guideId } = await setup(fakeSite({ '/reports/new': ['report-title'] }, seen));
    const before = (await (await t.call(t.viewer, 'GET', `${path}/latest`)).json()) as { check: null; appUrls: string[] };
    expect(before).toEqual({ check: null, appUrls: [APP] });

    const res = await t.call(t.editor, 'POST', path, { baseUrl: `${APP}/` });
    expect(res.status).toBe(202);
    const { check } = (await res.json()) as { check: HealthCheck };
    expect(check).toMatchObject({ status: 'running', baseUrl: `${APP}/`, guideId: null, report: null });

    const done = await finished(t, path, check.id);
    expect(done.status).toBe('done');
    expect(done.report?.broken).toBe(1);
    expect(done.report?.steps.map((s) => [s.guideId, s.stepId, s.status, s.url])).toEqual([
      [guideId, 'title', 'ok', `${APP}/reports/new`],
      [guideId, 'amount', 'missing', `${APP}/reports/new`],
    ]);
    // The app's own SDK, served by this server, is kept from loading in the checked pages.
    expect(seen[0]?.blockPrefixes).toEqual(['http://localhost/sdk/']);
    const latest = (await (await t.call(t.viewer, 'GET', `${path}/latest`)).json()) as { check: HealthCheck };
    expect(latest.check).toEqual(done);
  });

  it('runs one check at a time per project (409), and a check left running by a restart does not block', async () => {
    let open!: () => void;
    const { t, path, projectId } = await setup(fakeSite({ '/reports/new': ['report-title', 'report-amount'] }, [], new Promise<void>((resolve) => (open = resolve))));
    const first = (await (await t.call(t.editor, 'POST', path, { baseUrl: APP })).json()) as { check: HealthCheck };
    const second = await t.call(t.owner, 'POST', path, { baseUrl: APP });
    expect(second.status).toBe(409);
    expect((await errorOf(second)).code).toBe('check_running');
    expect(await countRows(t)).toBe(1);
    open();
    expect((await finished(t, path, first.check.id)).report?.broken).toBe(0);

    await startHealthCheck(t.db, { projectId, baseUrl: APP, guideId: null, startedBy: null }, Date.now() - STALE_CHECK_MS - 1);
    expect((await t.call(t.editor, 'POST', path, { baseUrl: APP })).status).toBe(202);
  });

  it('checks a wildcard page on the example given for it', async () => {
    const { t, path, projectId } = await setup(fakeSite({ '/reports/new': ['report-title', 'report-amount'], '/reports/r-7': ['report-title'] }));
    const wild = (await (await t.call(t.editor, 'POST', `/projects/${projectId}/guides`, { ...REPORT_GUIDE, name: 'Report page', displayRules: { urlPatterns: ['/reports/r-*'] } })).json()) as { id: string };
    await t.call(t.editor, 'POST', `/projects/${projectId}/guides/${wild.id}/publish`);
    const without = (await (await t.call(t.editor, 'POST', path, { baseUrl: APP })).json()) as { check: HealthCheck };
    const skipped = (await finished(t, path, without.check.id)).report!.steps.filter((s) => s.guideId === wild.id);
    expect(skipped.map((s) => [s.status, s.skipReason, s.patterns])).toEqual([['skipped', 'wildcard_page', ['/reports/r-*']], ['skipped', 'wildcard_page', ['/reports/r-*']]]);
    const withExample = (await (await t.call(t.editor, 'POST', path, { baseUrl: APP, examples: { '/reports/r-*': '/reports/r-7' } })).json()) as { check: HealthCheck };
    const checked = (await finished(t, path, withExample.check.id)).report!.steps.filter((s) => s.guideId === wild.id);
    expect(checked.map((s) => [s.stepId, s.status, s.url])).toEqual([['title', 'ok', `${APP}/reports/r-7`], ['amount', 'missing', `${APP}/reports/r-7`]]);
  });

  it('checks one guide when given its id', async () => {
    const { t, path, projectId, guideId } = await setup(fakeSite({ '/reports/new': ['report-title', 'report-amount'], '/settings': [] }));
    const other = (await (await t.call(t.editor, 'POST', `/projects/${projectId}/guides`, { ...REPORT_GUIDE, displayRules: { urlPatterns: ['/settings'] } })).json()) as { id: string };
    await t.call(t.editor, 'POST', `/projects/${projectId}/guides/${other.id}/publish`);
    const { check } = (await (await t.call(t.editor, 'POST', path, { baseUrl: APP, guideId })).json()) as { check: HealthCheck };
    const done = await finished(t, path, check.id);
    expect(done.guideId).toBe(guideId);
    expect(new Set(done.report?.steps.map((s) => s.guideId))).toEqual(new Set([guideId]));
  });

  it('stores why a check could not run', async () => {
    const { t, path } = await setup(async () => {
      throw new Error('No Chromium found');
    });
    const { check } = (await (await t.call(t.editor, 'POST', path, { baseUrl: APP })).json()) as { check: HealthCheck };
    expect(await finished(t, path, check.id)).toMatchObject({ status: 'failed', error: 'No Chromium found', report: null });
  });

  it("refuses a base URL off the project's origins, or an unknown guide, naming the field, and starts nothing", async () => {
    const { t, path, projectId } = await setup(fakeSite({}));
    const cases: Array<[unknown, RegExp]> = [
      [{}, /^baseUrl/],
      [{ baseUrl: 'not a url' }, /^baseUrl: must be a URL/],
      [{ baseUrl: 'ftp://app.example.com/' }, /^baseUrl: must be an http/],
      [{ baseUrl: 'http://169.254.169.254/latest' }, /^baseUrl: http:\/\/169\.254\.169\.254 is not one of the project's origins/],
      [{ baseUrl: APP, guideId: 'nope' }, /^guideId: no published guide/],
      [{ baseUrl: APP, examples: { '/reports/*': 'https://evil.example/' } }, /^examples\.\/reports\/\*: must be a path starting with \//],
    ];
    for (const [body, message] of cases) {
      const res = await t.call(t.editor, 'POST', path, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(res)).message).toMatch(message);
    }
    await t.call(t.owner, 'PATCH', `/projects/${projectId}`, { sdkOrigins: [] });
    const none = await t.call(t.editor, 'POST', path, { baseUrl: APP });
    expect((await errorOf(none)).message).toMatch(/^baseUrl: add your app's origin/);
    expect(await countRows(t)).toBe(0);
  });

  it("answers 404 for another project's check and 403 to a viewer starting one", async () => {
    const { t, path } = await setup(fakeSite({ '/reports/new': [] }));
    const { check } = (await (await t.call(t.editor, 'POST', path, { baseUrl: APP })).json()) as { check: HealthCheck };
    await finished(t, path, check.id);
    const elsewhere = await t.call(t.owner, 'POST', '/projects', { name: 'Elsewhere' });
    const otherId = ((await elsewhere.json()) as { project: { id: string } }).project.id;
    expect((await t.call(t.viewer, 'GET', `/projects/${otherId}/health-checks/${check.id}`)).status).toBe(404);
    expect((await t.call(t.viewer, 'POST', path, { baseUrl: APP })).status).toBe(403);
    expect(await countRows(t)).toBe(1);
  });
});
