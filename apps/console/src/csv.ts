// One CSV format for the console's downloads and the admin API's `.csv` answers.
export { toCsv, type CsvCell } from '@shirube/core';

/** A share (0..1) as a percentage with one decimal, the number a spreadsheet user expects: 33.3. */
export const percentCell = (share: number): number => Math.round(share * 1000) / 10;

/** Saves CSV text as a file through the browser's download, without a round trip to the server. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name for an export: the subject, made safe for file systems, and today's date. */
export function csvFilename(subject: string, today = new Date()): string {
  const safe = subject.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return `${safe}-${day}.csv`;
}
