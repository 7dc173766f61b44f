import type { InputOf } from '../../shared/contract';
import type { Finding } from '../../shared/domain/review';
import type { DemoCall, DemoRefs, DemoStep } from './demo-hooks';

// Moves demo cases through legal review, through the same API the screens use, so the demo shows
// every review state: awaiting the check, waiting on a notice to supplement, mid-way through the
// nine points, awaiting the 法制审核机构负责人's signature, returned and resubmitted, signed, and sent to transfer.
// Cases 1, 4, 5 and 10 stay unsubmitted: 1 and 4 show the triggers just below their lines; 5, a 个体工商户
// (92… code), is over the citizen's 2,000 元 line that applies to it (民法典第五十四条).

const DECISION_DATE = '2025-12-01';

const MATERIALS: InputOf<'review.submit'>['materials'] = [
  { key: 'investigation-report', present: true, refs: '卷宗第 1–6 页' },
  { key: 'proposal', present: true, refs: '卷宗第 7–9 页' },
  { key: 'evidence', present: true, refs: '卷宗第 10–46 页（询问笔录、现场检查笔录、现场照片）' },
  { key: 'hearing-or-assessment', present: false, refs: '' },
  { key: 'other', present: false, refs: '' },
];

const PASS_NOTES: Record<number, string> = {
  1: '本镇人民政府依赋权清单行使该项处罚权，执法主体合法；承办人均持有有效执法证。',
  2: '违法行为发生在本镇辖区，属于本镇人民政府管辖。',
  3: '询问笔录、现场检查笔录与现场照片相互印证，事实清楚，证据确凿充分，送审材料齐全。',
  4: '适用法律、法规准确。',
  5: '拟处罚数额在裁量基准规定的幅度内，裁量适当。',
  6: '未发现超越职权、滥用职权或明显不当的情形。',
  7: '已依法立案、调查并告知当事人陈述、申辩权利，程序合法。',
  8: '立案审批表、笔录、告知书、送达回证等文书齐全、规范。',
  9: '未发现涉嫌犯罪的情形。',
};

interface Demo {
  call: DemoCall;
  staff: (name: string) => number;
  caseId: (index: number) => number;
  signInAs: (staffId: number) => void;
}

async function as(demo: Demo, name: string): Promise<void> {
  demo.signInAs(demo.staff(name));
  return Promise.resolve();
}

async function submit(demo: Demo, index: number, reviewer: string, extra: Partial<InputOf<'review.submit'>> = {}) {
  await as(demo, '王建国');
  return demo.call('review.submit', {
    caseId: demo.caseId(index),
    decisionDate: DECISION_DATE,
    materials: MATERIALS,
    reviewerId: demo.staff(reviewer),
    headId: demo.staff('孙明'),
    ...extra,
  });
}

/** As the reviewer: accepts the materials and records points 1..upTo (pass unless given). */
async function review(
  demo: Demo,
  roundId: number,
  reviewer: string,
  upTo: number,
  findings: Record<number, [Finding, string]> = {},
) {
  await as(demo, reviewer);
  await demo.call('review.acceptMaterials', { roundId });
  for (let point = 1; point <= upTo; point++) {
    const [finding, note] = findings[point] ?? ['pass', PASS_NOTES[point] ?? ''];
    await demo.call('review.savePoint', { roundId, point, finding, note, evidenceRefs: '卷宗第 10–46 页' });
  }
}

async function sign(
  demo: Demo,
  roundId: number,
  reviewer: string,
  choice: Omit<InputOf<'review.chooseOpinion'>, 'roundId'>,
  countersign = true,
) {
  await as(demo, reviewer);
  await demo.call('review.chooseOpinion', { roundId, ...choice });
  await demo.call('review.signOpinion', { roundId });
  if (!countersign) return;
  await as(demo, '孙明');
  await demo.call('review.countersign', { roundId });
}

/** A notice needs the calendar of the year it falls in; a demo run in an unknown year skips it. */
async function tryNotice(demo: Demo, roundId: number): Promise<void> {
  try {
    await demo.call('review.requestSupplement', {
      roundId,
      items: [
        { materialKey: 'evidence', name: '相关证据资料', detail: '未提交餐厨垃圾收运台账及现场照片' },
        { materialKey: null, name: '现场检查笔录', detail: '缺少当事人签名' },
      ],
    });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('节假日安排'))) throw error;
  }
}

