import { render } from 'preact';
import type { BuilderContext, BuilderSession } from '../builder-link.js';
import { pickStrings } from '../ui/i18n.js';
import { applyStyles } from '../ui/styles.js';
import { BuilderApp } from './builder-app.js';
import { PickApp } from './pick-app.js';
import { createPreview } from './preview.js';
import { BUILDER_CSS } from './styles.js';

/** Whether the exchange answered something the builder can work with. */
export function isBuilderSession(value: unknown): value is BuilderSession {
  const s = value as Partial<BuilderSession> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.builderToken === 'string' &&
    typeof s.consoleOrigin === 'string' &&
    typeof s.guide === 'object' &&
    s.guide !== null &&
    typeof s.guide.id === 'string' &&
    typeof s.guide.name === 'string' &&
    Array.isArray(s.guide.steps)
  );
}

/** Keys typed in the builder stay in the builder: the app's own shortcuts must not fire. */
const CONTAINED = ['keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout'] as const;

/**
 * Puts the builder on the page, in its own shadow root next to the step preview's, and returns
 * the function that removes both. Never throws: a failure is logged and leaves the page as it was.
 */
export function mountBuilder(context: BuilderContext): () => void {
  const { session, window: win, logger } = context;
  const doc = win.document;
  if (!isBuilderSession(session)) {
    logger.warn('the builder session is malformed');
    return () => undefined;
  }
  let removed = false;
  const host = doc.createElement('shirube-builder');
  const preview = createPreview(doc, pickStrings(doc.documentElement.lang, win.navigator.language));
  const remove = () => {
    if (removed) return;
    removed = true;
    render(null, container);
    preview.destroy();
    host.remove();
  };
  const container = doc.createElement('div');
  try {
    const shadow = host.attachShadow({ mode: 'open' });
    applyStyles(shadow, doc, BUILDER_CSS);
    for (const type of CONTAINED) host.addEventListener(type, (event) => event.stopPropagation());
    shadow.append(container);
    (doc.body ?? doc.documentElement).appendChild(host);
    const isOwn = (node: Node) => node === host || node === preview.ui.host;
    const common = { apiUrl: context.apiUrl, win, fetch: win.fetch.bind(win), isOwn, onClose: remove };
    render(
      session.pick ? <PickApp {...common} session={{ ...session, pick: session.pick }} /> : <BuilderApp {...common} session={session} preview={preview} />,
      container,
    );
  } catch (error) {
    logger.warn('the builder failed to start', error);
    remove();
  }
  return remove;
}
