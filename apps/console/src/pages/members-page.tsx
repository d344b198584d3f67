import type { ConsoleMember, ConsoleRole, ConsoleUser } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { ActionsHeader, Button, Confirm, ErrorNote, Field, Loading } from '../components/ui.js';
import { relativeTime } from '../format.js';
import { useI18n } from '../i18n/i18n.js';

const ROLES: ConsoleRole[] = ['owner', 'editor', 'viewer'];

/** Who can use the console, and what they may do (owners only). */
export function MembersPage(props: { me: ConsoleUser }) {
  const { t, locale } = useI18n();
  const [members, setMembers] = useState<ConsoleMember[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ email: string; password: string } | null>(null);
  const [removing, setRemoving] = useState<ConsoleMember | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () =>
    call(client.members.$get())
      .then((answer) => setMembers(answer.members))
      .catch((failure: ApiFailure) => setError(failure.message));
  useEffect(() => void load(), []);

  const invite = async (event: Event) => {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    setBusy(true);
    setError(null);
    try {
      const email = String(form.get('email'));
      const answer = await call(client.members.$post({ json: { email, name: String(form.get('name')), role: String(form.get('role')) as ConsoleRole } }));
      setInvited({ email, password: answer.temporaryPassword });
      formElement.reset();
      await load();
    } catch (failure) {
      setError((failure as Error).message);
    }
    setBusy(false);
  };
  const changeRole = async (member: ConsoleMember, role: ConsoleRole) => {
    setError(null);
    await call(client.members[':id'].$patch({ param: { id: member.id }, json: { role } })).catch((failure: Error) => setError(failure.message));
    await load();
  };
  const remove = async (member: ConsoleMember) => {
    setRemoving(null);
    await call(client.members[':id'].$delete({ param: { id: member.id } })).catch((failure: Error) => setError(failure.message));
    await load();
  };

  return (
    <section class="page">
      <header class="page-head">
        <h1>{t.members.title}</h1>
        <p class="muted">{t.members.intro}</p>
      </header>
      {error && <ErrorNote message={error} />}
      {invited && (
        <div class="notice" role="status">
          <strong>{invited.email}</strong> {t.members.invitedLead} <code>{invited.password}</code>
          {t.members.invitedTail}
        </div>
      )}
      {!members ? (
        <Loading label={t.members.loading} />
      ) : (
        <div class="card table-card">
          <table class="table" aria-label={t.members.title}>
            <thead>
              <tr>
                <th>{t.members.name}</th>
                <th>{t.members.role}</th>
                <th>{t.members.joined}</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr>
                  <td>
                    <div class="strong">{member.name}</div>
                    <div class="sub">{member.email}</div>
                  </td>
                  <td>
                    <select aria-label={t.members.roleOf(member.name)} value={member.role} onChange={(e) => changeRole(member, (e.target as HTMLSelectElement).value as ConsoleRole)}>
                      {ROLES.map((role) => (
                        <option value={role}>{t.audit.roles[role]}</option>
                      ))}
                    </select>
                  </td>
                  <td>{relativeTime(member.createdAt, Date.now(), locale)}</td>
                  <td class="actions-cell">
                    {member.id !== props.me.id && (
                      <Button variant="ghost" onClick={() => setRemoving(member)}>
                        {t.members.remove}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form class="card form" onSubmit={invite} aria-labelledby="invite-title">
        <h2 id="invite-title">{t.members.addTitle}</h2>
        <div class="grid-3">
          <Field id="member-name" label={t.members.name}>
            <input id="member-name" name="name" required />
          </Field>
          <Field id="member-email" label={t.members.email}>
            <input id="member-email" name="email" type="email" required />
          </Field>
          <Field id="member-role" label={t.members.role}>
            <select id="member-role" name="role">
              {ROLES.map((role) => (
                <option value={role} selected={role === 'editor'}>
                  {t.members.roleHints[role]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t.members.add}
          </Button>
        </div>
      </form>
      {removing && (
        <Confirm title={t.members.removeTitle(removing.name)} confirmLabel={t.members.remove} danger onConfirm={() => remove(removing)} onCancel={() => setRemoving(null)}>
          {t.members.removeText}
        </Confirm>
      )}
    </section>
  );
}
