import type { ConsoleProject, StuckPoint, StuckPoints } from '@shirube/server/types';
import { fetchStuckPoints } from '../analytics/analytics-api.js';
import { DataState } from '../analytics/data-state.js';
import { useLoad } from '../analytics/use-load.js';
import { DownloadCsvButton, type CsvTable } from '../components/download-csv-button.js';
import { percentCell } from '../csv.js';
import { Badge, Empty, RateBar } from '../components/ui.js';
import { count, percent } from '../format.js';
import type { Messages } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { ALL_USERS, go, href, type Route } from '../route.js';

/** Monday's page: across live guides, the steps losing the most users, broken ones first. */
export function StuckPointsPage(props: { project: ConsoleProject }) {
  const { t, language } = useI18n();
  const stuck = useLoad(() => fetchStuckPoints(props.project.id), props.project.id);
  return (
    <section class="page analytics" lang={language}>
      <header class="page-head row">
        <div>
          <h1>{t.stuck.title}</h1>
          <p class="muted">{t.stuck.subtitle}</p>
        </div>
        <div class="inline">
          {stuck.data && stuck.data.points.length > 0 && <DownloadCsvButton label={t.common.downloadCsv} subject="stuck-points" table={() => stuckCsv(stuck.data!.points, t)} />}
        </div>
      </header>
      <DataState loaded={stuck} loadingLabel={t.stuck.loading} isEmpty={(data) => data.points.length === 0} empty={<Empty title={t.stuck.empty}>{t.stuck.emptyBody}</Empty>}>
        {(data) => <StuckPointsTable projectId={props.project.id} stuck={data} />}
      </DataState>
    </section>
  );
}

function StuckPointsTable(props: { projectId: string; stuck: StuckPoints }) {
  const { t, locale } = useI18n();
  const { points } = props.stuck;
  const broken = points.filter((p) => p.broken).length;
  const lost = points.reduce((sum, p) => sum + p.lostUsers, 0);
  const top = [...points].sort((a, b) => b.lostUsers - a.lostUsers)[0];
  const analyticsOf = (p: StuckPoint): Route => ({ page: 'guide-analytics', projectId: props.projectId, guideId: p.guideId, query: { ...ALL_USERS, version: p.version } });
  return (
    <>
      <div class="summary" data-testid="stuck-summary">
        <span class={broken ? 'summary-item bad' : 'summary-item'}>{t.stuck.brokenSummary(broken)}</span>
        <span class="summary-item">{t.stuck.lostSummary(count(lost, locale))}</span>
        {top && <span class="summary-item">{t.stuck.topLeak(top.guideName, t.stuck.stepOf(top.stepIndex + 1, top.stepCount, top.stepTitle))}</span>}
      </div>
      <div class="card table-card">
        <div class="table-scroll">
          <table class="table data-table" data-testid="stuck-table" aria-label={t.stuck.title}>
            <thead>
              <tr>
                <th class="num">{t.stuck.rank}</th>
                <th>{t.stuck.guide}</th>
                <th class="num">{t.stuck.version}</th>
                <th>{t.stuck.step}</th>
                <th class="num">{t.stuck.viewers}</th>
                <th class="num">{t.stuck.lost}</th>
                <th class="num">{t.stuck.dropRate}</th>
                <th class="num">{t.stuck.score}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point, i) => (
                <tr data-testid="stuck-row" data-broken={point.broken} class={point.broken ? 'clickable is-broken' : 'clickable'} onClick={(e) => (e.target as HTMLElement).closest('a') || go(analyticsOf(point))}>
                  <td class="num rank">{i + 1}</td>
                  <td>
                    <a class="strong-link" href={href(analyticsOf(point))} aria-label={t.stuck.open(point.guideName)}>
                      {point.guideName}
                    </a>
                  </td>
                  <td class="num">{point.version}</td>
                  <td class="name-cell">
                    <div>
                      {point.broken && (
                        <>
                          <Badge tone="red">{t.stuck.broken}</Badge>{' '}
                        </>
                      )}
                      {t.stuck.stepOf(point.stepIndex + 1, point.stepCount, point.stepTitle)}
                    </div>
                    {point.targetMissingUsers > 0 && point.topMissingReason && (
                      <div class={point.broken ? 'sub broken-detail' : 'sub'}>{t.stuck.brokenDetail(percent(point.missingShare, locale), t.reasons[point.topMissingReason])}</div>
                    )}
                  </td>
                  <td class="num">{count(point.viewedUsers, locale)}</td>
                  <td class="num strong">{count(point.lostUsers, locale)}</td>
                  <td class="num">
                    <RateBar share={point.dropOffRate} label={percent(point.dropOffRate, locale)} loss />
                  </td>
                  <td class="num">{count(roundScore(point.score), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <p class="hint">{t.stuck.note(props.stuck.minViewers, percent(props.stuck.brokenThreshold, locale))}</p>
    </>
  );
}

// One decimal: small leaks still rank above zero instead of all reading "0".
const roundScore = (score: number) => Math.round(score * 10) / 10;

/** The ranking as CSV, in the table's order. */
function stuckCsv(points: StuckPoint[], t: Messages): CsvTable {
  return {
    headers: [t.stuck.rank, t.stuck.guide, t.stuck.version, t.stuck.csvStepNumber, t.stuck.csvStepCount, t.stuck.csvStepTitle, t.stuck.viewers, t.stuck.lost, t.stuck.csvDropRate, t.stuck.score, t.stuck.csvBroken, t.funnel.targetMissing, t.stuck.csvReason],
    rows: points.map((p, i) => [
      i + 1,
      p.guideName,
      p.version,
      p.stepIndex + 1,
      p.stepCount,
      p.stepTitle,
      p.viewedUsers,
      p.lostUsers,
      percentCell(p.dropOffRate),
      roundScore(p.score),
      p.broken ? t.stuck.yes : '',
      p.targetMissingUsers,
      p.topMissingReason ? t.reasons[p.topMissingReason] : '',
    ]),
  };
}
