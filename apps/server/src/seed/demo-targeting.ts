import { plainText, type Audience, type GuideInput } from '@shirube/schema';
import type { Database } from '../db/database.js';
import { createSegment } from '../segments/segments.repo.js';
import { ensurePublishedGuide } from './published-guide.js';

/** The sample saved segment: the people who approve reports. */
export const APPROVERS_SEGMENT = {
  name: 'Approvers',
  audience: { match: 'any', conditions: [{ source: 'user', trait: 'role', op: 'in', value: ['approver', 'admin'] }] } satisfies Audience,
};

/** A guide for the segment, showing what targeting can do: until completed, higher priority, on report pages (not /reports/new). */
export function approvalsGuide(segmentId: string): GuideInput {
  return {
    name: 'Approvals at a glance',
    displayRules: { urlPatterns: ['/reports/r-*'] },
    theme: { brandColor: '#4f46e5', radius: 12 },
    targeting: {
      audience: { match: 'all', conditions: [{ source: 'segment', op: 'in_segment', segmentId }] },
      frequency: { kind: 'until_completed' },
      priority: 60,
    },
    steps: [
      {
        id: 'approve',
        kind: 'modal',
        title: 'Approving a report',
        advance: 'next',
        placement: 'auto',
        content: plainText('When a teammate sends a report, approve it or send it back from this page; the sender is told at once.'),
      },
    ],
  };
}

/** The sample segment (found again by name on later runs) and the published guide that uses it. */
export async function seedDemoTargeting(db: Database, projectId: string): Promise<void> {
  const existing = await db.selectFrom('segments').select('id').where('project_id', '=', projectId).where('name', '=', APPROVERS_SEGMENT.name).executeTakeFirst();
  const segmentId = existing?.id ?? (await createSegment(db, projectId, APPROVERS_SEGMENT)).id;
  await ensurePublishedGuide(db, projectId, approvalsGuide(segmentId));
}
