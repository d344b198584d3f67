import { EventBatchSchema, parseWith } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../seed/seeded-random.js';
import { createPayloadFactory } from './fuzz-payloads.js';
import { validEventBatch } from './event-batch-validation.js';

/** The answer of the whole schema, as the route gives it: the output, or the 400's message. */
const throughSchema = (json: unknown) => {
  const result = parseWith(EventBatchSchema, json);
  return result.ok ? { value: result.value } : { error: result.message };
};
const throughFastPath = (json: unknown) => {
  try {
    return { value: validEventBatch(json) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('event batch validation', () => {
  it('gives what the whole schema gives, output or message, for hundreds of valid, broken and hostile batches', () => {
    const random = createRandom(8);
    const nextPayload = createPayloadFactory(random, { guideId: '0190a5c4-7a4f-7b3c-8d2e-1f2a3b4c5d6e', checklistId: '0190a5c4-7a4f-7b3c-8d2e-1f2a3b4c5d6f' });
    let valid = 0;
    for (let i = 0; i < 600; i++) {
      const { body } = nextPayload(1_700_000_000_000);
      let json: unknown;
      try {
        json = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
      } catch {
        continue;
      }
      const expected = throughSchema(json);
      if ('value' in expected) valid++;
      expect(throughFastPath(json)).toEqual(expected);
    }
    // Both kinds of answer were compared, many times.
    expect(valid).toBeGreaterThan(50);
  });

  it('strips fields an event type does not have, as the schema does', () => {
    const event = { id: '0190a5c4-7a4f-7b3c-8d2e-1f2a3b4c5d6e', type: 'track', name: 'export', timestamp: 1_700_000_000_000, anonymousId: 'a1', path: '/', extra: 1 };
    const batch = validEventBatch({ sentAt: 1_700_000_000_000, events: [event], more: true });
    expect(batch).toEqual(throughSchema({ sentAt: 1_700_000_000_000, events: [event] }).value);
    expect(batch.events[0]).not.toHaveProperty('extra');
  });
});
