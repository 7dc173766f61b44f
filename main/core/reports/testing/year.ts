// Test-only: a year of an office's work, built through the API as the screens would, for the annual
// report and ledger tests. The hand count of what 2025 holds is in HAND_COUNT_2025 below.

import type { InputOf } from '../../../../shared/contract';
import { VALID_CITIZEN_ID } from '../../../api/testing/backend';
import { as, reviewAll, setUpOffice, signOff, type Office } from '../../review/testing/fixture';
import { ALL_MATERIALS } from '../../review/testing/fixture';

// Office time is UTC+8: 02:00Z is 10:00 in the office.
const at = (date: string) => `${date}T02:00:00.000Z`;

type CaseInput = Omit<InputOf<'cases.create'>, 'party' | 'handlerIds' | 'facts' | 'discretion' | 'legalBasis'>;

export interface Year {
  office: Office;
  /** Case ids by letter (see buildYear). */
  cases: Record<string, number>;
  complaintId: number;
  criminalId: number;
  expiredHandler: number;
}

async function newCase(office: Office, input: CaseInput): Promise<number> {
  await as(office, office.handler);
  return (
    await office.env.call('cases.create', {
      party: { type: 'citizen', name: `当事人${input.caseNumber.slice(-3)}`, idCode: VALID_CITIZEN_ID },
      facts: '当事人有违法行为，事实见卷宗。',
      discretion: 'standard',
      legalBasis: '《中华人民共和国城乡规划法》第六十五条',
      handlerIds: [office.handler, office.handler2],
      ...input,
    })
  ).id;
}

async function submitCase(office: Office, caseId: number) {
  await as(office, office.handler);
  return office.env.call('review.submit', {
    caseId,
    decisionDate: '2025-12-20',
    materials: ALL_MATERIALS,
    reviewerId: office.reviewer,
    headId: office.head,
  });
}

/** Reviewed, signed with `opinion`, and (for opinion 1) decided on the same day as signed. */
async function reviewAndDecide(
  office: Office,
  caseId: number,
  opinion: 1 | 2 | 3 | 5,
  decision: {
    number: string;
    date: string;
    agrees?: boolean;
    decided?: InputOf<'review.recordDecision'>['decidedPenalty'];
  } | null,
) {
  const round = await submitCase(office, caseId);
  const findings =
    opinion === 2
      ? { 7: 'defect' as const }
      : opinion === 3
        ? { 3: 'serious' as const }
        : opinion === 5
          ? { 9: 'crime-suspected' as const }
          : {};
  await reviewAll(office, round.id, findings);
  await signOff(office, round.id, opinion, opinion === 5 ? { transferTargetKind: 'public-security' } : {});
  if (decision) {
    await as(office, office.decider);
    const agrees = decision.agrees ?? true;
    await office.env.call('review.recordDecision', {
      roundId: round.id,
      agrees,
      ...(agrees
        ? { decisionNumber: decision.number, decisionDate: decision.date, decidedPenalty: decision.decided ?? null }
        : { reason: '证据尚需补强，暂不作出决定。' }),
    });
  }
  return round;
}

/**
 * 2024: case G (fine, decided 2024-11-20) — outside the 2025 report.
 * 2025: A fine 2,000 proposed, decided 1,500; B warning + fine 500, first returned (opinion 2) then
 * decided as proposed; C fine 30,000 + confiscated gains 5,000 + 责令停产停业, decided as proposed;
 * D warning; E suspected crime (opinion 5) transferred to the police and filed; F opinion 3;
 * H opinion 1 but the head disagrees. Plus a complaint naming its complainant, and a handler whose
 * certificate ran out in June. The report is read on 2026-01-10.
 */
