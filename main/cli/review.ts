// `fashen review triggers` and `fashen review suggest`: the review rules from a shell, reading one
// JSON object on stdin and printing one JSON line. Bad input exits 2 with one Chinese line on stderr.

import { AppError, isAppError } from '../../shared/errors';
import { getBuiltinProfile } from '../core/profiles/builtin';
import { parseSuggestInput, parseTriggersInput } from '../core/review/input';
import { suggestOpinion } from '../core/review/opinion';
import { reviewTriggers } from '../core/review/triggers';
import type { CliCommand } from './types';

const USAGE = '用法：fashen review triggers 或 fashen review suggest（从标准输入读取 JSON）。';

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new AppError('INVALID_INPUT', '标准输入为空，应为一个 JSON 对象。');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('INVALID_INPUT', '标准输入不是有效的 JSON。');
  }
}

function triggers(data: unknown): { required: boolean; triggers: number[] } {
  const { decision, profileId, hearingLargeAmount } = parseTriggersInput(data);
  const assessment = reviewTriggers(decision, getBuiltinProfile(profileId), hearingLargeAmount);
  return {
    required: assessment.required,
    triggers: assessment.triggers.filter((trigger) => trigger.holds).map((trigger) => trigger.id),
  };
}

function suggest(data: unknown): { opinion: number } {
  return { opinion: suggestOpinion(parseSuggestInput(data)).opinion };
}

const SUBCOMMANDS = { triggers, suggest } as const;

function isSubcommand(name: string | undefined): name is keyof typeof SUBCOMMANDS {
  return name === 'triggers' || name === 'suggest';
}

/** Keeps the promise of one line on stderr even if a message ever carries a line break. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}

export const reviewCommand: CliCommand = async (args, io) => {
  try {
    const [name, ...extra] = args;
    if (!isSubcommand(name)) {
      throw new AppError('UNKNOWN_SUBCOMMAND', `未知的子命令“${name ?? ''}”。${USAGE}`);
    }
    if (extra.length > 0) throw new AppError('UNKNOWN_ARGUMENT', `多余的参数“${extra.join(' ')}”。${USAGE}`);
    const output = SUBCOMMANDS[name](parseJson(await io.readStdin()));
    io.stdout(`${JSON.stringify(output)}\n`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      io.stderr(`${oneLine(error.message)}\n`);
      return 2;
    }
    io.stderr(`内部错误：${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
};
