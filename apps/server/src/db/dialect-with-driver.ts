import type { Dialect, Driver } from 'kysely';

/** `dialect` with its driver replaced (to change how transactions begin), everything else as is. */
export function withDriver(dialect: Dialect, driver: Driver): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => driver,
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
