import type { ConsoleGuide, ConsoleGuideVersion, ConsoleProject, ConsoleUser } from '@shirube/server/types';
import { ADVANCE_MODES, PLACEMENTS, type BuilderPick, type Placement, type Step } from '@shirube/schema';
import { guideFormat } from '@shirube/core';
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
import { Badge, Button, Confirm, Empty, ErrorNote, Field, Loading, onTabListKeyDown } from '../components/ui.js';
import { dateTime, relativeTime } from '../format.js';
import { bannerStep, withKind } from '../guide-templates.js';
import { useI18n } from '../i18n/i18n.js';
import { uniqueId } from '../reorder.js';
import { ALL_USERS, href } from '../route.js';

type Draft = Pick<ConsoleGuide, 'name' | 'steps' | 'displayRules' | 'theme' | 'targeting' | 'hotspotVisibility' | 'helpLauncher' | 'checklist'>;
type Tab = 'steps' | 'tasks' | 'rules' | 'theme' | 'versions' | 'results';
type Pending = { kind: 'publish' } | { kind: 'delete-step'; index: number } | { kind: 'rollback'; version: number } | null;

const ADVANCE_LABELS: Record<string, string> = { next: 'Next button', target_click: 'Click on the element', target_input: 'Typing in the element' };
const draftOf = (g: ConsoleGuide): Draft => ({
  name: g.name,
  steps: g.steps,
  displayRules: g.displayRules,
  theme: g.theme,
  targeting: g.targeting,
  hotspotVisibility: g.hotspotVisibility,
  helpLauncher: g.helpLauncher,
  ...(g.checklist && { checklist: g.checklist }),
});

