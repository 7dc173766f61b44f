import { afterEach, describe, expect, it } from 'vitest';
import { transferRequestForCase } from '../core/review/transfer-request';
import { openDatabase } from '../db/open';
import { as, caseValues, reviewAll, setUpOffice, signOff, submit, type Office } from '../core/review/testing/fixture';

let office: Office | undefined;
afterEach(() => office?.env.backend.close());

describe('the nine points and the opinion', () => {
  it('suggests the opinion the findings call for and refuses any other; a reviewer who disagrees changes the finding, with a note', async () => {
    office = await setUpOffice();
    const round = await submit(office);
    const reviewed = await reviewAll(office, round.id, { 3: 'defect', 7: 'defect' });
    expect(reviewed?.pointsDone).toBe(9);
    expect(reviewed?.suggestion).toMatchObject({ opinion: 2, decisivePoints: [3, 7] });
    expect(reviewed?.allowedOpinions).toEqual([2]);
    expect(reviewed?.suggestion?.explanation).toContain('第3项（事实与证据）、第7项（程序）存在瑕疵');

    // A written reason no longer buys an opinion the findings contradict (issue #13).
    for (const overrideReason of ['', '两处瑕疵已在审核过程中当场补正。']) {
      const refused = await office.env.fail('review.chooseOpinion', {
        roundId: round.id,
        opinion: 1,
        reasons: '瑕疵轻微。',
        overrideReason,
      });
      expect(refused.code).toBe('OPINION_CONTRADICTS_FINDINGS');
      expect(refused.message).toContain('只能提出意见2“纠正完善后再送审”');
      expect(refused.message).toContain('请先修改相应审核要点的结论并写明说明');
    }
    // The reviewer judges the defects cured: the findings change (each with its note), then opinion 1 fits.
    await office.env.call('review.chooseOpinion', {
      roundId: round.id,
      opinion: 2,
      reasons: '存在瑕疵。',
      corrections: '补充现场测量记录。',
    });
    const noNote = await office.env.fail('review.savePoint', { roundId: round.id, point: 3, finding: 'pass' });
    expect(noNote).toMatchObject({ code: 'VALIDATION', field: 'changeNote' });
    const expected = { 3: 2, 7: null } as const;
    for (const point of [3, 7] as const) {
      const changed = await office.env.call('review.savePoint', {
        roundId: round.id,
        point,
        finding: 'pass',
        changeNote: '该瑕疵已在审核过程中当场补正。',
      });
      // Once the chosen opinion no longer fits the findings it is cleared, never kept.
      expect(changed.chosenOpinion).toBe(expected[point]);
    }
    const history = await office.env.call('cases.history', { id: office.caseId });
    expect(history.map((entry) => entry.summary).join('\n')).toContain(
      '修改结论的说明：该瑕疵已在审核过程中当场补正。',
    );
    const signed = await signOff(office, round.id, 1);
    expect(signed).toMatchObject({
      state: 'signed',
      locked: true,
      chosenOpinion: 1,
      suggestion: { opinion: 1 },
      signedBy: '孙明',
      reviewerSignedBy: '陈静',
      awaitsDecision: true,
    });
    expect((await office.env.call('cases.get', { id: office.caseId })).status).toBe('reviewed');
  });

  it('refuses an opinion before all nine points have a finding, and a non-pass finding without a note', async () => {
    office = await setUpOffice();
    const round = await submit(office);
    await as(office, office.reviewer);
    await office.env.call('review.acceptMaterials', { roundId: round.id });
    const saved = await office.env.call('review.savePoint', { roundId: round.id, point: 4, note: '法律依据待核对。' });
    expect(saved.findings[3]).toMatchObject({ finding: null, note: '法律依据待核对。', savedBy: '陈静' });
    const early = await office.env.fail('review.chooseOpinion', { roundId: round.id, opinion: 1, reasons: '同意。' });
    expect(early.code).toBe('POINTS_INCOMPLETE');
    expect(early.message).toContain('尚有第1、2、3、4、5、6、7、8、9项审核要点未作结论');
    const noNote = await office.env.fail('review.savePoint', { roundId: round.id, point: 2, finding: 'serious' });
    expect(noNote).toMatchObject({ code: 'VALIDATION', field: 'note' });
    const wrongPoint = await office.env.fail('review.savePoint', {
      roundId: round.id,
      point: 3,
      finding: 'no-jurisdiction',
      note: '不属于本机关管辖。',
    });
    expect(wrongPoint.field).toBe('finding');
  });

  it('shows point 1 the handlers whose certificate is expired on a day they acted, unasked', async () => {
    office = await setUpOffice();
    await office.env.call('staff.update', {
      id: office.handler2,
      name: '刘晓燕',
      roles: ['handler'],
      certificateNo: '50010200087',
      certValidFrom: '2019-06-01',
      certValidTo: '2025-05-31',
    });
    const round = await submit(office, { decisionDate: '2025-06-10' });
    // Checked on the days the handler acted (found 2025-04-10: valid; submitted 2025-06-02: expired).
    expect(round.certificateProblems).toEqual([
      {
        name: '刘晓燕',
        kind: 'expired',
        message:
          '送交法制审核之日（2025年6月2日）：承办人刘晓燕的执法证（50010200087）有效期至2025年5月31日，2025年6月2日已过期。' +
          '行政处罚应当由具有行政执法资格的执法人员实施（《中华人民共和国行政处罚法》第四十二条，国家法律）。',
      },
    ]);
  });

  it('sends opinion 5 to transfer with the target kind, and names the crime point', async () => {
    office = await setUpOffice();
    const round = await submit(office);
    await reviewAll(office, round.id, { 9: 'crime-suspected', 3: 'serious' });
    const missingKind = await office.env.fail('review.chooseOpinion', {
      roundId: round.id,
      opinion: 5,
      reasons: '涉嫌犯罪。',
    });
    expect(missingKind).toMatchObject({ code: 'VALIDATION', field: 'transferTargetKind' });
    const signed = await signOff(office, round.id, 5, { transferTargetKind: 'public-security' });
    expect(signed.suggestion?.explanation).toContain('第9项（涉嫌犯罪）认定违法行为涉嫌犯罪');
    expect(signed.transferTarget).toEqual({ kind: 'public-security', org: null });
    expect((await office.env.call('cases.get', { id: office.caseId })).status).toBe('to-transfer');
    const db = openDatabase(office.env.backend.dataDir + '/fashen.db');
    expect(transferRequestForCase(db, office.caseId)).toMatchObject({
      opinion: 5,
      targetKind: 'public-security',
      roundNo: 1,
    });
    db.close();
  });
});

