import { afterEach, describe, expect, it } from 'vitest';
import { giveBox } from '../test-support.js';
import { captureTarget, findTarget, isGeneratedId } from './index.js';

function page(markup: Array<[tag: string, attrs: Record<string, string>, text?: string]>): Element[] {
  const elements = markup.map(([tag, attrs, text]) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    if (text) el.textContent = text;
    document.body.append(el);
    giveBox(el);
    return el;
  });
  return elements;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('captureTarget', () => {
  it('records tag, data-guide-id, stable attributes, role and normalised text', () => {
    const [button] = page([['button', { 'data-guide-id': 'new-report', 'data-testid': 'new', 'aria-label': 'New report', role: 'button', class: 'btn x1' }, '  New \n report ']]);
    expect(captureTarget(button!)).toEqual({
      v: 1,
      tag: 'button',
      guideId: 'new-report',
      attrs: { 'data-testid': 'new', 'aria-label': 'New report' },
      role: 'button',
      text: 'New report',
    });
  });

  it('keeps hand-written ids and drops generated ones', () => {
    const [stable, generated] = page([
      ['a', { id: 'settings-link' }, 'Settings'],
      ['a', { id: ':r12:' }, 'Other'],
    ]);
    expect(captureTarget(stable!).id).toBe('settings-link');
    expect(captureTarget(generated!).id).toBeUndefined();
    expect(isGeneratedId('ember1234')).toBe(true);
    expect(isGeneratedId('input-8f3a2c1d')).toBe(true);
    expect(isGeneratedId('email')).toBe(false);
  });

  it('describes a form field by its label, not its typed value', () => {
    const label = document.createElement('label');
    label.textContent = 'Email address';
    const input = document.createElement('input');
    input.value = 'secret@example.com';
    label.append(input);
    document.body.append(label);
    const target = captureTarget(input);
    expect(target.label).toBe('Email address');
    expect(target.text).toBeUndefined();
  });

  it('caps text at 120 characters', () => {
    const [p] = page([['p', {}, 'x'.repeat(300)]]);
    expect(captureTarget(p!).text).toHaveLength(120);
  });
});

describe('findTarget', () => {
  it('finds an element again from its own capture', () => {
    const [, save] = page([
      ['button', { name: 'cancel' }, 'Cancel'],
      ['button', { name: 'save' }, 'Save'],
    ]);
    expect(findTarget(captureTarget(save!))).toBe(save);
  });

  it('tries the selector override first, and survives an invalid one', () => {
    const [a, b] = page([
      ['button', { class: 'one' }, 'Same'],
      ['button', { class: 'two' }, 'Same'],
    ]);
    expect(findTarget({ v: 1, tag: 'button', selector: '.two', text: 'Same' })).toBe(b);
    expect(findTarget({ v: 1, tag: 'button', selector: '[[[', attrs: { class: 'x' }, guideId: 'g' })).toBeNull();
    expect(a).toBeTruthy();
  });

  it('lets data-guide-id win over every other signal', () => {
    const [, guided] = page([
      ['button', { 'data-testid': 'x' }, 'Export'],
      ['div', { 'data-guide-id': 'export' }, 'Something else'],
    ]);
    expect(findTarget({ v: 1, tag: 'button', guideId: 'export', attrs: { 'data-testid': 'x' }, text: 'Export' })).toBe(guided);
  });

  it('matches stable attributes together with the tag', () => {
    const [, link] = page([
      ['button', { 'data-testid': 'new-report' }, 'New'],
      ['a', { 'data-testid': 'new-report', href: '/new' }, 'New'],
    ]);
    expect(findTarget({ v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' } })).toBe(link);
  });

  it('narrows several attribute matches by text', () => {
    const [, second] = page([
      ['button', { 'data-testid': 'row-action' }, 'Edit'],
      ['button', { 'data-testid': 'row-action' }, 'Delete'],
    ]);
    expect(findTarget({ v: 1, tag: 'button', attrs: { 'data-testid': 'row-action' }, text: 'Delete' })).toBe(second);
  });

  it('falls back to tag and normalised text when exactly one visible element has it', () => {
    const [, target] = page([
      ['button', {}, 'Cancel'],
      ['button', {}, '  Create\n  report '],
    ]);
    expect(findTarget({ v: 1, tag: 'button', text: 'Create report' })).toBe(target);
  });

  it('returns null rather than guess between identical elements', () => {
    page([
      ['button', {}, 'Edit'],
      ['button', {}, 'Edit'],
    ]);
    expect(findTarget({ v: 1, tag: 'button', text: 'Edit' })).toBeNull();
    expect(findTarget({ v: 1, tag: 'button', attrs: { title: 'nope' } })).toBeNull();
  });

  it('ignores hidden duplicates when one candidate is visible', () => {
    const [hidden, shown] = page([
      ['button', {}, 'Edit'],
      ['button', {}, 'Edit'],
    ]);
    giveBox(hidden!, { x: 0, y: 0, width: 0, height: 0 });
    expect(findTarget({ v: 1, tag: 'button', text: 'Edit' })).toBe(shown);
  });

  it('searches only inside the given root', () => {
    const [outside] = page([['button', {}, 'Save']]);
    const section = document.createElement('section');
    const inside = document.createElement('button');
    inside.textContent = 'Save';
    giveBox(inside);
    section.append(inside);
    document.body.append(section);
    expect(findTarget({ v: 1, tag: 'button', text: 'Save' }, section)).toBe(inside);
    expect(outside).toBeTruthy();
  });
});