/** Editing a guide's draft; publishing makes it live, a version at a time. */
export function GuideEditorPage(props: { project: ConsoleProject; guideId: string; me: ConsoleUser; /** A step to open at, by id (from a health check's "Re-pick element"). */ step?: string }) {
  const param = { projectId: props.project.id, id: props.guideId };
  const editable = props.me.role !== 'viewer';
  const { t } = useI18n();
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
      setNotice('The builder saved the draft: reloaded.');
      void load();
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [appUrl, props.guideId]);

  if (error && !guide) return <ErrorNote message={error} onRetry={load} />;
  if (!guide || !draft) return <Loading label="Loading the guide…" />;

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
      setError(failure instanceof ApiFailure ? failure.message : 'Something went wrong.');
    }
    setBusy(null);
  };
  const save = () =>
    run('save', async () => {
      loaded(await call(client.projects[':projectId'].guides[':id'].$patch({ param, json: draft })));
      setNotice('Draft saved. The live version is unchanged until you publish.');
    });
  const publish = () =>
    run('publish', async () => {
      setPending(null);
      if (dirty) loaded(await call(client.projects[':projectId'].guides[':id'].$patch({ param, json: draft })));
      const answer = await call(client.projects[':projectId'].guides[':id'].publish.$post({ param }));
      loaded(answer.guide);
      setNotice(`Version ${answer.version} is live.`);
      await loadVersions();
    });
  const rollback = (version: number) =>
    run('rollback', async () => {
      setPending(null);
      const answer = await call(client.projects[':projectId'].guides[':id'].rollback.$post({ param, json: { version } }));
      loaded(answer.guide);
      setNotice(`Version ${version} is live again, as version ${answer.version}.`);
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
        ? { id, kind: 'modal', title: 'New step', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Say what this step is about.' }] }], advance: 'next', placement: 'auto' }
        : ({ id, kind: 'tooltip', title: 'New step', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Point at an element in the app with Edit in app.' }] }], advance: 'next', placement: 'auto' } as unknown as Step);
    change({ steps: [...draft.steps, step] });
    setSelected(draft.steps.length);
  };
  const duplicate = (index: number) => {
    const step = draft.steps[index]!;
    const copy = { ...step, id: uniqueId(step.id, new Set(draft.steps.map((s) => s.id))), title: `${step.title} (copy)` };
    change({ steps: [...draft.steps.slice(0, index + 1), copy, ...draft.steps.slice(index + 1)] });
    setSelected(index + 1);
  };
  const removeStep = (index: number) => {
    setPending(null);
    change({ steps: draft.steps.filter((_, i) => i !== index) });
    setSelected(Math.max(0, index - 1));
  };

  const step = draft.steps[selected];
  // A checklist has tasks where a walkthrough has steps.
  const current: Tab = isChecklist && tab === 'steps' ? 'tasks' : tab;
  const live = guide.status === 'published' && guide.version > 0;
  const hotspots = guide.kind === 'hotspots';
  return (
    <section class="page editor">
      <nav class="crumbs" aria-label="Breadcrumb">
        <a href={href({ page: 'guides', projectId: props.project.id })}>Guides</a> / <span>{draft.name}</span>
      </nav>
      <header class="editor-head">
        <div class="editor-title">
          <input class="title-input" aria-label="Guide name" value={draft.name} readOnly={!editable} onInput={(e) => change({ name: (e.target as HTMLInputElement).value })} />
          <div class="sub">
            <FormatBadge format={guideFormat(guide.kind, draft.steps)} /> {live ? <Badge tone="green">Live: version {guide.version}</Badge> : <Badge tone="gray">Draft, never published</Badge>}{' '}
            {dirty ? <span class="dirty">● Unsaved changes</span> : <span title={dateTime(guide.updatedAt)}>Edited {relativeTime(guide.updatedAt)}{guide.updatedBy && ` by ${guide.updatedBy.name}`}</span>}
          </div>
        </div>
        <div class="editor-actions">
          {live && !isChecklist && (
            <a class="btn btn-secondary" href={href({ page: 'guide-analytics', projectId: props.project.id, guideId: props.guideId, query: ALL_USERS })}>
              Analytics
            </a>
          )}
          {editable && (
            <>
              <Button onClick={save} busy={busy === 'save'} disabled={!dirty}>
                Save draft
              </Button>
              <Button variant="primary" onClick={() => setPending({ kind: 'publish' })} busy={busy === 'publish'} disabled={isChecklist ? !draft.checklist?.tasks.length : draft.steps.length === 0} title={isChecklist && !draft.checklist?.tasks.length ? t.checklist.publishNeedsTask : undefined}>
                Publish
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
          <Field id="app-url" label="Edit in your app" hint="Opens your app with the builder: point at elements instead of writing selectors.">
            <div class="inline">
              <input id="app-url" value={appUrl} placeholder="https://app.example.com/" onInput={(e) => setAppUrl((e.target as HTMLInputElement).value)} />
              <Button onClick={() => openBuilder()} busy={busy === 'builder'} disabled={!appUrl}>
                Edit in app
              </Button>
            </div>
          </Field>
        </div>
      )}
      <div class="tabs" role="tablist" aria-label="Guide" onKeyDown={onTabListKeyDown}>
        {(isChecklist ? (['tasks', 'rules', 'theme', 'versions', 'results'] as const) : (['steps', 'rules', 'theme', 'versions'] as const)).map((name) => (
          <button type="button" role="tab" aria-selected={current === name} tabIndex={current === name ? 0 : -1} onClick={() => setTab(name)}>
            {{ steps: 'Steps', tasks: t.checklist.tasksTab, rules: 'Where and who', theme: 'Look', versions: 'Versions', results: t.checklist.resultsTab }[name]}
          </button>
        ))}
      </div>
      {current === 'tasks' && (
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
            title="No steps yet"
            action={
              editable && (
                <div class="inline">
                  <Button variant="primary" onClick={() => addStep('tooltip')}>
                    Add a tooltip step
                  </Button>
                  <Button onClick={() => addStep('modal')}>Add a modal step</Button>
                  <Button onClick={() => addStep('banner')}>{t.steps.addBanner}</Button>
                </div>
              )
            }
          >
            Open your app with <strong>Edit in app</strong> to add steps by pointing at elements, or add them here.
          </Empty>
        ) : (
          <div class="steps-layout">
            <div class="card steps-column">
              <StepList steps={draft.steps} selected={selected} editable={editable} onSelect={setSelected} onReorder={(steps, at) => (change({ steps }), setSelected(at))} />
              {editable && (
                <div class="step-list-actions">
                  {hotspots ? (
                    <Button onClick={() => addStep('tooltip')}>{t.steps.addHotspot}</Button>
                  ) : (
                    <>
                      <Button onClick={() => addStep('tooltip')}>+ Tooltip</Button>
                      <Button onClick={() => addStep('modal')}>+ Modal</Button>
                      <Button onClick={() => addStep('banner')}>{t.steps.addBanner}</Button>
                    </>
                  )}
                </div>
              )}
            </div>
            {step && (
              <div class="card step-form" aria-label={`Step ${selected + 1}`}>
                <div class="row">
                  <h2>
                    Step {selected + 1} of {draft.steps.length}
                  </h2>
                  {editable && (
                    <div class="inline">
                      <Button variant="ghost" onClick={() => duplicate(selected)}>
                        Duplicate
                      </Button>
                      <Button variant="ghost" onClick={() => setPending({ kind: 'delete-step', index: selected })}>
                        Delete
                      </Button>
                    </div>
                  )}
                </div>
                {hotspots ? (
                  <p class="muted">{t.steps.hotspotKind}</p>
                ) : (
                  <fieldset class="kind" disabled={!editable}>
                    <legend>Kind</legend>
                    {(['tooltip', 'modal', 'banner'] as const).map((kind) => (
                      <label>
                        <input type="radio" name="kind" checked={step.kind === kind} onChange={() => setStep(selected, withKind(step, kind))} />
                        {{ tooltip: 'Tooltip next to an element', modal: 'Modal in the middle of the page', banner: t.steps.banner }[kind]}
                      </label>
                    ))}
                  </fieldset>
                )}
                <Field id="step-title" label="Title">
                  <input id="step-title" value={step.title} readOnly={!editable} onInput={(e) => setStep(selected, { ...step, title: (e.target as HTMLInputElement).value })} />
                </Field>
                <Field id="step-body" label="Content">
                  <ContentEditor id="step-body" key={step.id} content={step.content} editable={editable} onChange={(content) => setStep(selected, { ...step, content })} />
                </Field>
                {step.kind === 'banner' ? (
                  <BannerFields step={step} editable={editable} onChange={(next) => setStep(selected, next)} />
                ) : (
                  <div class="grid-2">
                    <Field id="step-placement" label="Placement">
                      <select id="step-placement" disabled={!editable} value={step.placement} onChange={(e) => setStep(selected, { ...step, placement: (e.target as HTMLSelectElement).value as Placement })}>
                        {PLACEMENTS.map((p) => (
                          <option value={p}>{p === 'auto' ? 'Automatic' : p}</option>
                        ))}
                      </select>
                    </Field>
                    {!hotspots && (
                    <Field id="step-advance" label="Moves on with">
                      <select id="step-advance" disabled={!editable || step.kind === 'modal'} value={step.advance} onChange={(e) => setStep(selected, { ...step, advance: (e.target as HTMLSelectElement).value as Step['advance'] })}>
                        {ADVANCE_MODES.map((mode) => (
                          <option value={mode}>{ADVANCE_LABELS[mode]}</option>
                        ))}
                      </select>
                    </Field>
                    )}
                  </div>
                )}
                <Field id="step-page" label="Shown on page (optional)" hint="For guides that span pages: the guide waits until the user opens a page like this one, e.g. /reports/*. Leave empty to show the step wherever the guide is.">
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
                  <span class="label">Element</span>
                  {step.target ? (
                    <span>
                      {describeTarget(step.target).kind} <strong>“{describeTarget(step.target).name ?? 'without words'}”</strong>
                      {step.target.heading && <span class="sub"> in “{step.target.heading}”</span>}
                    </span>
                  ) : (
                    <span class="muted">{step.kind === 'modal' ? 'None: a modal shows in the middle of the page.' : step.kind === 'banner' ? t.steps.noElement : 'Not picked yet: use Pick in app.'}</span>
                  )}
                  {editable && step.kind === 'tooltip' && (
                    <PickInAppButton
                      field={`/steps/${selected}/target`}
                      label={`Step ${selected + 1}${step.title ? `: ${step.title}` : ''}`}
                      pickInApp={pickInApp}
                      picked={step.target !== undefined}
                      saved={guide.steps[selected]?.id === step.id && !dirty}
                      busy={busy === `pick /steps/${selected}/target`}
                    />
                  )}
                </div>
                {step.target && (
                  <details class="advanced">
                    <summary>Advanced</summary>
                    <label class="field">
                      <span>Captured element (JSON)</span>
                      <textarea readOnly rows={6} value={JSON.stringify(step.target, null, 2)} />
                    </label>
                  </details>
                )}
              </div>
            )}
            {step && (
              <div class="preview-column">
                <h2 class="preview-label">Preview</h2>
                <StepPreview step={step} index={selected} total={draft.steps.length} guideName={draft.name} theme={draft.theme} hotspot={hotspots} />
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
        <Confirm title="Publish this guide?" confirmLabel="Publish" onConfirm={publish} onCancel={() => setPending(null)}>
          End users start seeing version {guide.version + 1} now{dirty ? ', with your unsaved changes' : ''}. Users in the middle of the current version finish it first.
        </Confirm>
      )}
      {pending?.kind === 'delete-step' && (
        <Confirm title={`Delete step ${pending.index + 1}?`} confirmLabel="Delete step" danger onConfirm={() => removeStep(pending.index)} onCancel={() => setPending(null)}>
          It leaves the draft. The live version keeps it until you publish.
        </Confirm>
      )}
      {pending?.kind === 'rollback' && (
        <Confirm title={`Roll back to version ${pending.version}?`} confirmLabel="Roll back" onConfirm={() => rollback(pending.version)} onCancel={() => setPending(null)}>
          Its content becomes the draft and goes live as a new version. Your current draft is replaced.
        </Confirm>
      )}
    </section>
  );
}
