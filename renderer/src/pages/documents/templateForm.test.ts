import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromChips, readTemplateForm, toChips, withText } from './templateForm';

import receipt from '../../../../templates/service-receipt.yaml?raw';
import items from '../../../../templates/item-list.yaml?raw';
import opinionText from '../../../../templates/review-opinion.yaml?raw';

describe('a template’s texts as a form', () => {
  it('names every text in Chinese and shows placeholders as chips named after the data labels', () => {
    const form = readTemplateForm(receipt);
    const title = form.fields[0];
    expect(title).toMatchObject({ name: '第 1 块（标题）第 1 行', raw: '{{org.name}}送达回证' });
    expect(toChips(title?.raw ?? '', form.labels)).toBe('〔送达机关名称〕送达回证');
    const cell = form.fields.find((field) => field.raw.startsWith('《{{document.name}}》（{{document.number}}）'));
    expect(cell?.name).toBe('第 2 块（表格）第 3 行第 2 格（条件 1：按“送达文书文号”）');
    expect(toChips(cell?.raw ?? '', form.labels)).toBe('《〔送达文书名称〕》（〔送达文书文号〕）〔送达文书件数〕件');
    // A list's items are named after the list's item label, inside its each-block.
    const list = readTemplateForm(items);
    expect(list.labels.get('item.quantity')).toMatch(/^物品数量/);
    expect(toChips('合计{{sum(disposed.proceeds)}}', list.labels)).toBe('合计〔先行处置的物品所得款项合计〕');
    // A block of its own over a list (type: each, list: points) names its items too.
    const opinion = readTemplateForm(opinionText);
    expect(opinion.labels.get('point.note')).toBeDefined();
  });

  it('turns chips back into placeholders, refuses unknown ones, and keeps 〔2024〕 as text', () => {
    const { labels } = readTemplateForm(receipt);
    expect(fromChips('〔受送达人〕于〔送达时间〕签收（涪陵府办〔2024〕1号）', labels)).toEqual({
      raw: '{{recipient}}于{{servedAt}}签收（涪陵府办〔2024〕1号）',
      unknown: [],
    });
    expect(fromChips('〔期限〕内', labels).unknown).toEqual(['期限']);
  });

  it('changes one text in the YAML and leaves the rest, comments included, as it was', () => {
    const form = readTemplateForm(receipt);
    const field = form.fields.find((f) => f.raw === '送达地点');
    const edited = withText(receipt, field?.path ?? [], '送达的地点');
    expect(edited).toContain('# Room for the recipient to sign or seal');
    expect(readTemplateForm(edited).fields.find((f) => f.path.join() === field?.path.join())?.raw).toBe('送达的地点');
    const before = parse(receipt) as { data: unknown };
    expect((parse(edited) as { data: unknown }).data).toEqual(before.data);
  });
});
