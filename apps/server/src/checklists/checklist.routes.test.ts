import type { ChecklistProgressResponse, Guide } from '@shirube/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupConsole, type ConsoleTestContext } from '../console/console-test-support.js';
import { errorOf, event, postEvents, publishedGuide, sampleGuide } from '../test-support.js';
import { sampleChecklist } from './checklist-fixtures.js';

let t: ConsoleTestContext;
beforeEach(async () => {
  t = await setupConsole();
});

async function createChecklist(input = sampleChecklist()): Promise<Guide> {
  const res = await t.admin('POST', '/guides', input);
  expect(res.status).toBe(201);
  return (await res.json()) as Guide;
}

async function progressOf(user: string): Promise<ChecklistProgressResponse['checklists']> {
  const res = await t.sdk('GET', `/checklists/progress?user=${encodeURIComponent(user)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as ChecklistProgressResponse).checklists;
}

describe('checklist authoring', () => {
  it('keeps the checklist in the draft and publishes it with the version', async () => {
    const guide = await createChecklist();
    expect(guide.kind).toBe('checklist');
    expect(guide.checklist?.tasks).toHaveLength(5);
    const published = await t.admin('POST', `/guides/${guide.id}/publish`);
    expect(published.status).toBe(200);
    const live = (await (await t.sdk('GET', '/guides')).json()) as { guides: Array<{ id: string; checklist?: unknown }> };
    expect(live.guides.find((g) => g.id === guide.id)?.checklist).toMatchObject({ title: 'Get started with Keihi' });
    const list = (await (await t.call(t.viewer, 'GET', `/projects/${t.project.project.id}/guides`)).json()) as { guides: Array<{ id: string; format: string; stepCount: number }> };
    expect(list.guides.find((g) => g.id === guide.id)).toMatchObject({ format: 'checklist', stepCount: 5 });
  });

  it('refuses to publish a checklist without tasks or with an element not picked yet, naming the field', async () => {
    const input = sampleChecklist();
    const empty = await createChecklist({ ...input, checklist: { ...input.checklist!, tasks: [] } });
    const res = await t.admin('POST', `/guides/${empty.id}/publish`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('checklist.tasks');

    const tasks = input.checklist!.tasks.map((task) => (task.id === 'export' ? { ...task, completeWhen: { type: 'element_clicked' as const } } : task));
    const unpicked = await createChecklist({ ...input, checklist: { ...input.checklist!, tasks } });
    const refused = await t.admin('POST', `/guides/${unpicked.id}/publish`);
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).message).toBe('checklist.tasks[4].completeWhen.target: pick the element in your app');
    const after = (await (await t.admin('GET', `/guides/${unpicked.id}`)).json()) as Guide;
    expect(after.version).toBe(0);
  });

  it('refuses tasks on a guide that is not a checklist', async () => {
    const { checklist } = sampleChecklist();
    const created = await t.admin('POST', '/guides', { ...sampleGuide(), checklist });
    expect(created.status).toBe(400);
    expect((await errorOf(created)).message).toContain('checklist: only a guide of kind checklist');
    const walkthrough = await publishedGuide(t);
    const patched = await t.admin('PATCH', `/guides/${walkthrough.id}`, { checklist });
    expect(patched.status).toBe(400);
  });

  it('answers 400 naming the field of a bad task and changes nothing', async () => {
    const guide = await createChecklist();
    const bad = { checklist: { ...guide.checklist!, tasks: [{ id: 'x', title: 'X', completeWhen: { type: 'page_visited', urlPattern: '' } }] } };
    const res = await t.admin('PATCH', `/guides/${guide.id}`, bad);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('checklist.tasks[0].completeWhen.urlPattern');
    const after = (await (await t.admin('GET', `/guides/${guide.id}`)).json()) as Guide;
    expect(after.checklist?.tasks).toHaveLength(5);
  });
});

describe('checklist progress', () => {
  it('stores task completions at the earliest time, ignoring duplicates and late events', async () => {
    const guide = await createChecklist();
    const { version } = (await (await t.admin('POST', `/guides/${guide.id}/publish`)).json()) as { version: number };
    const sent = 1_900_000_000_000;
    const done = (taskId: string, at: number) => event({ type: 'checklist_task_completed', guideId: guide.id, guideVersion: version, taskId, userId: 'u1' }, at);
    const first = done('visit', sent - 5_000);
    expect((await postEvents(t, [first, done('submit', sent - 4_000)], sent)).status).toBe(202);
    // A retry and a later completion of the same task change nothing.
    expect((await postEvents(t, [first, done('visit', sent - 1_000)], sent)).status).toBe(202);
    const [progress] = await progressOf('u1');
    expect(Object.keys(progress!.tasks).sort()).toEqual(['submit', 'visit']);
    expect(progress!.tasks.visit).toBeLessThan(progress!.tasks.submit!);
    // An earlier completion arriving late moves the time earlier.
    await postEvents(t, [done('submit', sent - 9_000)], sent);
    const [again] = await progressOf('u1');
    expect(again!.tasks.submit).toBeLessThan(again!.tasks.visit!);
  });

  it('remembers the latest widget state by event time', async () => {
    const guide = await createChecklist();
    await t.admin('POST', `/guides/${guide.id}/publish`);
    const sent = 1_900_000_000_000;
    const state = (value: string, at: number) => event({ type: 'checklist_state', guideId: guide.id, state: value, userId: 'u1' }, at);
    await postEvents(t, [state('minimised', sent - 1_000)], sent);
    await postEvents(t, [state('expanded', sent - 2_000)], sent);
    const [progress] = await progressOf('u1');
    expect(progress!.state?.value).toBe('minimised');
  });

  it('counts guides completed on any device and stored traits', async () => {
    const tour = await publishedGuide(t, sampleGuide('Tour'));
    const guide = await createChecklist(sampleChecklist('Get started', tour.id));
    await t.admin('POST', `/guides/${guide.id}/publish`);
    expect(Object.keys((await progressOf('u1'))[0]!.tasks)).toEqual([]);
    await postEvents(t, [
      event({ type: 'guide_completed', guideId: tour.id, guideVersion: tour.version, userId: 'u1' }),
      event({ type: 'identify', userId: 'u1', accountId: 'acme', accountTraits: { plan: 'Pro' } }),
    ]);
    expect(Object.keys((await progressOf('u1'))[0]!.tasks).sort()).toEqual(['plan', 'tour']);
    expect(Object.keys((await progressOf('u2'))[0]!.tasks)).toEqual([]);
  });

  it('keeps another project’s checklist events raw only and answers 400 without a user', async () => {
    const guide = await createChecklist();
    await t.admin('POST', `/guides/${guide.id}/publish`);
    const foreign = event({ type: 'checklist_task_completed', guideId: guide.id, guideVersion: 1, taskId: 'visit', userId: 'u1' });
    expect((await postEvents(t, [foreign], Date.now(), t.other.publicKey)).status).toBe(202);
    expect(await t.db.selectFrom('checklist_tasks_done').selectAll().execute()).toEqual([]);
    const res = await t.sdk('GET', '/checklists/progress');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('user');
    expect((await t.sdk('GET', '/checklists/progress?user=u1', { key: 'pk_nope' })).status).toBe(401);
  });
});

describe('checklist analytics', () => {
  it('counts users who started, completed each task and completed all', async () => {
    const guide = await createChecklist();
    await t.admin('POST', `/guides/${guide.id}/publish`);
    const base = { guideId: guide.id, guideVersion: 1 };
    await postEvents(t, [
      event({ type: 'checklist_state', guideId: guide.id, state: 'expanded', userId: 'a' }),
      event({ type: 'checklist_task_completed', ...base, taskId: 'visit', userId: 'b' }),
      event({ type: 'checklist_task_completed', ...base, taskId: 'submit', userId: 'b' }),
      event({ type: 'checklist_state', guideId: guide.id, state: 'completed', userId: 'b' }),
    ]);
    const path = `/projects/${t.project.project.id}/guides/${guide.id}/checklist-analytics`;
    const res = await t.call(t.viewer, 'GET', path);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { startedUsers: number; completedUsers: number; tasks: Array<{ id: string; completedUsers: number }> };
    expect(body.startedUsers).toBe(2);
    expect(body.completedUsers).toBe(1);
    expect(body.tasks.map((task) => [task.id, task.completedUsers])).toEqual([['visit', 1], ['submit', 1], ['tour', 0], ['plan', 0], ['export', 0]]);
  });

  it('answers 404 for a guide that is not a checklist', async () => {
    const walkthrough = await publishedGuide(t);
    const res = await t.call(t.viewer, 'GET', `/projects/${t.project.project.id}/guides/${walkthrough.id}/checklist-analytics`);
    expect(res.status).toBe(404);
  });
});
