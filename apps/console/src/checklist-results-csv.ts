import type { CsvTable } from './components/download-csv-button.js';
import { percentCell } from './csv.js';
import type { Messages } from './i18n/en.js';

/** A checklist's progress as the console reads it: who saw it, who did each task, who did them all. */
export interface ChecklistResults {
  startedUsers: number;
  completedUsers: number;
  tasks: Array<{ id: string; title: string; completedUsers: number }>;
}

/** The results table as CSV: the rows the table shows, shares as percentages of users who saw it. */
export function checklistResultsCsv(results: ChecklistResults, t: Messages): CsvTable {
  const share = (users: number) => percentCell(results.startedUsers ? users / results.startedUsers : 0);
  const row = (label: string, users: number) => [label, users, share(users)];
  return {
    headers: [t.checklist.taskColumn, t.checklist.usersColumn, `${t.checklist.shareColumn} (%)`],
    rows: [
      row(t.checklist.started, results.startedUsers),
      ...results.tasks.map((task) => row(task.title, task.completedUsers)),
      row(t.checklist.completedAll, results.completedUsers),
    ],
  };
}
