import { safeHref, type Block, type Inline, type RichText, type TextRun } from '@shirube/schema';
import type { ComponentChild } from 'preact';

/** Whether a link leaves the app (and so opens in a new tab). */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

/** Images may come from http(s) or the app's own absolute paths, as the schema allows. */
function safeImageSrc(src: string): string | null {
  return /^https?:\/\//i.test(src) || src.startsWith('/') ? src : null;
}

/** Nested content is checked as it is drawn: a cached or malformed guide must not throw mid-render. */
const list = <T,>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

function renderRun(run: TextRun, key: number): ComponentChild {
  let node: ComponentChild = typeof run?.text === 'string' ? run.text : '';
  if (run.italic) node = <em key={key}>{node}</em>;
  if (run.bold) node = <strong key={key}>{node}</strong>;
  return node;
}

function renderInline(inline: Inline, key: number): ComponentChild {
  if (inline?.type === 'text') return renderRun(inline, key);
  if (inline?.type !== 'link') return null;
  const children = list(inline.children).map(renderRun);
  // Checked again here: content may come from a cache or a server older than the validator.
  const href = typeof inline.href === 'string' ? safeHref(inline.href) : null;
  if (href === null) return <span key={key}>{children}</span>;
  return isExternalHref(href) ? (
    <a key={key} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a key={key} href={href}>
      {children}
    </a>
  );
}

function renderBlock(block: Block, key: number): ComponentChild {
  switch (block?.type) {
    case 'paragraph':
      return <p key={key}>{list(block.children).map(renderInline)}</p>;
    case 'list': {
      const items = list(block.items).map((item, i) => <li key={i}>{list(item).map(renderInline)}</li>);
      return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'image': {
      const src = typeof block.src === 'string' ? safeImageSrc(block.src) : null;
      return src ? <img key={key} src={src} alt={String(block.alt ?? '')} loading="lazy" /> : null;
    }
    default:
      return null;
  }
}

/** Rich text as Preact nodes, block by block. There is no path from content to markup parsing. */
export function renderRichText(content: RichText): ComponentChild[] {
  return list(content).map(renderBlock);
}
