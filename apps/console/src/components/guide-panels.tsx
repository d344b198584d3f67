import type { DisplayRules, Theme } from '@shirube/schema';
import type { ConsoleGuideVersion } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { dateTime, relativeTime } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import { testUrl } from '../url-tester.js';
import { ActionsHeader, Badge, Button, Empty, Field, Loading } from './ui.js';

/** Where a guide shows: its URL patterns, and a tester that says whether an address matches. */
export function RulesPanel(props: { rules: DisplayRules; editable: boolean; address: string; onAddress: (a: string) => void; onChange: (r: DisplayRules) => void }) {
  const { t } = useI18n();
  const [pattern, setPattern] = useState('');
  const result = testUrl(props.rules, props.address);
  return (
    <div class="card form">
      <h2>{t.panels.pagesTitle}</h2>
      <p class="muted">{t.panels.pagesHint}</p>
      <ul class="origins" aria-label={t.panels.patterns}>
        {props.rules.urlPatterns.map((p) => (
          <li>
            <code>{p}</code>
            {props.editable && (
              <Button variant="ghost" aria-label={t.settings.removeOrigin(p)} onClick={() => props.onChange({ urlPatterns: props.rules.urlPatterns.filter((x) => x !== p) })}>
                {t.members.remove}
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
          <Field id="new-pattern" label={t.panels.addPattern}>
            <input id="new-pattern" value={pattern} placeholder="/reports/**" onInput={(e) => setPattern((e.target as HTMLInputElement).value)} />
          </Field>
          <Button type="submit">{t.settings.add}</Button>
        </form>
      )}
      <Field id="url-test" label={t.panels.urlTest}>
        <input id="url-test" value={props.address} placeholder="https://app.example.com/reports/42" onInput={(e) => props.onAddress((e.target as HTMLInputElement).value)} />
      </Field>
      {result && (
        <p class={result.shows ? 'match yes' : 'match no'} role="status">
          {result.shows
            ? result.matching.length
              ? t.panels.matches(result.matching.join(', '))
              : t.panels.everyPage
            : t.panels.noMatch}
        </p>
      )}
    </div>
  );
}

/** How a guide looks: brand colour and corner radius. */
export function ThemePanel(props: { theme: Theme; editable: boolean; onChange: (t: Theme) => void }) {
  const { t } = useI18n();
  return (
    <div class="card form grid-2">
      <Field id="theme-color" label={t.panels.brandColour}>
        <div class="inline">
          <input id="theme-color" type="color" disabled={!props.editable} value={props.theme.brandColor} onInput={(e) => props.onChange({ ...props.theme, brandColor: (e.target as HTMLInputElement).value })} />
          <code>{props.theme.brandColor}</code>
        </div>
      </Field>
      <Field id="theme-radius" label={t.panels.radius(props.theme.radius)}>
        <input id="theme-radius" type="range" min={0} max={24} disabled={!props.editable} value={props.theme.radius} onInput={(e) => props.onChange({ ...props.theme, radius: Number((e.target as HTMLInputElement).value) })} />
      </Field>
    </div>
  );
}

/** A guide's published versions, newest first, with a rollback for each but the current one. */
export function VersionsPanel(props: { versions: ConsoleGuideVersion[] | null; current: number; live: boolean; editable: boolean; onRollback: (version: number) => void }) {
  const { versions } = props;
  const { t, locale } = useI18n();
  return (
    <div class="card table-card">
      {!versions ? (
        <Loading label={t.panels.loadingVersions} />
      ) : versions.length === 0 ? (
        <Empty title={t.panels.notPublished}>{t.panels.notPublishedText}</Empty>
      ) : (
        <table class="table" aria-label={t.panels.versions}>
          <thead>
            <tr>
              <th>{t.panels.version}</th>
              <th>{t.panels.published}</th>
              <th>{t.panels.by}</th>
              <th>{t.editor.steps}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr>
                <td>
                  {v.version} {v.version === props.current && props.live && <Badge tone="green">{t.guides.statuses.published}</Badge>}
                </td>
                <td title={dateTime(v.publishedAt, locale)}>{relativeTime(v.publishedAt, Date.now(), locale)}</td>
                <td>{v.publishedBy?.name ?? t.panels.api}</td>
                <td>{v.stepCount}</td>
                <td class="actions-cell">
                  {props.editable && v.version !== props.current && (
                    <Button variant="ghost" onClick={() => props.onRollback(v.version)}>
                      {t.panels.rollBack}
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
