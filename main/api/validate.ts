import { z } from 'zod';
import { contract, type MethodName } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { findingNotAllowedMessage } from '../core/review/points';
import { fieldLabel } from './field-labels';
import { shortPath } from '../../shared/text-input';

// Other parsers (document templates) still quote zod's own text, so it is at least Chinese.
// Input to the API never shows it: describeIssue words every issue a schema has no sentence for.
z.config(z.locales.zhCN());

/** Which methods take a schema, so a field is named as that method means it (name → 姓名 or 单位名称). */
const methodsBySchema = new Map<unknown, MethodName[]>();
for (const [name, spec] of Object.entries(contract) as Array<[MethodName, { input: z.ZodType }]>) {
  methodsBySchema.set(spec.input, [...(methodsBySchema.get(spec.input) ?? []), name]);
}

/** Maxima this large are the number type's own limits (2^53), not a rule a clerk could act on. */
const HUGE = 1e12;

/** A yes/no is chosen, anything else is filled in. */
function missingWord(expected: string): string {
  return expected === 'boolean' ? '请选择' : '请填写';
}

/**
 * One Chinese sentence for an issue the schema has no sentence of its own for: the field by its
 * Chinese name, what is expected in plain words. Never zod's type names, never a dotted path.
 */
export function describeIssue(issue: z.core.$ZodRawIssue, methods: readonly MethodName[] = []): string {
  const path = issue.path ?? [];
  const label = fieldLabel(path, methods) ?? (path.length === 0 ? '输入' : '其中一项内容');
  const absent = issue.input === undefined || issue.input === null;
  switch (issue.code) {
    case 'invalid_type': {
      if (path.length === 0) return '输入格式有误：应为一组字段（对象）';
      if (absent) return `${missingWord(issue.expected)}${label}`;
      switch (issue.expected) {
        case 'string':
          return `${label}应填写文字`;
        case 'number':
          return `${label}应为数字`;
        case 'int':
          return `${label}应为整数`;
        case 'boolean':
          return `${label}应选择“是”或“否”`;
        case 'array':
          return `${label}应逐项列出`;
        default:
          return `${label}的内容有误，请重新填写`;
      }
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? `请填写${label}` : `${label}至少应有 ${minimum} 个字`;
      if (issue.origin === 'array') return minimum <= 1 ? `${label}至少应有一项` : `${label}至少应有 ${minimum} 项`;
      if (issue.origin === 'number' || issue.origin === 'int') {
        if (minimum === 0 && issue.inclusive !== false) return `${label}不能为负数`;
        return issue.inclusive === false ? `${label}应大于 ${minimum}` : `${label}不能小于 ${minimum}`;
      }
      return `${label}太小`;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return `${label}不能超过 ${maximum} 个字`;
      if (issue.origin === 'array') return `${label}最多 ${maximum} 项`;
      if (issue.origin === 'number' || issue.origin === 'int') {
        if (maximum >= HUGE) return `${label}的数值太大`;
        return issue.inclusive === false ? `${label}应小于 ${maximum}` : `${label}不能大于 ${maximum}`;
      }
      return `${label}太大`;
    }
    case 'invalid_value':
      return absent ? `请选择${label}` : `${label}应从给定选项中选择`;
    case 'invalid_format':
      return `${label}的格式不正确`;
    case 'not_multiple_of':
      return `${label}应为 ${Number(issue.divisor)} 的整数倍`;
    case 'unrecognized_keys': {
      const where = path.length === 0 ? '输入' : label;
      return `${where}中有不认识的字段（${issue.keys.length} 个），请刷新页面后重试`;
    }
    case 'invalid_union':
      return `${label}的内容不符合要求，请重新填写`;
    case 'invalid_key':
    case 'invalid_element':
      return `${label}中有一项不符合要求`;
    case 'custom':
      return `${label}不符合要求`;
    default:
      return `${label}填写有误`;
  }
}

function valueAt(input: unknown, key: string): unknown {
  return input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
}

/**
 * Sentences worded here although the schema has its own: a list of unknown fields is the caller's
 * own (English) key names, and a contract refinement that shows a stored option value
 * (“no-jurisdiction”) is worded from the input until the contract's sentence names the options itself.
 */
function reworded(issue: z.core.$ZodIssue, methods: readonly MethodName[], input: unknown): string | undefined {
  if (issue.code === 'unrecognized_keys') return describeIssue({ ...issue, input: undefined }, methods);
  const field = issue.path.map(String).join('.');
  if (methods.includes('review.savePoint') && issue.code === 'custom' && field === 'finding') {
    return findingNotAllowedMessage(Number(valueAt(input, 'point')), valueAt(input, 'finding'));
  }
  return undefined;
}

export interface InputProblem {
  /** The dotted contract path (party.idCode, materials.0.refs), where the form shows the message; '' for the whole input. */
  field: string;
  message: string;
}

type Checked<S extends z.ZodType> = { ok: true; data: z.output<S> } | { ok: false; problems: InputProblem[] };

/** Checks untrusted input; every problem comes back as one Chinese sentence (a missing input is {}). */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): Checked<S> {
  const methods = methodsBySchema.get(schema) ?? [];
  const value = input === undefined ? {} : input;
  const result = schema.safeParse(value, { error: (issue) => describeIssue(issue, methods) });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue) => ({
    // A record's keys are the caller's own: never echoed whole (a 1 MB key would come back).
    field: shortPath(issue.path),
    message: reworded(issue, methods, value) ?? issue.message,
  }));
  return { ok: false, problems };
}

/** Parses untrusted input; the first problem becomes one Chinese error that names the field. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const checked = checkInput(schema, input);
  if (checked.ok) return checked.data;
  const first = checked.problems[0];
  if (!first) throw new AppError('VALIDATION', '输入有误');
  throw new AppError('VALIDATION', first.message, { field: first.field });
}
