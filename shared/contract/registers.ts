// The township desk's registers seen from a case (issue #19): every 执法协助, 举报投诉, 执法监督,
// 信息共享 and 管辖争议 record tied to the case, for the case page to show and link.
import { z } from 'zod';
import type { DeadlineView } from './transfers';
import { entityId } from './fields';
import { method } from './method';

export const REGISTER_NAMES = ['assistance', 'complaints', 'supervision', 'sharing', 'disputes'] as const;
export type RegisterName = (typeof REGISTER_NAMES)[number];
export const REGISTER_LABELS: Record<RegisterName, string> = {
  assistance: '执法协助',
  complaints: '举报投诉',
  supervision: '执法监督',
  sharing: '信息共享',
  disputes: '管辖争议',
};

export interface RegisterLink {
  register: RegisterName;
  id: number;
  title: string;
  state: string;
  /** The renderer route of the record, e.g. "/registers/sharing/3". */
  link: string;
  deadline: DeadlineView | null;
}

export const registerMethods = {
  'registers.forCase': method<RegisterLink[]>()(z.strictObject({ caseId: entityId('案件') })),
};
