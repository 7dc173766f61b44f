import type { CaseRecord } from '../../../../shared/contract';

/** The review part of a case's page (filled by issue #3). */
export function CaseReviewPanel(_props: { record: CaseRecord; onChanged: () => void }) {
  return null;
}
