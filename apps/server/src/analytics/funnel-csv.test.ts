import { beforeEach, describe, expect, it } from 'vitest';
import { errorOf, event, postEvents, publishedGuide, sampleGuide, setupTest, type TestContext } from '../test-support.js';

let t: TestContext;
let guide: { id: string; version: number };
beforeEach(async () => {
  t = await setupTest();
  guide = await publishedGuide(t, sampleGuide());
});

const stepIds = ['hello', 'create'];
const at = (stepIndex: number) => ({ guideId: guide.id, guideVersion: 1, stepIndex, stepId: stepIds[stepIndex] });

describe('funnel CSV (admin API)', () => {
  it('answers text/csv with one row per step, as the JSON funnel counts them', async () => {
    await postEvents(t, [
      event({ type: 'step_viewed', anonymousId: 'a', ...at(0) }),
      event({ type: 'step_viewed', anonymousId: 'a', ...at(1) }),
      event({ type: 'step_viewed', anonymousId: 'b', ...at(0) }),
      event({ type: 'target_missing', anonymousId: 'a', reason: 'not_visible', ...at(1) }),
      event({ type: 'guide_dismissed', anonymousId: 'b', ...at(0) }),
    ]);
    const res = await t.admin('GET', `/guides/${guide.id}/funnel.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="funnel-${guide.id}-v1.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // The byte-order mark that makes Excel read UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'step,step_id,title,viewed_users,completed_users,dismissed_users,drop_off_users,drop_off_rate,target_missing_users,target_missing_not_found,target_missing_not_visible,target_missing_ambiguous',
      '1,hello,Hello,2,0,1,1,0.5,0,0,0,0',
      '2,create,Create,1,0,0,1,1,1,0,1,0',
    ]);
  });

  it('refuses a bad version with a 400 naming it, and another project’s key with a 404', async () => {
    const bad = await t.admin('GET', `/guides/${guide.id}/funnel.csv?version=abc`);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/^version/);
    expect((await t.admin('GET', `/guides/${guide.id}/funnel.csv`, undefined, t.other.secretKey)).status).toBe(404);
  });
});
