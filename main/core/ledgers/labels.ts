// Words the ledgers share.

import { PENALTY_KIND_LABELS, type PenaltyKind } from '../../../shared/domain/case';

/** A stored JSON array of penalty kinds as "罚款、没收违法所得". */
export function penaltyKindsText(json: string): string {
  return (JSON.parse(json) as PenaltyKind[]).map((kind) => PENALTY_KIND_LABELS[kind] ?? kind).join('、');
}

export const yesNo = (value: number | boolean | null): string => (value === null ? '' : value ? '是' : '否');
