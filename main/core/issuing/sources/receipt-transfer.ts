import type { ParsedInputOf, TransferOutView } from '../../../../shared/contract';
import type { CoreContext } from '../../context';
import { AppError } from '../../../../shared/errors';
import { checkReceipt, recordReceipt } from '../../transfers/out-tracking';
import { issuedLetter, letterReceiptPaper } from '../../transfers/out-view';
import { orgRef } from '../../transfers/out-store';
import { issueReceiptOf } from './receipt';

/**
 * One act, one place: the receiver's signature on the 送达回证 of our 案件移送函 is recorded on the
 * transfer, and when the letter was issued in the app the same record issues that 送达回证, filled from
 * the transfer (受送达人 = the receiver, 送达时间 = its signature, 签收人 in 备注). The documents page lists
 * the paper; a letter made outside the app has no paper here to receipt, so only the signature is kept.
 * Everything is checked before the paper takes a number; a refused record changes nothing.
 */
export async function recordTransferReceipt(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.out.recordReceipt'>,
): Promise<TransferOutView> {
  const { row } = checkReceipt(ctx, input);
  const letter = issuedLetter(ctx.db, input.id);
  let paper: { docNumber: string | null } | null = null;
  if (letter && !letterReceiptPaper(ctx.db, input.id)) {
    if (!input.place)
      throw new AppError('VALIDATION', '请填写送达地点：移送函的送达回证随签收一并出具。', { field: 'place' });
    if (!input.servers)
      throw new AppError('VALIDATION', '请填写送达人（送达移送函的工作人员）：移送函的送达回证随签收一并出具。', {
        field: 'servers',
      });
    const receiver = orgRef(ctx.db, row.receiver_org_id);
    const notes = `签收人：${input.signedBy}${input.note ? `。${input.note}` : ''}`;
    const issued = await issueReceiptOf(ctx, letter.id, {
      recipient: receiver.name,
      servedOn: input.receivedOn,
      servedTime: input.receivedTime,
      place: input.place,
      method: input.method,
      servers: input.servers,
      witness: input.witness,
      refusal: input.refusal,
      notes,
    });
    paper = { docNumber: issued.doc_number };
  }
  // Checked again inside the write: a second click that raced past the first check is refused here.
  return ctx.db.transaction(() => recordReceipt(ctx, input, paper))();
}
