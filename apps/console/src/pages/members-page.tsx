import type { ConsoleMember, ConsoleRole, ConsoleUser } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { Button, Confirm, ErrorNote, Field, Loading } from '../components/ui.js';
import { relativeTime } from '../format.js';

const ROLES: Array<[ConsoleRole, string]> = [
  ['owner', 'Owner: members, keys and everything'],
  ['editor', 'Editor: builds and publishes guides'],
  ['viewer', 'Viewer: reads guides and analytics'],
];

/** Who can use the console, and what they may do (owners only). */
export function MembersPage(props: { me: ConsoleUser }) {
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
        <h1>Members</h1>
        <p class="muted">People who use this console. Roles apply to every project.</p>
      </header>
      {error && <ErrorNote message={error} />}
      {invited && (
        <div class="notice" role="status">
          <strong>{invited.email}</strong> can now sign in with the temporary password <code>{invited.password}</code>. It is shown only
          this once: send it to them.
        </div>
      )}
      {!members ? (
        <Loading label="Loading members…" />
      ) : (
        <div class="card table-card">
          <table class="table" aria-label="Members">
            <thead>
              <tr>
                <th>Name</th>
                <th>Role</th>
                <th>Joined</th>
                <th />
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
                    <select aria-label={`Role of ${member.name}`} value={member.role} onChange={(e) => changeRole(member, (e.target as HTMLSelectElement).value as ConsoleRole)}>
                      {ROLES.map(([role]) => (
                        <option value={role}>{role[0]!.toUpperCase() + role.slice(1)}</option>
                      ))}
                    </select>
                  </td>
                  <td>{relativeTime(member.createdAt)}</td>
                  <td class="actions-cell">
                    {member.id !== props.me.id && (
                      <Button variant="ghost" onClick={() => setRemoving(member)}>
                        Remove
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
        <h2 id="invite-title">Add a member</h2>
        <div class="grid-3">
          <Field id="member-name" label="Name">
            <input id="member-name" name="name" required />
          </Field>
          <Field id="member-email" label="Email">
            <input id="member-email" name="email" type="email" required />
          </Field>
          <Field id="member-role" label="Role">
            <select id="member-role" name="role">
              {ROLES.map(([role, label]) => (
                <option value={role} selected={role === 'editor'}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            Add member
          </Button>
        </div>
      </form>
      {removing && (
        <Confirm title={`Remove ${removing.name}?`} confirmLabel="Remove" danger onConfirm={() => remove(removing)} onCancel={() => setRemoving(null)}>
          They are signed out everywhere and can no longer use the console. Guides they edited stay.
        </Confirm>
      )}
    </section>
  );
}
