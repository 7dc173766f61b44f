import type { DemoCall, DemoRefs } from './demo-hooks';

// Demo records of 信息共享 and 管辖争议 (issue #19), made through the API, and the papers of all five
// registers issued from their records. 信息共享: the 抄告 the demo's penalty decision opened (its
// department named, the 抄告函 issued), a data request from the city administration bureau, a permit
// notice received, and an inspection report the office let run past its period (overdue). 管辖争议:
// the one the escalated transfer opened (its written request completed, the 申请书 issued), and a
// dispute with the market bureau still "being negotiated" long after it arose (overdue).

function shift(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

async function orgId(call: DemoCall, name: string): Promise<number> {
  const found = (await call('orgs.list', {})).find((org) => org.name === name);
  if (!found) throw new Error(`演示数据缺少单位：${name}`);
  return found.id;
}

export async function advanceDemoSharingAndDisputes(call: DemoCall, refs: DemoRefs): Promise<void> {
  const { today } = await call('calendar.years', {});
  const cityAdmin = await orgId(call, '区城市管理局');
  const market = await orgId(call, '区市场监督管理局');
  const government = await orgId(call, '区人民政府');

  // The penalty decision recorded by the demo review opened its 抄告; the clerk names the department.
  for (const item of await call('sharing.list', { scope: 'open', kind: 'penalty-decision' })) {
    const view = await call('sharing.get', { id: item.id });
    await call('sharing.update', {
      id: view.id,
      direction: view.direction,
      mode: view.mode,
      kind: view.kind,
      subject: view.subject,
      orgId: cityAdmin,
      caseId: view.linkedCase?.id ?? null,
      formedOn: view.formedOn,
      note: '',
    });
    await call('documents.issue', { kind: 'sharing-letter', id: view.id });
  }
  await call('sharing.create', {
    direction: 'out',
    mode: 'request',
    kind: 'statistics',
    subject: '本镇今年以来占道经营类行政处罚案件的数量、罚没金额统计',
    orgId: cityAdmin,
    caseId: null,
    formedOn: shift(today, -1),
    note: '区城市管理局为上级督查考核需要提出',
  });
  const received = await call('sharing.create', {
    direction: 'in',
    mode: 'notify',
    kind: 'permits',
    subject: '石桥村、松林村新核发的食品经营许可名单（12户）',
    orgId: market,
    caseId: null,
    formedOn: shift(today, -6),
    note: '',
  });
  await call('sharing.share', { id: received.id, sharedOn: shift(today, -6), method: 'network', note: '政务内网收到' });
  await call('sharing.create', {
    direction: 'out',
    mode: 'notify',
    kind: 'inspections',
    subject: '国庆前餐饮油烟专项检查情况（检查42户，责令整改5户）',
    orgId: market,
    caseId: refs.caseIds[0] ?? null,
    formedOn: shift(today, -15),
    note: '',
  });

  // The dispute the escalated transfer opened: the written request of 第七条, and its 申请书.
  for (const dispute of await call('disputes.list', { scope: 'open' })) {
    await call('disputes.request', {
      id: dispute.id,
      bodyOrgId: government,
      requestedOn: (await call('disputes.get', { id: dispute.id })).openedOn,
      negotiation: '区规划和自然资源局书面答复不予受理后，双方经电话协商未能达成一致。',
      focus: '占用林地修建简易房屋的行政处罚权是否已赋予乡镇。',
      ourView: '当事人占用的是林地，处罚权未列入本镇赋权事项清单，应由区规划和自然资源局管辖。',
      ourBasis: '《中华人民共和国森林法》第七十三条；本区乡镇赋权事项清单。',
      theirView: '占用林地修建简易房屋的处罚权已赋予乡镇，属乡镇综合行政执法事项。',
      theirBasis: '规资函〔2025〕41号所引赋权文件。',
      otherNotes: '',
    });
    await call('documents.issue', { kind: 'dispute-request', id: dispute.id });
  }
  await call('disputes.create', {
    counterpartOrgId: market,
    matter: '石桥村集贸市场无证摊贩的查处由谁负责',
    caseId: null,
    openedOn: shift(today, -20),
    negotiation: '已与区市场监督管理局法规科电话沟通一次，对方未答复。',
  });

  // The papers of the three earlier registers, issued from their records.
  const [assistance] = await call('assistance.list', { scope: 'open', direction: 'out' });
  if (assistance) await call('documents.issue', { kind: 'assistance-letter', id: assistance.id });
  const [closed] = (await call('complaints.list', { scope: 'all' })).filter((item) => item.state === 'closed');
  if (closed) await call('documents.issue', { kind: 'complaint-answer', id: closed.id });
  const [reported] = (await call('supervision.list', { scope: 'all' })).filter((item) => item.state !== 'open');
  if (reported) await call('documents.issue', { kind: 'supervision-report', id: reported.id });
}
