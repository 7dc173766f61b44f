import { describe, expect, it } from 'vitest';
import { buildDocument, renderModel } from './render';
import { parseTemplate } from './template-parse';
import { estimatePages, MAX_ESTIMATED_PAGES } from './output-limits';
import { PAGE_SETUP } from './build';
import { measureWithBuiltinMetrics } from './metrics';
import type { DocumentModel } from './model';
import { documentFlow } from './document-flow';
import { paginate } from './paginate';

// Issue #17: a paper's size is bounded before any renderer spends time on it, whatever the data
// repeats: one template block per list entry, and the list as long as the caller likes.
const REPEATING = `id: demo
name: 测试文书
version: 1
data:
  items:
    type: list
    label: 物品
    item:
      type: object
      label: 物品
      fields:
        name: { type: text, label: 名称 }
blocks:
  - type: title
    lines: [测试文书]
  - type: each
    list: items
    as: item
    blocks:
      - type: paragraph
        text: '{{@index}}.{{item.name}}'
      - type: blank
        lines: 5
`;

const items = (count: number) => ({ items: Array.from({ length: count }, (_, i) => ({ name: `物品${i}` })) });

describe('output limits', () => {
  it('renders a paper of ordinary length', async () => {
    const model = buildDocument(parseTemplate(REPEATING, 'demo'), items(10));
    expect(estimatePages(model)).toBeLessThan(5);
    expect((await renderModel(model, 'pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each(['pdf', 'docx', 'html'] as const)(
    'refuses in Chinese, before rendering, a %s that data repeats into thousands of pages',
    async (format) => {
      const model = buildDocument(parseTemplate(REPEATING, 'demo'), items(3000));
      expect(estimatePages(model)).toBeGreaterThan(MAX_ESTIMATED_PAGES);
      await expect(renderModel(model, format)).rejects.toMatchObject({
        code: 'DOCUMENT_TOO_LARGE',
        message: expect.stringMatching(/^文书内容过多（(约 \d+ 页|\d+ 个段落)/),
      });
    },
  );
});

describe('the page estimate of tables', () => {
  const table = (size: 'small' | 'normal', rows: number): DocumentModel => ({
    templateId: 't',
    name: '测试',
    page: PAGE_SETUP,
    pageNumbers: true,
    blocks: [
      {
        kind: 'table',
        size,
        columnWidths: [800, 8000],
        headerRows: [],
        rows: Array.from({ length: rows }, (_, i) => ({
          minLines: 1,
          cells: [
            { text: String(i + 1), align: 'center' as const, span: 1, header: false },
            { text: '物品', align: 'left' as const, span: 1, header: false },
          ],
        })),
      },
    ],
  });
  const pages = (model: DocumentModel) =>
    paginate(documentFlow(model, measureWithBuiltinMetrics), measureWithBuiltinMetrics).length;

  it.each(['small', 'normal'] as const)('counts the rows of a %s table on the pitch the flow sets them on', (size) => {
    const model = table(size, 400);
    // A lower bound, and a close one: 400 rows of 4号 take about 26 pages on the 21 pt pitch, not
    // the 35 of the body's 28.95 pt.
    expect(estimatePages(model)).toBeLessThanOrEqual(pages(model));
    expect(estimatePages(model)).toBeGreaterThanOrEqual(pages(model) - 1);
  });
});
