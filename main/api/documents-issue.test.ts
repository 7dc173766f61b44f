import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { as, caseValues, reviewAll, setUpOffice, signOff, submit, type Office } from '../core/review/testing/fixture';
import { VALID_CITIZEN_ID } from './testing/backend';

let office: Office | undefined;
afterEach(() => office?.env.backend.close());

async function signedRound(opinion: 1 | 2 | 5) {
  office = await setUpOffice();
  await office.env.call('office.save', {
    name: '青山镇人民政府',
    abbreviation: '青山司',
    reviewBody: '青山镇司法所',
    handlingUnit: '青山镇综合行政执法大队',
    phone: '023-72881234',
  });
  const round = await submit(office);
  await reviewAll(office, round.id, opinion === 5 ? { 9: 'crime-suspected' } : opinion === 2 ? { 3: 'defect' } : {});
  return signOff(office, round.id, opinion, opinion === 5 ? { transferTargetKind: 'public-security' } : {});
}

describe('issuing papers from review records', () => {
  it('issues the review opinion of a signed round, once, with the round’s findings in the PDF', async () => {
    const round = await signedRound(1);
    const env = office!.env;
    const issued = await env.call('documents.issue', { kind: 'review-opinion', id: round.id });
    expect(issued).toMatchObject({
      docNumber: '青山司审〔2025〕1号',
      status: 'issued',
      caseId: office!.caseId,
      title: '法制审核意见书',
    });
    const text = execFileSync('pdftotext', ['-layout', join(env.dataDir, issued.pdfFile ?? ''), '-'], {
      encoding: 'utf8',
    });
    for (const expected of [
      '青山镇人民政府',
      '法制审核意见书',
      '青山司审〔2025〕1号',
      '陈某未经批准擅自建设案',
      '罚款人民币2000元',
      '青山镇综合行政执法大队',
    ]) {
      expect(text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
    }
    // The nine questions are quoted from the seed, whose commas are half-width; the paper prints "，".
    expect(text.replace(/\s+/g, '')).toContain('行政执法主体是否合法，行政执法人员是否具备执法资格');
    expect(text).not.toMatch(/[\u4e00-\u9fff],/);
    const again = await env.fail('documents.issue', { kind: 'review-opinion', id: round.id });
    expect(again).toMatchObject({ code: 'ALREADY_ISSUED' });
    expect(again.message).toContain('请先将原文书作废');
    await env.call('documents.void', { id: issued.id, reason: '理由表述需调整' });
    expect((await env.call('documents.issue', { kind: 'review-opinion', id: round.id })).docNumber).toBe(
      '青山司审〔2025〕2号',
    );
    const history = await env.call('cases.history', { id: office!.caseId });
    expect(history.map((entry) => entry.summary)).toContain('出具法制审核意见书 青山司审〔2025〕1号');
  });

  it('words the opinion from the round’s record: the facts that made review necessary, paper money, the countersigning head', async () => {
    office = await setUpOffice();
    const env = office.env;
    await env.call('office.save', {
      name: '青山镇人民政府',
      abbreviation: '青山司',
      reviewBody: '青山镇司法所',
      handlingUnit: '青山镇综合行政执法大队',
    });
    const values = await caseValues(office);
    await env.call('cases.update', {
      ...values,
      party: { ...values.party, address: '青山镇石桥村3组' },
      fineFen: 800_050,
      discretion: 'heavier',
      legalBasis: '《中华人民共和国城乡规划法》第六十五条。',
    });
    const round = await submit(office, {
      judgements: { majorRights: { holds: true, reason: '涉及当事人唯一住房。' } },
    });
    await reviewAll(office, round.id);
    // Notes that only restate the conclusion: point 1's is the label itself, point 9's begins with it.
    await env.call('review.savePoint', { roundId: round.id, point: 1, finding: 'pass', note: '符合。' });
    await env.call('review.savePoint', {
      roundId: round.id,
      point: 9,
      finding: 'pass',
      note: '未发现涉嫌犯罪的情形。',
    });
    await signOff(office, round.id, 1);
    const issued = await env.call('documents.issue', { kind: 'review-opinion', id: round.id });
    const text = execFileSync('pdftotext', [join(env.dataDir, issued.pdfFile ?? ''), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
    for (const expected of [
      `当事人：陈某，身份证号码：${VALID_CITIZEN_ID}，住址：青山镇石桥村3组。`,
      // Amounts as papers write them: no separator, no ".00", fen kept.
      '承办机构拟处理意见：罚款人民币8000.50元。拟适用的法律依据：《中华人民共和国城乡规划法》第六十五条。',
      // What the round says about this case, not the triggers' titles.
      '该案属于应当进行法制审核的情形：直接关系当事人或他人重大权益（涉及当事人唯一住房）；拟对公民罚款8000.50元，数额较大；拟从重处罚。',
      '根据《重庆市涪陵区人民政府办公室关于建立健全乡镇（街道）与区级行政执法部门行政执法协调协同机制的通知》（涪陵府办〔2024〕1号）的规定',
      '审核结论：符合。（二）',
      '审核结论：未发现涉嫌犯罪的情形。',
      '审核人：陈静2025年6月2日法制审核机构负责人：孙明2025年6月2日',
    ]) {
      expect(text).toContain(expected);
    }
    for (const absent of [
      '罚款或没收数额较大',
      '拟从重、减轻或免于处罚',
      '符合。符合',
      '未发现涉嫌犯罪。未发现涉嫌犯罪',
      '会签',
      '。。',
      '住所 ',
    ]) {
      expect(text).not.toContain(absent);
    }
    expect(text).not.toMatch(/\d,\d{3}|\.00元/);
  });

  it('tells the handling unit the supplement deadline includes its last day', async () => {
    office = await setUpOffice();
    const env = office.env;
    await env.call('office.save', {
      name: '青山镇人民政府',
      abbreviation: '青山司',
      reviewBody: '青山镇司法所',
      handlingUnit: '青山镇综合行政执法大队',
    });
    const round = await submit(office);
    await as(office, office.reviewer);
    const noticed = await env.call('review.requestSupplement', {
      roundId: round.id,
      items: [{ materialKey: 'evidence', name: '相关证据资料', detail: '缺少现场照片' }],
    });
    const deadline = noticed.notice?.deadline ?? '';
    expect(deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const issued = await env.call('documents.issue', { kind: 'supplement-notice', id: round.id });
    const text = execFileSync('pdftotext', [join(env.dataDir, issued.pdfFile ?? ''), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
    const [year, month, day] = deadline.split('-').map(Number);
    expect(text).toContain(`请于${year}年${month}月${day}日24时前将上述材料一并补正提交。`);
  });

  it('refuses the opinion before countersignature, and a notice for a round without one', async () => {
    office = await setUpOffice();
    await office.env.call('office.save', {
      name: '青山镇人民政府',
      abbreviation: '青山司',
      reviewBody: '青山镇司法所',
      handlingUnit: '青山镇综合行政执法大队',
    });
    const round = await submit(office);
    expect((await office.env.fail('documents.issue', { kind: 'review-opinion', id: round.id })).code).toBe(
      'ROUND_NOT_SIGNED',
    );
    expect((await office.env.fail('documents.issue', { kind: 'supplement-notice', id: round.id })).code).toBe(
      'NO_NOTICE',
    );
    expect(await office.env.call('documents.list', {})).toEqual([]);
  });

  it('asks for the reviewing body’s name before printing it', async () => {
    const round = await signedRound(5);
    await office!.env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
    const error = await office!.env.fail('documents.issue', { kind: 'review-opinion', id: round.id });
    expect(error).toMatchObject({ code: 'OFFICE_INCOMPLETE' });
    expect(error.message).toContain('法制审核机构名称和承办机构名称');
  });
});

/** An office with its people, the bodies it transfers to, and one registered case. */
async function transferOffice(caseFoundOn = '2025-09-15') {
  const { testBackend } = await import('./testing/backend');
  const { seedCase, seedOrgs, seedStaff, transferInput } = await import('../core/transfers/testing/fixture');
  const env = testBackend('2025-09-15T01:00:00.000Z');
  office = { env } as Office;
  await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
  const orgs = await seedOrgs(env);
  const staff = await seedStaff(env);
  const created = await seedCase(env, [staff.handler, staff.handler2], caseFoundOn);
  return { env, orgs, created, transferInput };
}

describe('issuing papers from transfer records', () => {
  it('refuses, in Chinese and changing nothing, a letter with nothing but itself to send', async () => {
    const { env, orgs, created, transferInput } = await transferOffice();
    const transfer = await env.call(
      'transfers.out.create',
      transferInput(created.id, orgs.cityAdmin, { materials: [{ key: 'transfer-letter', present: true }] }),
    );
    const refused = await env.fail('documents.issue', { kind: 'transfer-letter', id: transfer.id });
    expect(refused.code).toBe('NO_MATERIALS');
    expect(refused.message).toContain('移送函本身不算附件');
    expect(await env.call('documents.list', {})).toEqual([]);
  });

  it('issues the transfer letter and the item list, the list citing the letter’s number', async () => {
    const { env, orgs, created, transferInput } = await transferOffice();
    const transfer = await env.call(
      'transfers.out.create',
      transferInput(created.id, orgs.cityAdmin, {
        items: [
          { name: '流动摊车', quantity: '1辆', spec: '三轮', condition: '先行登记保存' },
          {
            name: '鲜鱼',
            quantity: '5公斤',
            disposed: true,
            disposal: '易腐烂，经批准先行变卖',
            proceedsFen: 12_000,
            evidenceKept: '称重记录、照片',
          },
        ],
      }),
    );
    const letter = await env.call('documents.issue', { kind: 'transfer-letter', id: transfer.id });
    expect(letter.docNumber).toBe('青山司移〔2025〕1号');
    // A paper names its case's number, also in the office-wide list (one query, no lookup per case).
    expect(letter.caseNumber).toBe(created.caseNumber);
    expect((await env.call('documents.list', {})).find((paper) => paper.id === letter.id)?.caseNumber).toBe(
      created.caseNumber,
    );
    const list = await env.call('documents.issue', { kind: 'item-list', id: transfer.id });
    expect(list.docNumber).toBeNull();
    const text = (file: string | null) =>
      execFileSync('pdftotext', [join(env.dataDir, file ?? ''), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text(letter.pdfFile)).toContain('区城市管理局');
    expect(text(letter.pdfFile)).toContain('不得再行移送');
    // The reason was typed with its own 。 and its own "不属于本机关管辖": the letter's sentence goes on
    // after it without "。，" and says it once.
    expect(text(letter.pdfFile)).toContain('经审查，该违法行为属于区城市管理局的执法事项，不属于本机关管辖。依照');
    expect(text(letter.pdfFile)).not.toContain('不属于本机关管辖，不属于本机关管辖');
    expect(text(letter.pdfFile)).not.toContain('。，');
    // The letter is first in the seed's list of what is sent, but it does not attach itself: its
    // 附件说明 and its 移送材料清单 name what goes with it.
    expect(text(letter.pdfFile)).toContain('附件：有关材料1份1.其他与案件有关的材料');
    expect(text(letter.pdfFile)).not.toMatch(/\d\.案件移送函/);
    expect(text(list.pdfFile)).toContain('青山司移〔2025〕1号');
    expect(text(list.pdfFile)).toContain('流动摊车');
    expect(text(list.pdfFile)).toContain(`当事人：李某某，身份证号码：${VALID_CITIZEN_ID}`);
    // The transfer papers cite their profile's document as the review papers do: title and number.
    expect(text(letter.pdfFile)).toContain(
      '根据《重庆市涪陵区人民政府办公室关于建立健全乡镇（街道）与区级行政执法部门行政执法协调协同机制的通知》（涪陵府办〔2024〕1号）的规定',
    );
    expect(text(list.pdfFile)).toContain('壹佰贰拾元整');
  });

  it('words a letter whose reason only said 不属于本机关管辖 without repeating it or leaving an empty clause', async () => {
    const { env, orgs, created, transferInput } = await transferOffice();
    const transfer = await env.call(
      'transfers.out.create',
      transferInput(created.id, orgs.cityAdmin, { reason: '不属于本机关管辖。' }),
    );
    const letter = await env.call('documents.issue', { kind: 'transfer-letter', id: transfer.id });
    const text = execFileSync('pdftotext', [join(env.dataDir, letter.pdfFile ?? ''), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
    expect(text).toContain('经审查，该违法行为不属于本机关管辖。依照');
    expect(text).not.toContain('，，');
    expect(text.match(/不属于本机关管辖/gu)).toHaveLength(1);
    // The office has no contact phone on record: no 联系人 line rather than "联系电话：—".
    expect(text).not.toContain('联系人：');
    expect(text).not.toContain('—，');
  });
});
