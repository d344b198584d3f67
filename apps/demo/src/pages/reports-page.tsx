import { useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { PlusIcon, ReportsIcon, SearchIcon } from '../components/icons.js';
import { ReportsTable } from '../components/reports-table.js';
import { cx } from '../cx.js';
import { formatAmount } from '../format.js';
import { CATEGORIES, STATUSES, type Report } from '../reports/report.js';

/** Whether a report passes the list's filters; the search looks at both titles, merchant and notes. */
function matches(report: Report, status: string, category: string, query: string): boolean {
  if (status && report.status !== status) return false;
  if (category && report.category !== category) return false;
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [report.title.en, report.title.ja, report.merchant, report.notes].some((text) => text.toLowerCase().includes(q));
}

/** All reports with status, category and text filters. */
export function ReportsPage() {
  const { t, lang, reports, router } = useApp();
  const initial = router.query();
  const [status, setStatus] = useState(initial.get('status') ?? '');
  const [category, setCategory] = useState(initial.get('category') ?? '');
  const [query, setQuery] = useState(initial.get('q') ?? '');

  const visible = reports
    .filter((report) => matches(report, status, category, query))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const total = visible.reduce((sum, report) => sum + report.amount, 0);
  const clear = () => {
    setStatus('');
    setCategory('');
    setQuery('');
  };

  return (
    <div class={cx('page')}>
      <div class={cx('page-header')}>
        <div>
          <h1>{t('reports.title')}</h1>
          <p class={cx('page-subtitle')}>{t('reports.subtitle')}</p>
        </div>
        <a href="/reports/new" class={cx('button button-primary')} data-testid="reports-new-report">
          <PlusIcon />
          {t('dashboard.newReport')}
        </a>
      </div>

      <section class={cx('card')}>
        <form class={cx('filters')} role="search" aria-label={t('reports.filters')} onSubmit={(e) => e.preventDefault()}>
          <div class={cx('field field-inline field-grow')}>
            <label for="filter-search">{t('reports.search')}</label>
            <div class={cx('input-icon')}>
              <SearchIcon />
              <input
                id="filter-search"
                type="search"
                placeholder={t('reports.searchPlaceholder')}
                value={query}
                onInput={(e) => setQuery(e.currentTarget.value)}
                data-testid="filter-search"
              />
            </div>
          </div>
          <div class={cx('field field-inline')}>
            <label for="filter-status">{t('reports.status')}</label>
            <select id="filter-status" value={status} onChange={(e) => setStatus(e.currentTarget.value)} data-testid="filter-status">
              <option value="">{t('reports.allStatuses')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div class={cx('field field-inline')}>
            <label for="filter-category">{t('reports.category')}</label>
            <select id="filter-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)} data-testid="filter-category">
              <option value="">{t('reports.allCategories')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </div>
        </form>

        {visible.length > 0 ? (
          <>
            <ReportsTable reports={visible} />
            <p class={cx('table-footer')} data-testid="reports-summary">
              {t('reports.summary', { count: visible.length, amount: formatAmount(total, lang) })}
            </p>
          </>
        ) : (
          <div class={cx('empty')} data-testid="reports-empty">
            <span class={cx('empty-icon')}>
              <ReportsIcon size={24} />
            </span>
            <h2>{t('reports.emptyTitle')}</h2>
            <p class={cx('muted')}>{t('reports.emptyBody')}</p>
            <button type="button" class={cx('button')} onClick={clear} data-testid="filter-clear">
              {t('reports.clearFilters')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
