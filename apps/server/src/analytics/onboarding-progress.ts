import { sql } from 'kysely';
import type { Database } from '../db/database.js';

/** A user has finished onboarding once they completed every onboarding guide they started. */
export const isFinished = (started: number, completed: number) => started > 0 && completed >= started;

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
