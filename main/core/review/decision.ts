// After the review: the 行政执法机关负责人 decides (《行政处罚法》第五十七条, national law) — agrees or
// not with the proposal the review passed, collectively for complex or major cases, and records the
// decision's number and date. Deciding is not reviewing (办理、审核、决定相分离, 涪陵府办〔2024〕1号
// 二(四)): the decider is none of the case's handlers, its reviewer or the 法制审核机构负责人.

import type { ParsedInputOf, ReviewRound } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { officeDateOf } from '../calendar/officeTime';
import { AppError } from '../../../shared/errors';
import { PENALTY_KIND_LABELS, type PenaltyKind } from '../../../shared/domain/case';
import { deactivatedOperatorName, getOperator } from '../session/operator';
import { COLLECTIVE_RULE, DECISION_RULE, complexByTriggers, decisionRow } from './decision-view';
import { caseHandlerIds } from './guards';
import { auditCase } from '../audit/case-history';
import { officeToday } from './rules-source';
import { checkSeparationOfDuties } from './separation';
import { setCaseStatus } from '../cases/store';
import { roundRow, staffName, type RoundRow } from './store';
import { roundView } from './view';
import { hasStaffRole } from '../staff/roles';
import { openPenaltyDecisionSharing } from '../sharing/service';
import { sql } from '../../db/sql';
import { chineseDate } from '../../../shared/domain/calendar';

function participantCount(text: string): number {
  return text.split(/[、,，;；\s]+/u).filter(Boolean).length;
}

function assertDecider(ctx: CoreContext, round: RoundRow): { id: number; name: string } {
  const operator = getOperator(ctx);
  if (operator.staffId === null) {
    const inactive = deactivatedOperatorName(ctx);
    throw new AppError(
      inactive === null ? 'NO_OPERATOR' : 'OPERATOR_INACTIVE',
      inactive === null
        ? '登记决定须由行政执法机关负责人操作：请先在右上角选择当前使用人。'
        : `当前使用人${inactive}已停用，不能登记决定：请在右上角重新选择当前使用人。`,
    );
  }
  const row = sql.get<{ name: string; roles: string; active: number; auxiliary: number }>(
    ctx.db,
    'SELECT name, roles, active, auxiliary FROM staff WHERE id = ?',
    operator.staffId,
  );
  const name = row?.name ?? operator.name ?? '';
  if (!row || row.auxiliary === 1 || !hasStaffRole(row.roles, 'head')) {
    throw new AppError(
      'NOT_YOUR_STEP',
      `行政执法决定由行政执法机关负责人作出（${DECISION_RULE}）；当前使用人${name}不是行政执法机关负责人岗位。`,
    );
  }
  try {
    checkSeparationOfDuties({
      handlerIds: caseHandlerIds(ctx, round.case_id),
      reviewerId: round.reviewer_id,
      headId: round.head_id,
      deciderId: operator.staffId,
    });
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError(error.code, `${error.message}（${name}）`, { field: 'deciderId' });
    throw error;
  }
  return { id: operator.staffId, name };
}

type Decided = NonNullable<ParsedInputOf<'review.recordDecision'>['decidedPenalty']>;

const AMOUNTS: ReadonlyArray<[PenaltyKind, keyof Decided, string]> = [
  ['fine', 'fineFen', '罚款'],
  ['confiscate-gains', 'illegalGainsFen', '没收违法所得'],
  ['confiscate-property', 'illegalPropertyFen', '没收非法财物'],
];

function penaltyText(decided: Decided | null): string {
  if (!decided) return '';
  const money = (fen: number) => `${(fen / 100).toFixed(2)}元`;
  return `决定的处罚：${decided.penaltyKinds
    .map((kind) => {
      const amount = AMOUNTS.find(([k]) => k === kind);
      return amount ? `${PENALTY_KIND_LABELS[kind]}${money(decided[amount[1]] as number)}` : PENALTY_KIND_LABELS[kind];
    })
    .join('、')}`;
}

/**
 * The penalty as decided: as proposed when not given; otherwise within what the review passed. A
 * kind or an amount beyond the reviewed proposal was never reviewed (《行政处罚法》第五十八条) and
 * may not follow from the party's statement and defence (第四十五条第二款): it needs a new review.
 */
