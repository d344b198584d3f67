import type { Audience, PublishedGuide } from '@shirube/schema';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const ADVANCE = ['next', 'target_click', 'target_input'];
const KINDS = ['walkthrough', 'hotspots', 'checklist'];

function isStep(step: unknown): boolean {
  return (
    isObject(step) &&
    isString(step.id) &&
    isString(step.title) &&
    Array.isArray(step.content) &&
    ADVANCE.includes(step.advance as string) &&
    (step.kind === 'modal' || (step.kind === 'banner' && (step.position === 'top' || step.position === 'bottom')) || (step.kind === 'tooltip' && isObject(step.target)))
  );
}

const isCondition = (c: unknown) =>
  isObject(c) && (c.source === 'segment' ? isString(c.segmentId) && (c.op === 'in_segment' || c.op === 'not_in_segment') : (c.source === 'user' || c.source === 'account') && isString(c.trait) && isString(c.op));

/** Whether a value reads as an audience (of a guide or a saved segment). */
export const isAudience = (a: unknown): a is Audience => isObject(a) && (a.match === 'all' || a.match === 'any') && Array.isArray(a.conditions) && a.conditions.every(isCondition);

const TRIGGERS: Record<string, (t: Loose) => boolean> = {
  page_load: () => true,
  manual: () => true,
  element_appears: (t) => isObject(t.target),
  element_clicked: (t) => isObject(t.target),
  custom_event: (t) => isString(t.name),
};
const isOptional = (value: unknown, check: (value: Loose) => boolean) => value === undefined || (isObject(value) && check(value));
const isInteger = (value: unknown) => Number.isInteger(value);

/** Absent targeting is for everyone; a present one must be readable, or the guide could reach the wrong people, too often or at the wrong moment. */
function isTargeting(targeting: unknown): boolean {
  if (targeting === undefined) return true;
  if (!isObject(targeting) || !isAudience(targeting.audience)) return false;
  const { schedule, frequency, trigger, priority, split } = targeting;
  return (
    isOptional(schedule, (s) => [s.startsAt, s.endsAt].every((t) => t === undefined || isString(t))) &&
    isOptional(frequency, (f) => ['once', 'until_completed', 'every_session'].includes(f.kind as string) || (f.kind === 'every_days' && isInteger(f.days))) &&
    isOptional(trigger, (t) => !!TRIGGERS[t.kind as string]?.(t)) &&
    (priority === undefined || isInteger(priority)) &&
    // An unreadable holdout could show the guide to the users held out of it.
    isOptional(split, (h) => typeof h.holdoutPercent === 'number' && isString(h.goalEvent))
  );
}

/** Absent on other kinds; a present one needs a title and tasks that say what completes them. */
const isChecklist = (c: unknown) =>
  c === undefined ||
  (isObject(c) && isString(c.title) && isObject(c.onComplete) && Array.isArray(c.tasks) && c.tasks.every((t: unknown) => isObject(t) && isString(t.id) && isString(t.title) && isObject(t.completeWhen)));

/**
 * Whether a value has the shape of a published guide. The server validated the guide in full when
 * it was saved; this guard only keeps a malformed response or a corrupted cache from reaching code
 * that would trip over it. It is deliberately not the full schema: the validator library would
 * cost the end-user bundle more than the rest of delivery put together, and the renderer checks
 * links and nested content again as it draws them.
 */
export function isPublishedGuide(value: unknown): value is PublishedGuide {
  if (!isObject(value) || !isString(value.id) || !isString(value.name) || !Number.isInteger(value.version)) return false;
  if (value.kind !== undefined && !KINDS.includes(value.kind as string)) return false;
  const rules = value.displayRules;
  const theme = value.theme;
  return (
    isObject(rules) &&
    Array.isArray(rules.urlPatterns) &&
    rules.urlPatterns.every(isString) &&
    isObject(theme) &&
    // The colour becomes a CSS custom property: anything but a plain hex colour could smuggle in a url().
    /^#[\da-f]{6}$/i.test(theme.brandColor as string) &&
    typeof theme.radius === 'number' &&
    Array.isArray(value.steps) &&
    value.steps.every(isStep) &&
    isTargeting(value.targeting) &&
    isChecklist(value.checklist)
  );
}
