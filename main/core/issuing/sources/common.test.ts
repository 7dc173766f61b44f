import { describe, expect, it } from 'vitest';
import { FULING_PROFILE } from '../../profiles/fuling';
import { TANCHENG_PROFILE } from '../../profiles/tancheng';
import { ZHOUCUN_PROFILE } from '../../profiles/zhoucun';
import { citeRuleDocument, paperMoney } from './common';

describe('what every paper prints the same way', () => {
  it('writes money without separators or ".00", keeping fen', () => {
    expect(paperMoney(800_000)).toBe('8000元');
    expect(paperMoney(800_050)).toBe('8000.50元');
    expect(paperMoney(1_999_999)).toBe('19999.99元');
    expect(paperMoney(5)).toBe('0.05元');
  });

  it('cites a built-in profile’s document by its title and number, another by issuer and number', () => {
    expect(citeRuleDocument(FULING_PROFILE.source)).toBe(
      '《重庆市涪陵区人民政府办公室关于建立健全乡镇（街道）与区级行政执法部门行政执法协调协同机制的通知》（涪陵府办〔2024〕1号）',
    );
    expect(citeRuleDocument(ZHOUCUN_PROFILE.source)).toBe(
      '《周村区人民政府办公室关于加强综合行政执法协作配合的实施意见》（周政办字〔2018〕18号）',
    );
    expect(citeRuleDocument(TANCHENG_PROFILE.source)).toBe(
      '《郯城县人民政府关于印发〈加强行业监管与综合行政执法协作配合实施方案〉的通知》（郯政发〔2023〕1号）',
    );
    expect(citeRuleDocument({ issuer: '某某区人民政府办公室', docNumber: '某府办〔2025〕3号' })).toBe(
      '某某区人民政府办公室某府办〔2025〕3号文件',
    );
  });
});
