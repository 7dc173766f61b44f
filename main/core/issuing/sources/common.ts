import type { CaseRecord, Office } from '../../../../shared/contract';
import { PENALTY_KIND_LABELS } from '../../../../shared/domain/case';
import type { ProfileSource } from '../../../../shared/domain/profile';
import type { CoreContext } from '../../context';
import { formatMoney } from '../../documents/format-values';
import { AppError } from '../../../../shared/errors';
import { getOffice } from '../../office/service';
import { getProfile } from '../../profiles/service';

/** What a paper is made from: its data, and the case it belongs to (null for a transfer we received that is not ours). */
export interface PaperSource {
  caseId: number | null;
  data: Record<string, unknown>;
  /** The record already names the paper's number (it went out before it was issued here): no new one is taken. */
  recordedNumber?: boolean;
}

/** The office, with the names formal papers print; a missing one is asked for in 设置. */
export function officeForPapers(ctx: CoreContext, needs: Array<'reviewBody' | 'handlingUnit'>): Office {
  const office = getOffice(ctx);
  if (!office) throw new AppError('OFFICE_NOT_SET', '请先在“设置 › 本单位”中填写单位名称和文号简称');
  const labels = { reviewBody: '法制审核机构名称', handlingUnit: '承办机构名称' } as const;
  const missing = needs.filter((key) => !office[key].trim()).map((key) => labels[key]);
  if (missing.length)
    throw new AppError('OFFICE_INCOMPLETE', `请先在“设置 › 本单位”中填写${missing.join('和')}：文书上要写明它们`);
  return office;
}

export function caseTitle(record: CaseRecord): string {
  return `${record.party.name}${record.cause}案`;
}

/** "陈某，身份证号码：500102…，住址：青山镇石桥村3组": a citizen has a 住址, an organization a 住所. */
export function partyDescription(record: CaseRecord): string {
  const { type, name, idCode, address } = record.party;
  const id = idCode.trim() && `${type === 'citizen' ? '身份证号码' : '统一社会信用代码'}：${idCode.trim()}`;
  const place = address.trim() && `${type === 'citizen' ? '住址' : '住所'}：${address.trim()}`;
  return [name, id, place].filter(Boolean).join('，');
}

/**
 * Money as every paper writes it, the same figures a template's `money` field prints: whole yuan
 * without separators or ".00", fen only when there are some (800000 → "8000元", 800050 → "8000.50元").
 */
export function paperMoney(fen: number): string {
  return `${formatMoney(fen)}元`;
}

/** The proposed decision in words: "罚款人民币8000元；没收违法所得人民币…". */
export function proposedDecision(record: CaseRecord): string {
  const amounts: Partial<Record<string, number>> = {
    fine: record.fineFen,
    'confiscate-gains': record.illegalGainsFen,
    'confiscate-property': record.illegalPropertyFen,
  };
  if (record.discretion === 'waived') return '免于行政处罚';
  return record.penaltyKinds
    .map((kind) => {
      const amount = amounts[kind];
      return amount ? `${PENALTY_KIND_LABELS[kind]}人民币${paperMoney(amount)}` : PENALTY_KIND_LABELS[kind];
    })
    .join('；');
}

/**
 * Full titles of the rule documents the built-in profiles come from (the seeds' own headings). A
 * profile stores only the issuer and the number (ProfileSource), so the title is looked up here.
 */
const RULE_DOCUMENT_TITLES: Readonly<Record<string, string>> = {
  '涪陵府办〔2024〕1号':
    '重庆市涪陵区人民政府办公室关于建立健全乡镇（街道）与区级行政执法部门行政执法协调协同机制的通知',
  '周政办字〔2018〕18号': '周村区人民政府办公室关于加强综合行政执法协作配合的实施意见',
  '郯政发〔2023〕1号': '郯城县人民政府关于印发〈加强行业监管与综合行政执法协作配合实施方案〉的通知',
};

/**
 * A rule document as a paper cites it after "根据…的规定": its title in 《》 and its number,
 * "《重庆市涪陵区人民政府办公室关于…的通知》（涪陵府办〔2024〕1号）". A document whose title is not known
 * (an office profile naming another one) is cited by issuer and number: "…人民政府办公室…号文件".
 */
export function citeRuleDocument(source: Pick<ProfileSource, 'issuer' | 'docNumber'>): string {
  const number = source.docNumber.trim();
  const title = RULE_DOCUMENT_TITLES[number];
  return title ? `《${title}》（${number}）` : `${source.issuer.trim()}${number}文件`;
}

/** The rules a paper cites, from the profile version its record ran under (see citeRuleDocument). */
export function profileBasis(ctx: CoreContext, profile: { id: string; version: number }): string {
  return citeRuleDocument(getProfile(ctx.db, profile.id, profile.version).source);
}

/**
 * The paper's 联系人 line: the first name and the first phone given (the record's own, then the
 * office's). A paper prints the line only with both — never a "—" where a number should be.
 */
export function paperContact(
  names: ReadonlyArray<string | null | undefined>,
  phones: ReadonlyArray<string | null | undefined>,
): { contact?: { name: string; phone: string } } {
  const name = names.map((n) => n?.trim() ?? '').find((n) => n !== '');
  const phone = phones.map((p) => p?.trim() ?? '').find((p) => p !== '');
  return name && phone ? { contact: { name, phone } } : {};
}
