// Issue #20 items 2, 4, 5, 6: a year of records built through the API, each statistic checked against a
// hand count; 案卷评查's separation of duties and 一票否决; 执法公示 due dates over the office calendar;
// training hours; every bad input refused in Chinese with nothing changed.
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { StatsYear } from '../../shared/contract';
import { ALL_MATERIALS, as, reviewAll, setUpOffice, signOff, type Office } from '../core/review/testing/fixture';
import { readLedgerWorkbook } from '../core/ledgers/xlsx';
import { refusedUnchanged } from './testing/db-fingerprint';
import { VALID_CREDIT_CODE } from './testing/backend';
import { seededSample } from '../core/evaluation/draw';
import { figuresUnlike } from '../core/stats/testing/figures';

let office: Office | undefined;
afterEach(() => {
  if (office) {
    office.env.backend.close();
    rmSync(office.env.dataDir, { recursive: true, force: true });
  }
  office = undefined;
});

function table(stats: StatsYear, key: string) {
  const found = stats.tables.find((t) => t.key === key);
  if (!found) throw new Error(`no table ${key}`);
  return Object.fromEntries(found.rows.map((row) => [row.label, row.values]));
}

async function newCase(o: Office, n: number, party: 'citizen' | 'org' = 'citizen') {
  const created = await o.env.call('cases.create', {
    caseNumber: `青山综执罚〔2025〕${n}0号`,
    cause: `案由${n}`,
    party:
      party === 'citizen'
        ? { type: 'citizen', name: '李四海', idCode: '11010519491231002X' }
        : { type: 'legal-person', name: '青山建材有限公司', idCode: VALID_CREDIT_CODE, representative: '王五' },
    facts: '当事人实施了违法行为。',
    foundOn: '2025-01-02',
    penaltyKinds: ['fine'],
    fineFen: 200_000,
    discretion: 'standard',
    legalBasis: '《中华人民共和国城乡规划法》第六十五条',
    handlerIds: [o.handler, o.handler2],
  });
  return created.id;
}

/** 08:00 office time (00:00 UTC) on a date. */
const at = (date: string) => `${date}T00:00:00.000Z`;

async function submitCase(o: Office, caseId: number, date: string, complex = false) {
  o.env.setNow(at(date));
  await as(o, o.handler);
  return o.env.call('review.submit', {
    caseId,
    decisionDate: date,
    materials: ALL_MATERIALS,
    reviewerId: o.reviewer,
    headId: o.head,
    ...(complex ? { judgements: { complex: { holds: true, reason: '涉及规划、土地两个法律关系。' } } } : {}),
  });
}

async function decide(o: Office, roundId: number, date: string, number: string) {
  o.env.setNow(at(date));
  await as(o, o.decider);
  return o.env.call('review.recordDecision', { roundId, agrees: true, decisionNumber: number, decisionDate: date });
}

/**
 * The year 2025 by hand:
 *  case 2 (citizen): submitted 01-06, accepted and reviewed 01-07, signed opinion 1 on 01-08, decided 01-10, published 01-14.
 *  case 3 (organisation, complex): submitted 03-03, signed opinion 2 on 03-04.
 *  case 4 (citizen): submitted 03-10, supplement asked 03-10, supplied 03-11, signed opinion 1 on 04-01, decided 04-02, not published.
 */
