import type { Target } from '@shirube/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureTarget, findTarget, isGeneratedId, isVisible, locateTarget } from './index.js';
import { byKey, mount } from './test-page.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

/** Captures `key` on `before`, then finds it on `after`: the element found, or the reason. */
function refind(key: string, before: string, after: string): Element | string {
  mount(before);
  const target = JSON.parse(JSON.stringify(captureTarget(byKey(key)!))) as Target;
  mount(after);
  const result = locateTarget(target);
  return result.element ?? result.reason;
}

describe('captureTarget', () => {
  it('records stable attributes, role, text and context, and stays small', () => {
    mount(`<main><section><h2>Billing</h2><div class="toolbar Toolbar_root__3xYz1">
      <button data-k="b" data-guide-id="new-report" data-testid="new" aria-label="New report" class="btn sc-bdVaJa kVtMtZ" aria-expanded="false"> New
       report </button><button>Other</button></div></section></main>`, 'en');
    const target = captureTarget(byKey('b')!);
    expect(target).toMatchObject({
      v: 1,
      tag: 'button',
      guideId: 'new-report',
      attrs: { 'data-testid': 'new', 'aria-label': 'New report' },
      role: 'button',
      classes: ['btn'],
      text: 'New report',
      path: 'div.toolbar section main',
      heading: 'Billing',
      landmark: 'main',
      index: 0,
      siblings: 2,
      near: ['Other'],
      lang: 'en',
    });
    expect(JSON.parse(JSON.stringify(target))).toEqual(target);
    expect(JSON.stringify(target).length).toBeLessThan(1024);
  });

  it('counts the elements that said the same or looked the same at capture', () => {
    mount(`<ul><li>a81f <button class="link danger">Delete</button></li><li>77c2 <button class="link danger">Delete</button></li></ul>
      <div role="alertdialog"><button class="btn">Cancel</button><button data-k="d" class="btn danger">Delete</button></div>`);
    expect(captureTarget(byKey('d')!)).toMatchObject({ twins: 2, alike: 0, landmark: 'alertdialog' });
    mount(`<button class="btn">Export</button><button data-k="e" class="btn">Export all</button>`);
    expect(captureTarget(byKey('e')!)).toMatchObject({ twins: 0, alike: 1 });
  });

  it('reads the row of a card in a list by its first texts, without the avatar hidden from assistive technology', () => {
    mount(`<section role="list"><div role="listitem"><div><span aria-hidden="true">M</span><span>Maria Garcia</span><time>12m</time></div>
      <p>The export does nothing</p><button data-k="a">Assign to me</button></div></section>`);
    expect(captureTarget(byKey('a')!).row).toBe('Maria Garcia | 12m | The export does nothing');
  });

  it('names an icon font by its ligature and leaves hidden icon text out of the caption', () => {
    mount(`<button data-k="m" role="menuitem"><mat-icon aria-hidden="true" class="mat-icon material-icons">content_copy</mat-icon><span>Duplicate</span></button>`);
    expect(captureTarget(byKey('m')!)).toMatchObject({ text: 'Duplicate', icon: 'content_copy' });
  });

  it('keeps the text of separate elements apart', () => {
    mount(`<a data-k="i" href="/inbox">Inbox<span class="badge">3</span></a>`);
    expect(captureTarget(byKey('i')!).text).toBe('Inbox 3');
  });

  it('names a wordless part of a control by the control', () => {
    mount(`<button aria-label="Notifications"><svg data-k="s" width="20" height="20"><path d="M15 17h5"/></svg></button>`);
    expect(captureTarget(byKey('s')!)).toMatchObject({ tag: 'svg', label: 'Notifications', icon: 'M15 17h5' });
  });

  it('keeps hand-written ids and drops generated ones', () => {
    for (const id of [':r12:', '«r3»', 'ember1234', 'mui-12345', 'input-8f3a2c1d', 'field-3', '3f2a1b9c-4d5e-6f70-8a9b-0c1d2e3f4a5b']) {
      expect(isGeneratedId(id), id).toBe(true);
    }
    for (const id of ['settings-link', 'email', 'main-nav']) expect(isGeneratedId(id), id).toBe(false);
    mount(`<a data-k="a" id="settings-link" href="/s">Settings</a><a data-k="b" id=":r1:" href="/o">Other</a>`);
    expect(captureTarget(byKey('a')!).id).toBe('settings-link');
    expect(captureTarget(byKey('b')!).id).toBeUndefined();
  });

  it('drops hashed, numbered and state classes', () => {
    mount(`<div data-k="d" class="card Card_root__a1B2c sc-bdVaJa kVtMtZ css-1x2y3z px-4 md:flex is-open active card__title makeStyles-root-12"></div>`);
    expect(captureTarget(byKey('d')!).classes).toEqual(['card', 'card__title']);
  });

  it('describes a form field by its label, name and type, never by what was typed', () => {
    mount(`<label for="f1">Full name</label><input data-k="a" id="f1" name="fullName" value="Ada Lovelace">
      <label>Email <input data-k="b" type="email" placeholder="you@example.com"></label>
      <span id="pw">Password</span><input data-k="c" type="password" aria-labelledby="pw">`);
    expect(captureTarget(byKey('a')!)).toMatchObject({ tag: 'input', role: 'textbox', label: 'Full name', attrs: { name: 'fullName' } });
    expect(captureTarget(byKey('b')!)).toMatchObject({ label: 'Email', attrs: { type: 'email', placeholder: 'you@example.com' } });
    expect(captureTarget(byKey('c')!).label).toBe('Password');
    expect(JSON.stringify(captureTarget(byKey('a')!))).not.toContain('Ada');
  });

  it('normalises links and records icons of icon-only buttons', () => {
    mount(`<a data-k="a" href="https://app.example.com/reports?utm_source=mail&tab=2&b=1#/list">R</a>
      <button data-k="b"><svg class="icon"><use href="/sprite.svg#trash"></use></svg></button>
      <button data-k="c"><i class="fa-solid fa-pen"></i></button>`);
    expect(captureTarget(byKey('a')!).attrs?.href).toBe('/reports?tab=2&b=1#/list');
    expect(captureTarget(byKey('b')!).icon).toBe('trash');
    expect(captureTarget(byKey('c')!).icon).toBe('fa-pen fa-solid');
  });

  it('records the row a control sits in by its key cells', () => {
    mount(`<table><tr><td>INV-001</td><td>Acme</td><td>$120</td><td>Paid</td><td><button data-k="e">Edit</button></td></tr></table>`);
    expect(captureTarget(byKey('e')!).row).toBe('INV-001 | Acme | $120');
  });

  it('caps text at 120 characters', () => {
    mount(`<p data-k="p">${'x'.repeat(300)}</p>`);
    expect(captureTarget(byKey('p')!).text).toHaveLength(120);
  });
});

