// A template's texts as a form: every paragraph, title line, table cell and label of the YAML, each
// with a Chinese name, and its placeholders ({{deadline}}) shown as Chinese chips (〔补正期限〕) named
// after the template's own data labels. Editing a text sets that one value in the YAML document (the
// rest — comments, layout, conditions — stays as it was), and the server's check runs on the result
// as it does for the YAML view.

import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** One editable text of the template. */
export interface TemplateTextField {
  /** Where it is in the YAML document. */
  path: Array<string | number>;
  /** Its Chinese name: 第 3 段（正文）, 表格第 2 行第 1 格, 标题第 1 行 … */
  name: string;
  /** As stored, with {{placeholders}}. */
  raw: string;
}

export interface TemplateForm {
  fields: TemplateTextField[];
  /** placeholder key (org.name, item.quantity, @index …) → its Chinese name. */
  labels: Map<string, string>;
}

const BLOCK_NAMES: Record<string, string> = {
  title: '标题',
  heading: '小标题',
  paragraph: '段落',
  addressee: '主送机关',
  signature: '落款',
  table: '表格',
  list: '列表',
  label: '标注',
  attachments: '附件',
  when: '按条件显示的内容',
  each: '逐项列出的内容',
};

/** Keys whose string values are printed text. */
const TEXT_KEYS = new Set(['text', 'lines', 'label', 'title', 'heading', 'header', 'prefix', 'suffix', 'caption']);

function plain(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

function mapGet(node: unknown, key: string): unknown {
  if (!isMap(node)) return undefined;
  return node.items.find((pair) => isPair(pair) && plain(pair.key) === key)?.value;
}

/** The data section's labels: org.name → 受移送机关名称; a list's items under its own path. */
function dataLabels(
  node: unknown,
  prefix: string,
  prefixLabel: string,
  out: Map<string, string>,
  lists: Map<string, unknown>,
) {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = plain(pair.key);
    if (typeof key !== 'string') continue;
    const def = pair.value;
    const label = String(plain(mapGet(def, 'label')) ?? key);
    const path = prefix ? `${prefix}.${key}` : key;
    const type = plain(mapGet(def, 'type'));
    const full = joinLabels(prefixLabel, label);
    out.set(path, full);
    if (type === 'object') dataLabels(mapGet(def, 'fields'), path, full, out, lists);
    if (type === 'list') {
      const item = mapGet(def, 'item');
      lists.set(path, item);
      // For sums over the list (sum(disposed.proceeds)): its items' fields under the list's own name.
      dataLabels(mapGet(item, 'fields'), path, full, out, lists);
    }
  }
}

/** 制作机关 + 机关名称 → 制作机关名称: the words the two share are said once. */
function joinLabels(parent: string, child: string): string {
  for (let n = Math.min(parent.length, child.length); n > 0; n--)
    if (parent.endsWith(child.slice(0, n))) return parent + child.slice(n);
  return parent + child;
}

function unique(labels: Map<string, string>): Map<string, string> {
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  for (const [key, label] of labels) {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    out.set(key, n === 1 ? label : `${label}${n}`);
  }
  return out;
}

function blockName(block: unknown, index: number): string {
  const type = plain(mapGet(block, 'type'));
  const kind =
    typeof type === 'string' ? (BLOCK_NAMES[type] ?? '内容') : mapGet(block, 'each') ? '逐项列出的内容' : '内容';
  return `第 ${index + 1} 块（${kind}）`;
}

