import { describe, expect, it } from 'vitest';
import { formatAmount, formatCompactAmount, formatDate, formatMonth } from './format.js';

describe('amount formatting', () => {
  it('uses the half-width yen sign and grouping in English', () => {
    expect(formatAmount(12800, 'en')).toBe('¥12,800');
    expect(formatAmount(1234567, 'en')).toBe('¥1,234,567');
  });

  it('uses the Japanese full-width yen sign in Japanese', () => {
    expect(formatAmount(12800, 'ja')).toBe('￥12,800');
  });

  it('never shows fractional yen', () => {
    expect(formatAmount(980, 'en')).toBe('¥980');
    expect(formatAmount(0, 'ja')).toBe('￥0');
  });

  it('abbreviates by thousands in English and by 万 in Japanese', () => {
    expect(formatCompactAmount(120000, 'en')).toBe('¥120K');
    expect(formatCompactAmount(120000, 'ja')).toBe('￥12万');
  });
});

describe('date formatting', () => {
  it('prints a calendar day without shifting it across time zones', () => {
    expect(formatDate('2025-11-03', 'en')).toBe('Nov 3, 2025');
    expect(formatDate('2025-11-03', 'ja')).toBe('2025年11月3日');
  });

  it('labels months per language', () => {
    expect(formatMonth('2025-04', 'en')).toBe('Apr');
    expect(formatMonth('2025-04', 'ja')).toBe('4月');
  });
});
