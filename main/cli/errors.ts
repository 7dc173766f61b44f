import { isAppError } from '../core/errors';

/** One line for the terminal: our Chinese messages as they are, anything else translated. */
export function describeCliError(error: unknown): string {
  if (isAppError(error)) return error.message;
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项：${error.message.match(/'([^']+)'/)?.[1] ?? error.message}`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项缺少取值：${error.message}`;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数：${error.message.match(/'([^']+)'/)?.[1] ?? ''}`;
    if (code === 'EADDRINUSE') return '端口已被占用，请换一个端口（--port）';
    return error.message.split('\n')[0] ?? '未知错误';
  }
  return String(error);
}
