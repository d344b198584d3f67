import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_TOLERANCE_MS, correctedTime } from './event-row.js';

const received = 1_800_000_000_000;

describe('clock skew correction', () => {
  it('keeps client timestamps when the send time is within the tolerance of arrival', () => {
    expect(correctedTime(received - 5_000, received - 300, received)).toBe(received - 5_000);
    expect(correctedTime(received - 5_000, received - CLOCK_SKEW_TOLERANCE_MS, received)).toBe(received - 5_000);
  });

  it('shifts by the skew when the client clock is behind', () => {
    const sentAt = received - 3_600_000;
    expect(correctedTime(sentAt - 2_000, sentAt, received)).toBe(received - 2_000);
  });

  it('shifts by the skew when the client clock is ahead', () => {
    const sentAt = received + 600_000;
    expect(correctedTime(sentAt - 10_000, sentAt, received)).toBe(received - 10_000);
  });

  it('never dates an event after arrival nor before the epoch', () => {
    expect(correctedTime(received + 1_000, received, received)).toBe(received);
    expect(correctedTime(received + 60_000, received - 10_000, received)).toBe(received);
    expect(correctedTime(0, received + 10_000, received)).toBe(0);
  });
});
