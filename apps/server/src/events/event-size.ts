import { EVENT_LIMITS } from '@shirube/schema';
import { ApiError } from '../errors.js';

/** UTF-8 bytes of a value serialised as JSON; Infinity when it cannot be (nested too deep to walk). */
export function jsonBytes(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * A number written with an exponent, as JSON places one (after `:`, `,` or `[`): the only thing
 * that can serialise to more than its source (`1e20` becomes 21 characters). Everything else
 * serialises to at most its source (escapes like `\u00e9` shrink, whitespace goes). The same text
 * inside a string is a harmless false alarm: the events are then measured one by one.
 */
const EXPONENT_NUMBER = /[:,[]\s*-?\d+(?:\.\d+)?[eE]/;

/**
 * Brackets a body may open and still be measured from its text: far fewer than the nesting at
 * which serialising fails (which `jsonBytes` reports as over any limit).
 */
const MAX_BRACKETS = 1_000;

function bracketsAtMost(body: string, max: number): boolean {
  let count = 0;
  for (const bracket of ['{', '[']) {
    for (let at = body.indexOf(bracket); at !== -1; at = body.indexOf(bracket, at + 1)) if (++count > max) return false;
  }
  return true;
}

/** Whether no part of the JSON `body` can serialise to more than `maxBytes`: then each event need not be measured. */
function bodyFitsOneEvent(body: string, maxBytes: number): boolean {
  // Cheap first: a body this long may hold one event over the limit (UTF-8 takes at most 3 bytes per UTF-16 unit).
  if (body.length > maxBytes) return false;
  if (body.length * 3 > maxBytes && Buffer.byteLength(body, 'utf8') > maxBytes) return false;
  return !EXPONENT_NUMBER.test(body) && bracketsAtMost(body, MAX_BRACKETS);
}

/**
 * Refuses a batch holding an event over `maxBytes` (serialised), before validation looks inside
 * it: 413 naming `events[i]`. Anything that is not a batch is left to the schema to describe.
 * Given the `body` the batch was parsed from, a body too small to hold such an event skips
 * measuring each one.
 */
export function assertEventSizes(json: unknown, body?: string, maxBytes: number = EVENT_LIMITS.maxEventBytes): void {
  const events = typeof json === 'object' && json !== null ? (json as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return;
  // Counted first: a batch of too many events is refused for that, whatever their sizes.
  if (events.length > EVENT_LIMITS.maxEventsPerBatch) return;
  if (body !== undefined && bodyFitsOneEvent(body, maxBytes)) return;
  events.forEach((event, index) => {
    const bytes = jsonBytes(event);
    if (bytes > maxBytes) {
      const size = Number.isFinite(bytes) ? `${bytes} bytes` : 'too deeply nested';
      throw new ApiError(413, 'payload_too_large', `events[${index}]: each event must be at most ${maxBytes} bytes as JSON (this one is ${size})`);
    }
  });
}
