import type { Funnel, GuideAnalytics, TrendDay } from '@shirube/server/types';
import { useMemo } from 'preact/hooks';
import { DownloadCsvButton } from '../components/download-csv-button.js';
import { Empty } from '../components/ui.js';
import { count, percent } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import type { GuideAnalyticsQuery } from '../route.js';
import { FunnelChart } from './funnel-chart.js';
import { brokenSteps, shapeFunnel } from './funnel-shape.js';
import { funnelCsv, FunnelTable } from './funnel-table.js';
import { KpiRow } from './kpi-row.js';
import { Panel } from './panel.js';
import { TrendChart } from './trend-chart.js';
import { fillTrendDays } from './trend-shape.js';
import { trendCsv, TrendTable } from './trend-table.js';

interface Shown {
  funnel: Funnel;
  trend: TrendDay[];
}

/** Everything below the filters: the answer, the KPIs, the funnel and the trend of one or two versions. */
export function GuideAnalyticsView(props: { analytics: GuideAnalytics; query: GuideAnalyticsQuery; liveVersion: number | null; filtered: boolean }) {
  const { t } = useI18n();
  const { analytics, query } = props;
  const shown: Shown[] = [{ funnel: analytics.funnel, trend: analytics.trend }, ...(analytics.comparison ? [analytics.comparison] : [])];
  const title = (f: Funnel) => `${t.common.version(f.version)}${f.version === props.liveVersion ? ` (${t.common.live})` : ''}`;
  if (analytics.funnel.startedUsers === 0 && !analytics.comparison) {
    return (
      <Empty title={props.filtered ? t.funnel.emptyFiltered : t.funnel.empty}>{props.filtered ? t.funnel.emptyFilteredBody : t.funnel.emptyBody}</Empty>
    );
  }
  const csvSubject = (what: string, f: Funnel) => `${analytics.guideName}-v${f.version}-${what}`;
  const compared = shown.length > 1;
  return (
    <>
      <Headline funnel={analytics.funnel} />
      <KpiRow funnel={analytics.funnel} comparison={analytics.comparison?.funnel} />
      <Panel title={t.funnel.title} subtitle={t.funnel.subtitle} testId="funnel-panel">
        <div class={compared ? 'side-by-side' : undefined}>
          {shown.map(({ funnel }) => (
            <div class="version-column">
              {compared && <h3 class="version-title">{title(funnel)}</h3>}
              {funnel.startedUsers > 0 ? <FunnelChart funnel={funnel} /> : <p class="chart-empty">{props.filtered ? t.funnel.emptyFiltered : t.funnel.empty}</p>}
            </div>
          ))}
        </div>
        {shown.map(({ funnel }) => (
          <div class="table-block">
            <div class="table-block-head">
              <h3>{t.funnel.tableLabel(funnel.version)}</h3>
              <DownloadCsvButton label={t.common.downloadCsv} subject={csvSubject('funnel', funnel)} table={() => funnelCsv(funnel, t)} />
            </div>
            <FunnelTable funnel={funnel} />
          </div>
        ))}
      </Panel>
      <Panel title={t.trend.title} subtitle={t.trend.subtitle} testId="trend-panel">
        <div class={compared ? 'side-by-side' : undefined}>
          {shown.map((version) => (
            <TrendBlock version={version} query={query} heading={compared ? title(version.funnel) : null} csvSubject={csvSubject('daily', version.funnel)} />
          ))}
        </div>
      </Panel>
    </>
  );
}

function TrendBlock(props: { version: Shown; query: GuideAnalyticsQuery; heading: string | null; csvSubject: string }) {
  const { t } = useI18n();
  const days = useMemo(() => fillTrendDays(props.version.trend, props.query), [props.version.trend, props.query.from, props.query.to]);
  const { version } = props.version.funnel;
  return (
    <div class="version-column">
      {props.heading && <h3 class="version-title">{props.heading}</h3>}
      {days.length === 0 ? (
        <p class="chart-empty">{t.funnel.empty}</p>
      ) : (
        <>
          <TrendChart days={days} version={version} />
          <div class="table-block">
            <div class="table-block-head">
              <h3>{t.trend.tableLabel(version)}</h3>
              <DownloadCsvButton label={t.common.downloadCsv} subject={props.csvSubject} table={() => trendCsv(days, t)} />
            </div>
            <TrendTable days={days} version={version} />
          </div>
        </>
      )}
    </div>
  );
}

/**
 * The answer in a sentence or two: a broken step first (users cannot see it, so it needs a fix
 * today), then the step that loses the most users.
 */
function Headline(props: { funnel: Funnel }) {
  const { t, locale } = useI18n();
  const { biggest } = shapeFunnel(props.funnel);
  const [broken] = brokenSteps(props.funnel);
  const step = biggest && props.funnel.steps.find((s) => s.stepIndex === biggest.stepIndex);
  if (props.funnel.startedUsers === 0) {
    return (
      <p class="headline neutral" data-testid="headline">
        {t.funnel.empty}
      </p>
    );
  }
  return (
    <div class={broken || step ? 'headline' : 'headline good'} data-testid="headline">
      {broken && (
        <p>
          <strong>{t.funnel.brokenHeadline(broken.stepIndex + 1, broken.title, percent(broken.share, locale), broken.reason ? t.reasons[broken.reason] : t.funnel.targetMissing)}</strong>
        </p>
      )}
      {biggest && step ? (
        <p>
          {broken ? t.funnel.headline(step.stepIndex + 1, step.title, count(biggest.users, locale), percent(biggest.rate, locale)) : <strong>{t.funnel.headline(step.stepIndex + 1, step.title, count(biggest.users, locale), percent(biggest.rate, locale))}</strong>}
          {step.targetMissingUsers > 0 && step.stepIndex !== broken?.stepIndex && <> {t.funnel.headlineMissing(count(step.targetMissingUsers, locale))}</>}
        </p>
      ) : (
        <p>{t.funnel.noDrop}</p>
      )}
    </div>
  );
}
