import { z } from 'zod';
import { method } from './method';
import { noInput, optionalText, requiredText } from './fields';

export const officeInput = z.strictObject({
  name: requiredText('单位名称', 60),
  abbreviation: requiredText('文号简称', 10).regex(
    /^[\u4e00-\u9fa5A-Za-z]+$/,
    '文号简称只能由汉字或字母组成，例如“某司”',
  ),
  /** The 法制审核机构's own 代字 for its papers (审核意见书, 补正通知书); empty: the same as the office's. */
  reviewBodyAbbreviation: optionalText('法制审核机构文号代字', 10).refine(
    (value) => value === '' || /^[\u4e00-\u9fa5A-Za-z]+$/.test(value),
    '法制审核机构文号代字只能由汉字或字母组成，例如“某司”',
  ),
  address: optionalText('地址', 120),
  contactPerson: optionalText('联系人', 30),
  phone: optionalText('联系电话', 30),
  reviewBody: optionalText('法制审核机构名称', 60),
  handlingUnit: optionalText('承办机构名称', 60),
});
export type OfficeInput = z.input<typeof officeInput>;

export interface Office {
  name: string;
  /** The 代字 of the papers the office (the government) issues: 青山府 → 青山府移〔2025〕3号. */
  abbreviation: string;
  /** The 法制审核机构's 代字 (青山司 → 青山司审〔2025〕7号); empty: it numbers with `abbreviation`. */
  reviewBodyAbbreviation: string;
  address: string;
  contactPerson: string;
  phone: string;
  /** 法制审核机构, e.g. 青山镇司法所: named on review opinions and supplement notices. */
  reviewBody: string;
  /** 承办机构, e.g. 青山镇综合行政执法大队: the addressee of review papers. */
  handlingUnit: string;
  updatedAt: string;
}

export const officeMethods = {
  'office.get': method<Office | null>()(noInput),
  'office.save': method<Office>()(officeInput),
};
