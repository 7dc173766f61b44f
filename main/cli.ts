import type { CliCommand, CliIo } from './cli/types';
import { HELP_TEXT } from './cli/help';
import { describeCliError } from './cli/errors';
import { AppError } from '../shared/errors';
import { terminalAsk } from './cli/terminal-ask';

/**
 * Every `npx fashen` command, loaded only when it runs: `--help` reads no database driver, PDF or
 * DOCX library, contract or font, and each command pulls in just its own modules (in the bundle,
 * each `import()` is a chunk of its own; see build/scripts/build-cli.mjs). Adding a command is a
 * line here; each parses its own arguments.
 */
export const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  serve: async () => (await import('./cli/serve')).serveCommand,
  demo: async () => (await import('./cli/demo')).demoCommand,
  review: async () => (await import('./cli/review')).reviewCommand,
  workdays: async () => (await import('./cli/workdays')).workdaysCommand,
  render: async () => (await import('./cli/render')).renderCommand,
  backup: async () => (await import('./cli/backup')).backupCommand,
  restore: async () => (await import('./cli/restore')).restoreCommand,
  check: async () => (await import('./cli/check')).checkCommand,
  export: async () => (await import('./cli/export')).exportCommand,
  report: async () => (await import('./cli/export')).reportCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(HELP_TEXT);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`不认识的命令“${name}”。运行 npx fashen --help 查看可用命令 / unknown command, see --help\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    // A command should answer its own failures; anything that escapes still ends as one line.
    io.stderr(`命令执行失败：${describeCliError(error)}\n`);
    return 1;
  }
}

/** Standard input is JSON for one command: a few MB at most. */
const DEFAULT_STDIN_LIMIT = 16 * 1024 * 1024;

export const processIo: CliIo = {
  readStdin: async (maxBytes = DEFAULT_STDIN_LIMIT) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > maxBytes)
        throw new AppError('STDIN_TOO_LARGE', `标准输入超过 ${Math.round(maxBytes / 1024 / 1024)} MB，未做任何处理。`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(process.stdin.isTTY ? { ask: terminalAsk } : {}),
};
