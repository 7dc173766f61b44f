// Chinese names of the register methods' fields (issue #19), merged into field-labels.ts.

import type { MethodName } from '../../shared/contract';

const assistance = {
  direction: '协助方向',
  counterpart: '对方机关',
  letterNumber: '对方来函文号',
  caseId: '关联案件',
  caseTitle: '案件名称',
  ground: '协助的情形',
  needed: '需要协助的事项',
  reason: '请求协助的理由',
  legalBasis: '法律依据',
  returnItems: '需反馈的材料',
  contactName: '联系人',
  contactPhone: '联系电话',
  requestedOn: '请求日期',
};

export const REGISTER_FIELD_LABELS: Partial<Record<MethodName, Record<string, string>>> = {
  'assistance.list': { scope: '范围', direction: '协助方向', search: '搜索内容' },
  'assistance.get': { id: '协助记录' },
  'assistance.create': assistance,
  'assistance.update': { id: '协助记录', ...assistance },
  'assistance.answer': {
    id: '协助记录',
    outcome: '答复结果',
    refusalGround: '不予协助的理由类别',
    answeredOn: '答复日期',
    text: '答复内容',
  },
};
