import { DEFAULT_TARGETING, type Targeting } from '@shirube/schema';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.js';
import { splitOf } from '../split-inputs.js';
import { useTrackEventNames } from '../use-track-event-names.js';

const NEW_SPLIT = { holdout: '20', goal: '' };

/**
 * Turns a guide into an A/B test: a share of the users its rules admit never see it, and analytics
 * compare how many on each side send the goal event (offered from the track names seen so far).
 * While an input is wrong it says why and the draft keeps the last valid split.
 */
export function SplitSettings(props: { projectId: string; targeting: Targeting | undefined; editable: boolean; onChange: (t: Targeting) => void }) {
  const { t } = useI18n();
  const targeting = props.targeting ?? DEFAULT_TARGETING;
  const [on, setOn] = useState(Boolean(targeting.split));
  const [inputs, setInputs] = useState(() => (targeting.split ? { holdout: String(targeting.split.holdoutPercent), goal: targeting.split.goalEvent } : NEW_SPLIT));
  const names = useTrackEventNames(props.projectId);

  const result = splitOf(inputs.holdout, inputs.goal);
  const apply = (nextOn: boolean, next: typeof inputs) => {
    setOn(nextOn);
    setInputs(next);
    const { split: _dropped, ...rest } = targeting;
    if (!nextOn) return props.onChange(rest);
    const parsed = splitOf(next.holdout, next.goal);
    if ('split' in parsed) props.onChange({ ...rest, split: parsed.split });
  };

  return (
    <div class="split-settings" data-testid="split-settings">
      <h3>{t.splitSettings.title}</h3>
      <label class="check">
        <input type="checkbox" checked={on} disabled={!props.editable} onChange={(e) => apply((e.target as HTMLInputElement).checked, inputs)} />
        <span>{t.splitSettings.enable}</span>
      </label>
      <p class="hint">{t.splitSettings.help}</p>
      {on && (
        <>
          <div class="split-fields">
            <label class={`field${'error' in result && result.error === 'holdout' ? ' has-error' : ''}`}>
              <span>{t.splitSettings.holdout}</span>
              <input type="number" min={1} max={90} step={1} inputMode="numeric" readOnly={!props.editable} value={inputs.holdout} onInput={(e) => apply(true, { ...inputs, holdout: (e.target as HTMLInputElement).value })} />
              <small class="hint">{t.splitSettings.holdoutHint}</small>
            </label>
            <label class={`field${'error' in result && result.error === 'goal' ? ' has-error' : ''}`}>
              <span>{t.splitSettings.goal}</span>
              <input list="track-event-names" placeholder="report_submitted" readOnly={!props.editable} value={inputs.goal} onInput={(e) => apply(true, { ...inputs, goal: (e.target as HTMLInputElement).value })} />
              <small class="hint">{t.splitSettings.goalHint}</small>
            </label>
          </div>
          <datalist id="track-event-names">{names.map((name) => <option value={name} />)}</datalist>
          {/* Until both are right the draft keeps the previous split (or none): say what is missing. */}
          {'error' in result && (
            <p class="field-error" role="alert">
              {result.error === 'holdout' ? t.splitSettings.holdoutError : t.splitSettings.goalError}
            </p>
          )}
          <p class="hint">{t.splitSettings.changeNote}</p>
        </>
      )}
    </div>
  );
}
