// What 周村 and 郯城 take over from 涪陵 because their own documents set nothing for it. The values
// are the same, but they are the office's setting under those profiles, and say so — in words that
// name only the profile's own document: an office under 周村 or 郯城 prints no 涪陵 text (issue #12).

import type { PartyThresholds, ProfileMaterial, RuleProfile, SourcedNumber } from '../../../shared/domain/profile';
import { FULING_PROFILE, fulingReviewMaterials } from './fuling';
import { officeSetting } from './provenance';

function adopted(docNumber: string, what: string, from: SourcedNumber): SourcedNumber {
  return {
    value: from.value,
    source: officeSetting(`${docNumber}未规定${what}，由本单位设定`),
  };
}

export function adoptedThresholds(docNumber: string): RuleProfile['thresholds'] {
  const { fine, confiscation } = FULING_PROFILE.thresholds;
  const party = (what: string, from: PartyThresholds): PartyThresholds => ({
    citizen: adopted(docNumber, what, from.citizen),
    organization: adopted(docNumber, what, from.organization),
  });
  return {
    fine: party('罚款数额的法制审核标准', fine),
    confiscation: party('没收违法所得、非法财物价值的法制审核标准', confiscation),
  };
}

export function adoptedUrgentHours(docNumber: string): SourcedNumber {
  return adopted(docNumber, '情况紧急时的移送时限', FULING_PROFILE.deadlines.transferUrgentHours);
}

export function adoptedAnswerDays(docNumber: string): SourcedNumber {
  return adopted(docNumber, '受移送方书面告知受理情况的期限', FULING_PROFILE.deadlines.answerWorkingDays);
}

export function adoptedSupplementDays(): SourcedNumber {
  return { ...FULING_PROFILE.deadlines.supplementWorkingDays };
}

export function adoptedReviewMaterials(docNumber: string): ProfileMaterial[] {
  return fulingReviewMaterials().map((material) => ({
    ...material,
    source: officeSetting(`${docNumber}未规定送审材料，由本单位设定`),
  }));
}
