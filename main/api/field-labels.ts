// The Chinese name of every contract input field, for the validation messages a clerk reads:
// "“每页条数”不能小于 1", "第 2 项材料的“是否已提交”应选择“是”或“否”" — never "pageSize" or "materials.1".
// Keys are dotted field names without list positions, matched from the end of the path, so
// "items.name" names the name of any item and "name" any other name; the longest match wins, and a
// method's own entries win over the general ones at the same length. main/api/field-labels.test.ts
// walks every method of the contract and fails on a field this table cannot name.

import type { MethodName } from '../../shared/contract';
import { PDF_FONT_ROLE_LABELS, PDF_FONT_ROLES } from '../../shared/contract/documents';
import { PROFILE_FIELD_LABELS } from '../../shared/domain/profile';
import { JUDGEMENT_KEYS, JUDGEMENT_LABELS } from '../../shared/domain/review';
import { REGISTER_FIELD_LABELS } from './register-field-labels';

/** A list: its own name, what one of its entries is called, and the counter word (第 2 项材料, 第 1 名承办人). */
interface ListLabel {
  list: string;
  item: string;
  unit?: '项' | '个' | '名';
}

/** A part of something larger, named after it: `value` of 罚款审核标准 → 罚款审核标准的数值. */
interface PartLabel {
  of: string;
}

type Entry = string | ListLabel | PartLabel;

const list = (name: string, item: string, unit?: ListLabel['unit']): ListLabel =>
  unit ? { list: name, item, unit } : { list: name, item };
const part = (of: string): PartLabel => ({ of });

const judgementLabels = Object.fromEntries(
  JUDGEMENT_KEYS.flatMap((key) => [
    [`judgements.${key}`, JUDGEMENT_LABELS[key]],
    [`judgements.${key}.holds`, `是否属于‘${JUDGEMENT_LABELS[key]}’的情形`],
    [`judgements.${key}.reason`, `‘${JUDGEMENT_LABELS[key]}’的认定理由`],
  ]),
) as Record<string, string>;

const fontLabels = Object.fromEntries(
  PDF_FONT_ROLES.map((role) => [role, `${PDF_FONT_ROLE_LABELS[role]}的字体文件`]),
) as Record<string, string>;

