/**
 * Build-generated class names, as CSS modules produce them: every class token in the JSX and the
 * CSS becomes an opaque `_1k3x9zq` that depends on a per-build salt. Two builds with different
 * salts share no class names, which is what a guide authored on one release meets on the next.
 * This file is shared by the app (through `cx`) and the PostCSS step in vite.config.ts, so both
 * sides map a token the same way; it must stay free of browser and Vite APIs.
 */

/** The build's name for one class token: FNV-1a of salt and token, in base 36 behind an underscore. */
export function scopedClass(token: string, salt: string): string {
  const input = `${salt}\u0000${token}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `_${(hash >>> 0).toString(36)}`;
}

/** A whitespace-separated class list mapped token by token. */
export function scopedClassList(list: string, salt: string): string {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => scopedClass(token, salt))
    .join(' ');
}

/** `.name` outside attribute selectors and strings; the other alternatives are copied unchanged. */
const CLASS_IN_SELECTOR = /\[[^\]]*\]|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\.(-?[_a-zA-Z][\w-]*)/g;

/** A CSS selector with each class token mapped; elements, ids, attributes and pseudo-classes stay. */
export function scopedSelector(selector: string, salt: string): string {
  return selector.replace(CLASS_IN_SELECTOR, (match, token: string | undefined) => (token ? `.${scopedClass(token, salt)}` : match));
}
