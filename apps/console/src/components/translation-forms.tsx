import type { Checklist, GuideTranslation, Step } from '@shirube/schema';
import { useI18n } from '../i18n/i18n.js';
import { languageName, withChecklistText, withStepText } from '../translation-draft.js';
import { ContentEditor } from './content-editor.js';
import { Field } from './ui.js';

/** The translatable strings of one step in one language, next to the original. */
export function StepTranslationForm(props: {
  step: Step;
  index: number;
  total: number;
  locale: string;
  defaultLocale: string;
  translation: GuideTranslation;
  editable: boolean;
  onChange: (translation: GuideTranslation) => void;
}) {
  const { t } = useI18n();
  const { step } = props;
  const text = props.translation.steps?.[step.id];
  const original = t.translation.original(languageName(props.defaultLocale));
  return (
    <div class="card step-form" aria-label={t.editor.step(props.index + 1)} lang={props.locale}>
      <h2>{t.editor.stepOf(props.index + 1, props.total)}</h2>
      <p class="muted">{t.translation.shared}</p>
      <Field id="step-title" label={t.editor.title} hint={`${original}: ${step.title || '—'}`}>
        <input
          id="step-title"
          value={text?.title ?? ''}
          placeholder={step.title}
          readOnly={!props.editable}
          onInput={(e) => props.onChange(withStepText(props.translation, step.id, { title: (e.target as HTMLInputElement).value }))}
        />
      </Field>
      <Field id="step-body" label={t.editor.content} hint={t.translation.fallbackHint}>
        <ContentEditor
          id="step-body"
          key={`${props.locale}:${step.id}`}
          content={text?.content ?? []}
          editable={props.editable}
          onChange={(content) => props.onChange(withStepText(props.translation, step.id, { content }))}
        />
      </Field>
    </div>
  );
}

/** The guide name users see in the help launcher, in one language. */
export function NameTranslationField(props: { name: string; translation: GuideTranslation; editable: boolean; onChange: (translation: GuideTranslation) => void }) {
  const { t } = useI18n();
  return (
    <Field id="translated-name" label={t.translation.name} hint={t.translation.fallbackHint}>
      <input
        id="translated-name"
        value={props.translation.name ?? ''}
        placeholder={props.name}
        readOnly={!props.editable}
        onInput={(e) => props.onChange({ ...props.translation, name: (e.target as HTMLInputElement).value || undefined })}
      />
    </Field>
  );
}

/** A checklist's title and task titles in one language, each next to its original. */
export function ChecklistTranslationForm(props: { checklist: Checklist; defaultLocale: string; translation: GuideTranslation; editable: boolean; onChange: (translation: GuideTranslation) => void }) {
  const { t } = useI18n();
  const originalIn = t.translation.original(languageName(props.defaultLocale));
  const field = (id: string, label: string, original: string, taskId: string | null, value: string | undefined) => (
    <Field id={id} label={label} hint={`${originalIn}: ${original}`}>
      <input id={id} value={value ?? ''} placeholder={original} readOnly={!props.editable} onInput={(e) => props.onChange(withChecklistText(props.translation, taskId, (e.target as HTMLInputElement).value))} />
    </Field>
  );
  return (
    <div class="card form" data-testid="checklist-translation">
      {field('translated-checklist-title', t.translation.checklistTitle, props.checklist.title, null, props.translation.checklist?.title)}
      {props.checklist.tasks.map((task, i) => field(`translated-task-${task.id}`, t.translation.taskTitle(i + 1), task.title, task.id, props.translation.checklist?.tasks?.[task.id]?.title))}
    </div>
  );
}
