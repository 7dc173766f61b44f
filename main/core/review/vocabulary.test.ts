// The shared vocabulary of review (shared/domain/review.ts) quoted against its source, seed 002.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findingLabel,
  JUDGEMENT_KEYS,
  JUDGEMENT_TRIGGER,
  OPINIONS,
  REVIEW_MATERIALS,
  REVIEW_POINTS,
  TRIGGERS,
} from '../../../shared/domain/review';

const seedsDir = process.env.FASHEN_SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const seed002 = `${seedsDir}/002_9eda03d24f855a6e.txt`;

describe('review vocabulary', () => {
  it('computes triggers 4, 6 and 7 from data, the rest from the judgement each names', () => {
    expect(TRIGGERS.filter((t) => t.basis.kind === 'data').map((t) => t.id)).toEqual([4, 6, 7]);
    for (const key of JUDGEMENT_KEYS) {
      expect(TRIGGERS.find((t) => t.id === JUDGEMENT_TRIGGER[key])?.basis).toEqual({ kind: 'judgement', key });
    }
    expect(JUDGEMENT_TRIGGER).toEqual({ publicInterest: 1, socialRisk: 2, majorRights: 3, complex: 5, otherRule: 8 });
  });

  it('allows pass/defect/serious on points 1–8, no-jurisdiction only on 2, and pass/crime-suspected on 9', () => {
    const allowed = REVIEW_POINTS.map((p) => p.findings.map((f) => f.value).join(','));
    expect(allowed).toEqual([
      'pass,defect,serious',
      'pass,defect,serious,no-jurisdiction',
      ...Array<string>(6).fill('pass,defect,serious'),
      'pass,crime-suspected',
    ]);
    expect(findingLabel(9, 'pass')).toBe('未发现涉嫌犯罪');
    expect(findingLabel(1, 'pass')).toBe('符合');
    expect(findingLabel(1, 'crime-suspected')).toBeUndefined();
  });

  it('numbers everything 1..n in order, and labels the opinions as the domain names them', () => {
    expect(TRIGGERS.map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(REVIEW_POINTS.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(OPINIONS.map((o) => o.label)).toEqual([
      '同意',
      '纠正完善后再送审',
      '不予作出',
      '移送有管辖权的机关',
      '移送司法机关',
    ]);
    expect(REVIEW_MATERIALS.map((m) => [m.key, m.requirement])).toEqual([
      ['investigation-report', 'required'],
      ['proposal', 'required'],
      ['evidence', 'required'],
      ['hearing-or-assessment', 'if-hearing-or-assessment'],
      ['other', 'optional'],
    ]);
  });

  describe.skipIf(!existsSync(seed002))('quotes seed 002 word for word', () => {
    const text = existsSync(seed002) ? readFileSync(seed002, 'utf8') : '';
    const quotes = [
      ...TRIGGERS.map((t) => [`trigger ${t.id}`, `${t.id}.${t.wording}`] as const),
      ...REVIEW_MATERIALS.map((m, i) => [`material ${m.key}`, `${i + 1}.${m.wording}`] as const),
      ...REVIEW_POINTS.map((p) => [`point ${p.number}`, `${p.number}.${p.question}`] as const),
      ...OPINIONS.map((o) => [`opinion ${o.number}`, `${o.number}.${o.when},${o.proposal}`] as const),
    ];
    it.each(quotes)('%s', (_name, quote) => {
      expect(text).toContain(quote);
    });
  });
});
