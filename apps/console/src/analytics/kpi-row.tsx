import type { Funnel } from '@shirube/server/types';
import type { ComponentChildren } from 'preact';
import { count, percent } from '../format.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * The four numbers a PM asks first: started, completed, completion rate, dismissed. With a
 * comparison, each card also gives the other version's figure, and the rate its change in points.
 */
export function KpiRow(props: { funnel: Funnel; comparison?: Funnel | undefined }) {
  const { t, locale } = useI18n();
  const { funnel, comparison: other } = props;
  const rate = (f: Funnel) => (f.startedUsers ? percent(f.completionRate, locale) : '—');
  const points = other?.startedUsers && funnel.startedUsers ? Math.round((funnel.completionRate - other.completionRate) * 100) : 0;
  const versus = (value: (f: Funnel) => string) => other && t.kpi.versus(other.version, value(other));
  return (
    <div class="kpis" data-testid="kpis">
      <Kpi id="started" label={t.kpi.started} value={count(funnel.startedUsers, locale)} hint={t.kpi.startedHint} versus={versus((f) => count(f.startedUsers, locale))} />
      <Kpi id="completed" label={t.kpi.completed} value={count(funnel.completedUsers, locale)} hint={t.kpi.completedHint} versus={versus((f) => count(f.completedUsers, locale))} />
      <Kpi
        id="completion-rate"
        label={t.kpi.completionRate}
        value={rate(funnel)}
        hint={t.kpi.completionRateHint}
        versus={versus(rate)}
        delta={points !== 0 && <span class={points > 0 ? 'delta up' : 'delta down'}>{t.kpi.points(`${points > 0 ? '+' : '−'}${Math.abs(points)}`)}</span>}
      >
        <div class="kpi-meter" aria-hidden="true">
          <span style={{ width: `${Math.round(funnel.completionRate * 100)}%` }} />
        </div>
      </Kpi>
      <Kpi id="dismissed" label={t.kpi.dismissed} value={count(funnel.dismissedUsers, locale)} hint={t.kpi.dismissedHint} versus={versus((f) => count(f.dismissedUsers, locale))} />
    </div>
  );
}

function Kpi(props: { id: string; label: string; value: string; hint?: string; versus?: string | undefined; delta?: ComponentChildren; children?: ComponentChildren }) {
  return (
    <div class="card kpi">
      <div class="kpi-label">{props.label}</div>
      <div class="kpi-value" data-testid={`kpi-${props.id}`}>
        {props.value}
        {props.delta}
      </div>
      {props.children}
      {props.hint && <div class="kpi-hint">{props.hint}</div>}
      {props.versus && <div class="kpi-versus">{props.versus}</div>}
    </div>
  );
}
