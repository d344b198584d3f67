import SQLite from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { cachingStatements } from './statement-cache.js';

describe('statement cache', () => {
  it('prepares each SQL text once and reuses the statement, with fresh parameters each time', () => {
    const sqlite = new SQLite(':memory:');
    const prepare = vi.spyOn(sqlite, 'prepare');
    const db = cachingStatements(sqlite);
    db.prepare('create table t (n integer)').run([]);
    for (const n of [1, 2, 3]) db.prepare('insert into t (n) values (?)').run([n]);
    expect(db.prepare('select sum(n) as total from t where n > ?').all([1])).toEqual([{ total: 5 }]);
    expect(db.prepare('select sum(n) as total from t where n > ?').all([2])).toEqual([{ total: 3 }]);
    expect(prepare.mock.calls.map(([sql]) => sql)).toEqual(['create table t (n integer)', 'insert into t (n) values (?)', 'select sum(n) as total from t where n > ?']);
    db.close();
    expect(sqlite.open).toBe(false);
  });

  it('keeps at most 500 statements, dropping the least recently used', () => {
    const sqlite = new SQLite(':memory:');
    const db = cachingStatements(sqlite);
    const first = db.prepare('select 0');
    for (let i = 1; i < 500; i++) db.prepare(`select ${i}`);
    expect(db.prepare('select 0')).toBe(first); // used again: now the newest
    db.prepare('select 500'); // evicts "select 1", the oldest
    const prepare = vi.spyOn(sqlite, 'prepare');
    db.prepare('select 0');
    db.prepare('select 1');
    expect(prepare.mock.calls.map(([sql]) => sql)).toEqual(['select 1']);
    db.close();
  });
});
