import { uuidv7, type Props } from '@shirube/schema';
import type { KeyValueStore } from './storage.js';

/** Who events are attributed to on this device. */
export interface Identity {
  anonymousId: string;
  userId: string | null;
  accountId: string | null;
  /** Fingerprint of the last identify call, so a page that identifies on every load records it once. */
  lastIdentify: string | null;
  /** The user's and their account's traits from identify, kept so guides' audiences work on every page. */
  traits: Props;
  accountTraits: Props;
}

/** A fresh anonymous identity. */
export function anonymousIdentity(now: number): Identity {
  return { anonymousId: uuidv7(now), userId: null, accountId: null, lastIdentify: null, traits: {}, accountTraits: {} };
}

const isPlainObject = (value: unknown): value is Props => typeof value === 'object' && value !== null && !Array.isArray(value);

function isIdentity(value: unknown): value is Identity {
  const v = value as Partial<Identity> | null;
  return typeof v === 'object' && v !== null && typeof v.anonymousId === 'string' && v.anonymousId.length > 0;
}

/** Loads the stored identity, creating (and storing) an anonymous one the first time. */
export async function loadIdentity(store: KeyValueStore, key: string, now: number): Promise<Identity> {
  const stored = await store.get<unknown>(key);
  if (isIdentity(stored)) {
    return {
      anonymousId: stored.anonymousId,
      userId: typeof stored.userId === 'string' ? stored.userId : null,
      accountId: typeof stored.accountId === 'string' ? stored.accountId : null,
      lastIdentify: typeof stored.lastIdentify === 'string' ? stored.lastIdentify : null,
      traits: isPlainObject(stored.traits) ? stored.traits : {},
      accountTraits: isPlainObject(stored.accountTraits) ? stored.accountTraits : {},
    };
  }
  const fresh = anonymousIdentity(now);
  await store.set(key, fresh);
  return fresh;
}
