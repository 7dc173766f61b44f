import { z } from 'zod';
import { AUXILIARY_ALLOWED_ROLES, STAFF_ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../domain/case';
import { method } from './method';
import { entityId, isoDate, noInput, optionalText, requiredText } from './fields';
import { CERTIFICATE_DATES, cleanText } from '../text-input';

const staffFields = z.strictObject({
  name: requiredText('姓名', 30),
  roles: z
    .array(z.enum(STAFF_ROLES, { error: '岗位不在可选范围内' }), { error: '请选择岗位' })
    .min(1, '请至少选择一个岗位')
    .refine((roles) => new Set(roles).size === roles.length, '岗位重复'),
  certificateNo: z
    .string()
    .overwrite((value) => cleanText(value, false))
    .trim()
    .max(40, '执法证号不能超过 40 个字')
    .nullable()
    .default(null),
  certValidFrom: isoDate('执法证有效期起', CERTIFICATE_DATES).nullable().default(null),
  certValidTo: isoDate('执法证有效期止', CERTIFICATE_DATES).nullable().default(null),
  /** The day the certificate was withdrawn or cancelled (收回、注销). */
  certWithdrawnOn: isoDate('执法证收回（注销）日期', CERTIFICATE_DATES).nullable().default(null),
  phone: optionalText('联系电话', 30),
  active: z.boolean().default(true),
  /** 行政执法辅助人员: never a handler, reviewer or head. */
  auxiliary: z.boolean({ error: '请说明是否为辅助人员' }).default(false),
  /** 法律职业资格证书编号 (《行政处罚法》第五十八条第二款). */
  legalQualificationNo: z
    .string()
    .overwrite((value) => cleanText(value, false))
    .trim()
    .max(40, '法律职业资格证书编号不能超过 40 个字')
    .nullable()
    .default(null),
  /** The day the person first did 法制审核. */
  reviewingSince: isoDate('开始从事法制审核的日期', CERTIFICATE_DATES).nullable().default(null),
});

function checkCertificate(value: z.output<typeof staffFields>, ctx: z.RefinementCtx): void {
  if (value.certValidFrom && value.certValidTo && value.certValidFrom > value.certValidTo) {
    ctx.addIssue({ code: 'custom', path: ['certValidTo'], message: '执法证有效期止不能早于有效期起' });
  }
  if ((value.certValidFrom || value.certValidTo || value.certWithdrawnOn) && !value.certificateNo) {
    ctx.addIssue({
      code: 'custom',
      path: ['certificateNo'],
      message: '填写了执法证有效期或收回日期，请同时填写执法证号',
    });
  }
  if (value.auxiliary) {
    const refused = value.roles.filter((role) => !AUXILIARY_ALLOWED_ROLES.includes(role));
    if (refused.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['roles'],
        message: `行政执法辅助人员不得从事立案、调查、审核、作出决定等行政执法活动，不能担任${refused.map((role) => STAFF_ROLE_LABELS[role]).join('、')}`,
      });
    }
  }
}

export const staffInput = staffFields.superRefine(checkCertificate);
export const staffUpdateInput = staffFields.extend({ id: entityId('人员编号') }).superRefine(checkCertificate);
export type StaffInput = z.input<typeof staffInput>;

export interface Staff {
  id: number;
  name: string;
  roles: StaffRole[];
  certificateNo: string | null;
  certValidFrom: string | null;
  certValidTo: string | null;
  certWithdrawnOn: string | null;
  phone: string;
  active: boolean;
  auxiliary: boolean;
  legalQualificationNo: string | null;
  reviewingSince: string | null;
}

export const staffMethods = {
  'staff.list': method<Staff[]>()(noInput),
  'staff.create': method<Staff>()(staffInput),
  'staff.update': method<Staff>()(staffUpdateInput),
  /** Notes a data migration left on staff records, by staff id (kept apart so a Staff stays an update's input). */
  'staff.notes': method<Record<number, string[]>>()(noInput),
};
