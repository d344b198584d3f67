import type { BenchCase } from '../corpus/bench-case.js';

const PALETTE = ['#8884d8', '#82ca9d', '#ffc658', '#ff7300'];

function legendItem(index: number, name: string, marker = ''): string {
  const color = PALETTE[index]!;
  return `<li class="recharts-legend-item legend-item-${index}" style="display:inline-block;margin-right:10px"><svg class="recharts-surface" width="14" height="14" viewBox="0 0 32 32" style="display:inline-block;vertical-align:middle;margin-right:4px"${marker}><title></title><desc></desc><path stroke="none" fill="${color}" d="M0,4h32v24h-32z" class="recharts-legend-icon"></path></svg><span class="recharts-legend-item-text" style="color:${color}">${name}</span></li>`;
}

function legendChart(series: string[], target: string, marker: string): string {
  return `<div class="recharts-wrapper" style="position:relative;cursor:default;width:600px;height:300px"><svg class="recharts-surface" width="600" height="260" viewBox="0 0 600 260"><g class="recharts-cartesian-grid"><line x1="60" y1="230" x2="590" y2="230" stroke="#ccc"/></g><g class="recharts-layer recharts-line"><path class="recharts-curve recharts-line-curve" stroke="${PALETTE[0]}" fill="none" d="M60,120L190,90L320,110L450,60L580,70"/></g></svg><div class="recharts-legend-wrapper" style="position:absolute;width:590px;height:auto;left:5px;bottom:5px"><ul class="recharts-default-legend" style="padding:0;margin:0;text-align:center">${series.map((s, i) => legendItem(i, s, s === target ? marker : '')).join('')}</ul></div></div>`;
}

interface Month {
  label: string;
  value: number;
}

/** A D3-drawn bar chart: bars scaled to the tallest month, with a <title> tooltip and an x axis. */
function barChart(months: Month[], target: string, marker: string): string {
  const max = Math.max(...months.map((m) => m.value));
  const bars = months
    .map((m, i) => {
      const h = Math.round((m.value / max) * 180);
      const x = 50 + i * 70;
      const value = `$${m.value.toLocaleString('en-US')}`;
      return `<rect class="bar" x="${x}" y="${200 - h}" width="48" height="${h}" fill="#4f46e5"${m.label === target ? marker : ''}><title>${m.label} 2025: ${value}</title></rect>`;
    })
    .join('');
  const ticks = months.map((m, i) => `<g class="tick" opacity="1" transform="translate(${74 + i * 70},0)"><line stroke="currentColor" y2="6"></line><text fill="currentColor" y="9" dy="0.71em">${m.label}</text></g>`).join('');
  return `<figure class="revenue-chart"><figcaption>Monthly revenue</figcaption><svg width="520" height="230" viewBox="0 0 520 230" role="img" aria-label="Monthly revenue bar chart"><g class="bars">${bars}</g><g class="x-axis" transform="translate(0,200)" fill="none" font-size="10" text-anchor="middle"><path class="domain" stroke="currentColor" d="M40,6V0H480V6"></path>${ticks}</g></svg></figure>`;
}

const JAN = { label: 'Jan', value: 31_800 };
const FEB = { label: 'Feb', value: 36_250 };
const MAR = { label: 'Mar', value: 42_100 };
const APR = { label: 'Apr', value: 39_900 };
const MAY = { label: 'May', value: 44_300 };
const JUN = { label: 'Jun', value: 40_700 };
const JUL = { label: 'Jul', value: 51_200 };

/** Targets that are SVG elements: a legend swatch, a bar. */
export const holdoutSvgCases: BenchCase[] = [
  {
    id: 'ho-svg-recharts-legend-swatch',
    family: 'svg',
    description: 'Recharts legend: the author clicked the colour swatch <svg> of "Refunds"; a "Fees" series is added before it, so legend-item indices and palette colours shift',
    before: `
<div id="root">
  <h2>Revenue vs refunds</h2>
  ${legendChart(['Revenue', 'Refunds', 'Chargebacks'], 'Refunds', ' data-bench-target')}
</div>`,
    after: `
<div id="root">
  <h2>Revenue vs refunds</h2>
  ${legendChart(['Revenue', 'Fees', 'Refunds', 'Chargebacks'], 'Refunds', ' data-bench-expected')}
</div>`,
  },
  {
    id: 'ho-svg-d3-bar-window-shift',
    family: 'svg',
    description: 'D3 bar chart of the last six months: a month later the window is Feb–Jul and a taller July rescales every bar; the target is the March <rect> (its value is unchanged)',
    before: `
<div id="root">
  <section class="dashboard-card"><h2>Revenue</h2>
    ${barChart([JAN, FEB, MAR, APR, MAY, JUN], 'Mar', ' data-bench-target')}
  </section>
</div>`,
    after: `
<div id="root">
  <section class="dashboard-card"><h2>Revenue</h2>
    ${barChart([FEB, MAR, APR, MAY, JUN, JUL], 'Mar', ' data-bench-expected')}
  </section>
</div>`,
  },
];
