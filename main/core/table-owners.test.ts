import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';

// Each table has one owning capability, and only that capability's folder writes it (others read
// what it exports). A new table needs an owner here; a write from anywhere else fails this test.
const OWNERS: Record<string, string> = {
  assistance_requests: 'core/assistance',
  audit_log: 'core/audit',
  calendar_office_years: 'core/calendar',
  case_handlers: 'core/cases',
  // The full-text index over cases, kept by triggers (its shadow tables go with it).
  cases_fts: 'core/cases',
  case_profile_pins: 'core/profiles',
  // The search index rows are written by triggers on cases (migration 008); only search reads them.
  case_search_grams: 'core/cases',
  case_search_gram_counts: 'core/cases',
  case_search_positions: 'core/cases',
  cases: 'core/cases',
  complaint_answers: 'core/complaints',
  complaints: 'core/complaints',
  criminal_transfer_members: 'core/transfers',
  criminal_transfers: 'core/transfers',
  // Notes a migration leaves about data it had to repair; nothing at run time writes them.
  data_notes: 'db',
  dispute_steps: 'core/disputes',
  disputes: 'core/disputes',
  doc_sequences: 'core/papers',
  fashen_backup_files: 'core/data',
  issued_documents: 'core/papers',
  office: 'core/office',
  office_profile_versions: 'core/profiles',
  office_profiles: 'core/profiles',
  organizations: 'core/orgs',
  review_decisions: 'core/review',
  review_findings: 'core/review',
  review_judgements: 'core/review',
  review_materials: 'core/review',
  review_rounds: 'core/review',
  schema_migrations: 'db',
  settings: 'core/session',
  sharing_items: 'core/sharing',
  staff: 'core/staff',
  supervision_notices: 'core/supervision',
  supplement_notices: 'core/review',
  transfer_out_items: 'core/transfers',
  transfer_out_materials: 'core/transfers',
  transfers_in: 'core/transfers',
  transfers_out: 'core/transfers',
};

const MAIN = join(import.meta.dirname, '..');
const WRITE = /\b(?:INSERT(?:\s+OR\s+[A-Z]+)?\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+([a-z_]+)\b/g;

function productionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'testing' || name === 'lint-fixtures' || name === 'migrations' ? [] : productionFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('each table has one owner, and only it writes the table', () => {
  it('every table of a fresh database has an owner', () => {
    const db = openDatabase(':memory:');
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    const ownerOf = (t: string) => OWNERS[t] ?? OWNERS[t.replace(/_(data|idx|docsize|config|content)$/, '')];
    const unowned = tables.filter((t) => !ownerOf(t));
    expect(unowned).toEqual([]);
  });

  it('no table is written outside its owner', () => {
    const strays: string[] = [];
    for (const file of productionFiles(MAIN)) {
      const folder = relative(MAIN, file).split(sep).join('/');
      for (const match of readFileSync(file, 'utf8').matchAll(WRITE)) {
        const table = match[1]!;
        const owner = OWNERS[table];
        if (owner && !folder.startsWith(`${owner}/`)) strays.push(`${folder} writes ${table} (owner: ${owner})`);
      }
    }
    expect(strays).toEqual([]);
  });
});
