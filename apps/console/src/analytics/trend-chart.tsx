import type { TrendDay } from '@shirube/server/types';
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { canvasFont, tooltipPlugin, UPlotChart, WHOLE_NUMBER_STEPS, type ChartOptions } from '../components/uplot-chart.js';
import { count, shortDay } from '../format.js';
import type { Messages } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { CHART_COLORS } from './funnel-chart.js';
import { dayToSeconds } from './trend-shape.js';

const DAY_SECONDS = 86_400;

/** Users who started and completed per day, as two lines over the filled range of days. */
export function TrendChart(props: { days: TrendDay[]; version: number }) {
  const { t, locale } = useI18n();
  const options = useMemo(() => trendOptions(props.days, t, locale), [props.days, t, locale]);
  const data = useMemo<uPlot.AlignedData>(() => [props.days.map((d) => dayToSeconds(d.date)), props.days.map((d) => d.startedUsers), props.days.map((d) => d.completedUsers)], [props.days]);
  return (
    <figure class="chart-figure" aria-label={t.trend.chartLabel(props.version)}>
      <UPlotChart options={options} data={data} height={220} />
    </figure>
  );
}

function trendOptions(days: TrendDay[], t: Messages, locale: string): ChartOptions {
  const dayOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);
  // Every k-th day labelled, about eight labels whatever the range.
  const every = Math.max(1, Math.ceil(days.length / 8));
  const points = { show: days.length <= 45, size: 5 };
  const users = (_u: uPlot, v: number | null) => (v == null ? '—' : count(v, locale));
  return {
    scales: { x: { time: false, range: (_u, min, max) => [min - DAY_SECONDS / 2, max + DAY_SECONDS / 2] }, y: { range: (_u, _min, max) => [0, Math.max(4, max * 1.1)] } },
    axes: [
      {
        splits: () => days.filter((_, i) => i % every === 0).map((d) => dayToSeconds(d.date)),
        values: (_u, splits) => splits.map((s) => shortDay(dayOf(s), locale)),
        grid: { show: false },
        ticks: { show: false },
        size: 32,
        font: canvasFont(12),
      },
      { incrs: WHOLE_NUMBER_STEPS, values: (_u, splits) => splits.map((v) => count(v, locale)), grid: { stroke: '#eef2f7' }, ticks: { show: false }, size: 48, font: canvasFont(12) },
    ],
    series: [
      { label: t.trend.day, value: (_u, v) => (v == null ? '—' : shortDay(dayOf(v), locale)) },
      { label: t.trend.started, stroke: CHART_COLORS.viewedLine, width: 2, points: { ...points, fill: CHART_COLORS.viewedLine }, value: users },
      { label: t.trend.completed, stroke: CHART_COLORS.completedLine, width: 2, points: { ...points, fill: CHART_COLORS.completedLine }, value: users },
    ],
    legend: { live: false },
    cursor: { y: false, drag: { x: false, y: false } },
    plugins: [
      tooltipPlugin((i) => {
        const day = days[i];
        return day ? [shortDay(day.date, locale), `${t.trend.started}: ${count(day.startedUsers, locale)}`, `${t.trend.completed}: ${count(day.completedUsers, locale)}`] : [];
      }),
    ],
  };
}
