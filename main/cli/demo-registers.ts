import type { DemoCall, DemoRefs } from './demo-hooks';

// Demo records of the township desk's other registers (issue #19), made through the API: 执法协助
// both ways — one request of ours awaiting the bureau's answer, one answered, and one request from
// the ecology bureau we have let run past its answer period (overdue on the home page); 举报投诉 —
// one answered and closed, one past its answer period; 执法监督 — one notice reported on and closed,
// one whose correction period has passed without a report (overdue).

function shift(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

export async function advanceDemoRegisters(call: DemoCall, refs: DemoRefs): Promise<void> {
  const { today } = await call('calendar.years', {});
  const caseId = refs.caseIds[0] ?? null;
  await call('assistance.create', {
    direction: 'out',
    counterpart: '区市场监督管理局',
    caseId,
    caseTitle: '陈某某无证经营食品案',
    ground: 'materials-held-elsewhere',
    needed: '提供陈某某2024年以来的食品经营许可申请及审批记录',
    reason: '当事人称已申请食品经营许可，审批材料由区市场监督管理局掌握，本机关难以自行收集',
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    returnItems: '审批记录复印件（加盖印章）及书面说明',
    requestedOn: shift(today, -1),
  });
  const answered = await call('assistance.create', {
    direction: 'out',
    counterpart: '区农业农村委员会',
    caseTitle: '某某养殖场违规使用兽药案',
    ground: 'technical-support',
    needed: '对现场提取的饲料样品进行兽药残留检测',
    reason: '认定违法行为需要检测结论，本镇不具备检测能力',
    requestedOn: shift(today, -14),
  });
  await call('assistance.answer', {
    id: answered.id,
    outcome: 'assisted',
    answeredOn: shift(today, -10),
    text: '已完成检测，检测报告随函送达',
  });
  await call('assistance.create', {
    direction: 'in',
    counterpart: '区生态环境局',
    letterNumber: '区环协〔2025〕7号',
    caseTitle: '某某砂石厂噪声扰民案',
    ground: 'other',
    needed: '派员配合夜间现场检查',
    reason: '该厂位于本镇辖区，需熟悉情况的人员带路并维持秩序',
    requestedOn: shift(today, -12),
  });
  // A request answered in writing: the 协助复函 the demo issues.
  // A letter's number runs in the year of its date, like ours.
  const incomingOn = shift(today, -8);
  const incoming = await call('assistance.create', {
    direction: 'in',
    counterpart: '区城市管理局',
    letterNumber: `区城管协〔${incomingOn.slice(0, 4)}〕12号`,
    caseTitle: '某某建材店占道经营案',
    ground: 'materials-held-elsewhere',
    needed: '提供该店营业执照登记住所及镇容镇貌巡查记录',
    reason: '当事人经营场所位于本镇，相关巡查记录由镇综合行政执法大队保存',
    requestedOn: incomingOn,
  });
  await call('assistance.answer', {
    id: incoming.id,
    outcome: 'assisted',
    answeredOn: shift(today, -6),
    text: '现将该店营业执照登记住所及2025年以来的镇容镇貌巡查记录复印件随函送去',
  });
}

export async function advanceDemoComplaintsAndSupervision(call: DemoCall): Promise<void> {
  const { today } = await call('calendar.years', {});
  const closed = await call('complaints.create', {
    receivedOn: shift(today, -20),
    channel: 'hotline-12345',
    complainantName: '李秀英',
    complainantContact: '13800001234',
    matter: '石桥村某餐馆油烟直排扰民',
    firstHandler: '赵敏',
    firstHandling: '首问受理，转综合执法大队核实',
  });
  await call('complaints.verify', {
    id: closed.id,
    verifiedOn: shift(today, -18),
    verification: '现场检查，油烟净化设施已安装并正常使用',
    finding: 'no-violation',
  });
  await call('complaints.answer', {
    id: closed.id,
    kind: 'final',
    answeredOn: shift(today, -17),
    method: 'phone',
    text: '现场检查时，该餐馆油烟净化设施已安装并正常运行',
  });
  await call('complaints.create', {
    receivedOn: shift(today, -40),
    channel: 'visit',
    complainantName: '张某',
    complainantContact: '',
    matter: '松林村有人在河道内倾倒建筑垃圾',
    firstHandler: '赵敏',
    firstHandling: '首问受理，已登记并安排核实',
  });
  const reportedOn = shift(today, -30);
  const reported = await call('supervision.create', {
    kind: 'notice',
    issuer: '区司法局',
    docNumber: `区司监通〔${reportedOn.slice(0, 4)}〕3号`,
    receivedOn: reportedOn,
    matters: '行政处罚决定书未载明当事人陈述、申辩的采纳情况',
    correctBy: shift(today, -16),
  });
  await call('supervision.report', {
    id: reported.id,
    reportedOn: shift(today, -18),
    reportText: '已补充制作陈述申辩复核意见，并组织执法人员开展文书规范培训',
  });
  await call('supervision.close', { id: reported.id, closedOn: shift(today, -10) });
  await call('supervision.create', {
    kind: 'notice',
    issuer: '区司法局',
    docNumber: `区司监通〔${shift(today, -15).slice(0, 4)}〕9号`,
    receivedOn: shift(today, -15),
    matters: '部分案件调查终结报告缺少执法人员签名',
    correctBy: shift(today, -1),
  });
}
