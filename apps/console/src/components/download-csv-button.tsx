import { useState } from 'preact/hooks';
import { csvFilename, downloadCsv, toCsv, type CsvCell } from '../csv.js';
import { Button } from './ui.js';

/** What a table exports: its headers and rows, possibly read from the server on demand. */
export interface CsvTable {
  headers: string[];
  rows: CsvCell[][];
}

/**
 * "Download CSV": builds the file in the browser from the rows the table shows (or, for paged
 * tables, from `table()` fetching them all) and saves it as `<subject>-<date>.csv`.
 */
export function DownloadCsvButton(props: { subject: string; table: () => CsvTable | Promise<CsvTable>; label: string; busyLabel?: string; onError?: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { headers, rows } = await props.table();
      downloadCsv(csvFilename(props.subject), toCsv(headers, rows));
    } catch (failure) {
      props.onError?.((failure as Error).message);
    }
    setBusy(false);
  };
  return (
    <Button class="btn-small" busy={busy} onClick={download}>
      {busy && props.busyLabel ? props.busyLabel : props.label}
    </Button>
  );
}
