import type { ConsoleProject } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { Button, Field } from '../components/ui.js';

/** Creates a project; its secret key is then shown once on the settings page. */
export function NewProjectPage(props: { onCreated: (project: ConsoleProject) => void }) {
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
      setError(failure instanceof ApiFailure ? failure.message : 'Something went wrong.');
      setBusy(false);
    }
  };
  return (
    <section class="page narrow">
      <header class="page-head">
        <h1>New project</h1>
        <p class="muted">A project is one web app you guide users in. It has its own keys, guides and analytics.</p>
      </header>
      <form class="card form" onSubmit={submit}>
        <Field id="project-name" label="Project name">
          <input id="project-name" name="name" required placeholder="Acme web app" />
        </Field>
        <Field id="project-origin" label="App address (optional)" hint="Where the app runs, e.g. https://app.example.com. The in-app builder opens only on these addresses.">
          <input id="project-origin" name="origin" placeholder="https://app.example.com" />
        </Field>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            Create project
          </Button>
        </div>
      </form>
    </section>
  );
}
