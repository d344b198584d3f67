import type { Funnel } from '@shirube/server/types';
import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import { canvasFont, tooltipPlugin, UPlotChart, WHOLE_NUMBER_STEPS, type ChartOptions } from '../components/uplot-chart.js';
import { count, percent } from '../format.js';
import type { Messages } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { shapeFunnel, type FunnelChartData } from './funnel-shape.js';

/** Chart colours: viewed and started in the console's indigo, completed in its green, loss in red. */
export const CHART_COLORS = { viewed: '#818cf8', viewedLine: '#4f46e5', completed: '#22c55e', completedLine: '#15803d', drop: '#475569', biggest: '#dc2626', band: 'rgba(220, 38, 38, 0.07)' };

/**
 * Viewed and completed users per step as paired bars, with the users each step loses written over
 * it; the step losing the most sits on a red band, so the leak is the first thing the eye finds.
 */
export function FunnelChart(props: { funnel: Funnel }) {
  const { t, locale } = useI18n();
  const shaped = useMemo(() => shapeFunnel(props.funnel), [props.funnel]);
  const options = useMemo(() => funnelOptions(shaped, t, locale), [shaped, t, locale]);
  const data = useMemo<uPlot.AlignedData>(() => [shaped.viewed.map((_, i) => i), shaped.viewed, shaped.completed], [shaped]);
  return (
    <figure class="chart-figure" aria-label={t.funnel.chartLabel(props.funnel.version)}>
      <UPlotChart options={options} data={data} height={300} />
    </figure>
  );
}

function funnelOptions(shaped: FunnelChartData, t: Messages, locale: string): ChartOptions {
  const indices = shaped.labels.map((_, i) => i);
  const bars = (align: -1 | 1) => uPlot.paths.bars!({ size: [0.36, 56], align, gap: 2, radius: 0.08 });
  return {
    scales: {
      x: { time: false, range: () => [-0.5, Math.max(0, shaped.labels.length - 1) + 0.5] },
      // Headroom over the tallest bar for the drop labels.
      y: { range: (_u, _min, max) => [0, Math.max(4, max * 1.3)] },
    },
    axes: [
      { splits: () => indices, values: (u, splits) => splits.map((i) => fitLabel(u, shaped.labels[i] ?? '', u.bbox.width / Math.max(1, indices.length))), grid: { show: false }, ticks: { show: false }, gap: 8, size: 36, font: canvasFont(12) },
      { incrs: WHOLE_NUMBER_STEPS, values: (_u, splits) => splits.map((v) => count(v, locale)), grid: { stroke: '#eef2f7' }, ticks: { show: false }, size: 56, font: canvasFont(12) },
    ],
    series: [
      { label: t.funnel.step, value: (_u, i) => (i == null ? '—' : (shaped.labels[i] ?? '')) },
      { label: t.funnel.viewed, fill: CHART_COLORS.viewed, stroke: CHART_COLORS.viewedLine, width: 0, paths: bars(-1), points: { show: false }, value: (_u, v) => (v == null ? '—' : count(v, locale)) },
      { label: t.funnel.completed, fill: CHART_COLORS.completed, stroke: CHART_COLORS.completedLine, width: 0, paths: bars(1), points: { show: false }, value: (_u, v) => (v == null ? '—' : count(v, locale)) },
    ],
    legend: { live: false },
    cursor: { x: false, y: false, points: { show: false }, drag: { x: false, y: false } },
    plugins: [
      tooltipPlugin((i) => {
        const drop = shaped.drops[i];
        return [
          shaped.labels[i] ?? '',
          `${t.funnel.viewed}: ${count(shaped.viewed[i] ?? 0, locale)}`,
          `${t.funnel.completed}: ${count(shaped.completed[i] ?? 0, locale)}`,
          ...(drop ? [`${t.funnel.dropOff}: ${count(drop.users, locale)} (${percent(drop.rate, locale)})`] : []),
        ];
      }),
    ],
    hooks: {
      drawClear: [(u) => drawBiggestBand(u, shaped)],
      draw: [(u) => drawDropLabels(u, shaped, t, locale)],
    },
  };
}

// The red band behind the step that loses the most users.
function drawBiggestBand(u: uPlot, shaped: FunnelChartData) {
  if (!shaped.biggest) return;
  const center = u.valToPos(shaped.biggest.stepIndex, 'x', true);
  // As wide as the step's column, but no wider than its bars need: a band over half the chart reads as noise.
  const width = Math.min(u.valToPos(1, 'x', true) - u.valToPos(0, 'x', true), 200 * uPlot.pxRatio);
  u.ctx.save();
  u.ctx.fillStyle = CHART_COLORS.band;
  u.ctx.fillRect(center - width / 2, u.bbox.top, width, u.bbox.height);
  u.ctx.restore();
}

// "−40 · 33%" above each step's bars; the biggest drop in red, bold, under a "Biggest drop" title.
function drawDropLabels(u: uPlot, shaped: FunnelChartData, t: Messages, locale: string) {
  const { ctx } = u;
  ctx.save();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  shaped.drops.forEach((drop, i) => {
    if (drop.users <= 0) return;
    const x = u.valToPos(i, 'x', true);
    const y = u.valToPos(Math.max(shaped.viewed[i] ?? 0, shaped.completed[i] ?? 0), 'y', true) - 6 * uPlot.pxRatio;
    const isBiggest = shaped.biggest?.stepIndex === drop.stepIndex;
    ctx.fillStyle = isBiggest ? CHART_COLORS.biggest : CHART_COLORS.drop;
    ctx.font = canvasFont(isBiggest ? 13 : 12, isBiggest ? 700 : 500);
    ctx.fillText(`−${count(drop.users, locale)} · ${percent(drop.rate, locale)}`, x, y);
    if (isBiggest) {
      ctx.font = canvasFont(11, 700);
      ctx.fillText(t.funnel.biggestDrop.toUpperCase(), x, y - 17 * uPlot.pxRatio);
    }
  });
  ctx.restore();
}

// A step label cut with an ellipsis to fit its column, measured in the axis font.
function fitLabel(u: uPlot, label: string, width: number): string {
  const { ctx } = u;
  ctx.save();
  ctx.font = canvasFont(12);
  const room = width * 0.94;
  let text = label;
  while (text.length > 2 && ctx.measureText(text).width > room) text = `${text.slice(0, -2)}…`;
  ctx.restore();
  return text;
}
