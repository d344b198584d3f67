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
 * Refuses a batch holding an event over `maxBytes` (serialised), before validation looks inside
 * it: 413 naming `events[i]`. Anything that is not a batch is left to the schema to describe.
 */
export function assertEventSizes(json: unknown, maxBytes: number = EVENT_LIMITS.maxEventBytes): void {
  const events = typeof json === 'object' && json !== null ? (json as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return;
  // Counted first: a batch of too many events is refused for that, whatever their sizes.
  if (events.length > EVENT_LIMITS.maxEventsPerBatch) return;
  events.forEach((event, index) => {
    const bytes = jsonBytes(event);
    if (bytes > maxBytes) {
      const size = Number.isFinite(bytes) ? `${bytes} bytes` : 'too deeply nested';
      throw new ApiError(413, 'payload_too_large', `events[${index}]: each event must be at most ${maxBytes} bytes as JSON (this one is ${size})`);
    }
  });
}
