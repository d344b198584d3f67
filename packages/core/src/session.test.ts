import { describe, expect, it } from 'vitest';
import { continueSession, SESSION_IDLE_MS } from './session.js';

let counter = 0;
const newId = () => `s${++counter}`;

describe('session policy', () => {
  it('continues a session while the user stays active and records the activity', () => {
    const stored = { id: 'a', lastActivityAt: 1_000 };
    expect(continueSession(stored, 1_000 + SESSION_IDLE_MS - 1, false, newId)).toEqual({ id: 'a', lastActivityAt: 1_000 + SESSION_IDLE_MS - 1 });
  });

  it('starts a new session after 30 minutes of inactivity', () => {
    const next = continueSession({ id: 'a', lastActivityAt: 1_000 }, 1_000 + SESSION_IDLE_MS, false, newId);
    expect(next.id).not.toBe('a');
    expect(next.lastActivityAt).toBe(1_000 + SESSION_IDLE_MS);
  });

  it('starts a new session in a new browser session, when nothing is stored, or when the clock went back', () => {
    expect(continueSession({ id: 'a', lastActivityAt: 1_000 }, 2_000, true, newId).id).not.toBe('a');
    expect(continueSession(undefined, 2_000, false, newId).id).toMatch(/^s\d+$/);
    expect(continueSession({ id: 'a', lastActivityAt: 5_000 }, 2_000, false, newId).id).not.toBe('a');
  });
});
