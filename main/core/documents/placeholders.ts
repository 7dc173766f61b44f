// The placeholder language of templates. Deliberately tiny — no code runs inside a template:
//   {{case.number}}          a field (or a loop variable's field)
//   {{fine|upper}}           money in Chinese capitals (人民币大写)
//   {{@index}} / {{@cn}}     position in the innermost repeat: 1, 2, 3 / 一, 二, 三
//   {{count(items)}}         number of entries in a list
//   {{sum(items.proceeds)}}  total of a money or integer field over a list

export type Formatter = 'upper';

export type Expr =
  | { readonly kind: 'path'; readonly path: readonly string[]; readonly format?: Formatter | undefined }
  | { readonly kind: 'index' }
  | { readonly kind: 'cn' }
  | { readonly kind: 'count'; readonly path: readonly string[] }
  | { readonly kind: 'sum'; readonly path: readonly string[]; readonly format?: Formatter | undefined };

export type TextPart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'expr'; readonly expr: Expr; readonly source: string };

/** A placeholder the parser cannot read; `source` is the offending text. */
export class PlaceholderSyntaxError extends Error {
  readonly source: string;
  constructor(source: string, message: string) {
    super(message);
    this.name = 'PlaceholderSyntaxError';
    this.source = source;
  }
}

const PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
const CALL = /^(count|sum)\(\s*([^()\s]+)\s*\)$/;
const FORMATTERS: readonly string[] = ['upper'];

function parseExpr(inner: string, source: string): Expr {
  const [body = '', formatText, ...rest] = inner.split('|').map((s) => s.trim());
  if (rest.length > 0) throw new PlaceholderSyntaxError(source, '一个占位符只能有一个格式');
  let format: Formatter | undefined;
  if (formatText !== undefined) {
    if (!FORMATTERS.includes(formatText)) {
      throw new PlaceholderSyntaxError(source, `格式“${formatText}”不存在（可用：upper）`);
    }
    format = 'upper';
  }
  if (body === '@index' || body === '@cn') {
    if (format) throw new PlaceholderSyntaxError(source, '序号不能加格式');
    return { kind: body === '@index' ? 'index' : 'cn' };
  }
  const call = CALL.exec(body);
  if (call) {
    const [, fn, arg = ''] = call;
    if (!PATH.test(arg)) throw new PlaceholderSyntaxError(source, `“${arg}”不是字段路径`);
    if (fn === 'count') {
      if (format) throw new PlaceholderSyntaxError(source, 'count 不能加格式');
      return { kind: 'count', path: arg.split('.') };
    }
    return { kind: 'sum', path: arg.split('.'), format };
  }
  if (!PATH.test(body)) throw new PlaceholderSyntaxError(source, `“${body}”不是字段路径`);
  return { kind: 'path', path: body.split('.'), format };
}

/** Splits a template text into literal text and placeholders. */
export function parseText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    if (open < 0) {
      parts.push({ kind: 'literal', text: rest });
      break;
    }
    if (open > 0) parts.push({ kind: 'literal', text: rest.slice(0, open) });
    const close = rest.indexOf('}}', open + 2);
    if (close < 0) throw new PlaceholderSyntaxError(rest.slice(open), '占位符缺少结尾的 }}');
    const source = rest.slice(open, close + 2);
    const inner = rest.slice(open + 2, close).trim();
    if (inner.includes('{{')) throw new PlaceholderSyntaxError(source, '占位符缺少结尾的 }}');
    parts.push({ kind: 'expr', expr: parseExpr(inner, source), source });
    rest = rest.slice(close + 2);
  }
  return parts;
}
