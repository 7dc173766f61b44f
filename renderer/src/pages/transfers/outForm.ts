// The transfer-out form's values (amounts as the yuan text typed, ids as Select strings) and their
// conversion to the contract's input, so server and schema errors land under the right input.

import type { TransferOutDraft, TransferOutInput, TransferOutView, TransferTarget } from '../../../../shared/contract';
import { fenToYuanInput } from '../../../../shared/money';
import { formatOfficeTime } from '../../lib/format';
import { parseTypedYuan } from '../../lib/money';

export interface ItemValues extends Record<string, unknown> {
  name: string;
  quantity: string;
  spec: string;
  grade: string;
  form: string;
  condition: string;
  note: string;
  disposed: boolean;
  disposal: string;
  proceedsYuan: string;
  evidenceKept: string;
}

export interface OutFormValues extends Record<string, unknown> {
  target: TransferTarget;
  receiverOrgId: string | null;
  reason: string;
  legalBasis: string;
  urgent: boolean;
  urgentReason: string;
  foundOn: string | null;
  foundTime: string;
  ongoing: boolean;
  measures: string;
  contactName: string;
  contactPhone: string;
  materials: Array<{ key: string; present: boolean; note: string }>;
  items: ItemValues[];
}

export const EMPTY_ITEM: ItemValues = {
  name: '',
  quantity: '',
  spec: '',
  grade: '',
  form: '',
  condition: '',
  note: '',
  disposed: false,
  disposal: '',
  proceedsYuan: '',
  evidenceKept: '',
};

/**
 * The review's reasons as the letter's 移送理由 (“经审查，{理由}，该违法行为不属于本机关管辖”): the
 * reviewer's advice to the office (“建议移送某某县公安局处理”) is not written to that body itself,
 * nor is the closing full stop.
 */
export function transferReasonFrom(reasons: string): string {
  return reasons
    .replace(/[，,；;。]?\s*(?:故|因此|为此)?建议(?:将(?:该|本)?案(?:件)?)?移送[^，,；;。]*?处理[^，,；;。]*/g, '')
    .replace(/[，,；;。\s]+$/, '')
    .trim();
}

export function formFromDraft(draft: TransferOutDraft): OutFormValues {
  return {
    target: draft.suggestedTarget,
    receiverOrgId: draft.review?.targetOrgId ? String(draft.review.targetOrgId) : null,
    reason: transferReasonFrom(draft.review?.reasons ?? ''),
    legalBasis: '',
    urgent: false,
    urgentReason: '',
    foundOn: draft.suggestedFoundOn,
    foundTime: '',
    ongoing: false,
    measures: '',
    contactName: '',
    contactPhone: '',
    materials: draft.materials.map((m) => ({ key: m.key, present: false, note: '' })),
    items: [],
  };
}

export function formFromView(view: TransferOutView): OutFormValues {
  return {
    target: view.target,
    receiverOrgId: String(view.receiver.id),
    reason: view.reason,
    legalBasis: view.legalBasis,
    urgent: view.urgent,
    urgentReason: view.urgentReason,
    foundOn: view.foundOn,
    foundTime: view.foundAt ? formatOfficeTime(view.foundAt) : '',
    ongoing: view.ongoing,
    measures: view.measures,
    contactName: view.contactName,
    contactPhone: view.contactPhone,
    materials: view.materials.map((m) => ({ key: m.key, present: m.present, note: m.note })),
    items: view.items.map((item) => ({
      ...item,
      proceedsYuan: item.proceedsFen > 0 ? fenToYuanInput(item.proceedsFen) : '',
    })),
  };
}

/** Contract paths → form paths (proceedsFen is typed as yuan). */
export function formPath(path: string): string {
  return path.replace(/proceedsFen$/, 'proceedsYuan');
}

export function outFormToInput(values: OutFormValues): {
  input: Omit<TransferOutInput, 'caseId'>;
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  const items = values.items.map((item, index) => {
    const { proceedsYuan, ...rest } = item;
    const fen = proceedsYuan.trim() === '' ? 0 : parseTypedYuan(proceedsYuan);
    if (fen === null) errors[`items.${index}.proceedsYuan`] = '所得款项应为金额，例如 120.50';
    return { ...rest, proceedsFen: fen ?? 0 };
  });
  return {
    input: {
      target: values.target,
      receiverOrgId: values.receiverOrgId ? Number(values.receiverOrgId) : 0,
      reason: values.reason,
      legalBasis: values.legalBasis,
      urgent: values.urgent,
      urgentReason: values.urgentReason,
      foundOn: values.foundOn ?? '',
      foundTime: values.foundTime || null,
      ongoing: values.ongoing,
      measures: values.measures,
      contactName: values.contactName,
      contactPhone: values.contactPhone,
      materials: values.materials,
      items,
    },
    errors,
  };
}
