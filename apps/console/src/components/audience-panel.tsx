import { DEFAULT_TARGETING, type Schedule, type Targeting } from '@shirube/schema';
import type { Segment } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { call, client } from '../api.js';
import { isoOfLocalInput, localInputOf } from '../audience-rows.js';
import { useI18n } from '../i18n/i18n.js';
import { AudienceEditor } from './audience-editor.js';
import type { PickInApp } from './pick-in-app.js';
import { SplitSettings } from './split-settings.js';
import { StartRules } from './start-rules.js';

/**
 * "Where and who": who a guide is for (traits and saved segments, with the live count of known
 * users who match), what starts it, how often it comes back, its priority, its schedule and an A/B holdout.
 */
export function AudiencePanel(props: {
  projectId: string;
  guideId: string;
  targeting: Targeting | undefined;
  editable: boolean;
  onChange: (t: Targeting) => void;
  pickInApp: PickInApp | null;
  /** The draft on screen is the saved one (element picks need the trigger saved first). */
  saved: boolean;
}) {
  const { t } = useI18n();
  const targeting = props.targeting ?? DEFAULT_TARGETING;
  const [segments, setSegments] = useState<Segment[]>([]);
  useEffect(() => {
    call(client.projects[':projectId'].segments.$get({ param: { projectId: props.projectId } })).then(
      (answer) => setSegments(answer.segments),
      () => setSegments([]),
    );
  }, [props.projectId]);

  return (
    <div class="card form audience">
      <h2>{t.audience.title}</h2>
      <p class="muted">{t.audience.intro}</p>
      <AudienceEditor projectId={props.projectId} audience={targeting.audience} editable={props.editable} segments={segments} onChange={(audience) => props.onChange({ ...targeting, audience })} />
      <StartRules guideId={props.guideId} targeting={targeting} editable={props.editable} onChange={props.onChange} pickInApp={props.pickInApp} saved={props.saved} />
      <SchedulePicker schedule={targeting.schedule} editable={props.editable} onChange={(schedule) => props.onChange({ ...targeting, schedule })} />
      <SplitSettings projectId={props.projectId} targeting={targeting} editable={props.editable} onChange={props.onChange} />
    </div>
  );
}

/** When a guide may start: from and until, in the viewer's local time; either may stay open. */
function SchedulePicker(props: { schedule: Schedule | undefined; editable: boolean; onChange: (s: Schedule | undefined) => void }) {
  const { t } = useI18n();
  const set = (field: 'startsAt' | 'endsAt', value: string) => {
    const next: Schedule = { ...props.schedule, [field]: isoOfLocalInput(value) };
    if (!next.startsAt) delete next.startsAt;
    if (!next.endsAt) delete next.endsAt;
    props.onChange(next.startsAt || next.endsAt ? next : undefined);
  };
  const backwards = props.schedule?.startsAt && props.schedule.endsAt && props.schedule.startsAt >= props.schedule.endsAt;
  return (
    <div class="schedule">
      <h3>{t.audience.scheduleTitle}</h3>
      <div class="grid-2">
        <label class="field">
          <span>{t.audience.from}</span>
          <input type="datetime-local" readOnly={!props.editable} value={localInputOf(props.schedule?.startsAt)} onInput={(e) => set('startsAt', (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>{t.audience.until}</span>
          <input type="datetime-local" readOnly={!props.editable} value={localInputOf(props.schedule?.endsAt)} onInput={(e) => set('endsAt', (e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {backwards && (
        <p class="field-error" role="alert">
          {t.audience.backwards}
        </p>
      )}
    </div>
  );
}
