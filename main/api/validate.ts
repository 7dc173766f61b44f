import { z } from 'zod';
import { AppError } from '../core/errors';

// zod's own messages (wrong type, bad enum value…) in Chinese; ours are whole sentences already.
z.config(z.locales.zhCN());

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return `输入中有不认识的字段：${issue.keys.join('、')}`;
  if (issue.code === 'invalid_type' && field === '') return '输入格式有误：应为一组字段（对象）';
  // Our schemas carry whole Chinese sentences; zod's own (locale) messages need the field named.
  const ours = /[\u4e00-\u9fa5]/.test(issue.message) && !issue.message.startsWith('无效') && !issue.message.startsWith('期望');
  if (ours) return issue.message;
  return field ? `字段“${field}”：${issue.message}` : issue.message;
}

/** Parses untrusted input; the first problem becomes one Chinese error that names the field. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input === undefined ? {} : input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new AppError('VALIDATION', '输入有误');
  throw new AppError('VALIDATION', describeIssue(issue), { field: issue.path.map(String).join('.') });
}
