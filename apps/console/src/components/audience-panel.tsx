import { DEFAULT_TARGETING, type Audience, type Condition, type Schedule, type Targeting } from '@shirube/schema';
import type { FilterOptions } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { fetchFilterOptions } from '../analytics/analytics-api.js';
import { conditionOf, isoOfLocalInput, localInputOf, OPERATORS, rowOf, type ConditionRow } from '../audience-rows.js';
import { SplitSettings } from './split-settings.js';
import { Button } from './ui.js';

const NEW_ROW: ConditionRow = { source: 'user', trait: '', op: 'equals', value: '' };

/**
 * Who a guide is for: conditions on the traits the app passes to identify, offered from the traits
 * seen so far. A row that cannot be evaluated says why and keeps the last valid audience in the draft.
 */
export function AudiencePanel(props: { projectId: string; targeting: Targeting | undefined; editable: boolean; onChange: (t: Targeting) => void }) {
  const audience = (props.targeting ?? DEFAULT_TARGETING).audience;
  const [rows, setRows] = useState<ConditionRow[]>(() => audience.conditions.map(rowOf));
  const [options, setOptions] = useState<FilterOptions | null>(null);
  useEffect(() => {
    fetchFilterOptions(props.projectId).then(setOptions, () => setOptions(null));
  }, [props.projectId]);

  // A row just added and not yet filled in is neither saved nor scolded.
  const blank = (row: ConditionRow) => row.trait.trim() === '' && row.value.trim() === '';
  const results = rows.map((row) => (blank(row) ? null : conditionOf(row)));
  const update = (next: ConditionRow[], match: Audience['match'] = audience.match) => {
    setRows(next);
    const parsed = next.filter((row) => !blank(row)).map(conditionOf);
    if (parsed.every((r) => 'condition' in r)) props.onChange({ ...(props.targeting ?? DEFAULT_TARGETING), audience: { match, conditions: parsed.map((r) => (r as { condition: Condition }).condition) } });
  };
  const setRow = (index: number, patch: Partial<ConditionRow>) => update(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const keys = (source: ConditionRow['source']) => Object.keys((source === 'user' ? options?.traits : options?.accountTraits) ?? {});

  return (
    <div class="card form audience">
      <h2>Who sees it</h2>
      <p class="muted">
        Conditions on the traits your app passes to <code>Shirube.identify</code>. No condition: everyone. A user already in the guide keeps it when their traits change.
      </p>
      {rows.length > 1 && (
        <label class="field inline-label">
          <span>Show to users matching</span>
          <select disabled={!props.editable} value={audience.match} onChange={(e) => update(rows, (e.target as HTMLSelectElement).value as Audience['match'])}>
            <option value="all">all of these</option>
            <option value="any">any of these</option>
          </select>
        </label>
      )}
      <datalist id="user-traits">{keys('user').map((k) => <option value={k} />)}</datalist>
      <datalist id="account-traits">{keys('account').map((k) => <option value={k} />)}</datalist>
      <ul class="conditions" aria-label="Conditions">
        {rows.map((row, index) => {
          const kind = OPERATORS.find((o) => o.op === row.op)!.value;
          const result = results[index];
          return (
            <li>
              <select aria-label="Whose trait" disabled={!props.editable} value={row.source} onChange={(e) => setRow(index, { source: (e.target as HTMLSelectElement).value as ConditionRow['source'] })}>
                <option value="user">User</option>
                <option value="account">Account</option>
              </select>
              <input aria-label="Trait" placeholder="plan" list={`${row.source}-traits`} readOnly={!props.editable} value={row.trait} onInput={(e) => setRow(index, { trait: (e.target as HTMLInputElement).value })} />
              <select aria-label="Test" disabled={!props.editable} value={row.op} onChange={(e) => setRow(index, { op: (e.target as HTMLSelectElement).value as ConditionRow['op'] })}>
                {OPERATORS.map((o) => (
                  <option value={o.op}>{o.label}</option>
                ))}
              </select>
              {kind !== 'none' && (
                <input
                  aria-label="Value"
                  placeholder={kind === 'list' ? 'admin, approver' : kind === 'text' ? 'business' : '30'}
                  inputMode={kind === 'number' || kind === 'days' ? 'decimal' : undefined}
                  readOnly={!props.editable}
                  value={row.value}
                  onInput={(e) => setRow(index, { value: (e.target as HTMLInputElement).value })}
                />
              )}
              {props.editable && (
                <Button variant="ghost" aria-label={`Remove condition ${index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
                  Remove
                </Button>
              )}
              {result && 'error' in result && (
                <p class="field-error" role="alert">
                  {result.error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {props.editable && (
        <Button onClick={() => setRows([...rows, NEW_ROW])}>+ Add condition</Button>
      )}
      <SchedulePicker schedule={props.targeting?.schedule} editable={props.editable} onChange={(schedule) => props.onChange({ ...(props.targeting ?? DEFAULT_TARGETING), ...(schedule ? { schedule } : { schedule: undefined }) })} />
      <SplitSettings {...props} />
    </div>
  );
}

/** When a guide may start: from and until, in the viewer's local time; either may stay open. */
function SchedulePicker(props: { schedule: Schedule | undefined; editable: boolean; onChange: (s: Schedule | undefined) => void }) {
  const set = (field: 'startsAt' | 'endsAt', value: string) => {
    const next: Schedule = { ...props.schedule, [field]: isoOfLocalInput(value) };
    if (!next.startsAt) delete next.startsAt;
    if (!next.endsAt) delete next.endsAt;
    props.onChange(next.startsAt || next.endsAt ? next : undefined);
  };
  const backwards = props.schedule?.startsAt && props.schedule.endsAt && props.schedule.startsAt >= props.schedule.endsAt;
  return (
    <div class="schedule">
      <h3>When it may start</h3>
      <div class="grid-2">
        <label class="field">
          <span>From (optional)</span>
          <input type="datetime-local" readOnly={!props.editable} value={localInputOf(props.schedule?.startsAt)} onInput={(e) => set('startsAt', (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Until (optional)</span>
          <input type="datetime-local" readOnly={!props.editable} value={localInputOf(props.schedule?.endsAt)} onInput={(e) => set('endsAt', (e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {backwards && (
        <p class="field-error" role="alert">
          The end must come after the start.
        </p>
      )}
    </div>
  );
}
