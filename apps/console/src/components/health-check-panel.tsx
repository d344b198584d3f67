import type { ConsoleProject, HealthCheck, StepReport } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { dateTime, relativeTime } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import type { Messages } from '../i18n/en.js';
import { href } from '../route.js';
import { Badge, Button, ErrorNote, Loading } from './ui.js';

/** A command, the same in every language: checks pages behind a sign-in from the command line. */
const SIGNED_IN_CHECK_COMMAND = 'shirube check-guides --storage-state';

const POLL_MS = 1500;
const TONE = { ok: 'green', missing: 'red', ambiguous: 'red', page_error: 'red', hidden: 'amber', unverified: 'amber', skipped: 'gray' } as const;
// Broken steps first, then warnings, then what was not checked.
const ORDER = ['missing', 'ambiguous', 'page_error', 'hidden', 'unverified', 'skipped'];

/** Why a step got its status, in the console's language. */
function why(step: StepReport, m: Messages['health']): string {
  const redirect = step.redirectedTo ? ` ${m.why.redirected(step.redirectedTo)}` : '';
  switch (step.status) {
    case 'page_error':
      return m.why.page_error(step.error ?? '');
    case 'skipped':
      return m.why[step.skipReason ?? 'wildcard_page']((step.patterns ?? []).join(', '));
    default:
      return m.why[step.status] + redirect;
  }
}

const examplesKey = (projectId: string) => `health-examples:${projectId}`;

/** The example pages given for wildcard patterns before, remembered in this browser. */
function loadExamples(projectId: string): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(examplesKey(projectId)) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function saveExamples(projectId: string, examples: Record<string, string>): void {
  try {
    localStorage.setItem(examplesKey(projectId), JSON.stringify(examples));
  } catch {
    // Private mode or full storage: the examples last as long as the page.
  }
}

/** The page's path (and query), short enough for a table cell; the full address is its title. */
const shortUrl = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/**
 * "Check targets": runs a guide health check on the server against the project's app, shows it
 * running (polling), then the steps that are broken, with a link to re-pick each one's element.
 */
