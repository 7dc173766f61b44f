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

const complaintId = { id: '举报投诉记录' };

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
  'complaints.list': { scope: '范围', search: '搜索内容' },
  'complaints.get': complaintId,
  'complaints.create': {
    receivedOn: '收到日期',
    channel: '收到方式',
    complainantName: '举报人姓名',
    complainantContact: '举报人联系方式',
    matter: '举报、投诉、信访事项',
    firstHandler: '首问责任人',
    firstHandling: '首问处置情况',
  },
  'complaints.verify': {
    ...complaintId,
    verifiedOn: '核实日期',
    verification: '核实情况',
    finding: '核实结论',
    caseId: '关联案件',
    transferOutId: '关联的移送',
    leadTransferredOn: '线索移送日期',
  },
  'supervision.list': { scope: '范围', search: '搜索内容' },
  'supervision.get': { id: '监督记录' },
  'supervision.create': {
    kind: '监督文书的种类',
    issuer: '监督机关',
    docNumber: '监督文书文号',
    receivedOn: '收到日期',
    matters: '监督事项',
    correctBy: '整改期限',
    caseId: '关联案件',
  },
  'supervision.report': { id: '监督记录', reportedOn: '报告日期', reportText: '整改情况' },
  'supervision.close': { id: '监督记录', closedOn: '办结日期', note: '办结说明' },
  'complaints.answer': {
    ...complaintId,
    kind: '答复类别',
    answeredOn: '答复日期',
    method: '答复方式',
    text: '答复内容',
  },
};
