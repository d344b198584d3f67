import { useApp } from '../app-context.js';
import { CheckIcon } from '../components/icons.js';
import { ReportsTable } from '../components/reports-table.js';
import { cx } from '../cx.js';

/** Release 2's new page: the team's reports waiting for approval, oldest first. */
export function ApprovalsPage() {
  const { t, reports } = useApp();
  const waiting = reports.filter((report) => report.status === 'pending').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (
    <div class={cx('page')}>
      <div class={cx('page-header')}>
        <div>
          <h1>{t('approvals.title')}</h1>
          <p class={cx('page-subtitle')}>{t('approvals.subtitle')}</p>
        </div>
      </div>
      <section class={cx('card')}>
        {waiting.length > 0 ? (
          <ReportsTable reports={waiting} />
        ) : (
          <div class={cx('empty')} data-testid="approvals-empty">
            <span class={cx('empty-icon')}>
              <CheckIcon size={24} />
            </span>
            <p class={cx('muted')}>{t('approvals.empty')}</p>
          </div>
        )}
      </section>
    </div>
  );
}
