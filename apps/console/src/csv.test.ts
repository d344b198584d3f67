import { describe, expect, it } from 'vitest';
import { csvFilename, percentCell, toCsv } from './csv.js';

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads Japanese correctly', () => {
    const csv = toCsv(['ステップ'], [['支払い方法を登録']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('ステップ\r\n支払い方法を登録\r\n');
  });
  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    const csv = toCsv(['name', 'note'], [['Acme, Inc.', 'said "hi"'], ['two\nlines', 'cr\rhere']]);
    expect(csv.slice(1).split('\r\n')).toEqual(['name,note', '"Acme, Inc.","said ""hi"""', '"two\nlines","cr\rhere"', '']);
  });
  it('writes numbers as they are and leaves missing values empty', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[12480, 0.25, null, undefined]]).slice(1)).toBe('a,b,c,d\r\n12480,0.25,,\r\n');
  });
  it('does not quote plain text', () => {
    expect(toCsv(['plain text'], [['  spaces kept  ']]).slice(1)).toBe('plain text\r\n  spaces kept  \r\n');
  });
});

describe('CSV file names', () => {
  it('names the file after its subject and the day, safe for every file system', () => {
    expect(csvFilename('Invite: your team / v3', new Date(2026, 10, 2))).toBe('Invite-your-team-v3-2026-11-02.csv');
    expect(csvFilename('請求書の作成', new Date(2026, 0, 15))).toBe('請求書の作成-2026-01-15.csv');
    expect(csvFilename('///', new Date(2026, 0, 15))).toBe('export-2026-01-15.csv');
  });
});

describe('CSV percentages', () => {
  it('writes a share as a percentage with one decimal', () => {
    expect(percentCell(1 / 3)).toBe(33.3);
    expect(percentCell(0)).toBe(0);
    expect(percentCell(1)).toBe(100);
  });
});
