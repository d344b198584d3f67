import type { ConsoleProject } from '@shirube/server/types';
import { call, client } from '../api.js';
import { fetchFilterOptions, fetchGuideAnalytics } from '../analytics/analytics-api.js';
import { DataState } from '../analytics/data-state.js';
import { FilterBar, isFiltered } from '../analytics/filter-bar.js';
import { GuideAnalyticsView } from '../analytics/guide-analytics-sections.js';
import { SplitSection } from '../analytics/split-section.js';
import { useLoad } from '../analytics/use-load.js';
import { Badge, CopyButton, Empty, ErrorNote, Loading } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';
import { go, href, type GuideAnalyticsQuery } from '../route.js';

/** How users go through one guide: funnel, time on step and trend, per version and cohort. */
export function GuideAnalyticsPage(props: { project: ConsoleProject; guideId: string; query: GuideAnalyticsQuery }) {
  const { t, language } = useI18n();
  const { project, guideId, query } = props;
  const route = { page: 'guide-analytics', projectId: project.id, guideId, query } as const;
  const guide = useLoad(() => call(client.projects[':projectId'].guides[':id'].$get({ param: { projectId: project.id, id: guideId } })), guideId);
  const options = useLoad(() => fetchFilterOptions(project.id), project.id);
  const published = Boolean(guide.data && guide.data.version > 0);
  const analytics = useLoad(() => (published ? fetchGuideAnalytics(project.id, guideId, query) : Promise.resolve(null)), `${published}${href(route)}`);
  const liveVersion = guide.data?.status === 'published' ? guide.data.version : null;
  const change = (next: GuideAnalyticsQuery) => go({ ...route, query: next });

  if (guide.error) return <ErrorNote message={guide.error} onRetry={guide.reload} retryLabel={t.common.retry} />;
  if (!guide.data) return <Loading label={t.guide.loading} />;
  return (
    <section class="page analytics" lang={language}>
      <nav class="crumbs" aria-label={t.editor.breadcrumb}>
        <a href={href({ page: 'guides', projectId: project.id })}>{t.guide.crumbGuides}</a> / <a href={href({ page: 'guide', projectId: project.id, guideId })}>{guide.data.name}</a> / <span>{t.guide.crumbAnalytics}</span>
      </nav>
      <header class="page-head row">
        <div>
          <h1>
            {guide.data.name} {liveVersion && <Badge tone="green">{`${t.common.version(liveVersion)} (${t.common.live})`}</Badge>}
          </h1>
          <p class="muted">{t.guide.subtitle}</p>
        </div>
        <div class="inline">
          <CopyButton text={() => location.href} label={t.common.copyLink} copiedLabel={t.common.linkCopied} />
          <a class="btn btn-secondary btn-small" href={href({ page: 'guide', projectId: project.id, guideId })}>
            {t.guide.editGuide}
          </a>
        </div>
      </header>
      {!published ? (
        <Empty title={t.guide.notPublished}>{t.guide.notPublishedBody}</Empty>
      ) : (
        <>
          <FilterBar
            query={query}
            versions={analytics.data?.versions.map((v) => v.version) ?? (liveVersion ? [liveVersion] : [])}
            liveVersion={liveVersion}
            shownVersion={analytics.data?.funnel.version ?? query.version ?? liveVersion ?? guide.data.version}
            options={options.data}
            onChange={change}
          />
          <DataState loaded={analytics} loadingLabel={t.guide.loading}>
            {(data) => data && <GuideAnalyticsView analytics={data} query={query} liveVersion={liveVersion} filtered={isFiltered(query)} />}
          </DataState>
          <SplitSection projectId={project.id} guideId={guideId} />
        </>
      )}
    </section>
  );
}
