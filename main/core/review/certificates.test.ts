import { describe, expect, it } from 'vitest';
import { assertEnoughHandlers, certificateProblems, handlerCountProblem } from './certificates';
import type { HandlerCertificate } from './certificates';

const valid: HandlerCertificate = {
  id: 'h1',
  name: '张三',
  certificateNo: '渝执0001',
  certValidFrom: '2023-01-01',
  certValidTo: '2025-12-31',
};

const kinds = (handlers: HandlerCertificate[], on: string) => certificateProblems(handlers, on).map((p) => p.kind);

describe('certificateProblems', () => {
  it('finds nothing for a certificate valid on the day, including its first and last day', () => {
    expect(certificateProblems([valid], '2024-06-01')).toEqual([]);
    expect(certificateProblems([valid], '2023-01-01')).toEqual([]);
    expect(certificateProblems([valid], '2025-12-31')).toEqual([]);
  });

  it('flags a certificate expired the day after its last day', () => {
    expect(certificateProblems([valid], '2026-01-01')).toEqual([
      {
        handlerId: 'h1',
        name: '张三',
        kind: 'expired',
        message:
          '承办人张三的执法证（渝执0001）有效期至2025年12月31日，2026年1月1日已过期。' +
          '行政处罚应当由具有行政执法资格的执法人员实施（《中华人民共和国行政处罚法》第四十二条，国家法律）。',
      },
    ]);
  });

  it('flags a certificate not yet valid', () => {
    expect(kinds([valid], '2022-12-31')).toEqual(['not-yet-valid']);
  });

  it('flags a missing or blank certificate number, naming the rule', () => {
    const problems = certificateProblems(
      [
        { ...valid, id: 'h2', name: '李四', certificateNo: null },
        { ...valid, id: 'h3', name: '王五', certificateNo: '  ' },
      ],
      '2024-06-01',
    );
    expect(problems.map((p) => [p.handlerId, p.kind])).toEqual([
      ['h2', 'missing'],
      ['h3', 'missing'],
    ]);
    // National law, not a seed outside the active profile (issue #13).
    expect(problems[0]?.message).toContain('《中华人民共和国行政处罚法》第四十二条');
  });

  it('flags a certificate whose validity was never recorded, but accepts an open start', () => {
    expect(kinds([{ ...valid, certValidTo: null }], '2024-06-01')).toEqual(['validity-unknown']);
    expect(kinds([{ ...valid, certValidFrom: null }], '2024-06-01')).toEqual([]);
  });

  it('reports each handler with a problem and leaves out those in order', () => {
    const handlers = [valid, { ...valid, id: 'h9', name: '赵六', certValidTo: '2024-01-31' }];
    expect(certificateProblems(handlers, '2024-02-01').map((p) => p.name)).toEqual(['赵六']);
  });

  it('refuses a date that is not a real YYYY-MM-DD date', () => {
    expect(() => certificateProblems([valid], '2024-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => certificateProblems([valid], '2024/06/01')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => certificateProblems([{ ...valid, certValidTo: '2024-13-01' }], '2024-06-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});

describe('handlerCountProblem (执法人员不得少于两人)', () => {
  it('flags fewer than two handlers for point 1 and refuses submission, citing the law', () => {
    expect(handlerCountProblem(2)).toBeNull();
    expect(handlerCountProblem(1)).toMatchObject({
      kind: 'too-few-handlers',
      message: '承办人少于两人（本案1人）：执法人员不得少于两人（《中华人民共和国行政处罚法》第四十二条）。',
    });
    expect(() => assertEnoughHandlers(1)).toThrow('请在案件中再添加一名承办人后送审');
    expect(() => assertEnoughHandlers(2)).not.toThrow();
  });
});
