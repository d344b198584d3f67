import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('browser-facing types', () => {
  it('reach browser bundles without any runtime import', () => {
    for (const path of ['./types.ts', './console/console-types.ts']) {
      const statements = source(path).match(/^(import|export)\b[^\n]*/gm) ?? [];
      expect(statements.length, path).toBeGreaterThan(0);
      for (const statement of statements) expect(statement, path).toMatch(/^(import type|export type|export interface)\b/);
    }
  });
});