describe('sign-off and locking', () => {
  it('lets the 法制审核机构负责人 send the opinion back before signing, and locks it once signed', async () => {
    office = await setUpOffice();
    const round = await submit(office);
    await reviewAll(office, round.id);
    await office.env.call('review.chooseOpinion', { roundId: round.id, opinion: 1, reasons: '同意。' });
    await office.env.call('review.signOpinion', { roundId: round.id });
    const waiting = await office.env.fail('review.savePoint', { roundId: round.id, point: 1, finding: 'pass' });
    expect(waiting.code).toBe('AWAITING_COUNTERSIGN');
    await as(office, office.head);
    const back = await office.env.call('review.returnToReviewer', {
      roundId: round.id,
      reason: '请补充对裁量基准的说明。',
    });
    expect(back).toMatchObject({ state: 'in-review', reviewerSignedAt: null });
    const signed = await signOff(office, round.id, 1);
    expect(signed.locked).toBe(true);

    await as(office, office.reviewer);
    for (const [method, input] of [
      ['review.savePoint', { roundId: round.id, point: 5, finding: 'defect', note: '改一改' }],
      ['review.chooseOpinion', { roundId: round.id, opinion: 1, reasons: '改一改' }],
      ['review.assign', { roundId: round.id, reviewerId: office.reviewer2, headId: office.head }],
      ['review.signOpinion', { roundId: round.id }],
    ] as const) {
      const error = await office.env.fail(method, input);
      expect(error.code, method).toBe('ROUND_LOCKED');
      expect(error.message).toContain('已锁定，不能修改；如需改变，只能在案件重新送审后的新一轮审核中作出');
    }
    // Even a write that bypasses the API is refused by the database itself.
    const db = openDatabase(office.env.backend.dataDir + '/fashen.db');
    expect(() => db.prepare("UPDATE review_findings SET note = 'x' WHERE round_id = ?").run(round.id)).toThrow(
      /locked/,
    );
    expect(() => db.prepare('UPDATE review_rounds SET chosen_opinion = 3 WHERE id = ?').run(round.id)).toThrow(
      /locked/,
    );
    db.close();
    const history = await office.env.call('cases.history', { id: office.caseId });
    const summaries = history.map((entry) => `${entry.actor}：${entry.summary}`);
    expect(summaries).toContain(
      '孙明：法制审核机构负责人未签署，退回审核员修改第1轮审核意见：请补充对裁量基准的说明。',
    );
    expect(summaries[0]).toBe(
      '孙明：法制审核机构负责人签署第1轮审核意见：意见1“同意”，意见已锁定，待行政执法机关负责人决定',
    );
  });
});

