import * as v from 'valibot';

/**
 * Step content is structured rich text: a tree of blocks and inline runs that renderers turn into
 * DOM nodes one by one. There is deliberately no way to express raw HTML.
 */

const MAX_TEXT = 5_000;

/** Characters that browsers ignore inside URLs and that attackers use to hide `javascript:`. */
// eslint-disable-next-line no-control-regex
const INVISIBLE_URL_CHARS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/g;

/**
 * Returns a link target that is safe to put in an `href`, or null. Allowed: http(s), mailto, and
 * relative URLs (path, query or fragment). Everything else (javascript:, data:, vbscript:, ...) is refused.
 */
export function safeHref(raw: string): string | null {
  const href = raw.replace(INVISIBLE_URL_CHARS, '');
  // A character reference (`&#106;avascript:`) means something else once HTML decodes it: refused, whatever it spells.
  if (href === '' || /&(#|[a-z]+;)/i.test(href)) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(href);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    return name === 'http' || name === 'https' || name === 'mailto' ? href : null;
  }
  // Protocol-relative URLs inherit the page's scheme, which is http(s) on any page we run on.
  return href;
}

export const TextRunSchema = v.object({
  type: v.literal('text'),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  bold: v.optional(v.boolean()),
  italic: v.optional(v.boolean()),
});
export type TextRun = v.InferOutput<typeof TextRunSchema>;

export const LinkSchema = v.object({
  type: v.literal('link'),
  href: v.pipe(
    v.string(),
    v.maxLength(2_048),
    v.check((href) => safeHref(href) !== null, 'must be an http(s), mailto or relative URL'),
  ),
  children: v.pipe(v.array(TextRunSchema), v.minLength(1), v.maxLength(50)),
});
export type Link = v.InferOutput<typeof LinkSchema>;

export const InlineSchema = v.variant('type', [TextRunSchema, LinkSchema]);
export type Inline = v.InferOutput<typeof InlineSchema>;

const InlinesSchema = v.pipe(v.array(InlineSchema), v.maxLength(200));

export const ParagraphSchema = v.object({
  type: v.literal('paragraph'),
  children: InlinesSchema,
});

export const ListSchema = v.object({
  type: v.literal('list'),
  ordered: v.boolean(),
  items: v.pipe(v.array(InlinesSchema), v.minLength(1), v.maxLength(50)),
});

export const ImageSchema = v.object({
  type: v.literal('image'),
  src: v.pipe(
    v.string(),
    v.maxLength(2_048),
    v.check((src) => /^https?:\/\//i.test(src) || src.startsWith('/'), 'must be an http(s) or absolute-path URL'),
  ),
  alt: v.pipe(v.string(), v.maxLength(500)),
});

export const BlockSchema = v.variant('type', [ParagraphSchema, ListSchema, ImageSchema]);
export type Block = v.InferOutput<typeof BlockSchema>;

export const RichTextSchema = v.pipe(v.array(BlockSchema), v.maxLength(50));
export type RichText = v.InferOutput<typeof RichTextSchema>;

/** Convenience for authors and tests: a single paragraph of plain text. */
export function plainText(text: string): RichText {
  return [{ type: 'paragraph', children: [{ type: 'text', text }] }];
}

/** The text content of rich text, for search, previews and accessible descriptions. */
export function richTextToPlain(content: RichText): string {
  const inline = (runs: Inline[]) =>
    runs.map((run) => (run.type === 'text' ? run.text : run.children.map((c) => c.text).join(''))).join('');
  return content
    .map((block) => {
      if (block.type === 'paragraph') return inline(block.children);
      if (block.type === 'list') return block.items.map(inline).join('\n');
      return block.alt;
    })
    .join('\n');
}
