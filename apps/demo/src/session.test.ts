import { describe, expect, it } from 'vitest';
import { displayNameFromEmail, initials, userFromEmail } from './session.js';

describe('demo session', () => {
  it('derives a display name from the local part of the email', () => {
    expect(displayNameFromEmail('aiko@acme.example')).toBe('Aiko');
    expect(displayNameFromEmail('kenji.tanaka@acme.example')).toBe('Kenji Tanaka');
    expect(displayNameFromEmail('YUI_sato@acme.example')).toBe('Yui Sato');
  });

  it('builds the Acme KK admin the SDK is told about', () => {
    expect(userFromEmail(' Aiko@Acme.example ')).toEqual({
      id: 'aiko@acme.example',
      name: 'Aiko',
      accountId: 'acme',
      accountName: 'Acme KK',
      plan: 'business',
      role: 'admin',
    });
  });

  it('takes initials from the first two words', () => {
    expect(initials('Kenji Tanaka')).toBe('KT');
    expect(initials('Aiko')).toBe('A');
  });
});
