// From the text of a template file to a checked Template, or one AppError('TEMPLATE_INVALID')
// that names the template, the line, the place and the field.

import { LineCounter, isNode, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { AppError } from '../../../shared/errors';
import { checkTemplate } from './template-check';
import { describeIssues, formatPath } from './template-errors';
import type { IssuePath } from './template-errors';
import { templateSchema } from './template-schema';
import type { Template } from './template-schema';

const YAML_PROBLEMS: Readonly<Record<string, string>> = {
  BAD_INDENT: '缩进不对',
  TAB_AS_INDENT: '不能用 Tab 键缩进，请用空格',
  MISSING_CHAR: '缺少配对的括号或引号',
  DUPLICATE_KEY: '同一层里有重复的字段',
  UNEXPECTED_TOKEN: '有多余或放错位置的字符',
  BLOCK_AS_IMPLICIT_KEY: '冒号或缩进有误',
  MULTILINE_IMPLICIT_KEY: '冒号或缩进有误',
};

function lineOf(doc: Document, counter: LineCounter, path: IssuePath): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node: unknown = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function invalid(source: string, line: number | undefined, path: IssuePath, message: string): AppError {
  const where = [line !== undefined ? `第 ${line} 行` : '', path.length > 0 ? `（${formatPath(path)}）` : '']
    .filter((s) => s.length > 0)
    .join('');
  const place = where.length > 0 ? `${where}：` : '';
  return new AppError('TEMPLATE_INVALID', `文书模板“${source}”有误，${place}${message}。`, {
    template: source,
    line,
    path: formatPath(path),
  });
}

/**
 * The document as plain data. YAML aliases (*name) are resolved here, and this is where an alias
 * without its anchor, or aliases that would blow the text up a billion times, fail: as a template
 * error like any other, not as an internal one.
 */
function toPlainData(doc: Document, source: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // The yaml library says which in English only, through the message.
    const excessive = error instanceof Error && /alias count/i.test(error.message);
    throw invalid(
      source,
      undefined,
      [],
      excessive
        ? 'YAML 格式错误：引用（*名称）过多，无法展开'
        : 'YAML 格式错误：引用（*名称）前没有对应的锚点（&名称）',
    );
  }
}

/**
 * Parses and checks a template file's text. `source` names it in messages (its id or file name);
 * when `expectedId` is given the file must declare that id.
 */
export function parseTemplate(text: string, source: string, expectedId?: string): Template {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line;
    throw invalid(
      source,
      line,
      [],
      `YAML 格式错误：${YAML_PROBLEMS[yamlError.code] ?? '无法解析'}（${yamlError.code}）`,
    );
  }
  const raw = toPlainData(doc, source);
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) {
    const located = describeIssues(parsed.error.issues, raw);
    if (located) throw invalid(source, lineOf(doc, counter, located.path), located.path, located.message);
    throw invalid(source, undefined, [], '内容不符合模板格式');
  }
  const template = parsed.data;
  if (expectedId !== undefined && template.id !== expectedId) {
    throw invalid(
      source,
      lineOf(doc, counter, ['id']),
      ['id'],
      `文件声明的编号“${template.id}”与文件名“${expectedId}”不一致`,
    );
  }
  const problem = checkTemplate(template)[0];
  if (problem) throw invalid(source, lineOf(doc, counter, problem.path), problem.path, problem.message);
  return template;
}