function decidedPenalty(round: RoundRow, given: Decided | null): Decided {
  const proposal = JSON.parse(round.decision_json) as Decided;
  const proposed: Decided = {
    penaltyKinds: proposal.penaltyKinds,
    fineFen: proposal.fineFen ?? 0,
    illegalGainsFen: proposal.illegalGainsFen ?? 0,
    illegalPropertyFen: proposal.illegalPropertyFen ?? 0,
  };
  if (given === null) return proposed;
  for (const [kind, field, label] of AMOUNTS) {
    const amount = given[field] as number;
    const chosen = given.penaltyKinds.includes(kind);
    if (chosen && amount === 0)
      throw new AppError('VALIDATION', `决定的处罚包括“${label}”，请填写金额。`, { field: `decidedPenalty.${field}` });
    if (!chosen && amount > 0)
      throw new AppError('VALIDATION', `填写了决定的${label}金额，请在决定的处罚种类中勾选“${label}”。`, {
        field: 'decidedPenalty.penaltyKinds',
      });
  }
  const beyond = given.penaltyKinds.filter((kind) => !proposed.penaltyKinds.includes(kind));
  if (beyond.length > 0)
    throw new AppError(
      'DECISION_BEYOND_REVIEW',
      `决定的处罚种类“${beyond.map((kind) => PENALTY_KIND_LABELS[kind]).join('、')}”不在经法制审核的拟处罚之内：未经法制审核的不得作出决定（《中华人民共和国行政处罚法》第五十八条，国家法律），请重新送审。`,
      { field: 'decidedPenalty.penaltyKinds' },
    );
  for (const [, field, label] of AMOUNTS) {
    if ((given[field] as number) > (proposed[field] as number))
      throw new AppError(
        'DECISION_BEYOND_REVIEW',
        `决定的${label}金额高于经法制审核的拟处罚金额（${((proposed[field] as number) / 100).toFixed(2)}元）：加重的处罚未经法制审核（《中华人民共和国行政处罚法》第五十八条，国家法律），也不得因当事人陈述、申辩而给予更重的处罚（第四十五条第二款），请重新送审。`,
        { field: `decidedPenalty.${field}` },
      );
  }
  return given;
}

