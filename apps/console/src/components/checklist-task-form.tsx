import type { JSX } from 'preact';
import { TASK_COMPLETION_TYPES, type ChecklistTask, type TaskCompletion, type TaskCompletionType } from '@shirube/schema';
import { describeTarget } from '@shirube/sdk/authoring';
import { useState } from 'preact/hooks';
import { conditionOf, rowOf, withSource, type ConditionRow } from '../audience-rows.js';
import { ruleOfType } from '../checklist-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { testUrl } from '../url-tester.js';
import { TraitFields } from './audience-editor.js';
import { PickInAppButton, type PickInApp } from './pick-in-app.js';
import { Button, Field } from './ui.js';

export interface TaskFormProps {
  task: ChecklistTask;
  index: number;
  count: number;
  editable: boolean;
  /** The project's walkthroughs, for the launch button and "completes a walkthrough". */
  walkthroughs: ReadonlyArray<{ id: string; name: string }>;
  pickInApp: PickInApp | null;
  /** The task is in the saved draft, so its element can be picked. */
  saved: boolean;
  onChange: (task: ChecklistTask) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One task of a checklist: its words, the walkthrough its button starts and what completes it. */
export function ChecklistTaskForm(props: TaskFormProps) {
  const { t } = useI18n();
  const { task, index, editable } = props;
  const id = `task-${index}`;
  const n = index + 1;
  const setRule = (completeWhen: TaskCompletion) => props.onChange({ ...task, completeWhen });
  const optional = (key: 'description' | 'guideId', value: string) => {
    const { [key]: _old, ...rest } = task;
    props.onChange(value.trim() ? { ...rest, [key]: value } : rest);
  };
  const guideOptions = (empty: string) => [
    <option value="">{empty}</option>,
    ...props.walkthroughs.map((g) => <option value={g.id}>{g.name}</option>),
  ];
  return (
    <li class="card checklist-task" aria-label={t.checklist.task(n)}>
      <div class="row">
        <h3>{t.checklist.task(n)}</h3>
        {editable && (
          <div class="inline">
            <Button variant="ghost" aria-label={t.checklist.moveUp(n)} disabled={index === 0} onClick={() => props.onMove(index - 1)}>
              ↑
            </Button>
            <Button variant="ghost" aria-label={t.checklist.moveDown(n)} disabled={index === props.count - 1} onClick={() => props.onMove(index + 1)}>
              ↓
            </Button>
            <Button variant="ghost" aria-label={t.checklist.remove(n)} onClick={props.onRemove}>
              {t.checklist.removeShort}
            </Button>
          </div>
        )}
      </div>
      <div class="grid-2">
        <Field id={`${id}-title`} label={t.checklist.taskTitle}>
          <input id={`${id}-title`} value={task.title} readOnly={!editable} onInput={(e) => props.onChange({ ...task, title: (e.target as HTMLInputElement).value })} />
        </Field>
        <Field id={`${id}-description`} label={t.checklist.taskDescription}>
          <input id={`${id}-description`} value={task.description ?? ''} readOnly={!editable} onInput={(e) => optional('description', (e.target as HTMLInputElement).value)} />
        </Field>
        <Field id={`${id}-type`} label={t.checklist.doneWhen}>
          <select id={`${id}-type`} disabled={!editable} value={task.completeWhen.type} onChange={(e) => setRule(ruleOfType(task.completeWhen, (e.target as HTMLSelectElement).value as TaskCompletionType))}>
            {TASK_COMPLETION_TYPES.map((type) => (
              <option value={type}>{t.checklist.types[type]}</option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-launch`} label={t.checklist.launch}>
          <select id={`${id}-launch`} disabled={!editable} value={task.guideId ?? ''} onChange={(e) => optional('guideId', (e.target as HTMLSelectElement).value)}>
            {guideOptions(t.checklist.noLaunch)}
          </select>
        </Field>
      </div>
      <RuleFields {...props} id={id} setRule={setRule} guideOptions={guideOptions(t.checklist.chooseGuide)} />
    </li>
  );
}

/** The fields of the task's completion rule, by type. */
function RuleFields(props: TaskFormProps & { id: string; setRule: (rule: TaskCompletion) => void; guideOptions: JSX.Element[] }) {
  const { t } = useI18n();
  const { id, editable, setRule } = props;
  const rule = props.task.completeWhen;
  const [address, setAddress] = useState('');
  const [row, setRow] = useState<ConditionRow>(() => (rule.type === 'trait_matches' ? rowOf(rule.condition) : { source: 'user', trait: '', op: 'exists', value: '' }));
  switch (rule.type) {
    case 'page_visited': {
      const tested = testUrl({ urlPatterns: [rule.urlPattern] }, address);
      return (
        <div class="grid-2">
          <Field id={`${id}-url`} label={t.checklist.urlPattern} hint={t.checklist.urlHint}>
            <input id={`${id}-url`} placeholder="/reports/*" value={rule.urlPattern} readOnly={!editable} onInput={(e) => setRule({ ...rule, urlPattern: (e.target as HTMLInputElement).value })} />
          </Field>
          <Field id={`${id}-test`} label={t.checklist.testAddress} hint={tested && (tested.shows ? `✓ ${t.checklist.matches}` : `✗ ${t.checklist.noMatch}`)}>
            <input id={`${id}-test`} placeholder="/reports/42" value={address} onInput={(e) => setAddress((e.target as HTMLInputElement).value)} />
          </Field>
        </div>
      );
    }
    case 'event_tracked':
      return (
        <Field id={`${id}-event`} label={t.checklist.eventName} hint={t.checklist.eventHint}>
          <input id={`${id}-event`} list="checklist-event-names" placeholder="report_submitted" value={rule.name} readOnly={!editable} onInput={(e) => setRule({ ...rule, name: (e.target as HTMLInputElement).value })} />
        </Field>
      );
    case 'guide_completed':
      return (
        <Field id={`${id}-guide`} label={t.checklist.guide}>
          <select id={`${id}-guide`} disabled={!editable} value={rule.guideId} onChange={(e) => setRule({ ...rule, guideId: (e.target as HTMLSelectElement).value })}>
            {props.guideOptions}
          </select>
        </Field>
      );
    case 'element_clicked': {
      const described = rule.target && describeTarget(rule.target);
      return (
        <div class="target">
          <span class="label">{t.checklist.element}</span>
          {described ? <span>{t.checklist.elementPicked(`${described.kind} “${described.name ?? '…'}”`)}</span> : <span class="muted">{t.checklist.elementMissing}</span>}
          {editable && (
            <PickInAppButton field={`/checklist/tasks/${props.index}/completeWhen/target`} label={t.checklist.pickLabel(props.task.title)} pickInApp={props.pickInApp} picked={!!rule.target} saved={props.saved} />
          )}
        </div>
      );
    }
    case 'trait_matches': {
      const result = conditionOf(row);
      const change = (edit: (row: ConditionRow) => ConditionRow) => {
        const next = edit(row);
        setRow(next);
        const parsed = conditionOf(next);
        if ('condition' in parsed && parsed.condition.source !== 'segment') setRule({ ...rule, condition: parsed.condition });
      };
      return (
        <div class="conditions">
          <div class="inline">
            <select aria-label={t.audience.whose} disabled={!editable} value={row.source} onChange={(e) => change((r) => withSource(r, (e.target as HTMLSelectElement).value as 'user' | 'account'))}>
              <option value="user">{t.audience.user}</option>
              <option value="account">{t.audience.account}</option>
            </select>
            <TraitFields row={row} editable={editable} onChange={change} />
          </div>
          {'error' in result && row.trait.trim() !== '' && (
            <p class="field-error" role="alert">
              {t.audience.errors[result.error]}
            </p>
          )}
        </div>
      );
    }
  }
}
