import { mountBuilder } from './mount.js';

/*
 * The in-app builder bundle, `dist/builder.js`. The end-user SDK adds it to the page only after it
 * exchanged a builder link for a session; it registers through the one global, `window.Shirube`,
 * which starts it with that session. It defines no global of its own.
 */
try {
  window.Shirube?._builder(mountBuilder);
} catch {
  // A guest on the page: never break it.
}
