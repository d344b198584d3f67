import { useApp } from '../app-context.js';
import { cx } from '../cx.js';
import { formatAmount, formatCompactAmount, formatMonth } from '../format.js';

/** Monthly spend as plain CSS bars, tallest month at full height, with a text alternative. */
export function SpendChart({ data }: { data: { month: string; amount: number }[] }) {
  const { lang, t } = useApp();
  const max = Math.max(...data.map((d) => d.amount), 1);
  const summary = data.map((d) => `${formatMonth(d.month, lang)} ${formatAmount(d.amount, lang)}`).join(', ');
  return (
    <figure class={cx('chart')} aria-label={`${t('dashboard.spend')}: ${summary}`}>
      <div class={cx('chart-bars')} aria-hidden="true">
        {data.map((d, index) => (
          <div class={cx('chart-col')} key={d.month}>
            <span class={cx('chart-value')}>{d.amount > 0 ? formatCompactAmount(d.amount, lang) : '—'}</span>
            <div class={cx('chart-track')}>
              <div
                class={cx(index === data.length - 1 ? 'chart-bar chart-bar-current' : 'chart-bar')}
                style={{ height: `${Math.max((d.amount / max) * 100, d.amount > 0 ? 4 : 0)}%` }}
                title={formatAmount(d.amount, lang)}
              />
            </div>
            <span class={cx('chart-label')}>{formatMonth(d.month, lang)}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
