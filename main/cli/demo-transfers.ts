import type { TransferOutDraft } from '../../shared/contract';
import type { DemoCall, DemoRefs, DemoStep } from './demo-hooks';

// Demo transfers, made through the API like everything in the demo. Review (issue #3) keeps demo
// cases 1, 4 and 5 unsubmitted to show its triggers and moves 2, 3, 6–9 and 12 through review, so
// transfers use the cases left: case 11, which review sent to transfer (opinion 5), went to the
// police on the criminal path and was opened (立案); case 4 (straw burning that set a hillside alight) went to the police directly, was not
// opened (不予立案) and is back in administrative handling, ready for review; case 10 was refused by the bureau it went to and
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

/**
 * Case 11: review found a suspected crime (opinion 5). It goes to the police on its own path
 * (国务院令第310号): the 专案组's report, the head's approval, the transfer, the 回执 the police signed
 * and their written decision to open a case (立案) — a finished criminal transfer.
 */
async function sendFromReview(
  call: DemoCall,
  refs: DemoRefs,
  org: (name: string) => number,
  now: { today: string; timeNow: string },
): Promise<void> {
  const caseId = refs.caseIds[10];
  if (caseId === undefined) return;
  const draft = await call('transfers.criminal.draft', { caseId });
  if (draft.blocked !== null) return;
  const team = [refs.staffIds.get('王建国'), refs.staffIds.get('刘晓燕')].filter(
    (id): id is number => id !== undefined,
  );
  const head = refs.staffIds.get('张志强');
  if (team.length < 2 || head === undefined) return;
  const reported = await call('transfers.criminal.report', {
    caseId,
    policeOrgId: org('区公安分局'),
    memberIds: team,
    suspectedCrime: '生产、销售伪劣产品罪',
    facts: '现场查获的散装白酒经抽样检验为假冒产品，货值较大。',
    crimeBasis: '《中华人民共和国刑法》第一百四十条及有关立案追诉标准',
    measures: '对现场散装白酒依法查封，存放于镇综合执法大队证物室',
    reportedOn: now.today,
    materials: [
      { key: 'letter', present: true },
      { key: 'investigation-report', present: true },
      { key: 'items-list', present: true },
      { key: 'appraisal', present: true, note: '抽样检验报告 1 份' },
    ],
    items: [
      { name: '散装白酒', quantity: '60 斤', spec: '25 升塑料桶装', condition: '已查封，存放于镇综合执法大队证物室' },
    ],
  });
  const { id } = reported;
  // The approval is the head's own signature: 张志强 signs in to give it, then the handler goes on.
  if (head !== undefined) refs.signInAs(head);
  await call('transfers.criminal.decide', {
    id,
    headId: head,
    approved: true,
    decidedOn: now.today,
    decidedTime: now.timeNow,
    note: '同意移送区公安分局。',
  });
  refs.signInAs(refs.staffIds.get('王建国') ?? 0);
  await call('transfers.criminal.send', {
    id,
    sentOn: now.today,
    sentTime: now.timeNow,
    letterNumber: `青山府刑移〔${now.today.slice(0, 4)}〕1号`,
  });
  await call('transfers.criminal.recordReceipt', {
    id,
    receivedOn: now.today,
    receivedTime: now.timeNow,
    signedBy: '区公安分局 孙警官',
    note: '已在移送书回执上签字',
  });
  await call('transfers.criminal.recordAnswer', {
    id,
    outcome: 'filed',
    answeredOn: now.today,
    reference: '区公立字〔2025〕36号',
  });
}

/**
 * Case 4: burning straw set a hillside alight, a possible crime (失火罪), sent to the police directly; the
 * police answered 不予立案, and the case went back to administrative handling (第十条): it is again
 * a case the handler may submit for review.
 */
async function notFiledAndBack(
  call: DemoCall,
  refs: DemoRefs,
  org: (name: string) => number,
  now: { today: string; timeNow: string },
): Promise<void> {
  const caseId = refs.caseIds[3];
  if (caseId === undefined) return;
  const draft = await call('transfers.criminal.draft', { caseId });
  if (draft.blocked !== null) return;
  const team = [refs.staffIds.get('王建国'), refs.staffIds.get('李强')].filter((id): id is number => id !== undefined);
  const head = refs.staffIds.get('张志强');
  if (team.length < 2 || head === undefined) return;
  const { id } = await call('transfers.criminal.report', {
    caseId,
    policeOrgId: org('区公安分局'),
    memberIds: team,
    suspectedCrime: '失火罪',
    facts: '当事人露天焚烧秸秆，引燃相邻山坡林下植被，过火面积约 3 亩。',
    crimeBasis: '《中华人民共和国刑法》第一百一十五条第二款',
    reportedOn: now.today,
    materials: [
      { key: 'letter', present: true },
      { key: 'investigation-report', present: true },
      { key: 'appraisal', present: false, note: '未作检验、鉴定：以现场检查笔录和照片为据' },
    ],
  });
  // The approval is the head's own signature: 张志强 signs in to give it, then the handler goes on.
  if (head !== undefined) refs.signInAs(head);
  await call('transfers.criminal.decide', {
    id,
    headId: head,
    approved: true,
    decidedOn: now.today,
    decidedTime: now.timeNow,
  });
  refs.signInAs(refs.staffIds.get('王建国') ?? 0);
  await call('transfers.criminal.send', {
    id,
    sentOn: now.today,
    sentTime: now.timeNow,
    letterNumber: `青山府刑移〔${now.today.slice(0, 4)}〕2号`,
  });
  await call('transfers.criminal.recordReceipt', {
    id,
    receivedOn: now.today,
    receivedTime: now.timeNow,
    signedBy: '区公安分局 钱警官',
  });
  await call('transfers.criminal.recordAnswer', {
    id,
    outcome: 'not-filed',
    answeredOn: now.today,
    reference: '区公不立字〔2025〕9号',
    reason: '过火面积未达立案追诉标准，未造成严重后果，不需要追究刑事责任。',
  });
  await call('transfers.criminal.returnToAdministrative', {
    id,
    returnedOn: now.today,
    note: '本机关认可不予立案的理由，不提请复议；依法给予行政处罚，不以罚代刑的要求已核对。',
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
    materials: [
      { key: 'transfer-letter', present: true },
      { key: 'other', present: true, note: '现场检查笔录 1 份；林地现场照片 6 张' },
    ],
  });
  const id = created.id;
  await call('transfers.out.send', {
    id,
    sentOn: shift(found, 1),
    sentTime: '09:30',
    letterNumber: '青山府移〔2025〕8号',
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
      { key: 'items-list', present: true },
      { key: 'other', present: true, note: '群众举报记录 1 份；现场检查笔录 1 份；照片 12 张；水样检测报告 1 份' },
    ],
    items: [
      {
        name: '排污口废水水样',
        quantity: '2 瓶',
        spec: '500毫升/瓶',
        form: '液体',
        condition: '已封存，存放于镇综合行政执法大队证物室',
      },
      { name: '排污软管', quantity: '1 根', spec: '直径50毫米，长约30米', form: '成品', condition: '已扣押' },
    ],
  });
  await call('transfers.out.send', {
    id: created.id,
    sentOn: shift(found, 1),
    sentTime: '10:00',
    letterNumber: '青山府移〔2025〕10号',
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
  await notFiledAndBack(call, refs, org, now);
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
