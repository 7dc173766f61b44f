// Reads a year arrangement an office typed from the State Council's notice (YAML or JSON; JSON is
// valid YAML) and returns it only if it passes both the schema and the calendar rules.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { YearArrangement } from '../../../shared/domain/calendar';
import { yearArrangementSchema } from '../../../shared/domain/calendar';
import { AppError } from '../../../shared/errors';
import { arrangementFieldError, CALENDAR_FILE_INVALID } from './arrangementError';
import { checkYearArrangement } from './arrangementRules';

export function parseYearArrangement(text: string): YearArrangement {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const where = line === undefined ? '' : `（第 ${line} 行附近）`;
    throw new AppError(CALENDAR_FILE_INVALID, `节假日安排文件无法读取${where}：不是有效的 YAML 或 JSON 格式。`);
  }
  if (data === null || data === undefined) {
    throw new AppError(CALENDAR_FILE_INVALID, '节假日安排文件是空的。');
  }

  const result = yearArrangementSchema.safeParse(data);
  if (!result.success) {
    // A misspelt key ("makeupWorkday") also makes the right one missing: name the misspelling first.
    const issues = result.error.issues;
    const issue = issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? issues[0];
    throw arrangementFieldError(issue?.path ?? [], `：${issue?.message ?? '内容不符合要求'}`);
  }
  return checkYearArrangement(result.data);
}
