// Training hours per person per year against the 60 学时 of 灌政办〔2023〕32号 二(二)5.

import type { DocumentFile, ParsedInputOf, TrainingRecord, TrainingYear } from '../../../shared/contract';
import { TRAINING_HOURS_REQUIRED, TRAINING_RULE } from '../../../shared/contract/training';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { actorName } from '../session/operator';
import { officeDateOf } from '../calendar/officeTime';
import { getStaff } from '../staff/service';
import { hasStaffRole } from '../staff/roles';
import { ledgerWorkbook } from '../ledgers/xlsx';
import {
  deleteTraining,
  hoursPerPerson,
  insertTraining,
  trainingRow,
  trainingRowsOfYear,
  type TrainingRow,
} from './store';
import { chineseDate } from '../../../shared/domain/calendar';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function toRecord(row: TrainingRow & { staff_name: string }): TrainingRecord {
  return {
    id: row.id,
    staffId: row.staff_id,
    staffName: row.staff_name,
    heldOn: row.held_on,
    subject: row.subject,
    hours: row.hours_tenths / 10,
    organiser: row.organiser,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function trainingYear(ctx: CoreContext, year: number): TrainingYear {
  const people = hoursPerPerson(ctx.db, year).map((row) => {
    const enforcement = row.certificate_no !== null || hasStaffRole(row.roles, 'handler');
    const hours = row.tenths / 10;
    return {
      staffId: row.staff_id,
      name: row.name,
      enforcement,
      certificateNo: row.certificate_no,
      certValidTo: row.cert_valid_to,
      hours,
      required: enforcement ? TRAINING_HOURS_REQUIRED : 0,
      missing: enforcement ? Math.max(0, Math.round((TRAINING_HOURS_REQUIRED - hours) * 10) / 10) : 0,
      records: row.records,
    };
  });
  return { year, rule: TRAINING_RULE, people, records: trainingRowsOfYear(ctx.db, year).map(toRecord) };
}

export function addTraining(ctx: CoreContext, input: ParsedInputOf<'training.add'>): TrainingRecord {
  const person = getStaff(ctx, input.staffId);
  if (!person.active) throw new AppError('VALIDATION', `${person.name}已停用，不能登记培训。`, { field: 'staffId' });
  const today = officeDateOf(ctx.now().toISOString());
  if (input.heldOn > today)
    throw new AppError('VALIDATION', `培训日期（${chineseDate(input.heldOn)}）晚于今天，请登记已经参加的培训。`, {
      field: 'heldOn',
    });
  const tenths = Math.round(input.hours * 10);
  const sameDay = trainingRowsOfYear(ctx.db, Number(input.heldOn.slice(0, 4)))
    .filter((row) => row.staff_id === input.staffId && row.held_on === input.heldOn)
    .reduce((sum, row) => sum + row.hours_tenths, 0);
  if (sameDay + tenths > 240)
    throw new AppError(
      'VALIDATION',
      `${person.name}在${chineseDate(input.heldOn)}已登记 ${sameDay / 10} 学时，再加 ${input.hours} 学时将超过一天 24 小时，请核对。`,
      { field: 'hours' },
    );
  const now = ctx.now().toISOString();
  const id = insertTraining(ctx.db, {
    staff_id: input.staffId,
    held_on: input.heldOn,
    subject: input.subject,
    hours_tenths: tenths,
    organiser: input.organiser,
    created_at: now,
    created_by: actorName(ctx),
  });
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'training.add',
    entity: 'staff',
    entityId: String(input.staffId),
    summary: `登记${person.name}参加培训：${input.subject}（${chineseDate(input.heldOn)}，${input.hours} 学时，${input.organiser}）`,
    before: undefined,
    after: { id, ...input },
  });
  const row = trainingRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', '培训记录未能保存');
  return toRecord({ ...row, staff_name: person.name });
}

export function removeTraining(ctx: CoreContext, id: number): TrainingYear {
  const row = trainingRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的培训记录`);
  const person = getStaff(ctx, row.staff_id);
  deleteTraining(ctx.db, id);
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action: 'training.remove',
    entity: 'staff',
    entityId: String(row.staff_id),
    summary: `删除${person.name}的培训记录：${row.subject}（${chineseDate(row.held_on)}，${row.hours_tenths / 10} 学时）`,
    before: row,
    after: undefined,
  });
  return trainingYear(ctx, Number(row.held_on.slice(0, 4)));
}

export async function exportTraining(ctx: CoreContext, year: number): Promise<DocumentFile> {
  const data = trainingYear(ctx, year);
  const bytes = await ledgerWorkbook([
    {
      name: '学时汇总',
      title: `${year}年度 执法人员学习培训学时（每人每年不少于60学时）`,
      columns: [
        { header: '姓名', kind: 'text', width: 14, value: (p: TrainingYear['people'][number]) => p.name },
        {
          header: '执法证号',
          kind: 'text',
          width: 20,
          value: (p: TrainingYear['people'][number]) => p.certificateNo ?? '',
        },
        {
          header: '执法证有效期至',
          kind: 'date',
          width: 16,
          value: (p: TrainingYear['people'][number]) => p.certValidTo,
        },
        { header: '培训次数', kind: 'integer', value: (p: TrainingYear['people'][number]) => p.records },
        { header: '已完成学时', kind: 'decimal', value: (p: TrainingYear['people'][number]) => p.hours },
        { header: '应完成学时', kind: 'integer', value: (p: TrainingYear['people'][number]) => p.required },
        { header: '尚差学时', kind: 'decimal', value: (p: TrainingYear['people'][number]) => p.missing },
      ],
      rows: data.people,
    },
    {
      name: '培训记录',
      title: `${year}年度 培训记录`,
      columns: [
        { header: '日期', kind: 'date', value: (r: TrainingRecord) => r.heldOn },
        { header: '姓名', kind: 'text', width: 14, value: (r: TrainingRecord) => r.staffName },
        { header: '培训内容', kind: 'text', width: 40, value: (r: TrainingRecord) => r.subject },
        { header: '学时', kind: 'decimal', value: (r: TrainingRecord) => r.hours },
        { header: '组织单位', kind: 'text', width: 24, value: (r: TrainingRecord) => r.organiser },
      ],
      rows: data.records,
    },
  ]);
  return { fileName: `${year}年度培训学时.xlsx`, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
}
