import { matchesDisplayRules, type PageLocation } from '@shirube/core';
import { describe, expect, it } from 'vitest';
import { demoChecklist } from './demo-checklist.js';

const at = (path: string): PageLocation => ({ href: `http://127.0.0.1:5174${path}`, path, search: '', hash: '' });

describe('the demo checklist', () => {
  const rules = demoChecklist({ welcome: 'g-welcome', createReport: 'g-create' }).displayRules!;

  it("shows on the app's pages and keeps off the sign-in page, where it would cover the form", () => {
    for (const path of ['/', '/reports', '/reports/new', '/reports/r-7', '/settings', '/approvals']) expect(matchesDisplayRules(rules, at(path))).toBe(true);
    expect(matchesDisplayRules(rules, at('/login'))).toBe(false);
  });
});
