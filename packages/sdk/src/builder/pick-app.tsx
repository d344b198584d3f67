import { patchAtPointer } from '@shirube/core';
import type { BuilderPick } from '@shirube/schema';
import { useEffect, useState } from 'preact/hooks';
import type { BuilderSession } from '../builder-link.js';
import { captureTarget } from '../locator/index.js';
import { isBuilderApiError, notifySaved, saveDraft } from './api.js';
import { describeElement } from './describe.js';
import { startPicking } from './pick.js';
import { usePickOutline } from './pick-outline.js';

export interface PickAppProps {
  session: BuilderSession & { pick: BuilderPick };
  apiUrl: string;
  win: Window;
  fetch: typeof fetch;
  isOwn: (node: Node) => boolean;
  onClose: () => void;
}

type Status = { kind: 'picking' } | { kind: 'saving' } | { kind: 'saved'; element: string } | { kind: 'error'; message: string };

/**
 * Pick mode of the builder: the console asked for one element (a checklist task's, a trigger's…).
 * The author clicks it; the element is captured as a target, written at the requested place in the
 * draft and saved, and the console is told to reload. Nothing else of the draft can change.
 */
export function PickApp(props: PickAppProps) {
  const { session, win } = props;
  const { pick } = session;
  const [status, setStatus] = useState<Status>({ kind: 'picking' });
  const picking = status.kind === 'picking';
  const { outline, caption, hover } = usePickOutline(picking);

  const save = async (element: Element) => {
    const patch = patchAtPointer(session.guide as unknown as Record<string, unknown>, pick.field, captureTarget(element));
    if (patch instanceof Error) {
      setStatus({ kind: 'error', message: patch.message });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await saveDraft(props.fetch, props.apiUrl, session.builderToken, { [patch.field]: patch.value });
      notifySaved(win.opener as Window | null, session.consoleOrigin, session.guide.id);
      setStatus({ kind: 'saved', element: describeElement(element) });
    } catch (error) {
      setStatus({ kind: 'error', message: isBuilderApiError(error) ? error.message : 'Saving failed. Try again.' });
    }
  };

  useEffect(() => {
    if (!picking) return;
    return startPicking({ win, isOwn: props.isOwn, onHover: hover, onCancel: props.onClose, onPick: (element) => void save(element) });
  }, [picking]);

  const again = (
    <button type="button" class="tb" onClick={() => setStatus({ kind: 'picking' })}>
      Pick again
    </button>
  );
  const close = (
    <button type="button" class="tb" onClick={props.onClose}>
      Close
    </button>
  );
  return (
    <div>
      {picking && (
        <div class="outline" ref={outline} hidden>
          <span class="tag">{caption}</span>
        </div>
      )}
      <div class="banner" role="status" aria-live="polite">
        {status.kind === 'picking' && (
          <>
            <span>
              Click the element for: <b>{pick.label}</b> · <span class="kbd">Esc</span> to cancel
            </span>
            {close}
          </>
        )}
        {status.kind === 'saving' && <span>Saving…</span>}
        {status.kind === 'saved' && (
          <>
            <span>
              Picked <b>{status.element}</b> for {pick.label}. Saved to the draft: return to the console.
            </span>
            {again}
            {close}
          </>
        )}
        {status.kind === 'error' && (
          <>
            <span>{status.message}</span>
            {again}
            {close}
          </>
        )}
      </div>
    </div>
  );
}
