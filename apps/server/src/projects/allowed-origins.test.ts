import { describe, expect, it } from 'vitest';
import { isOriginPattern, originMatches } from './allowed-origins.js';

describe('SDK origin patterns', () => {
  it('accepts exact origins and a leading wildcard label only', () => {
    for (const ok of ['https://app.example.com', 'http://localhost:5174', 'https://*.example.com', 'https://*.example.com:8443', 'http://*.local']) {
      expect(isOriginPattern(ok), ok).toBe(true);
    }
    for (const bad of ['*', 'https://*', 'https://*.', 'https://a.*.example.com', 'https://*.*.example.com', '*.example.com', 'https://*example.com', 'https://*.example.com/', 'https://app.example.com/path', 'ftp://*.example.com', 'https://*.Example.com']) {
      expect(isOriginPattern(bad), bad).toBe(false);
    }
  });

  it('matches exact origins exactly', () => {
    expect(originMatches(['https://app.example.com'], 'https://app.example.com')).toBe(true);
    expect(originMatches(['https://app.example.com'], 'http://app.example.com')).toBe(false);
    expect(originMatches(['https://app.example.com'], 'https://app.example.com:8443')).toBe(false);
    expect(originMatches(['https://app.example.com'], 'https://app.example.com.evil.net')).toBe(false);
  });

  it('matches a wildcard against subdomains at any depth, never the bare domain, another scheme or port', () => {
    const patterns = ['https://*.example.com'];
    expect(originMatches(patterns, 'https://app.example.com')).toBe(true);
    expect(originMatches(patterns, 'https://eu.app.example.com')).toBe(true);
    expect(originMatches(patterns, 'https://example.com')).toBe(false);
    expect(originMatches(patterns, 'http://app.example.com')).toBe(false);
    expect(originMatches(patterns, 'https://app.example.com:8443')).toBe(false);
    expect(originMatches(patterns, 'https://evilexample.com')).toBe(false);
    expect(originMatches(patterns, 'https://example.com.evil.net')).toBe(false);
    expect(originMatches(patterns, 'https://a/b.example.com')).toBe(false);
    expect(originMatches(['https://*.example.com:8443'], 'https://app.example.com:8443')).toBe(true);
  });

  it('never matches the opaque origin `null` of sandboxed frames and files', () => {
    expect(originMatches(['https://*.example.com', 'https://app.example.com'], 'null')).toBe(false);
  });
});
