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
 * Bytes that serialising what `text` parses to can add to it: only a number written with an
 * exponent grows (`1e20` is 21 characters once serialised, 17 more), and each has an `e` or `E`.
 * Everything else serialises to at most its source (escapes like `\u00e9` shrink, whitespace goes).
 */
const MAX_GROWTH_PER_EXPONENT = 17;

/**
 * Brackets a body may open and still be measured from its text: far fewer than the nesting at
 * which serialising fails (which `jsonBytes` reports as over any limit).
 */
const MAX_BRACKETS = 1_000;

/** Whether no part of the JSON `body` can serialise to more than `maxBytes`: then each event need not be measured. */
function bodyFitsOneEvent(body: string, maxBytes: number): boolean {
  // Cheap first: a body this long may hold one event over the limit.
  if (body.length > maxBytes) return false;
  let exponents = 0;
  let brackets = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === 101 || code === 69) exponents++; // e E
    else if (code === 123 || code === 91) brackets++; // { [
  }
  return brackets <= MAX_BRACKETS && Buffer.byteLength(body, 'utf8') + exponents * MAX_GROWTH_PER_EXPONENT <= maxBytes;
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
