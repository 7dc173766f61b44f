// Test support: blocks laid out on pages as every renderer lays them out (documentFlow, then
// paginate, with the built-in metrics), and the text of the placed lines read back.

import { PAGE_SETUP } from '../build';
import { documentFlow } from '../document-flow';
import { measureWithBuiltinMetrics } from '../metrics';
import type { DocBlock, DocumentModel } from '../model';
import { paginate } from '../paginate';
import type { PlacedPage } from '../paginate';

export function model(blocks: DocBlock[]): DocumentModel {
  return { templateId: 't', name: '测试', page: PAGE_SETUP, pageNumbers: true, blocks };
}

export function layout(blocks: DocBlock[]): PlacedPage[] {
  return paginate(documentFlow(model(blocks), measureWithBuiltinMetrics), measureWithBuiltinMetrics);
}

export function textOf(page: PlacedPage | undefined, index: number): string {
  const line = page?.lines[index];
  return line ? line.text.chars.slice(line.range.start, line.range.end).join('') : '';
}

/** A body paragraph, indented two characters. */
export const para = (text: string): DocBlock => ({ kind: 'paragraph', text, align: 'justify', indentChars: 2 });
/** Text that fits on one body line, indent included. */
export const LINE = '中华人民共和国行政处罚法规定当事人有权陈述申辩';