/** Reads the template's texts and its placeholder names; throws (YAML message) when the text is not YAML. */
export function readTemplateForm(text: string): TemplateForm {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors[0]?.message ?? 'YAML');
  const labels = new Map<string, string>();
  const lists = new Map<string, unknown>();
  dataLabels(doc.get('data'), '', '', labels, lists);
  const fields: TemplateTextField[] = [];

  // `each: items, as: item`: inside it, {{item.name}} is a field of the list's item.
  const withAlias = (node: unknown, aliases: Map<string, unknown>) => {
    // A table row says `each: items`; a block of its own says `type: each, list: points`.
    const each =
      plain(mapGet(node, 'each')) ?? (plain(mapGet(node, 'type')) === 'each' ? plain(mapGet(node, 'list')) : undefined);
    const as = plain(mapGet(node, 'as'));
    if (typeof each !== 'string' || typeof as !== 'string' || !lists.has(each)) return aliases;
    const scope = new Map(aliases);
    scope.set(as, lists.get(each));
    return scope;
  };

  const walk = (node: unknown, path: Array<string | number>, name: string, aliases: Map<string, unknown>) => {
    if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i], name, aliases));
      return;
    }
    if (!isMap(node)) return;
    const scope = withAlias(node, aliases);
    for (const [alias, item] of scope) {
      const itemLabel = String(plain(mapGet(item, 'label')) ?? alias);
      labels.set(alias, itemLabel);
      const fieldsNode = mapGet(item, 'fields');
      if (isMap(fieldsNode))
        for (const pair of fieldsNode.items) {
          const key = plain(pair.key);
          if (typeof key === 'string' && !labels.has(`${alias}.${key}`))
            labels.set(`${alias}.${key}`, joinLabels(itemLabel, String(plain(mapGet(pair.value, 'label')) ?? key)));
        }
    }
    for (const pair of node.items) {
      const key = plain(pair.key);
      if (typeof key !== 'string') continue;
      const value = pair.value as Node | null;
      const here = [...path, key];
      if (TEXT_KEYS.has(key) && isScalar(value) && typeof value.value === 'string') {
        fields.push({
          path: here,
          name:
            key === 'text' || key === 'lines'
              ? name
              : `${name}的${key === 'label' ? '标签' : key === 'header' ? '表头' : '标题'}`,
          raw: value.value,
        });
      } else if (TEXT_KEYS.has(key) && isSeq(value) && value.items.every((item) => isScalar(item))) {
        value.items.forEach((item, i) => {
          if (isScalar(item) && typeof item.value === 'string')
            fields.push({ path: [...here, i], name: `${name}第 ${i + 1} 行`, raw: item.value });
        });
      } else if (key === 'rows' && isSeq(value)) {
        value.items.forEach((row, r) => {
          const rowScope = withAlias(row, scope);
          const cells = mapGet(row, 'cells');
          if (isSeq(cells))
            cells.items.forEach((cell, c) =>
              walk(cell, [...here, r, 'cells', c], `${name}第 ${r + 1} 行第 ${c + 1} 格`, rowScope),
            );
        });
      } else if (key === 'text' && isSeq(value)) {
        // Conditional texts: each alternative, named after its condition.
        value.items.forEach((alt, i) => {
          const when = mapGet(alt, 'when');
          const field = plain(mapGet(when, 'field'));
          const cond = when
            ? `（条件 ${i + 1}${typeof field === 'string' ? `：按“${labels.get(field) ?? field}”` : ''}）`
            : '（其他情况）';
          walk(alt, [...here, i], `${name}${cond}`, scope);
        });
      } else if (key === 'blocks' && isSeq(value)) {
        // Blocks inside a block (shown on a condition): numbered within it.
        value.items.forEach((block, i) =>
          walk(block, [...here, i], `${name}之${blockName(block, i).replace(/^第 (\d+) 块/, ' $1')}`, scope),
        );
      } else if (key !== 'when' && (isMap(value) || isSeq(value))) {
        walk(value, here, name, scope);
      }
    }
  };

  const blocks = doc.get('blocks');
  if (isSeq(blocks)) blocks.items.forEach((block, i) => walk(block, ['blocks', i], blockName(block, i), new Map()));
  labels.set('@index', '序号');
  return { fields, labels: unique(labels) };
}

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;
/** 〔…〕 with something other than digits inside (〔2024〕 in a document number stays text). */
const CHIP = /〔([^〔〕]*[^〔〕\d][^〔〕]*)〕/g;

function sumLabel(key: string, labels: Map<string, string>): string | undefined {
  const sum = /^sum\((.+)\)$/.exec(key);
  if (!sum?.[1]) return undefined;
  const inner = labels.get(sum[1]);
  return inner ? `${inner}合计` : undefined;
}

/** {{org.name}} → 〔受移送机关名称〕; a placeholder without a name stays as it is. */
export function toChips(raw: string, labels: Map<string, string>): string {
  return raw.replace(PLACEHOLDER, (whole, key: string) => {
    const label = labels.get(key) ?? sumLabel(key, labels);
    return label ? `〔${label}〕` : whole;
  });
}

/** The chips of a text, back to placeholders; names not in the template's list are returned as unknown. */
export function fromChips(shown: string, labels: Map<string, string>): { raw: string; unknown: string[] } {
  const byLabel = new Map<string, string>();
  for (const [key, label] of labels) byLabel.set(label, `{{${key}}}`);
  for (const [key, label] of labels) if (!key.startsWith('@')) byLabel.set(`${label}合计`, `{{sum(${key})}}`);
  const unknown: string[] = [];
  const raw = shown.replace(CHIP, (whole, label: string) => {
    const placeholder = byLabel.get(label);
    if (placeholder) return placeholder;
    unknown.push(label);
    return whole;
  });
  return { raw, unknown };
}

/** The chips a text uses, in order, once each. */
export function chipsOf(shown: string): string[] {
  return [...new Set([...shown.matchAll(CHIP)].map((match) => match[1] ?? ''))];
}

/** The YAML with one text replaced; everything else as it was. */
export function withText(text: string, path: Array<string | number>, value: string): string {
  const doc: Document = parseDocument(text);
  const node = doc.getIn(path, true);
  if (isScalar(node)) node.value = value;
  else doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}
