import type { RichText } from '@shirube/schema';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { isExternalHref, renderRichText } from './rich-text.js';

function renderToDiv(content: RichText): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  render(<>{renderRichText(content)}</>, div);
  return div;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('rich text renderer', () => {
  it('renders bold and italic runs as strong and em elements', () => {
    const div = renderToDiv([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'plain ' },
          { type: 'text', text: 'loud', bold: true },
          { type: 'text', text: 'soft', italic: true },
          { type: 'text', text: 'both', bold: true, italic: true },
        ],
      },
    ]);
    const p = div.querySelector('p')!;
    expect(p.textContent).toBe('plain loudsoftboth');
    expect(div.querySelector('strong')?.textContent).toBe('loud');
    expect(div.querySelector('em')?.textContent).toBe('soft');
    expect(div.querySelector('strong > em')?.textContent).toBe('both');
  });

  it('renders markup-looking text as text, never as elements', () => {
    const div = renderToDiv([{ type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] }]);
    expect(div.querySelector('img')).toBeNull();
    expect(div.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('opens absolute links in a new tab without an opener, relative links in place', () => {
    const div = renderToDiv([
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'https://example.com/help', children: [{ type: 'text', text: 'Help' }] },
          { type: 'link', href: '/settings', children: [{ type: 'text', text: 'Settings' }] },
        ],
      },
    ]);
    const [external, internal] = Array.from(div.querySelectorAll('a'));
    expect(external?.getAttribute('href')).toBe('https://example.com/help');
    expect(external?.getAttribute('target')).toBe('_blank');
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(internal?.getAttribute('href')).toBe('/settings');
    expect(internal?.hasAttribute('target')).toBe(false);
  });

  it('never puts a javascript: href in the DOM, even when content skipped validation', () => {
    const div = renderToDiv([
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'one' }] },
          { type: 'link', href: ' java\tscript:alert(2)', children: [{ type: 'text', text: 'two' }] },
          { type: 'link', href: 'data:text/html,<b>x</b>', children: [{ type: 'text', text: 'three' }] },
        ],
      },
    ]);
    expect(div.querySelectorAll('a')).toHaveLength(0);
    expect(div.textContent).toBe('onetwothree');
    expect(div.querySelector('[href]')).toBeNull();
  });

  it('renders ordered and unordered lists item by item', () => {
    const div = renderToDiv([
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'first', bold: true }]] },
    ]);
    expect(Array.from(div.querySelectorAll('ul > li')).map((li) => li.textContent)).toEqual(['a', 'b']);
    expect(div.querySelector('ol > li > strong')?.textContent).toBe('first');
  });

  it('renders images with alt text and refuses non-http sources', () => {
    const div = renderToDiv([
      { type: 'image', src: 'https://cdn.example.com/a.png', alt: 'A chart' },
      { type: 'image', src: 'javascript:alert(1)', alt: 'bad' },
    ]);
    const images = div.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('src')).toBe('https://cdn.example.com/a.png');
    expect(images[0]?.getAttribute('alt')).toBe('A chart');
  });

  it('tells external links from internal ones', () => {
    expect(isExternalHref('https://a.example')).toBe(true);
    expect(isExternalHref('//cdn.example')).toBe(true);
    expect(isExternalHref('/path')).toBe(false);
    expect(isExternalHref('#top')).toBe(false);
  });

  it('draws what it can of malformed content instead of throwing', () => {
    const malformed = [
      { type: 'paragraph', children: 'not a list' },
      { type: 'list', ordered: false, items: [null, [{ type: 'text', text: { evil: true } }]] },
      { type: 'paragraph', children: [{ type: 'link', href: 42, children: [{ type: 'text', text: 'link' }] }, { type: 'script' }] },
      { type: 'image', src: 'javascript:alert(1)', alt: 'x' },
      null,
    ] as unknown as RichText;
    const div = renderToDiv(malformed);
    expect(div.querySelectorAll('p')).toHaveLength(2);
    expect(div.querySelector('a')).toBeNull();
    expect(div.querySelector('img')).toBeNull();
    expect(div.textContent).toBe('link');
  });
});
