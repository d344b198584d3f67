import { BANNER_POSITIONS, HOTSPOT_VISIBILITIES, type HotspotVisibility, type Step } from '@shirube/schema';
import { useI18n } from '../i18n/i18n.js';
import { Field } from './ui.js';

type BannerStep = Extract<Step, { kind: 'banner' }>;

/** A banner step's own settings: which edge of the window, and whether it has a Done button. */
export function BannerFields(props: { step: BannerStep; editable: boolean; onChange: (step: Step) => void }) {
  const { t } = useI18n();
  const { step } = props;
  return (
    <div class="grid-2">
      <Field id="banner-position" label={t.steps.position}>
        <select id="banner-position" disabled={!props.editable} value={step.position} onChange={(e) => props.onChange({ ...step, position: (e.target as HTMLSelectElement).value as BannerStep['position'] })}>
          {BANNER_POSITIONS.map((p) => (
            <option value={p}>{t.steps[p]}</option>
          ))}
        </select>
      </Field>
      <label class="check">
        <input type="checkbox" disabled={!props.editable} checked={step.button} onChange={(e) => props.onChange({ ...step, button: (e.target as HTMLInputElement).checked })} />
        {t.steps.showButton}
      </label>
    </div>
  );
}

/** A hotspots guide's setting: each hotspot shows until dismissed, or always. */
export function HotspotVisibilityField(props: { value: HotspotVisibility; editable: boolean; onChange: (value: HotspotVisibility) => void }) {
  const { t } = useI18n();
  const labels: Record<HotspotVisibility, [string, string]> = {
    until_dismissed: [t.hotspots.untilDismissed, t.hotspots.untilDismissedHint],
    always: [t.hotspots.always, t.hotspots.alwaysHint],
  };
  return (
    <fieldset class="card hotspot-visibility" disabled={!props.editable}>
      <legend>{t.hotspots.legend}</legend>
      {HOTSPOT_VISIBILITIES.map((value) => (
        <label>
          <input type="radio" name="hotspot-visibility" checked={props.value === value} onChange={() => props.onChange(value)} />
          <span>
            {labels[value][0]}
            <span class="hint"> — {labels[value][1]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
