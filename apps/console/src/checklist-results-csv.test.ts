import { describe, expect, it } from 'vitest';
import { checklistResultsCsv } from './checklist-results-csv.js';
import { toCsv } from './csv.js';
import { en } from './i18n/en.js';
import { ja } from './i18n/ja.js';

const results = {
  startedUsers: 3,
  completedUsers: 1,
  tasks: [
    { id: 'visit', title: 'Open your reports', completedUsers: 3 },
    { id: 'submit', title: 'Submit a report, then "wait"', completedUsers: 2 },
  ],
};

describe('checklist results CSV', () => {
  it('lists users who saw it, each task and all done, with shares of those who saw it', () => {
    const table = checklistResultsCsv(results, en);
    expect(table.headers).toEqual([en.checklist.taskColumn, en.checklist.usersColumn, `${en.checklist.shareColumn} (%)`]);
    expect(table.rows).toEqual([
      [en.checklist.started, 3, 100],
      ['Open your reports', 3, 100],
      ['Submit a report, then "wait"', 2, 66.7],
      [en.checklist.completedAll, 1, 33.3],
    ]);
    expect(toCsv(table.headers, table.rows)).toContain('"Submit a report, then ""wait""",2,66.7\r\n');
  });

  it('writes zero shares when no one saw it, and headers in the viewer’s language', () => {
    const table = checklistResultsCsv({ startedUsers: 0, completedUsers: 0, tasks: [] }, ja);
    expect(table.headers[0]).toBe(ja.checklist.taskColumn);
    expect(table.rows).toEqual([
      [ja.checklist.started, 0, 0],
      [ja.checklist.completedAll, 0, 0],
    ]);
  });
});