export const advanceDemoReviews: DemoStep = async (call: DemoCall, refs: DemoRefs) => {
  const demo: Demo = {
    call,
    staff: (name) => refs.staffIds.get(name) ?? 0,
    caseId: (index) => refs.caseIds[index - 1] ?? 0,
    signInAs: refs.signInAs,
  };

  // Case 2: fine with 从重 after a hearing — reviewed, signed opinion 1.
  const two = await submit(demo, 2, '陈静', {
    materials: MATERIALS.map((item) =>
      item.key === 'hearing-or-assessment' ? { ...item, present: true, refs: '卷宗第 47–52 页（听证笔录）' } : item,
    ),
    judgements: { majorRights: { holds: true, reason: '拟加重处罚并责令限期拆除加建部分，直接关系当事人住房权益。' } },
  });
  await review(demo, two.id, '陈静', 9);
  await sign(demo, two.id, '陈静', {
    opinion: 1,
    reasons: '执法主体合法，事实清楚，证据合法充分，适用法律依据正确，自由裁量适当，程序合法，文书规范完备。',
  });

  // The 行政执法机关负责人 decides after the review (《行政处罚法》第五十七条), the day it is signed.
  await as(demo, '张志强');
  // The office's date of the head's signature (an instant in UTC, the office at UTC+8), not the PC's today:
  // the demo may run on a clock set elsewhere (tests fix it).
  const signedAt = (await demo.call('review.round', { id: two.id })).signedAt ?? new Date().toISOString();
  const signedOn = new Date(Date.parse(signedAt) + 8 * 3_600_000).toISOString().slice(0, 10);
  await demo.call('review.recordDecision', {
    roundId: two.id,
    agrees: true,
    decisionNumber: '青山综执罚决〔2025〕2号',
    decisionDate: signedOn,
  });

  // Case 3: a fine on a company at the line — in review, four points done.
  const three = await submit(demo, 3, '陈静');
  await review(demo, three.id, '陈静', 4);

  // Case 6: 2000 yuan on a citizen ("以上" includes 2000) — submitted, awaiting the check.
  await submit(demo, 6, '周律师');

  // Case 7: 减轻 — evidence missing, one notice to supplement with its deadline.
  const seven = await submit(demo, 7, '陈静', {
    materials: MATERIALS.map((item) => (item.key === 'evidence' ? { ...item, present: false, refs: '' } : item)),
  });
  await as(demo, '陈静');
  await tryNotice(demo, seven.id);

  // Case 8: round 1 returned with opinion 2, corrected and resubmitted as round 2.
  const eight = await submit(demo, 8, '陈静');
  await review(demo, eight.id, '陈静', 9, { 7: ['defect', '未向当事人送达行政处罚事先告知书的送达回证。'] });
  await sign(demo, eight.id, '陈静', {
    opinion: 2,
    reasons: '程序存在瑕疵，经纠正完善后不影响行政执法决定成立。',
    corrections: '补充行政处罚事先告知书的送达回证。',
  });
  await submit(demo, 8, '陈静', {
    materials: MATERIALS.map((item) =>
      item.key === 'other' ? { ...item, present: true, refs: '补正卷第 1 页（送达回证）' } : item,
    ),
  });

  // Case 9: opinion signed by the reviewer, waiting for the 法制审核机构负责人's signature.
  const nine = await submit(demo, 9, '周律师', {
    judgements: { socialRisk: { holds: true, reason: '群众多次投诉，涉及周边居民夜间休息。' } },
  });
  await review(demo, nine.id, '周律师', 9);
  await sign(
    demo,
    nine.id,
    '周律师',
    { opinion: 1, reasons: '事实清楚，证据充分，程序合法，同意作出行政处罚决定。' },
    false,
  );

  // Case 11: suspected fake liquor — opinion 5, to the public security organ.
  const eleven = await submit(demo, 11, '陈静', {
    judgements: { publicInterest: { holds: true, reason: '疑似假酒已致群众身体不适，涉及食品安全公共利益。' } },
  });
  await review(demo, eleven.id, '陈静', 9, {
    9: ['crime-suspected', '现场查获疑似假冒白酒 60 余斤，货值可能达到生产、销售伪劣产品罪的立案标准。'],
  });
  const police = (await call('orgs.list', {})).find((org) => org.kind === 'public-security');
  await sign(demo, eleven.id, '陈静', {
    opinion: 5,
    reasons: '当事人的违法行为涉嫌生产、销售伪劣产品罪，应移送公安机关，不得以罚代刑。',
    transferTargetKind: 'public-security',
    transferTargetOrgId: police?.id ?? null,
  });

  // Case 12: a handler whose certificate has expired — point 1 shows it unasked.
  await submit(demo, 12, '周律师');

  await as(demo, '王建国');
};
