import { z } from 'zod';
import { STAFF_ROLES, type StaffRole } from '../domain/case';
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
  phone: optionalText('联系电话', 30),
  active: z.boolean().default(true),
});

function checkCertificate(value: z.output<typeof staffFields>, ctx: z.RefinementCtx): void {
  if (value.certValidFrom && value.certValidTo && value.certValidFrom > value.certValidTo) {
    ctx.addIssue({ code: 'custom', path: ['certValidTo'], message: '执法证有效期止不能早于有效期起' });
  }
  if ((value.certValidFrom || value.certValidTo) && !value.certificateNo) {
    ctx.addIssue({ code: 'custom', path: ['certificateNo'], message: '填写了执法证有效期，请同时填写执法证号' });
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
  phone: string;
  active: boolean;
}

export const staffMethods = {
  'staff.list': method<Staff[]>()(noInput),
  'staff.create': method<Staff>()(staffInput),
  'staff.update': method<Staff>()(staffUpdateInput),
};
