import type { ConsoleProject } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { useI18n } from '../i18n/i18n.js';
import { Badge, Button, Field } from './ui.js';

/**
 * The sites whose pages may use the project's public key: exact origins or `https://*.example.com`.
 * Empty means any site (the default). Owners edit the list; everyone else reads it.
 */
export function SdkOriginsSettings(props: { project: ConsoleProject; owner: boolean; onChanged: () => Promise<void> }) {
  const { t, language } = useI18n();
  const l = t.sdkOrigins;
  const [origins, setOrigins] = useState(props.project.sdkOrigins);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  /** Saves the list; `added` clears the input at once, before the project reloads, so typing meanwhile is kept. */
  const save = async (next: string[], added = false) => {
    setError(null);
    setSaved(false);
    try {
      await call(client.projects[':projectId'].$patch({ param: { projectId: props.project.id }, json: { sdkOrigins: next } }));
      setOrigins(next);
      if (added) setDraft('');
      setSaved(true);
    } catch (failure) {
      // The server's message is English and names the field; the form says the same in the reader's language.
      setError(failure instanceof ApiFailure && failure.status === 400 ? l.invalid : (failure as Error).message);
      return;
    }
    await props.onChanged();
  };
  const add = (event: Event) => {
    event.preventDefault();
    void save([...origins, draft.trim()], true);
  };

  return (
    <div class="card form" lang={language} data-testid="sdk-origins-settings">
      <h2>{l.title}</h2>
      <p class="muted">{l.intro}</p>
      <p class="origins-mode" role="status">
        {origins.length === 0 ? <Badge tone="amber">{l.anySite}</Badge> : <Badge tone="green">{l.listedOnly(origins.length)}</Badge>}
        <span class="sub">{origins.length === 0 ? l.anySiteHint : l.listedOnlyHint}</span>
      </p>
      <ul class="origins" aria-label={l.title}>
        {origins.map((origin) => (
          <li key={origin}>
            <code>{origin}</code>
            {props.owner && (
              <Button variant="ghost" aria-label={l.remove(origin)} onClick={() => save(origins.filter((o) => o !== origin))}>
                {l.removeShort}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {props.owner ? (
        <>
          <form class="inline-form" onSubmit={add}>
            <Field id="new-sdk-origin" label={l.add}>
              <input
                id="new-sdk-origin"
                value={draft}
                placeholder="https://*.example.com"
                inputMode="url"
                aria-describedby="new-sdk-origin-hint"
                aria-invalid={error ? true : undefined}
                onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
                required
              />
            </Field>
            <Button type="submit">{l.addButton}</Button>
          </form>
          {/* Below the row, not inside the field, so the button stays level with the input. */}
          {error ? (
            <p class="field-error" role="alert" id="new-sdk-origin-hint">
              {error}
            </p>
          ) : (
            <p class="hint" id="new-sdk-origin-hint">
              {l.addHint}
            </p>
          )}
        </>
      ) : (
        <p class="hint">{l.readOnly}</p>
      )}
      {saved && !error && (
        <p class="saved" role="status">
          {l.saved}
        </p>
      )}
    </div>
  );
}
