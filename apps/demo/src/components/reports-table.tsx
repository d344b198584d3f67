import { useApp } from '../app-context.js';
import { formatAmount, formatDate } from '../format.js';
import type { Report } from '../reports/report.js';
import { StatusBadge } from './status-badge.js';

/** Reports as a table; a click anywhere on a row opens the report, the title is the real link. */
export function ReportsTable({ reports, compact = false }: { reports: Report[]; compact?: boolean }) {
  const { t, lang, navigate } = useApp();
  return (
    <div class="table-scroll">
    <table class={compact ? 'table table-compact' : 'table'} data-testid="reports-table">
      <thead>
        <tr>
          <th scope="col">{t('col.title')}</th>
          {!compact && <th scope="col">{t('col.date')}</th>}
          {!compact && <th scope="col">{t('col.category')}</th>}
          <th scope="col" class="num">
            {t('col.amount')}
          </th>
          <th scope="col">{t('col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr
            key={report.id}
            class="row-link"
            data-testid="report-row"
            data-report-id={report.id}
            onClick={(event) => {
              if (!(event.target instanceof Element && event.target.closest('a'))) navigate(`/reports/${report.id}`);
            }}
          >
            <td class="cell-title">
              <a href={`/reports/${report.id}`}>{report.title[lang]}</a>
              <span class="cell-sub">{compact ? `${formatDate(report.date, lang)} · ${report.merchant}` : report.merchant}</span>
            </td>
            {!compact && <td class="nowrap muted">{formatDate(report.date, lang)}</td>}
            {!compact && <td class="muted">{t(`category.${report.category}`)}</td>}
            <td class="num strong">{formatAmount(report.amount, lang)}</td>
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
