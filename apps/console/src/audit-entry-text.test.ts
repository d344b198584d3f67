import type { AuditEntry } from '@shirube/server/types';
import { describe, expect, it } from 'vitest';
import { actorLabel, auditCsv, detailText, objectLines } from './audit-entry-text.js';
import { en } from './i18n/en.js';
import { ja } from './i18n/ja.js';

const entry = (fields: Partial<AuditEntry>): AuditEntry => ({
  id: 'e1',
  at: '2026-11-30T09:00:00.000Z',
  projectId: 'p1',
  actor: { type: 'user', id: 'u1', name: 'Aiko Tanaka' },
  action: 'guide.published',
  object: { type: 'guide', id: 'g1', name: 'Welcome tour' },
  ip: '203.0.113.9',
  detail: null,
  ...fields,
});

describe('audit entry text', () => {
  it('names the actor: the member, the admin API key, or Shirube itself', () => {
    expect(actorLabel(entry({}), en)).toBe('Aiko Tanaka');
    expect(actorLabel(entry({ actor: { type: 'key', id: null, name: 'secret key' } }), ja)).toBe('管理 API（シークレットキー）');
    expect(actorLabel(entry({ actor: { type: 'system', id: null, name: 'seed' } }), en)).toBe('Shirube (system)');
  });

  it('describes versions, rollbacks, keys, roles and settings changes in the viewer’s language', () => {
    expect(detailText(entry({ detail: { version: 3 } }), en)).toBe('version 3');
    expect(detailText(entry({ action: 'guide.rolled_back', detail: { from: 1, version: 4 } }), ja)).toBe('バージョン 1 の内容をバージョン 4 として公開');
    expect(detailText(entry({ action: 'key.rotated', detail: { key: 'secret' } }), en)).toBe('secret key');
    expect(detailText(entry({ action: 'member.role_changed', detail: { role: { from: 'viewer', to: 'editor' } } }), ja)).toBe('閲覧者 → 編集者');
    expect(detailText(entry({ action: 'member.invited', detail: { role: 'viewer' } }), en)).toBe('as Viewer');
    expect(
      detailText(entry({ action: 'project.updated', detail: { name: { from: 'Acme', to: 'Acme Inc' }, allowedOrigins: { from: [], to: ['https://a.example', 'https://b.example'] } } }), en),
    ).toBe('name “Acme” → “Acme Inc”; allowed origins none → https://a.example, https://b.example');
    expect(detailText(entry({ action: 'guide.deleted' }), en)).toBe('');
    expect(detailText(entry({ action: 'webhook.created', detail: { eventTypes: ['guide.completed', 'user.stuck'], enabled: true } }), en)).toBe('events: Guide completed, User stuck; on');
    expect(
      detailText(entry({ action: 'webhook.updated', detail: { url: { from: 'https://a.example/h', to: 'https://b.example/h' }, eventTypes: { from: ['user.stuck'], to: [] }, enabled: { from: true, to: false } } }), ja),
    ).toBe('送信先 URL https://a.example/h → https://b.example/h; イベント ユーザーのつまずき → なし; オフ');
  });

  it('shows a member’s email apart from their name, and other objects by name', () => {
    expect(objectLines(entry({ object: { type: 'member', id: 'u2', name: 'Ken Sato <ken@example.com>' } }))).toEqual({ name: 'Ken Sato', email: 'ken@example.com' });
    expect(objectLines(entry({}))).toEqual({ name: 'Welcome tour' });
  });

  it('exports one CSV row per entry with UTC time, ids and translated labels', () => {
    const csv = auditCsv([entry({ detail: { version: 2 } }), entry({ action: 'member.removed', object: { type: 'member', id: 'u2', name: 'Ken <ken@example.com>' }, ip: null, detail: { role: 'editor' } })], ja);
    expect(csv.headers).toEqual(['日時（UTC）', '実行者', '実行者の種類', '操作', '対象の種類', '対象', '対象の ID', '詳細', 'IP アドレス']);
    expect(csv.rows).toEqual([
      ['2026-11-30T09:00:00.000Z', 'Aiko Tanaka', 'user', 'ガイドを公開', 'ガイド', 'Welcome tour', 'g1', 'バージョン 2', '203.0.113.9'],
      ['2026-11-30T09:00:00.000Z', 'Aiko Tanaka', 'user', 'メンバーを削除', 'メンバー', 'Ken <ken@example.com>', 'u2', '役割: 編集者', null],
    ]);
  });
});
