import type { AuditEntry, AuditPage, ConsoleProject } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { call, client } from '../api.js';
import { DataState } from '../analytics/data-state.js';
import { useLoad } from '../analytics/use-load.js';
import { actorLabel, auditCsv, detailText, objectLines } from '../audit-entry-text.js';
import { DownloadCsvButton } from '../components/download-csv-button.js';
import { Pager } from '../components/pager.js';
import { Badge, Empty, ErrorNote } from '../components/ui.js';
import { dateTime, relativeTime } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import { go, href, type AuditQuery } from '../route.js';

/** Entries per page of the table; the CSV export reads every page of the filter. */
export const AUDIT_PAGE_SIZE = 50;
const EXPORT_PAGE = 200;
const EXPORT_LIMIT = 10_000;

function fetchAudit(projectId: string, query: AuditQuery, limit: number, offset: number): Promise<AuditPage> {
  return call(
    client.projects[':projectId']['audit-log'].$get({
      param: { projectId },
      query: { ...(query.action && { action: query.action }), ...(query.actor && { actor: query.actor }), limit: String(limit), offset: String(offset) },
    }),
  );
}

/** Every entry the filter matches (up to 10,000), for the CSV file. */
async function fetchAllAudit(projectId: string, query: AuditQuery): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (let offset = 0; offset < EXPORT_LIMIT; offset += EXPORT_PAGE) {
    const page = await fetchAudit(projectId, query, EXPORT_PAGE, offset);
    entries.push(...page.entries);
    if (entries.length >= page.total || page.entries.length === 0) break;
  }
  return entries;
}

const ACTION_TONE: Record<string, 'green' | 'gray' | 'amber' | 'blue' | 'red'> = { published: 'green', rolled_back: 'blue', deleted: 'red', removed: 'red', rotated: 'amber' };
const toneOf = (action: string) => ACTION_TONE[action.split('.')[1] ?? ''] ?? 'gray';

/** The project's audit log (owners only): who changed what, when and from where; filter, page, export. */
export function AuditLogPage(props: { project: ConsoleProject; query: AuditQuery }) {
  const { t, language, locale } = useI18n();
  const { project, query } = props;
  const route = { page: 'audit', projectId: project.id, query } as const;
  const log = useLoad(() => fetchAudit(project.id, query, AUDIT_PAGE_SIZE, query.page * AUDIT_PAGE_SIZE), href(route));
  const [exportError, setExportError] = useState<string | null>(null);
  const change = (next: Partial<AuditQuery>) => go({ ...route, query: { ...query, page: 0, ...next } });
  const filtered = Boolean(query.action || query.actor);

  return (
    <section class="page analytics audit-page" lang={language}>
      <header class="page-head row">
        <div>
          <h1>{t.audit.title}</h1>
          <p class="muted">{t.audit.subtitle}</p>
        </div>
      </header>
      <div class="toolbar">
        <label class="inline-label filter-inline">
          <span>{t.audit.filterAction}</span>
          <select data-testid="audit-action" value={query.action ?? ''} onChange={(e) => change({ action: ((e.target as HTMLSelectElement).value || undefined) as AuditQuery['action'] })}>
            <option value="">{t.audit.allActions}</option>
            {Object.entries(t.audit.actions).map(([action, label]) => (
              <option value={action}>{label}</option>
            ))}
          </select>
        </label>
        <label class="inline-label filter-inline">
          <span>{t.audit.filterPerson}</span>
          <select data-testid="audit-actor" value={query.actor ?? ''} onChange={(e) => change({ actor: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">{t.audit.allPeople}</option>
            {(log.data?.actors ?? []).map((actor) => (
              <option value={actor.id}>{actor.id === 'key' ? t.audit.secretKey : actor.name}</option>
            ))}
          </select>
        </label>
        <span class="spacer" />
        {log.data && log.data.total > 0 && (
          <DownloadCsvButton
            label={t.common.downloadCsv}
            busyLabel={t.audit.csvBusy}
            subject="audit-log"
            table={async () => auditCsv(await fetchAllAudit(project.id, query), t)}
            onError={setExportError}
          />
        )}
      </div>
      {exportError && <ErrorNote message={exportError} />}
      <DataState
        loaded={log}
        loadingLabel={t.audit.loading}
        isEmpty={(data) => data.entries.length === 0}
        empty={filtered ? <Empty title={t.audit.emptyFiltered} /> : <Empty title={t.audit.empty}>{t.audit.emptyBody}</Empty>}
      >
        {(data) => (
          <>
            <div class="card table-card">
              <div class="table-scroll">
                <table class="table data-table audit-table" data-testid="audit-table" aria-label={t.audit.tableLabel}>
                  <thead>
                    <tr>
                      <th>{t.audit.when}</th>
                      <th>{t.audit.who}</th>
                      <th>{t.audit.action}</th>
                      <th>{t.audit.object}</th>
                      <th>{t.audit.details}</th>
                      <th>{t.audit.ip}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.entries.map((entry) => (
                      <tr data-testid="audit-row" data-action={entry.action}>
                        <td class="nowrap">
                          <time dateTime={entry.at} title={entry.at}>
                            {dateTime(entry.at, locale)}
                          </time>
                          <div class="sub">{relativeTime(entry.at, Date.now(), locale)}</div>
                        </td>
                        <td class="strong actor">{actorLabel(entry, t)}</td>
                        <td>
                          <Badge tone={toneOf(entry.action)}>{t.audit.actions[entry.action]}</Badge>
                        </td>
                        <ObjectCell entry={entry} kind={t.audit.objects[entry.object.type]} />
                        <td class="audit-detail">{detailText(entry, t)}</td>
                        <td class="mono nowrap">{entry.ip ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
            <Pager page={query.page} pageSize={AUDIT_PAGE_SIZE} shown={data.entries.length} total={data.total} messages={t.audit} onPage={(page) => change({ page })} />
          </>
        )}
      </DataState>
    </section>
  );
}

/** The changed object: its name, then its kind, or for a member (the action says so) their email. */
function ObjectCell(props: { entry: AuditEntry; kind: string }) {
  const { name, email } = objectLines(props.entry);
  return (
    <td>
      <span class="strong">{name}</span>
      <div class="sub">{email ?? props.kind}</div>
    </td>
  );
}
