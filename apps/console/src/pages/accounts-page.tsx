import type { AccountsPage as AccountsAnswer, ConsoleProject } from '@shirube/server/types';
import { useEffect, useRef, useState } from 'preact/hooks';
import { accountsCsv, AccountsTable } from '../analytics/accounts-table.js';
import { ACCOUNTS_PAGE_SIZE, fetchAccounts } from '../analytics/analytics-api.js';
import { DataState } from '../analytics/data-state.js';
import { useLoad } from '../analytics/use-load.js';
import { DownloadCsvButton } from '../components/download-csv-button.js';
import { Pager } from '../components/pager.js';
import { Empty, ErrorNote } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';
import { go, href, type AccountsQuery } from '../route.js';

const SEARCH_DELAY_MS = 300;

/** Onboarding per customer company, for customer success to find who needs a call. */
export function AccountsPage(props: { project: ConsoleProject; query: AccountsQuery }) {
  const { t, language, locale } = useI18n();
  const { project, query } = props;
  const route = { page: 'accounts', projectId: project.id, query } as const;
  const accounts = useLoad(() => fetchAccounts(project.id, query), href(route));
  const [search, setSearch] = useState(query.q ?? '');
  const [exportError, setExportError] = useState<string | null>(null);
  const change = (next: Partial<AccountsQuery>) => go({ ...route, query: { ...query, page: 0, ...next } });

  // Typing searches once the viewer pauses, and the URL keeps the search for a shared link.
  const pushed = useRef(query.q);
  useEffect(() => {
    if ((query.q ?? '') === search.trim()) return;
    const timer = setTimeout(() => {
      pushed.current = search.trim() || undefined;
      change({ q: pushed.current });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);
  // A search changed elsewhere (back button, the sidebar link) shows in the box.
  useEffect(() => {
    if (query.q !== pushed.current) setSearch(query.q ?? '');
    pushed.current = query.q;
  }, [query.q]);

  const exportAll = async () => {
    setExportError(null);
    const all = await fetchAccounts(project.id, query, { all: true });
    return accountsCsv(all, t);
  };

  return (
    <section class="page analytics" lang={language}>
      <header class="page-head row">
        <div>
          <h1>{t.accounts.title}</h1>
          <p class="muted">{t.accounts.subtitle}</p>
        </div>
      </header>
      <div class="toolbar">
        <div class="segmented" role="group" aria-label={t.accounts.title}>
          <button type="button" aria-pressed={!query.stalled} onClick={() => change({ stalled: false })}>
            {t.accounts.all}
          </button>
          <button type="button" data-testid="stalled-only" aria-pressed={query.stalled} onClick={() => change({ stalled: true })}>
            {t.accounts.stalledOnly}
          </button>
        </div>
        <input type="search" class="search" aria-label={t.accounts.search} placeholder={t.accounts.searchPlaceholder} value={search} onInput={(e) => setSearch((e.target as HTMLInputElement).value)} />
        <span class="spacer" />
        {accounts.data && accounts.data.total > 0 && accounts.data.onboardingGuides > 0 && (
          <DownloadCsvButton label={t.common.downloadCsv} busyLabel={t.accounts.csvBusy} subject={query.stalled ? 'accounts-stalled' : 'accounts'} table={exportAll} onError={setExportError} />
        )}
      </div>
      {exportError && <ErrorNote message={exportError} />}
      {accounts.data && accounts.data.onboardingGuides > 0 && <p class="hint">{t.accounts.stalledHint(accounts.data.stallDays)}</p>}
      <DataState loaded={accounts} loadingLabel={t.accounts.loading} isEmpty={(data) => data.onboardingGuides === 0 || data.accounts.length === 0} empty={accounts.data && <NoAccounts answer={accounts.data} query={query} projectId={project.id} />}>
        {(data) => (
          <>
            <AccountsTable answer={data} onSort={(sort, order) => change({ sort, order })} />
            <Pager page={query.page} pageSize={ACCOUNTS_PAGE_SIZE} shown={data.accounts.length} total={data.total} messages={t.accounts} onPage={(page) => change({ page })} />
          </>
        )}
      </DataState>
    </section>
  );
}

/** Why the table is empty, and what to do about it. */
function NoAccounts(props: { answer: AccountsAnswer; query: AccountsQuery; projectId: string }) {
  const { t } = useI18n();
  if (props.answer.onboardingGuides === 0) {
    return (
      <Empty title={t.accounts.noOnboarding} action={<a class="btn btn-primary" href={href({ page: 'guides', projectId: props.projectId })}>{t.accounts.goToGuides}</a>}>
        {t.accounts.noOnboardingBody}
      </Empty>
    );
  }
  if (props.query.q) return <Empty title={t.accounts.emptySearch(props.query.q)} />;
  if (props.query.stalled) return <Empty title={t.accounts.emptyStalled}>{t.accounts.emptyStalledBody(props.answer.stallDays)}</Empty>;
  return <Empty title={t.accounts.empty}>{t.accounts.emptyBody}</Empty>;
}
