/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUiLiterals } from './ui-literals.js';

// The console's tests run in happy-dom, whose import.meta.url is not a file URL; Vite sets the file's own path.
const SRC = dirname(dirname(new URL(import.meta.url).pathname));

/**
 * Literals that are not interface words: the product's name, and sample data in placeholders
 * (paths, event and trait names an app would use), which read the same in every language.
 */
const NOT_UI = [/^Shirube$/, /^\/[\w/*.-]*$/, /^https?:\/\/\S+$/, /^[a-z]+(_[a-z]+)*$/, /^[a-z]+(, [a-z]+)+$/];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

describe('console interface text', () => {
  it('comes from the message catalogues: no English literal in any component', () => {
    const files = tsxFiles(SRC);
    expect(files.length).toBeGreaterThan(30);
    const leftovers = files.flatMap((file) =>
      findUiLiterals(file, readFileSync(file, 'utf8'))
        .filter((literal) => !NOT_UI.some((pattern) => pattern.test(literal.text)))
        .map((literal) => `${relative(SRC, file)}:${literal.line} ${JSON.stringify(literal.text)}`),
    );
    expect(leftovers).toEqual([]);
  });
});

describe('the literal finder', () => {
  const find = (source: string) => findUiLiterals('x.tsx', source).map((l) => l.text);
  it('finds JSX text, reading attributes and strings shown from expressions', () => {
    expect(find(`const a = <p title="Hello there">Save draft {ok ? 'Yes it is' : t.no}</p>;`)).toEqual(['Hello there', 'Save draft', 'Yes it is']);
    expect(find('const a = <Field label="Name" hint={`Step ${n}`} />;')).toEqual(['Name', 'Step']);
    expect(find('const a = <Empty action={<b>Create one</b>} />;')).toEqual(['Create one']);
  });
  it('ignores class names, ids, keys passed to functions and text that is not words', () => {
    expect(find(`const a = <p class="muted wide" id="x-y" data-testid="z">{t('key.name')} {n} · {'—'}</p>;`)).toEqual([]);
  });
});
