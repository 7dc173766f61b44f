import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import {
  assertReceiverKind,
  assertTargetMatchesOpinion,
  caseStatusBlock,
  missingMaterials,
  transferBlock,
} from './guards';
import { CRIME_TRANSFER_QUOTE, NO_RETRANSFER_QUOTE } from './rules';
import { FULING_PROFILE } from '../profiles/fuling';

describe('transferBlock', () => {
  it('lets a case with no transfer, or only withdrawn ones, start one', () => {
    expect(transferBlock([], null, FULING_PROFILE)).toBeNull();
    expect(
      transferBlock([{ state: 'withdrawn', decision: null, receiverName: '区城市管理局' }], null, FULING_PROFILE),
    ).toBeNull();
    expect(
      transferBlock([{ state: 'decided', decision: 'other', receiverName: '区城市管理局' }], null, FULING_PROFILE),
    ).toBeNull();
  });

  it('never sends a refused case on to a third body, and names the rule', () => {
    for (const state of ['refused', 'escalated'] as const) {
      const block = transferBlock([{ state, decision: null, receiverName: '区城市管理局' }], null, FULING_PROFILE);
      expect(block?.code).toBe('TRANSFER_NO_RETRANSFER');
      expect(block?.message).toContain(NO_RETRANSFER_QUOTE);
    }
  });

  it('words a judicial refusal (不予立案) as what the law offers, not as a jurisdiction dispute', () => {
    const block = transferBlock(
      [
        {
          state: 'refused',
          decision: null,
          receiverName: '区公安分局',
          target: 'judicial',
          answerReason: '未达立案追诉标准。',
        },
      ],
      null,
      FULING_PROFILE,
    );
    expect(block?.code).toBe('TRANSFER_JUDICIAL_REFUSED');
    expect(block?.message).toBe(
      '区公安分局已对本案不予立案（未达立案追诉标准），该移送已办结。公安机关不予立案的，可以依法提请复议或者建议人民检察院进行立案监督（《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条）。',
    );
  });

  it('never sends on a case we received by transfer', () => {
    expect(transferBlock([], '白石镇人民政府', FULING_PROFILE)?.message).toContain(
      '本案系白石镇人民政府移送至本单位的案件，不得再行移送',
    );
  });

  it('refuses a second transfer while one is under way or accepted', () => {
    expect(transferBlock([{ state: 'sent', decision: null, receiverName: '甲' }], null, FULING_PROFILE)?.code).toBe(
      'TRANSFER_ACTIVE',
    );
    expect(transferBlock([{ state: 'accepted', decision: null, receiverName: '甲' }], null, FULING_PROFILE)?.code).toBe(
      'TRANSFER_DONE',
    );
    expect(
      transferBlock([{ state: 'decided', decision: 'ours', receiverName: '甲' }], null, FULING_PROFILE)?.code,
    ).toBe('TRANSFER_DONE');
  });
});

describe('the other guards', () => {
  it('keeps a case under review with the reviewer', () => {
    expect(caseStatusBlock('in-review')?.message).toContain('审核意见4或5');
    expect(caseStatusBlock('draft')).toBeNull();
    expect(caseStatusBlock('to-transfer')).toBeNull();
  });

  it('sends a suspected crime to the judicial organs, and nothing to a government', () => {
    expect(() => assertReceiverKind('judicial', 'department', '区城市管理局')).toThrow(AppError);
    expect(() => assertReceiverKind('judicial', 'public-security', '区公安分局')).not.toThrow();
    expect(() => assertReceiverKind('jurisdiction', 'public-security', '区公安分局')).not.toThrow();
    expect(() => assertReceiverKind('jurisdiction', 'government', '区人民政府')).toThrow(/报请政府决定/);
    expect(() => assertTargetMatchesOpinion(5, 'jurisdiction')).toThrow(/国务院令第310号/);
    expect(() => assertTargetMatchesOpinion(5, 'judicial')).toThrow(/移送公安机关（涉嫌犯罪）/);
    expect(() => assertTargetMatchesOpinion(4, 'jurisdiction')).not.toThrow();
  });

  it('lists the required materials not ticked, and the items list only when items are involved', () => {
    const materials = [
      { key: 'transfer-letter', label: '案件移送函', requirement: 'required' as const, present: false, note: '' },
      {
        key: 'items-list',
        label: '涉案物品及清单',
        requirement: 'if-items-involved' as const,
        present: false,
        note: '',
      },
      { key: 'other', label: '其他材料', requirement: 'optional' as const, present: false, note: '' },
    ];
    expect(missingMaterials(materials, false)).toEqual(['案件移送函']);
    expect(missingMaterials(materials, true)).toEqual(['案件移送函', '涉案物品及清单']);
  });
});

const seedsDir = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

describe.skipIf(!existsSync(seedsDir))('quoted rules against the seed texts', () => {
  it('quotes 不得再行移送 and 不得以罚代刑 word for word', () => {
    expect(readFileSync(`${seedsDir}/002_9eda03d24f855a6e.txt`, 'utf8')).toContain(NO_RETRANSFER_QUOTE);
    expect(readFileSync(`${seedsDir}/004_c6757be13407981b.txt`, 'utf8')).toContain(CRIME_TRANSFER_QUOTE);
  });
});
