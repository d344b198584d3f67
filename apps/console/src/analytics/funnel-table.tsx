import type { Funnel, FunnelStep } from '@shirube/server/types';
import { TARGET_MISSING_REASONS } from '@shirube/schema';
import type { CsvTable } from '../components/download-csv-button.js';
import { percentCell } from '../csv.js';
import { Badge } from '../components/ui.js';
import { count, duration, percent } from '../format.js';
import type { Messages } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { biggestDrop, brokenSteps } from './funnel-shape.js';

const ordered = (funnel: Funnel) => [...funnel.steps].sort((a, b) => a.stepIndex - b.stepIndex);
const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

/** Per step: who viewed, completed, dismissed, left, could not see it, and how long it took. */
export function FunnelTable(props: { funnel: Funnel }) {
  const { t, locale } = useI18n();
  const steps = ordered(props.funnel);
  const biggest = biggestDrop(steps.map((s) => ({ stepIndex: s.stepIndex, users: s.dropOffUsers, rate: s.dropOffRate })));
  const broken = new Set(brokenSteps(props.funnel).map((s) => s.stepIndex));
  return (
    <div class="table-scroll">
      <table class="table data-table" data-testid="funnel-table" data-version={props.funnel.version} aria-label={t.funnel.tableLabel(props.funnel.version)}>
        <thead>
          <tr>
            <th>{t.funnel.step}</th>
            <th class="num">{t.funnel.viewed}</th>
            <th class="num">{t.funnel.completed}</th>
            <th class="num">{t.funnel.dismissed}</th>
            <th class="num">{t.funnel.dropOff}</th>
            <th class="num">{t.funnel.targetMissing}</th>
            <th class="num">{t.funnel.medianTime}</th>
            <th class="num">{t.funnel.p90Time}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => {
            const isBiggest = biggest?.stepIndex === step.stepIndex;
            return (
              <tr data-testid="funnel-row" data-step-index={step.stepIndex} class={isBiggest ? 'is-biggest' : undefined}>
                <td class="name-cell">
                  <span class="strong">
                    {step.stepIndex + 1}. {step.title}
                  </span>
                  {broken.has(step.stepIndex) && (
                    <>
                      {' '}
                      <Badge tone="red">{t.funnel.broken}</Badge>
                    </>
                  )}
                  {isBiggest && (
                    <>
                      {' '}
                      <Badge tone="red">{t.funnel.biggestDrop}</Badge>
                    </>
                  )}
                </td>
                <td class="num">{count(step.viewedUsers, locale)}</td>
                <td class="num">{count(step.completedUsers, locale)}</td>
                <td class="num">{count(step.dismissedUsers, locale)}</td>
                <td class="num">
                  <span class={isBiggest ? 'drop strong-drop' : 'drop'}>
                    {count(step.dropOffUsers, locale)}
                    <span class="drop-rate">{percent(step.dropOffRate, locale)}</span>
                  </span>
                </td>
                <td class="num">
                  {step.targetMissingUsers > 0 ? (
                    <>
                      <span class="warn">{count(step.targetMissingUsers, locale)}</span>
                      <div class="sub">{reasonSummary(step, t, locale)}</div>
                    </>
                  ) : (
                    <span class="muted">0</span>
                  )}
                </td>
                <td class="num">
                  {step.timing.p50Ms === null ? t.funnel.noTiming : duration(step.timing.p50Ms, locale)}
                  {step.timing.laterUsers > 0 && <div class="sub">{t.funnel.laterVisit(count(step.timing.laterUsers, locale))}</div>}
                </td>
                <td class="num">{step.timing.p90Ms === null ? t.funnel.noTiming : duration(step.timing.p90Ms, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "10 not found · 2 hidden": the reasons users met, most common first. */
function reasonSummary(step: FunnelStep, t: Messages, locale: string): string {
  return TARGET_MISSING_REASONS.filter((r) => step.missingReasons[r] > 0)
    .sort((a, b) => step.missingReasons[b] - step.missingReasons[a])
    .map((r) => `${count(step.missingReasons[r], locale)} ${t.reasonsShort[r]}`)
    .join(' · ');
}

/** The step table as CSV: the same figures, unformatted so a spreadsheet can compute with them. */
export function funnelCsv(funnel: Funnel, t: Messages): CsvTable {
  return {
    headers: [
      t.funnel.csvStep,
      t.funnel.csvTitle,
      t.funnel.viewed,
      t.funnel.completed,
      t.funnel.dismissed,
      t.funnel.csvDropOffUsers,
      t.funnel.csvDropOffRate,
      t.funnel.targetMissing,
      ...TARGET_MISSING_REASONS.map((r) => `${t.funnel.targetMissing}: ${t.reasons[r]}`),
      t.funnel.csvMedianSeconds,
      t.funnel.csvP90Seconds,
      t.funnel.csvLaterVisit,
    ],
    rows: ordered(funnel).map((s) => [
      s.stepIndex + 1,
      s.title,
      s.viewedUsers,
      s.completedUsers,
      s.dismissedUsers,
      s.dropOffUsers,
      percentCell(s.dropOffRate),
      s.targetMissingUsers,
      ...TARGET_MISSING_REASONS.map((r) => s.missingReasons[r] ?? 0),
      seconds(s.timing.p50Ms),
      seconds(s.timing.p90Ms),
      s.timing.laterUsers,
    ]),
  };
}