const GENERAL: Record<string, Entry> = {
  // people, offices, organisations
  name: '名称',
  abbreviation: '文号简称',
  reviewBodyAbbreviation: '法制审核机构文号简称',
  address: '地址',
  contactPerson: '联系人',
  contactName: '联系人',
  phone: '联系电话',
  contactPhone: '联系电话',
  reviewBody: '法制审核机构名称',
  handlingUnit: '承办机构名称',
  kind: '类别',
  roles: list('岗位', '岗位', '个'),
  certificateNo: '执法证号',
  certValidFrom: '执法证有效期起',
  certValidTo: '执法证有效期止',
  active: '是否在岗',
  staffId: '使用人',
  id: '编号',

  // cases
  query: '搜索内容',
  status: '案件状态',
  page: '页码',
  pageSize: '每页条数',
  caseId: '案件',
  caseNumber: '案件编号',
  cause: '案由',
  party: '当事人',
  'party.type': '当事人类型',
  'party.name': '当事人名称',
  'party.idCode': '当事人的证件号码',
  'party.address': '当事人地址',
  'party.representative': '法定代表人或负责人',
  'party.phone': '当事人联系电话',
  partyName: '当事人',
  facts: '违法事实',
  foundOn: '发现日期',
  foundTime: '发现时间',
  penaltyKinds: list('拟处罚种类', '处罚种类'),
  fineFen: '罚款金额',
  illegalGainsFen: '没收违法所得金额',
  illegalPropertyFen: '没收非法财物价值',
  discretion: '裁量情节',
  hearingRequested: '当事人是否要求听证',
  hearingHeld: '是否经过听证',
  legalBasis: '法律依据',
  handlerIds: list('承办人', '承办人', '名'),

  // review
  roundId: '审核轮次',
  decisionDate: '拟作出决定日期',
  judgements: '应当法制审核的情形',
  ...judgementLabels,
  materials: list('送审材料', '材料'),
  'materials.key': '材料标识',
  'materials.present': '是否已提交',
  'materials.refs': '文件或页码',
  'materials.note': '备注',
  assessmentMade: '是否经过评估',
  reviewerId: '法制审核员',
  headId: '负责人',
  items: list('涉案物品', '涉案物品'),
  'items.materialKey': '材料标识',
  'items.name': '名称',
  'items.detail': '问题说明',
  'items.quantity': '数量（含单位）',
  'items.spec': '规格型号',
  'items.grade': '品级',
  'items.form': '形态',
  'items.condition': '保管状态',
  'items.note': '备注',
  'items.disposed': '是否已先行处置',
  'items.disposal': '先行处置情况',
  'items.proceedsFen': '先行处置所得款项',
  'items.evidenceKept': '留存的证据',
  note: '备注',
  notes: '备注',
  point: '审核要点',
  finding: '审核结论',
  evidenceRefs: '证据材料',
  opinion: '审核意见',
  overrideReason: '选择其他意见的理由',
  reasons: '审核意见的理由',
  corrections: '需纠正完善的事项',
  transferTargetKind: '移送机关类别',
  transferTargetOrgId: '移送机关',
  reason: '理由',
  changeNote: '修改结论的说明',
  agrees: '是否同意拟作出的决定',
  complexOrMajor: '是否属于情节复杂或者重大违法行为',
  collectiveDate: '集体讨论日期',
  collectiveParticipants: '集体讨论参加人员',
  collectiveSummary: '集体讨论意见',
  decisionNumber: '行政处罚决定书文号',
  largeAmount: '听证“较大数额”',
  'largeAmount.citizenFen': '对公民（含个体工商户）的较大数额',
  'largeAmount.organizationFen': '对法人或者其他组织的较大数额',
  'largeAmount.source': '“较大数额”的依据',
  auxiliary: '是否为辅助人员',
  legalQualificationNo: '法律职业资格证书编号',
  reviewingSince: '开始从事法制审核的日期',
  certWithdrawnOn: '执法证收回（注销）日期',

  // rule profiles and calendar years
  fromId: '复制来源',
  newId: '新配置的标识',
  version: '版本号',
  baseVersion: '所修改的版本号',
  profile: '规则配置',
  'profile.id': '规则配置的标识',
  'profile.name': '规则配置的名称',
  'profile.version': '规则配置的版本号',
  'profile.source': '规则来源',
  'source.issuer': '发文机关',
  'source.docNumber': '文号',
  'source.date': '成文日期',
  'profile.thresholds': '审核标准',
  'thresholds.fine': '罚款审核标准',
  'thresholds.confiscation': '没收审核标准',
  'profile.deadlines': '期限',
  ...(PROFILE_FIELD_LABELS as Record<string, string>),
  'headApprovesTransfer.value': PROFILE_FIELD_LABELS.headApprovesTransfer,
  registers: '登记簿期限',
  transferMaterials: list(PROFILE_FIELD_LABELS.transferMaterials, '移送材料'),
  supplementMaterials: list(PROFILE_FIELD_LABELS.supplementMaterials, '送审材料'),
  key: '标识',
  label: '名称',
  requirement: '提交要求',
  value: part('数值'),
  source: part('来源'),
  'source.kind': part('来源类别'),
  'source.file': part('来源文件'),
  'source.section': part('来源条目'),
  'source.quote': part('来源引用的原文'),
  'source.note': part('本单位设定的说明'),
  year: '年份',
  text: '内容',
  replaceBuiltIn: '是否替换内置安排',

  // transfers
  scope: '列表范围',
  target: '移送类型',
  receiverOrgId: '接收单位',
  urgent: '情况是否紧急',
  urgentReason: '紧急情况说明',
  ongoing: '违法行为是否正在进行',
  measures: '已采取的制止措施',
  sentOn: '移送日期',
  sentTime: '移送时间',
  letterNumber: '移送函文号',
  letterDate: '移送函落款日期',
  method: '送达方式',
  receivedOn: '收到日期',
  receivedTime: '收到时间',
  signedBy: '签收人',
  signedById: '签收人',
  signedOn: '签收日期',
  signedTime: '签收时间',
  outcome: '答复结果',
  answeredOn: '答复日期',
  reference: '答复文号',
  governmentOrgId: '报请的人民政府',
  escalatedOn: '报请日期',
  decidedOn: '决定日期',
  decision: '政府的决定',
  fromOrgId: '移送单位',
  summary: '违法线索与基本事实',

  // documents
  templateId: '文书模板',
  format: '文件格式',
  cc: '抄送机关',
  documentId: '送达的文书',
  recipient: '受送达人',
  servedOn: '送达日期',
  servedTime: '送达时间',
  place: '送达地点',
  servers: '送达人',
  witness: '见证人',
  refusal: '拒收事由',
  ...fontLabels,

  // data and system
  dir: '备份保存的文件夹',
  file: '备份文件',
  purpose: '要选择的内容',
};

const staffNames = { name: '姓名' };
const orgNames = { name: '单位名称', kind: '单位类别' };
const transferOut = {
  reason: '移送理由',
  legalBasis: '移送依据',
  materials: list('移送材料', '移送材料'),
  'materials.present': '是否齐备',
};
const receipt = { receivedOn: '签收日期', receivedTime: '签收时间', note: '回证备注' };
const governmentDecision = { note: '决定内容' };

/** Signing in (issue #14): the person is chosen, not typed, and the secret is theirs. */
const sessionNames = { staffId: '人员', name: '姓名' };

