/** A CSV cell: numbers are written as they are, empty for null and undefined. */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

/**
 * A CSV file's text (RFC 4180): comma-separated, CRLF line ends, fields with a quote, comma or line
 * break quoted with inner quotes doubled. It starts with a UTF-8 byte-order mark because Excel
 * otherwise reads the file in the system code page and garbles Japanese. The console's downloads
 * and the admin API's `.csv` answers write the same format.
 */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return BOM + [headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