async function buildYear(o: Office) {
  const c2 = await newCase(o, 2);
  const c3 = await newCase(o, 3, 'org');
  const c4 = await newCase(o, 4);
  const r2 = await submitCase(o, c2, '2025-01-06');
  o.env.setNow(at('2025-01-07'));
  await reviewAll(o, r2.id);
  o.env.setNow(at('2025-01-08'));
  await signOff(o, r2.id, 1);
  const d2 = await decide(o, r2.id, '2025-01-10', '青山综执罚决〔2025〕2号');

  const r3 = await submitCase(o, c3, '2025-03-03', true);
  await reviewAll(o, r3.id, { 3: 'defect' });
  o.env.setNow(at('2025-03-04'));
  await signOff(o, r3.id, 2);

  const r4 = await submitCase(o, c4, '2025-03-10');
  await as(o, o.reviewer);
  await o.env.call('review.requestSupplement', {
    roundId: r4.id,
    items: [{ materialKey: 'evidence', name: '相关证据资料', detail: '缺少现场照片' }],
  });
  o.env.setNow(at('2025-03-11'));
  await as(o, o.handler);
  await o.env.call('review.supplement', { roundId: r4.id, materials: ALL_MATERIALS, note: '已补充现场照片。' });
  o.env.setNow(at('2025-03-12'));
  await reviewAll(o, r4.id);
  o.env.setNow(at('2025-04-01'));
  await signOff(o, r4.id, 1);
  const d4 = await decide(o, r4.id, '2025-04-02', '青山综执罚决〔2025〕4号');
  return { c2, c3, c4, r2, r3, r4, d2, d4 };
}

