import { describe, expect, it } from 'vitest';
import { matchesDisplayRules } from './display-rules.js';
import { page } from './test-fixtures.js';
import { matchesUrlPattern } from './url-pattern.js';

describe('url patterns', () => {
  it.each([
    ['/', '/', true],
    ['/', '/reports', false],
    ['/reports', '/reports/', true],
    ['/reports', '/Reports', true],
    ['/reports', '/reports/42', false],
    ['/reports/*', '/reports/42', true],
    ['/reports/*', '/reports/42/edit', false],
    ['/reports/**', '/reports/42/edit', true],
    ['/reports/*/edit', '/reports/42/edit', true],
    ['**', '/anything/at/all', true],
    ['/reports', '/reports?tab=a', true],
    ['/reports?tab=a', '/reports?tab=a', true],
    ['/reports?tab=a', '/reports?tab=b', false],
    ['/reports?tab=*', '/reports?tab=b', true],
    ['/app#/settings', '/app#/settings', true],
    ['/app#/settings', '/app#/billing', false],
    ['https://app.example.com/reports/*', '/reports/7', true],
    ['https://other.example.com/reports/*', '/reports/7', false],
    ['/a.b', '/aXb', false],
    ['/price/(x)', '/price/(x)', true],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(matchesUrlPattern(pattern, page(path))).toBe(expected);
  });
});

describe('display rules', () => {
  it('matches every page when there are no patterns', () => {
    expect(matchesDisplayRules({ urlPatterns: [] }, page('/x'))).toBe(true);
  });

  it('matches when any pattern matches', () => {
    const rules = { urlPatterns: ['/settings', '/reports/*'] };
    expect(matchesDisplayRules(rules, page('/reports/1'))).toBe(true);
    expect(matchesDisplayRules(rules, page('/'))).toBe(false);
  });
});
