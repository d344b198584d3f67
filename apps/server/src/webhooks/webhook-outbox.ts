import { uuidv7, type TargetMissingReason } from '@shirube/schema';
import type { GuideEvent } from '../analytics/guide-event.js';
import { keyOf, type ProjectState, type UserState } from '../analytics/fold-state.js';
import { outlineOf } from '../analytics/stuck-points.repo.js';
import type { ChecklistEvent } from '../checklists/checklist-events.js';
import { bulkInsert, type BulkInsert } from '../db/bulk-statements.js';
import type { Database } from '../db/database.js';
import type { Subscription } from './subscriptions-cache.js';
import type { WebhookEventType } from './webhook-types.js';

/*
 * Webhooks are produced by ingestion, in the transaction that stores their events (the outbox
 * pattern): a delivery row exists exactly when its event was committed, and only newly stored
 * events are looked at, so a resent batch produces nothing twice. The events, defined with the
 * same first-time rules as the analytics counters (docs/webhooks.md):
 *
 * - `guide.completed`: a user completes a guide version for the first time;
 * - `checklist.completed`: a user's checklist reaches `completed` for the first time;
 * - `user.stuck`: a user is counted at a step by the stuck-points page for the first time, because
 *   they dismissed the guide there, or the step's element could not be shown to them.
 */

/** Why a user is stuck at a step: they closed the guide there, or its element was missing. */
export type StuckReason = 'dismissed' | TargetMissingReason;

/** The body POSTed to an endpoint. */
export interface WebhookPayload {
  /** The webhook's id: the id of the event that caused it (the same for every endpoint and retry). */
  id: string;
  type: WebhookEventType | 'webhook.test';
  createdAt: string;
  projectId: string;
  data: {
    user: { id: string | null; anonymousId: string; traits: Record<string, string> };
    account: { id: string; name: string | null; traits: Record<string, string> } | null;
    guide: { id: string; name: string; version: number; kind: string };
    step?: { id: string; index: number; title: string | null };
    stuck?: { reason: StuckReason };
    /** The page path (and query) the user was on. */
    path: string;
  };
}

interface Found {
  type: WebhookEventType;
  event: GuideEvent | ChecklistEvent;
  user: UserState;
  at: number;
  reason?: StuckReason;
}

const INSERT_DELIVERIES: BulkInsert = {
  table: 'webhook_deliveries',
  columns: ['id', 'project_id', 'endpoint_id', 'event_id', 'type', 'payload', 'status', 'attempts', 'due_at', 'created_at'],
  conflict: ['endpoint_id', 'event_id'],
};

/** Collects one group's webhook events of a project while ingestion folds it, then writes them. */
export interface WebhookOutbox {
  /** Call before folding a guide event: notes it when it is a first completion or a first stuck. */
  guideEvent(user: UserState, event: GuideEvent, at: number): void;
  /** Call before storing a checklist event; `wasCompleted` reads whether the user had completed it. */
  checklistEvent(user: UserState, event: ChecklistEvent, at: number, wasCompleted: () => Promise<boolean>): Promise<void>;
  /** Inserts one delivery per event and subscribed endpoint (one multi-row statement). */
  write(trx: Database, project: ProjectState): Promise<void>;
}

/** An outbox for a project with these enabled endpoints (call only when there are some). */
export function createWebhookOutbox(projectId: string, subscriptions: readonly Subscription[]): WebhookOutbox {
  const wanted = new Set(subscriptions.flatMap((s) => [...s.eventTypes]));
  const found: Found[] = [];
  return {
    guideEvent(user, event, at) {
      const found1 = firstTimeGuideWebhook(user, event);
      if (found1 && wanted.has(found1.type)) found.push({ ...found1, event, user, at });
    },
    async checklistEvent(user, event, at, wasCompleted) {
      if (event.type !== 'checklist_state' || event.state !== 'completed' || !wanted.has('checklist.completed')) return;
      if (!(await wasCompleted())) found.push({ type: 'checklist.completed', event, user, at });
    },
    async write(trx, project) {
      if (found.length === 0) return;
      const payloads = await payloadsOf(trx, projectId, project, found);
      const now = Date.now();
      const rows = payloads.flatMap((payload) =>
        subscriptions
          .filter((s) => s.eventTypes.has(payload.type as WebhookEventType))
          .map((s) => [uuidv7(now), projectId, s.endpointId, payload.id, payload.type, JSON.stringify(payload), 'pending', 0, now, now]),
      );
      await bulkInsert(trx, INSERT_DELIVERIES, rows);
    },
  };
}

/**
 * The webhook a guide event causes, judged on the user's rows before it is folded: a completion
 * or a stuck step counts when the analytics would count the user there for the first time.
 */
export function firstTimeGuideWebhook(user: UserState, event: GuideEvent): { type: WebhookEventType; reason?: StuckReason } | null {
  const version = keyOf(event.guideId, event.guideVersion);
  if (event.type === 'guide_completed') return user.guideUsers.get(version)?.completed_at == null ? { type: 'guide.completed' } : null;
  if (event.type !== 'guide_dismissed' && event.type !== 'target_missing') return null;
  const step = user.guideUserSteps.get(keyOf(version, event.stepIndex));
  if (event.type === 'guide_dismissed') return step?.dismissed_at == null ? { type: 'user.stuck', reason: 'dismissed' } : null;
  return step?.missing_at == null ? { type: 'user.stuck', reason: event.reason } : null;
}

/** The bodies of the found events: guide names, kinds and step titles read in one select. */
async function payloadsOf(trx: Database, projectId: string, project: ProjectState, found: readonly Found[]): Promise<WebhookPayload[]> {
  const guideIds = [...new Set(found.map((f) => f.event.guideId))];
  const guides = await trx
    .selectFrom('guides')
    .innerJoin('guide_versions', 'guide_versions.guide_id', 'guides.id')
    .select(['guides.id', 'guides.name', 'guides.version as live', 'guide_versions.version', 'guide_versions.snapshot'])
    .where('guides.project_id', '=', projectId)
    .where('guides.id', 'in', guideIds)
    .execute();
  const versions = new Map(guides.map((g) => [keyOf(g.id, Number(g.version)), g]));
  const live = new Map(guides.filter((g) => Number(g.version) === Number(g.live)).map((g) => [g.id, g]));
  return found.flatMap(({ type, event, user, at, reason }) => {
    const version = 'guideVersion' in event ? versions.get(keyOf(event.guideId, event.guideVersion)) : live.get(event.guideId);
    if (!version) return [];
    const snapshot = JSON.parse(version.snapshot) as { kind?: string };
    const accountId = user.endUser?.account_id ?? event.accountId ?? null;
    const account = accountId === null ? undefined : project.accounts.get(accountId);
    const payload: WebhookPayload = {
      id: event.id,
      type,
      createdAt: new Date(at).toISOString(),
      projectId,
      data: {
        user: { id: event.userId ?? null, anonymousId: event.anonymousId, traits: user.endUser?.traits ?? {} },
        account: accountId === null ? null : { id: accountId, name: account?.name ?? null, traits: account?.traits ?? {} },
        guide: { id: event.guideId, name: version.name, version: Number(version.version), kind: snapshot.kind ?? 'walkthrough' },
        path: event.path,
      },
    };
    if ('stepIndex' in event) {
      const title = outlineOf(event.guideId, Number(version.version), version.snapshot).steps[event.stepIndex]?.title ?? null;
      payload.data.step = { id: event.stepId, index: event.stepIndex, title };
    }
    if (reason) payload.data.stuck = { reason };
    return [payload];
  });
}