describe('reports', () => {
  it('counts a year of records exactly as a person would by hand', async () => {
    office = await setUpOffice('2025-04-11T02:00:00.000Z');
    const o = office;
    await buildYear(o);
    const list = await o.env.call('publicity.list', { year: 2025 });
    const first = list.items.find((i) => i.decisionNumber === '青山综执罚决〔2025〕2号');
    expect(first?.dueDate).toBe('2025-01-21'); // 7 working days after Fri 01-10: 13,14,15,16,17,20,21
    o.env.setNow(at('2025-01-14'));
    await o.env.call('publicity.publish', {
      decisionId: first?.decisionId ?? 0,
      publishedOn: '2025-01-14',
      where: '区政府门户网站',
    });
    o.env.setNow(at('2025-06-02'));
    const stats = await o.env.call('stats.year', { year: 2025 });

    const months = table(stats, 'reviewsByMonth');
    expect(months['1月']).toEqual({ submitted: 1, signed: 1 });
    expect(months['2月']).toEqual({ submitted: 0, signed: 0 });
    expect(months['3月']).toEqual({ submitted: 2, signed: 1 });
    expect(months['4月']).toEqual({ submitted: 0, signed: 1 });

    const triggers = table(stats, 'reviewsByTrigger');
    expect(Object.values(triggers)[4]?.['rounds']).toBe(1); // trigger 5 (complex): case 3 only
    expect(Object.values(triggers)[5]?.['rounds']).toBe(2); // 2000 元 fine on a citizen (cases 2, 4); not on the organisation (20000 line)

    const opinions = table(stats, 'opinions');
    expect(Object.values(opinions).map((v) => v['rounds'])).toEqual([2, 1, 0, 0, 0]);
    expect(stats.correctionRate).toBe(33.3);

    expect(table(stats, 'supplements')).toEqual({
      按期补正: { n: 1 },
      逾期补正: { n: 0 },
      逾期未补正: { n: 0 },
      期限内待补正: { n: 0 },
    });

    const deadlines = table(stats, 'deadlines');
    expect(deadlines['补正材料']).toEqual({ met: 1, missed: 0, pending: 0 });
    // case 2 published in time; case 4 (decided 04-02, due 04-14 after 清明) is still unpublished on 06-02.
    expect(deadlines['处罚决定公示（7个工作日）']).toEqual({ met: 1, missed: 1, pending: 0 });
    expect(deadlines['案件移送（本单位发出）']).toEqual({ met: 0, missed: 0, pending: 0 });

    const stages = table(stats, 'stageDays');
    // decide: case 2 signed 01-08 → 01-10 (2 days), case 4 signed 04-01 → 04-02 (1 day): 1.5
    expect(stages['审核意见签署至作出决定']).toEqual({ days: 1.5, n: 2 });
    expect(stages['审核员签署至负责人签署']?.['n']).toBe(3);

    const transfers = table(stats, 'transfers');
    expect(Object.values(transfers).every((v) => Object.values(v).every((n) => n === 0))).toBe(true);

    // Every figure opens exactly the records it counts (supplements and publicity included here).
    expect(figuresUnlike(stats)).toEqual([]);

    const file = await o.env.call('stats.export', { year: 2025 });
    const book = await readLedgerWorkbook(Buffer.from(file.base64, 'base64'));
    const sheet = book.getWorksheet('审核意见及纠错率');
    expect(sheet?.getRow(2).getCell(1).value).toBe('项目');
    expect(sheet?.getRow(3).getCell(2).value).toBe(2);

    const other = await o.env.call('stats.year', { year: 2024 });
    expect(other.correctionRate).toBeNull();
    expect((await o.env.fail('stats.year', { year: 1999 })).message).toContain('年份');
  });

  it('publishes within 7 working days over the office calendar, masks a natural person, and withdraws a revoked decision', async () => {
    office = await setUpOffice('2025-04-11T02:00:00.000Z');
    const o = office;
    const { d4 } = await buildYear(o);
    o.env.setNow(at('2025-04-03'));
    const list = await o.env.call('publicity.list', { year: 2025 });
    const item = list.items.find((i) => i.decisionNumber === '青山综执罚决〔2025〕4号');
    // Decided Wed 04-02; 清明 04-04 (Fri) is a holiday: 03, 07, 08, 09, 10, 11, 14.
    expect(item?.dueDate).toBe('2025-04-14');
    expect(item?.party).toBe('李某');
    expect(item?.creditCode).toBe('');
    expect(item?.penalty).toBe('罚款');
    expect(item?.state).toBe('due');
    const home = await o.env.call('home.attention', {});
    expect(home.some((a) => a.kind === 'publicity' && a.title.includes('青山综执罚决〔2025〕4号'))).toBe(true);

    const id = item?.decisionId ?? 0;
    expect(d4.headDecision?.decisionNumber).toBe('青山综执罚决〔2025〕4号');
    const early = await refusedUnchanged(o.env, 'publicity.publish', {
      decisionId: id,
      publishedOn: '2025-04-01',
      where: '门户网站',
    });
    expect(early.message).toContain('早于决定日期');
    const noWhere = await refusedUnchanged(o.env, 'publicity.publish', {
      decisionId: id,
      publishedOn: '2025-04-03',
      where: '  ',
    });
    expect(noWhere.message).toContain('公示载体');
    const notRevoked = await refusedUnchanged(o.env, 'publicity.withdraw', {
      decisionId: id,
      withdrawnOn: '2025-04-03',
    });
    expect(notRevoked.message).toContain('请先登记变更或撤销');

    await o.env.call('publicity.publish', { decisionId: id, publishedOn: '2025-04-03', where: '区政府门户网站' });
    o.env.setNow(at('2025-05-06'));
    const revoked = await o.env.call('publicity.revoke', {
      decisionId: id,
      revokedOn: '2025-05-06',
      kind: 'revoked',
      reason: '行政复议决定撤销。',
    });
    expect(revoked.state).toBe('to-withdraw');
    expect(revoked.deadline?.dueDate).toBe('2025-05-09'); // three working days: 07, 08, 09
    expect(revoked.deadline?.rule).toContain('第四十八条');
    const withdrawn = await o.env.call('publicity.withdraw', { decisionId: id, withdrawnOn: '2025-05-06', note: '' });
    expect(withdrawn.state).toBe('withdrawn');
    const after = await o.env.call('home.attention', {});
    expect(after.some((a) => a.kind === 'publicity' && a.title.includes('青山综执罚决〔2025〕4号'))).toBe(false);

    const file = await o.env.call('publicity.export', { year: 2025 });
    const book = await readLedgerWorkbook(Buffer.from(file.base64, 'base64'));
    const rows = book.worksheets[0]?.getSheetValues() ?? [];
    expect(JSON.stringify(rows)).toContain('李某');
    expect(JSON.stringify(rows)).not.toContain('李四海');
    expect(JSON.stringify(rows)).not.toContain('11010519491231002X');
  });

  it('draws cases reproducibly and lets only someone outside the case score them, with 一票否决', async () => {
    office = await setUpOffice('2025-04-11T02:00:00.000Z');
    const o = office;
    const { c2, c4 } = await buildYear(o);
    o.env.setNow(at('2025-12-01'));
    const year = await o.env.call('evaluation.year', { year: 2025 });
    expect(year.eligible).toBe(2); // cases 2 and 4 are decided; case 3 went back to the handler
    const tooMany = await refusedUnchanged(o.env, 'evaluation.draw', { year: 2025, size: 3 });
    expect(tooMany.message).toContain('只有 2 件');
    const draw = await o.env.call('evaluation.draw', { year: 2025, size: 2, seed: '2025-评查' });
    expect(draw.cases.map((c) => c.caseId)).toEqual(seededSample([c2, c4], 2, '2025-评查'));
    expect(draw.seed).toBe('2025-评查');
    expect(draw.populationSize).toBe(2);

    const sheet = await o.env.call('evaluation.sheet', {});
    const full = sheet.items.map((i) => ({
      key: i.key,
      score: i.points === 0 ? null : i.points,
      failed: false,
      note: '',
    }));
    const input = { drawId: draw.id, caseId: c2, scoredOn: '2025-12-01', items: full, comment: '' };

    for (const person of [o.handler, o.reviewer, o.head, o.decider]) {
      await as(o, person);
      const refused = await refusedUnchanged(o.env, 'evaluation.score', input);
      expect(refused.message).toMatch(/不能评查本人参与办理的案件|不是这两个岗位/);
    }
    await as(o, o.handler);
    expect((await refusedUnchanged(o.env, 'evaluation.score', input)).message).toContain('不是这两个岗位');
    await as(o, o.reviewer);
    expect((await refusedUnchanged(o.env, 'evaluation.score', input)).message).toContain(
      '陈静是案件青山综执罚〔2025〕20号的法制审核员，不能评查本人参与办理的案件',
    );
    await as(o, o.head);
    expect((await refusedUnchanged(o.env, 'evaluation.score', input)).message).toContain('法制审核机构负责人');

    await as(o, o.reviewer2);
    const over = full.map((i) => (i.key === 'investigation' ? { ...i, score: 21 } : i));
    expect((await refusedUnchanged(o.env, 'evaluation.score', { ...input, items: over })).message).toContain(
      '不能超过该项分值',
    );
    const noReason = full.map((i) => (i.key === 'investigation' ? { ...i, score: 15 } : i));
    expect((await refusedUnchanged(o.env, 'evaluation.score', { ...input, items: noReason })).message).toContain(
      '扣分理由',
    );
    const missing = full.filter((i) => i.key !== 'archive');
    expect((await refusedUnchanged(o.env, 'evaluation.score', { ...input, items: missing })).message).toContain(
      '请对评查项目',
    );

    const good = await o.env.call('evaluation.score', input);
    expect(good).toMatchObject({ total: 100, vetoed: false, grade: 'excellent', scorerName: '周律师' });
    const again = await refusedUnchanged(o.env, 'evaluation.score', input);
    expect(again.message).toContain('不能修改');

    const vetoItems = full.map((i) =>
      i.key === 'veto-two-officers' ? { ...i, failed: true, note: '现场检查笔录仅一名执法人员签名' } : i,
    );
    const vetoed = await o.env.call('evaluation.score', { ...input, caseId: c4, items: vetoItems });
    expect(vetoed).toMatchObject({ total: 100, vetoed: true, grade: 'fail' });

    const summary = await o.env.call('evaluation.year', { year: 2025 });
    expect(summary.summary).toEqual({ drawn: 2, scored: 2, excellent: 1, pass: 0, fail: 1, vetoed: 1 });
    expect((await o.env.fail('evaluation.docx', { drawId: draw.id, caseId: c4 })).message).toContain('单位名称');
    await o.env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
    const docx = await o.env.call('evaluation.docx', { drawId: draw.id, caseId: c4 });
    expect(docx.fileName).toContain('案卷评查表');
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const xlsx = await o.env.call('evaluation.export', { year: 2025 });
    const book = await readLedgerWorkbook(Buffer.from(xlsx.base64, 'base64'));
    expect(JSON.stringify(book.worksheets[0]?.getSheetValues())).toContain('不合格');

    // The sheet is the office's to edit: a save is a new version; the draw keeps its own.
    const saved = await o.env.call('evaluation.saveSheet', {
      title: '本单位案卷评查表',
      items: [{ key: 'all', title: '案卷整体', points: 100, veto: false, basis: '' }],
      passScore: 60,
      excellentScore: 90,
      note: '简化',
    });
    expect(saved.version).toBe(1);
    const badSheet = await refusedUnchanged(o.env, 'evaluation.saveSheet', {
      title: '表',
      items: [{ key: 'a', title: '项目', points: -1, veto: false, basis: '' }],
      passScore: 60,
      excellentScore: 90,
    });
    expect(badSheet.message).toContain('分值不能为负数');
  });

  it('adds training hours per person against 60 and refuses bad hours', async () => {
    office = await setUpOffice('2025-06-02T02:00:00.000Z');
    const o = office;
    const add = {
      staffId: o.handler,
      heldOn: '2025-05-20',
      subject: '行政处罚法专题',
      hours: 16,
      organiser: '区司法局',
    };
    await o.env.call('training.add', add);
    await o.env.call('training.add', { ...add, heldOn: '2025-05-21', hours: 2.5 });
    await o.env.call('training.add', { ...add, heldOn: '2024-12-30', hours: 8 });
    for (const [bad, text] of [
      [{ ...add, hours: -2 }, '不能为负数'],
      [{ ...add, hours: 0 }, '大于 0'],
      [{ ...add, hours: 1.25 }, '一位小数'],
      [{ ...add, heldOn: '2025-07-01' }, '晚于今天'],
      [{ ...add, subject: '' }, '培训内容'],
      [{ ...add, hours: 10 }, '超过一天 24 小时'],
    ] as const) {
      expect((await refusedUnchanged(o.env, 'training.add', bad)).message).toContain(text);
    }
    const year = await o.env.call('training.year', { year: 2025 });
    const handler = year.people.find((p) => p.staffId === o.handler);
    expect(handler).toMatchObject({ hours: 18.5, required: 60, missing: 41.5, records: 2 });
    expect(year.records).toHaveLength(2);
    const file = await o.env.call('training.export', { year: 2025 });
    const book = await readLedgerWorkbook(Buffer.from(file.base64, 'base64'));
    expect(book.getWorksheet('学时汇总')?.getRow(3).getCell(5).value).toBe(18.5);
  });

  it('warns of an enforcement certificate 60 and 30 days ahead', async () => {
    office = await setUpOffice('2025-06-02T02:00:00.000Z');
    const o = office;
    await o.env.call('staff.create', {
      name: '赵六十',
      roles: ['handler'],
      certificateNo: '500102009901',
      certValidFrom: '2020-01-01',
      certValidTo: '2025-07-20',
    });
    await o.env.call('staff.create', {
      name: '钱三十',
      roles: ['handler'],
      certificateNo: '500102009902',
      certValidFrom: '2020-01-01',
      certValidTo: '2025-06-25',
    });
    const home = await o.env.call('home.attention', {});
    expect(home.find((a) => a.title.startsWith('赵六十'))).toMatchObject({
      level: 'info',
      title: '赵六十的执法证60日内到期',
    });
    expect(home.find((a) => a.title.startsWith('钱三十'))).toMatchObject({
      level: 'warning',
      title: '钱三十的执法证30日内到期',
    });
    o.env.setNow('2025-04-01T02:00:00.000Z');
    const earlier = await o.env.call('home.attention', {});
    expect(earlier.some((a) => a.title.startsWith('赵六十'))).toBe(false);
  });
});
