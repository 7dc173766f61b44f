import type { CaseRecord, Office } from '../../../../shared/contract';
import { PENALTY_KIND_LABELS } from '../../../../shared/domain/case';
import { formatFenAsYuan } from '../../../../shared/money';
import type { ApiContext } from '../../../api/context';
import { AppError } from '../../errors';
import { getOffice } from '../../office/service';
import { getProfile } from '../../profiles/service';

/** What a paper is made from: its data, and the case it belongs to (null for a transfer we received that is not ours). */
export interface PaperSource {
  caseId: number | null;
  data: Record<string, unknown>;
}

/** The office, with the names formal papers print; a missing one is asked for in 设置. */
export function officeForPapers(ctx: ApiContext, needs: Array<'reviewBody' | 'handlingUnit'>): Office {
  const office = getOffice(ctx);
  if (!office) throw new AppError('OFFICE_NOT_SET', '请先在“设置 › 本单位”中填写单位名称和文号简称');
  const labels = { reviewBody: '法制审核机构名称', handlingUnit: '承办机构名称' } as const;
  const missing = needs.filter((key) => !office[key].trim()).map((key) => labels[key]);
  if (missing.length) throw new AppError('OFFICE_INCOMPLETE', `请先在“设置 › 本单位”中填写${missing.join('和')}：文书上要写明它们`);
  return office;
}

export function caseTitle(record: CaseRecord): string {
  return `${record.party.name}${record.cause}案`;
}

export function partyDescription(record: CaseRecord): string {
  const id = record.party.type === 'citizen' ? `身份证号码 ${record.party.idCode}` : `统一社会信用代码 ${record.party.idCode}`;
  return [record.party.name, id, record.party.address && `住所 ${record.party.address}`].filter(Boolean).join('，');
}

/** The proposed decision in words, amounts in yuan: "罚款人民币2,000.00元；没收违法所得人民币…". */
export function proposedDecision(record: CaseRecord): string {
  const amounts: Partial<Record<string, number>> = { fine: record.fineFen, 'confiscate-gains': record.illegalGainsFen, 'confiscate-property': record.illegalPropertyFen };
  if (record.discretion === 'waived') return '免于行政处罚';
  return record.penaltyKinds
    .map((kind) => {
      const amount = amounts[kind];
      return amount ? `${PENALTY_KIND_LABELS[kind]}人民币${formatFenAsYuan(amount)}元` : PENALTY_KIND_LABELS[kind];
    })
    .join('；');
}

/** The rules a paper cites, from the profile version its record ran under: "…人民政府办公室文件（涪陵府办〔2024〕1号）". */
export function profileBasis(ctx: ApiContext, profile: { id: string; version: number }): string {
  const { source } = getProfile(ctx.db, profile.id, profile.version);
  return `${source.issuer}文件（${source.docNumber}）`;
}
