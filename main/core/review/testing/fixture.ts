// Test-only: an office with two handlers, two reviewers, a 法制审核机构负责人 (`head`, the round's
// head) and a 行政执法机关负责人 (`decider`), and a case ready to submit,
// on a fresh temporary database (main/api/test-backend.ts). Used by main/api/review*.test.ts.

import type { InputOf } from '../../../../shared/contract';
import { REVIEW_POINTS } from '../../../../shared/domain/review';
import type { Finding } from '../../../../shared/domain/review';
import { testBackend, VALID_CITIZEN_ID } from '../../../api/testing/backend';

export type Env = ReturnType<typeof testBackend>;

export interface Office {
  env: Env;
  handler: number;
  handler2: number;
  reviewer: number;
  reviewer2: number;
  /** The 法制审核机构负责人 who signs the opinion with the reviewer. */
  head: number;
  /** The 行政执法机关负责人 who decides after the review. */
  decider: number;
  caseId: number;
}

export const ALL_MATERIALS: InputOf<'review.submit'>['materials'] = [
  { key: 'investigation-report', present: true, refs: '卷宗第 1–6 页' },
  { key: 'proposal', present: true, refs: '卷宗第 7–9 页' },
  { key: 'evidence', present: true, refs: '卷宗第 10–48 页' },
  { key: 'hearing-or-assessment', present: false, refs: '' },
  { key: 'other', present: false, refs: '' },
];

export async function setUpOffice(start?: string): Promise<Office> {
  const env = testBackend(start);
  let serial = 100;
  const staff = (
    name: string,
    roles: InputOf<'staff.create'>['roles'],
    cert: [string, string] | null = ['2023-01-01', '2028-12-31'],
    legalQualificationNo: string | null = null,
  ) =>
    env.call('staff.create', {
      name,
      roles,
      certificateNo: cert ? `50010200${serial++}` : null,
      certValidFrom: cert?.[0] ?? null,
      certValidTo: cert?.[1] ?? null,
      legalQualificationNo,
    });
  const handler = (await staff('王建国', ['handler'])).id;
  const handler2 = (await staff('刘晓燕', ['handler'])).id;
  const reviewer = (await staff('陈静', ['reviewer'], undefined, 'A20185001021234')).id;
  const reviewer2 = (await staff('周律师', ['reviewer', 'handler'], null, 'A20195001020002')).id;
  const head = (await staff('孙明', ['review-head'], null)).id;
  const decider = (await staff('张志强', ['head'], null)).id;
  const created = await env.call('cases.create', {
    caseNumber: '青山综执罚〔2025〕2号',
    cause: '未经批准擅自建设',
    party: { type: 'citizen', name: '陈某', idCode: VALID_CITIZEN_ID },
    facts: '当事人未取得乡村建设规划许可证擅自加建第三层。',
    foundOn: '2025-04-10',
    penaltyKinds: ['fine'],
    fineFen: 200_000,
    discretion: 'standard',
    legalBasis: '《中华人民共和国城乡规划法》第六十五条',
    handlerIds: [handler, handler2],
  });
  env.signInAs(handler);
  return { env, handler, handler2, reviewer, reviewer2, head, decider, caseId: created.id };
}

export async function as(office: Office, staffId: number): Promise<void> {
  office.env.signInAs(staffId);
  return Promise.resolve();
}

/** Submits the case (as the handler) with every required material and the office's reviewer and head. */
export async function submit(office: Office, overrides: Partial<InputOf<'review.submit'>> = {}) {
  await as(office, office.handler);
  return office.env.call('review.submit', {
    caseId: office.caseId,
    decisionDate: '2025-06-10',
    materials: ALL_MATERIALS,
    reviewerId: office.reviewer,
    headId: office.head,
    ...overrides,
  });
}

/** As the reviewer: accepts the materials and records the nine findings (pass unless given). */
export async function reviewAll(office: Office, roundId: number, findings: Partial<Record<number, Finding>> = {}) {
  await as(office, office.reviewer);
  await office.env.call('review.acceptMaterials', { roundId });
  let round;
  for (const point of REVIEW_POINTS) {
    const finding = findings[point.number] ?? 'pass';
    round = await office.env.call('review.savePoint', {
      roundId,
      point: point.number,
      finding,
      note: finding === 'pass' ? '' : `第${point.number}项存在问题，详见审核说明。`,
      evidenceRefs: '卷宗第 10–48 页',
    });
  }
  return round;
}

/** As the reviewer then the 法制审核机构负责人: chooses `opinion`, signs it and has it signed. */
export async function signOff(
  office: Office,
  roundId: number,
  opinion: InputOf<'review.chooseOpinion'>['opinion'],
  extra: Partial<InputOf<'review.chooseOpinion'>> = {},
) {
  await as(office, office.reviewer);
  await office.env.call('review.chooseOpinion', {
    roundId,
    opinion,
    reasons: '经审核，理由如上。',
    corrections: opinion === 2 ? '补充现场测量记录。' : '',
    ...extra,
  });
  await office.env.call('review.signOpinion', { roundId });
  await as(office, office.head);
  return office.env.call('review.countersign', { roundId });
}

/** The case as cases.update takes it, to change one field in a test. */
export async function caseValues(office: Office) {
  const record = await office.env.call('cases.get', { id: office.caseId });
  return {
    id: record.id,
    caseNumber: record.caseNumber,
    cause: record.cause,
    party: {
      type: record.party.type,
      name: record.party.name,
      idCode: record.party.idCode,
      address: record.party.address,
      representative: record.party.representative,
      phone: record.party.phone,
    },
    facts: record.facts,
    foundOn: record.foundOn,
    penaltyKinds: record.penaltyKinds,
    fineFen: record.fineFen,
    illegalGainsFen: record.illegalGainsFen,
    illegalPropertyFen: record.illegalPropertyFen,
    discretion: record.discretion,
    hearingRequested: record.hearingRequested,
    hearingHeld: record.hearingHeld,
    legalBasis: record.legalBasis,
    handlerIds: record.handlers.map((handler) => handler.id),
  };
}
