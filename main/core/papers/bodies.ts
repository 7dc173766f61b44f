// Which body issues each kind of paper, and so whose name heads and signs it and whose 代字 and
// sequence number it: the township government for what it does as the enforcement body (transfers,
// answers, registers), its 法制审核机构 (the 司法所) for the review papers. A 送达回证 and an 物品清单
// go with the paper they serve or accompany.
//
// No paper is the enforcement unit's (综合行政执法大队) own: it is an internal body of the township,
// neither a 行政机关 nor an organisation authorised by law, so it has no 执法主体资格 — the township
// exercises the 行政处罚权 handed to it in its own name (行政处罚法 2021 第十七条, 第二十四条; a
// 受委托组织 acts in the name of the body that entrusts it, 第二十条第三款), only a 行政机关 or an
// authorised organisation is a 行政执法机关 that transfers a suspected crime (国务院令第310号 第二条),
// and coercive measures are the 行政机关's (行政强制法 第十七条). Every external paper is the
// government's; the unit appears on paper as the 承办机构 the review papers are addressed to.

import type { Office } from '../../../shared/contract';

export type IssuingBody = 'government' | 'review-body';

export const PAPER_BODIES: Readonly<Record<string, IssuingBody>> = {
  'review-opinion': 'review-body',
  'supplement-notice': 'review-body',
  'transfer-letter': 'government',
  'item-list': 'government',
  'acceptance-notice': 'government',
  'criminal-transfer-letter': 'government',
  'assistance-letter': 'government',
  'assistance-reply': 'government',
  'supervision-report': 'government',
  'complaint-answer': 'government',
};

export interface BodyNames {
  /** The name that heads the paper (发文机关标志) and signs it (署名). */
  readonly name: string;
  /** The 代字 of its 发文字号. */
  readonly abbreviation: string;
}

/** The body issuing a paper of `templateId` (the government for one not listed). */
export function bodyOf(templateId: string): IssuingBody {
  return PAPER_BODIES[templateId] ?? 'government';
}

export function issuingBody(
  office: Pick<Office, 'name' | 'abbreviation' | 'reviewBody' | 'reviewBodyAbbreviation'>,
  body: IssuingBody,
): BodyNames {
  if (body === 'review-body')
    return {
      name: office.reviewBody.trim() || office.name,
      abbreviation: office.reviewBodyAbbreviation.trim() || office.abbreviation,
    };
  return { name: office.name, abbreviation: office.abbreviation };
}
