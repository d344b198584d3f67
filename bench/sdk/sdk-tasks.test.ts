import { describe, expect, it } from 'vitest';
import { sdkTasks } from './sdk-tasks.js';

const SDK = 'http://127.0.0.1:8787/sdk/shirube.js';
const UI = 'http://127.0.0.1:8787/sdk/shirube-ui.0123abcd.js';
const task = (ts: number, dur: number, tid = 1) => ({ name: 'RunTask', ph: 'X', pid: 7, tid, ts, dur });
const script = (name: string, url: string, ts: number, dur: number, tid = 1) => ({ name, ph: 'X', pid: 7, tid, ts, dur, args: { data: { url } } });
const trace = (...traceEvents: object[]) => JSON.stringify({ traceEvents });

describe('sdk tasks', () => {
  it('adds up the SDK script calls within one task, counting a nested compile once', () => {
    const report = sdkTasks(
      trace(
        task(0, 30_000),
        script('EvaluateScript', SDK, 1_000, 8_000),
        script('v8.compile', SDK, 1_500, 3_000),
        script('FunctionCall', UI, 20_000, 4_000),
        task(40_000, 5_000),
        script('FunctionCall', SDK, 41_000, 1_000),
      ),
    );
    expect(report.sdkPerTask).toEqual([12, 1]);
    expect(report.longestTaskWithSdk).toBe(30);
    expect(report.largestSdkWork).toBe('EvaluateScript shirube.js 8.0 ms');
  });

  it('leaves out the page\'s own scripts, and tasks on threads where the SDK never ran', () => {
    const report = sdkTasks(trace(task(0, 90_000), script('FunctionCall', 'http://app.example/assets/index.js', 10, 80_000), task(0, 200_000, 2), script('FunctionCall', SDK, 85_000, 2_000)));
    expect(report.sdkPerTask).toEqual([2]);
    expect(report.longestTask).toBe(90);
    expect(report.longestTaskWithSdk).toBe(90);
    expect(report.largestSdkWork).toBe('FunctionCall shirube.js 2.0 ms');
  });
});
