// A process that writes as fast as it can and says, line by line, what it has committed, so the
// crash test can SIGKILL it at any moment and check that everything it said is really there.
//
//   node bin/run-ts.mjs tests/crash/writer.ts <mode> <folder> <first number>
//   node <bundle>/writer.mjs <mode> <folder> <first number>   (as crash.test.ts runs it, bundled once)
//
// db:      commands through the handler table (one SQLite transaction each), as the app runs them
// files:   writeFilesThenRecord, as documents are issued: two files written whole, then recorded
// backup:  createBackup, as the automatic and manual backups are made
//
// A line is printed only after the call has returned, i.e. after COMMIT. process.stdout writes to
// a pipe synchronously on Linux (blocking when the pipe is full), so a printed line has reached the
// parent even if the kill comes next.

import { join } from 'node:path';
import type { ApiContext } from '../../main/api/context';
import { buildHandlerTable } from '../../main/api/table';
import { writeFileAtomic } from '../../main/core/files/atomic';
import { writeFilesThenRecord } from '../../main/core/files/record';
import { createBackup } from '../../main/core/data/backup';
import { openDatabase } from '../../main/db/open';

// The arguments after this script's own path (run-ts.mjs passes the script path on).
const [mode, folder, first] = process.argv.slice(process.argv.findIndex((arg) => /writer\.m?[jt]s$/.test(arg)) + 1);
if (!mode || !folder || !first) throw new Error('usage: writer.ts <db|files|backup> <folder> <first number>');
const start = Number(first);

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Deterministic bytes of varying size (1 KB to ~1.5 MB), so a kill often lands mid-write. */
function bytesFor(n: number, salt: number): Buffer {
  const size = 1024 + ((n * 7919 + salt * 104_729) % 1_500_000);
  const bytes = Buffer.alloc(size);
  // A mark every 4 KiB, where a whole 4-byte mark still fits (a size just past a 4 KiB boundary once threw).
  for (let i = 0; i + 4 <= size; i += 4096) bytes.writeUInt32LE((n * 31 + i + salt) >>> 0, i);
  return bytes;
}

function apiContext(dataDir: string): ApiContext {
  const databasePath = join(dataDir, 'fashen.db');
  // An in-process administrator, as the demo fills data: the writer exercises storage, not sign-in.
  return {
    db: openDatabase(databasePath),
    dataDir,
    databasePath,
    now: () => new Date(),
    client: {
      id: 'crash-writer',
      door: '测试',
      actor: { staffId: null, name: '崩溃测试', admin: true, trusted: true },
      lastActive: 0,
    },
  };
}

async function commands(dataDir: string): Promise<void> {
  const ctx = apiContext(dataDir);
  const table = buildHandlerTable();
  const call = async (method: string, input: unknown): Promise<{ id: number }> => {
    const envelope = await table.dispatch(method, input, ctx);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as { id: number };
  };
  say('ready');
  let handlerId: number | undefined;
  for (let n = start; ; n++) {
    const staff = await call('staff.create', { name: `承办人${n}`, roles: ['handler'] });
    handlerId ??= staff.id;
    say(`staff ${staff.id} 承办人${n}`);
    const org = await call('orgs.create', { name: `单位${n}`, kind: 'court' });
    say(`org ${org.id} 单位${n}`);
    const created = await call('cases.create', {
      caseNumber: `某综执罚〔2025〕${n}号`,
      cause: '违法占道经营',
      party: { type: 'citizen', name: `当事人${n}`, idCode: '11010519491231002X' },
      facts: `事实${n}：${'占用人行道摆摊经营。'.repeat(50)}`,
      foundOn: '2025-05-20',
      penaltyKinds: ['fine'],
      fineFen: 100 + n,
      discretion: 'standard',
      handlerIds: [handlerId],
    });
    say(`case ${created.id} 某综执罚〔2025〕${n}号`);
  }
}

function files(dataDir: string): void {
  const db = openDatabase(join(dataDir, 'files.db'), { migrate: false });
  db.exec(
    'CREATE TABLE IF NOT EXISTS issued (n INTEGER PRIMARY KEY, docx TEXT NOT NULL, pdf TEXT NOT NULL, docx_sha256 TEXT NOT NULL, pdf_sha256 TEXT NOT NULL) STRICT',
  );
  const insert = db.prepare('INSERT INTO issued VALUES (?, ?, ?, ?, ?)');
  say('ready');
  for (let n = start; ; n++) {
    const written = [
      { path: `documents/${n}.docx`, bytes: bytesFor(n, 1) },
      { path: `documents/${n}.pdf`, bytes: bytesFor(n, 2) },
    ];
    writeFilesThenRecord(db, dataDir, written, ([docx, pdf]) =>
      insert.run(n, docx?.path, pdf?.path, docx?.sha256, pdf?.sha256),
    );
    say(`file ${n}`);
  }
}

async function backups(dataDir: string): Promise<void> {
  const ctx = apiContext(dataDir);
  // Enough data that a backup takes a while, so kills land inside one.
  ctx.db.exec('CREATE TABLE IF NOT EXISTS ballast (n INTEGER PRIMARY KEY, data BLOB NOT NULL) STRICT');
  if (ctx.db.prepare('SELECT COUNT(*) FROM ballast').pluck().get() === 0) {
    const insert = ctx.db.prepare('INSERT INTO ballast VALUES (?, ?)');
    ctx.db.transaction(() => {
      for (let n = 0; n < 40; n++) insert.run(n, bytesFor(n, 3));
    })();
    for (let n = 0; n < 3; n++) writeFileAtomic(join(dataDir, 'documents', `${n}.pdf`), bytesFor(n, 4));
  }
  say('ready');
  for (let n = start; ; n++) {
    const file = join(dataDir, 'backups', `manual-2025-06-02-${String(n).padStart(6, '0')}.db`);
    await createBackup(ctx.db, { dataDir, file, kind: 'manual', now: new Date(), shareFiles: n % 2 === 0 });
    say(`backup ${file}`);
  }
}

if (mode === 'db') await commands(folder);
else if (mode === 'files') files(folder);
else if (mode === 'backup') await backups(folder);
else throw new Error(`unknown mode ${mode}`);
