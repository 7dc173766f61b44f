import type { CaseRecord } from '../../../../shared/contract';

/** The transfer part of a case's page (filled by issue #5). */
export function CaseTransferPanel(_props: { record: CaseRecord; onChanged: () => void }) {
  return null;
}
