import type { ConsoleProject, ConsoleUser } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { HelpLauncherSettings } from '../components/help-launcher-settings.js';
import { InstallInstructions } from '../components/install-instructions.js';
import { SdkOriginsSettings } from '../components/sdk-origins-settings.js';
import { Button, Confirm, CopyButton, ErrorNote, Field } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';

/** Name, app addresses, keys and the install instructions of a project. */
export function ProjectSettingsPage(props: { project: ConsoleProject; me: ConsoleUser; onChanged: () => Promise<void> }) {
  const { project } = props;
  const { t } = useI18n();
  const keys = t.install;
  const owner = props.me.role === 'owner';
  const param = { projectId: project.id };
  const [origins, setOrigins] = useState(project.allowedOrigins);
  const [name, setName] = useState(project.name);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [secret, setSecret] = useState(() => sessionStorage.getItem(`secret:${project.id}`));
  const [rotating, setRotating] = useState<'public' | 'secret' | null>(null);
  const [draftOrigin, setDraftOrigin] = useState('');

  const save = async (next: { name?: string; allowedOrigins?: string[] }) => {
    setFieldError(null);
    setSaved(false);
    try {
      await call(client.projects[':projectId'].$patch({ param, json: next }));
      setSaved(true);
      await props.onChanged();
      return true;
    } catch (failure) {
      setFieldError(failure instanceof ApiFailure ? failure.message : t.settings.notSaved);
      return false;
    }
  };
  const addOrigin = async (event: Event) => {
    event.preventDefault();
    const next = [...origins, draftOrigin.trim()];
    if (await save({ allowedOrigins: next })) {
      setOrigins(next);
      setDraftOrigin('');
    }
  };
  const removeOrigin = async (origin: string) => {
    const next = origins.filter((o) => o !== origin);
    if (await save({ allowedOrigins: next })) setOrigins(next);
  };
  const rotate = async (which: 'public' | 'secret') => {
    setRotating(null);
    try {
      const answer = await call(client.projects[':projectId'].keys.rotate.$post({ param, json: { which } }));
      if ('secretKey' in answer && answer.secretKey) {
        sessionStorage.setItem(`secret:${project.id}`, answer.secretKey);
        setSecret(answer.secretKey);
      }
      await props.onChanged();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <section class="page settings">
      <header class="page-head">
        <h1>{t.settings.title}</h1>
        <p class="muted">{t.settings.intro(project.name)}</p>
      </header>
      {error && <ErrorNote message={error} />}
      {secret && (
        <div class="notice" role="status">
          <strong>{t.settings.secretKey}</strong> {t.settings.forAdminApi} <code data-testid="secret-key">{secret}</code> <CopyButton text={secret} label={t.settings.copy} />
          <p class="sub">{t.settings.shownOnce}</p>
          <Button
            variant="ghost"
            onClick={() => {
              sessionStorage.removeItem(`secret:${project.id}`);
              setSecret(null);
            }}
          >
            {t.settings.savedIt}
          </Button>
        </div>
      )}
      <div class="card">
        <InstallInstructions serverOrigin={location.origin} publicKey={project.publicKey} />
        <dl class="keys">
          <dt>{keys.publicKey}</dt>
          <dd>
            <code data-testid="public-key">{project.publicKey}</code>
            {owner && (
              <Button variant="ghost" onClick={() => setRotating('public')}>
                {keys.rotate}
              </Button>
            )}
          </dd>
          {owner && (
            <>
              <dt>{keys.secretKey}</dt>
              <dd>
                <span class="muted">{keys.hidden}</span>
                <Button variant="ghost" onClick={() => setRotating('secret')}>
                  {keys.rotate}
                </Button>
              </dd>
            </>
          )}
        </dl>
      </div>
      <div class="card form">
        <h2>{t.settings.general}</h2>
        <Field id="settings-name" label={t.newProject.name}>
          <input id="settings-name" value={name} disabled={!owner} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </Field>
        {owner && (
          <div class="form-actions">
            <Button variant="primary" onClick={() => save({ name })}>
              {t.settings.saveName}
            </Button>
          </div>
        )}
      </div>
      <div class="card form" data-testid="app-addresses-settings">
        <h2>{t.settings.appAddresses}</h2>
        <p class="muted">{t.settings.appAddressesHint}</p>
        {origins.length === 0 && <p class="sub">{t.settings.noneYet}</p>}
        <ul class="origins" aria-label={t.settings.appAddresses}>
          {origins.map((origin) => (
            <li>
              <code>{origin}</code>
              {owner && (
                <Button variant="ghost" aria-label={t.settings.removeOrigin(origin)} onClick={() => removeOrigin(origin)}>
                  {t.members.remove}
                </Button>
              )}
            </li>
          ))}
        </ul>
        {owner && (
          <form class="inline-form" onSubmit={addOrigin}>
            <Field id="new-origin" label={t.settings.addAddress} error={fieldError}>
              <input id="new-origin" value={draftOrigin} placeholder="https://app.example.com" onInput={(e) => setDraftOrigin((e.target as HTMLInputElement).value)} required />
            </Field>
            <Button type="submit">{t.settings.add}</Button>
          </form>
        )}
        {saved && !fieldError && <p class="saved" role="status">{t.settings.saved}</p>}
      </div>
      <SdkOriginsSettings key={project.id} project={project} owner={owner} onChanged={props.onChanged} />
      <HelpLauncherSettings projectId={project.id} editable={props.me.role !== 'viewer'} />
      {rotating && (
        <Confirm
          title={t.settings.rotateTitle(rotating)}
          confirmLabel={t.settings.rotateKey}
          danger
          onConfirm={() => rotate(rotating)}
          onCancel={() => setRotating(null)}
        >
          {rotating === 'public'
            ? t.settings.rotatePublicText
            : t.settings.rotateSecretText}
        </Confirm>
      )}
    </section>
  );
}
