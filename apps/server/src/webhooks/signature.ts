import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new endpoint signing secret: `whsec_` and 32 random bytes, base64url (shown once). */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * The `Shirube-Signature` value of a delivery: `v1=` and the hex HMAC-SHA256, keyed with the
 * endpoint's whole secret string, of `<id>.<timestamp>.<body>` (timestamp in Unix seconds). Signing
 * the id and timestamp with the body lets a receiver refuse replays of an old, validly signed body.
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Whether `header` (one or more space-separated `v1=` signatures) holds the signature of this
 * delivery with `secret`: compared in constant time. What a receiver runs; see docs/webhooks.md.
 */
export function verifyWebhook(secret: string, id: string, timestamp: number, body: string, header: string): boolean {
  const expected = Buffer.from(signWebhook(secret, id, timestamp, body));
  return header.split(' ').some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
