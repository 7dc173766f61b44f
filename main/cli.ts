import type { CliCommand, CliIo } from './cli/types';
import { serveCommand } from './cli/serve';
import { demoCommand } from './cli/demo';
import { HELP_TEXT } from './cli/help';
import { reviewCommand } from './cli/review';
import { workdaysCommand } from './cli/workdays';
import { renderCommand } from './cli/render';
import { backupCommand } from './cli/backup';
import { restoreCommand } from './cli/restore';
import { checkCommand } from './cli/check';
import { terminalAsk } from './cli/terminal-ask';

/** Every `npx fashen` command. Adding one is a line here; each parses its own arguments. */
export const COMMANDS: Record<string, CliCommand> = {
  serve: serveCommand,
  demo: demoCommand,
  review: reviewCommand,
  workdays: workdaysCommand,
  render: renderCommand,
  backup: backupCommand,
  restore: restoreCommand,
  check: checkCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(HELP_TEXT);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`不认识的命令“${name}”。运行 npx fashen --help 查看可用命令 / unknown command, see --help\n`);
    return 2;
  }
  return command(rest, io);
}

export const processIo: CliIo = {
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(process.stdin.isTTY ? { ask: terminalAsk } : {}),
};
