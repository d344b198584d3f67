import { DEFAULT_PRIORITY, type Frequency, type Targeting, type Trigger, type TriggerKind } from '@shirube/schema';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.js';
import { PickInAppButton, type PickInApp } from './pick-in-app.js';

const TRIGGER_KINDS: TriggerKind[] = ['page_load', 'element_appears', 'element_clicked', 'custom_event', 'manual'];
const FREQUENCY_KINDS: Array<Frequency['kind']> = ['once', 'until_completed', 'every_session', 'every_days'];
const TRIGGER_FIELD = '/targeting/trigger/target';

/** A whole number in [min, max] typed by the author, or null. */
const wholeIn = (text: string, min: number, max: number) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/**
 * What starts a guide, how often it comes back and its priority. Values being typed that are not
 * valid yet (an empty event name, a priority of 120) stay here with a note; the draft keeps the last
 * valid rules. An element trigger's element is picked in the app once the draft with it is saved.
 */
export function StartRules(props: { guideId: string; targeting: Targeting; editable: boolean; onChange: (t: Targeting) => void; pickInApp: PickInApp | null; saved: boolean }) {
  const { t } = useI18n();
  const { targeting, editable } = props;
  const trigger: Trigger = targeting.trigger ?? { kind: 'page_load' };
  const frequency: Frequency = targeting.frequency ?? { kind: 'once' };
  const [kind, setKind] = useState<TriggerKind>(trigger.kind);
  const [eventName, setEventName] = useState(trigger.kind === 'custom_event' ? trigger.name : '');
  const [days, setDays] = useState(String(frequency.kind === 'every_days' ? frequency.days : 7));
  const [priority, setPriority] = useState(String(targeting.priority ?? DEFAULT_PRIORITY));
  const set = (patch: Partial<Targeting>) => props.onChange({ ...targeting, ...patch });
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

  const chooseTrigger = (next: TriggerKind, name = eventName) => {
    setKind(next);
    if (next === 'custom_event') {
      if (name.trim()) set({ trigger: { kind: next, name: name.trim() } });
    } else if (next === 'element_appears' || next === 'element_clicked') {
      // Switching between the two element triggers keeps the element already picked.
      const target = 'target' in trigger ? trigger.target : undefined;
      set({ trigger: target ? { kind: next, target } : { kind: next } });
    } else {
      set({ trigger: next === 'page_load' ? undefined : { kind: next } });
    }
  };
  const chooseFrequency = (next: Frequency['kind'], dayText = days) => {
    const n = wholeIn(dayText, 1, 365);
    if (next !== 'every_days') set({ frequency: next === 'once' ? undefined : { kind: next } });
    else if (n !== null) set({ frequency: { kind: next, days: n } });
  };
  const elementTrigger = kind === 'element_appears' || kind === 'element_clicked';
  const hasTarget = 'target' in trigger && !!trigger.target;

  return (
    <div class="start-rules">
      <h3>{t.rules.title}</h3>
      <p class="muted">{t.rules.intro}</p>
      <div class="grid-2">
        <label class="field">
          <span>{t.rules.trigger}</span>
          <select disabled={!editable} value={kind} onChange={(e) => chooseTrigger(value(e) as TriggerKind)}>
            {TRIGGER_KINDS.map((k) => (
              <option value={k}>{t.rules.triggers[k]}</option>
            ))}
          </select>
        </label>
        {kind === 'custom_event' && (
          <label class="field">
            <span>{t.rules.eventName}</span>
            <input
              readOnly={!editable}
              placeholder={t.rules.eventPlaceholder}
              value={eventName}
              onInput={(e) => {
                setEventName(value(e));
                chooseTrigger('custom_event', value(e));
              }}
            />
          </label>
        )}
        {elementTrigger && (
          <div class="field">
            <span>{t.rules.element}</span>
            <p class={hasTarget ? 'muted' : 'field-error'}>{hasTarget ? t.rules.elementPicked : t.rules.elementMissing}</p>
            {editable && (
              <div>
                <PickInAppButton field={TRIGGER_FIELD} label={t.rules.pickLabel} pickInApp={props.pickInApp} picked={hasTarget} saved={props.saved && targeting.trigger?.kind === kind} />
              </div>
            )}
          </div>
        )}
        {kind === 'manual' && <p class="muted rule-note">{t.rules.manualHint(props.guideId)}</p>}
      </div>
      <div class="grid-2">
        <label class="field">
          <span>{t.rules.frequency}</span>
          <select disabled={!editable} value={frequency.kind} onChange={(e) => chooseFrequency(value(e) as Frequency['kind'])}>
            {FREQUENCY_KINDS.map((k) => (
              <option value={k}>{t.rules.frequencies[k]}</option>
            ))}
          </select>
        </label>
        {frequency.kind === 'every_days' && (
          <WholeNumberField label={t.rules.days} min={1} max={365} editable={editable} value={days} onInput={(text) => {
              setDays(text);
              chooseFrequency('every_days', text);
            }} />
        )}
      </div>
      <WholeNumberField
        class="priority"
        label={t.rules.priority}
        hint={t.rules.priorityHint}
        min={0}
        max={100}
        editable={editable}
        value={priority}
        onInput={(text, n) => {
          setPriority(text);
          if (n !== null) set({ priority: n === DEFAULT_PRIORITY ? undefined : n });
        }}
      />
    </div>
  );
}

/** A whole-number input that reports the text typed and the number when it is within bounds (else null). */
function WholeNumberField(props: { label: string; hint?: string; class?: string; min: number; max: number; editable: boolean; value: string; onInput: (text: string, n: number | null) => void }) {
  return (
    <label class={`field ${props.class ?? ''}`}>
      <span>{props.label}</span>
      <input
        type="number"
        min={props.min}
        max={props.max}
        readOnly={!props.editable}
        value={props.value}
        onInput={(e) => {
          const text = (e.target as HTMLInputElement).value;
          props.onInput(text, wholeIn(text, props.min, props.max));
        }}
      />
      {props.hint && <small class="hint">{props.hint}</small>}
    </label>
  );
}
