import type { HandlerTable } from '../registry';
import { exportLedger, XLSX_MIME } from '../../core/ledgers/export';

/** 台账 export (issue #20): the register's ledger as a file, saved like a paper. */
export function registerLedgerHandlers(table: HandlerTable): void {
  table.registerAsync('ledgers.export', async (input, ctx) => {
    const file = await exportLedger(ctx, input);
    return { fileName: file.fileName, mimeType: XLSX_MIME, base64: file.bytes.toString('base64') };
  });
}
