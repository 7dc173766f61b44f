// The demo office's year for the annual report (issue #20): a few more penalty decisions this year,
// through the same API the screens use, so every table of 统计 › 年报 shows something — several
// kinds (one decision with three kinds, counted once under its heaviest), a fine reduced at the
// decision after the party's statement (陈述申辩), confiscated gains. Cases are found in the weeks
// before the demo's today and decided on the day their review is signed.

import type { InputOf } from '../../shared/contract';
import { creditCode, residentId } from './demo-data';
import type { DemoCall, DemoRefs, DemoStep } from './demo-hooks';

const MATERIALS: InputOf<'review.submit'>['materials'] = [
  { key: 'investigation-report', present: true, refs: '卷宗第 1–5 页' },
  { key: 'proposal', present: true, refs: '卷宗第 6–7 页' },
  { key: 'evidence', present: true, refs: '卷宗第 8–30 页（询问笔录、现场照片）' },
  { key: 'hearing-or-assessment', present: false, refs: '' },
  { key: 'other', present: false, refs: '' },
];

/** `days` before an office date (YYYY-MM-DD). */
function daysBefore(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

type YearCase = Omit<InputOf<'cases.create'>, 'handlerIds' | 'caseNumber' | 'foundOn'> & {
  daysAgo: number;
  hearing?: boolean;
  decided?: InputOf<'review.recordDecision'>['decidedPenalty'];
};

const YEAR_CASES: YearCase[] = [
  {
    cause: '违规张贴小广告',
    party: { type: 'citizen', name: '邓某', idCode: residentId('50010219900312123'), address: '青山镇新街 12 号' },
    facts: '当事人在青山镇新街沿线电杆、墙面张贴小广告 40 余张，经责令后已自行清除。',
    daysAgo: 40,
    penaltyKinds: ['warning'],
    discretion: 'lighter',
    legalBasis: '《城市市容和环境卫生管理条例》第十七条、第三十四条',
  },
  {
    cause: '无证经营餐饮',
    party: {
      type: 'individual-business',
      name: '青山镇某某小吃店',
      representative: '吴某',
      idCode: creditCode('92500102MA60K8Q3X'),
      address: '青山镇正街 45 号',
    },
    facts: '当事人未取得食品经营许可从事餐饮服务，违法经营额 1.2 万元，违法所得 1,200 元。',
    daysAgo: 30,
    penaltyKinds: ['fine', 'confiscate-gains'],
    fineFen: 500_000,
    illegalGainsFen: 120_000,
    discretion: 'standard',
    legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
    // After the party's statement (陈述申辩) the head decided a lighter fine than proposed.
    decided: { penaltyKinds: ['fine', 'confiscate-gains'], fineFen: 400_000, illegalGainsFen: 120_000 },
  },
  {
    cause: '违法排放污水',
    party: {
      type: 'legal-person',
      name: '重庆某某食品加工有限公司',
      representative: '冯某某',
      phone: '023-7288 1200',
      idCode: creditCode('91500102MA5UB2L7P'),
      address: '青山镇工业园 3 号',
    },
    facts: '当事人未经处理向青山河排放生产废水，经监测化学需氧量超标 3 倍，经责令改正后拒不改正。',
    daysAgo: 25,
    hearing: true,
    penaltyKinds: ['fine', 'confiscate-gains', 'order-suspension'],
    fineFen: 5_000_000,
    illegalGainsFen: 300_000,
    discretion: 'heavier',
    legalBasis: '《中华人民共和国水污染防治法》第八十三条',
  },
  {
    cause: '占道堆放物料',
    party: { type: 'citizen', name: '何某', idCode: residentId('50010219850621251'), address: '青山镇滨河路 8 号' },
    facts: '当事人在滨河路人行道堆放建材，影响通行，经责令改正后逾期未清理。',
    daysAgo: 18,
    penaltyKinds: ['criticism'],
    discretion: 'standard',
    legalBasis: '《城市道路管理条例》第二十七条、第四十二条',
  },
];

/** How many cases the year adds to the demo. */
export const DEMO_YEAR_CASES = YEAR_CASES.length;

const PASS = '经审核，该项符合要求。';

export const advanceDemoYear: DemoStep = async (call: DemoCall, refs: DemoRefs) => {
  const staff = (name: string) => refs.staffIds.get(name) ?? 0;
  const as = (name: string) => refs.signInAs(staff(name));
  const { today } = await call('calendar.years', {});
  const year = today.slice(0, 4);
  let serial = 20;
  for (const item of YEAR_CASES) {
    const { daysAgo, hearing, decided, ...fields } = item;
    as('王建国');
    const created = await call('cases.create', {
      ...fields,
      caseNumber: `青山综执罚〔${year}〕${serial++}号`,
      foundOn: daysBefore(today, daysAgo),
      hearingRequested: hearing === true,
      hearingHeld: hearing === true,
      handlerIds: [staff('王建国'), staff('刘晓燕')],
    });
    const round = await call('review.submit', {
      caseId: created.id,
      decisionDate: today,
      materials: MATERIALS.map((m) =>
        hearing && m.key === 'hearing-or-assessment' ? { ...m, present: true, refs: '卷宗第 31–36 页（听证笔录）' } : m,
      ),
      reviewerId: staff('陈静'),
      headId: staff('孙明'),
    });
    as('陈静');
    await call('review.acceptMaterials', { roundId: round.id });
    for (let point = 1; point <= 9; point++)
      await call('review.savePoint', { roundId: round.id, point, finding: 'pass', note: PASS, evidenceRefs: '卷宗' });
    await call('review.chooseOpinion', {
      roundId: round.id,
      opinion: 1,
      reasons: '事实清楚，证据确凿，适用法律正确，程序合法，裁量适当。',
    });
    await call('review.signOpinion', { roundId: round.id });
    as('孙明');
    const signed = await call('review.countersign', { roundId: round.id });
    const signedOn = new Date(Date.parse(signed.signedAt ?? '') + 8 * 3_600_000).toISOString().slice(0, 10);
    as('张志强');
    await call('review.recordDecision', {
      roundId: round.id,
      agrees: true,
      decisionNumber: `青山综执罚决〔${year}〕${serial - 1}号`,
      decisionDate: signedOn,
      decidedPenalty: decided ?? null,
      ...(fields.penaltyKinds.includes('order-suspension')
        ? {
            complexOrMajor: true,
            collectiveDate: signedOn,
            collectiveParticipants: '张志强、孙明、王建国',
            collectiveSummary: '同意责令停产停业并处罚款。',
          }
        : {}),
    });
  }
  as('王建国');
};
