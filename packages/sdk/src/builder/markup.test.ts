import { parseWith, RichTextSchema, type RichText } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { formatMarkup, parseMarkup, wrapSelection } from './markup.js';

describe('step body markup', () => {
  it('turns bold and links into the rich-text model, one paragraph per line', () => {
    const content = parseMarkup('Click **New report** to start.\nSee [the policy](https://acme.example/policy) first.');
    expect(content).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Click ' }, { type: 'text', text: 'New report', bold: true }, { type: 'text', text: ' to start.' }] },
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'See ' }, { type: 'link', href: 'https://acme.example/policy', children: [{ type: 'text', text: 'the policy' }] }, { type: 'text', text: ' first.' }],
      },
    ]);
    expect(parseWith(RichTextSchema, content).ok).toBe(true);
  });

  it('never produces a link the schema refuses; the text stays as typed', () => {
    const content = parseMarkup('[click](javascript:alert(1)) <b>not html</b>');
    expect(content).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: '[click](javascript:alert(1)) <b>not html</b>' }] }]);
    expect(parseWith(RichTextSchema, content).ok).toBe(true);
  });

  it('reads lists and images and writes them back unchanged', () => {
    const source = 'Steps:\n- *Upload* the receipt\n- Pick a [category](/help/categories)\n1. first\n2. **second**\n![Receipt](/img/receipt.png)';
    const content = parseMarkup(source);
    expect(content.map((b) => b.type)).toEqual(['paragraph', 'list', 'list', 'image']);
    expect(formatMarkup(content)).toBe(source);
  });

  it('round-trips content made elsewhere', () => {
    const content: RichText = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'there', bold: true }, { type: 'link', href: 'mailto:help@acme.example', children: [{ type: 'text', text: 'mail us', bold: true }] }] },
    ];
    expect(parseMarkup(formatMarkup(content))).toEqual(content);
  });

  it('wraps the selection in bold or a link and selects what to type next', () => {
    expect(wrapSelection('Click here now', 6, 10, 'bold')).toEqual({ value: 'Click **here** now', start: 8, end: 12 });
    const link = wrapSelection('Read the policy', 9, 15, 'link');
    expect(link.value).toBe('Read the [policy](https://)');
    expect(link.value.slice(link.start, link.end)).toBe('https://');
    expect(wrapSelection('', 0, 0, 'bold').value).toBe('**bold text**');
  });
});
