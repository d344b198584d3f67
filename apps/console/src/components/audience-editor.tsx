import type { Audience, Condition } from '@shirube/schema';
import type { AudiencePreview, FilterOptions, Segment } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { fetchFilterOptions } from '../analytics/analytics-api.js';
import { call, client } from '../api.js';
import { conditionOf, OPERATORS, rowOf, SEGMENT_OPERATORS, valueKindOf, withSource, type ConditionRow } from '../audience-rows.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from './ui.js';

const NEW_ROW: ConditionRow = { source: 'user', trait: '', op: 'equals', value: '' };

/**
 * "N of M known users match", counted by the server with the SDK's own rules; recounted a moment
 * after the audience stops changing. A stale answer never replaces a newer one.
 */
function useAudiencePreview(projectId: string, audience: Audience): AudiencePreview | null {
  const [preview, setPreview] = useState<AudiencePreview | null>(null);
  const key = JSON.stringify(audience);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      call(client.projects[':projectId']['audience-preview'].$post({ param: { projectId }, json: { audience } })).then(
        (answer) => current && setPreview(answer),
        () => current && setPreview(null),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [projectId, key]);
  return preview;
}

/**
 * Conditions on traits (and, when `segments` is given, saved segments), with the live count of
 * known users they admit. A row that cannot be evaluated says why and keeps the last valid audience.
 */
export function AudienceEditor(props: { projectId: string; audience: Audience; editable: boolean; onChange: (a: Audience) => void; segments: Segment[] | null }) {
  const { t, locale } = useI18n();
  const { audience } = props;
  const [rows, setRows] = useState<ConditionRow[]>(() => audience.conditions.map(rowOf));
  const preview = useAudiencePreview(props.projectId, audience);

  // A row just added and not yet filled in is neither saved nor scolded.
  const blank = (row: ConditionRow) => row.trait.trim() === '' && row.value.trim() === '';
  const results = rows.map((row) => (blank(row) ? null : conditionOf(row)));
  const update = (next: ConditionRow[], match: Audience['match'] = audience.match) => {
    setRows(next);
    const parsed = next.filter((row) => !blank(row)).map(conditionOf);
    if (parsed.every((r) => 'condition' in r)) props.onChange({ match, conditions: parsed.map((r) => (r as { condition: Condition }).condition) });
  };
  const setRow = (index: number, change: (row: ConditionRow) => ConditionRow) => update(rows.map((row, i) => (i === index ? change(row) : row)));
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const number = (n: number) => n.toLocaleString(locale);

  return (
    <div class="audience-editor">
      {rows.length > 1 && (
        <label class="field inline-label">
          <span>{t.audience.matchLabel}</span>
          <select disabled={!props.editable} value={audience.match} onChange={(e) => update(rows, value(e) as Audience['match'])}>
            <option value="all">{t.audience.matchAll}</option>
            <option value="any">{t.audience.matchAny}</option>
          </select>
        </label>
      )}
      <TraitSuggestions projectId={props.projectId} />
      <ul class="conditions" aria-label={t.audience.conditions}>
        {rows.map((row, index) => {
          const result = results[index];
          return (
            <li>
              <select aria-label={t.audience.whose} disabled={!props.editable} value={row.source} onChange={(e) => setRow(index, (r) => withSource(r, value(e) as ConditionRow['source']))}>
                <option value="user">{t.audience.user}</option>
                <option value="account">{t.audience.account}</option>
                {props.segments && <option value="segment">{t.audience.segment}</option>}
              </select>
              {row.source === 'segment' ? (
                <>
                  <select aria-label={t.audience.test} disabled={!props.editable} value={row.op} onChange={(e) => setRow(index, (r) => ({ ...r, op: value(e) as Condition['op'] }))}>
                    {SEGMENT_OPERATORS.map((op) => (
                      <option value={op}>{t.audience.ops[op]}</option>
                    ))}
                  </select>
                  <select class="segment-choice" aria-label={t.audience.segmentChoice} disabled={!props.editable} value={row.value} onChange={(e) => setRow(index, (r) => ({ ...r, value: value(e) }))}>
                    <option value="">{t.audience.chooseSegment}</option>
                    {props.segments?.map((segment) => (
                      <option value={segment.id}>{segment.name}</option>
                    ))}
                  </select>
                </>
              ) : (
                <TraitFields row={row} editable={props.editable} onChange={(change) => setRow(index, change)} />
              )}
              {props.editable && (
                <Button variant="ghost" aria-label={t.audience.removeCondition(index + 1)} onClick={() => update(rows.filter((_, i) => i !== index))}>
                  {t.audience.remove}
                </Button>
              )}
              {result && 'error' in result && (
                <p class="field-error" role="alert">
                  {t.audience.errors[result.error]}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <div class="audience-foot">
        {props.editable && <Button onClick={() => setRows([...rows, NEW_ROW])}>{t.audience.add}</Button>}
        <p class="audience-preview" role="status" data-testid="audience-preview">
          {!preview ? t.audience.previewLoading : preview.total === 0 ? t.audience.previewNone : t.audience.preview(number(preview.matching), number(preview.total))}
        </p>
      </div>
    </div>
  );
}

/** The `user-traits` and `account-traits` datalists: trait names seen so far, offered by `TraitFields`. */
export function TraitSuggestions(props: { projectId: string }) {
  const [options, setOptions] = useState<FilterOptions | null>(null);
  useEffect(() => {
    fetchFilterOptions(props.projectId).then(setOptions, () => setOptions(null));
  }, [props.projectId]);
  return (
    <>
      <datalist id="user-traits">{Object.keys(options?.traits ?? {}).map((k) => <option value={k} />)}</datalist>
      <datalist id="account-traits">{Object.keys(options?.accountTraits ?? {}).map((k) => <option value={k} />)}</datalist>
    </>
  );
}

/** A trait test's inputs after "whose trait": the trait (offered from `TraitSuggestions`), the test and its value. */
export function TraitFields(props: { row: ConditionRow; editable: boolean; onChange: (change: (row: ConditionRow) => ConditionRow) => void }) {
  const { t } = useI18n();
  const { row } = props;
  const kind = valueKindOf(row.op);
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return (
    <>
      <input aria-label={t.audience.trait} placeholder="plan" list={`${row.source}-traits`} readOnly={!props.editable} value={row.trait} onInput={(e) => props.onChange((r) => ({ ...r, trait: value(e) }))} />
      <select aria-label={t.audience.test} disabled={!props.editable} value={row.op} onChange={(e) => props.onChange((r) => ({ ...r, op: value(e) as Condition['op'] }))}>
        {OPERATORS.map((o) => (
          <option value={o.op}>{t.audience.ops[o.op]}</option>
        ))}
      </select>
      {kind !== 'none' ? (
        <input
          aria-label={t.audience.value}
          placeholder={kind === 'list' ? 'admin, approver' : kind === 'text' ? 'business' : '30'}
          inputMode={kind === 'number' || kind === 'days' ? 'decimal' : undefined}
          readOnly={!props.editable}
          value={row.value}
          onInput={(e) => props.onChange((r) => ({ ...r, value: value(e) }))}
        />
      ) : (
        <span />
      )}
    </>
  );
}
