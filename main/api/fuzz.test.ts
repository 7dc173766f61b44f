// Hostile and careless input at every API method, through the one handler table (issue #6.4): the
// named cases from the issues here; every method under generated input in fuzz-methods-*.test.ts
// (three files, so the suite's slowest part runs side by side). The harness: testing/fuzz-harness.ts.

import { describe, expect, it } from 'vitest';
import { isMethodName } from '../../shared/contract';
import { VALID_CITIZEN_ID } from './testing/backend';
import { fingerprint } from './testing/fuzz-fingerprint';
import { expectProperEnvelope, seeded } from './testing/fuzz-harness';
import { OVERFLOW } from './testing/fuzz-inputs';

// The named cases from the issue, each shown to be handled: kept exactly, or refused in Chinese.
describe('named hostile inputs', () => {
  const caseInput = {
    caseNumber: '某综执罚〔2025〕20号',
    cause: '违法占道经营',
    party: { type: 'citizen', name: '李某', idCode: VALID_CITIZEN_ID },
    facts: '占道经营。',
    foundOn: '2025-05-20',
    penaltyKinds: ['fine'],
    fineFen: 100,
    discretion: 'standard',
    handlerIds: [1],
  };

  it('keeps rare CJK and emoji exactly as typed, strips bidi marks and NUL (issue #17), and keeps long text up to the limit', async () => {
    const { env: backend } = await seeded();
    const staff = await backend.call('staff.create', { name: '𠀀𪚥😀\u202e李\u200f', roles: ['handler'] });
    expect((await backend.call('staff.list', {})).find((s) => s.id === staff.id)?.name).toBe('𠀀𪚥😀李');
    const facts = '𪚥'.repeat(2500);
    const created = await backend.call('cases.create', {
      ...caseInput,
      caseNumber: '某综执罚〔2025〕\u000021号',
      party: { ...caseInput.party, name: '👨‍👩‍👧 王\u200e某' },
      facts,
    } as never);
    const read = await backend.call('cases.get', { id: created.id });
    expect([read.facts, read.party.name, read.caseNumber]).toEqual([facts, '👨‍👩‍👧 王某', '某综执罚〔2025〕21号']);
  });

  it('never echoes a 1 MB material key, and answers in Chinese naming the field', async () => {
    const { env: backend } = await seeded();
    const envelope = await backend.backend.dispatch('review.submit', {
      caseId: 1,
      decisionDate: '2025-06-10',
      materials: [{ key: 'k'.repeat(1_000_000), present: false }],
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'materials.0.key' } });
    expect(JSON.stringify(envelope).length).toBeLessThan(300);
  });

  it.each([
    ['facts', '法'.repeat(5001), '违法事实不能超过 5000 个字'],
    ['foundOn', '2025-02-30', '发现日期不是一个存在的日期'],
    ['foundOn', '2025/05/20', '发现日期的格式应为“年-月-日”'],
    ['fineFen', -1, '罚款金额不能为负数'],
    ['fineFen', OVERFLOW, '罚款金额应为金额数字'],
    ['fineFen', Number.NaN, '罚款金额应为金额数字'],
    ['fineFen', '1,000', '罚款金额应为金额数字'],
    ['fineFen', 1.5, '罚款金额的金额最多精确到分'],
    ['fineFen', 100_000_000_000_001, '罚款金额超出了可登记的范围'],
    ['cause', '\u200f', '请填写案由'],
    ['party', { type: 'citizen', name: '\u0000\u200b', idCode: VALID_CITIZEN_ID }, '请填写当事人名称'],
    ['foundOn', '1900-01-01', '发现日期应在 2000-01-01 至'],
    ['foundOn', '9999-12-31', '发现日期应在 2000-01-01 至'],
  ])('cases.create with %s = %j is refused in Chinese and writes nothing', async (field, value, message) => {
    const { env: backend, reader: db } = await seeded();
    const before = fingerprint(db, backend.dataDir);
    const envelope = await backend.backend.dispatch('cases.create', { ...caseInput, [field]: value });
    // An invisible mark alone is not text (issue #17): stripped, the field is empty.
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining(message), field: expect.stringContaining(field) },
    });
    expect(fingerprint(db, backend.dataDir)).toBe(before);
  });

  // Runs once shared/contract/index.ts includes dataMethods.
  it.runIf(isMethodName('data.backupNow')).each([['../../etc'], ['CON'], ['backups'], ['C:']])(
    'data.backupNow into %j is refused before any file is written',
    async (dir) => {
      const { env: backend, reader: db } = await seeded();
      const before = fingerprint(db, backend.dataDir);
      const envelope = await backend.backend.dispatch('data.backupNow', { dir });
      expectProperEnvelope(envelope, 'data.backupNow', { dir });
      expect(envelope).toMatchObject({ ok: false, error: { message: expect.stringContaining('应为完整路径') } });
      expect(fingerprint(db, backend.dataDir)).toBe(before);
    },
  );
});
