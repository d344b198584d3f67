import type { SplitResults, SplitSideResult } from '@shirube/server/types';
import type { ComponentChildren } from 'preact';
import { call, client } from '../api.js';
import { DownloadCsvButton } from '../components/download-csv-button.js';
import { ErrorNote } from '../components/ui.js';
import { count, dateTime, percent } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import { Panel } from './panel.js';
import { pValueText, splitCsv, splitVerdictText } from './split-shape.js';
import { useLoad } from './use-load.js';

/** A guide's A/B holdout results (the split of its live version, else of the latest that had one). */
export function fetchSplitResults(projectId: string, guideId: string): Promise<SplitResults> {
  return call(client.projects[':projectId'].guides[':id'].split.$get({ param: { projectId, id: guideId } }));
}

const VERDICT_TONE = { raised: 'headline good', lowered: 'headline', no_difference: 'headline neutral', not_enough_data: 'headline neutral' } as const;

/**
 * "A/B test": the verdict in a sentence, the two conversion rates as bars, and the figures per group.
 * Shown only for a guide that has (or had) a holdout.
 */
export function SplitSection(props: { projectId: string; guideId: string }) {
  const { t, locale } = useI18n();
  const loaded = useLoad(() => fetchSplitResults(props.projectId, props.guideId), `${props.projectId}/${props.guideId}`);
  if (loaded.error) return <ErrorNote message={loaded.error} onRetry={loaded.reload} retryLabel={t.common.retry} />;
  const results = loaded.data;
  if (!results?.split) return null;
  const { split, comparison } = results;
  const assigned = results.shown.users + results.holdout.users;
  return (
    <Panel
      title={t.split.title}
      subtitle={t.split.subtitle(percent(split.holdoutPercent / 100, locale), split.goalEvent)}
      testId="split-panel"
      actions={assigned > 0 && <DownloadCsvButton label={t.common.downloadCsv} subject={`${results.guideName}-ab-test`} table={() => splitCsv(results, t)} />}
    >
      {assigned === 0 ? (
        <p class="chart-empty">
          <strong>{t.split.empty}</strong>
          <br />
          {t.split.emptyBody}
        </p>
      ) : (
        <>
          <p class={VERDICT_TONE[comparison.verdict]} data-testid="split-verdict" data-verdict={comparison.verdict}>
            {splitVerdictText(results, t, locale)}
          </p>
          <div class="split-bars" role="img" aria-label={`${t.split.chartLabel}: ${t.split.shown} ${percent(results.shown.rate, locale)}, ${t.split.holdout} ${percent(results.holdout.rate, locale)}`}>
            <RateBar label={t.split.shown} side={results.shown} scale={Math.max(results.shown.rate, results.holdout.rate)} tone="shown" />
            <RateBar label={t.split.holdout} side={results.holdout} scale={Math.max(results.shown.rate, results.holdout.rate)} tone="holdout" />
          </div>
          <div class="table-scroll">
            <table class="table data-table" data-testid="split-table" aria-label={t.split.tableLabel}>
              <thead>
                <tr>
                  <th>{t.split.group}</th>
                  <th class="num">{t.split.users}</th>
                  <th class="num">{t.split.converted}</th>
                  <th class="num">{t.split.rate}</th>
                  <th class="num">{t.split.absoluteLift}</th>
                  <th class="num">{t.split.relativeLift}</th>
                  <th class="num">{t.split.significance}</th>
                </tr>
              </thead>
              <tbody>
                <SideRow label={t.split.shown} group="shown" side={results.shown}>
                  <td class="num">{t.kpi.points(`${comparison.absoluteLift >= 0 ? '+' : '−'}${Math.abs(Math.round(comparison.absoluteLift * 1000) / 10).toLocaleString(locale)}`)}</td>
                  <td class="num">{comparison.relativeLift === null ? '—' : `${comparison.relativeLift >= 0 ? '+' : '−'}${percent(Math.abs(comparison.relativeLift), locale)}`}</td>
                  <td class="num">{comparison.pValue === null ? '—' : pValueText(comparison.pValue, t)}</td>
                </SideRow>
                <SideRow label={t.split.holdout} group="holdout" side={results.holdout}>
                  <td class="num muted">{t.split.baseline}</td>
                  <td />
                  <td />
                </SideRow>
              </tbody>
            </table>
          </div>
          <p class="hint">
            {results.firstAssignedAt && t.split.since(dateTime(results.firstAssignedAt, locale))}
            {results.rejectedAssignments > 0 && ` ${t.split.rejected(count(results.rejectedAssignments, locale))}`}
          </p>
        </>
      )}
    </Panel>
  );
}

function SideRow(props: { label: string; group: 'shown' | 'holdout'; side: SplitSideResult; children: ComponentChildren }) {
  const { locale } = useI18n();
  return (
    <tr data-testid="split-row" data-group={props.group}>
      <td class="name-cell strong">{props.label}</td>
      <td class="num" data-testid="split-users">
        {count(props.side.users, locale)}
      </td>
      <td class="num" data-testid="split-converted">
        {count(props.side.converted, locale)}
      </td>
      <td class="num" data-testid="split-rate">
        {percent(props.side.rate, locale)}
      </td>
      {props.children}
    </tr>
  );
}

/** One group's conversion rate as a bar; both bars share a scale that starts at zero, so their lengths compare honestly. */
function RateBar(props: { label: string; side: SplitSideResult; scale: number; tone: 'shown' | 'holdout' }) {
  const { locale } = useI18n();
  const width = props.scale > 0 ? (props.side.rate / props.scale) * 85 : 0;
  return (
    <div class="split-bar-row" aria-hidden="true">
      <span class="split-bar-label">{props.label}</span>
      <span class="split-bar-track">
        <span class={`split-bar ${props.tone}`} style={{ width: `${width}%` }} />
        <span class="split-bar-value">{percent(props.side.rate, locale)}</span>
      </span>
    </div>
  );
}
