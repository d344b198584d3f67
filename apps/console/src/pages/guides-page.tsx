import type { ConsoleProject, ConsoleUser, GuideListItem } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { HealthCheckPanel } from '../components/health-check-panel.js';
import { FormatBadge, NewGuideDialog } from '../components/new-guide-dialog.js';
import { Badge, Button, Empty, ErrorNote, Loading, RateBar } from '../components/ui.js';
import { count, dateTime, percent, relativeTime } from '../format.js';
import { newGuideInput, type NewGuideFormat } from '../guide-templates.js';
import { useI18n } from '../i18n/i18n.js';
import { ALL_USERS, go, href } from '../route.js';

const STATUS = { published: ['green', 'Live'], draft: ['gray', 'Draft'], archived: ['amber', 'Archived'] } as const;

/** The project's guides with how the live version is doing. */
export function GuidesPage(props: { project: ConsoleProject; me: ConsoleUser }) {
  const { t } = useI18n();
  const [guides, setGuides] = useState<GuideListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [creating, setCreating] = useState(false);
  const canEdit = props.me.role !== 'viewer';
  const param = { projectId: props.project.id };

  const load = () => {
    setError(null);
    call(client.projects[':projectId'].guides.$get({ param }))
      .then((answer) => setGuides(answer.guides))
      .catch((failure: ApiFailure) => setError(failure.message));
  };
  useEffect(load, [props.project.id]);

  const create = async (format: NewGuideFormat) => {
    setCreating(true);
    try {
      const guide = await call(client.projects[':projectId'].guides.$post({ param, json: newGuideInput(format, t) }));
      go({ page: 'guide', projectId: props.project.id, guideId: guide.id });
    } catch (failure) {
      setError((failure as Error).message);
      setCreating(false);
      setChoosing(false);
    }
  };
  const choose = () => setChoosing(true);

  return (
    <section class="page">
      <header class="page-head row">
        <div>
          <h1>Guides</h1>
          <p class="muted">Walkthroughs, announcements, banners and hotspots shown to users of {props.project.name}. Edits stay in the draft until you publish.</p>
        </div>
        {canEdit && (
          <Button variant="primary" busy={creating} onClick={choose}>
            New guide
          </Button>
        )}
      </header>
      {error && <ErrorNote message={error} onRetry={load} />}
      {!guides && !error && <Loading label="Loading guides…" />}
      {guides && guides.length === 0 && (
        <Empty title="No guides yet" action={canEdit && <Button variant="primary" onClick={choose}>Create the first guide</Button>}>
          A guide walks users through a task on your app, one step at a time, next to the elements it is about.
        </Empty>
      )}
      {choosing && <NewGuideDialog busy={creating} onCreate={create} onCancel={() => setChoosing(false)} />}
      {guides && guides.length > 0 && (
        <div class="card table-card">
          <table class="table" aria-label="Guides">
            <thead>
              <tr>
                <th>Guide</th>
                <th>Status</th>
                <th class="num">Viewers</th>
                <th class="num">Completion</th>
                <th>Last edited</th>
                <th>
                  <span class="sr-only">Analytics</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {guides.map((guide) => {
                const [tone, label] = STATUS[guide.status];
                return (
                  <tr>
                    <td>
                      <a class="strong-link" href={href({ page: 'guide', projectId: props.project.id, guideId: guide.id })}>
                        {guide.name}
                      </a>{' '}
                      <FormatBadge format={guide.format} />
                      {guide.onboarding && (
                        <>
                          {' '}
                          <Badge tone="blue">Onboarding</Badge>
                        </>
                      )}
                      {guide.helpLauncher && (
                        <>
                          {' '}
                          <Badge tone="gray">{t.launcher.badge}</Badge>
                        </>
                      )}
                      <div class="sub">
                        {guide.format === 'checklist' ? t.checklist.taskCount(guide.stepCount) : `${guide.stepCount} ${guide.stepCount === 1 ? 'step' : 'steps'}`}
                        {guide.version > 0 && ` · live version ${guide.version}`}
                      </div>
                    </td>
                    <td>
                      <Badge tone={tone}>{label}</Badge>
                    </td>
                    <td class="num">{guide.live ? count(guide.live.viewers) : '—'}</td>
                    <td class="num">
                      {guide.live && guide.live.viewers > 0 ? <RateBar share={guide.live.completionRate} label={percent(guide.live.completionRate)} /> : '—'}
                    </td>
                    <td title={dateTime(guide.updatedAt)}>
                      {relativeTime(guide.updatedAt)}
                      {guide.updatedBy && <div class="sub">by {guide.updatedBy.name}</div>}
                    </td>
                    <td class="actions-cell">
                      {guide.version > 0 && guide.format !== 'checklist' && (
                        <a class="btn btn-ghost btn-small" href={href({ page: 'guide-analytics', projectId: props.project.id, guideId: guide.id, query: ALL_USERS })}>
                          Analytics
                        </a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {guides?.some((guide) => guide.status === 'published') && <HealthCheckPanel project={props.project} canRun={canEdit} />}
    </section>
  );
}
