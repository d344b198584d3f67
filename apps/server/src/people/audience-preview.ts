import { matchesAudience, type Traits } from '@shirube/core';
import { segmentIdsOf, type Audience } from '@shirube/schema';
import type { Database } from '../db/database.js';
import { segmentRules } from '../segments/segments.repo.js';

/** How many of the project's known end users an audience admits now, out of how many. */
export interface AudiencePreview {
  matching: number;
  total: number;
}

const parse = (json: string | null): Traits => (json ? (JSON.parse(json) as Traits) : {});

/**
 * Counts the known end users the audience admits, with the same core function the SDK decides
 * with, over their latest stored traits and their account's (segments it refers to included).
 */
export async function previewAudience(db: Database, projectId: string, audience: Audience, now = Date.now()): Promise<AudiencePreview> {
  const [segments, users, accounts] = await Promise.all([
    segmentRules(db, projectId, segmentIdsOf(audience)),
    db.selectFrom('end_users').select(['traits', 'account_id']).where('project_id', '=', projectId).execute(),
    db.selectFrom('accounts').select(['account_id', 'traits']).where('project_id', '=', projectId).execute(),
  ]);
  const accountTraits = new Map(accounts.map((row) => [row.account_id, parse(row.traits)]));
  let matching = 0;
  for (const user of users) {
    const subject = { user: parse(user.traits), account: (user.account_id && accountTraits.get(user.account_id)) || {}, segments };
    if (matchesAudience(audience, subject, now)) matching++;
  }
  return { matching, total: users.length };
}
