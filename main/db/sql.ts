// One typed place for a statement's rows, instead of an `as Row` cast after every prepare(). It
// checks nothing at run time: the row types are kept honest by the stores' column lists, which a
// test compares with PRAGMA table_info on a freshly migrated database.

import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

type Params = readonly unknown[];

/**
 * Prepared statements kept per connection, by their text: compiling the same SQL again for every
 * call was a tenth of `fashen demo`'s time. get/all/run finish before they return, so a kept
 * statement is never busy when it is used again (unlike one being iterated). Bounded, oldest out
 * first, for SQL built with a varying number of placeholders. A reopened database is a new
 * connection with a new cache; SQLite re-prepares a kept statement itself after a schema change.
 */
const MAX_KEPT = 400;
const kept = new WeakMap<Db, Map<string, Statement>>();
function statement(db: Db, text: string): Statement {
  let byText = kept.get(db);
  if (!byText) kept.set(db, (byText = new Map()));
  let prepared = byText.get(text);
  if (!prepared) {
    prepared = db.prepare(text);
    if (byText.size >= MAX_KEPT) byText.delete(byText.keys().next().value as string);
    byText.set(text, prepared);
  }
  return prepared;
}

export const sql = {
  get<Row>(db: Db, text: string, ...params: Params): Row | undefined {
    return statement(db, text).get(...params) as Row | undefined;
  },
  all<Row>(db: Db, text: string, ...params: Params): Row[] {
    return statement(db, text).all(...params) as Row[];
  },
  // column, values and iterate prepare a statement of their own: pluck() and raw() change the mode of
  // the statement they are called on, and an iterated one is busy until the loop ends.
  /** The first column of every row (a list of ids, of names). */
  column<Value>(db: Db, text: string, ...params: Params): Value[] {
    return db
      .prepare(text)
      .pluck()
      .all(...params) as Value[];
  },
  /** Every row as a list of its values in column order (for digests, where names do not matter). */
  values(db: Db, text: string, ...params: Params): unknown[][] {
    return db
      .prepare(text)
      .raw()
      .all(...params) as unknown[][];
  },
  /** Rows one at a time, for a walk over a whole table that must not hold it all in memory. */
  iterate<Row>(db: Db, text: string, ...params: Params): IterableIterator<Row> {
    return db.prepare(text).iterate(...params) as IterableIterator<Row>;
  },
  run(db: Db, text: string, ...params: Params): { changes: number; lastInsertRowid: number } {
    const { changes, lastInsertRowid } = statement(db, text).run(...params);
    return { changes, lastInsertRowid: Number(lastInsertRowid) };
  },
};

/** A table's columns as a store names them: its record type's keys, every one listed once. */
export interface TableColumns {
  table: string;
  names: readonly string[];
}

/**
 * `tableColumns<Record>()('table', ['a', 'b'])`: refuses at compile time a name that is not a key of
 * the record, and a key of the record that is not named.
 */
export function tableColumns<Record>() {
  return <const Names extends readonly (keyof Record & string)[]>(
    table: string,
    names: Names &
      ([Exclude<keyof Record, Names[number]>] extends [never]
        ? unknown
        : { missing: Exclude<keyof Record, Names[number]> }),
  ): TableColumns => ({ table, names });
}

/** A LIKE pattern that finds `text` anywhere, its % _ and \ taken literally (use with ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
