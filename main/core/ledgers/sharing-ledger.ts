// 信息共享台账: every item of information shared or received, with the period its rule sets and
// whether it was met. Rows come from the register's own views (the same due dates, rules and
// calendar as the screen), narrowed to the year by the date the information was formed or received.

import {
  SHARING_DIRECTION_LABELS,
  SHARING_KIND_LABELS,
  SHARING_METHOD_LABELS,
  SHARING_MODE_LABELS,
  SHARING_STATE_LABELS,
  type SharingView,
} from '../../../shared/contract/sharing';
import { officeDateOf } from '../calendar/officeTime';
import { listSharing, sharingView } from '../sharing/service';
import { yearRange, type LedgerDefinition } from './definition';
import { calendarDayOutcome } from './deadline-outcome';
import { ledgerTable } from './xlsx';

/** 按期 / 逾期 / 未办 against the item's own due date; information received has none. */
function outcome(now: string, view: SharingView): string {
  if (view.dueDate === null) return '不适用';
  return calendarDayOutcome(now, view.dueDate, view.sharedOn).outcome;
}

export const sharingLedger: LedgerDefinition = {
  what: 'sharing',
  title: '信息共享台账',
  filters: ['scope', 'search', 'direction', 'kind'],
  sheets: (ctx, query) => {
    const now = ctx.now().toISOString();
    const { from, to } = yearRange(query.year);
    const views = listSharing(ctx, {
      scope: query.filters.scope,
      direction: query.filters.direction,
      kind: query.filters.kind,
      search: query.filters.search,
    })
      .filter((summary) => summary.formedOn >= from && summary.formedOn <= to)
      .map((summary) => sharingView(ctx, summary.id))
      .sort((a, b) => a.formedOn.localeCompare(b.formedOn) || a.id - b.id);
    return [
      ledgerTable<SharingView>({
        name: '信息共享',
        columns: [
          { header: '方向', kind: 'text', width: 12, value: (v) => SHARING_DIRECTION_LABELS[v.direction] },
          { header: '方式', kind: 'text', width: 12, value: (v) => SHARING_MODE_LABELS[v.mode] },
          { header: '信息种类', kind: 'text', width: 24, value: (v) => SHARING_KIND_LABELS[v.kind] },
          { header: '共享的信息', kind: 'text', width: 36, value: (v) => v.subject },
          { header: '对方单位', kind: 'text', width: 24, value: (v) => v.org?.name ?? '' },
          { header: '关联案件', kind: 'text', width: 24, value: (v) => v.linkedCase?.caseNumber ?? '' },
          { header: '形成或收到日期', kind: 'date', value: (v) => v.formedOn },
          { header: '应共享日期', kind: 'date', value: (v) => v.dueDate },
          { header: '期限依据', kind: 'text', width: 36, value: (v) => (v.dueDate === null ? '' : v.rule) },
          { header: '共享日期', kind: 'date', value: (v) => v.sharedOn },
          {
            header: '共享途径',
            kind: 'text',
            width: 14,
            value: (v) => (v.method ? SHARING_METHOD_LABELS[v.method] : ''),
          },
          { header: '是否按期', kind: 'text', width: 14, value: (v) => outcome(now, v) },
          { header: '状态', kind: 'text', width: 12, value: (v) => SHARING_STATE_LABELS[v.state] },
          { header: '备注', kind: 'text', width: 30, value: (v) => v.note },
          { header: '登记时间', kind: 'date', value: (v) => officeDateOf(v.createdAt) },
        ],
        rows: views,
      }),
    ];
  },
};
