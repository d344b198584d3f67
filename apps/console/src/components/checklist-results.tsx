import { useEffect, useState } from 'preact/hooks';
import { call, client } from '../api.js';
import { useI18n } from '../i18n/i18n.js';
import { Panel } from '../analytics/panel.js';
import { checklistResultsCsv, type ChecklistResults as Results } from '../checklist-results-csv.js';
import { DownloadCsvButton } from './download-csv-button.js';
import { ErrorNote, Loading, RateBar } from './ui.js';

/** Per checklist: users who saw it, who completed each task and who completed them all. */
export function ChecklistResults(props: { projectId: string; guideId: string }) {
  const { t, locale } = useI18n();
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    setError(null);
    call(client.projects[':projectId'].guides[':id']['checklist-analytics'].$get({ param: { projectId: props.projectId, id: props.guideId } })).then(setResults, (f: Error) => setError(f.message));
  };
  useEffect(load, [props.guideId]);
  if (error) return <ErrorNote message={error} onRetry={load} />;
  if (!results) return <Loading label={t.common.loading} />;
  const number = new Intl.NumberFormat(locale);
  const share = (users: number) => (results.startedUsers ? users / results.startedUsers : 0);
  const pct = (users: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(share(users));
  const row = (label: string, users: number, strong = false) => (
    <tr class={strong ? 'strong' : undefined}>
      <td>{label}</td>
      <td class="num">{number.format(users)}</td>
      <td>
        <RateBar share={share(users)} label={pct(users)} />
      </td>
    </tr>
  );
  return (
    <Panel
      title={t.checklist.resultsTitle}
      actions={results.startedUsers > 0 && <DownloadCsvButton label={t.common.downloadCsv} subject="checklist-results" table={() => checklistResultsCsv(results, t)} />}
    >
      {results.startedUsers === 0 ? (
        <p class="muted">{t.checklist.resultsEmpty}</p>
      ) : (
        <table class="table" aria-label={t.checklist.resultsTitle}>
          <thead>
            <tr>
              <th>{t.checklist.taskColumn}</th>
              <th class="num">{t.checklist.usersColumn}</th>
              <th>{t.checklist.shareColumn}</th>
            </tr>
          </thead>
          <tbody>
            {row(t.checklist.started, results.startedUsers, true)}
            {results.tasks.map((task) => row(task.title, task.completedUsers))}
            {row(t.checklist.completedAll, results.completedUsers, true)}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
