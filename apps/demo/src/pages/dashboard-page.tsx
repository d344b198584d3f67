import type { ComponentChildren } from 'preact';
import { useApp } from '../app-context.js';
import { ClockIcon, DraftIcon, CheckIcon, PlusIcon, WalletIcon } from '../components/icons.js';
import { ReportsTable } from '../components/reports-table.js';
import { SpendChart } from '../components/spend-chart.js';
import { cx } from '../cx.js';
import { formatAmount } from '../format.js';
import type { MessageKey } from '../i18n.js';
import { RELEASE } from '../release.js';
import { today } from '../reports/report.js';
import { computeKpis, monthlySpend } from '../reports/summary.js';

function greetingKey(hour: number): MessageKey {
  if (hour < 11) return 'dashboard.morning';
  if (hour < 18) return 'dashboard.afternoon';
  return 'dashboard.evening';
}

function Kpi(props: { label: string; value: string; hint: string; tone: string; icon: ComponentChildren; testId: string }) {
  return (
    <section class={cx('card kpi')} aria-labelledby={`${props.testId}-label`} data-testid={props.testId}>
      <div class={cx('kpi-head')}>
        <h2 id={`${props.testId}-label`} class={cx('kpi-label')}>
          {props.label}
        </h2>
        <span class={cx(`kpi-icon tone-${props.tone}`)}>{props.icon}</span>
      </div>
      <p class={cx('kpi-value')}>{props.value}</p>
      <p class={cx('kpi-hint')}>{props.hint}</p>
    </section>
  );
}

/** Greeting, headline numbers, monthly spend and the latest reports. */
export function DashboardPage() {
  const { t, lang, user, reports } = useApp();
  const day = today();
  const kpis = computeKpis(reports, day);
  const count = (n: number) => (n === 1 ? t('kpi.report') : t('kpi.reports', { count: n }));
  const recent = [...reports].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, 5);

  return (
    <div class={cx('page')}>
      <div class={cx('page-header')}>
        <div>
          <h1>{t(greetingKey(new Date().getHours()), { name: user?.name.split(' ')[0] ?? '' })}</h1>
          <p class={cx('page-subtitle')}>{t('dashboard.subtitle')}</p>
        </div>
        {RELEASE === 2 ? (
          <div class={cx('page-actions')}>
            <a href="/reports/new" class={cx('button button-primary')} data-testid="create-report">
              <PlusIcon />
              {t('dashboard.newExpenseReport')}
            </a>
          </div>
        ) : (
          <a href="/reports/new" class={cx('button button-primary')} data-testid="new-report">
            <PlusIcon />
            {t('dashboard.newReport')}
          </a>
        )}
      </div>

      <div class={cx('kpi-grid', RELEASE === 2 && 'kpi-grid-3')}>
        <Kpi testId="kpi-pending" tone="amber" icon={<ClockIcon />} label={t('kpi.pending')} value={formatAmount(kpis.pending.amount, lang)} hint={count(kpis.pending.count)} />
        <Kpi testId="kpi-approved" tone="green" icon={<CheckIcon />} label={t('kpi.approved')} value={formatAmount(kpis.approvedThisMonth.amount, lang)} hint={count(kpis.approvedThisMonth.count)} />
        <Kpi testId="kpi-reimbursed" tone="accent" icon={<WalletIcon />} label={t('kpi.reimbursed')} value={formatAmount(kpis.reimbursed90Days.amount, lang)} hint={count(kpis.reimbursed90Days.count)} />
        {/* Release 2 dropped the Drafts card: drafts are one filter away on the Reports page. */}
        {RELEASE === 1 && (
          <Kpi testId="kpi-drafts" tone="grey" icon={<DraftIcon />} label={t('kpi.drafts')} value={String(kpis.drafts.count)} hint={t('kpi.draftsHint')} />
        )}
      </div>

      <div class={cx('dashboard-grid')}>
        <section class={cx('card')} aria-labelledby="recent-heading">
          <div class={cx('card-header')}>
            <h2 id="recent-heading">{t('dashboard.recent')}</h2>
            <a href="/reports" class={cx('link')}>
              {t('dashboard.viewAll')}
            </a>
          </div>
          <ReportsTable reports={recent} compact />
        </section>
        <section class={cx('card')} aria-labelledby="spend-heading">
          <div class={cx('card-header')}>
            <div>
              <h2 id="spend-heading">{t('dashboard.spend')}</h2>
              <p class={cx('card-subtitle')}>{t('dashboard.spendHint')}</p>
            </div>
          </div>
          <SpendChart data={monthlySpend(reports, day)} />
        </section>
      </div>
    </div>
  );
}
