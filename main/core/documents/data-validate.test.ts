import { describe, expect, it } from 'vitest';
import { findDataProblems, validateData } from './data-validate';
import { loadTemplate, sampleData } from './template-store';

const receipt = loadTemplate('service-receipt').template;
const opinion = loadTemplate('review-opinion').template;

function sample(id: string): Record<string, unknown> {
  return structuredClone(sampleData(id)) as Record<string, unknown>;
}

describe('validateData', () => {
  it('accepts every sample', () => {
    for (const id of ['review-opinion', 'service-receipt']) {
      expect(findDataProblems(loadTemplate(id).template, sampleData(id))).toEqual([]);
    }
  });

  it('refuses a missing required value, naming it by label and path', () => {
    const data = sample('service-receipt');
    delete data.recipient;
    expect(() => validateData(receipt, data)).toThrow(
      expect.objectContaining({
        code: 'DOCUMENT_DATA_INVALID',
        message: '送达回证的数据有误：缺少“受送达人”（recipient）。',
      }),
    );
  });

  it('names a field inside a list item by its position', () => {
    const data = sample('review-opinion');
    const points = data.points as Record<string, unknown>[];
    delete points[2]?.finding;
    expect(findDataProblems(opinion, data)).toEqual([
      { path: 'points[2].finding', message: '缺少“审核内容第 3 项的审核结论”（points[2].finding）' },
    ]);
  });

  it('requires a witness and the refusal only for service by leaving the document (留置送达)', () => {
    const data = { ...sample('service-receipt'), method: 'lodged' };
    expect(findDataProblems(receipt, data).map((p) => p.path)).toEqual(['witness', 'refusal']);
    expect(findDataProblems(receipt, { ...data, witness: '刘德明', refusal: '拒绝签名' })).toEqual([]);
  });

  it('checks types: dates, money in fen, options, list sizes', () => {
    const data = sample('review-opinion');
    (data.document as Record<string, unknown>).date = '2025-02-30';
    (data.opinion as Record<string, unknown>).type = 'approve';
    data.points = (data.points as unknown[]).slice(0, 8);
    const messages = findDataProblems(opinion, data).map((p) => p.message);
    expect(messages).toEqual([
      '“文书的成文日期”（document.date）应为日期，格式如 2025-10-14',
      '“审核内容”（points）至少要有 9 项，现有 8 项',
      expect.stringContaining('“审核意见的意见类型”（opinion.type）应为以下之一：agree（拟同意作出行政执法决定）'),
    ]);
    const list = sample('item-list');
    ((list.disposed as Record<string, unknown>[])[0] as Record<string, unknown>).proceeds = 416.5;
    expect(findDataProblems(loadTemplate('item-list').template, list)[0]?.message).toContain(
      '以分为单位的非负整数金额',
    );
  });

  it('refuses fields the template does not declare, so a misspelt key is noticed', () => {
    const data = { ...sample('service-receipt'), recipent: '某某区市场监督管理局' };
    expect(findDataProblems(receipt, data).map((p) => p.message)).toContain('数据中有模板未定义的字段“recipent”');
  });

  it('refuses data that is not an object', () => {
    expect(() => validateData(receipt, [])).toThrow(/JSON 对象/);
  });
});
