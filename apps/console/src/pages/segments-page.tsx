import { EVERYONE, type Audience, type SegmentInput } from '@shirube/schema';
import type { ConsoleProject, ConsoleUser, Segment } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { AudienceEditor } from '../components/audience-editor.js';
import { ActionsHeader, Button, Confirm, Empty, ErrorNote, Field, Loading } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';

type Editing = { segment: Segment | null; name: string; audience: Audience };

/** Saved segments: named audiences guides refer to; editing one changes every guide using it at once. */
export function SegmentsPage(props: { project: ConsoleProject; me: ConsoleUser }) {
  const { t } = useI18n();
  const projectId = props.project.id;
  const canEdit = props.me.role !== 'viewer';
  const [segments, setSegments] = useState<Segment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Segment | null>(null);
  const [busy, setBusy] = useState(false);
  const param = { projectId };

  const load = () =>
    call(client.projects[':projectId'].segments.$get({ param }))
      .then((answer) => setSegments(answer.segments))
      .catch((failure: ApiFailure) => setError(failure.message));
  useEffect(() => void load(), [projectId]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!editing) return;
    setBusy(true);
    setError(null);
    try {
      // The editor offers no segment rows here (segments hold trait tests only), so this is a segment's audience.
      const json: SegmentInput = { name: editing.name, audience: editing.audience as SegmentInput['audience'] };
      if (editing.segment) await call(client.projects[':projectId'].segments[':id'].$put({ param: { ...param, id: editing.segment.id }, json }));
      else await call(client.projects[':projectId'].segments.$post({ param, json }));
      setEditing(null);
      setNotice(t.segments.saved);
      await load();
    } catch (failure) {
      setError((failure as Error).message);
    }
    setBusy(false);
  };
  const remove = async (segment: Segment) => {
    setDeleting(null);
    setError(null);
    setNotice(null);
    await call(client.projects[':projectId'].segments[':id'].$delete({ param: { ...param, id: segment.id } })).catch((failure: ApiFailure) =>
      // The server names the guides too; the list already has them, so say it in the viewer's language.
      setError(failure.code === 'segment_in_use' ? t.segments.inUse(segment.usedBy.map((name) => `“${name}”`).join(', ')) : failure.message),
    );
    await load();
  };
  const open = (segment: Segment | null) => {
    setNotice(null);
    setError(null);
    setEditing({ segment, name: segment?.name ?? '', audience: segment?.audience ?? EVERYONE });
  };

  return (
    <section class="page">
      <header class="page-head row">
        <div>
          <h1>{t.segments.title}</h1>
          <p class="muted">{t.segments.intro}</p>
        </div>
        <div class="toolbar">
          {canEdit && !editing && (
            <Button variant="primary" onClick={() => open(null)}>
              {t.segments.create}
            </Button>
          )}
        </div>
      </header>
      {!canEdit && <p class="muted">{t.segments.readOnly}</p>}
      {error && <ErrorNote message={error} />}
      {notice && (
        <div class="notice" role="status">
          {notice}
        </div>
      )}
      {editing && (
        <form class="card form segment-editor" aria-label={editing.segment ? t.segments.editTitle(editing.segment.name) : t.segments.newTitle} onSubmit={save}>
          <h2>{editing.segment ? t.segments.editTitle(editing.segment.name) : t.segments.newTitle}</h2>
          <Field id="segment-name" label={t.segments.name}>
            <input id="segment-name" required maxLength={100} placeholder={t.segments.namePlaceholder} value={editing.name} onInput={(e) => setEditing({ ...editing, name: (e.target as HTMLInputElement).value })} />
          </Field>
          <AudienceEditor key={editing.segment?.id ?? 'new'} projectId={projectId} audience={editing.audience} editable segments={null} onChange={(audience) => setEditing({ ...editing, audience })} />
          <div class="form-actions">
            <Button onClick={() => setEditing(null)}>{t.segments.cancel}</Button>
            <Button type="submit" variant="primary" busy={busy}>
              {t.segments.save}
            </Button>
          </div>
        </form>
      )}
      {!segments ? (
        <Loading label={t.segments.loading} />
      ) : segments.length === 0 ? (
        !editing && <Empty title={t.segments.empty}>{t.segments.emptyBody}</Empty>
      ) : (
        <div class="card table-card">
          <table class="table" aria-label={t.segments.title}>
            <thead>
              <tr>
                <th>{t.segments.name}</th>
                <th>{t.segments.usedBy}</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {segments.map((segment) => (
                <tr>
                  <td>
                    <strong>{segment.name}</strong>
                  </td>
                  <td class="muted">{segment.usedBy.length ? segment.usedBy.join(', ') : t.segments.unused}</td>
                  <td class="row-buttons">
                    {canEdit && (
                      <>
                        <Button variant="ghost" aria-label={`${t.segments.edit}: ${segment.name}`} onClick={() => open(segment)}>
                          {t.segments.edit}
                        </Button>
                        <Button variant="ghost" aria-label={`${t.segments.delete}: ${segment.name}`} onClick={() => setDeleting(segment)}>
                          {t.segments.delete}
                        </Button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleting && (
        <Confirm title={t.segments.deleteTitle(deleting.name)} confirmLabel={t.segments.delete} danger onConfirm={() => remove(deleting)} onCancel={() => setDeleting(null)}>
          {t.segments.deleteBody}
        </Confirm>
      )}
    </section>
  );
}
