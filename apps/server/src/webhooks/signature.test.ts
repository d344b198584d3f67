import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signWebhook, verifyWebhook } from './signature.js';

describe('webhook signature', () => {
  const secret = 'whsec_test';
  const body = '{"id":"evt","type":"guide.completed"}';

  it('is v1= and the hex HMAC-SHA256 of "<id>.<timestamp>.<body>" keyed with the secret', () => {
    const expected = createHmac('sha256', secret).update(`evt.1700000000.${body}`).digest('hex');
    expect(signWebhook(secret, 'evt', 1_700_000_000, body)).toBe(`v1=${expected}`);
  });

  it('verifies with the same secret, id, timestamp and body only', () => {
    const header = signWebhook(secret, 'evt', 1_700_000_000, body);
    expect(verifyWebhook(secret, 'evt', 1_700_000_000, body, header)).toBe(true);
    expect(verifyWebhook('whsec_other', 'evt', 1_700_000_000, body, header)).toBe(false);
    expect(verifyWebhook(secret, 'evt2', 1_700_000_000, body, header)).toBe(false);
    expect(verifyWebhook(secret, 'evt', 1_700_000_001, body, header)).toBe(false);
    expect(verifyWebhook(secret, 'evt', 1_700_000_000, `${body} `, header)).toBe(false);
  });

  it('accepts any of several space-separated signatures (during a secret rotation)', () => {
    const header = `${signWebhook('whsec_old', 'evt', 1, body)} ${signWebhook(secret, 'evt', 1, body)}`;
    expect(verifyWebhook(secret, 'evt', 1, body, header)).toBe(true);
  });

  it('generates distinct secrets of 32 random bytes', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