describe('findTarget', () => {
  const toolbar = (extra = '') => `<div class="toolbar">${extra}<button data-k="save" class="btn">Save</button><button data-k="cancel" class="btn">Cancel</button></div>`;

  it('finds an element again from its own capture', () => {
    expect(refind('cancel', toolbar(), toolbar())).toBe(byKey('cancel'));
  });

  it('lets data-guide-id win over every other signal', () => {
    mount(`<button data-k="a" data-guide-id="export">Export</button>`);
    const target = captureTarget(byKey('a')!);
    mount(`<button>Export</button><div data-k="b" role="link" data-guide-id="export">Something else</div>`);
    expect(findTarget(target)).toBe(byKey('b'));
  });

  it('uses the selector override only for exactly one element of the recorded tag, and survives invalid ones', () => {
    mount(toolbar());
    const target: Target = { v: 1, tag: 'button', text: 'Cancel', selector: '.btn:first-child' };
    expect(findTarget(target)).toBe(byKey('save'));
    expect(findTarget({ ...target, selector: '.toolbar' })).toBe(byKey('cancel'));
    expect(findTarget({ ...target, selector: '.btn' })).toBe(byKey('cancel'));
    expect(findTarget({ ...target, selector: '[[[' })).toBe(byKey('cancel'));
  });

  it('still finds targets recorded by the previous locator', () => {
    mount(`<button data-testid="reports">Reports</button><button data-k="c" data-testid="create">Create</button>`);
    expect(findTarget({ v: 1, tag: 'button', attrs: { 'data-testid': 'create' }, text: 'Create' })).toBe(byKey('c'));
  });

  it('finds a button rebuilt as a div with role=button or as a link', () => {
    expect(refind('save', toolbar(), `<div class="toolbar"><div data-k="save" role="button" class="btn">Save</div><button class="btn">Cancel</button></div>`)).toBe(byKey('save'));
    expect(refind('save', toolbar(), `<div class="toolbar"><a data-k="save" href="#" class="btn">Save</a><button class="btn">Cancel</button></div>`)).toBe(byKey('save'));
  });

  it('tells icon-only buttons apart by their icon and label', () => {
    const icons = (build: number) =>
      `<div><button data-k="edit" class="Icon_btn__${build}aB" aria-label="Edit"><svg><use href="#pencil"></use></svg></button><button data-k="del" class="Icon_btn__${build}aB"><svg><use href="#trash"></use></svg></button></div>`;
    expect(refind('del', icons(1), icons(2))).toBe(byKey('del'));
    expect(refind('edit', icons(1), icons(2))).toBe(byKey('edit'));
  });

  it('survives a test refactor that renamed the test ids, with an item inserted before', () => {
    const nav = (prefix: string, items: string[]) =>
      `<nav aria-label="Main">${items.map((name) => `<a data-k="${name}" data-testid="${prefix}-${name}" href="/${name}">${name[0]!.toUpperCase()}${name.slice(1)}</a>`).join('')}</nav>`;
    expect(refind('reports', nav('nav', ['dashboard', 'reports', 'settings']), nav('sidebar', ['dashboard', 'approvals', 'reports', 'settings']))).toBe(byKey('reports'));
  });

  it('takes the one element with the recorded test id and wording without scoring the rest of the page', () => {
    const links = (extra: string) => `<nav>${Array.from({ length: 40 }, (_, i) => `<a href="/r/${i}">Report ${i}</a>`).join('')}${extra}</nav>`;
    const page = links('<a data-k="new" data-testid="new-report" href="/new">New report</a>');
    mount(page);
    const target = captureTarget(byKey('new')!);
    mount(`<p>Moved</p>${page}`);
    const byTag = vi.spyOn(document, 'getElementsByTagName');
    expect(findTarget(target)).toBe(byKey('new'));
    expect(byTag).not.toHaveBeenCalled();
    // The same page without the test id is searched link by link, and the same link found.
    expect(findTarget({ ...target, attrs: { href: target.attrs!.href! } })).toBe(byKey('new'));
    expect(byTag).toHaveBeenCalled();
    byTag.mockRestore();
  });

  it('scores the whole page when the test id is on two elements, or on one that now says something else', () => {
    const before = '<a data-k="new" data-testid="new-report" href="/new">New report</a><a href="/all">All reports</a>';
    expect(refind('new', before, `${before}<a data-testid="new-report" href="/new">New report</a>`)).toBe('ambiguous');
    // The test id moved to another control: the link that still says "New report" at the same address is the target.
    const moved = '<a data-testid="new-report" href="/delete">Delete all</a><a data-k="new" href="/new">New report</a>';
    expect(refind('new', before, moved)).not.toBe(document.querySelector('[data-testid]'));
  });

  it('does not take a far neighbour moved into the place of a removed element', () => {
    const list = (names: string[]) => `<div class="list">${names.map((name) => `<button data-k="${name}" class="item">${name}</button>`).join('')}</div>`;
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett'];
    expect(refind('Alpha', list(names), list(['India', ...names.slice(1, 8), 'Juliett']))).toBe('not_found');
  });

  it('finds SVG elements', () => {
    const chart = `<svg><g class="series"><rect data-k="a" class="bar"></rect><rect data-k="b" class="bar"></rect></g></svg>`;
    expect(refind('b', chart, chart)).toBe(byKey('b'));
  });

  it('returns ambiguous rather than guess between identical elements', () => {
    const single = `<div class="toolbar"><button class="btn">Save</button></div>`;
    expect(refind('save', single.replace('<button', '<button data-k="save"'), single + single)).toBe('ambiguous');
  });

  it('says not_visible when the match is hidden, and ignores a hidden duplicate of a visible one', () => {
    expect(refind('save', toolbar(), toolbar().replace('data-k="save"', 'data-k="save" hidden'))).toBe('not_visible');
    const responsive = `<nav style="display: none">${toolbar()}</nav><nav>${toolbar()}</nav>`;
    mount(responsive);
    const target = captureTarget(document.querySelectorAll('[data-k="save"]')[1]!);
    mount(responsive);
    expect(findTarget(target)).toBe(document.querySelectorAll('[data-k="save"]')[1]);
  });

  it('searches only inside the given root', () => {
    mount(`<section data-k="a">${toolbar()}</section><section data-k="b"><button data-k="in" class="btn">Save</button></section>`);
    expect(findTarget(captureTarget(byKey('in')!), byKey('b')!)).toBe(byKey('in'));
    expect(findTarget(captureTarget(byKey('cancel')!), byKey('b')!)).toBeNull();
  });

  it('never throws', () => {
    mount(toolbar());
    const detached = document.createElement('div');
    const garbage = [{ v: 1, tag: '[[[' }, { v: 1, tag: 'button', role: '"]', selector: ')(' }, { v: 1, tag: 'a', attrs: { href: 'http://[' } }] as Target[];
    for (const target of garbage) {
      expect(() => locateTarget(target)).not.toThrow();
      expect(locateTarget(target, detached)).toEqual({ element: null, reason: 'not_found' });
    }
  });
});

describe('isVisible', () => {
  it('needs a box and no visibility: hidden', () => {
    mount(`<button data-k="a">A</button><button data-k="b" style="visibility: hidden">B</button><button data-k="c" hidden>C</button>`);
    expect(isVisible(byKey('a')!)).toBe(true);
    expect(isVisible(byKey('b')!)).toBe(false);
    expect(isVisible(byKey('c')!)).toBe(false);
  });
});
