import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url: session ids, CSRF tokens and builder tokens. */
export const newToken = () => randomBytes(32).toString('base64url');

/** How tokens are stored: high-entropy values need no salt or slow hash, only one-wayness. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Constant-time string equality (length differences return false at once; lengths are not secret). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
