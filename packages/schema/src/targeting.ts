import * as v from 'valibot';

/*
 * Who sees a piece of guidance and how often: the rules `@shirube/core` evaluates the same way in
 * the SDK (to decide) and on the server (to count and to preview). Pages stay in `DisplayRules`.
 */

const traitKey = v.pipe(v.string(), v.minLength(1), v.maxLength(100), v.regex(/^[A-Za-z0-9_.:-]+$/, 'must use letters, digits, _ . : or -'));
const textValue = v.pipe(v.string(), v.maxLength(200));

/** Whose trait a condition reads: the end user's (`identify` traits) or their account's. */
export const TRAIT_SOURCES = ['user', 'account'] as const;
export type TraitSource = (typeof TRAIT_SOURCES)[number];

const ConditionBase = { source: v.picklist(TRAIT_SOURCES), trait: traitKey };

/** One test of one trait. Text comparisons ignore case; a missing trait fails every test but `not_equals` and `missing`. */
export const ConditionSchema = v.variant('op', [
  v.object({ ...ConditionBase, op: v.picklist(['equals', 'not_equals', 'contains'] as const), value: textValue }),
  v.object({ ...ConditionBase, op: v.picklist(['greater_than', 'less_than'] as const), value: v.number() }),
  v.object({ ...ConditionBase, op: v.literal('in'), value: v.pipe(v.array(textValue), v.minLength(1, 'must list at least one value'), v.maxLength(100)) }),
  /** The trait is a date (ISO text or epoch ms) no more than `value` days ago. */
  v.object({ ...ConditionBase, op: v.literal('within_days'), value: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3_650)) }),
  v.object({ ...ConditionBase, op: v.picklist(['exists', 'missing'] as const) }),
]);
export type Condition = v.InferOutput<typeof ConditionSchema>;

/** Users a rule set admits: every condition (`all`) or at least one (`any`); no conditions admits everyone. */
export const AudienceSchema = v.object({
  match: v.picklist(['all', 'any'] as const),
  conditions: v.pipe(v.array(ConditionSchema), v.maxLength(20)),
});
export type Audience = v.InferOutput<typeof AudienceSchema>;

export const EVERYONE: Audience = { match: 'all', conditions: [] };

/**
 * How often content may show to one user: once ever; until they complete it (dismissing it
 * brings it back next session); once per session; or at most once every `days` days.
 */
export const FrequencySchema = v.variant('kind', [
  v.object({ kind: v.picklist(['once', 'until_completed', 'every_session'] as const) }),
  v.object({ kind: v.literal('every_days'), days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)) }),
]);
export type Frequency = v.InferOutput<typeof FrequencySchema>;

/** When content is live: from `startsAt` (inclusive) until `endsAt` (exclusive), ISO times; either may be open. */
export const ScheduleSchema = v.pipe(
  v.object({
    startsAt: v.optional(v.pipe(v.string(), v.isoTimestamp('must be an ISO time such as 2026-12-01T09:00:00Z'))),
    endsAt: v.optional(v.pipe(v.string(), v.isoTimestamp('must be an ISO time such as 2026-12-31T18:00:00Z'))),
  }),
  v.check((s) => !s.startsAt || !s.endsAt || Date.parse(s.startsAt) < Date.parse(s.endsAt), 'endsAt must be after startsAt'),
);
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

/**
 * An A/B holdout: `holdoutPercent` of users never see the content, so its effect on `goalEvent`
 * (a `Shirube.track` name) can be compared between those who saw it and those who did not.
 */
export const SplitSchema = v.object({
  holdoutPercent: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'), v.maxValue(90, 'must be at most 90')),
  goalEvent: v.pipe(v.string(), v.trim(), v.minLength(1, 'must name a track event'), v.maxLength(200)),
});
export type Split = v.InferOutput<typeof SplitSchema>;

/**
 * Who a guide is for and when. Part of the guide's content, so a change is published as a new
 * version like its steps. (Frequency and triggers will join here.)
 */
export const TargetingSchema = v.object({
  audience: AudienceSchema,
  /** When it may start; absent: always. */
  schedule: v.optional(ScheduleSchema),
  /** An A/B holdout measured on a goal event; absent: everyone the rules admit sees it. */
  split: v.optional(SplitSchema),
});
export type Targeting = v.InferOutput<typeof TargetingSchema>;

export const DEFAULT_TARGETING: Targeting = { audience: EVERYONE };
