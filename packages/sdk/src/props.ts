import { EVENT_LIMITS, type Props } from '@shirube/schema';

type Scalar = string | number | boolean | null;

function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** Keeps what the event schema accepts: scalar values, short keys, at most 50 of them, strings cut to 1,000. */
export function sanitizeProps(input: unknown): Props | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const out: Props = {};
  let count = 0;
  for (const [key, value] of Object.entries(input)) {
    if (count >= EVENT_LIMITS.maxPropKeys) break;
    if (key.length === 0 || key.length > 100 || !isScalar(value)) continue;
    out[key] = typeof value === 'string' ? value.slice(0, 1_000) : value;
    count++;
  }
  return out;
}

/** A valid id for userId/accountId, or null. */
export function cleanId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  return typeof value === 'string' && value.length > 0 && value.length <= EVENT_LIMITS.maxIdLength ? value : null;
}

/** Splits identify traits into user traits, the account id and account traits. */
export function splitTraits(input: unknown): { traits: Props | undefined; accountId: string | null; accountTraits: Props | undefined } {
  if (typeof input !== 'object' || input === null) return { traits: undefined, accountId: null, accountTraits: undefined };
  const { accountId, account, ...rest } = input as Record<string, unknown>;
  return { traits: sanitizeProps(rest), accountId: cleanId(accountId), accountTraits: sanitizeProps(account) };
}
