import { useApp } from '../app-context.js';
import { cx } from '../cx.js';
import { formatAmount, formatDate } from '../format.js';
import type { Report } from '../reports/report.js';
import { StatusBadge } from './status-badge.js';

/** Reports as a table; a click anywhere on a row opens the report, the title is the real link. */
export function ReportsTable({ reports, compact = false }: { reports: Report[]; compact?: boolean }) {
  const { t, lang, navigate } = useApp();
  return (
    <div class={cx('table-scroll')}>
    <table class={cx(compact ? 'table table-compact' : 'table')} data-testid="reports-table">
      <thead>
        <tr>
          <th scope="col">{t('col.title')}</th>
          {!compact && <th scope="col">{t('col.date')}</th>}
          {!compact && <th scope="col">{t('col.category')}</th>}
          <th scope="col" class={cx('num')}>
            {t('col.amount')}
          </th>
          <th scope="col">{t('col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr
            key={report.id}
            class={cx('row-link')}
            data-testid="report-row"
            data-report-id={report.id}
            onClick={(event) => {
              if (!(event.target instanceof Element && event.target.closest('a'))) navigate(`/reports/${report.id}`);
            }}
          >
            <td class={cx('cell-title')}>
              <a href={`/reports/${report.id}`}>{report.title[lang]}</a>
              <span class={cx('cell-sub')}>{compact ? `${formatDate(report.date, lang)} · ${report.merchant}` : report.merchant}</span>
            </td>
            {!compact && <td class={cx('nowrap muted')}>{formatDate(report.date, lang)}</td>}
            {!compact && <td class={cx('muted')}>{t(`category.${report.category}`)}</td>}
            <td class={cx('num strong')}>{formatAmount(report.amount, lang)}</td>
            <td>
              <StatusBadge status={report.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
