import { safeHref, type Block, type Inline, type RichText, type TextRun } from '@shirube/schema';

/**
 * The step body as the author types it: one paragraph per line, `**bold**`, `*italic*`,
 * `[link text](https://…)`, `- ` and `1. ` list items, `![alt](/image.png)`. It is turned into the
 * structured rich-text model (never HTML) and back, so what a draft holds survives an edit.
 */

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

function runs(text: string, marks: Pick<TextRun, 'bold' | 'italic'> = {}): TextRun[] {
  return text ? [{ type: 'text', text, ...marks }] : [];
}

/** The inline content of one line. A link whose address is not allowed stays as typed. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    const [whole, bold, italic, linkText, href] = m;
    if (linkText !== undefined && safeHref(href!) === null) continue;
    out.push(...runs(line.slice(last, m.index)));
    if (bold !== undefined) out.push(...runs(bold, { bold: true }));
    else if (italic !== undefined) out.push(...runs(italic, { italic: true }));
    else out.push({ type: 'link', href: href!, children: parseLinkText(linkText!) });
    last = m.index + whole.length;
  }
  out.push(...runs(line.slice(last)));
  return merge(out);
}

function parseLinkText(text: string): TextRun[] {
  const found = parseInline(text).flatMap((inline) => (inline.type === 'text' ? [inline] : inline.children));
  return found.length > 0 ? found : [{ type: 'text', text }];
}

/** Joins neighbouring runs with the same marks. */
function merge(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const prev = out[out.length - 1];
    if (prev?.type === 'text' && inline.type === 'text' && !prev.bold === !inline.bold && !prev.italic === !inline.italic) {
      out[out.length - 1] = { ...prev, text: prev.text + inline.text };
    } else out.push(inline);
  }
  return out;
}

/** Rich text from what the author typed. Empty lines separate nothing and are dropped. */
export function parseMarkup(source: string): RichText {
  const blocks: Block[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const image = /^!\[([^\]]*)\]\(([^)\s]+)\)$/.exec(line);
    const item = /^(?:([-*])|\d+[.)])\s+(.*)$/.exec(line);
    const prev = blocks[blocks.length - 1];
    if (image && (/^https?:\/\//i.test(image[2]!) || image[2]!.startsWith('/'))) {
      blocks.push({ type: 'image', src: image[2]!, alt: image[1]! });
    } else if (item) {
      const ordered = item[1] === undefined;
      const inlines = parseInline(item[2]!);
      if (prev?.type === 'list' && prev.ordered === ordered) prev.items.push(inlines);
      else blocks.push({ type: 'list', ordered, items: [inlines] });
    } else {
      blocks.push({ type: 'paragraph', children: parseInline(line) });
    }
  }
  return blocks;
}

function formatRun(run: TextRun): string {
  if (!run.text) return '';
  if (run.bold) return `**${run.text}**`;
  if (run.italic) return `*${run.text}*`;
  return run.text;
}

function formatInlines(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? formatRun(inline) : `[${inline.children.map(formatRun).join('')}](${inline.href})`)).join('');
}

/** What the author sees in the body field for stored rich text. */
export function formatMarkup(content: RichText): string {
  return content
    .map((block) => {
      if (block.type === 'paragraph') return formatInlines(block.children);
      if (block.type === 'image') return `![${block.alt}](${block.src})`;
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${formatInlines(item)}`).join('\n');
    })
    .join('\n');
}

/**
 * Wraps the selection of a text field in markup (`**` for bold, a link around it), returning the new
 * value and where the selection goes, so the author keeps typing where they were.
 */
export function wrapSelection(value: string, start: number, end: number, kind: 'bold' | 'link', href = 'https://'): { value: string; start: number; end: number } {
  const selected = value.slice(start, end) || (kind === 'bold' ? 'bold text' : 'link text');
  if (kind === 'bold') {
    const next = `${value.slice(0, start)}**${selected}**${value.slice(end)}`;
    return { value: next, start: start + 2, end: start + 2 + selected.length };
  }
  const inserted = `[${selected}](${href})`;
  const hrefStart = start + selected.length + 3;
  return { value: value.slice(0, start) + inserted + value.slice(end), start: hrefStart, end: hrefStart + href.length };
}
