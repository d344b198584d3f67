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
  it("is the READMEs' copy, byte for byte", async () => {
    const { loaderSnippet } = await import('../src/snippet/index.js');
    const readme = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
    expect(readme('../README.md')).toContain(`\n${loaderSnippet({ sdkUrl: 'https://guides.example.com/sdk/shirube.js', projectKey: 'pk_your_public_key' })}\n`);
    expect(readme('../../../README.md')).toContain(`\n${loaderSnippet({ sdkUrl: 'https://shirube.example.com/sdk/shirube.js', projectKey: 'pk_…' })}\n`);
  });
});
