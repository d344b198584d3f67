import type { ConsoleProject, EmptySearch, HelpSearches, TopSearch } from '@shirube/server/types';
import { fetchHelpSearches } from '../analytics/analytics-api.js';
import { DataState } from '../analytics/data-state.js';
import { DateRangePicker } from '../analytics/date-range-picker.js';
import { presetOf } from '../analytics/date-range.js';
import { Panel } from '../analytics/panel.js';
import { useLoad } from '../analytics/use-load.js';
import { DownloadCsvButton, type CsvTable } from '../components/download-csv-button.js';
import { Empty, RateBar } from '../components/ui.js';
import { percentCell } from '../csv.js';
import { count, dateTime, percent, relativeTime } from '../format.js';
import type { Messages } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { dateRangeParams, go, type DateRangeQuery } from '../route.js';

/** What users searched for in the help launcher: the searches that found nothing first (CS's to-do list), then the top ones. */
export function HelpSearchesPage(props: { project: ConsoleProject; query: DateRangeQuery }) {
  const { t, language } = useI18n();
  const { project, query } = props;
  const searches = useLoad(() => fetchHelpSearches(project.id, query), `${project.id}?${dateRangeParams(query)}`);
  return (
    <section class="page analytics" lang={language}>
      <header class="page-head row">
        <div>
          <h1>{t.helpSearches.title}</h1>
          <p class="muted">{t.helpSearches.subtitle}</p>
        </div>
        <div class="inline">
          {searches.data && searches.data.totals.searches > 0 && (
            <DownloadCsvButton label={t.common.downloadCsv} subject="help-searches" table={() => helpSearchesCsv(searches.data!, t)} />
          )}
        </div>
      </header>
      <div class="card filter-bar" role="group" aria-label={t.filters.label}>
        <div class="filter-row">
          <DateRangePicker range={query} onChange={(range) => go({ page: 'help-searches', projectId: project.id, query: range })} />
        </div>
      </div>
      <DataState
        loaded={searches}
        loadingLabel={t.helpSearches.loading}
        isEmpty={(data) => data.totals.searches === 0}
        empty={<Empty title={t.helpSearches.empty}>{t.helpSearches.emptyBody}</Empty>}
      >
        {(data) => <HelpSearchesReport data={data} query={query} />}
      </DataState>
    </section>
  );
}

/** "in the last 7 days", "so far" or "in these dates", for the headline. */
function rangeWords(query: DateRangeQuery, t: Messages): string {
  if (!query.from && !query.to) return t.helpSearches.rangeAll;
  const preset = presetOf(query);
  return preset ? t.helpSearches.rangeDays(preset) : t.helpSearches.rangeCustom;
}

function HelpSearchesReport(props: { data: HelpSearches; query: DateRangeQuery }) {
  const { t, locale } = useI18n();
  const { totals, noResults, top } = props.data;
  const range = rangeWords(props.query, t);
  const worst = noResults[0];
  return (
    <>
      <div class="summary" data-testid="help-searches-headline">
        <span class={worst ? 'summary-item bad' : 'summary-item'}>
          {worst ? t.helpSearches.headline(count(totals.emptySearches, locale), range, worst.query) : t.helpSearches.headlineNone(range)}
        </span>
        <span class="summary-item">{t.helpSearches.totals(count(totals.searches, locale), count(totals.users, locale))}</span>
      </div>
      <Panel title={t.helpSearches.noResultsTitle} subtitle={t.helpSearches.noResultsSubtitle} testId="no-result-searches">
        {noResults.length === 0 ? (
          <p class="muted">{t.helpSearches.noResultsEmpty}</p>
        ) : (
          <div class="table-scroll">
            <table class="table data-table" data-testid="no-result-table" aria-label={t.helpSearches.noResultsTitle}>
              <thead>
                <tr>
                  <th>{t.helpSearches.query}</th>
                  <th class="num">{t.helpSearches.searches}</th>
                  <th class="num">{t.helpSearches.users}</th>
                  <th>{t.helpSearches.lastSearched}</th>
                </tr>
              </thead>
              <tbody>
                {noResults.map((row) => (
                  <tr data-testid="no-result-row">
                    <td class="strong">{row.query}</td>
                    <td class="num strong">{count(row.searches, locale)}</td>
                    <td class="num">{count(row.users, locale)}</td>
                    <td title={dateTime(row.lastSearchedAt, locale)}>{relativeTime(row.lastSearchedAt, Date.now(), locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      <Panel title={t.helpSearches.topTitle} subtitle={t.helpSearches.topSubtitle} testId="top-searches">
        <div class="table-scroll">
          <table class="table data-table" data-testid="top-searches-table" aria-label={t.helpSearches.topTitle}>
            <thead>
              <tr>
                <th>{t.helpSearches.query}</th>
                <th class="num">{t.helpSearches.searches}</th>
                <th class="num">{t.helpSearches.users}</th>
                <th class="num">{t.helpSearches.picked}</th>
                <th class="num">{t.helpSearches.pickRate}</th>
              </tr>
            </thead>
            <tbody>
              {top.map((row) => (
                <tr data-testid="top-search-row">
                  <td class="strong">{row.query}</td>
                  <td class="num strong">{count(row.searches, locale)}</td>
                  <td class="num">{count(row.users, locale)}</td>
                  <td class="num">{count(row.picked, locale)}</td>
                  <td class="num">
                    <RateBar share={pickRate(row)} label={percent(pickRate(row), locale)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Panel>
    </>
  );
}

const pickRate = (row: TopSearch) => (row.searches > 0 ? Math.min(1, row.picked / row.searches) : 0);

/** Both lists in one file: a column says which list a row is from. */
function helpSearchesCsv(data: HelpSearches, t: Messages): CsvTable {
  const s = t.helpSearches;
  const empty = (row: EmptySearch) => [s.csvNoResults, row.query, row.normalized, row.searches, row.users, '', '', row.lastSearchedAt];
  const topRow = (row: TopSearch) => [s.csvTop, row.query, row.normalized, row.searches, row.users, row.picked, percentCell(pickRate(row)), ''];
  return {
    headers: [s.csvList, s.query, s.csvNormalized, s.searches, s.users, s.picked, `${s.pickRate} (%)`, s.csvLastSearched],
    rows: [...data.noResults.map(empty), ...data.top.map(topRow)],
  };
}
