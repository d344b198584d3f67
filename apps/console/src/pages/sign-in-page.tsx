import type { ConsoleUser } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { Button, Field } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';

/** Sign-in, or on the very first run the creation of the owner account. */
export function SignInPage(props: { firstRun: boolean; onSignedIn: (user: ConsoleUser, csrfToken: string) => void }) {
  const { t } = useI18n();
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
      setError(failure instanceof ApiFailure ? failure.message : t.signIn.failed);
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
        <h1 id="auth-title">{props.firstRun ? t.signIn.setupTitle : t.signIn.title}</h1>
        <p class="muted">
          {props.firstRun
            ? t.signIn.setupIntro
            : t.signIn.intro}
        </p>
        {props.firstRun && (
          <Field id="name" label={t.signIn.name}>
            <input id="name" name="name" autocomplete="name" required />
          </Field>
        )}
        <Field id="email" label={t.signIn.email}>
          <input id="email" name="email" type="email" autocomplete="username" required />
        </Field>
        <Field id="password" label={t.signIn.password} hint={props.firstRun ? t.signIn.passwordHint : undefined}>
          <input id="password" name="password" type="password" autocomplete={props.firstRun ? 'new-password' : 'current-password'} required minLength={props.firstRun ? 10 : undefined} />
        </Field>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" busy={busy} class="wide">
          {props.firstRun ? t.signIn.createAccount : t.signIn.submit}
        </Button>
        <div class="auth-language">
          <LanguageSwitch />
        </div>
      </form>
    </main>
  );
}
