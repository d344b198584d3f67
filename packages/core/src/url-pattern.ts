/** The parts of a page address that display rules look at. */
export interface PageLocation {
  /** e.g. `https://app.example.com/reports/42?tab=items#notes` */
  href: string;
  /** e.g. `/reports/42` */
  path: string;
  /** e.g. `?tab=items` or '' */
  search: string;
  /** e.g. `#notes` or '' */
  hash: string;
}

const compiled = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles a URL pattern: `**` matches anything (including `/`), `*` anything within one path
 * segment; a trailing `/` is optional. Everything else is literal.
 */
function compile(pattern: string): RegExp {
  let cached = compiled.get(pattern);
  if (cached) return cached;
  const body = pattern
    .replace(/\/+$/, '')
    .split('**')
    .map((part) => part.split('*').map(escapeRegExp).join('[^/?#]*'))
    .join('.*');
  cached = new RegExp(`^${body}/?$`, 'i');
  if (compiled.size > 500) compiled.clear();
  compiled.set(pattern, cached);
  return cached;
}

/**
 * Whether a page matches one pattern. A pattern with `://` is compared with the whole URL;
 * one with `?` with path and query; one with `#` with path, query and hash; otherwise with the path.
 */
export function matchesUrlPattern(pattern: string, page: PageLocation): boolean {
  const trimmed = pattern.trim();
  if (trimmed === '' || trimmed === '*' || trimmed === '**') return true;
  let subject = page.path;
  if (trimmed.includes('://')) subject = page.href;
  else if (trimmed.includes('#')) subject = page.path + page.search + page.hash;
  else if (trimmed.includes('?')) subject = page.path + page.search;
  if (subject.length > 1) subject = subject.replace(/\/+$/, '');
  return compile(trimmed).test(subject || '/');
}
