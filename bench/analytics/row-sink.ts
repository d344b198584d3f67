import type SQLite from 'better-sqlite3';

/**
 * Where the table builder's rows go, so one fold feeds both databases: an appender per table, each
 * call adding one row with its values in the order `columns` names them. SQLite stores each row at
 * once (sqlite-sink.ts); PostgreSQL buffers them and loads many rows per statement (postgres-sink.ts).
 */
export interface RowSink {
  into(table: string, columns: readonly string[]): (values: readonly unknown[]) => void;
}

/** A sink that inserts each row straight away with a prepared statement. Callers wrap calls in transactions. */
export function createSqliteSink(sqlite: SQLite.Database): RowSink {
  return {
    into(table, columns) {
      const statement = sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
      return (values) => void statement.run(...values);
    },
  };
}

/** The sink behind a builder argument: a sink as it is, a SQLite connection wrapped as one. */
export const sinkOf = (target: SQLite.Database | RowSink): RowSink => ('into' in target ? target : createSqliteSink(target));
