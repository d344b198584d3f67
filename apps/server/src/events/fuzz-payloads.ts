import { CHECKLIST_STATES, SPLIT_GROUPS, TARGET_MISSING_REASONS, uuidv7 } from '@shirube/schema';
import type { Random } from '../seed/seeded-random.js';

/** One request body to send: its raw bytes or text and the Content-Type to label it with. */
export interface FuzzPayload {
  kind: string;
  body: string | Uint8Array;
  contentType: string | null;
}

/** The guides the fuzzer aims events at, so analytics code runs as well as validation. */
export interface FuzzTargets {
  guideId: string;
  checklistId: string;
}

const CONTENT_TYPES = ['text/plain', 'text/plain;charset=UTF-8', 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'text/html', null];
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', '\u0000', '\ud800'];
const NASTY_STRINGS = ['', '\u0000', 'a\u0000b', '\ud800', '\udfff', '\udfff\ud800', '\uffff', '\u202e', '💥', 'é', 'あ', '<script>', "'; drop table events; --", '%00', '\\', '"'];
const NASTY_NUMBERS = [0, -0, -1, 1.5, 2 ** 53, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, 5e-324, 253_402_300_800_000, Number.MAX_SAFE_INTEGER];

/** Test-only: payload generators driven by one seeded random source, so a failing run reproduces. */
export function createPayloadFactory(random: Random, targets: FuzzTargets) {
  const int = (max: number) => random.int(0, max - 1);
  const { pick, chance } = random;

  const randomString = (maxLength: number): string => {
    const length = int(maxLength + 1);
    let out = '';
    for (let i = 0; i < length; i++) out += chance(0.1) ? pick(NASTY_STRINGS) : String.fromCharCode(int(chance(0.8) ? 128 : 0x10000));
    return out;
  };
  const hugeString = () => pick(['x', 'あ', '\u0000', '\ud800', '"']).repeat(pick([1_001, 70_000, 300_000]));

  const randomValue = (depth = 0): unknown => {
    switch (int(depth > 3 ? 5 : 7)) {
      case 0:
        return randomString(20);
      case 1:
        return pick(NASTY_NUMBERS);
      case 2:
        return chance(0.5);
      case 3:
        return null;
      case 4:
        return pick(NASTY_STRINGS);
      case 5:
        return Array.from({ length: int(4) }, () => randomValue(depth + 1));
      default:
        return Object.fromEntries(Array.from({ length: int(4) }, () => [chance(0.3) ? pick(NASTY_KEYS) : randomString(8), randomValue(depth + 1)]));
    }
  };

  const props = () => Object.fromEntries(Array.from({ length: int(6) }, (_, i) => [`k${i}`, pick<unknown>([randomString(30), int(1000), chance(0.5), null])]));

  /** A valid event of a random type (valid as far as the schema goes). */
  const validEvent = (now: number): Record<string, unknown> => {
    const base = { id: uuidv7(now - int(100_000)), anonymousId: `anon-${int(50)}`, timestamp: now - int(60_000), path: `/p/${int(10)}`, ...(chance(0.5) ? { userId: `u-${int(20)}` } : {}), ...(chance(0.3) ? { accountId: `acct-${int(5)}` } : {}) };
    const guide = { guideId: chance(0.9) ? targets.guideId : `g-${int(5)}`, guideVersion: chance(0.9) ? 1 : 1 + int(3) };
    const step = { ...guide, stepId: pick(['hello', 'create']), stepIndex: int(2) };
    switch (int(12)) {
      case 0:
        return { ...base, ...guide, type: 'guide_started' };
      case 1:
        return { ...base, ...step, type: 'step_viewed' };
      case 2:
        return { ...base, ...step, type: 'step_completed' };
      case 3:
        return { ...base, ...guide, type: 'guide_completed' };
      case 4:
        return { ...base, ...step, type: 'guide_dismissed' };
      case 5:
        return { ...base, ...step, type: 'target_missing', reason: pick(TARGET_MISSING_REASONS) };
      case 6:
        return { ...base, guideId: targets.checklistId, guideVersion: 1, type: 'checklist_task_completed', taskId: pick(['visit', 'submit', 'nope']) };
      case 7:
        return { ...base, guideId: targets.checklistId, type: 'checklist_state', state: pick(CHECKLIST_STATES) };
      case 8:
        return { ...base, ...guide, type: 'split_assigned', group: pick(SPLIT_GROUPS) };
      case 9:
        return { ...base, type: 'identify', traits: props(), accountTraits: props() };
      case 10:
        return { ...base, type: 'help_search', query: randomString(30) || 'q', resultCount: int(5) };
      default:
        return { ...base, type: 'track', name: `e${int(10)}`, props: props() };
    }
  };

  const validBatch = (now: number) => ({ sentAt: chance(0.8) ? now : now + (int(2) ? 1 : -1) * int(10 * 86_400_000), events: Array.from({ length: 1 + int(5) }, () => validEvent(now)) });

  /** Replaces, removes or adds one field somewhere in the batch. */
  const mutate = (batch: Record<string, unknown>): Record<string, unknown> => {
    const events = batch.events as Record<string, unknown>[];
    const target: Record<string, unknown> = chance(0.2) ? batch : pick(events);
    const keys = Object.keys(target);
    const key = chance(0.2) ? pick(NASTY_KEYS) : pick(keys);
    switch (int(4)) {
      case 0:
        delete target[key];
        break;
      case 1:
        target[key] = randomValue();
        break;
      case 2:
        target[key] = chance(0.5) ? hugeString() : pick(NASTY_STRINGS);
        break;
      default:
        if (chance(0.5)) batch.events = events.concat(events);
        else target[key] = pick(NASTY_NUMBERS);
    }
    return batch;
  };

  /** JSON text with `__proto__`/`constructor` keys written in literally (JSON.stringify drops a real prototype). */
  const withPrototypeKeys = (now: number) => {
    const text = JSON.stringify(validBatch(now));
    const injected = `"${pick(['__proto__', 'constructor', 'prototype'])}":${JSON.stringify(randomValue())},`;
    const spots = [...text.matchAll(/\{/g)].map((match) => match.index! + 1);
    const at = pick(spots);
    return text.slice(0, at) + injected + text.slice(at);
  };

  const deepNesting = () => {
    const depth = pick([10, 1_000, 50_000, 120_000]);
    const [open, close] = pick([['[', ']'], ['{"a":', '}'], ['{"events":[', ']}']]);
    const inner = pick(['1', '{}', '"x"', JSON.stringify(validBatch(Date.now()))]);
    return open.repeat(depth) + inner + close.repeat(depth);
  };

  const invalidUtf8 = () => {
    const text = new TextEncoder().encode(JSON.stringify(validBatch(Date.now())));
    for (let i = 0; i < 1 + int(5); i++) text[int(text.length)] = pick([0xff, 0xfe, 0xc0, 0x80, 0xed, 0x00]);
    return text;
  };

  /** One payload of a randomly chosen family. */
  return function nextPayload(now = Date.now()): FuzzPayload {
    const contentType = chance(0.7) ? 'text/plain' : pick(CONTENT_TYPES);
    const family = int(10);
    switch (family) {
      case 0:
        return { kind: 'valid', body: JSON.stringify(validBatch(now)), contentType };
      case 1:
      case 2:
        return { kind: 'mutated', body: JSON.stringify(mutate(validBatch(now))), contentType };
      case 3:
        return { kind: 'prototype-keys', body: withPrototypeKeys(now), contentType };
      case 4:
        return { kind: 'deep-nesting', body: deepNesting(), contentType };
      case 5: {
        const text = JSON.stringify(validBatch(now));
        return { kind: 'truncated', body: text.slice(0, int(text.length)), contentType };
      }
      case 6:
        return { kind: 'invalid-utf8', body: invalidUtf8(), contentType };
      case 7:
        return { kind: 'random-value', body: JSON.stringify(randomValue()) ?? '', contentType };
      case 8: {
        const batch = validBatch(now);
        // A lone surrogate or NUL written into a string field as a JSON escape.
        const text = JSON.stringify(batch).replace(/"path":"/, `"path":"${pick(['\\ud800', '\\udfff', '\\u0000', 'a\\u0000'])}`);
        return { kind: 'escapes', body: text, contentType };
      }
      default:
        return { kind: 'huge', body: JSON.stringify({ ...validBatch(now), padding: chance(0.5) ? hugeString() : undefined, events: [{ ...validEvent(now), name: hugeString() }] }), contentType };
    }
  };
}
