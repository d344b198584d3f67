import type { ConsoleGuide, ConsoleGuideVersion, ConsoleProject, ConsoleUser } from '@shirube/server/types';
import { ADVANCE_MODES, PLACEMENTS, type BuilderPick, type Placement, type Step } from '@shirube/schema';
import { guideFormat, localizeStep, untranslatedSteps } from '@shirube/core';
import { describeTarget } from '@shirube/sdk/authoring';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { ContentEditor } from '../components/content-editor.js';
import { AudiencePanel } from '../components/audience-panel.js';
import { FormatBadge } from '../components/new-guide-dialog.js';
import { BannerFields, HotspotVisibilityField } from '../components/step-format-fields.js';
import { RulesPanel, ThemePanel, VersionsPanel } from '../components/guide-panels.js';
import { HelpLauncherToggle } from '../components/help-launcher-toggle.js';
import { OnboardingToggle } from '../components/onboarding-toggle.js';
import { ChecklistEditor } from '../components/checklist-editor.js';
import { ChecklistResults } from '../components/checklist-results.js';
import { PickInAppButton, type PickInApp } from '../components/pick-in-app.js';
import { starterChecklist } from '../checklist-draft.js';
import { useWalkthroughs } from '../use-walkthroughs.js';
import { StepPreview } from '../components/step-preview.js';
import { StepList } from '../components/step-list.js';
import { TranslationBar } from '../components/translation-bar.js';
import { ChecklistTranslationForm, NameTranslationField, StepTranslationForm } from '../components/translation-forms.js';
import { untranslatedTasks, withoutTranslation, withTranslation } from '../translation-draft.js';
import { Badge, Button, Confirm, Empty, ErrorNote, Field, Loading, onTabListKeyDown } from '../components/ui.js';
import { dateTime, relativeTime } from '../format.js';
import { bannerStep, withKind } from '../guide-templates.js';
import { useI18n } from '../i18n/i18n.js';
import { uniqueId } from '../reorder.js';
import { ALL_USERS, href } from '../route.js';

type Draft = Pick<ConsoleGuide, 'name' | 'steps' | 'displayRules' | 'theme' | 'targeting' | 'hotspotVisibility' | 'helpLauncher' | 'checklist' | 'defaultLocale' | 'translations'>;
type Tab = 'steps' | 'tasks' | 'rules' | 'theme' | 'versions' | 'results';
type Pending = { kind: 'publish' } | { kind: 'delete-step'; index: number } | { kind: 'rollback'; version: number } | null;

const draftOf = (g: ConsoleGuide): Draft => ({
  name: g.name,
  steps: g.steps,
  displayRules: g.displayRules,
  theme: g.theme,
  targeting: g.targeting,
  hotspotVisibility: g.hotspotVisibility,
  helpLauncher: g.helpLauncher,
  defaultLocale: g.defaultLocale,
  translations: g.translations,
  ...(g.checklist && { checklist: g.checklist }),
});

