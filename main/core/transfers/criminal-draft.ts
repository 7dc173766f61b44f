// Whether a case may start a criminal transfer (国务院令第310号 as revised in 2020), the draft the
// 专案组 fills in, and the materials (第六条) a transfer must carry before it is sent.

import type { ParsedInputOf, TransferMaterialView } from '../../../shared/contract';
import {
  CRIMINAL_MATERIALS,
  CRIMINAL_REGULATION_SHORT as R,
  NO_PENALTY_INSTEAD,
  type CriminalTransferDraft,
} from '../../../shared/contract/criminal-transfers';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/case';
import type { CoreContext } from '../context';
import { getCase } from '../cases/service';
import { AppError } from '../../../shared/errors';
import { transferRequestForCase, type TransferRequest } from '../review/transfer-request';
import { CRIMINAL_RULES } from './criminal-rules';
import { sql } from '../../db/sql';
import { tickedMaterialViews } from './materials';

/** Statuses a criminal transfer may not start from: the case is under review, or done. */
const NOT_FROM: Partial<Record<CaseStatus, string>> = {
  submitted: '案件正在法制审核中；审核认为涉嫌犯罪的，由审核员出具审核意见5（移送司法机关）后移送。',
  'supplement-requested': '案件正在法制审核中（待补正材料），请待审核意见作出后再移送。',
  'in-review': '案件正在法制审核中；审核认为涉嫌犯罪的，由审核员出具审核意见5（移送司法机关）后移送。',
  transferred: '案件已移送，请在移送记录中继续。',
  decided: '案件已作出决定，不能再移送。',
  closed: '案件已结案，不能再移送。',
};

interface CriminalBasis {
  review: TransferRequest | null;
  block: string | null;
}

export function criminalBasis(
  ctx: CoreContext,
  caseId: number,
): CriminalBasis & { record: ReturnType<typeof getCase> } {
  const record = getCase(ctx, caseId);
  const why = NOT_FROM[record.status];
  if (why) return { record, review: null, block: `${why}（当前状态：${CASE_STATUS_LABELS[record.status]}）` };
  const review = record.status === 'to-transfer' ? transferRequestForCase(ctx.db, caseId) : null;
  if (review && review.opinion !== 5) {
    return {
      record,
      review: null,
      block: '审核意见为移送有管辖权的行政执法机关（意见4）；如认为涉嫌犯罪，请由审核员重新出具审核意见5。',
    };
  }
  const active = sql.get(
    ctx.db,
    "SELECT 1 FROM criminal_transfers WHERE case_id = ? AND state NOT IN ('not-approved', 'returned') LIMIT 1",
    caseId,
  );
  if (active) return { record, review, block: '该案件已有一项涉嫌犯罪案件移送正在办理，请在该移送记录中继续。' };
  const pending = sql.get(
    ctx.db,
    "SELECT 1 FROM transfers_out WHERE case_id = ? AND state IN ('awaiting-approval', 'ready') LIMIT 1",
    caseId,
  );
  if (pending) return { record, review, block: '该案件有一项尚未移送的管辖移送，请先撤回该移送，再移送公安机关。' };
  return { record, review, block: null };
}

export function criminalDraft(ctx: CoreContext, caseId: number): CriminalTransferDraft {
  const { record, review, block } = criminalBasis(ctx, caseId);
  return {
    caseId,
    caseNumber: record.caseNumber,
    cause: record.cause,
    partyName: record.party.name,
    facts: record.facts,
    review: review && {
      roundNo: review.roundNo,
      reasons: review.reasons,
      signedAt: review.signedAt,
      targetOrgId: review.targetOrgId,
    },
    materials: CRIMINAL_MATERIALS.map((m) => ({
      key: m.key,
      label: m.label,
      requirement: m.requirement,
      rule: `${R}${m.clause}`,
    })),
    rules: [
      { step: '专案组与书面报告', rule: CRIMINAL_RULES.team },
      { step: '负责人审批', rule: CRIMINAL_RULES.approval },
      { step: '移送', rule: CRIMINAL_RULES.send },
      { step: '回执', rule: CRIMINAL_RULES.receipt },
      { step: '公安机关审查', rule: CRIMINAL_RULES.policeReview },
      { step: '复议与立案监督', rule: `${CRIMINAL_RULES.reconsider}；${CRIMINAL_RULES.supervision}` },
      { step: '回到行政处理', rule: CRIMINAL_RULES.back },
    ],
    blocked: block,
    noPenaltyInstead: NO_PENALTY_INSTEAD,
  };
}

export function tickedMaterials(
  ticks: ParsedInputOf<'transfers.criminal.report'>['materials'],
): TransferMaterialView[] {
  const stray = ticks.find((tick) => !CRIMINAL_MATERIALS.some((m) => m.key === tick.key));
  if (stray)
    throw new AppError('VALIDATION', `材料“${stray.key}”不在${R}第六条所列的移送材料中。`, { field: 'materials' });
  return tickedMaterialViews(CRIMINAL_MATERIALS, ticks);
}

/** Required papers still missing; a paper that does not exist (no appraisal made) needs its reason noted. */
export function missingCriminalMaterials(materials: readonly TransferMaterialView[], hasItems: boolean): string[] {
  return materials
    .filter((m) => {
      if (m.present) return false;
      if (m.requirement === 'required') return m.key === 'appraisal' ? !m.note.trim() : true;
      return m.requirement === 'if-items-involved' && hasItems;
    })
    .map((m) => (m.key === 'appraisal' ? `${m.label}（未作检验、鉴定的，请在备注中说明理由）` : m.label));
}
