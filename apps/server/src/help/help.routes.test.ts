import { describe, expect, it } from 'vitest';
import { setupConsole } from '../console/console-test-support.js';
import { errorOf, event, postEvents, publishedGuide, sampleGuide } from '../test-support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('help launcher settings', () => {
  it('are off until set, then saved and sent to the SDK with the guides', async () => {
    const t = await setupConsole();
    const path = `/projects/${t.project.project.id}/help-launcher`;
    expect(await (await t.call(t.viewer, 'GET', path)).json()).toEqual({ launcher: { enabled: false, buttonLabel: '', panelTitle: '' } });
    expect(await (await t.sdk('GET', '/guides')).json()).toEqual({ guides: [], segments: {} });

    const settings = { enabled: true, buttonLabel: ' Help ', panelTitle: 'How can we help?', contactHref: 'https://help.example.com' };
    const saved = await t.call(t.editor, 'PUT', path, settings);
    expect(saved.status).toBe(200);
    const expected = { enabled: true, buttonLabel: 'Help', panelTitle: 'How can we help?', contactHref: 'https://help.example.com' };
    expect(await saved.json()).toEqual({ launcher: expected });
    expect(await (await t.sdk('GET', '/guides')).json()).toEqual({ guides: [], segments: {}, launcher: expected });
    // Another project's SDK response is untouched.
    expect(await (await t.sdk('GET', '/guides', { key: t.other.publicKey })).json()).toEqual({ guides: [], segments: {} });
  });

  it('refuse a script link with 400 naming the field, and change nothing', async () => {
    const t = await setupConsole();
    const path = `/projects/${t.project.project.id}/help-launcher`;
    await t.call(t.editor, 'PUT', path, { enabled: true, buttonLabel: '', panelTitle: '' });
    const res = await t.call(t.editor, 'PUT', path, { enabled: false, buttonLabel: '', panelTitle: '', contactHref: 'javascript:alert(1)' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('contactHref');
    expect(((await (await t.call(t.viewer, 'GET', path)).json()) as { launcher: { enabled: boolean } }).launcher.enabled).toBe(true);
  });

  it('answer 404 for an unknown project', async () => {
    const t = await setupConsole();
    expect((await t.call(t.editor, 'GET', '/projects/nope/help-launcher')).status).toBe(404);
    expect((await t.call(t.viewer, 'GET', '/projects/nope/help-searches')).status).toBe(404);
  });
});

describe('guides listed in the help launcher', () => {
  it('carry the flag from draft to published version', async () => {
    const t = await setupConsole();
    const created = (await (await t.admin('POST', '/guides', { ...sampleGuide(), helpLauncher: true })).json()) as { id: string; helpLauncher: boolean };
    expect(created.helpLauncher).toBe(true);
    await t.admin('POST', `/guides/${created.id}/publish`);
    const live = (await (await t.sdk('GET', '/guides')).json()) as { guides: Array<{ helpLauncher?: boolean }> };
    expect(live.guides[0]!.helpLauncher).toBe(true);
    const patched = (await (await t.admin('PATCH', `/guides/${created.id}`, { helpLauncher: false })).json()) as { helpLauncher: boolean };
    expect(patched.helpLauncher).toBe(false);
    const bad = await t.admin('PATCH', `/guides/${created.id}`, { helpLauncher: 'yes' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('helpLauncher');
  });
});

describe('help searches', () => {
  const search = (query: string, resultCount: number, fields: Record<string, unknown>, at: number) =>
    event({ type: 'help_search', query, resultCount, ...fields }, at);

  it('groups searches by normalised query with users, picks and empty searches, in the date range', async () => {
    const t = await setupConsole();
    const guide = await publishedGuide(t);
    // Five days ago, on the hour: the server keeps client times (corrected for skew by moments only).
    const at = Math.floor(Date.now() / HOUR) * HOUR - 5 * DAY;
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const res = await postEvents(
      t,
      [
        search('receipt', 0, { userId: 'u1' }, at),
        search('Ｒｅｃｅｉｐｔ', 0, { userId: 'u2' }, at + HOUR),
        search('receipt', 0, { userId: 'u1' }, at + 2 * HOUR),
        search('report', 2, { userId: 'u1', pickedGuideId: guide.id }, at),
        search('report', 2, { userId: 'u3' }, at),
        // Outside the range asked for below.
        search('mileage', 0, { userId: 'u1' }, at - 10 * DAY),
      ],
      Date.now(),
    );
    expect(res.status).toBe(202);

    const range = `from=${day(at - DAY)}&to=${day(Date.now())}&tz=UTC`;
    const path = `/projects/${t.project.project.id}/help-searches?${range}`;
    const body = await (await t.call(t.viewer, 'GET', path)).json();
    expect(body).toEqual({
      totals: { searches: 5, users: 3, emptySearches: 3, emptyQueries: 1 },
      noResults: [{ query: 'receipt', normalized: 'receipt', searches: 3, users: 2, lastSearchedAt: expect.any(String) }],
      top: [
        { query: 'receipt', normalized: 'receipt', searches: 3, users: 2, picked: 0 },
        { query: 'report', normalized: 'report', searches: 2, users: 2, picked: 1 },
      ],
    });
    const last = Date.parse((body as { noResults: Array<{ lastSearchedAt: string }> }).noResults[0]!.lastSearchedAt);
    expect(Math.abs(last - (at + 2 * HOUR))).toBeLessThan(60_000);
    // The admin API answers the same.
    expect(await (await t.admin('GET', `/help-searches?${range}`)).json()).toEqual(body);
    // Everything, unbounded, includes the older search.
    const all = (await (await t.admin('GET', '/help-searches')).json()) as { totals: { searches: number } };
    expect(all.totals.searches).toBe(6);
  });

  it('counts a pick after a logged pause as the same search', async () => {
    const t = await setupConsole();
    // Within one hour, a day ago.
    const now = Math.floor(Date.now() / HOUR) * HOUR - DAY + 600_000;
    await postEvents(t, [search('receipt', 2, { userId: 'u1' }, now - 2_000), search('receipt', 2, { userId: 'u1', pickedGuideId: 'g1' }, now - 1_000)]);
    await postEvents(t, [search('receipt', 2, { userId: 'u1', pickedGuideId: 'g1' }, now)]);
    const body = (await (await t.admin('GET', '/help-searches')).json()) as { top: Array<{ searches: number; picked: number }> };
    expect(body.top).toEqual([expect.objectContaining({ searches: 2, picked: 2 })]);
  });

  it('counts a retried batch once and keeps other projects apart', async () => {
    const t = await setupConsole();
    const one = search('export csv', 0, { userId: 'u1' }, Date.now());
    await postEvents(t, [one]);
    await postEvents(t, [one]);
    await postEvents(t, [search('export csv', 0, {}, Date.now())], Date.now(), t.other.publicKey);
    const body = (await (await t.admin('GET', '/help-searches')).json()) as { totals: { searches: number } };
    expect(body.totals.searches).toBe(1);
  });

  it('answers 400 naming a bad parameter', async () => {
    const t = await setupConsole();
    const res = await t.call(t.viewer, 'GET', `/projects/${t.project.project.id}/help-searches?from=yesterday`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('from');
    expect((await errorOf(await t.admin('GET', '/help-searches?limit=0'))).message).toContain('limit');
  });
});
