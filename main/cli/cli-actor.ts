import { userInfo } from 'node:os';

/** Who ran a command that needs no sign-in (a backup): the operating-system account, for the audit log. */
export function cliActor(): string {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = '';
  }
  return user ? `命令行（系统用户 ${user}）` : '命令行';
}
