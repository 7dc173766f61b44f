// 管辖争议台账 (衢政办发〔2022〕16号 第六条至第九条): each dispute, its written request with the
// 争议焦点, every coordination step and how it ended. Rows come from the register's own views,
// narrowed to the year by the date the dispute arose.

import { DISPUTE_STATE_LABELS, DISPUTE_STEP_LABELS, type DisputeView } from '../../../shared/contract/disputes';
import { disputeView, listDisputes } from '../disputes/service';
import { yearRange, type LedgerDefinition } from './definition';
import { ledgerTable } from './xlsx';
import { chineseDate } from '../../../shared/domain/calendar';

/** "2025年3月2日 协调意见（区司法局）：……" one line per step, in order. */
function stepsText(view: DisputeView): string {
  return view.steps
    .map(
      (step) =>
        `${chineseDate(step.onDate)} ${DISPUTE_STEP_LABELS[step.step]}${step.body ? `（${step.body}）` : ''}：${step.text}`,
    )
    .join('\n');
}

export const disputesLedger: LedgerDefinition = {
  what: 'disputes',
  title: '管辖争议台账',
  filters: ['scope', 'search'],
  sheets: (ctx, query) => {
    const { from, to } = yearRange(query.year);
    const views = listDisputes(ctx, { scope: query.filters.scope, search: query.filters.search })
      .filter((summary) => summary.openedOn >= from && summary.openedOn <= to)
      .map((summary) => disputeView(ctx, summary.id))
      .sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.id - b.id);
    return [
      ledgerTable<DisputeView>({
        name: '管辖争议',
        columns: [
          { header: '争议对方', kind: 'text', width: 24, value: (v) => v.counterpart.name },
          { header: '争议事项', kind: 'text', width: 36, value: (v) => v.matter },
          { header: '关联案件', kind: 'text', width: 24, value: (v) => v.linkedCase?.caseNumber ?? '' },
          { header: '起因移送', kind: 'text', width: 30, value: (v) => v.transfer?.label ?? '' },
          { header: '发生争议日期', kind: 'date', value: (v) => v.openedOn },
          { header: '自行协商情况', kind: 'text', width: 30, value: (v) => v.negotiation },
          { header: '提请协调日期', kind: 'date', value: (v) => v.request?.requestedOn ?? null },
          { header: '协调机关', kind: 'text', width: 20, value: (v) => v.body?.name ?? '' },
          { header: '争议焦点', kind: 'text', width: 36, value: (v) => v.request?.focus ?? '' },
          { header: '协调经过', kind: 'text', width: 48, value: stepsText },
          {
            header: '应办结日期',
            kind: 'date',
            value: (v) => (v.closedOn === null ? (v.deadline?.dueDate ?? null) : null),
          },
          { header: '状态', kind: 'text', width: 14, value: (v) => DISPUTE_STATE_LABELS[v.state] },
          { header: '解决日期', kind: 'date', value: (v) => v.closedOn },
          { header: '结果', kind: 'text', width: 30, value: (v) => v.outcome },
        ],
        rows: views,
      }),
    ];
  },
};
