import { EVENT_LIMITS, EventBatchSchema, EventSchema, type EventBatch } from '@shirube/schema';
import * as v from 'valibot';
import { validBody } from '../http/json-body.js';

type EventOption = (typeof EventSchema.options)[number];

/** Each event type's own object schema, taken from the one `EventSchema` definition. */
const OPTION_BY_TYPE = new Map<unknown, EventOption>(EventSchema.options.map((option) => [option.entries.type.literal, option]));
const SENT_AT = EventBatchSchema.entries.sentAt;

/**
 * Validates an event batch as `EventBatchSchema` does, with the same output, but checks each event
 * against its type's schema at once: valibot's `variant` tries the discriminator of every event
 * type in turn for each event, a tenth of the request's CPU on a batch of fifty. Anything the fast
 * path does not accept goes through the whole schema, so a 400 names the field exactly as before.
 */
export function validEventBatch(json: unknown): EventBatch {
  return fastBatch(json) ?? validBody(EventBatchSchema, json);
}

function fastBatch(json: unknown): EventBatch | null {
  if (typeof json !== 'object' || json === null) return null;
  const { sentAt, events } = json as { sentAt?: unknown; events?: unknown };
  if (!Array.isArray(events) || events.length < 1 || events.length > EVENT_LIMITS.maxEventsPerBatch) return null;
  const checkedSentAt = v.safeParse(SENT_AT, sentAt);
  if (!checkedSentAt.success) return null;
  const output: EventBatch['events'] = [];
  for (const event of events) {
    const option = typeof event === 'object' && event !== null ? OPTION_BY_TYPE.get((event as { type?: unknown }).type) : undefined;
    if (!option) return null;
    const checked = v.safeParse(option, event);
    if (!checked.success) return null;
    output.push(checked.output);
  }
  return { sentAt: checkedSentAt.output, events: output };
}
