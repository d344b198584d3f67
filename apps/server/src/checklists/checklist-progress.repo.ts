import { guideKind, newlyCompletedTasks, type Traits } from '@shirube/core';
import type { Checklist, ChecklistProgress, ChecklistState, PublishedGuide } from '@shirube/schema';
import type { Database } from '../db/database.js';
import { listLiveGuides } from '../guides/guide-versions.repo.js';

/** A live checklist guide with its tasks. */
type LiveChecklist = PublishedGuide & { checklist: Checklist };

const isLiveChecklist = (guide: PublishedGuide): guide is LiveChecklist => guideKind(guide) === 'checklist' && guide.checklist !== undefined;

const parseTraits = (json: string | null | undefined): Traits => (json ? (JSON.parse(json) as Traits) : {});

/** The stored traits of a user and their account, for trait tasks. */
async function subjectOf(db: Database, projectId: string, userKey: string) {
  const user = await db
    .selectFrom('end_users')
    .leftJoin('accounts', (join) => join.onRef('accounts.project_id', '=', 'end_users.project_id').onRef('accounts.account_id', '=', 'end_users.account_id'))
    .select(['end_users.traits as user_traits', 'accounts.traits as account_traits'])
    .where('end_users.project_id', '=', projectId)
    .where('end_users.user_key', '=', userKey)
    .executeTakeFirst();
  return { user: parseTraits(user?.user_traits), account: parseTraits(user?.account_traits) };
}

/**
 * One user's progress in each of the project's live checklists, so it follows them to any device:
 * tasks the SDK reported, plus tasks the server can tell are done itself: guides the user completed
 * anywhere (`user_guides`) and traits it has stored, tested with core's rules like the SDK does.
 */
export async function readChecklistProgress(db: Database, projectId: string, userKey: string, now = Date.now()): Promise<ChecklistProgress[]> {
  const checklists = (await listLiveGuides(db, projectId)).filter(isLiveChecklist);
  if (checklists.length === 0) return [];
  const [done, users, guides, subject] = await Promise.all([
    db.selectFrom('checklist_tasks_done').select(['guide_id', 'task_id', 'completed_at']).where('project_id', '=', projectId).where('user_key', '=', userKey).execute(),
    db.selectFrom('checklist_users').select(['guide_id', 'state', 'state_at']).where('project_id', '=', projectId).where('user_key', '=', userKey).execute(),
    db
      .selectFrom('user_guides')
      .select(['guide_id', 'completed_at'])
      .where('project_id', '=', projectId)
      .where('user_key', '=', userKey)
      .where('completed_at', 'is not', null)
      .execute(),
    subjectOf(db, projectId, userKey),
  ]);
  const guideCompletedAt = new Map(guides.map((row) => [row.guide_id, Number(row.completed_at)]));
  const completedGuides = new Set(guideCompletedAt.keys());

  return checklists.map(({ id, checklist }) => {
    const tasks: Record<string, number> = {};
    for (const row of done) if (row.guide_id === id) tasks[row.task_id] = Number(row.completed_at);
    for (const taskId of newlyCompletedTasks(checklist, { completedGuides, subject, now }, tasks)) {
      const rule = checklist.tasks.find((task) => task.id === taskId)!.completeWhen;
      tasks[taskId] = rule.type === 'guide_completed' ? guideCompletedAt.get(rule.guideId)! : now;
    }
    const user = users.find((row) => row.guide_id === id);
    const state = user?.state ? { value: user.state as ChecklistState, at: Number(user.state_at) } : undefined;
    return { guideId: id, tasks, ...(state && { state }) };
  });
}

/** Per checklist: users who started it, who completed each task, and who completed them all. */
export interface ChecklistAnalytics {
  startedUsers: number;
  completedUsers: number;
  tasks: Array<{ id: string; title: string; completedUsers: number }>;
}

/** A checklist's analytics, task rows in the order of `checklist` (the draft the console shows). */
export async function readChecklistAnalytics(db: Database, projectId: string, guideId: string, checklist: Checklist | undefined): Promise<ChecklistAnalytics> {
  const [users, perTask] = await Promise.all([
    db
      .selectFrom('checklist_users')
      .select((eb) => [eb.fn.countAll<number>().as('started'), eb.fn.count<number>('completed_at').as('completed')])
      .where('project_id', '=', projectId)
      .where('guide_id', '=', guideId)
      .executeTakeFirst(),
    db
      .selectFrom('checklist_tasks_done')
      .select((eb) => ['task_id', eb.fn.countAll<number>().as('users')])
      .where('project_id', '=', projectId)
      .where('guide_id', '=', guideId)
      .groupBy('task_id')
      .execute(),
  ]);
  const count = new Map(perTask.map((row) => [row.task_id, Number(row.users)]));
  return {
    startedUsers: Number(users?.started ?? 0),
    completedUsers: Number(users?.completed ?? 0),
    tasks: (checklist?.tasks ?? []).map((task) => ({ id: task.id, title: task.title, completedUsers: count.get(task.id) ?? 0 })),
  };
}
