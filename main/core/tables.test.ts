import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import type { TableColumns } from '../db/sql';
import { PAPERS_TABLES } from './papers/store';
import { CASES_TABLES } from './cases/store';
import { ASSISTANCE_TABLES } from './assistance/store';
import { COMPLAINTS_TABLES } from './complaints/store';
import { SUPERVISION_TABLES } from './supervision/store';
import { SHARING_TABLES } from './sharing/store';
import { DISPUTES_TABLES } from './disputes/store';
import { EVALUATION_TABLES } from './evaluation/store';
import { TRAINING_TABLES } from './training/store';
import { PUBLICITY_TABLES } from './publicity/store';
import { ORGS_TABLES } from './orgs/store';

// Every record type a store reads its table into names exactly that table's columns, as a freshly
// migrated database has them: a migration that adds or renames a column fails here until the
// store's record type follows.
const STORE_TABLES: readonly TableColumns[] = [
  ...PAPERS_TABLES,
  ...CASES_TABLES,
  ...ASSISTANCE_TABLES,
  ...COMPLAINTS_TABLES,
  ...SUPERVISION_TABLES,
  ...SHARING_TABLES,
  ...DISPUTES_TABLES,
  ...EVALUATION_TABLES,
  ...TRAINING_TABLES,
  ...PUBLICITY_TABLES,
  ...ORGS_TABLES,
];

describe('store record types match their tables', () => {
  const db = openDatabase(':memory:');
  for (const { table, names } of STORE_TABLES) {
    it(table, () => {
      const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      expect(columns.length).toBeGreaterThan(0);
      expect([...names].sort()).toEqual([...columns].sort());
    });
  }
});
