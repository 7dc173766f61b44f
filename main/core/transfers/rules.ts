// The rules a transfer runs by, read from the case's profile and worded for the screen, so every
// deadline and refusal names the document, section and number that set it.

import { JUDICIAL_REFUSAL_REMEDY, JUDICIAL_REFUSAL_SOURCE } from '../../../shared/contract/transfers';
import type { DisputeRouteView } from '../../../shared/contract';
import { SEED_DOCUMENTS, type RuleProfile, type SourcedNumber } from '../../../shared/domain/profile';
import { localRules } from '../profiles/local-rules';

export interface LimitRule {
  unit: 'working-days' | 'hours';
  amount: number;
  /** e.g. "涪陵府办〔2024〕1号 二(三)：5个工作日内移送". */
  rule: string;
}

/** Where a value comes from: the document and section, or the office's setting and its reason. */
function origin(profile: RuleProfile, entry: SourcedNumber | { source: SourcedNumber['source'] }): string {
  if (entry.source.kind === 'seed') return `${SEED_DOCUMENTS[entry.source.file]} ${entry.source.section}`;
  const why = entry.source.note?.trim();
  return why ? `本单位设定（${why}）` : `本单位设定（${profile.name}，第${profile.version}版）`;
}

function limit(
  profile: RuleProfile,
  entry: SourcedNumber,
  unit: LimitRule['unit'],
  what: string,
  after = '',
): LimitRule {
  const amount = unit === 'hours' ? `${entry.value}小时` : `${entry.value}个工作日`;
  return { unit, amount: entry.value, rule: `${origin(profile, entry)}：${after}${amount}内${what}` };
}

export function sendLimit(profile: RuleProfile, urgent: boolean): LimitRule {
  return urgent
    ? limit(profile, profile.deadlines.transferUrgentHours, 'hours', '移送（情况紧急）')
    : limit(
        profile,
        profile.deadlines.transferWorkingDays,
        'working-days',
        '移送',
        // 郯政发〔2023〕1号 二(三)9 counts from the consultation (沟通后), not from the finding.
        localRules(profile).sendStart.short === '沟通' ? '沟通后' : '',
      );
}

export function answerLimit(profile: RuleProfile): LimitRule {
  return limit(profile, profile.deadlines.answerWorkingDays, 'working-days', '书面告知受理情况');
}

export function approvalRule(profile: RuleProfile): string {
  const { value, source } = profile.headApprovesTransfer;
  if (source.kind === 'seed') return `${SEED_DOCUMENTS[source.file]} ${source.section}：“${source.quote}”`;
  return `${origin(profile, profile.headApprovesTransfer)}：${value ? '移送须经负责人批准' : '移送前无须负责人批准'}`;
}

/** 涪陵府办〔2024〕1号 二(三), quoted as the seed writes it (half-width commas included). */
export const NO_RETRANSFER_QUOTE = '认为不属于本单位管辖的,应当书面报请区政府决定,不得再行移送';

/** Who settles a jurisdiction dispute under the profile, as the screens and messages show it. */
export function disputeView(profile: RuleProfile): DisputeRouteView {
  const local = localRules(profile);
  return {
    steps: local.dispute.steps,
    bodies: local.dispute.bodies,
    kinds: local.dispute.kinds,
    rule: local.dispute.rule,
    noRetransferRule: local.noRetransferRule,
  };
}

/** "应当书面报请区政府决定，不得再行移送（涪陵府办〔2024〕1号 二(三)：…）", in the profile's own words. */
export function disputeAdvice(profile: RuleProfile): string {
  const local = localRules(profile);
  const route = local.dispute.steps.join('；');
  const bar = local.noRetransferRule ? '，不得再行移送' : '';
  return `${route}${bar}（${local.dispute.rule}）`;
}

/** 周政办字〔2018〕18号 二(三): a suspected crime goes to the judicial organs; a penalty never replaces it. */
export const CRIME_TRANSFER_QUOTE = '综合行政执法部门发现违法行为涉嫌犯罪的，应当及时移交司法机关，不得以罚代刑';

/**
 * What the office may do when 公安/检察 refuse to open a criminal case (不予立案): NOT FROM THE SEEDS,
 * but 《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条 (see JUDICIAL_REFUSAL_SOURCE). No
 * 不得再行移送 and no report to the government: that rule is for disputes between administrative bodies.
 */
export function judicialRefusalAdvice(): string {
  return `${JUDICIAL_REFUSAL_REMEDY}（${JUDICIAL_REFUSAL_SOURCE}）。`;
}
