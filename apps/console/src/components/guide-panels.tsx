import type { DisplayRules, Theme } from '@shirube/schema';
import type { ConsoleGuideVersion } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { dateTime, relativeTime } from '../format.js';
import { testUrl } from '../url-tester.js';
import { Badge, Button, Empty, Field, Loading } from './ui.js';

/** Where a guide shows: its URL patterns, and a tester that says whether an address matches. */
export function RulesPanel(props: { rules: DisplayRules; editable: boolean; address: string; onAddress: (a: string) => void; onChange: (r: DisplayRules) => void }) {
  const [pattern, setPattern] = useState('');
  const result = testUrl(props.rules, props.address);
  return (
    <div class="card form">
      <h2>Pages it shows on</h2>
      <p class="muted">
        Paths like <code>/reports/*</code> (one segment) or <code>/settings/**</code> (any depth). No pattern: every page.
      </p>
      <ul class="origins" aria-label="URL patterns">
        {props.rules.urlPatterns.map((p) => (
          <li>
            <code>{p}</code>
            {props.editable && (
              <Button variant="ghost" aria-label={`Remove ${p}`} onClick={() => props.onChange({ urlPatterns: props.rules.urlPatterns.filter((x) => x !== p) })}>
                Remove
              </Button>
            )}
          </li>
        ))}
      </ul>
      {props.editable && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (pattern.trim()) props.onChange({ urlPatterns: [...props.rules.urlPatterns, pattern.trim()] });
            setPattern('');
          }}
        >
          <Field id="new-pattern" label="Add a pattern">
            <input id="new-pattern" value={pattern} placeholder="/reports/**" onInput={(e) => setPattern((e.target as HTMLInputElement).value)} />
          </Field>
          <Button type="submit">Add</Button>
        </form>
      )}
      <Field id="url-test" label="Does this URL match?">
        <input id="url-test" value={props.address} placeholder="https://app.example.com/reports/42" onInput={(e) => props.onAddress((e.target as HTMLInputElement).value)} />
      </Field>
      {result && (
        <p class={result.shows ? 'match yes' : 'match no'} role="status">
          {result.shows
            ? result.matching.length
              ? `Yes: it matches ${result.matching.join(', ')}.`
              : 'Yes: the guide shows on every page.'
            : 'No: the guide does not show on this page.'}
        </p>
      )}
    </div>
  );
}

/** How a guide looks: brand colour and corner radius. */
export function ThemePanel(props: { theme: Theme; editable: boolean; onChange: (t: Theme) => void }) {
  return (
    <div class="card form grid-2">
      <Field id="theme-color" label="Brand colour">
        <div class="inline">
          <input id="theme-color" type="color" disabled={!props.editable} value={props.theme.brandColor} onInput={(e) => props.onChange({ ...props.theme, brandColor: (e.target as HTMLInputElement).value })} />
          <code>{props.theme.brandColor}</code>
        </div>
      </Field>
      <Field id="theme-radius" label={`Corner radius: ${props.theme.radius}px`}>
        <input id="theme-radius" type="range" min={0} max={24} disabled={!props.editable} value={props.theme.radius} onInput={(e) => props.onChange({ ...props.theme, radius: Number((e.target as HTMLInputElement).value) })} />
      </Field>
    </div>
  );
}

/** A guide's published versions, newest first, with a rollback for each but the current one. */
export function VersionsPanel(props: { versions: ConsoleGuideVersion[] | null; current: number; live: boolean; editable: boolean; onRollback: (version: number) => void }) {
  const { versions } = props;
  return (
    <div class="card table-card">
      {!versions ? (
        <Loading label="Loading versions…" />
      ) : versions.length === 0 ? (
        <Empty title="Not published yet">Each publish adds a version here; end users see the newest.</Empty>
      ) : (
        <table class="table" aria-label="Versions">
          <thead>
            <tr>
              <th>Version</th>
              <th>Published</th>
              <th>By</th>
              <th>Steps</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr>
                <td>
                  {v.version} {v.version === props.current && props.live && <Badge tone="green">Live</Badge>}
                </td>
                <td title={dateTime(v.publishedAt)}>{relativeTime(v.publishedAt)}</td>
                <td>{v.publishedBy?.name ?? 'API'}</td>
                <td>{v.stepCount}</td>
                <td class="actions-cell">
                  {props.editable && v.version !== props.current && (
                    <Button variant="ghost" onClick={() => props.onRollback(v.version)}>
                      Roll back to this
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
