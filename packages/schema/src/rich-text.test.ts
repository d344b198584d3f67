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
    ['  https://example.com/help', 'https://example.com/help'],
    ['HTTPS://example.com/?a=1&b=2', 'HTTPS://example.com/?a=1&b=2'],
    ['\u200bmailto:help@example.com', 'mailto:help@example.com'],
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
    'VBScript:msgbox(1)',
    'JaVaScRiPt:alert(1)',
    '   \n\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u200bjavascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'javascript\u2060:alert(1)',
    '\u0001javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'blob:https://example.com/1234',
    'jar:https://example.com!/',
    'file:///etc/passwd',
    '',
    '\u200b',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });

  it('hands back only what a browser would read as an allowed scheme or a relative URL', () => {
    // The WHATWG URL parser of the test runtime; schema code itself runs without one.
    const URL = (globalThis as unknown as { URL: new (url: string, base: string) => { protocol: string } }).URL;
    for (const input of ['https://a.example/x', '/x', '?q', '#h', 'x/y', 'mailto:a@b.example', '//cdn.example/x']) {
      const href = safeHref(input)!;
      const scheme = new URL(href, 'https://app.example/base/').protocol;
      expect(['https:', 'http:', 'mailto:']).toContain(scheme);
    }
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