export function HealthCheckPanel(props: { project: ConsoleProject; canRun: boolean }) {
  const { t, locale } = useI18n();
  const m = t.health;
  const projectId = props.project.id;
  const [check, setCheck] = useState<HealthCheck | null>(null);
  const [appUrls, setAppUrls] = useState<string[] | null>(null);
  const [baseUrl, setBaseUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [examples, setExamples] = useState<Record<string, string>>(() => loadExamples(projectId));

  useEffect(() => {
    call(client.projects[':projectId']['health-checks'].latest.$get({ param: { projectId } }))
      .then((answer) => {
        setCheck(answer.check);
        setAppUrls(answer.appUrls);
        setBaseUrl((current) => current || answer.check?.baseUrl || (answer.appUrls[0] ? `${answer.appUrls[0]}/` : ''));
      })
      .catch((failure: ApiFailure) => setError(failure.message));
  }, [projectId]);

  const running = check?.status === 'running' ? check.id : null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      call(client.projects[':projectId']['health-checks'][':id'].$get({ param: { projectId, id: running } }))
        .then((answer) => setCheck(answer.check))
        .catch((failure: ApiFailure) => setError(failure.message));
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running]);

  const start = async (event: Event) => {
    event.preventDefault();
    setStarting(true);
    setError(null);
    try {
      const given = Object.fromEntries(Object.entries(examples).filter(([pattern, path]) => path.trim() && wildcards.includes(pattern)).map(([pattern, path]) => [pattern, path.trim()]));
      saveExamples(projectId, given);
      setCheck((await call(client.projects[':projectId']['health-checks'].$post({ param: { projectId }, json: { baseUrl, examples: given } }))).check);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setStarting(false);
    }
  };

  const report = check?.status === 'done' ? check.report : null;
  // Wildcard pages the last check could not load, plus those given an example before.
  const wildcards = [...new Set([...Object.keys(examples), ...(report?.steps ?? []).filter((step) => step.skipReason === 'wildcard_page').flatMap((step) => step.patterns ?? [])])].filter((p) => p.includes('*'));
  const problems = (report?.steps ?? []).filter((step) => step.status !== 'ok').sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const warnings = report ? report.counts.hidden + report.counts.unverified : 0;

  return (
    <section class="card health-check" aria-labelledby="health-check-title" data-testid="health-check">
      <div class="row health-check-head">
        <div>
          <h2 id="health-check-title">{m.title}</h2>
          <p class="muted">{m.intro}</p>
        </div>
      </div>
      {appUrls && appUrls.length === 0 && (
        <p class="hint">
          {m.noOrigins} <a href={href({ page: 'settings', projectId })}>{m.settings}</a>
        </p>
      )}
      {props.canRun && appUrls && appUrls.length > 0 && (
        <form class="toolbar health-check-form" onSubmit={start}>
          <label for="health-check-url">{m.appUrl}</label>
          <input id="health-check-url" type="url" required list="health-check-urls" value={baseUrl} onInput={(e) => setBaseUrl(e.currentTarget.value)} aria-describedby="health-check-url-hint" />
          <datalist id="health-check-urls">{appUrls.map((url) => <option value={`${url}/`} />)}</datalist>
          <Button type="submit" variant="primary" busy={starting || running !== null}>
            {m.run}
          </Button>
        </form>
      )}
      {props.canRun && appUrls && appUrls.length > 0 && (
        <p class="hint" id="health-check-url-hint">
          {m.appUrlHint} <code class="nowrap">{SIGNED_IN_CHECK_COMMAND}</code>
        </p>
      )}
      {props.canRun && appUrls && appUrls.length > 0 && wildcards.length > 0 && (
        <fieldset class="health-check-examples">
          <legend>{m.examples}</legend>
          {wildcards.map((pattern, i) => (
            <div class="health-check-example">
              <label for={`health-check-example-${i}`}>
                <code>{pattern}</code>
              </label>
              <input
                id={`health-check-example-${i}`}
                aria-label={m.exampleFor(pattern)}
                placeholder={pattern.replace(/\*+/g, '1')}
                value={examples[pattern] ?? ''}
                onInput={(e) => setExamples({ ...examples, [pattern]: e.currentTarget.value })}
              />
            </div>
          ))}
          <p class="hint">{m.examplesHint}</p>
        </fieldset>
      )}
      {error && <ErrorNote message={error} />}
      {running && <Loading label={m.running} />}
      {check?.status === 'failed' && <ErrorNote message={m.failed(check.error ?? '')} />}
      {report && check && (
        <div class="health-check-result" role="status">
          <p>
            <strong title={dateTime(check.finishedAt ?? check.startedAt, locale)}>{m.lastRun(relativeTime(check.finishedAt ?? check.startedAt, Date.now(), locale))}</strong>{' '}
            <span class="health-check-url">{check.baseUrl}</span>
            <br />
            <span class="muted" data-testid="health-check-summary">
              {m.summary(report.counts.ok, report.broken, warnings, report.counts.skipped)}
            </span>
          </p>
          {report.steps.length === 0 && <p class="muted">{m.noSteps}</p>}
          {report.counts.ok > 0 && report.broken + warnings === 0 && (
            <p>
              <Badge tone="green">{m.status.ok}</Badge> {m.allFound}
            </p>
          )}
          {problems.length > 0 && <ProblemTable problems={problems} projectId={projectId} m={m} />}
        </div>
      )}
    </section>
  );
}

/** The steps that need a look, broken first, each with a link to its step in the guide editor. */
function ProblemTable(props: { problems: StepReport[]; projectId: string; m: Messages['health'] }) {
  const { m, projectId } = props;
  return (
    <table class="table" aria-label={m.problems}>
      <thead>
        <tr>
          <th>{m.step}</th>
          <th>{m.page}</th>
          <th>{m.result}</th>
          <th>
            <span class="sr-only">{m.repick}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.problems.map((step) => (
          <tr data-testid={`health-step-${step.guideId}-${step.stepId}`}>
            <td>
              <strong>{step.guideName}</strong>
              <div class="sub">
                {step.stepIndex + 1}. {step.stepTitle}
              </div>
            </td>
            <td class="health-check-page" title={step.url}>
              {step.url ? shortUrl(step.url) : '—'}
            </td>
            <td>
              <Badge tone={TONE[step.status]}>{m.status[step.status]}</Badge>
              <div class="sub">{why(step, m)}</div>
            </td>
            <td class="actions-cell">
              {step.status !== 'skipped' && (
                <a class="btn btn-ghost btn-small" href={href({ page: 'guide', projectId, guideId: step.guideId, step: step.stepId })}>
                  {m.repick}
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
