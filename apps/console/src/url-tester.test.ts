import { describe, expect, it } from 'vitest';
import { testUrl } from './url-tester.js';

describe('the "does this URL match?" tester', () => {
  const rules = { urlPatterns: ['/reports/*', '/settings/**'] };
  it('says which patterns match a full address or a path', () => {
    expect(testUrl(rules, 'https://app.example.com/reports/42')).toEqual({ shows: true, matching: ['/reports/*'] });
    expect(testUrl(rules, '/settings/team/roles')).toEqual({ shows: true, matching: ['/settings/**'] });
    expect(testUrl(rules, '/reports/42/items')).toEqual({ shows: false, matching: [] });
  });
  it('shows everywhere without patterns, and says nothing for an empty address', () => {
    expect(testUrl({ urlPatterns: [] }, '/anything')).toEqual({ shows: true, matching: [] });
    expect(testUrl(rules, '  ')).toBeNull();
  });
});
