import { useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Marks a guide as part of onboarding. Saved at once, apart from the draft: it changes how accounts
 * are counted, not what end users see, so it needs no publish.
 */
export function OnboardingToggle(props: { projectId: string; guideId: string; onboarding: boolean; editable: boolean; onChanged: (onboarding: boolean) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = async (onboarding: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const guide = await call(client.projects[':projectId'].guides[':id'].$patch({ param: { projectId: props.projectId, id: props.guideId }, json: { onboarding } }));
      props.onChanged(guide.onboarding);
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : t.editor.notSaved);
    }
    setBusy(false);
  };
  return (
    <div class="onboarding-toggle">
      <label>
        <input type="checkbox" checked={props.onboarding} disabled={!props.editable || busy} onChange={(e) => change((e.target as HTMLInputElement).checked)} />
        <span>
          <strong>{t.editor.onboarding}</strong> {t.editor.onboardingHint}
        </span>
      </label>
      {error && (
        <span class="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
