import { TargetSchema, type Target } from '@shirube/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { captureTarget, findTarget, locateTarget } from './index.js';
import { appPage, byKey, layout, mount, type AppOptions } from './test-page.js';

afterEach(() => document.body.replaceChildren());

const ALL = ['nav.reports', 'nav.settings', 'bell', 'help', 'create', 'export', 'import', 'search', 'r1.link', 'r2.edit', 'r3.del', 'receipts.more', 'policies.more', 'name', 'email', 'save', 'cancel', 'bar.feb'];

/** Captures each key on the first release, then finds it on `after`: the keys it found again, and what it got wrong. */
function survive(after: AppOptions, keys = ALL, lang = 'en', langAfter = lang) {
  mount(appPage(), lang);
  const targets = new Map(keys.map((k) => [k, JSON.parse(JSON.stringify(captureTarget(byKey(k)!))) as Target]));
  mount(appPage({ build: 2, ...after }), langAfter);
  const found: string[] = [];
  const wrong: string[] = [];
  for (const [k, target] of targets) {
    const got = findTarget(target);
    if (got && got === byKey(k)) found.push(k);
    else if (got) wrong.push(`${k} -> ${got.getAttribute('data-k') ?? got.outerHTML.slice(0, 60)}`);
  }
  return { found, wrong };
}

describe('locator across releases', () => {
  it('describes every element of the page validly and compactly', () => {
    mount(appPage(), 'en');
    for (const el of document.body.querySelectorAll('*')) {
      const target = captureTarget(el);
      expect(TargetSchema['~standard'].validate(target)).not.toHaveProperty('issues');
      expect(JSON.stringify(target).length).toBeLessThan(1024);
    }
  });

  it.each<[string, AppOptions]>([
    ['regenerated hashed classes and generated ids', {}],
    ['inserted wrapper divs', { wrap: true }],
    ['reordered siblings', { reorder: true }],
    ['items inserted before the target', { insert: true }],
    ['small wording changes', { reword: true }],
    ['table rows after a re-sort', { resort: true }],
    ['volatile attributes toggled', { churn: true }],
    ['all of those at once', { wrap: true, insert: true, reword: true, resort: true, churn: true }],
  ])('finds every element again after %s', (_, after) => {
    expect(survive(after)).toEqual({ found: ALL, wrong: [] });
  });

  it('finds elements again after a language switch, by structure, links, icons and names', () => {
    const result = survive({ de: true }, ALL, 'en', 'de');
    expect(result.wrong).toEqual([]);
    expect(result.found).toEqual(ALL);
  });

  it('finds most elements after an unannounced language switch and gets none wrong', () => {
    const result = survive({ de: true }, ALL, '', '');
    expect(result.wrong).toEqual([]);
    expect(result.found.length).toBeGreaterThanOrEqual(ALL.length - 2);
  });

  it('finds an element moved elsewhere in the layout', () => {
    expect(survive({ move: true }, ['export'])).toEqual({ found: ['export'], wrong: [] });
  });

  it.each([
    ['a table row', 'r2', ['r2.link', 'r2.edit', 'r2.del']],
    ['a card', 'policies', ['policies.more']],
    ['a toolbar button', 'export', ['export']],
    ['a nav link', 'nav.settings', ['nav.settings']],
    ['a form field', 'email', ['email']],
  ])('gives null for a removed %s while its look-alikes remain', (_, remove, gone) => {
    mount(appPage());
    const targets = gone.map((k) => captureTarget(byKey(k)!));
    mount(appPage({ build: 2, remove }));
    for (const target of targets) expect(locateTarget(target)).toEqual({ element: null, reason: 'not_found' });
    // The look-alikes are still found.
    expect(survive({ remove }, ALL.filter((k) => !k.startsWith(remove))).wrong).toEqual([]);
  });
});

describe('locator in shadow DOM', () => {
  function shadowPage(build: number): void {
    mount(`<app-shell data-k="shell"></app-shell>`);
    const outer = byKey('shell')!.attachShadow({ mode: 'open' });
    const widget = document.createElement('help-widget');
    outer.append(document.createElement('main'), widget);
    const inner = widget.attachShadow({ mode: 'open' });
    for (const [k, text] of [
      ['chat', 'Chat with us'],
      ['close', 'Close'],
    ] as const) {
      const button = document.createElement('button');
      button.className = `w-btn css-${build}x${k.length}`;
      button.dataset.k = k;
      button.textContent = text;
      inner.append(button);
    }
    layout(document);
  }

  it('records the hosts and finds the element inside nested open shadow roots', () => {
    shadowPage(1);
    const target = captureTarget(byKey('close')!);
    expect(target.hosts).toEqual(['app-shell', 'help-widget']);
    shadowPage(2);
    expect(findTarget(target)).toBe(byKey('close'));
    expect(findTarget(captureTarget(byKey('chat')!))).toBe(byKey('chat'));
  });
});
