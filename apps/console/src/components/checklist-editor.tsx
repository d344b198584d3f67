import type { Checklist, ChecklistTask } from '@shirube/schema';
import { newTask } from '../checklist-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { moveItem } from '../reorder.js';
import { useTrackEventNames } from '../use-track-event-names.js';
import { TraitSuggestions } from './audience-editor.js';
import { ChecklistTaskForm } from './checklist-task-form.js';
import type { PickInApp } from './pick-in-app.js';
import { Button, Empty, Field } from './ui.js';

/**
 * A checklist's authoring: the widget's title, description and what happens when every task is
 * done, then the tasks in order.
 */
export function ChecklistEditor(props: {
  projectId: string;
  checklist: Checklist;
  /** The checklist as last saved: a task's element can be picked once the task is saved. */
  saved: Checklist | undefined;
  dirty: boolean;
  editable: boolean;
  walkthroughs: ReadonlyArray<{ id: string; name: string }>;
  pickInApp: PickInApp | null;
  onChange: (checklist: Checklist) => void;
}) {
  const { t } = useI18n();
  const { checklist, editable } = props;
  const eventNames = useTrackEventNames(props.projectId);
  const set = (patch: Partial<Checklist>) => props.onChange({ ...checklist, ...patch });
  const setTasks = (tasks: ChecklistTask[]) => set({ tasks });
  const { description: _description, ...withoutDescription } = checklist;
  const toggle = (key: 'celebrate' | 'hide') => (
    <label class="check">
      <input type="checkbox" disabled={!editable} checked={checklist.onComplete[key]} onChange={(e) => set({ onComplete: { ...checklist.onComplete, [key]: (e.target as HTMLInputElement).checked } })} />
      {t.checklist[key]}
    </label>
  );
  return (
    <div class="checklist-editor">
      <TraitSuggestions projectId={props.projectId} />
      <datalist id="checklist-event-names">{eventNames.map((name) => <option value={name} />)}</datalist>
      <div class="card form">
        <h2>{t.checklist.widget}</h2>
        <Field id="checklist-title" label={t.checklist.title}>
          <input id="checklist-title" value={checklist.title} readOnly={!editable} onInput={(e) => set({ title: (e.target as HTMLInputElement).value })} />
        </Field>
        <Field id="checklist-description" label={t.checklist.description}>
          <textarea
            id="checklist-description"
            rows={2}
            value={checklist.description ?? ''}
            readOnly={!editable}
            onInput={(e) => {
              const value = (e.target as HTMLTextAreaElement).value;
              props.onChange(value.trim() ? { ...checklist, description: value } : withoutDescription);
            }}
          />
        </Field>
        {toggle('celebrate')}
        {toggle('hide')}
      </div>
      <div class="row">
        <div>
          <h2>{t.checklist.tasks}</h2>
          <p class="muted">{t.checklist.tasksHint}</p>
        </div>
        {editable && checklist.tasks.length < 20 && <Button onClick={() => setTasks([...checklist.tasks, newTask(checklist.tasks, t.checklist.newTask)])}>{t.checklist.addTask}</Button>}
      </div>
      {checklist.tasks.length === 0 ? (
        <Empty title={t.checklist.tasks}>{t.checklist.noTasks}</Empty>
      ) : (
        <ol class="checklist-tasks">
          {checklist.tasks.map((task, index) => (
            <ChecklistTaskForm
              key={task.id}
              task={task}
              index={index}
              count={checklist.tasks.length}
              editable={editable}
              walkthroughs={props.walkthroughs}
              pickInApp={props.pickInApp}
              saved={!props.dirty && props.saved?.tasks[index]?.id === task.id}
              onChange={(next) => setTasks(checklist.tasks.map((other, i) => (i === index ? next : other)))}
              onMove={(to) => setTasks(moveItem(checklist.tasks, index, to))}
              onRemove={() => setTasks(checklist.tasks.filter((_, i) => i !== index))}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
