import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** A chart's options without the size, which the chart takes from its container. */
export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

/**
 * A uPlot canvas chart that fills its container's width and follows it when the page resizes.
 * The canvas is hidden from assistive technology: every chart has a data table beside it.
 * Pass memoised `options` and `data`: a new object redraws the chart from scratch.
 */
export function UPlotChart(props: { options: ChartOptions; data: uPlot.AlignedData; height: number }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const chart = new uPlot({ ...props.options, width: element.clientWidth || 600, height: props.height }, props.data, element);
    const resize = new ResizeObserver(() => {
      if (element.clientWidth && element.clientWidth !== chart.width) chart.setSize({ width: element.clientWidth, height: props.height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [props.options, props.data, props.height]);
  return <div ref={host} class="chart" aria-hidden="true" />;
}

/** Axis steps that are whole numbers: a chart of people never shows 2.5 users. */
export const WHOLE_NUMBER_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000, 100_000, 250_000, 500_000, 1_000_000];

/** A font for text drawn on a chart canvas, scaled for the screen's pixel ratio. */
export const canvasFont = (px: number, weight = 500) => `${weight} ${Math.round(px * uPlot.pxRatio)}px ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Hiragino Sans', 'Noto Sans JP', sans-serif`;

/**
 * A tooltip that follows the cursor with the hovered point's lines of text (textContent only, so
 * labels from guide authors can never become markup). Positions are set through CSSOM, which the
 * console's CSP allows.
 */
export function tooltipPlugin(lines: (index: number) => string[]): uPlot.Plugin {
  let tip: HTMLDivElement | null = null;
  return {
    hooks: {
      init: (u) => {
        tip = document.createElement('div');
        tip.className = 'chart-tip';
        tip.hidden = true;
        u.over.append(tip);
      },
      setCursor: (u) => {
        const { idx, left, top } = u.cursor;
        if (!tip) return;
        if (idx == null || left == null || top == null || left < 0) {
          tip.hidden = true;
          return;
        }
        tip.replaceChildren(
          ...lines(idx).map((text, i) => {
            const line = document.createElement('div');
            if (i === 0) line.className = 'chart-tip-title';
            line.textContent = text;
            return line;
          }),
        );
        tip.hidden = false;
        const flip = left > u.over.clientWidth / 2;
        tip.style.left = `${left}px`;
        tip.style.top = `${Math.max(0, top - 12)}px`;
        tip.style.transform = `translate(${flip ? 'calc(-100% - 12px)' : '12px'}, -100%)`;
      },
    },
  };
}
