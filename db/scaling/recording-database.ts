/**
 * A Database that records every statement sent through it (queries, scripts, COPY, inside and
 * outside transactions), for tests that check what the code emits, such as the co-location test.
 */
import { copyStatement, type Database, type Queryable } from "../database.ts";

/** One statement as sent: its text and parameter values. */
export interface RecordedStatement {
  sql: string;
  params: readonly unknown[];
}

function recordingQueryable(q: Queryable, log: RecordedStatement[]): Queryable {
  return {
    query(sql, params = []) {
      log.push({ sql, params });
      return q.query(sql, params);
    },
    exec(sql) {
      log.push({ sql, params: [] });
      return q.exec(sql);
    },
    copyCsv(table, columns, csv) {
      log.push({ sql: copyStatement(table, columns, "STDIN"), params: [] });
      return q.copyCsv(table, columns, csv);
    },
    copyBinary(table, columns, data) {
      log.push({ sql: copyStatement(table, columns, "STDIN", "binary"), params: [] });
      return q.copyBinary(table, columns, data);
    },
  };
}

/** Wrap `db`; `statements` grows with every statement sent through the wrapper. */
export function recordingDatabase(db: Database): { db: Database; statements: RecordedStatement[] } {
  const statements: RecordedStatement[] = [];
  // Spread first so members this wrapper does not know about still reach the real adapter.
  const wrapped: Database = {
    ...db,
    ...recordingQueryable(db, statements),
    transaction: (fn) => db.transaction((tx) => fn(recordingQueryable(tx, statements))),
  };
  return { db: wrapped, statements };
}