describe('rounds', () => {
  it('returns the case with opinion 2; the corrected resubmission opens round 2 and round 1 stays readable', async () => {
    office = await setUpOffice();
    const first = await submit(office);
    await reviewAll(office, first.id, { 7: 'defect' });
    const returned = await signOff(office, first.id, 2);
    expect(returned.corrections).toBe('补充现场测量记录。');
    expect((await office.env.call('cases.get', { id: office.caseId })).status).toBe('returned');

    await as(office, office.handler);
    await office.env.call('cases.update', {
      ...(await caseValues(office)),
      facts: '当事人擅自加建第三层，现场测量面积 120 平方米。',
    });
    const second = await submit(office);
    expect(second).toMatchObject({ roundNo: 2, state: 'submitted' });
    const state = await office.env.call('review.state', { caseId: office.caseId });
    expect(state.rounds.map((round) => [round.roundNo, round.state, round.chosenOpinion])).toEqual([
      [1, 'signed', 2],
      [2, 'submitted', null],
    ]);
    expect(state.rounds[0]?.decision.facts).toBe('当事人未取得乡村建设规划许可证擅自加建第三层。');
    expect(state.rounds[0]?.findings[6]).toMatchObject({
      finding: 'defect',
      note: expect.stringContaining('第7项存在问题') as unknown,
    });
    expect(state.rounds[1]?.decision.facts).toContain('现场测量面积');
    expect(state.canSubmit).toBe(false);

    await reviewAll(office, second.id);
    await signOff(office, second.id, 1);
    const done = await office.env.call('review.state', { caseId: office.caseId });
    expect(done.rounds.map((round) => round.chosenOpinion)).toEqual([2, 1]);
    expect((await office.env.call('review.queue', {})).map((item) => [item.roundNo, item.state])).toEqual([
      [2, 'signed'],
      [1, 'signed'],
    ]);
  });
});

describe('queries use their indexes', () => {
  it('finds open and recently signed rounds without scanning the table', async () => {
    office = await setUpOffice();
    const db = openDatabase(office.env.backend.dataDir + '/fashen.db');
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join(' | ');
    expect(plan("SELECT id FROM review_rounds WHERE state <> 'signed'")).toContain('review_rounds_one_open');
    expect(plan("SELECT id FROM review_rounds WHERE state = 'signed' ORDER BY signed_at DESC LIMIT 20")).toContain(
      'review_rounds_signed',
    );
    db.close();
  });
});
