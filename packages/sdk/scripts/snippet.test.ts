// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifiedFile, minifiedModule } from './snippet.js';

describe('loader snippet source', () => {
  it('is what src/snippet/stub.ts minifies to (run `pnpm --filter @shirube/sdk snippet` after changing the stub)', async () => {
    expect(readFileSync(minifiedFile, 'utf8')).toBe(await minifiedModule());
  });
});

describe('loader snippet in the docs', () => {
  it("is the README's copy, byte for byte", async () => {
    const { loaderSnippet } = await import('../src/snippet/index.js');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\n${loaderSnippet({ sdkUrl: 'https://guides.example.com/sdk/shirube.js', projectKey: 'pk_your_public_key' })}\n`);
  });
});
