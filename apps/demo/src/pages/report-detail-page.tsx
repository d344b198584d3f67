import { useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { CheckIcon, ChevronLeftIcon, ClockIcon, CloseIcon, DraftIcon, FileIcon, SendIcon, TrashIcon, WalletIcon } from '../components/icons.js';
import { StatusBadge } from '../components/status-badge.js';
import { cx } from '../cx.js';
import { formatAmount, formatDate, formatDateTime } from '../format.js';
import type { TimelineEntry } from '../reports/report.js';
import { advance, APPROVER } from '../reports/store.js';
import { trackWithShirube } from '../shirube.js';

const TIMELINE_ICON: Record<TimelineEntry['kind'], typeof CheckIcon> = {
  created: DraftIcon,
  submitted: SendIcon,
  approved: CheckIcon,
  rejected: CloseIcon,
  reimbursed: WalletIcon,
};

/** One report: amount, details, approval timeline and the actions its status allows. */
export function ReportDetailPage({ id }: { id: string }) {
  const { t, lang, user, reports, setReports, navigate, toast } = useApp();
  const [confirming, setConfirming] = useState(false);
  const report = reports.find((r) => r.id === id);

  if (!report) {
    return (
      <div class={cx('page')}>
        <a href="/reports" class={cx('back-link')}>
          <ChevronLeftIcon />
          {t('detail.back')}
        </a>
        <div class={cx('card empty')} data-testid="report-missing">
          <h1>{t('detail.missingTitle')}</h1>
          <p class={cx('muted')}>{t('detail.missingBody')}</p>
        </div>
      </div>
    );
  }

  const actor = user?.name ?? '';
  const step = (kind: Parameters<typeof advance>[1], message: Parameters<typeof t>[0]) => {
    setReports((all) => all.map((r) => (r.id === report.id ? advance(r, kind, actor) : r)));
    trackWithShirube(`report_${kind}`, { category: report.category, amount: report.amount });
    toast(t(message));
  };
  const remove = () => {
    setReports((all) => all.filter((r) => r.id !== report.id));
    toast(t('toast.deleted'));
    navigate('/reports');
  };

  return (
    <div class={cx('page')}>
      <a href="/reports" class={cx('back-link')}>
        <ChevronLeftIcon />
        {t('detail.back')}
      </a>
      <div class={cx('page-header')}>
        <div>
          <div class={cx('title-row')}>
            <h1 data-testid="report-heading">{report.title[lang]}</h1>
            <span data-testid="report-status">
              <StatusBadge status={report.status} />
            </span>
          </div>
          <p class={cx('page-subtitle')}>
            {t(`category.${report.category}`)} · {formatDate(report.date, lang)} · {report.owner}
          </p>
        </div>
        <div class={cx('actions')} data-testid="report-actions">
          {report.status === 'draft' && (
            <button type="button" class={cx('button button-primary')} onClick={() => step('submitted', 'toast.submitted')} data-testid="report-submit-approval">
              <SendIcon />
              {t('detail.submit')}
            </button>
          )}
          {report.status === 'pending' && (
            <>
              <button type="button" class={cx('button')} onClick={() => step('rejected', 'toast.rejected')} data-testid="report-reject">
                {t('detail.reject')}
              </button>
              <button type="button" class={cx('button button-primary')} onClick={() => step('approved', 'toast.approved')} data-testid="report-approve">
                <CheckIcon />
                {t('detail.approve')}
              </button>
            </>
          )}
          {report.status === 'approved' && (
            <button type="button" class={cx('button button-primary')} onClick={() => step('reimbursed', 'toast.reimbursed')} data-testid="report-reimburse">
              <WalletIcon />
              {t('detail.reimburse')}
            </button>
          )}
          {(report.status === 'draft' || report.status === 'rejected') && !confirming && (
            <button type="button" class={cx('button button-danger-ghost')} onClick={() => setConfirming(true)} data-testid="report-delete">
              <TrashIcon />
              {t('detail.delete')}
            </button>
          )}
        </div>
      </div>

      {confirming && (
        <div class={cx('confirm')} role="alertdialog" aria-labelledby="confirm-text" data-testid="report-delete-confirm">
          <p id="confirm-text">{t('detail.deleteConfirm')}</p>
          <div class={cx('actions')}>
            <button type="button" class={cx('button')} onClick={() => setConfirming(false)} autoFocus>
              {t('detail.deleteNo')}
            </button>
            <button type="button" class={cx('button button-danger')} onClick={remove} data-testid="report-delete-yes">
              {t('detail.deleteYes')}
            </button>
          </div>
        </div>
      )}

      <div class={cx('detail-grid')}>
        <div class={cx('stack')}>
          <section class={cx('card')} aria-labelledby="details-heading">
            <div class={cx('card-header')}>
              <h2 id="details-heading">{t('detail.details')}</h2>
            </div>
            <div class={cx('amount-hero')}>
              <span class={cx('amount-label')}>{t('col.amount')}</span>
              <span class={cx('amount-value')} data-testid="report-amount-value">
                {formatAmount(report.amount, lang)}
              </span>
            </div>
            <dl class={cx('details')}>
              <div>
                <dt>{t('col.date')}</dt>
                <dd>{formatDate(report.date, lang)}</dd>
              </div>
              <div>
                <dt>{t('col.category')}</dt>
                <dd>{t(`category.${report.category}`)}</dd>
              </div>
              <div>
                <dt>{t('detail.merchant')}</dt>
                <dd>{report.merchant || t('detail.none')}</dd>
              </div>
              <div>
                <dt>{t('detail.owner')}</dt>
                <dd>{report.owner}</dd>
              </div>
              <div>
                <dt>{t('detail.reportId')}</dt>
                <dd class={cx('mono')}>{report.id}</dd>
              </div>
              <div class={cx('details-wide')}>
                <dt>{t('detail.notes')}</dt>
                <dd>{report.notes || t('detail.none')}</dd>
              </div>
            </dl>
          </section>
          <section class={cx('card')} aria-labelledby="receipt-heading">
            <div class={cx('card-header')}>
              <h2 id="receipt-heading">{t('detail.receipt')}</h2>
            </div>
            {report.receipt ? (
              <div class={cx('file-chip')}>
                <FileIcon />
                <span class={cx('file-name')}>{report.receipt.name}</span>
                <span class={cx('muted')}>{Math.max(1, Math.round(report.receipt.size / 1024))} KB</span>
              </div>
            ) : (
              <p class={cx('card-text muted')}>{t('detail.noReceipt')}</p>
            )}
          </section>
        </div>

        <section class={cx('card')} aria-labelledby="timeline-heading">
          <div class={cx('card-header')}>
            <h2 id="timeline-heading">{t('detail.timeline')}</h2>
          </div>
          <ol class={cx('timeline')} data-testid="report-timeline">
            {report.timeline.map((entry, index) => {
              const Icon = TIMELINE_ICON[entry.kind];
              return (
                <li key={index} class={cx(`timeline-item kind-${entry.kind}`)}>
                  <span class={cx('timeline-icon')}>
                    <Icon size={14} />
                  </span>
                  <div>
                    <p class={cx('timeline-text')}>{t(`timeline.${entry.kind}`, { actor: entry.actor })}</p>
                    {entry.comment && <p class={cx('timeline-comment')}>“{entry.comment}”</p>}
                    <time class={cx('timeline-time')} dateTime={entry.at}>
                      {formatDateTime(entry.at, lang)}
                    </time>
                  </div>
                </li>
              );
            })}
            {report.status === 'pending' && (
              <li class={cx('timeline-item kind-waiting')}>
                <span class={cx('timeline-icon')}>
                  <ClockIcon size={14} />
                </span>
                <div>
                  <p class={cx('timeline-text')}>{t('detail.awaiting', { name: APPROVER })}</p>
                </div>
              </li>
            )}
          </ol>
        </section>
      </div>
    </div>
  );
}
