import type { Db } from '../db/open';
import type { CliIo } from './types';
import { AppError } from '../../shared/errors';
import { allAccessRows, needsFirstAdmin } from '../core/session/access-store';
import { checkSecret } from '../core/session/sign-in';
import { cliActor } from './cli-actor';

/**
 * A command that changes the data (restore) is done by an administrator who proves it: `--as <name>`
 * with the secret on standard input (one line), or, at a terminal, both asked for (the secret unseen).
 * A data folder where no one can sign in yet (new, or from before sign-in) has no one to ask: the
 * operating-system account is recorded instead. Returns the name for the audit log.
 */
export async function signInAdministrator(db: Db, io: CliIo, asName: string | undefined, now: Date): Promise<string> {
  if (needsFirstAdmin(db)) return cliActor();
  const admins = allAccessRows(db).filter((row) => row.active && row.admin && row.secretHash);
  let name = asName;
  let secret: string;
  if (name === undefined) {
    if (!io.ask)
      throw new AppError(
        'NOT_SIGNED_IN',
        `此操作须由管理员确认：请加上 --as <管理员姓名>，并从标准输入提供其密码（管理员：${admins.map((a) => a.name).join('、')}）`,
      );
    name = (await io.ask(`管理员姓名（${admins.map((a) => a.name).join('、')}）：`, { hidden: false })).trim();
    secret = await io.ask('密码：', { hidden: true });
  } else {
    secret = (await io.readStdin()).replace(/\r?\n$/, '');
  }
  const person = admins.find((row) => row.name === name);
  if (!person) {
    const inactive = allAccessRows(db).find((row) => row.name === name);
    throw new AppError(
      'ADMIN_REQUIRED',
      inactive ? `${name} 不是可登录的管理员，不能执行此操作` : `没有名为“${name}”的管理员`,
    );
  }
  checkSecret({ db, now: () => now }, person.staffId, secret, '命令行管理员确认');
  return person.name;
}
