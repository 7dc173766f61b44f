// Every register's ledger by the name `fashen export --what` and the 导出台账 buttons use. A new
// register adds its definition file and one line here.

import type { LedgerKind } from '../../../shared/contract/ledgers';
import { casesLedger } from './cases-ledger';
import type { LedgerDefinition } from './definition';
import { papersLedger } from './papers-ledger';
import { assistanceLedger, complaintsLedger, supervisionLedger } from './registers-ledger';
import { reviewsLedger } from './reviews-ledger';
import { sharingLedger } from './sharing-ledger';
import { disputesLedger } from './disputes-ledger';
import { staffLedger } from './staff-ledger';
import { transfersLedger } from './transfers-ledger';

const LEDGERS: Record<LedgerKind, LedgerDefinition> = {
  cases: casesLedger,
  reviews: reviewsLedger,
  transfers: transfersLedger,
  papers: papersLedger,
  staff: staffLedger,
  assistance: assistanceLedger,
  complaints: complaintsLedger,
  sharing: sharingLedger,
  disputes: disputesLedger,
  supervision: supervisionLedger,
};

export function ledgerDefinition(what: LedgerKind): LedgerDefinition {
  return LEDGERS[what];
}