export function recordDecision(ctx: CoreContext, input: ParsedInputOf<'review.recordDecision'>): ReviewRound {
  const round = roundRow(ctx.db, input.roundId);
  if (round.state !== 'signed' || round.signed_at === null) {
    throw new AppError(
      'WRONG_STATE',
      `第${round.round_no}轮审核意见尚未经法制审核机构负责人签署，行政执法机关负责人不能作出决定：未经法制审核或者审核未通过的，不得作出决定（《中华人民共和国行政处罚法》第五十八条，国家法律）。`,
    );
  }
  if (round.chosen_opinion !== 1) {
    throw new AppError(
      'WRONG_STATE',
      `第${round.round_no}轮审核意见为意见${round.chosen_opinion ?? ''}，不是“拟同意作出行政执法决定”，不能据此登记决定（意见2退回纠正完善，意见3审核未通过不得作出决定，意见4、5转入移送）。`,
    );
  }
  if (decisionRow(ctx.db, round.id)) {
    throw new AppError('ALREADY_DECIDED', `第${round.round_no}轮审核后的决定已经登记，不能重复登记或修改。`);
  }
  const decider = assertDecider(ctx, round);
  const signedOn = officeDateOf(round.signed_at);
  const today = officeToday(ctx);
  const mustCollect = complexByTriggers(round);
  if (mustCollect && !input.complexOrMajor) {
    throw new AppError(
      'VALIDATION',
      `本案送审时认定“案件情况疑难复杂，涉及多个法律关系”，属于情节复杂的案件：${COLLECTIVE_RULE}。`,
      { field: 'complexOrMajor' },
    );
  }
  if (input.complexOrMajor) {
    if (input.collectiveDate === null || !input.collectiveParticipants) {
      throw new AppError('VALIDATION', `情节复杂或者重大的案件须登记集体讨论的日期和参加人员：${COLLECTIVE_RULE}。`, {
        field: input.collectiveDate === null ? 'collectiveDate' : 'collectiveParticipants',
      });
    }
    if (participantCount(input.collectiveParticipants) < 2) {
      throw new AppError('VALIDATION', '集体讨论的参加人员应不少于两人，请逐一列明姓名（以顿号分隔）。', {
        field: 'collectiveParticipants',
      });
    }
    if (input.collectiveDate < signedOn) {
      throw new AppError(
        'VALIDATION',
        `集体讨论日期（${chineseDate(input.collectiveDate)}）早于审核意见签署日期（${chineseDate(signedOn)}）：集体讨论应在法制审核之后进行。`,
        { field: 'collectiveDate' },
      );
    }
    if (input.collectiveDate > today) {
      throw new AppError(
        'VALIDATION',
        `集体讨论日期（${chineseDate(input.collectiveDate)}）不能晚于今天（${chineseDate(today)}）。`,
        {
          field: 'collectiveDate',
        },
      );
    }
  } else if (input.collectiveDate !== null || input.collectiveParticipants || input.collectiveSummary) {
    throw new AppError(
      'VALIDATION',
      '未勾选“情节复杂或者重大违法行为”的，不登记集体讨论；请勾选该项，或清空集体讨论内容。',
      {
        field: 'complexOrMajor',
      },
    );
  }
  if (input.agrees) {
    if (!input.decisionNumber || input.decisionDate === null) {
      throw new AppError('VALIDATION', '同意作出决定的，请填写行政处罚决定书文号和决定日期。', {
        field: input.decisionNumber ? 'decisionDate' : 'decisionNumber',
      });
    }
    if (input.decisionDate < signedOn) {
      throw new AppError(
        'DECISION_BEFORE_REVIEW',
        `决定日期（${chineseDate(input.decisionDate)}）早于审核意见签署日期（${chineseDate(signedOn)}）：应当在法制审核之后作出决定（《中华人民共和国行政处罚法》第五十八条，国家法律）。请核对决定日期。`,
        { field: 'decisionDate' },
      );
    }
    if (input.collectiveDate !== null && input.decisionDate < input.collectiveDate) {
      throw new AppError(
        'VALIDATION',
        `决定日期（${chineseDate(input.decisionDate)}）早于集体讨论日期（${chineseDate(input.collectiveDate)}）：集体讨论决定的，决定应在讨论之后作出。`,
        { field: 'decisionDate' },
      );
    }
    if (input.decisionDate > today) {
      throw new AppError(
        'VALIDATION',
        `决定日期（${chineseDate(input.decisionDate)}）不能晚于今天（${chineseDate(today)}）。`,
        {
          field: 'decisionDate',
        },
      );
    }
  } else {
    if (!input.reason) {
      throw new AppError('VALIDATION', '不同意拟作出的决定的，请写明理由。', { field: 'reason' });
    }
    if (input.decisionNumber || input.decisionDate !== null) {
      throw new AppError('VALIDATION', '不同意拟作出的决定的，不填写决定书文号和决定日期；请清空这两项。', {
        field: 'decisionNumber',
      });
    }
  }
  const decided = input.agrees ? decidedPenalty(round, input.decidedPenalty) : null;
  if (!input.agrees && input.decidedPenalty !== null) {
    throw new AppError('VALIDATION', '不同意拟作出的决定的，不登记决定的处罚；请清空决定的处罚种类和金额。', {
      field: 'decidedPenalty',
    });
  }
  const now = ctx.now().toISOString();
  sql.run(
    ctx.db,
    `INSERT INTO review_decisions (round_id, case_id, agrees, reason, complex_or_major, collective_date,
         collective_participants, collective_summary, decision_number, decision_date, decided_by_staff_id, decided_by,
         recorded_at, decided_penalty_kinds, decided_fine_fen, decided_gains_fen, decided_property_fen)
       VALUES (@round, @case, @agrees, @reason, @complex, @collectiveDate, @participants, @summary, @number, @date,
         @by, @byName, @now, @kinds, @fine, @gains, @property)`,
    {
      round: round.id,
      case: round.case_id,
      agrees: input.agrees ? 1 : 0,
      reason: input.reason,
      complex: input.complexOrMajor ? 1 : 0,
      collectiveDate: input.collectiveDate,
      participants: input.collectiveParticipants,
      summary: input.collectiveSummary,
      number: input.decisionNumber,
      date: input.decisionDate,
      by: decider.id,
      byName: staffName(ctx.db, decider.id) ?? decider.name,
      now,
      kinds: decided ? JSON.stringify(decided.penaltyKinds) : null,
      fine: decided?.fineFen ?? null,
      gains: decided?.illegalGainsFen ?? null,
      property: decided?.illegalPropertyFen ?? null,
    },
  );
  setCaseStatus(ctx.db, round.case_id, input.agrees ? 'decided' : 'returned', ctx.now().toISOString());
  // 信息共享: the decision is copied (抄告) to the related department within the profile's period.
  if (input.agrees && input.decisionDate !== null) {
    openPenaltyDecisionSharing(ctx, {
      roundId: round.id,
      caseId: round.case_id,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
    });
  }
  const view = roundView(ctx, roundRow(ctx.db, round.id));
  const collective = input.complexOrMajor
    ? `，经${input.collectiveDate ? chineseDate(input.collectiveDate) : ''}集体讨论（${input.collectiveParticipants}）`
    : '';
  const summary = input.agrees
    ? `行政执法机关负责人${decider.name}同意作出决定${collective}：${input.decisionNumber}（${input.decisionDate ? `${chineseDate(input.decisionDate)}决定` : ''}），${penaltyText(decided)}`
    : `行政执法机关负责人${decider.name}不同意拟作出的决定${collective}，案件退回承办机构：${input.reason}`;
  auditCase(ctx, round.case_id, 'review.recordDecision', summary, undefined, view.headDecision);
  return view;
}
