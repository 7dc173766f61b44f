// Checks case data against a template's declared data before anything is rendered. The first
// problem becomes AppError('DOCUMENT_DATA_INVALID') naming the field by its label and its path;
// `details.problems` lists them all.

import { AppError } from '../../../shared/errors';
import { isIsoDate, isIsoDateTime } from './format-values';
import type { Condition, FieldSpec, Scalar, Template } from './template-schema';

export interface DataProblem {
  readonly path: string;
  readonly message: string;
}

type Obj = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function valueAtPath(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) {
    if (!isObject(value)) return undefined;
    value = value[key];
  }
  return value;
}

/** Evaluates a condition against data; names resolve among siblings first, then from the root. */
export function holds(cond: Condition, value: unknown): boolean {
  if (cond.present !== undefined) {
    const present = !isMissing(value) && !(Array.isArray(value) && value.length === 0);
    return present === cond.present;
  }
  if (cond.equals !== undefined) return value === cond.equals;
  if (cond.notEquals !== undefined) return value !== cond.notEquals;
  if (cond.in !== undefined) return cond.in.includes(value as Scalar);
  return false;
}

function conditionValue(cond: Condition, siblings: Obj, root: Obj): unknown {
  const path = cond.field.split('.');
  const first = path[0] ?? '';
  return first in siblings ? valueAtPath(siblings, path) : valueAtPath(root, path);
}

class Validator {
  readonly problems: DataProblem[] = [];
  constructor(private readonly root: Obj) {}

  private add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(fields: Readonly<Record<string, FieldSpec>>, value: Obj, path: string, label: string): void {
    for (const key of Object.keys(value)) {
      if (!(key in fields)) this.add(`${path}${key}`, `数据中有模板未定义的字段“${path}${key}”`);
    }
    for (const [key, spec] of Object.entries(fields)) {
      this.field(spec, value[key], `${path}${key}`, `${label}${spec.label}`, value);
    }
  }

  private field(spec: FieldSpec, value: unknown, path: string, label: string, siblings: Obj): void {
    const required = spec.requiredWhen
      ? holds(spec.requiredWhen, conditionValue(spec.requiredWhen, siblings, this.root))
      : (spec.required ?? true);
    const emptyList = spec.type === 'list' && Array.isArray(value) && value.length === 0 && (spec.minItems ?? 1) > 0;
    if (isMissing(value) || (required && emptyList)) {
      if (required) this.add(path, `缺少“${label}”（${path}）`);
      return;
    }
    const wrong = (expected: string): void => this.add(path, `“${label}”（${path}）应为${expected}`);
    switch (spec.type) {
      case 'text':
        if (typeof value !== 'string') wrong('文字');
        else if (spec.maxLength !== undefined && Array.from(value).length > spec.maxLength) {
          this.add(path, `“${label}”（${path}）不能超过 ${spec.maxLength} 个字`);
        }
        return;
      case 'date':
        if (typeof value !== 'string' || !isIsoDate(value)) wrong('日期，格式如 2025-10-14');
        return;
      case 'datetime':
        if (typeof value !== 'string' || !isIsoDateTime(value)) wrong('日期时间，格式如 2025-10-14T09:30');
        return;
      case 'money':
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) wrong('以分为单位的非负整数金额');
        return;
      case 'integer':
        if (typeof value !== 'number' || !Number.isSafeInteger(value)) wrong('整数');
        return;
      case 'boolean':
        if (typeof value !== 'boolean') wrong('true 或 false');
        return;
      case 'enum':
        if (typeof value !== 'string' || !(value in spec.values)) {
          wrong(
            `以下之一：${Object.entries(spec.values)
              .map(([k, v]) => `${k}（${v}）`)
              .join('、')}`,
          );
        }
        return;
      case 'object':
        if (!isObject(value)) wrong('一组字段');
        else this.object(spec.fields, value, `${path}.`, `${label}的`);
        return;
      case 'list':
        this.list(spec, value, path, label);
        return;
    }
  }

  private list(spec: Extract<FieldSpec, { type: 'list' }>, value: unknown, path: string, label: string): void {
    if (!Array.isArray(value)) {
      this.add(path, `“${label}”（${path}）应为列表`);
      return;
    }
    if (spec.minItems !== undefined && value.length < spec.minItems) {
      this.add(path, `“${label}”（${path}）至少要有 ${spec.minItems} 项，现有 ${value.length} 项`);
    }
    if (spec.maxItems !== undefined && value.length > spec.maxItems) {
      this.add(path, `“${label}”（${path}）至多 ${spec.maxItems} 项，现有 ${value.length} 项`);
    }
    value.forEach((item: unknown, i) => {
      const itemPath = `${path}[${i}]`;
      const itemLabel = `${label}第 ${i + 1} 项`;
      if (spec.item.type === 'object') {
        if (!isObject(item)) this.add(itemPath, `“${itemLabel}”（${itemPath}）应为一组字段`);
        else this.object(spec.item.fields, item, `${itemPath}.`, `${itemLabel}的`);
      } else {
        this.field(spec.item, item, itemPath, itemLabel, {});
      }
    });
  }
}

export function findDataProblems(template: Template, data: unknown): DataProblem[] {
  if (!isObject(data)) return [{ path: '', message: '文书数据应为一组字段（JSON 对象）' }];
  const validator = new Validator(data);
  validator.object(template.data, data, '', '');
  return validator.problems;
}

/** Throws DOCUMENT_DATA_INVALID naming the first problem. */
export function validateData(template: Template, data: unknown): void {
  const problems = findDataProblems(template, data);
  const first = problems[0];
  if (!first) return;
  const more = problems.length > 1 ? `（另有 ${problems.length - 1} 处问题）` : '';
  throw new AppError('DOCUMENT_DATA_INVALID', `${template.name}的数据有误：${first.message}${more}。`, {
    template: template.id,
    problems,
  });
}
