// The 校验码 on an issued paper (audit/code.ts): kept in the paper's stored data as the top-level
// field `verificationCode`, beside the template's own fields (which do not declare it), and printed
// as one small line at the end of the text, after the signature (the 版记, if any, still closes
// the last page). Templates and the layout stay as they are.

import type { DocBlock, DocumentModel } from '../documents/model';

export const VERIFICATION_FIELD = 'verificationCode';

/** The paper's data with its code, as stored in issued_documents.data_json. */
export function withVerificationCode(data: Record<string, unknown>, code: string): Record<string, unknown> {
  return { ...data, [VERIFICATION_FIELD]: code };
}

/** A stored paper's data split into what its template reads and its 校验码 (absent on older papers). */
export function paperData(dataJson: string): { data: Record<string, unknown>; verificationCode: string | undefined } {
  const stored = JSON.parse(dataJson) as Record<string, unknown>;
  const { [VERIFICATION_FIELD]: code, ...data } = stored;
  return { data, verificationCode: typeof code === 'string' ? code : undefined };
}

/** The model with the code's line at the end of the text (unchanged for a paper without a code). */
export function withVerificationLine(model: DocumentModel, code: string | undefined): DocumentModel {
  if (code === undefined) return model;
  const line: DocBlock = { kind: 'paragraph', text: `校验码：${code}`, align: 'right', indentChars: 0 };
  return { ...model, blocks: [...model.blocks, line] };
}
