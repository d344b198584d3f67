import * as v from 'valibot';
import { CHECKLIST_STATES } from './checklist.js';

export const GUIDE_EVENT_TYPES = [
  'guide_started',
  'step_viewed',
  'step_completed',
  'guide_completed',
  'guide_dismissed',
  'target_missing',
] as const;
export type GuideEventType = (typeof GUIDE_EVENT_TYPES)[number];

/** What a checklist widget reports: a task ticked off, and the widget minimised, expanded, dismissed or completed. */
export const CHECKLIST_EVENT_TYPES = ['checklist_task_completed', 'checklist_state'] as const;
export type ChecklistEventType = (typeof CHECKLIST_EVENT_TYPES)[number];

export const EVENT_TYPES = [...GUIDE_EVENT_TYPES, ...CHECKLIST_EVENT_TYPES, 'split_assigned', 'track', 'identify', 'help_search', 'events_dropped'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The sides of an A/B holdout: users who are shown the guide and users held out of it. */
export const SPLIT_GROUPS = ['shown', 'holdout'] as const;
export type SplitGroup = (typeof SPLIT_GROUPS)[number];

/** Why a step's element could not be shown. */
export const TARGET_MISSING_REASONS = ['not_found', 'not_visible', 'ambiguous'] as const;
export type TargetMissingReason = (typeof TARGET_MISSING_REASONS)[number];

/**
 * Limits that keep one event small; the server enforces them, the SDK trims to them. Sizes are
 * UTF-8 bytes of the JSON as sent: a batch body over `maxBatchBytes` or one event over
 * `maxEventBytes` is answered 413, more than `maxEventsPerBatch` events 400.
 */
export const EVENT_LIMITS = {
  maxEventsPerBatch: 100,
  maxBatchBytes: 256 * 1024,
  maxEventBytes: 64 * 1024,
  maxPropKeys: 50,
  maxIdLength: 200,
  maxPathLength: 2_000,
  /** Longest help-launcher query kept; the SDK trims to it. */
  maxSearchLength: 200,
} as const;

/** A BCP 47 language tag as events carry it (`ja-JP`, `en`, `zh-Hant-TW`); shared so the SDK sends only what the server accepts. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Milliseconds since the epoch, up to the year 9999 so every value is a valid date. */
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(253_402_300_799_999));
/** A count or index at least `min`, exact as a double and as a 64-bit database integer (1e308 is neither). */
const wholeNumber = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(Number.MAX_SAFE_INTEGER));
const idString = v.pipe(v.string(), v.minLength(1), v.maxLength(EVENT_LIMITS.maxIdLength));
const scalar = v.union([v.pipe(v.string(), v.maxLength(1_000)), v.number(), v.boolean(), v.null()]);

/** Flat key/value data attached to `track` and `identify` events. */
export const PropsSchema = v.pipe(
  v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(100)), scalar),
  v.check((props) => Object.keys(props).length <= EVENT_LIMITS.maxPropKeys, `must have at most ${EVENT_LIMITS.maxPropKeys} keys`),
);
export type Props = v.InferOutput<typeof PropsSchema>;

/** Fields every event carries: who, when and where. */
const EventBase = {
  /** Client-generated UUIDv7: time-ordered, and the key the server dedupes on. */
  id: v.pipe(v.string(), v.regex(UUID_V7, 'must be a UUIDv7')),
  anonymousId: idString,
  userId: v.optional(v.nullable(idString)),
  accountId: v.optional(v.nullable(idString)),
  /** Client clock, milliseconds since the epoch. */
  timestamp: epochMs,
  /** URL path (and query) the event happened on. */
  path: v.pipe(v.string(), v.maxLength(EVENT_LIMITS.maxPathLength)),
  /** The language the user reads the app in (the page's `lang`, else the browser's), a BCP 47 tag. */
  locale: v.optional(v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'must be a language tag such as ja-JP'))),
};

const GuideFields = {
  guideId: idString,
  guideVersion: wholeNumber(1),
};

const StepFields = {
  ...GuideFields,
  stepId: idString,
  stepIndex: wholeNumber(0),
};

export const EventSchema = v.variant('type', [
  v.object({ ...EventBase, ...GuideFields, type: v.literal('guide_started') }),
  v.object({ ...EventBase, ...StepFields, type: v.literal('step_viewed') }),
  v.object({ ...EventBase, ...StepFields, type: v.literal('step_completed') }),
  v.object({ ...EventBase, ...GuideFields, type: v.literal('guide_completed') }),
  v.object({ ...EventBase, ...StepFields, type: v.literal('guide_dismissed') }),
  v.object({ ...EventBase, ...StepFields, type: v.literal('target_missing'), reason: v.picklist(TARGET_MISSING_REASONS) }),
  v.object({ ...EventBase, ...GuideFields, type: v.literal('checklist_task_completed'), taskId: idString }),
  v.object({ ...EventBase, guideId: idString, type: v.literal('checklist_state'), state: v.picklist(CHECKLIST_STATES) }),
  /** The side of a guide's A/B holdout the user fell on, sent once when the guide would first have started for them. */
  v.object({ ...EventBase, ...GuideFields, type: v.literal('split_assigned'), group: v.picklist(SPLIT_GROUPS) }),
  v.object({ ...EventBase, type: v.literal('track'), name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), props: v.optional(PropsSchema) }),
  v.object({ ...EventBase, type: v.literal('identify'), traits: v.optional(PropsSchema), accountTraits: v.optional(PropsSchema) }),
  /** A finished help-launcher search: what was typed, how many guides it found, and the one picked, if any. */
  v.object({
    ...EventBase,
    type: v.literal('help_search'),
    query: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(EVENT_LIMITS.maxSearchLength)),
    resultCount: wholeNumber(0),
    pickedGuideId: v.optional(idString),
  }),
  /** How many events this device's full queue dropped (oldest first) since the last report: sent once the server answers again. */
  v.object({ ...EventBase, type: v.literal('events_dropped'), count: wholeNumber(1) }),
]);
export type ShirubeEvent = v.InferOutput<typeof EventSchema>;

/** A batch the SDK posts: the events plus the client's clock at send time (for skew correction). */
export const EventBatchSchema = v.object({
  sentAt: epochMs,
  events: v.pipe(
    v.array(EventSchema),
    v.minLength(1, 'must not be empty'),
    v.maxLength(EVENT_LIMITS.maxEventsPerBatch, `must hold at most ${EVENT_LIMITS.maxEventsPerBatch} events`),
  ),
});
export type EventBatch = v.InferOutput<typeof EventBatchSchema>;

/** The server's answer to an accepted batch. */
export interface EventBatchResult {
  accepted: number;
  duplicates: number;
}
