import { uuidv7, type ShirubeEvent } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { canonicalLocale, peopleOfBatch, type StoredEvent } from './people-of-batch.js';

const stored = (at: number, userKey: string, fields: Partial<ShirubeEvent> & { type: ShirubeEvent['type'] }): StoredEvent => ({
  at,
  userKey,
  event: { id: uuidv7(at), anonymousId: 'a', timestamp: at, path: '/', name: 'x', ...fields } as ShirubeEvent,
});

describe('people of a batch', () => {
  it('merges identify traits in event-time order, whatever the order in the batch', () => {
    const [person] = peopleOfBatch([
      stored(300, 'u1', { type: 'identify', traits: { plan: 'business', seats: 12 }, accountId: 'acme', accountTraits: { name: 'Acme' } }),
      stored(100, 'u1', { type: 'identify', traits: { plan: 'free', role: 'admin' }, accountId: 'old' }),
      stored(200, 'u1', { type: 'track', locale: 'ja-jp' }),
    ]);
    expect(person).toEqual({
      userKey: 'u1',
      firstSeenAt: 100,
      lastSeenAt: 300,
      accountId: 'acme',
      locale: 'ja-JP',
      traits: { plan: 'business', role: 'admin', seats: '12' },
      accountTraits: { name: 'Acme' },
    });
  });

  it('keeps users apart and marks a null trait for removal', () => {
    const people = peopleOfBatch([stored(1, 'a', { type: 'identify', traits: { plan: null, beta: true } }), stored(2, 'b', { type: 'track' })]);
    expect(people.map((p) => [p.userKey, p.traits, p.accountId, p.locale])).toEqual([
      ['a', { plan: null, beta: 'true' }, null, null],
      ['b', {}, null, null],
    ]);
  });

  it('canonicalises language tags and refuses what the runtime does not know', () => {
    expect(canonicalLocale('EN-us')).toBe('en-US');
    expect(canonicalLocale(undefined)).toBeNull();
    expect(canonicalLocale('x')).toBeNull();
  });
});