/** Where the same field name means something else in one method. */
const BY_METHOD: Partial<Record<MethodName, Record<string, Entry>>> = {
  'session.signIn': { ...sessionNames, secret: '密码' },
  'session.firstAdmin': { ...sessionNames, secret: '密码', secretKind: '登录方式' },
  'session.changeSecret': { current: '当前密码', next: '新密码' },
  'session.setAdmin': { ...sessionNames, admin: '是否为管理员' },
  'session.resetSecret': { ...sessionNames, newSecret: '新密码' },
  'session.savePolicy': { secretKind: '登录方式', idleMinutes: '自动退出时间', lanEnabled: '办公室网络模式' },
  'office.save': { name: '单位名称' },
  'staff.create': staffNames,
  'staff.update': staffNames,
  'orgs.create': orgNames,
  'orgs.update': orgNames,
  'cases.get': { id: '案件编号' },
  'cases.update': { id: '案件编号' },
  'cases.history': { id: '案件编号' },
  'review.round': { id: '审核轮次' },
  'review.requestSupplement': { items: list('需补正的材料', '需补正材料'), 'items.name': '材料名称' },
  'review.supplement': { note: '补正说明' },
  'review.savePoint': { note: '审核说明' },
  'review.returnToReviewer': { reason: '退回理由' },
  'review.submit': { headId: '法制审核机构负责人' },
  'review.assign': { headId: '法制审核机构负责人' },
  'review.recordDecision': {
    reason: '不同意的理由',
    decisionDate: '决定日期',
    decidedPenalty: '决定的处罚',
    'decidedPenalty.penaltyKinds': list('决定的处罚种类', '处罚种类'),
    'decidedPenalty.fineFen': '决定的罚款金额',
    'decidedPenalty.illegalGainsFen': '决定没收违法所得金额',
    'decidedPenalty.illegalPropertyFen': '决定没收非法财物价值',
  },
  'profiles.get': { id: '规则配置' },
  'profiles.setDefault': { id: '规则配置' },
  'profiles.copy': { name: '新配置的名称' },
  'profiles.save': { note: '修改说明' },
  'calendar.preview': { text: '节假日安排文件内容' },
  'calendar.load': { text: '节假日安排文件内容' },
  'transfers.criminal.report': {
    policeOrgId: '接收移送的公安机关',
    memberIds: '专案组成员',
    'memberIds.0': '专案组成员',
    suspectedCrime: '涉嫌的罪名',
    crimeBasis: '涉嫌犯罪的依据',
    penaltiesBefore: '移送前已作出的行政处罚',
    reportedOn: '书面报告日期',
  },
  'transfers.criminal.decide': { approved: '是否批准移送', decidedTime: '审批时间' },
  'transfers.criminal.reconsider': { requestedOn: '提请复议日期' },
  'transfers.criminal.supervision': { procuratorateOrgId: '人民检察院', requestedOn: '建议立案监督日期' },
  'transfers.criminal.returnToAdministrative': { returnedOn: '转回行政处理日期' },
  'transfers.out.create': transferOut,
  'transfers.out.update': { ...transferOut, id: '移送记录' },
  'transfers.out.get': { id: '移送记录' },
  'transfers.out.approve': { id: '移送记录', headId: '批准的负责人', note: '批准意见' },
  'transfers.out.send': { id: '移送记录' },
  'transfers.out.withdraw': { id: '移送记录', reason: '撤回理由' },
  'transfers.out.recordReceipt': {
    id: '移送记录',
    ...receipt,
    place: '送达地点',
    method: '送达方式',
    servers: '送达人',
    witness: '见证人',
    refusal: '拒收事由',
  },
  'transfers.out.recordAnswer': { id: '移送记录' },
  'transfers.out.escalate': { id: '移送记录', note: '报请事项' },
  'transfers.out.recordDecision': { id: '移送记录', ...governmentDecision },
  'transfers.in.register': { materials: '随案移送的材料和物品' },
  'transfers.in.get': { id: '接收记录' },
  'transfers.in.update': { id: '接收记录', materials: '随案移送的材料和物品' },
  'transfers.in.acknowledge': { id: '接收记录', note: '回证备注' },
  'transfers.in.answer': { id: '接收记录', caseId: '本单位案件' },
  'transfers.in.linkCase': { id: '接收记录', caseId: '本单位案件' },
  'transfers.in.recordDecision': { id: '接收记录', ...governmentDecision },
  'documents.preview': { id: '文书编号' },
  'documents.file': { id: '文书编号' },
  'documents.reveal': { id: '文书编号' },
  'documents.void': { id: '文书编号', reason: '作废理由' },
  'documents.issue': { kind: '文书种类', id: '记录编号' },
  'documents.list': {
    caseId: '案件编号',
    source: '文书来源',
    'source.kind': '文书来源的种类',
    'source.id': '文书来源的记录编号',
  },
  'documents.checkTemplate': { text: '模板内容' },
  'documents.saveTemplate': { text: '模板内容' },
  'documents.issueReceipt': { method: '送达方式' },
  'data.inspectBackup': { file: '备份文件' },
  'data.compareBackup': { file: '备份文件' },
  'data.restore': { file: '备份文件' },
  ...REGISTER_FIELD_LABELS,
  'ledgers.export': {
    what: '台账种类',
    filters: '台账的筛选条件',
    'filters.search': '搜索内容',
    'filters.direction': '方向',
  },
  'evaluation.saveSheet': {
    'items.points': '分值',
    'items.veto': '是否一票否决',
    'items.basis': '评查依据',
    passScore: '合格分数线',
    excellentScore: '优秀分数线',
  },
  'evaluation.draw': { size: '抽取案卷数', seed: '随机种子' },
  'evaluation.score': {
    drawId: '抽查记录',
    scoredOn: '评查日期',
    'items.score': '得分',
    'items.failed': '是否否决',
    comment: '评查意见',
  },
  'evaluation.docx': { drawId: '抽查记录' },
  'training.add': { heldOn: '培训日期', subject: '培训内容', hours: '学时', organiser: '组织单位' },
  'publicity.publish': { decisionId: '处罚决定', publishedOn: '公示日期', where: '公示平台' },
  'publicity.revoke': { decisionId: '处罚决定', revokedOn: '撤销（变更）日期' },
  'publicity.withdraw': { decisionId: '处罚决定', withdrawnOn: '撤下日期' },
};

