import type { ConsoleProject } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { Button, Field } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';

/** Creates a project; its secret key is then shown once on the settings page. */
export function NewProjectPage(props: { onCreated: (project: ConsoleProject) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const origin = String(form.get('origin') ?? '').trim();
    setBusy(true);
    try {
      const { project, secretKey } = await call(client.projects.$post({ json: { name: String(form.get('name') ?? ''), allowedOrigins: origin ? [origin] : [] } }));
      sessionStorage.setItem(`secret:${project.id}`, secretKey);
      props.onCreated(project);
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : t.signIn.failed);
      setBusy(false);
    }
  };
  return (
    <section class="page narrow">
      <header class="page-head">
        <h1>{t.newProject.title}</h1>
        <p class="muted">{t.newProject.intro}</p>
      </header>
      <form class="card form" onSubmit={submit}>
        <Field id="project-name" label={t.newProject.name}>
          <input id="project-name" name="name" required placeholder={t.newProject.namePlaceholder} />
        </Field>
        <Field id="project-origin" label={t.newProject.origin} hint={t.newProject.originHint}>
          <input id="project-origin" name="origin" placeholder="https://app.example.com" />
        </Field>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t.newProject.create}
          </Button>
        </div>
      </form>
    </section>
  );
}
