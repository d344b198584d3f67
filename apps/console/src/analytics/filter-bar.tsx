import type { FilterOptions } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.js';
import type { GuideAnalyticsQuery, TraitFilter } from '../route.js';
import { DateRangePicker } from './date-range-picker.js';

/** Whether any cohort filter (dates, traits, language) narrows the numbers. */
export const isFiltered = (q: GuideAnalyticsQuery) => Boolean(q.from || q.to || q.locale || q.traits.length || q.accountTraits.length);

/**
 * The guide analytics filters: version and comparison, dates with presets, user and account traits,
 * language. Every change goes to the URL through `onChange`, so the page is always shareable.
 */
export function FilterBar(props: {
  query: GuideAnalyticsQuery;
  versions: number[];
  liveVersion: number | null;
  shownVersion: number;
  options: FilterOptions | null;
  onChange: (query: GuideAnalyticsQuery) => void;
}) {
  const { t } = useI18n();
  const { query, onChange } = props;
  const versionName = (v: number) => `${t.common.version(v)}${v === props.liveVersion ? ` (${t.common.live})` : ''}`;
  const setTrait = (kind: 'traits' | 'accountTraits', trait: TraitFilter) => onChange({ ...query, [kind]: [...query[kind].filter((t) => t.key !== trait.key), trait] });
  const removeTrait = (kind: 'traits' | 'accountTraits', key: string) => onChange({ ...query, [kind]: query[kind].filter((t) => t.key !== key) });

  return (
    <div class="card filter-bar" role="group" aria-label={t.filters.label}>
      <div class="filter-row">
        <label class="filter">
          <span>{t.filters.version}</span>
          <select data-testid="version-select" value={props.shownVersion} onChange={(e) => onChange({ ...query, version: Number((e.target as HTMLSelectElement).value), compare: query.compare === Number((e.target as HTMLSelectElement).value) ? undefined : query.compare })}>
            {props.versions.map((v) => (
              <option value={v}>{versionName(v)}</option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span>{t.filters.compare}</span>
          <select data-testid="compare-select" value={query.compare ?? ''} disabled={props.versions.length < 2} onChange={(e) => onChange({ ...query, compare: Number((e.target as HTMLSelectElement).value) || undefined })}>
            <option value="">{t.filters.noComparison}</option>
            {props.versions
              .filter((v) => v !== props.shownVersion)
              .map((v) => (
                <option value={v}>{versionName(v)}</option>
              ))}
          </select>
        </label>
        <DateRangePicker range={query} onChange={(range) => onChange({ ...query, from: range.from, to: range.to })} />
      </div>
      <div class="filter-row">
        <TraitPicker label={t.filters.userTrait} testId="user-trait" options={props.options?.traits ?? {}} onPick={(trait) => setTrait('traits', trait)} />
        <TraitPicker label={t.filters.accountTrait} testId="account-trait" options={props.options?.accountTraits ?? {}} onPick={(trait) => setTrait('accountTraits', trait)} />
        <label class="filter">
          <span>{t.filters.locale}</span>
          <select data-testid="locale-select" value={query.locale ?? ''} onChange={(e) => onChange({ ...query, locale: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">{t.filters.allLocales}</option>
            {[...new Set([...(props.options?.locales ?? []), ...(query.locale ? [query.locale] : [])])].map((l) => (
              <option value={l}>{l}</option>
            ))}
          </select>
        </label>
      </div>
      {(query.traits.length > 0 || query.accountTraits.length > 0) && (
        <ul class="chips" aria-label={t.filters.label}>
          {query.traits.map((trait) => (
            <Chip text={`${trait.key} = ${trait.value}`} removeLabel={t.filters.remove(`${trait.key} = ${trait.value}`)} onRemove={() => removeTrait('traits', trait.key)} />
          ))}
          {query.accountTraits.map((trait) => (
            <Chip text={`${t.filters.accountTrait}: ${trait.key} = ${trait.value}`} removeLabel={t.filters.remove(`${trait.key} = ${trait.value}`)} onRemove={() => removeTrait('accountTraits', trait.key)} />
          ))}
        </ul>
      )}
      {isFiltered(query) && (
        <button type="button" class="link-button clear-filters" onClick={() => onChange({ version: query.version, compare: query.compare, traits: [], accountTraits: [] })}>
          {t.filters.clear}
        </button>
      )}
    </div>
  );
}

/** A trait filter in two selects: the key, then one of the values seen for it. */
function TraitPicker(props: { label: string; testId: string; options: Record<string, string[]>; onPick: (trait: TraitFilter) => void }) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const keys = Object.keys(props.options).sort();
  return (
    <div class="filter">
      <span id={`${props.testId}-label`}>{props.label}</span>
      <div class="inline" role="group" aria-labelledby={`${props.testId}-label`}>
        <select data-testid={`${props.testId}-key`} aria-label={`${props.label}: ${t.filters.chooseTrait}`} value={key} disabled={keys.length === 0} onChange={(e) => setKey((e.target as HTMLSelectElement).value)}>
          <option value="">{t.filters.chooseTrait}</option>
          {keys.map((k) => (
            <option value={k}>{k}</option>
          ))}
        </select>
        <select
          data-testid={`${props.testId}-value`}
          aria-label={`${props.label}: ${t.filters.chooseValue}`}
          value=""
          disabled={!key}
          onChange={(e) => {
            const value = (e.target as HTMLSelectElement).value;
            if (!value) return;
            props.onPick({ key, value });
            setKey('');
          }}
        >
          <option value="">{t.filters.chooseValue}</option>
          {(props.options[key] ?? []).map((v) => (
            <option value={v}>{v}</option>
          ))}
        </select>
      </div>
    </div>
  );
}

function Chip(props: { text: string; removeLabel: string; onRemove: () => void }) {
  return (
    <li class="chip">
      {props.text}
      <button type="button" aria-label={props.removeLabel} onClick={props.onRemove}>
        ×
      </button>
    </li>
  );
}
