import { createHash, randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `length` uniformly random base62 characters (rejection sampling avoids modulo bias). */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 * 62: bytes at or above it would favour the first characters.
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

/** A publishable key for the SDK: it sits in customers' page HTML, so it only reads and reports. */
export const newPublicKey = () => `pk_${randomBase62(24)}`;

/** An admin key: returned once at project creation; only its hash is stored. */
export const newSecretKey = () => `sk_${randomBase62(40)}`;

/** How secret keys are stored and looked up. High-entropy keys need no salt or slow hash. */
export function hashSecretKey(secretKey: string): string {
  return createHash('sha256').update(secretKey).digest('hex');
}

export const isPublicKeyShaped = (key: string) => key.startsWith('pk_');
export const isSecretKeyShaped = (key: string) => key.startsWith('sk_');
