import { describe, expect, it } from 'vitest';
import { buildDocument, cleanText, distributeWidths } from './build';
import { TEXT_WIDTH_TWIPS } from './layout';
import type { DocBlock, DocumentModel } from './model';
import { parseTemplate } from './template-parse';
import { listTemplates, loadTemplate, sampleData } from './template-store';

function build(id: string, change?: (data: Record<string, unknown>) => void): DocumentModel {
  const data = structuredClone(sampleData(id)) as Record<string, unknown>;
  change?.(data);
  return buildDocument(loadTemplate(id).template, data);
}

function texts(model: DocumentModel): string[] {
  return model.blocks.flatMap((b: DocBlock) => {
    switch (b.kind) {
      case 'title':
        return b.lines;
      case 'table':
        return [...b.headerRows, ...b.rows].flatMap((r) => r.cells.map((c) => c.text));
      case 'attachments':
        return b.items;
      case 'signature':
        return [b.org, b.date];
      case 'blank':
      case 'pageBreak':
        return [];
      default:
        return [b.text];
    }
  });
}

describe('buildDocument', () => {
  it('builds every template from its sample', () => {
    for (const { id, name } of listTemplates()) {
      const model = build(id);
      expect(model.name).toBe(name);
      expect(model.page.widthTwips).toBe(11906);
      expect(texts(model).join('')).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('numbers headings 一、 and （一）, restarting the second level under each first-level heading', () => {
    const headings = build('review-opinion')
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings.slice(0, 4)).toEqual([
      '一、案件基本情况',
      '二、审核内容',
      '（一）行政执法主体是否合法，行政执法人员是否具备执法资格。',
      '（二）是否具有管辖权。',
    ]);
    expect(headings).toContain('三、审核意见');
    expect(headings.filter((h) => h.startsWith('（'))).toHaveLength(9);
  });

  it('formats dates and money the way documents write them', () => {
    const all = texts(build('item-list')).join('\n');
    expect(all).toContain('先行处置所得款项共计人民币伍佰陆拾玖元整（569元）');
    expect(texts(build('service-receipt'))).toContain('2025年10月13日15时20分');
  });

  it('chooses text by condition: the opinion type decides which paragraphs appear', () => {
    const agree = texts(build('review-opinion')).join('\n');
    expect(agree).toContain('请按程序报请某某镇人民政府负责人决定。');
    const transfer = texts(
      build('review-opinion', (d) => {
        d.opinion = { type: 'transfer-judicial', reasons: '当事人的行为涉嫌犯罪。', receiver: '某某区公安局' };
      }),
    ).join('\n');
    expect(transfer).toContain('本机构提出建议移送司法机关处理的意见。');
    expect(transfer).toContain('建议将该案移送某某区公安局处理。');
    expect(transfer).not.toContain('报请本机关负责人决定');
  });

  it('records refusal and witness on a receipt served by leaving the document', () => {
    const lodged = texts(
      build('service-receipt', (d) => {
        Object.assign(d, { method: 'lodged', witness: '刘德明', refusal: '拒绝在送达回证上签名' });
      }),
    );
    expect(lodged).toContain('受送达人拒绝签收');
    expect(lodged).toContain('刘德明');
    expect(lodged.join('')).toContain('拒收事由：拒绝在送达回证上签名。');
  });

  it('repeats table rows over a list and repeats the header row', () => {
    const table = build('item-list').blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.headerRows[0]?.cells.map((c) => c.text)).toEqual([
      '序号',
      '物品名称',
      '规格型号',
      '品级',
      '形态',
      '数量',
      '保管情况及备注',
    ]);
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells[0]?.text)).toEqual(['1', '2', '3', '4']);
  });

  it('leaves out the disposal section when nothing was disposed of', () => {
    const headings = build('item-list', (d) => {
      delete d.disposed;
    }).blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.kind === 'heading' && h.text)).toEqual(['一、涉案物品']);
  });

  it('starts a new paragraph at a line break in the data and drops characters XML cannot hold', () => {
    const model = build('acceptance-notice', (d) => {
      d.decision = 'refuse';
      d.reason = '一、该行为不属于本机关职权。\n二、移送材料\u0007不全。';
    });
    const paragraphs = model.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.kind === 'paragraph' && b.text);
    expect(paragraphs).toContain('经审查，本机关决定不予受理。理由如下：一、该行为不属于本机关职权。');
    expect(paragraphs).toContain('二、移送材料不全。');
    expect(cleanText('a\r\nb\tc\uD800')).toBe('a\nb c');
  });

  it('sums money over a list and counts entries', () => {
    const template = parseTemplate(
      `id: t
name: 测试
version: 1
data:
  rows:
    type: list
    label: 行
    item:
      type: object
      label: 行
      fields:
        fee: { type: money, label: 金额 }
blocks:
  - type: paragraph
    text: 共{{count(rows)}}笔，合计{{sum(rows.fee)}}元（{{sum(rows.fee)|upper}}）
`,
      't',
    );
    const model = buildDocument(template, { rows: [{ fee: 100050 }, { fee: 2000 }] });
    expect(model.blocks[0]).toMatchObject({ text: '共2笔，合计1020.50元（壹仟零贰拾元伍角）' });
  });
});

describe('distributeWidths', () => {
  it('gives whole twips that add up to the text width', () => {
    const widths = distributeWidths([3, 7, 6, 4, 7, 7]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_TWIPS);
    expect(widths.every((w) => Number.isInteger(w))).toBe(true);
  });
});
