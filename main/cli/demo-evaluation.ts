import type { DemoCall, DemoRefs } from './demo-hooks';

// Demo records of the reports round (issue #20), made through the API: training for the enforcement
// staff this year (one person over 60 学时, the others short of it), and a 案卷评查 draw of this year's
// closed cases (a recorded seed), scored by a reviewer who had no part in the case. The decided
// case's 执法公示 is left due, so the home page shows its date.

function shift(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

const TRAININGS: ReadonlyArray<{ who: string; daysAgo: number; subject: string; hours: number; organiser: string }> = [
  { who: '王建国', daysAgo: 40, subject: '《行政处罚法》修订要点专题培训', hours: 16, organiser: '区司法局' },
  { who: '王建国', daysAgo: 12, subject: '综合行政执法文书制作规范', hours: 8, organiser: '区城市管理局' },
  { who: '刘晓燕', daysAgo: 40, subject: '《行政处罚法》修订要点专题培训', hours: 16, organiser: '区司法局' },
  { who: '刘晓燕', daysAgo: 30, subject: '执法全过程记录与音像记录', hours: 24, organiser: '市司法局（线上）' },
  { who: '刘晓燕', daysAgo: 9, subject: '行政执法证据收集与固定', hours: 24, organiser: '区城市管理局' },
  { who: '李强', daysAgo: 20, subject: '城乡规划违法建设查处实务', hours: 6, organiser: '区规划和自然资源局' },
  { who: '陈静', daysAgo: 15, subject: '重大执法决定法制审核实务', hours: 12, organiser: '区司法局' },
];

export async function advanceDemoEvaluation(call: DemoCall, refs: DemoRefs): Promise<void> {
  const { today } = await call('calendar.years', {});
  const year = Number(today.slice(0, 4));
  for (const t of TRAININGS) {
    const heldOn = shift(today, -t.daysAgo);
    if (Number(heldOn.slice(0, 4)) !== year) continue;
    await call('training.add', {
      staffId: refs.staffIds.get(t.who) ?? 0,
      heldOn,
      subject: t.subject,
      hours: t.hours,
      organiser: t.organiser,
    });
  }
  const { eligible } = await call('evaluation.year', { year });
  if (eligible === 0) return;
  const draw = await call('evaluation.draw', { year, size: Math.min(2, eligible), seed: `${year}年度案卷评查` });
  const sheet = await call('evaluation.sheet', {});
  const [first] = draw.cases;
  if (!first) return;
  const items = sheet.items.map((item) => ({
    key: item.key,
    score: item.points === 0 ? null : item.key === 'documents' ? item.points - 2 : item.points,
    failed: false,
    note: item.key === 'documents' ? '送达回证未注明送达方式' : '',
  }));
  // Whoever of the two reviewers had no part in the case scores it (the app refuses the other).
  for (const scorer of ['周律师', '陈静']) {
    refs.signInAs(refs.staffIds.get(scorer) ?? 0);
    try {
      await call('evaluation.score', {
        drawId: draw.id,
        caseId: first.caseId,
        scoredOn: today,
        items,
        comment: '案卷材料齐全，程序合法；送达回证填写需规范。',
      });
      break;
    } catch {
      continue;
    }
  }
  refs.signInAs(refs.staffIds.get('王建国') ?? 0);
}