type Path = readonly PropertyKey[];

function entryFor(
  keys: readonly string[],
  methods: readonly MethodName[],
): { entry: Entry; length: number } | undefined {
  for (let length = keys.length; length >= 1; length -= 1) {
    const name = keys.slice(-length).join('.');
    for (const method of methods) {
      const own = BY_METHOD[method]?.[name];
      if (own !== undefined) return { entry: own, length };
    }
    const general = Object.hasOwn(GENERAL, name) ? GENERAL[name] : undefined;
    if (general !== undefined) return { entry: general, length };
  }
  return undefined;
}

/** The name of the last `need` keys (earlier keys only give context): 罚款审核标准的数值. */
function nameOf(keys: readonly string[], need: number, methods: readonly MethodName[]): string | undefined {
  const found = entryFor(keys, methods);
  if (!found) return undefined;
  const { entry, length } = found;
  if (typeof entry === 'string') return entry;
  if ('list' in entry) return entry.list;
  if (length >= need) return entry.of;
  const whole = nameOf(keys.slice(0, -length), need - length, methods);
  return whole === undefined ? undefined : `${whole}的${entry.of}`;
}

const isIndex = (segment: PropertyKey | undefined): segment is number => typeof segment === 'number';
const keysOf = (path: Path): string[] => path.filter((segment): segment is string => typeof segment === 'string');

/** 第 2 项材料, 第 1 名承办人; a list inside a list entry is named after it. */
function entryName(path: Path, methods: readonly MethodName[]): string | undefined {
  const index = path.at(-1);
  if (!isIndex(index)) return undefined;
  const listPath = path.slice(0, -1);
  const found = entryFor(keysOf(listPath), methods);
  if (!found) return undefined;
  const { entry } = found;
  const item = typeof entry === 'string' ? entry : 'list' in entry ? entry.item : entry.of;
  const unit = typeof entry === 'object' && 'list' in entry && entry.unit ? entry.unit : '项';
  const outer = listPath.findLastIndex(isIndex);
  const prefix = outer >= 0 ? entryName(listPath.slice(0, outer + 1), methods) : '';
  if (prefix === undefined) return undefined;
  return `${prefix ? `${prefix}中的` : ''}第 ${index + 1} ${unit}${item}`;
}

/**
 * The field a path points at, as a clerk would name it: “当事人”, 第 2 项材料, 第 1 项材料的“是否已提交”.
 * Undefined when the table has no name for it (the test fails on that); the whole input (path []) is 输入.
 */
export function fieldLabel(path: Path, methods: readonly MethodName[] = []): string | undefined {
  if (path.length === 0) return '输入';
  if (path.some((segment) => typeof segment === 'symbol')) return undefined;
  const lastIndex = path.findLastIndex(isIndex);
  if (lastIndex === path.length - 1) return entryName(path, methods);
  const name = nameOf(keysOf(path), path.length - lastIndex - 1, methods);
  if (name === undefined) return undefined;
  if (lastIndex < 0) return `“${name}”`;
  const entry = entryName(path.slice(0, lastIndex + 1), methods);
  return entry === undefined ? undefined : `${entry}的“${name}”`;
}
