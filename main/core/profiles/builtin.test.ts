import { describe, expect, it } from 'vitest';
import { provenanceLabel, ruleProfileSchema } from '../../../shared/domain/profile';
import type { RuleProfile, SourcedNumber } from '../../../shared/domain/profile';
import { AppError } from '../../../shared/errors';
import { builtinProfiles, copyProfile, DEFAULT_PROFILE_ID, getBuiltinProfile } from './builtin';

function expectAppError(run: () => unknown, code: string): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected AppError ${code}`);
}

const isOfficeSetting = (entry: SourcedNumber | null) => entry?.source.kind === 'office-setting';

describe('shipped profiles', () => {
  it('ships 涪陵, 周村 and 郯城 with 涪陵 as the default', () => {
    expect(builtinProfiles().map((profile) => profile.id)).toEqual(['fuling', 'zhoucun', 'tancheng']);
    expect(DEFAULT_PROFILE_ID).toBe('fuling');
  });

  it.each(builtinProfiles().map((profile) => [profile.id, profile] as const))(
    '%s validates against the schema',
    (_id, profile) => {
      const result = ruleProfileSchema.safeParse(profile);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  it('涪陵: thresholds 2000/20000 yuan, transfer 5 working days or 24 h, answer 5 working days', () => {
    const p = getBuiltinProfile('fuling');
    expect(p.thresholds.fine.citizen.value).toBe(200_000);
    expect(p.thresholds.fine.organization.value).toBe(2_000_000);
    expect(p.thresholds.confiscation.citizen.value).toBe(200_000);
    expect(p.thresholds.confiscation.organization.value).toBe(2_000_000);
    expect(p.deadlines.transferWorkingDays.value).toBe(5);
    expect(p.deadlines.transferUrgentHours.value).toBe(24);
    expect(p.deadlines.answerWorkingDays.value).toBe(5);
    expect(p.deadlines.transferUrgentHours.source.kind).toBe('seed');
    expect(p.headApprovesTransfer.value).toBe(false);
    expect(p.deadlines.complainantFeedbackWorkingDays).toBeNull();
    expect(p.transferMaterials.map((m) => m.label)).toContain('案件移送函');
    expect(p.supplementMaterials.map((m) => m.key)).toEqual([
      'investigation-report',
      'proposal',
      'evidence',
      'hearing-or-assessment',
      'other',
    ]);
  });

  it('周村: 2 working days, head approval, answer in 5 working days, sharing at most 5 working days', () => {
    const p = getBuiltinProfile('zhoucun');
    expect(p.deadlines.transferWorkingDays.value).toBe(2);
    expect(p.headApprovesTransfer).toMatchObject({ value: true, source: { kind: 'seed' } });
    expect(p.deadlines.answerWorkingDays).toMatchObject({ value: 5, source: { kind: 'seed' } });
    expect(p.deadlines.informationSharingWorkingDays?.value).toBe(5);
    expect(p.transferMaterials.map((m) => m.key)).toEqual(['transfer-letter', 'case-source', 'evidence', 'other']);
    expect(p.source.date).toBeNull();
  });

  it('郯城: 3 working days, complainant feedback in 3 working days, sharing in 5 working days', () => {
    const p = getBuiltinProfile('tancheng');
    expect(p.deadlines.transferWorkingDays).toMatchObject({ value: 3, source: { kind: 'seed' } });
    expect(p.deadlines.complainantFeedbackWorkingDays).toMatchObject({ value: 3, source: { kind: 'seed' } });
    expect(p.deadlines.informationSharingWorkingDays?.value).toBe(5);
    expect(p.source).toEqual({ issuer: '临沂市郯城县人民政府', docNumber: '郯政发〔2023〕1号', date: '2023-01-20' });
  });

  it('周村 and 郯城 adopt 涪陵 numbers their documents lack, marked as the office setting', () => {
    for (const id of ['zhoucun', 'tancheng']) {
      const p = getBuiltinProfile(id);
      const inherited = [
        p.thresholds.fine.citizen,
        p.thresholds.fine.organization,
        p.thresholds.confiscation.citizen,
        p.thresholds.confiscation.organization,
        p.deadlines.transferUrgentHours,
      ];
      expect(inherited.map((entry) => entry.value)).toEqual([200_000, 2_000_000, 200_000, 2_000_000, 24]);
      expect(inherited.every(isOfficeSetting)).toBe(true);
      expect(provenanceLabel(p.thresholds.fine.citizen.source)).toMatch(/^本单位设定.*未规定.*由本单位设定/);
      // An office under 周村 or 郯城 prints no 涪陵 text (issue #12).
      expect(JSON.stringify(p)).not.toContain('涪陵府办');
    }
    expect(isOfficeSetting(getBuiltinProfile('tancheng').deadlines.answerWorkingDays)).toBe(true);
  });

  it('no source gives the supplement deadline a number, so every profile holds it as an office setting', () => {
    for (const p of builtinProfiles()) {
      expect(isOfficeSetting(p.deadlines.supplementWorkingDays)).toBe(true);
    }
  });

  it('refuses an unknown profile id', () => {
    const error = expectAppError(() => getBuiltinProfile('beijing'), 'PROFILE_NOT_FOUND');
    expect(error.message).toContain('beijing');
  });

  it('hands out copies that a caller cannot use to change the shipped profile', () => {
    const first = getBuiltinProfile('fuling');
    first.deadlines.transferWorkingDays.value = 99;
    const [listed] = builtinProfiles();
    if (listed) listed.thresholds.fine.citizen.value = 1;
    expect(getBuiltinProfile('fuling').deadlines.transferWorkingDays.value).toBe(5);
    expect(getBuiltinProfile('fuling').thresholds.fine.citizen.value).toBe(200_000);
  });
});

describe('copyProfile', () => {
  it('copies under a new id and name at version 1, keeping the rules and their sources', () => {
    const original: RuleProfile = { ...getBuiltinProfile('zhoucun'), version: 3 };
    const copy = copyProfile(original, 'zhoucun-office', '本所规则');
    expect(copy).toMatchObject({ id: 'zhoucun-office', name: '本所规则', version: 1 });
    expect(copy.deadlines).toEqual(original.deadlines);
    expect(copy.source).toEqual(original.source);
    copy.transferMaterials.pop();
    expect(original.transferMaterials).toHaveLength(4);
  });

  it('refuses the id of a shipped profile', () => {
    expectAppError(() => copyProfile(getBuiltinProfile('fuling'), 'tancheng', '副本'), 'PROFILE_ID_TAKEN');
  });

  it('refuses a malformed id or an empty name with a Chinese message', () => {
    const error = expectAppError(() => copyProfile(getBuiltinProfile('fuling'), 'My Rules', '副本'), 'PROFILE_INVALID');
    expect(error.message).toContain('标识');
    expect(
      expectAppError(() => copyProfile(getBuiltinProfile('fuling'), 'mine', '  '), 'PROFILE_INVALID').message,
    ).toBe('规则配置的名称不能为空。');
  });
});

describe('ruleProfileSchema', () => {
  const messages = (value: unknown) => {
    const result = ruleProfileSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('refuses a citation whose quote does not contain the number it supports', () => {
    const p = getBuiltinProfile('fuling');
    p.deadlines.transferWorkingDays.value = 7;
    expect(messages(p)).toEqual([
      '案件移送期限（工作日）引用的原文不含“7个工作日”，不能作为该数值的依据；请改为本单位设定。',
    ]);
    p.deadlines.transferWorkingDays.source = { kind: 'office-setting' };
    expect(messages(p)).toEqual([]);
  });

  it('checks a money citation in yuan: 2000元 supports 200000 fen and nothing else', () => {
    const p = getBuiltinProfile('fuling');
    p.thresholds.fine.citizen.value = 199_999;
    expect(messages(p)[0]).toContain('“1999.99元”');
  });

  it('refuses negative or fractional fen, unknown keys and duplicate material keys, in Chinese', () => {
    const p = getBuiltinProfile('fuling');
    p.thresholds.fine.organization = { value: -1, source: { kind: 'office-setting' } };
    p.thresholds.confiscation.organization = { value: 10.5, source: { kind: 'office-setting' } };
    const letter = p.transferMaterials.find((m) => m.key === 'transfer-letter');
    if (letter) p.transferMaterials.push({ ...letter });
    expect(messages({ ...p, extra: true })).toEqual([
      '对法人或者其他组织罚款的审核标准（元以上）应在 1 元至 1 亿元之间。',
      '对公民罚款的审核标准（元以上）不应高于对法人或者其他组织罚款的审核标准（元以上）。',
      '对法人或者其他组织没收违法所得、非法财物价值的审核标准（元以上）应为整数（以分计）。',
      '移送材料清单中材料标识“transfer-letter”重复。',
      '规则配置含有未知字段：extra。',
    ]);
  });

  it('refuses a date that does not exist', () => {
    const p = getBuiltinProfile('tancheng');
    p.source.date = '2023-02-30';
    expect(messages(p)).toEqual(['成文日期不是有效的日期，应为“2024-01-15”这样的日期。']);
  });

  it('refuses values no office means: a slip of the keyboard never becomes a deadline or a threshold', () => {
    const p = getBuiltinProfile('fuling');
    const office = { kind: 'office-setting' } as const;
    p.deadlines.transferWorkingDays = { value: 100_000, source: office };
    p.deadlines.transferUrgentHours = { value: 1e9, source: office };
    p.thresholds.fine.citizen = { value: 0, source: office };
    p.supplementMaterials = p.supplementMaterials.map((material) => ({
      ...material,
      requirement: 'optional' as const,
    }));
    p.transferMaterials[0] = { ...p.transferMaterials[0]!, label: '材'.repeat(10_000) };
    expect(messages(p)).toEqual([
      '对公民罚款的审核标准（元以上）应在 1 元至 1 亿元之间。',
      '案件移送期限（工作日）应在 1 至 60 个工作日之间。',
      '情况紧急时的移送期限（小时）应在 1 至 168 小时之间。',
      '移送材料清单中材料的名称不能超过 60 个字。',
      '送审材料清单中至少应有一项“必须提交”的材料。',
    ]);
    const inverted = getBuiltinProfile('fuling');
    inverted.thresholds.fine.citizen = { value: 100_000_000, source: office };
    expect(messages(inverted)).toEqual([
      '对公民罚款的审核标准（元以上）不应高于对法人或者其他组织罚款的审核标准（元以上）。',
    ]);
  });
});
