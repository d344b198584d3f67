import type { Page } from 'playwright-core';

/** Elements the heavy page holds. */
export const ELEMENTS = 10_000;
/** DOM changes a second during a run. */
export const MUTATIONS_PER_SECOND = 1_000;
/** How long a run lasts. */
export const RUN_MS = 10_000;

/** What the main thread went through during the run. */
export interface RunReport {
  /** Every long task's duration (ms), from the Long Tasks API. */
  longTasks: number[];
  /** Per long animation frame from before the insertion on, the time spent in Shirube's own scripts (ms). */
  sdkScriptMs: number[];
  mutations: number;
}

/**
 * Adds 10,000 elements to the page, then changes the DOM 1,000 times a second for 10 s (class and
 * text changes, elements added and removed, spread over the whole tree), while observing long
 * tasks and long animation frames. Runs in the page itself, the way the app's own code would.
 */
export function churn(page: Page): Promise<RunReport> {
  return page.evaluate(
    async ({ elements, perSecond, runMs }) => {
      // The SDK's script time is watched from before the insertion: its reaction to 10,000 new
      // elements (a look at its target forcing their style and layout) counts too.
      const sdkScriptMs: number[] = [];
      const frames = new PerformanceObserver((list) => {
        for (const frame of list.getEntries() as unknown as Array<{ scripts: Array<{ sourceURL: string; duration: number }> }>) {
          const ours = frame.scripts.filter((s) => /\/sdk\/shirube/.test(s.sourceURL)).reduce((sum, s) => sum + s.duration, 0);
          if (ours > 0) sdkScriptMs.push(ours);
        }
      });
      frames.observe({ type: 'long-animation-frame' });

      const box = document.createElement('div');
      box.style.cssText = 'position:absolute;left:0;top:2000px;width:1200px;contain:content';
      const cells: HTMLElement[] = [];
      for (let row = 0; row < elements / 20; row++) {
        const line = document.createElement('div');
        line.className = 'churn-row';
        for (let i = 0; i < 19; i++) {
          const cell = document.createElement('span');
          cell.className = 'churn-cell';
          cell.textContent = String(i);
          line.appendChild(cell);
          cells.push(cell);
        }
        box.appendChild(line);
      }
      document.querySelector('main')!.appendChild(box);
      // Let the insertion itself settle: it is the app's setup, not the run.
      await new Promise((r) => setTimeout(r, 1_000));

      const longTasks: number[] = [];
      const tasks = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
      tasks.observe({ type: 'longtask' });

      let mutations = 0;
      await new Promise<void>((done) => {
        const started = performance.now();
        const timer = setInterval(() => {
          // Catches up when a tick comes late (a busy machine), so the rate holds at `perSecond`.
          const due = Math.min(runMs, performance.now() - started) * (perSecond / 1_000);
          while (mutations < due) {
            const cell = cells[Math.floor(Math.random() * cells.length)]!;
            switch (mutations % 4) {
              case 0:
                cell.classList.toggle('churn-on');
                break;
              case 1:
                cell.textContent = String(mutations);
                break;
              case 2:
                cell.parentElement!.appendChild(document.createElement('i'));
                break;
              default:
                cell.parentElement!.querySelector('i')?.remove();
            }
            mutations++;
          }
          if (performance.now() - started >= runMs) {
            clearInterval(timer);
            done();
          }
        }, 10);
      });
      await new Promise((r) => setTimeout(r, 300));
      tasks.disconnect();
      frames.disconnect();
      return { longTasks, sdkScriptMs, mutations };
    },
    { elements: ELEMENTS, perSecond: MUTATIONS_PER_SECOND, runMs: RUN_MS },
  );
}

/** The largest value, rounded (0 for none). */
export const longest = (values: number[]) => Math.round(Math.max(0, ...values));
