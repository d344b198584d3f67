import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale.js';

describe('pickLocale', () => {
  it("prefers the page's language over the browser's", () => {
    expect(pickLocale('ja-JP', 'en-US')).toBe('ja-JP');
    expect(pickLocale('zh-Hant-TW', 'en')).toBe('zh-Hant-TW');
  });

  it("falls back to the browser's language when the page's is missing or malformed", () => {
    expect(pickLocale('', 'en-US')).toBe('en-US');
    expect(pickLocale(undefined, 'fr')).toBe('fr');
    expect(pickLocale('en_US', 'de-DE')).toBe('de-DE');
    expect(pickLocale(' ja', 'ko-KR')).toBe('ko-KR');
    expect(pickLocale('a', 'it')).toBe('it');
  });

  it('prefers a locale given to identify over the page and the browser, when well formed', () => {
    expect(pickLocale('fr', 'ja', 'en-US')).toBe('fr');
    expect(pickLocale('fr_FR', 'ja', 'en-US')).toBe('ja');
  });

  it('gives nothing when neither is a language tag', () => {
    expect(pickLocale('', '')).toBeUndefined();
    expect(pickLocale(null, undefined)).toBeUndefined();
    expect(pickLocale('en-US-' + 'x'.repeat(9), 42)).toBeUndefined();
    expect(pickLocale('ja-JP; DROP TABLE', {})).toBeUndefined();
  });
});
