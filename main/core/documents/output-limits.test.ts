import { describe, expect, it } from 'vitest';
import { buildDocument, renderModel } from './render';
import { parseTemplate } from './template-parse';
import { estimatePages, MAX_ESTIMATED_PAGES } from './output-limits';

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
