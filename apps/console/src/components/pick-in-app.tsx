import type { BuilderPick } from '@shirube/schema';
import { useI18n } from '../i18n/i18n.js';
import { Button } from './ui.js';

/**
 * Opens the customer's app with the builder in pick mode for one element of the saved draft. The
 * editor provides it (it knows the app address and saves unsaved edits first) and reloads the
 * guide when the builder reports the pick.
 */
export type PickInApp = (pick: BuilderPick) => void;

/**
 * "Pick in app": how a CS user chooses an element (a task's, a trigger's, a step's) without
 * writing a selector. `field` is the JSON pointer in the draft the element is saved at; its parent
 * must be saved already, so the button is disabled with a reason while it is not.
 */
export function PickInAppButton(props: { field: string; label: string; pickInApp: PickInApp | null; picked: boolean; saved: boolean; busy?: boolean }) {
  const { t } = useI18n();
  const reason = !props.pickInApp ? t.pick.needsAppUrl : !props.saved ? t.pick.saveFirst : undefined;
  return (
    <span class="pick-in-app">
      <Button onClick={() => props.pickInApp?.({ field: props.field, label: props.label })} disabled={reason !== undefined} busy={props.busy} data-testid={`pick ${props.field}`}>
        {props.picked ? t.pick.repick : t.pick.button}
      </Button>
      {reason && <span class="muted">{reason}</span>}
    </span>
  );
}