export async function buildYear(): Promise<Year> {
  // The fixture's case A is found 2025-04-10, so the office is set up then; the clock is then put
  // back to 2024 for case G (the test's clock only: the records do not mind).
  const office = await setUpOffice(at('2025-04-10'));
  const e = office.env;
  e.setNow(at('2024-11-18'));
  await e.call('office.save', {
    name: '青山镇人民政府',
    abbreviation: '青山',
    contactPerson: '赵敏',
    phone: '023-72881234',
    reviewBody: '青山镇司法所',
    handlingUnit: '青山镇综合行政执法大队',
  });
  const cases: Record<string, number> = {};
  cases['G'] = await newCase(office, {
    caseNumber: '青山综执罚〔2024〕9号',
    cause: '占道经营',
    foundOn: '2024-10-08',
    penaltyKinds: ['fine'],
    fineFen: 100_000,
  });
  e.setNow(at('2024-11-20'));
  await reviewAndDecide(office, cases['G'], 1, { number: '青山综执罚决〔2024〕9号', date: '2024-11-20' });

  e.setNow(at('2025-04-10'));
  const expiredHandler = (
    await e.call('staff.create', {
      name: '马涛',
      roles: ['handler'],
      certificateNo: '500102009999',
      certValidFrom: '2020-07-01',
      certValidTo: '2025-06-30',
    })
  ).id;
  cases['A'] = office.caseId; // the fixture's case: fine 2,000 元, found 2025-04-10
  cases['B'] = await newCase(office, {
    caseNumber: '青山综执罚〔2025〕3号',
    cause: '乱堆乱放',
    foundOn: '2025-02-11',
    penaltyKinds: ['warning', 'fine'],
    fineFen: 50_000,
  });
  cases['C'] = await newCase(office, {
    caseNumber: '青山综执罚〔2025〕4号',
    cause: '无证经营餐饮',
    foundOn: '2025-02-20',
    penaltyKinds: ['fine', 'confiscate-gains', 'order-suspension'],
    fineFen: 3_000_000,
    illegalGainsFen: 500_000,
  });
  cases['D'] = await newCase(office, {
    caseNumber: '青山综执罚〔2025〕5号',
    cause: '违规张贴广告',
    foundOn: '2025-02-25',
    penaltyKinds: ['warning'],
  });
  cases['E'] = await newCase(office, {
    caseNumber: '青山综执罚〔2025〕6号',
    cause: '销售假冒白酒',
    foundOn: '2025-02-26',
    penaltyKinds: ['fine'],
    fineFen: 1_000_000,
  });
  cases['F'] = await newCase(office, {
    caseNumber: '青山综执罚〔2025〕7号',
    cause: '违法建设',
    foundOn: '2025-02-27',
    penaltyKinds: ['fine'],
    fineFen: 300_000,
  });
  cases['H'] = await newCase(office, {
    caseNumber: '青山综执罚〔2025〕8号',
    cause: '噪声扰民',
    foundOn: '2025-02-28',
    penaltyKinds: ['warning'],
  });

  e.setNow(at('2025-05-12'));
  await reviewAndDecide(office, cases['A'], 1, {
    number: '青山综执罚决〔2025〕2号',
    date: '2025-05-12',
    decided: { penaltyKinds: ['fine'], fineFen: 150_000, illegalGainsFen: 0, illegalPropertyFen: 0 },
  });
  await reviewAndDecide(office, cases['B'], 2, null);
  e.setNow(at('2025-05-19'));
  await reviewAndDecide(office, cases['B'], 1, { number: '青山综执罚决〔2025〕3号', date: '2025-05-19' });
  await reviewAndDecide(office, cases['C'], 1, { number: '青山综执罚决〔2025〕4号', date: '2025-05-19' });
  await reviewAndDecide(office, cases['D'], 1, { number: '青山综执罚决〔2025〕5号', date: '2025-05-19' });
  await reviewAndDecide(office, cases['F'], 3, null);
  await reviewAndDecide(office, cases['H'], 1, { number: '', date: '2025-05-19', agrees: false });

  // E: a suspected crime to the police, filed.
  e.setNow(at('2025-09-15'));
  await reviewAndDecide(office, cases['E'], 5, null);
  const police = (await e.call('orgs.create', { name: '区公安分局', kind: 'public-security' })).id;
  await as(office, office.handler);
  const reported = await e.call('transfers.criminal.report', {
    caseId: cases['E'],
    policeOrgId: police,
    memberIds: [office.handler, office.handler2],
    suspectedCrime: '销售伪劣产品罪',
    facts: '现场查获疑似假冒白酒 60 余斤。',
    crimeBasis: '《中华人民共和国刑法》第一百四十条',
    reportedOn: '2025-09-15',
    materials: [
      { key: 'letter', present: true },
      { key: 'investigation-report', present: true },
      { key: 'appraisal', present: true },
    ],
  });
  e.setNow('2025-09-15T09:00:00.000Z'); // 17:00 office time
  // The approval is the head's own signature: the head signs in to give it, then the handler goes on.
  e.signInAs(office.decider);
  await e.call('transfers.criminal.decide', {
    id: reported.id,
    headId: office.decider,
    approved: true,
    decidedOn: '2025-09-15',
    decidedTime: '11:00',
  });
  e.signInAs(office.handler);
  await e.call('transfers.criminal.send', { id: reported.id, sentOn: '2025-09-15', sentTime: '15:00' });
  await e.call('transfers.criminal.recordReceipt', {
    id: reported.id,
    receivedOn: '2025-09-15',
    receivedTime: '16:00',
    signedBy: '孙警官',
  });
  e.setNow(at('2025-09-17'));
  await e.call('transfers.criminal.recordAnswer', {
    id: reported.id,
    outcome: 'filed',
    answeredOn: '2025-09-17',
    reference: '区公立字〔2025〕8号',
  });

  // A complaint whose complainant is named in the matter too.
  const complaint = await e.call('complaints.create', {
    receivedOn: '2025-09-17',
    channel: 'phone',
    complainantName: '李举报',
    complainantContact: '13800001111',
    matter: '李举报反映：某餐馆油烟扰民，联系电话13800001111。',
    firstHandler: '王建国',
    firstHandling: '已登记，转执法大队核实。',
  });

  e.setNow(at('2026-01-10'));
  return { office, cases, complaintId: complaint.id, criminalId: reported.id, expiredHandler };
}

/** What 2025 holds, counted by hand from buildYear. */
export const HAND_COUNT_2025 = {
  penalties: { warning: 1, fine: 2, 'order-suspension': 1 } as Record<string, number>,
  penaltyTotal: 4,
  fineFen: 150_000 + 50_000 + 3_000_000,
  gainsFen: 500_000,
  propertyFen: 0,
  // A, B×2, C, D, E, F, H
  reviewed: 8,
  // B's first round (2), E (5), F (3)
  corrected: 3,
  opinions: { 1: 5, 2: 1, 3: 1, 4: 0, 5: 1 } as Record<number, number>,
  crimeTransferred: 1,
  crimeAccepted: 1,
  // 王建国, 刘晓燕 (valid to 2028), 周律师 (reviewer and handler, no certificate), 马涛 (expired 2025-06-30)
  enforcementStaff: 4,
  certified: 2,
};
