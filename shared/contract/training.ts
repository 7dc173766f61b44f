// Training and qualifications (issue #20 item 5): 灌政办〔2023〕32号 二(二)5 — 执法人员每年完成公共法律知识和
// 业务技能学习培训不少于60学时. Hours per person per year against 60; certificate expiry is on the home page.
import { z } from 'zod';
import { entityId, isoDate, requiredText } from './fields';
import { method } from './method';
import { statsYearInput } from './stats';
import type { DocumentFile } from './documents';

export const TRAINING_HOURS_REQUIRED = 60;
export const TRAINING_RULE = '执法人员每年完成公共法律知识和业务技能学习培训不少于60学时（灌政办〔2023〕32号 二(二)5）';

export interface TrainingRecord {
  id: number;
  staffId: number;
  staffName: string;
  heldOn: string;
  subject: string;
  hours: number;
  organiser: string;
  createdAt: string;
  createdBy: string;
}

export interface TrainingPerson {
  staffId: number;
  name: string;
  /** Holds an enforcement certificate (执法证): the 60 学时 apply to enforcement staff. */
  enforcement: boolean;
  certificateNo: string | null;
  certValidTo: string | null;
  hours: number;
  required: number;
  /** Hours still missing this year (0 once met). */
  missing: number;
  records: number;
}

export interface TrainingYear {
  year: number;
  rule: string;
  people: TrainingPerson[];
  records: TrainingRecord[];
}

export const trainingAddInput = z.strictObject({
  staffId: entityId('参训人员'),
  heldOn: isoDate('培训日期'),
  subject: requiredText('培训内容', 200),
  hours: z
    .number({ error: '学时应为数字' })
    .positive('学时应大于 0（不能为负数或零）')
    .max(24, '一次培训的学时不能超过 24')
    .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9, '学时最多保留一位小数'),
  organiser: requiredText('组织单位', 100),
});

export const trainingMethods = {
  'training.year': method<TrainingYear>()(statsYearInput),
  'training.add': method<TrainingRecord>()(trainingAddInput),
  'training.remove': method<TrainingYear>()(z.strictObject({ id: entityId('培训记录') })),
  'training.export': method<DocumentFile>()(statsYearInput),
};
