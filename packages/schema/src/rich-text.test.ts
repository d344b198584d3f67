import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RichTextSchema, plainText, richTextToPlain, safeHref } from './rich-text.js';

describe('safeHref', () => {
  it.each([
    ['https://example.com/help', 'https://example.com/help'],
    ['http://example.com', 'http://example.com'],
    ['mailto:support@example.com', 'mailto:support@example.com'],
    ['/reports/new', '/reports/new'],
    ['?tab=items', '?tab=items'],
    ['#section', '#section'],
    ['docs/getting-started', 'docs/getting-started'],
  ])('allows %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\u0000script:alert(1)',
    'java\tscript:alert(1)',
    'java\u200bscript:alert(1)',
    '\u00adjavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '',
    '\u200b',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });
});

describe('rich text schema', () => {
  it('accepts paragraphs, lists, links and images', () => {
    const content = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Click ' }, { type: 'text', text: 'New report', bold: true }] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'one' }], [{ type: 'link', href: '/help', children: [{ type: 'text', text: 'help' }] }]] },
      { type: 'image', src: 'https://cdn.example.com/a.png', alt: 'A chart' },
    ];
    expect(v.safeParse(RichTextSchema, content).success).toBe(true);
  });

  it('rejects a javascript: link and an HTML string', () => {
    const link = [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }];
    expect(v.safeParse(RichTextSchema, link).success).toBe(false);
    expect(v.safeParse(RichTextSchema, '<b>hi</b>').success).toBe(false);
    expect(v.safeParse(RichTextSchema, [{ type: 'html', html: '<img src=x onerror=alert(1)>' }]).success).toBe(false);
  });

  it('rejects a data: image source', () => {
    expect(v.safeParse(RichTextSchema, [{ type: 'image', src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: '' }]).success).toBe(false);
  });

  it('gives plain text for search and descriptions', () => {
    expect(richTextToPlain(plainText('Hello'))).toBe('Hello');
    expect(
      richTextToPlain([
        { type: 'paragraph', children: [{ type: 'text', text: 'See ' }, { type: 'link', href: '/x', children: [{ type: 'text', text: 'docs' }] }] },
        { type: 'list', ordered: false, items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] },
      ]),
    ).toBe('See docs\na\nb');
  });
});
