// Every template's sample, and variants of it, as an office would issue them: no line runs past
// the text area (not even a 。，、: lines break by 避头尾 inside the block, in the DOCX as in the PDF), no page before the
// signature is left more than half empty, and no word of the screen or the code reaches the paper.

import { describe, it } from 'vitest';
import { listTemplates, sampleData } from './template-store';
import { checkPaper } from './testing/paper-checks';

type Data = Record<string, unknown>;

function variants(id: string): { name: string; data: unknown }[] {
  const sample = sampleData(id) as Data;
  const out: { name: string; data: unknown }[] = [{ name: `${id} sample`, data: sample }];
  if (id === 'review-opinion') {
    const minimal = structuredClone(sample) as Data & { case: Data; reviewer: Data; head: Data };
    delete minimal.submission;
    delete minimal.remarks;
    delete minimal.case.handlerPhone;
    delete minimal.case.major;
    delete minimal.reviewer.date;
    delete minimal.head.date;
    out.push({ name: 'review-opinion without the optional fields', data: minimal });
  }
  if (id === 'transfer-letter') {
    const seams = structuredClone(sample) as Data;
    seams.measures = '已责令当事人立即停止排放，并对现场拍照、取样。';
    out.push({ name: 'transfer-letter with typed measures ending in 。', data: seams });
  }
  return out;
}

describe('papers as offices issue them', () => {
  for (const { id } of listTemplates()) {
    for (const { name, data } of variants(id)) {
      it(`${name}: stays inside the text area, leaves no page half empty, prints no code phrase`, () => {
        checkPaper(name, id, data);
      });
    }
  }
});
