import type { ConsoleUser } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { Button, Field } from '../components/ui.js';

/** Sign-in, or on the very first run the creation of the owner account. */
export function SignInPage(props: { firstRun: boolean; onSignedIn: (user: ConsoleUser, csrfToken: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    setBusy(true);
    setError(null);
    try {
      const answer = props.firstRun
        ? await call(client.setup.$post({ json: { email, name: String(form.get('name') ?? ''), password } }))
        : await call(client.session.$post({ json: { email, password } }));
      props.onSignedIn(answer.user, answer.csrfToken);
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : 'Something went wrong. Try again.');
      setBusy(false);
    }
  };
  return (
    <main class="auth">
      <form class="auth-card" onSubmit={submit} aria-labelledby="auth-title">
        <div class="brand brand-large">
          <span class="logo" aria-hidden="true">
            道
          </span>
          Shirube
        </div>
        <h1 id="auth-title">{props.firstRun ? 'Create the owner account' : 'Sign in to the console'}</h1>
        <p class="muted">
          {props.firstRun
            ? 'This is a new Shirube server. The first account owns it: it can add members, projects and keys.'
            : 'Build guides, publish them, and see where users get stuck.'}
        </p>
        {props.firstRun && (
          <Field id="name" label="Your name">
            <input id="name" name="name" autocomplete="name" required />
          </Field>
        )}
        <Field id="email" label="Email">
          <input id="email" name="email" type="email" autocomplete="username" required />
        </Field>
        <Field id="password" label="Password" hint={props.firstRun ? 'At least 10 characters.' : undefined}>
          <input id="password" name="password" type="password" autocomplete={props.firstRun ? 'new-password' : 'current-password'} required minLength={props.firstRun ? 10 : undefined} />
        </Field>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" busy={busy} class="wide">
          {props.firstRun ? 'Create account' : 'Sign in'}
        </Button>
      </form>
    </main>
  );
}
