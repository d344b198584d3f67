import type { HelpLauncher } from '@shirube/schema';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { useI18n } from '../i18n/i18n.js';
import { Button, ErrorNote, Field, Loading } from './ui.js';

/**
 * The project's help launcher: on or off, its wording and the contact link shown when a search
 * finds nothing. Editors and owners change it; the SDK picks it up with the guides.
 */
export function HelpLauncherSettings(props: { projectId: string; editable: boolean }) {
  const { t, language } = useI18n();
  const l = t.launcher;
  const param = { projectId: props.projectId };
  const [form, setForm] = useState<HelpLauncher | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    call(client.projects[':projectId']['help-launcher'].$get({ param })).then(
      (answer) => setForm(answer.launcher),
      (failure: Error) => setLoadError(failure.message),
    );
  }, [props.projectId]);

  if (loadError) return <ErrorNote message={loadError} />;
  if (!form) return <Loading label={l.loading} />;
  const edit = (change: Partial<HelpLauncher>) => {
    setForm({ ...form, ...change });
    setSaved(false);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { contactHref, ...rest } = form;
      const answer = await call(client.projects[':projectId']['help-launcher'].$put({ param, json: contactHref?.trim() ? { ...rest, contactHref } : rest }));
      setForm(answer.launcher);
      setSaved(true);
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : (failure as Error).message);
    }
    setBusy(false);
  };
  const text = (key: 'buttonLabel' | 'panelTitle' | 'contactHref') => ({
    id: `launcher-${key}`,
    value: form[key] ?? '',
    disabled: !props.editable,
    onInput: (e: Event) => edit({ [key]: (e.target as HTMLInputElement).value }),
  });

  return (
    <form class="card form" lang={language} data-testid="help-launcher-settings" onSubmit={save}>
      <h2>{l.settingsTitle}</h2>
      <p class="muted">{l.settingsIntro}</p>
      <label class="check">
        <input type="checkbox" checked={form.enabled} disabled={!props.editable} onChange={(e) => edit({ enabled: (e.target as HTMLInputElement).checked })} />
        <span>{l.enabled}</span>
      </label>
      <div class="field-pair">
        <Field id="launcher-buttonLabel" label={l.buttonLabel} hint={l.buttonLabelHint}>
          <input {...text('buttonLabel')} maxLength={40} placeholder="?" />
        </Field>
        <Field id="launcher-panelTitle" label={l.panelTitle} hint={l.panelTitleHint}>
          <input {...text('panelTitle')} maxLength={80} placeholder={l.panelTitlePlaceholder} />
        </Field>
      </div>
      <Field id="launcher-contactHref" label={l.contactHref} hint={l.contactHrefHint} error={error}>
        <input {...text('contactHref')} type="text" inputMode="url" placeholder="https://support.example.com/contact" />
      </Field>
      {props.editable ? (
        <div class="form-actions">
          {saved && (
            <p class="saved" role="status">
              {l.saved}
            </p>
          )}
          <Button type="submit" variant="primary" busy={busy}>
            {l.save}
          </Button>
        </div>
      ) : (
        <p class="hint">{l.readOnly}</p>
      )}
    </form>
  );
}
