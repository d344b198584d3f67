import { useEffect, useState } from 'preact/hooks';
import { call, client } from '../api.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * "List in the help launcher", part of the draft like the rest of the rules: end users see the
 * change when the guide is published. Says so when the project's launcher is off.
 */
export function HelpLauncherToggle(props: { projectId: string; checked: boolean; editable: boolean; onChange: (checked: boolean) => void }) {
  const { t, language } = useI18n();
  const [launcherOn, setLauncherOn] = useState<boolean | null>(null);
  useEffect(() => {
    call(client.projects[':projectId']['help-launcher'].$get({ param: { projectId: props.projectId } })).then(
      (answer) => setLauncherOn(answer.launcher.enabled),
      () => setLauncherOn(null),
    );
  }, [props.projectId]);
  return (
    <div class="card form" lang={language}>
      <h2>{t.launcher.listTitle}</h2>
      <label class="check">
        <input type="checkbox" checked={props.checked} disabled={!props.editable} onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)} />
        <span>
          {t.launcher.listInLauncher}
          <span class="hint">{t.launcher.listHint}</span>
        </span>
      </label>
      {props.checked && launcherOn === false && <p class="notice">{t.launcher.launcherOff}</p>}
    </div>
  );
}
