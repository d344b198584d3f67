/** The signed-in user, as the demo keeps it in localStorage under `demo:user`. */
export interface DemoUser {
  id: string;
  name: string;
  accountId: string;
  accountName: string;
  plan: string;
  role: string;
}

const USER_KEY = 'demo:user';

/** "aiko@acme.example" -> "Aiko", "kenji.tanaka@..." -> "Kenji Tanaka". */
export function displayNameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  const words = local.split(/[._+-]+/).filter(Boolean);
  if (words.length === 0) return email;
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join(' ');
}

/** A user of the demo's one company, Acme KK. */
export function userFromEmail(email: string): DemoUser {
  const id = email.trim().toLowerCase();
  return { id, name: displayNameFromEmail(id), accountId: 'acme', accountName: 'Acme KK', plan: 'business', role: 'admin' };
}

/** The stored user, or null when nobody is signed in or the entry is unreadable. */
export function loadUser(storage: Storage = localStorage): DemoUser | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(USER_KEY) ?? 'null');
    if (value && typeof value === 'object' && typeof (value as DemoUser).id === 'string' && typeof (value as DemoUser).name === 'string') {
      return { ...userFromEmail((value as DemoUser).id), ...(value as DemoUser) };
    }
  } catch {
    // Unreadable JSON or blocked storage: treat as signed out.
  }
  return null;
}

export function saveUser(user: DemoUser | null, storage: Storage = localStorage): void {
  try {
    if (user) storage.setItem(USER_KEY, JSON.stringify(user));
    else storage.removeItem(USER_KEY);
  } catch {
    // Storage can be full or blocked; the session then lasts as long as the page.
  }
}

/** Two-letter initials for the avatar. */
export function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}
