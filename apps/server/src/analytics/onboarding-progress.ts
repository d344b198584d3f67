import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { GuideProgress } from './user-guides.js';

/** A user has finished onboarding once they completed every onboarding guide they started. */
export const isFinished = (started: number, completed: number) => started > 0 && completed >= started;

/**
 * Folds an event of an onboarding guide into the user's onboarding row and their account's
 * counters. The account counters move only when the user's state changes (not started → started,
 * unfinished ↔ finished), so they stay exact distinct users.
 */
export async function recordOnboardingProgress(trx: Database, projectId: string, userKey: string, progress: GuideProgress, at: number): Promise<void> {
  const where = { project_id: projectId, user_key: userKey };
  const addStarted = progress.firstStart ? 1 : 0;
  const addCompleted = progress.firstCompletion ? 1 : 0;
  const row = await trx
    .selectFrom('onboarding_users')
    .select(['account_id', 'started_guides', 'completed_guides', 'last_activity_at'])
    .where((eb) => eb.and(where))
    .executeTakeFirst();
  if (!row) {
    const user = await trx.selectFrom('end_users').select('account_id').where((eb) => eb.and(where)).executeTakeFirst();
    const accountId = user?.account_id ?? null;
    await trx
      .insertInto('onboarding_users')
      .values({ ...where, account_id: accountId, started_guides: addStarted, completed_guides: addCompleted, finished: isFinished(addStarted, addCompleted) ? 1 : 0, last_activity_at: at })
      .execute();
    await moveAccountCounts(trx, projectId, accountId, { started: 0, completed: 0 }, { started: addStarted, completed: addCompleted });
    return;
  }
  const before = { started: Number(row.started_guides), completed: Number(row.completed_guides) };
  const after = { started: before.started + addStarted, completed: before.completed + addCompleted };
  if (addStarted === 0 && addCompleted === 0 && at <= Number(row.last_activity_at)) return;
  await trx
    .updateTable('onboarding_users')
    .set({
      started_guides: after.started,
      completed_guides: after.completed,
      finished: isFinished(after.started, after.completed) ? 1 : 0,
      last_activity_at: Math.max(at, Number(row.last_activity_at)),
    })
    .where((eb) => eb.and(where))
    .execute();
  await moveAccountCounts(trx, projectId, row.account_id, before, after);
}

type OnboardingCounts = { started: number; completed: number };

/** Applies a user's change of onboarding state to their account's counters. */
export async function moveAccountCounts(trx: Database, projectId: string, accountId: string | null, before: OnboardingCounts, after: OnboardingCounts): Promise<void> {
  if (accountId === null) return;
  const startedDelta = Number(after.started > 0) - Number(before.started > 0);
  const finishedDelta = Number(isFinished(after.started, after.completed)) - Number(isFinished(before.started, before.completed));
  if (startedDelta === 0 && finishedDelta === 0) return;
  await trx
    .updateTable('accounts')
    .set({
      onboarding_started_users: sql<number>`onboarding_started_users + ${startedDelta}`,
      onboarding_completed_users: sql<number>`onboarding_completed_users + ${finishedDelta}`,
    })
    .where('project_id', '=', projectId)
    .where('account_id', '=', accountId)
    .execute();
}

/**
 * Recomputes every user's onboarding row and every account's onboarding counters of a project from
 * `user_guides`: run when a guide joins or leaves onboarding, since that changes what counted.
 */
export async function rebuildOnboarding(trx: Database, projectId: string): Promise<void> {
  await trx.deleteFrom('onboarding_users').where('project_id', '=', projectId).execute();
  await sql`
    insert into onboarding_users (project_id, user_key, account_id, started_guides, completed_guides, finished, last_activity_at)
    select ug.project_id, ug.user_key, eu.account_id,
           count(ug.started_at), count(ug.completed_at),
           case when count(ug.started_at) > 0 and count(ug.completed_at) >= count(ug.started_at) then 1 else 0 end,
           max(ug.last_activity_at)
    from user_guides ug
    join guides g on g.id = ug.guide_id and g.project_id = ug.project_id
    left join end_users eu on eu.project_id = ug.project_id and eu.user_key = ug.user_key
    where ug.project_id = ${projectId} and g.onboarding = 1 and g.deleted_at is null
    group by ug.project_id, ug.user_key, eu.account_id`.execute(trx);
  await sql`
    update accounts set
      onboarding_started_users = (select count(*) from onboarding_users o
        where o.project_id = accounts.project_id and o.account_id = accounts.account_id and o.started_guides > 0),
      onboarding_completed_users = (select count(*) from onboarding_users o
        where o.project_id = accounts.project_id and o.account_id = accounts.account_id and o.finished = 1)
    where project_id = ${projectId}`.execute(trx);
}
