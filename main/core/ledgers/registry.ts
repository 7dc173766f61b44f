// Every register's ledger by the name `fashen export --what` and the 导出台账 buttons use. A new
// register adds its definition file and one line here.

import { LEDGER_KIND_LABELS, type LedgerKind } from '../../../shared/contract/ledgers';
import { AppError } from '../../../shared/errors';
import { casesLedger } from './cases-ledger';
import type { LedgerDefinition } from './definition';
import { papersLedger } from './papers-ledger';
import { assistanceLedger, complaintsLedger, supervisionLedger } from './registers-ledger';
import { reviewsLedger } from './reviews-ledger';
import { staffLedger } from './staff-ledger';
import { transfersLedger } from './transfers-ledger';

const LEDGERS: Partial<Record<LedgerKind, LedgerDefinition>> = {
  cases: casesLedger,
  reviews: reviewsLedger,
  transfers: transfersLedger,
  papers: papersLedger,
  staff: staffLedger,
  assistance: assistanceLedger,
  complaints: complaintsLedger,
  supervision: supervisionLedger,
};

export function ledgerDefinition(what: LedgerKind): LedgerDefinition {
  const definition = LEDGERS[what];
  if (!definition)
    throw new AppError(
      'NOT_AVAILABLE',
      `${LEDGER_KIND_LABELS[what]}暂不能导出：本版本尚未建立该登记簿（随该登记簿一同提供）。`,
      { field: 'what' },
    );
  return definition;
}
