import type { Db } from '../db/open';
import type { CliIo } from './types';
import { AppError } from '../../shared/errors';
import { allAccessRows, needsFirstAdmin } from '../core/session/access-store';
import { checkSecret } from '../core/session/sign-in';
import type { Actor } from '../core/session/actor';
import { cliActor } from './cli-actor';

/**
 * Who runs a command on the office's data proves it as the app's sign-in does: `--as <name>` with
 * the secret on standard input (one line), or, at a terminal, both asked for (the secret unseen).
 * `admin` asks for an administrator (restore changes everything); otherwise anyone who may sign in
 * (a ledger export reads case data). A data folder where no one can sign in yet (new, or from
 * before sign-in) has no one to ask: null, and the caller records the operating-system account.
 */
export async function signInOnCli(
  db: Db,
  io: CliIo,
  asName: string | undefined,
  now: Date,
  { admin }: { admin: boolean },
): Promise<Actor | null> {
  if (needsFirstAdmin(db)) return null;
  const people = allAccessRows(db).filter((row) => row.active && row.secretHash && (!admin || row.admin));
  const who = admin ? '管理员' : '工作人员';
  const names = people.map((row) => row.name).join('、');
  let name = asName;
  let secret: string;
  if (name === undefined) {
    if (!io.ask)
      throw new AppError(
        'NOT_SIGNED_IN',
        `此操作须由${who}确认：请加上 --as <${who}姓名>，并从标准输入提供其密码（${who}：${names}）`,
      );
    name = (await io.ask(`${who}姓名（${names}）：`, { hidden: false })).trim();
    secret = await io.ask('密码：', { hidden: true });
  } else {
    secret = (await io.readStdin()).replace(/\r?\n$/, '');
  }
  const person = people.find((row) => row.name === name);
  if (!person) {
    const known = allAccessRows(db).find((row) => row.name === name);
    throw new AppError(
      admin ? 'ADMIN_REQUIRED' : 'NOT_SIGNED_IN',
      known ? `${name} 不是可登录的${who}，不能执行此操作` : `没有名为“${name}”的${who}`,
    );
  }
  checkSecret({ db, now: () => now }, person.staffId, secret, `命令行${who}确认`);
  return { staffId: person.staffId, name: person.name, admin: person.admin };
}

/** Restore's confirmation: an administrator's name for the audit log (or the OS account, see above). */
export async function signInAdministrator(db: Db, io: CliIo, asName: string | undefined, now: Date): Promise<string> {
  return (await signInOnCli(db, io, asName, now, { admin: true }))?.name ?? cliActor();
}
