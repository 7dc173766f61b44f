import { isAppError } from '../../shared/errors';
import { fileErrorReason } from '../core/files/fs-errors';
import { isCorruption, sqliteCode } from '../db/sqlite-errors';

/** One line for the terminal: our Chinese messages as they are (on one line), anything else translated. */
export function describeCliError(error: unknown): string {
  if (isAppError(error)) return error.message.replace(/\s*\n\s*/g, ' ');
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return `不认识的选项：${error.message.match(/'([^']+)'/)?.[1] ?? error.message}`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项缺少取值：${error.message}`;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      return `多余的参数：${error.message.match(/'([^']+)'/)?.[1] ?? ''}`;
    if (code === 'EADDRINUSE') return '端口已被占用，请换一个端口（--port）';
    // SQLite and the file system speak English: never show their words as the message.
    if (isCorruption(error)) return '数据库文件已损坏或不完整，未做任何改动';
    const reason = fileErrorReason(error);
    if (reason !== undefined) {
      const path = (error as { path?: unknown }).path;
      return typeof path === 'string' ? `无法读写“${path}”：${reason}` : `读写文件失败：${reason}`;
    }
    if (sqliteCode(error) !== undefined) return `数据库出错（${sqliteCode(error) ?? ''}），未做任何改动`;
    return error.message.split('\n')[0] ?? '未知错误';
  }
  return String(error);
}
