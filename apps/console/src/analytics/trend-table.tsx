import type { TrendDay } from '@shirube/server/types';
import type { CsvTable } from '../components/download-csv-button.js';
import { count, shortDay } from '../format.js';
import type { Messages } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';

/** The trend chart's figures, day by day, in a scrolling table. */
export function TrendTable(props: { days: TrendDay[]; version: number }) {
  const { t, locale } = useI18n();
  return (
    <div class="table-scroll tall-limit">
      <table class="table data-table compact" data-testid="trend-table" data-version={props.version} aria-label={t.trend.tableLabel(props.version)}>
        <thead>
          <tr>
            <th>{t.trend.day}</th>
            <th class="num">{t.trend.started}</th>
            <th class="num">{t.trend.completed}</th>
            <th class="num">{t.trend.dismissed}</th>
          </tr>
        </thead>
        <tbody>
          {props.days.map((day) => (
            <tr data-testid="trend-row" data-date={day.date}>
              <td>
                <time dateTime={day.date}>{shortDay(day.date, locale)}</time>
              </td>
              <td class="num">{count(day.startedUsers, locale)}</td>
              <td class="num">{count(day.completedUsers, locale)}</td>
              <td class="num">{count(day.dismissedUsers, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The trend as CSV, days as `YYYY-MM-DD` so spreadsheets read them as dates. */
export function trendCsv(days: TrendDay[], t: Messages): CsvTable {
  return { headers: [t.trend.day, t.trend.started, t.trend.completed, t.trend.dismissed], rows: days.map((d) => [d.date, d.startedUsers, d.completedUsers, d.dismissedUsers]) };
}
