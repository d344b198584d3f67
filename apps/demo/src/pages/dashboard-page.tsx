import type { ComponentChildren } from 'preact';
import { useApp } from '../app-context.js';
import { ClockIcon, DraftIcon, CheckIcon, PlusIcon, WalletIcon } from '../components/icons.js';
import { ReportsTable } from '../components/reports-table.js';
import { SpendChart } from '../components/spend-chart.js';
import { formatAmount } from '../format.js';
import type { MessageKey } from '../i18n.js';
import { today } from '../reports/report.js';
import { computeKpis, monthlySpend } from '../reports/summary.js';

function greetingKey(hour: number): MessageKey {
  if (hour < 11) return 'dashboard.morning';
  if (hour < 18) return 'dashboard.afternoon';
  return 'dashboard.evening';
}

function Kpi(props: { label: string; value: string; hint: string; tone: string; icon: ComponentChildren; testId: string }) {
  return (
    <section class="card kpi" data-testid={props.testId}>
      <div class="kpi-head">
        <h2 class="kpi-label">{props.label}</h2>
        <span class={`kpi-icon tone-${props.tone}`}>{props.icon}</span>
      </div>
      <p class="kpi-value">{props.value}</p>
      <p class="kpi-hint">{props.hint}</p>
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
    <div class="page">
      <div class="page-header">
        <div>
          <h1>{t(greetingKey(new Date().getHours()), { name: user?.name.split(' ')[0] ?? '' })}</h1>
          <p class="page-subtitle">{t('dashboard.subtitle')}</p>
        </div>
        <a href="/reports/new" class="button button-primary" data-testid="new-report">
          <PlusIcon />
          {t('dashboard.newReport')}
        </a>
      </div>

      <div class="kpi-grid">
        <Kpi testId="kpi-pending" tone="amber" icon={<ClockIcon />} label={t('kpi.pending')} value={formatAmount(kpis.pending.amount, lang)} hint={count(kpis.pending.count)} />
        <Kpi testId="kpi-approved" tone="green" icon={<CheckIcon />} label={t('kpi.approved')} value={formatAmount(kpis.approvedThisMonth.amount, lang)} hint={count(kpis.approvedThisMonth.count)} />
        <Kpi testId="kpi-reimbursed" tone="accent" icon={<WalletIcon />} label={t('kpi.reimbursed')} value={formatAmount(kpis.reimbursed90Days.amount, lang)} hint={count(kpis.reimbursed90Days.count)} />
        <Kpi testId="kpi-drafts" tone="grey" icon={<DraftIcon />} label={t('kpi.drafts')} value={String(kpis.drafts.count)} hint={t('kpi.draftsHint')} />
      </div>

      <div class="dashboard-grid">
        <section class="card" aria-labelledby="recent-heading">
          <div class="card-header">
            <h2 id="recent-heading">{t('dashboard.recent')}</h2>
            <a href="/reports" class="link">
              {t('dashboard.viewAll')}
            </a>
          </div>
          <ReportsTable reports={recent} compact />
        </section>
        <section class="card" aria-labelledby="spend-heading">
          <div class="card-header">
            <div>
              <h2 id="spend-heading">{t('dashboard.spend')}</h2>
              <p class="card-subtitle">{t('dashboard.spendHint')}</p>
            </div>
          </div>
          <SpendChart data={monthlySpend(reports, day)} />
        </section>
      </div>
    </div>
  );
}
