import { z } from 'zod';
import { ORG_KINDS, type OrgKind } from '../domain/case';
import { method } from './method';
import { entityId, noInput, optionalText, requiredText } from './fields';

const orgFields = z.strictObject({
  name: requiredText('单位名称', 60),
  kind: z.enum(ORG_KINDS, { error: '请选择单位类别' }),
  contactPerson: optionalText('联系人', 30),
  phone: optionalText('联系电话', 30),
  address: optionalText('地址', 120),
});

export const orgInput = orgFields;
export const orgUpdateInput = orgFields.extend({ id: entityId('单位编号') });
export type OrgInput = z.input<typeof orgInput>;

export interface Organization {
  id: number;
  name: string;
  kind: OrgKind;
  contactPerson: string;
  phone: string;
  address: string;
}

export const orgMethods = {
  'orgs.list': method<Organization[]>()(noInput),
  'orgs.create': method<Organization>()(orgInput),
  'orgs.update': method<Organization>()(orgUpdateInput),
};
