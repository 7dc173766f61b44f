// What the transfer screens send (issue #5): the checked inputs of the transfers.* methods, with a
// clear Chinese message for every field a person can get wrong (DOMAIN §6–§8).

import { z } from 'zod';
import { entityId, fen, isoDate, keyText, optionalText, requiredText } from './fields';
import { SERVICE_METHODS } from './documents';
import {
  TRANSFER_TARGETS,
  SEND_METHODS,
  OUT_ANSWERS,
  IN_ANSWERS,
  IN_ANSWER_LABELS,
  OUT_DECISIONS,
  IN_DECISIONS,
} from './transfer-vocabulary';

export const caseRef = z.strictObject({ caseId: entityId('案件') });
export const flag = (label: string) => z.boolean({ error: `${label}应为“是”或“否”` });
export const timeOfDay = (label: string) =>
  z.string({ error: `请填写${label}` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}的格式应为“时:分”，例如 09:30`);
export const transferItem = z
  .strictObject({
    name: requiredText('物品名称', 60),
    quantity: requiredText('物品数量（含单位）', 30),
    spec: optionalText('物品规格型号', 60),
    /** 品级 (grade), as the 涉案物品清单 of the real forms has it. */
    grade: optionalText('物品品级', 30),
    /** 形态: 固体、液体、散装、成品…; `condition` is its custody (已封存, 已扣押). */
    form: optionalText('物品形态', 30),
    condition: optionalText('物品状态', 60),
    note: optionalText('物品备注', 200),
    disposed: flag('是否已先行处置').default(false),
    disposal: optionalText('先行处置情况', 200),
    proceedsFen: fen('先行处置所得款项').default(0),
    evidenceKept: optionalText('留存的证据', 200),
  })
  .superRefine((item, ctx) => {
    if (item.disposed && !item.disposal)
      ctx.addIssue({ code: 'custom', path: ['disposal'], message: '已先行处置的物品，请写明处置情况' });
    if (item.disposed && !item.evidenceKept)
      ctx.addIssue({
        code: 'custom',
        path: ['evidenceKept'],
        message: '已先行处置的物品，请写明留存的证据（须与所得款项一并移送）',
      });
    if (!item.disposed && item.proceedsFen > 0)
      ctx.addIssue({ code: 'custom', path: ['proceedsFen'], message: '未先行处置的物品不应有处置所得款项' });
  });

const transferOutFields = z.strictObject({
  target: z.enum(TRANSFER_TARGETS, { error: '请选择移送类型' }),
  receiverOrgId: entityId('接收单位'),
  reason: requiredText('移送理由', 2000),
  legalBasis: requiredText('移送依据', 1000),
  urgent: flag('情况是否紧急').default(false),
  urgentReason: optionalText('紧急情况说明', 500),
  foundOn: isoDate('发现日期'),
  foundTime: timeOfDay('发现时间').nullable().default(null),
  ongoing: flag('违法行为是否正在进行').default(false),
  measures: optionalText('已采取的制止措施', 1000),
  contactName: optionalText('联系人', 30),
  contactPhone: optionalText('联系电话', 30),
  materials: z
    .array(
      z.strictObject({
        key: keyText('材料标识'),
        present: flag('材料是否齐备'),
        note: optionalText('材料备注', 200),
      }),
      { error: '移送材料应为列表' },
    )
    .max(50, '移送材料最多 50 项')
    .default([]),
  items: z.array(transferItem, { error: '涉案物品应为列表' }).max(200, '涉案物品最多 200 项').default([]),
});

function checkTransferOut(value: z.output<typeof transferOutFields>, ctx: z.RefinementCtx): void {
  if (value.urgent && !value.foundTime)
    ctx.addIssue({
      code: 'custom',
      path: ['foundTime'],
      message: '情况紧急时按小时计算移送期限，请填写发现的具体时间',
    });
  if (value.urgent && !value.urgentReason)
    ctx.addIssue({ code: 'custom', path: ['urgentReason'], message: '请说明情况紧急的理由' });
  if (value.ongoing && !value.measures)
    ctx.addIssue({
      code: 'custom',
      path: ['measures'],
      message: '违法行为正在进行的，应当立即责令停止；请写明已采取的制止措施',
    });
}

export const transferOutInput = transferOutFields.extend({ caseId: entityId('案件') }).superRefine(checkTransferOut);
export const transferOutUpdateInput = transferOutFields
  .extend({ id: entityId('移送记录') })
  .superRefine(checkTransferOut);
export type TransferOutInput = z.input<typeof transferOutInput>;

const moment = (label: string) => ({ on: isoDate(`${label}日期`), time: timeOfDay(`${label}时间`) });

export const transferApproveInput = z.strictObject({
  id: entityId('移送记录'),
  headId: entityId('批准的负责人'),
  note: optionalText('批准意见', 500),
});
export const transferWithdrawInput = z.strictObject({
  id: entityId('移送记录'),
  reason: requiredText('撤回理由', 500),
});
export const transferSendInput = z.strictObject({
  id: entityId('移送记录'),
  sentOn: moment('移送').on,
  sentTime: moment('移送').time,
  letterNumber: optionalText('移送函文号', 60),
  method: z.enum(SEND_METHODS, { error: '请选择送达方式' }),
});
/**
 * The receiver's signature on the 送达回证 of our 案件移送函. When the letter was issued in the app, the same
 * record issues its 送达回证 (one act, one place): where, how and by whom it was served are then required.
 */
export const transferReceiptInput = z
  .strictObject({
    id: entityId('移送记录'),
    receivedOn: moment('签收').on,
    receivedTime: moment('签收').time,
    signedBy: requiredText('签收人', 60),
    note: optionalText('回证备注', 500),
    place: optionalText('送达地点', 120),
    method: z.enum(SERVICE_METHODS, { error: '请选择送达方式' }).default('direct'),
    servers: optionalText('送达人', 60),
    witness: optionalText('见证人', 60),
    refusal: optionalText('拒收事由', 200),
  })
  .superRefine((value, ctx) => {
    if (value.method === 'lodged' && !value.witness)
      ctx.addIssue({ code: 'custom', path: ['witness'], message: '留置送达须有见证人' });
    if (value.method === 'lodged' && !value.refusal)
      ctx.addIssue({ code: 'custom', path: ['refusal'], message: '留置送达须写明受送达人拒收的事由' });
  });
export const transferOutAnswerInput = z
  .strictObject({
    id: entityId('移送记录'),
    outcome: z.enum(OUT_ANSWERS, { error: '请选择答复结果' }),
    answeredOn: isoDate('答复日期'),
    reason: optionalText('理由', 2000),
    reference: optionalText('答复文号', 60),
  })
  .refine((value) => value.outcome === 'accepted' || value.reason.length > 0, {
    path: ['reason'],
    message: '不予受理或报请政府决定的，请写明理由',
  });
export const transferEscalateInput = z.strictObject({
  id: entityId('移送记录'),
  governmentOrgId: entityId('报请的人民政府'),
  escalatedOn: isoDate('报请日期'),
  note: requiredText('报请事项', 2000),
});
export const transferOutDecisionInput = z.strictObject({
  id: entityId('移送记录'),
  decidedOn: isoDate('决定日期'),
  decision: z.enum(OUT_DECISIONS, { error: '请选择政府的决定' }),
  note: requiredText('决定内容', 2000),
});

export const transferInRegisterInput = z.strictObject({
  fromOrgId: entityId('移送单位'),
  letterNumber: optionalText('移送函文号', 60),
  letterDate: isoDate('移送函落款日期').nullable().default(null),
  cause: requiredText('案由', 120),
  partyName: optionalText('当事人', 60),
  summary: requiredText('违法线索与基本事实', 5000),
  materials: optionalText('随案移送的材料和物品', 2000),
  receivedOn: moment('收到').on,
  receivedTime: moment('收到').time,
});
export type TransferInRegisterInput = z.input<typeof transferInRegisterInput>;
/** Correcting what was registered (a mistyped date or number); refused once a paper was issued from it. */
export const transferInUpdateInput = transferInRegisterInput.extend({ id: entityId('接收记录') });
export const transferAcknowledgeInput = z.strictObject({
  id: entityId('接收记录'),
  signedById: entityId('签收人'),
  signedOn: moment('签收').on,
  signedTime: moment('签收').time,
  note: optionalText('回证备注', 500),
});
export const transferInAnswerInput = z
  .strictObject({
    id: entityId('接收记录'),
    outcome: z.enum(IN_ANSWERS, { error: '请选择答复结果' }),
    answeredOn: isoDate('答复日期'),
    reason: optionalText('理由', 2000),
    caseId: entityId('本单位案件').nullable().default(null),
    governmentOrgId: entityId('报请的人民政府').nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.outcome !== 'accepted' && !value.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '不予受理或报请政府决定的，请写明理由' });
    if (value.outcome === 'escalated' && value.governmentOrgId === null)
      ctx.addIssue({ code: 'custom', path: ['governmentOrgId'], message: '请选择报请决定的人民政府' });
    // A field the chosen answer does not use is refused, not dropped: it says the person meant another answer.
    if (value.outcome !== 'accepted' && value.caseId !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['caseId'],
        message: `答复为“${IN_ANSWER_LABELS[value.outcome]}”的，不能关联本单位案件：只有受理的移送才关联案件。请取消所选案件，或将答复改为“受理”。`,
      });
    }
    if (value.outcome !== 'escalated' && value.governmentOrgId !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['governmentOrgId'],
        message: `答复为“${IN_ANSWER_LABELS[value.outcome]}”的，不需要选择报请的人民政府：只有报请政府决定的才选择。请取消所选政府，或将答复改为“报请政府决定”。`,
      });
    }
  });
export const transferLinkCaseInput = z.strictObject({ id: entityId('接收记录'), caseId: entityId('本单位案件') });
export const transferInDecisionInput = z.strictObject({
  id: entityId('接收记录'),
  decidedOn: isoDate('决定日期'),
  decision: z.enum(IN_DECISIONS, { error: '请选择政府的决定' }),
  note: requiredText('决定内容', 2000),
});
