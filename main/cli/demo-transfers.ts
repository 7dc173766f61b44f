import type { TransferOutDraft } from '../../shared/contract';
import type { DemoCall, DemoRefs, DemoStep } from './demo-hooks';

// Demo transfers, made through the API like everything in the demo. Review (issue #3) keeps demo
// cases 1, 4 and 5 unsubmitted to show its triggers and moves 2, 3, 6–9 and 12 through review, so
// transfers use the two cases left: case 11, which review sent to transfer (opinion 5), goes to
// the police and awaits its receipt of service; case 10 was refused by the bureau it went to and
// is reported to the district government instead of being sent on; case 13 (a pig farm's waste
// water, the ecology bureau's power) went there directly and was accepted. Two transfers from
// another township come in: one answered (accepted), one awaiting our answer.

/** The transfer form's starting point for a demo case (by its index), or null if it may not be transferred. */
async function transferDraft(call: DemoCall, refs: DemoRefs, index: number): Promise<TransferOutDraft | null> {
  const caseId = refs.caseIds[index];
  if (caseId === undefined) return null;
  const draft = await call('transfers.out.draft', { caseId });
  return draft.blocked === null ? draft : null;
}

function shift(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** Case 11: review found a suspected crime (opinion 5); sent to the police today, its receipt not yet back. */
async function sendFromReview(
  call: DemoCall,
  refs: DemoRefs,
  org: (name: string) => number,
  now: { today: string; timeNow: string },
): Promise<void> {
  const draft = await transferDraft(call, refs, 10);
  if (!draft) return;
  const caseId = draft.caseId;
  const created = await call('transfers.out.create', {
    caseId,
    target: 'judicial',
    receiverOrgId: org('区公安分局'),
    reason: '现场查获的散装白酒经抽样检验为假冒产品，货值较大，当事人涉嫌生产、销售伪劣产品罪。',
    legalBasis: '《行政执法机关移送涉嫌犯罪案件的规定》第三条',
    foundOn: draft.suggestedFoundOn,
    contactName: '刘晓燕',
    contactPhone: '138 2301 0002',
    materials: [
      { key: 'transfer-letter', present: true },
      { key: 'items-list', present: true, note: '附涉案物品清单 1 份' },
    ],
    items: [
      { name: '散装白酒', quantity: '60 斤', spec: '25 升塑料桶装', condition: '已查封，存放于镇综合执法大队证物室' },
      {
        name: '白酒（已开封部分）',
        quantity: '3 斤',
        disposed: true,
        disposal: '易挥发变质，经负责人批准先行拍卖',
        proceedsFen: 9_000,
        evidenceKept: '留样 2 瓶、拍卖记录',
      },
    ],
  });
  await call('transfers.out.send', {
    id: created.id,
    sentOn: now.today,
    sentTime: now.timeNow,
    letterNumber: '青山移〔2025〕11号',
    method: 'direct',
  });
}

/** Case 10: refused by the bureau it went to; not sent on to a third body but reported to the government. */
async function refuseAndEscalate(call: DemoCall, refs: DemoRefs, org: (name: string) => number): Promise<void> {
  const draft = await transferDraft(call, refs, 9);
  if (!draft) return;
  const caseId = draft.caseId;
  const found = draft.caseFoundOn;
  const created = await call('transfers.out.create', {
    caseId,
    target: 'jurisdiction',
    receiverOrgId: org('区规划和自然资源局'),
    reason: '擅自改变林地用途修建房屋，属于林业主管部门的执法事项，不属于本镇综合行政执法事项。',
    legalBasis: '《中华人民共和国森林法》第七十三条',
    foundOn: found,
    contactName: '王建国',
    contactPhone: '138 2301 0001',
    materials: [{ key: 'transfer-letter', present: true }],
  });
  const id = created.id;
  await call('transfers.out.send', {
    id,
    sentOn: shift(found, 1),
    sentTime: '09:30',
    letterNumber: '青山移〔2025〕8号',
    method: 'direct',
  });
  await call('transfers.out.recordReceipt', {
    id,
    receivedOn: shift(found, 1),
    receivedTime: '15:00',
    signedBy: '区规划和自然资源局 执法科 周某',
  });
  await call('transfers.out.recordAnswer', {
    id,
    outcome: 'refused',
    answeredOn: shift(found, 3),
    reason: '占用林地修建简易房屋的处罚权已赋予乡镇，属乡镇综合行政执法事项。',
    reference: '规资函〔2025〕41号',
  });
  await call('transfers.out.escalate', {
    id,
    governmentOrgId: org('区人民政府'),
    escalatedOn: shift(found, 4),
    note: '双方对管辖有争议。依照涪陵府办〔2024〕1号 二(三)，书面报请区政府决定。',
  });
}

/** Case 13: not ours from the start; sent to the ecology bureau with the evidence and accepted in writing. */
async function sendAndAccept(call: DemoCall, refs: DemoRefs, org: (name: string) => number): Promise<void> {
  const draft = await transferDraft(call, refs, 12);
  if (!draft) return;
  const caseId = draft.caseId;
  const found = draft.caseFoundOn;
  const created = await call('transfers.out.create', {
    caseId,
    target: 'jurisdiction',
    receiverOrgId: org('区生态环境局'),
    reason: '畜禽养殖场未经处理直接排放养殖废水，属生态环境主管部门的职权，不属于本镇赋权事项。',
    legalBasis: '《畜禽规模养殖污染防治条例》第四十一条',
    foundOn: found,
    ongoing: true,
    measures: '已责令当事人立即停止排放，封堵暗管，并对现场拍照、取样。',
    contactName: '王建国',
    contactPhone: '138 2301 0001',
    materials: [
      { key: 'transfer-letter', present: true },
      { key: 'other', present: true, note: '群众举报记录 1 份；现场检查笔录 1 份；照片 12 张；水样检测报告 1 份' },
    ],
  });
  await call('transfers.out.send', {
    id: created.id,
    sentOn: shift(found, 1),
    sentTime: '10:00',
    letterNumber: '青山移〔2025〕10号',
    method: 'direct',
  });
  await call('transfers.out.recordReceipt', {
    id: created.id,
    receivedOn: shift(found, 1),
    receivedTime: '15:30',
    signedBy: '区生态环境局 执法支队 吴某',
  });
  await call('transfers.out.recordAnswer', {
    id: created.id,
    outcome: 'accepted',
    answeredOn: shift(found, 4),
    reference: '环执受〔2025〕15号',
  });
}

export const advanceDemoTransfers: DemoStep = async (call, refs) => {
  const orgIds = new Map((await call('orgs.list', {})).map((org) => [org.name, org.id]));
  const org = (name: string) => orgIds.get(name) ?? 0;
  const clerk = refs.staffIds.get('赵敏') ?? 0;
  const now = await call('calendar.years', {});
  refs.signInAs(refs.staffIds.get('王建国') ?? 0);

  await sendFromReview(call, refs, org, now);
  await refuseAndEscalate(call, refs, org);
  await sendAndAccept(call, refs, org);

  // From 白石镇 in October: signed for, and accepted in writing within the five working days.
  const answered = await call('transfers.in.register', {
    fromOrgId: org('白石镇人民政府'),
    letterNumber: '白石移〔2025〕5号',
    letterDate: '2025-10-17',
    cause: '擅自倾倒生活垃圾',
    partyName: '冯某某',
    summary: '当事人在青白路青山镇一侧的河沟内倾倒生活垃圾，倾倒地点在青山镇辖区内。',
    materials: '案件移送函 1 份；现场照片 4 张',
    receivedOn: '2025-10-20',
    receivedTime: '10:00',
  });
  await call('transfers.in.acknowledge', {
    id: answered.id,
    signedById: clerk,
    signedOn: '2025-10-20',
    signedTime: '10:05',
  });
  await call('transfers.in.answer', { id: answered.id, outcome: 'accepted', answeredOn: '2025-10-22' });

  // Received yesterday and signed for at once; our written answer is now owed.
  const pending = await call('transfers.in.register', {
    fromOrgId: org('白石镇人民政府'),
    letterNumber: '白石移〔2025〕7号',
    letterDate: shift(now.today, -1),
    cause: '违法占道经营',
    partyName: '郑某',
    summary: '当事人在两镇交界的青白路青山镇一侧设置流动摊点，经核实违法行为发生地在青山镇辖区内。',
    materials: '案件移送函 1 份；现场检查记录 1 份；照片 6 张',
    receivedOn: shift(now.today, -1),
    receivedTime: '15:00',
  });
  await call('transfers.in.acknowledge', {
    id: pending.id,
    signedById: clerk,
    signedOn: shift(now.today, -1),
    signedTime: '15:10',
  });
};
