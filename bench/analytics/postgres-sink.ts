import type pg from 'pg';
import type { RowSink } from './row-sink.js';

/** A sink that keeps rows until `flush`, which loads them into PostgreSQL many rows per statement. */
export interface PostgresSink extends RowSink {
  /**
   * Sends every row added so far, many rows per statement. The buffers are taken and the first
   * statement sent before it returns, so rows added meanwhile wait for the next flush.
   */
  flush(): Promise<void>;
}

/**
 * Rows per INSERT. Each statement passes one array per column to `unnest`, so its size is not bound
 * by the 65,535 parameters of a multi-row VALUES list; larger chunks only cost memory. A slice of
 * 250 users' raw events (~30,000) fits in one.
 */
const ROWS_PER_STATEMENT = 50_000;

interface TableBuffer {
  statement: string;
  columns: number;
  rows: Array<readonly unknown[]>;
}

/**
 * Creates a sink over one connection. Column types come from the catalog (the migrations decide
 * them), so each statement can cast its arrays: `insert into t (a, b) select * from unnest($1::text[], $2::bigint[])`.
 * Tables flush in the order they were first named, so the project is stored before the rows that
 * reference it.
 */
export async function createPostgresSink(client: pg.Client): Promise<PostgresSink> {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    'select table_name, column_name, data_type from information_schema.columns where table_schema = current_schema()',
  );
  const typeOf = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.data_type]));
  const buffers: TableBuffer[] = [];

  const flushOne = async (buffer: TableBuffer, pending: Array<readonly unknown[]>) => {
    for (let from = 0; from < pending.length; from += ROWS_PER_STATEMENT) {
      const chunk = pending.slice(from, from + ROWS_PER_STATEMENT);
      const arrays = Array.from({ length: buffer.columns }, (_, column) => chunk.map((row) => row[column] ?? null));
      await client.query(buffer.statement, arrays);
    }
  };

  return {
    into(table, columns) {
      const casts = columns.map((column, i) => {
        const type = typeOf.get(`${table}.${column}`);
        if (!type) throw new Error(`${table}.${column} is not a column of the migrated database`);
        return `$${i + 1}::${type}[]`;
      });
      const buffer: TableBuffer = { statement: `insert into ${table} (${columns.join(', ')}) select * from unnest(${casts.join(', ')})`, columns: columns.length, rows: [] };
      buffers.push(buffer);
      return (values) => void buffer.rows.push(values);
    },
    async flush() {
      // Tables named while this flush runs (the next slice is folded meanwhile) wait for the next one.
      const pending = buffers.map((buffer) => {
        const rows = buffer.rows;
        buffer.rows = [];
        return { buffer, rows };
      });
      for (const { buffer, rows } of pending) if (rows.length > 0) await flushOne(buffer, rows);
    },
  };
}
