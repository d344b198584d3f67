import { useI18n } from '../i18n/i18n.js';
import type { DateRangeQuery } from '../route.js';
import { DAY_PRESETS, lastDays, presetOf } from './date-range.js';

/** Dates of an analytics page: presets (last 7/30/90 days, all time) and a from–to pair of day inputs. */
export function DateRangePicker(props: { range: DateRangeQuery; onChange: (range: DateRangeQuery) => void }) {
  const { t } = useI18n();
  const { range, onChange } = props;
  const preset = presetOf(range);
  const setDay = (key: 'from' | 'to', day: string) => {
    const next = { from: range.from, to: range.to, [key]: day || undefined };
    // A range picked backwards is still the range the viewer means.
    if (next.from && next.to && next.from > next.to) [next.from, next.to] = [next.to, next.from];
    onChange(next);
  };
  return (
    <div class="filter">
      <span id="dates-label">{t.filters.dates}</span>
      <div class="inline wrap">
        <div class="segmented" role="group" aria-labelledby="dates-label">
          {DAY_PRESETS.map((days) => (
            <button type="button" aria-pressed={preset === days} onClick={() => onChange(lastDays(days))}>
              {t.filters.lastDays(days)}
            </button>
          ))}
          <button type="button" aria-pressed={!range.from && !range.to} onClick={() => onChange({ from: undefined, to: undefined })}>
            {t.filters.allTime}
          </button>
        </div>
        <input type="date" class="date-input" aria-label={t.filters.from} value={range.from ?? ''} onChange={(e) => setDay('from', (e.target as HTMLInputElement).value)} />
        <span class="muted" aria-hidden="true">
          –
        </span>
        <input type="date" class="date-input" aria-label={t.filters.to} value={range.to ?? ''} onChange={(e) => setDay('to', (e.target as HTMLInputElement).value)} />
      </div>
    </div>
  );
}
