import { scopedClassList } from './class-names.js';

/** This build's salt (`VITE_CLASS_SALT`, set per build mode in `.env.<mode>`). */
const SALT = import.meta.env.VITE_CLASS_SALT || 'a';
const cache = new Map<string, string>();

/**
 * The class attribute for the given class names in this build: `cx('button button-primary')`,
 * `cx('nav-link', active && 'active')`. Every class in the app goes through here so that it
 * matches the CSS, whose selectors the build rewrote the same way.
 */
export function cx(...names: Array<string | false | null | undefined>): string {
  const list = names.filter(Boolean).join(' ');
  let scoped = cache.get(list);
  if (scoped === undefined) {
    scoped = scopedClassList(list, SALT);
    cache.set(list, scoped);
  }
  return scoped;
}
