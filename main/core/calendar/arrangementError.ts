// One error shape for everything wrong in a year-arrangement file, naming the field in Chinese
// (and, for the screen that highlights it, as written in the file in the error's `field`).
import { AppError } from '../../../shared/errors';

export const CALENDAR_FILE_INVALID = 'CALENDAR_FILE_INVALID';

const TOP_FIELD_LABELS: Record<string, string> = {
  year: '年份',
  source: '通知名称或文号',
  holidays: '放假时段列表',
  makeupWorkdays: '调休上班日列表',
};

const PERIOD_FIELD_LABELS: Record<string, string> = {
  name: '节日名称',
  from: '开始日期',
  to: '结束日期',
};

/**
 * "第 1 个放假时段的结束日期" for ['holidays', 0, 'to']: in words only. The path as written in the
 * file ("holidays[0].to") is kept in the error's `field`, never in the message.
 */
export function describeArrangementField(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件内容';
  const [top, index, field] = path;
  if (top === 'holidays' && typeof index === 'number') {
    const label = typeof field === 'string' ? `的${PERIOD_FIELD_LABELS[field] ?? field}` : '';
    return `第 ${index + 1} 个放假时段${label}`;
  }
  if (top === 'makeupWorkdays' && typeof index === 'number') {
    return `第 ${index + 1} 个调休上班日`;
  }
  return typeof top === 'string' ? (TOP_FIELD_LABELS[top] ?? top) : String(top);
}

export function arrangementFieldError(path: readonly PropertyKey[], problem: string): AppError {
  const field = path.map(String).join('.');
  return new AppError(
    CALENDAR_FILE_INVALID,
    `节假日安排文件有误：${describeArrangementField(path)}${problem}。`,
    field === '' ? undefined : { field },
  );
}
