import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scopedClass, scopedClassList, scopedSelector } from './class-names.js';
import { cx } from './cx.js';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every class token the stylesheets select on. */
function cssClassTokens(): Set<string> {
  const tokens = new Set<string>();
  for (const file of filesUnder(join(srcDir, 'styles'), '.css')) {
    const selectors = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .match(/[^{}]+(?=\{)/g);
    for (const selector of selectors ?? []) {
      for (const match of selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) tokens.add(match[1]!);
    }
  }
  return tokens;
}

describe('generated class names', () => {
  it('maps a token to an opaque name that depends on the salt only', () => {
    expect(scopedClass('button', 'a')).toMatch(/^_[0-9a-z]+$/);
    expect(scopedClass('button', 'a')).toBe(scopedClass('button', 'a'));
    expect(scopedClass('button', 'a')).not.toBe(scopedClass('button', 'b'));
    expect(scopedClass('button', 'a')).not.toContain('button');
    expect(scopedClassList('  button   button-primary ', 'a')).toBe(`${scopedClass('button', 'a')} ${scopedClass('button-primary', 'a')}`);
  });

  it('rewrites class selectors and leaves elements, ids, attributes, strings and pseudo-classes alone', () => {
    const s = (token: string) => scopedClass(token, 'a');
    expect(scopedSelector('.nav-link.active svg', 'a')).toBe(`.${s('nav-link')}.${s('active')} svg`);
    expect(scopedSelector('a.brand:hover > #main', 'a')).toBe(`a.${s('brand')}:hover > #main`);
    expect(scopedSelector('input[type="file"].visually-hidden:focus-visible', 'a')).toBe(`input[type="file"].${s('visually-hidden')}:focus-visible`);
    expect(scopedSelector('[data-x=".not-a-class"] .badge-draft::before', 'a')).toBe(`[data-x=".not-a-class"] .${s('badge-draft')}::before`);
    expect(scopedSelector(':lang(ja) body, :not(.table-compact) th', 'a')).toBe(`:lang(ja) body, :not(.${s('table-compact')}) th`);
  });

  it('gives every class in the stylesheets a distinct name per build, and two builds no name in common', () => {
    const tokens = [...cssClassTokens()];
    expect(tokens.length).toBeGreaterThan(100);
    const a = new Set(tokens.map((t) => scopedClass(t, 'a')));
    const b = new Set(tokens.map((t) => scopedClass(t, 'b')));
    expect(a.size).toBe(tokens.length);
    expect(b.size).toBe(tokens.length);
    expect([...a].filter((name) => b.has(name))).toEqual([]);
  });

  it('builds class attributes from names and conditions with this build’s salt', () => {
    expect(cx('nav-link', false, 'active', null)).toBe(scopedClassList('nav-link active', 'a'));
    expect(cx('')).toBe('');
  });

  it('is used for every class in the app’s JSX, so markup and CSS always agree', () => {
    const unscoped: string[] = [];
    for (const file of filesUnder(srcDir, '.tsx')) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\b(class|className)=(?!\{cx\()/g)) {
        unscoped.push(`${file.slice(srcDir.length)}: ${source.slice(match.index, match.index + 40)}`);
      }
    }
    expect(unscoped).toEqual([]);
  });
});