/** Editing a guide's draft; publishing makes it live, a version at a time. */
export function GuideEditorPage(props: { project: ConsoleProject; guideId: string; me: ConsoleUser; /** A step to open at, by id (from a health check's "Re-pick element"). */ step?: string }) {
  const param = { projectId: props.project.id, id: props.guideId };
  const editable = props.me.role !== 'viewer';
  const { t, locale: formatLocale } = useI18n();
  const [guide, setGuide] = useState<ConsoleGuide | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [selected, setSelected] = useState(0);
  const [tab, setTab] = useState<Tab>('steps');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [versions, setVersions] = useState<ConsoleGuideVersion[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [appUrl, setAppUrl] = useState(() => localStorage.getItem(`app-url:${props.project.id}`) ?? (props.project.allowedOrigins[0] ? `${props.project.allowedOrigins[0]}/` : ''));
  const [testAddress, setTestAddress] = useState('');
  /** The translation being edited; null for the original. */
  const [editLocale, setEditLocale] = useState<string | null>(null);
  const isChecklist = guide?.kind === 'checklist';
  const walkthroughs = useWalkthroughs(props.project.id, isChecklist);

  const loaded = (g: ConsoleGuide) => {
    setGuide(g);
    setDraft(draftOf(g));
    setDirty(false);
    const at = g.steps.findIndex((s) => s.id === props.step);
    if (at >= 0) setSelected(at);
  };
  const load = () => call(client.projects[':projectId'].guides[':id'].$get({ param })).then(loaded).catch((f: Error) => setError(f.message));
  const loadVersions = () => call(client.projects[':projectId'].guides[':id'].versions.$get({ param })).then((a) => setVersions(a.versions));
  useEffect(() => {
    void load();
    void loadVersions().catch(() => undefined);
  }, [props.guideId]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => dirty && e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  // The builder tab reports a save: accepted only from the exact origin it was opened on.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      let origin: string | null = null;
      try {
        origin = new URL(appUrl).origin;
      } catch {
        return;
      }
      const data = event.data as { type?: string; guideId?: string } | null;
      if (event.origin !== origin || data?.type !== 'shirube:builder-saved' || data.guideId !== props.guideId) return;
      setNotice(t.editor.builderSaved);
      void load();
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [appUrl, props.guideId]);

  if (error && !guide) return <ErrorNote message={error} onRetry={load} />;
  if (!guide || !draft) return <Loading label={t.editor.loading} />;

  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setDirty(true);
    setNotice(null);
  };
  const setStep = (index: number, step: Step) => change({ steps: draft.steps.map((s, i) => (i === index ? step : s)) });
  const run = async (label: string, fn: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await fn();
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : t.signIn.failed);
    }
    setBusy(null);
  };
  const save = () =>
    run('save', async () => {
      loaded(await call(client.projects[':projectId'].guides[':id'].$patch({ param, json: draft })));
      setNotice(t.editor.saved);
    });
  const publish = () =>
    run('publish', async () => {
      setPending(null);
      if (dirty) loaded(await call(client.projects[':projectId'].guides[':id'].$patch({ param, json: draft })));
      const answer = await call(client.projects[':projectId'].guides[':id'].publish.$post({ param }));
      loaded(answer.guide);
      setNotice(t.editor.published(answer.version));
      await loadVersions();
    });
  const rollback = (version: number) =>
    run('rollback', async () => {
      setPending(null);
      const answer = await call(client.projects[':projectId'].guides[':id'].rollback.$post({ param, json: { version } }));
      loaded(answer.guide);
      setNotice(t.editor.rolledBack(version, answer.version));
      await loadVersions();
    });
  /** Opens the app with the builder: to edit the steps, or in pick mode for one element of the draft. */
  const openBuilder = (pick?: BuilderPick) =>
    run(pick ? `pick ${pick.field}` : 'builder', async () => {
      localStorage.setItem(`app-url:${props.project.id}`, appUrl);
      if (dirty) loaded(await call(client.projects[':projectId'].guides[':id'].$patch({ param, json: draft })));
      const { url } = await call(client.projects[':projectId'].guides[':id']['builder-token'].$post({ param, json: { appUrl, ...(pick && { pick }) } }));
      window.open(url, '_blank');
    });
  const pickInApp: PickInApp | null = appUrl.trim() ? (pick) => void openBuilder(pick) : null;
  const addStep = (kind: Step['kind']) => {
    const id = uniqueId('step', new Set(draft.steps.map((s) => s.id)));
    const step: Step =
      kind === 'banner'
        ? bannerStep(id, t)
        : kind === 'modal'
        ? { id, kind: 'modal', title: t.editor.newStep, content: [{ type: 'paragraph', children: [{ type: 'text', text: t.editor.newModalText }] }], advance: 'next', placement: 'auto' }
        : ({ id, kind: 'tooltip', title: t.editor.newStep, content: [{ type: 'paragraph', children: [{ type: 'text', text: t.editor.newTooltipText }] }], advance: 'next', placement: 'auto' } as unknown as Step);
    change({ steps: [...draft.steps, step] });
    setSelected(draft.steps.length);
  };
  const duplicate = (index: number) => {
    const step = draft.steps[index]!;
    const copy = { ...step, id: uniqueId(step.id, new Set(draft.steps.map((s) => s.id))), title: t.editor.copyOf(step.title) };
    change({ steps: [...draft.steps.slice(0, index + 1), copy, ...draft.steps.slice(index + 1)] });
    setSelected(index + 1);
  };
  const removeStep = (index: number) => {
    setPending(null);
    change({ steps: draft.steps.filter((_, i) => i !== index) });
    setSelected(Math.max(0, index - 1));
  };

  const step = draft.steps[selected];
  const locale = editLocale !== null && draft.translations[editLocale] ? editLocale : null;
  const translation = locale === null ? undefined : draft.translations[locale];
  const setTranslation = (next: NonNullable<typeof translation>) => locale !== null && change({ translations: withTranslation(draft.translations, locale, () => next) });
  const missingIn = (tag: string) => (isChecklist ? untranslatedTasks(draft.checklist, draft.translations[tag]) : untranslatedSteps(draft.steps, draft.translations[tag]));
  const translationBar = (isChecklist ? draft.checklist : draft.steps.length > 0) && (
    <>
      <TranslationBar
        defaultLocale={draft.defaultLocale}
        translations={draft.translations}
        active={locale}
        missing={(tag) => missingIn(tag).length}
        editable={editable}
        onActive={setEditLocale}
        onAdd={(tag) => (change({ translations: { ...draft.translations, [tag]: {} } }), setEditLocale(tag))}
        onRemove={(tag) => (change({ translations: withoutTranslation(draft.translations, tag) }), setEditLocale(null))}
        onDefaultLocale={(defaultLocale) => change({ defaultLocale })}
      />
      {translation && guide.helpLauncher && (
        <div class="card form">
          <NameTranslationField name={draft.name} translation={translation} editable={editable} onChange={setTranslation} />
        </div>
      )}
    </>
  );
  // A checklist has tasks where a walkthrough has steps.
  const current: Tab = isChecklist && tab === 'steps' ? 'tasks' : tab;
  const live = guide.status === 'published' && guide.version > 0;
  const hotspots = guide.kind === 'hotspots';
  return (
    <section class="page editor">
      <nav class="crumbs" aria-label={t.editor.breadcrumb}>
        <a href={href({ page: 'guides', projectId: props.project.id })}>{t.guides.title}</a> / <span>{draft.name}</span>
      </nav>
      <header class="editor-head">
        {/* The page's heading for screen readers; sighted users read the name in its field. */}
        <h1 class="sr-only">{draft.name}</h1>
        <div class="editor-title">
          <input class="title-input" aria-label={t.editor.name} value={draft.name} readOnly={!editable} onInput={(e) => change({ name: (e.target as HTMLInputElement).value })} />
          <div class="sub">
            <FormatBadge format={guideFormat(guide.kind, draft.steps)} /> {live ? <Badge tone="green">{t.editor.liveVersion(guide.version)}</Badge> : <Badge tone="gray">{t.editor.neverPublished}</Badge>}{' '}
            {dirty ? <span class="dirty">● {t.editor.unsaved}</span> : <span title={dateTime(guide.updatedAt, formatLocale)}>{t.editor.edited(relativeTime(guide.updatedAt, Date.now(), formatLocale), guide.updatedBy?.name)}</span>}
          </div>
        </div>
        <div class="editor-actions">
          {live && !isChecklist && (
            <a class="btn btn-secondary" href={href({ page: 'guide-analytics', projectId: props.project.id, guideId: props.guideId, query: ALL_USERS })}>
              {t.guides.analytics}
            </a>
          )}
          {editable && (
            <>
              <Button onClick={save} busy={busy === 'save'} disabled={!dirty}>
                {t.editor.saveDraft}
              </Button>
              <Button variant="primary" onClick={() => setPending({ kind: 'publish' })} busy={busy === 'publish'} disabled={isChecklist ? !draft.checklist?.tasks.length : draft.steps.length === 0} title={isChecklist && !draft.checklist?.tasks.length ? t.checklist.publishNeedsTask : undefined}>
                {t.editor.publish}
              </Button>
            </>
          )}
        </div>
      </header>
      <OnboardingToggle projectId={props.project.id} guideId={props.guideId} onboarding={guide.onboarding} editable={editable} onChanged={(onboarding) => setGuide({ ...guide, onboarding })} />
      {error && <ErrorNote message={error} />}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {editable && (
        <div class="card builder-bar">
          <Field id="app-url" label={t.editor.editInYourApp} hint={t.editor.editInYourAppHint}>
            <div class="inline">
              <input id="app-url" value={appUrl} placeholder="https://app.example.com/" onInput={(e) => setAppUrl((e.target as HTMLInputElement).value)} />
              <Button onClick={() => openBuilder()} busy={busy === 'builder'} disabled={!appUrl}>
                {t.editor.editInApp}
              </Button>
            </div>
          </Field>
        </div>
      )}
      <div class="tabs" role="tablist" aria-label={t.guides.guide} onKeyDown={onTabListKeyDown}>
        {(isChecklist ? (['tasks', 'rules', 'theme', 'versions', 'results'] as const) : (['steps', 'rules', 'theme', 'versions'] as const)).map((name) => (
          <button type="button" role="tab" aria-selected={current === name} tabIndex={current === name ? 0 : -1} onClick={() => setTab(name)}>
            {{ steps: t.editor.steps, tasks: t.checklist.tasksTab, rules: t.editor.whereAndWho, theme: t.editor.look, versions: t.panels.versions, results: t.checklist.resultsTab }[name]}
          </button>
        ))}
      </div>
      {(current === 'tasks' || current === 'steps') && translationBar}
      {current === 'tasks' && translation && draft.checklist && <ChecklistTranslationForm checklist={draft.checklist} defaultLocale={draft.defaultLocale} translation={translation} editable={editable} onChange={setTranslation} />}
      {current === 'tasks' && !translation && (
        <ChecklistEditor
          projectId={props.project.id}
          checklist={draft.checklist ?? starterChecklist(t.checklist.starterTitle)}
          saved={guide.checklist}
          dirty={dirty}
          editable={editable}
          walkthroughs={walkthroughs}
          pickInApp={pickInApp}
          onChange={(checklist) => change({ checklist })}
        />
      )}
      {current === 'results' && <ChecklistResults projectId={props.project.id} guideId={props.guideId} />}
      {current === 'steps' && hotspots && (
        <HotspotVisibilityField value={draft.hotspotVisibility} editable={editable} onChange={(hotspotVisibility) => change({ hotspotVisibility })} />
      )}
      {current === 'steps' &&
        (draft.steps.length === 0 && hotspots ? (
          <Empty title={t.steps.addFirstHotspot} action={editable && <Button onClick={() => addStep('tooltip')}>{t.steps.addHotspot}</Button>}>
            {t.steps.hotspotsEmpty}
          </Empty>
        ) : draft.steps.length === 0 ? (
          <Empty
            title={t.editor.noSteps}
            action={
              editable && (
                <div class="inline">
                  <Button variant="primary" onClick={() => addStep('tooltip')}>
                    {t.editor.addTooltip}
                  </Button>
                  <Button onClick={() => addStep('modal')}>{t.editor.addModal}</Button>
                  <Button onClick={() => addStep('banner')}>{t.steps.addBanner}</Button>
                </div>
              )
            }
          >
            {t.editor.noStepsText}
          </Empty>
        ) : (
          <div class="steps-layout">
            <div class="card steps-column">
              <StepList steps={draft.steps} selected={selected} editable={editable && !translation} missing={locale === null ? undefined : missingIn(locale)} onSelect={setSelected} onReorder={(steps, at) => (change({ steps }), setSelected(at))} />
              {editable && !translation && (
                <div class="step-list-actions">
                  {hotspots ? (
                    <Button onClick={() => addStep('tooltip')}>{t.steps.addHotspot}</Button>
                  ) : (
                    <>
                      <Button onClick={() => addStep('tooltip')}>+ {t.editor.stepKinds.tooltip}</Button>
                      <Button onClick={() => addStep('modal')}>+ {t.editor.stepKinds.modal}</Button>
                      <Button onClick={() => addStep('banner')}>{t.steps.addBanner}</Button>
                    </>
                  )}
                </div>
              )}
            </div>
            {step && translation && locale !== null && (
              <StepTranslationForm step={step} index={selected} total={draft.steps.length} locale={locale} defaultLocale={draft.defaultLocale} translation={translation} editable={editable} onChange={setTranslation} />
            )}
            {step && !translation && (
              <div class="card step-form" aria-label={t.editor.step(selected + 1)}>
                <div class="row">
                  <h2>{t.editor.stepOf(selected + 1, draft.steps.length)}</h2>
                  {editable && (
                    <div class="inline">
                      <Button variant="ghost" onClick={() => duplicate(selected)}>
                        {t.editor.duplicate}
                      </Button>
                      <Button variant="ghost" onClick={() => setPending({ kind: 'delete-step', index: selected })}>
                        {t.editor.delete}
                      </Button>
                    </div>
                  )}
                </div>
                {hotspots ? (
                  <p class="muted">{t.steps.hotspotKind}</p>
                ) : (
                  <fieldset class="kind" disabled={!editable}>
                    <legend>{t.editor.kind}</legend>
                    {(['tooltip', 'modal', 'banner'] as const).map((kind) => (
                      <label>
                        <input type="radio" name="kind" checked={step.kind === kind} onChange={() => setStep(selected, withKind(step, kind))} />
                        {{ tooltip: t.editor.tooltipKind, modal: t.editor.modalKind, banner: t.steps.banner }[kind]}
                      </label>
                    ))}
                  </fieldset>
                )}
                <Field id="step-title" label={t.editor.title}>
                  <input id="step-title" value={step.title} readOnly={!editable} onInput={(e) => setStep(selected, { ...step, title: (e.target as HTMLInputElement).value })} />
                </Field>
                <Field id="step-body" label={t.editor.content}>
                  <ContentEditor id="step-body" key={step.id} content={step.content} editable={editable} onChange={(content) => setStep(selected, { ...step, content })} />
                </Field>
                {step.kind === 'banner' ? (
                  <BannerFields step={step} editable={editable} onChange={(next) => setStep(selected, next)} />
                ) : (
                  <div class="grid-2">
                    <Field id="step-placement" label={t.editor.placement}>
                      <select id="step-placement" disabled={!editable} value={step.placement} onChange={(e) => setStep(selected, { ...step, placement: (e.target as HTMLSelectElement).value as Placement })}>
                        {PLACEMENTS.map((p) => (
                          <option value={p}>{p === 'auto' ? t.editor.automatic : t.editor.placements[p]}</option>
                        ))}
                      </select>
                    </Field>
                    {!hotspots && (
                    <Field id="step-advance" label={t.editor.movesOn}>
                      <select id="step-advance" disabled={!editable || step.kind === 'modal'} value={step.advance} onChange={(e) => setStep(selected, { ...step, advance: (e.target as HTMLSelectElement).value as Step['advance'] })}>
                        {ADVANCE_MODES.map((mode) => (
                          <option value={mode}>{t.editor.advance[mode]}</option>
                        ))}
                      </select>
                    </Field>
                    )}
                  </div>
                )}
                <Field id="step-page" label={t.editor.page} hint={t.editor.pageHint}>
                  <input
                    id="step-page"
                    placeholder="/reports/*"
                    value={step.page ?? ''}
                    readOnly={!editable}
                    onInput={(e) => {
                      const { page: _page, ...rest } = step;
                      const value = (e.target as HTMLInputElement).value;
                      setStep(selected, (value.trim() ? { ...rest, page: value } : rest) as Step);
                    }}
                  />
                </Field>
                <div class="target">
                  <span class="label">{t.checklist.element}</span>
                  {step.target ? (
                    <span>
                      {describeTarget(step.target).kind} <strong>“{describeTarget(step.target).name ?? t.editor.withoutWords}”</strong>
                      {step.target.heading && <span class="sub"> {t.editor.inHeading(step.target.heading)}</span>}
                    </span>
                  ) : (
                    <span class="muted">{step.kind === 'modal' ? t.editor.modalNoElement : step.kind === 'banner' ? t.steps.noElement : t.editor.notPicked}</span>
                  )}
                  {editable && step.kind === 'tooltip' && (
                    <PickInAppButton
                      field={`/steps/${selected}/target`}
                      label={step.title ? `${t.editor.step(selected + 1)}: ${step.title}` : t.editor.step(selected + 1)}
                      pickInApp={pickInApp}
                      picked={step.target !== undefined}
                      saved={guide.steps[selected]?.id === step.id && !dirty}
                      busy={busy === `pick /steps/${selected}/target`}
                    />
                  )}
                </div>
                {step.target && (
                  <details class="advanced">
                    <summary>{t.editor.advanced}</summary>
                    <label class="field">
                      <span>{t.editor.capturedJson}</span>
                      <textarea readOnly rows={6} value={JSON.stringify(step.target, null, 2)} />
                    </label>
                  </details>
                )}
              </div>
            )}
            {step && (
              <div class="preview-column">
                <h2 class="preview-label">{t.editor.preview}</h2>
                <StepPreview
                  step={localizeStep(step, translation)}
                  index={selected}
                  total={draft.steps.length}
                  guideName={translation?.name || draft.name}
                  theme={draft.theme}
                  hotspot={hotspots}
                  lang={locale ?? draft.defaultLocale}
                />
              </div>
            )}
          </div>
        ))}
      {current === 'rules' && (
        <>
          <RulesPanel rules={draft.displayRules} editable={editable} address={testAddress} onAddress={setTestAddress} onChange={(displayRules) => change({ displayRules })} />
          <AudiencePanel
            key={guide.id}
            projectId={props.project.id}
            guideId={guide.id}
            targeting={draft.targeting}
            editable={editable}
            onChange={(targeting) => change({ targeting })}
            pickInApp={pickInApp}
            saved={!dirty}
          />
          {guide.kind === 'walkthrough' && <HelpLauncherToggle projectId={props.project.id} checked={draft.helpLauncher} editable={editable} onChange={(helpLauncher) => change({ helpLauncher })} />}
        </>
      )}
      {current === 'theme' && <ThemePanel theme={draft.theme} editable={editable} onChange={(theme) => change({ theme })} />}
      {current === 'versions' && <VersionsPanel versions={versions} current={guide.version} live={live} editable={editable} onRollback={(version) => setPending({ kind: 'rollback', version })} />}
      {pending?.kind === 'publish' && (
        <Confirm title={t.editor.publishTitle} confirmLabel={t.editor.publish} onConfirm={publish} onCancel={() => setPending(null)}>
          {t.editor.publishText(guide.version + 1, dirty)}
        </Confirm>
      )}
      {pending?.kind === 'delete-step' && (
        <Confirm title={t.editor.deleteTitle(pending.index + 1)} confirmLabel={t.editor.deleteStep} danger onConfirm={() => removeStep(pending.index)} onCancel={() => setPending(null)}>
          {t.editor.deleteText}
        </Confirm>
      )}
      {pending?.kind === 'rollback' && (
        <Confirm title={t.editor.rollbackTitle(pending.version)} confirmLabel={t.editor.rollback} onConfirm={() => rollback(pending.version)} onCancel={() => setPending(null)}>
          {t.editor.rollbackText}
        </Confirm>
      )}
    </section>
  );
}
