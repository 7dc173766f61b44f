// 案卷评查 as files: one case's 案卷评查表 (DOCX, through the document engine) and a year's results as
// an XLSX workbook, both from what service.ts recorded.

import type { DocumentFile, EvaluationItemScore } from '../../../shared/contract';
import { EVALUATION_GRADE_LABELS } from '../../../shared/contract/evaluation';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { ledgerWorkbook } from '../ledgers/xlsx';
import { prepareDocument, renderModel } from '../documents/render';
import { templateLocation } from '../issuing/service';
import { drawCases, drawRow } from './store';
import { sql } from '../../db/sql';
import { evaluationYear, sheetVersion } from './service';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The data of one 案卷评查表 for the document engine (templates/evaluation-record.yaml). */
export function evaluationRecordData(ctx: CoreContext, drawId: number, caseId: number): Record<string, unknown> {
  const draw = drawRow(ctx.db, drawId);
  if (!draw) throw new AppError('NOT_FOUND', `找不到编号为 ${drawId} 的评查抽取`);
  const result = drawCases(ctx.db, drawId).find((c) => c.case_id === caseId);
  if (!result) throw new AppError('NOT_FOUND', '该案件不在本次抽取的案卷中。');
  if (!result.scored_at) throw new AppError('EVALUATION_STATE', '该案卷尚未评查，评查后才能出具案卷评查表。');
  const sheet = sheetVersion(ctx, draw.sheet_version);
  const scores = new Map((JSON.parse(result.scores_json ?? '[]') as EvaluationItemScore[]).map((s) => [s.key, s]));
  const office = sql.get<{ name: string }>(ctx.db, 'SELECT name FROM office WHERE id = 1');
  if (!office) throw new AppError('OFFICE_MISSING', '请先在 设置 › 本单位 填写单位名称，案卷评查表落款需要它。');
  return {
    org: { name: office.name },
    title: sheet.title,
    year: String(draw.year),
    case: { number: result.case_number, cause: result.cause },
    vetoes: sheet.items
      .filter((i) => i.veto)
      .map((i) => ({
        title: i.title,
        basis: i.basis || '—',
        result: scores.get(i.key)?.failed ? `存在：${scores.get(i.key)?.note ?? ''}` : '无',
      })),
    items: sheet.items
      .filter((i) => i.points > 0)
      .map((i) => ({
        title: i.title,
        points: String(i.points),
        score: String(scores.get(i.key)?.score ?? 0),
        note: scores.get(i.key)?.note || '—',
      })),
    total: String(result.total ?? 0),
    maxScore: String(sheet.maxScore),
    grade: EVALUATION_GRADE_LABELS[result.grade ?? 'fail'],
    vetoed: result.vetoed === 1 ? '是' : '否',
    comment: result.comment || '无',
    scorer: result.scorer_name ?? '',
    date: result.scored_on ?? '',
    draw: `随机种子“${draw.seed}”，自 ${(JSON.parse(draw.population_json) as number[]).length} 件中抽取 ${draw.sample_size} 件`,
  };
}

export async function exportEvaluation(ctx: CoreContext, year: number): Promise<DocumentFile> {
  const data = evaluationYear(ctx, year);
  const rows = data.draws.flatMap((d) => d.cases.map((c) => ({ ...c, seed: d.seed, sheetVersion: d.sheetVersion })));
  type Row = (typeof rows)[number];
  const bytes = await ledgerWorkbook([
    {
      name: '案卷评查结果',
      title: `${year}年度 案卷评查结果`,
      columns: [
        { header: '抽取批次', kind: 'integer', value: (r: Row) => r.drawId },
        { header: '序号', kind: 'integer', value: (r: Row) => r.position },
        { header: '案件编号', kind: 'text', width: 26, value: (r: Row) => r.caseNumber },
        { header: '案由', kind: 'text', width: 30, value: (r: Row) => r.cause },
        { header: '评查人', kind: 'text', value: (r: Row) => r.scorerName ?? '' },
        { header: '评查日期', kind: 'date', value: (r: Row) => r.scoredOn },
        { header: '得分', kind: 'integer', value: (r: Row) => r.total },
        { header: '一票否决', kind: 'text', value: (r: Row) => (r.vetoed === null ? '' : r.vetoed ? '是' : '否') },
        { header: '等次', kind: 'text', value: (r: Row) => (r.grade ? EVALUATION_GRADE_LABELS[r.grade] : '未评查') },
        { header: '评查意见', kind: 'text', width: 40, value: (r: Row) => r.comment },
        { header: '随机种子', kind: 'text', width: 24, value: (r: Row) => r.seed },
        { header: '评查表版本', kind: 'integer', value: (r: Row) => r.sheetVersion },
      ],
      rows,
    },
  ]);
  return { fileName: `${year}年度案卷评查结果.xlsx`, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
}

/** The 案卷评查表 as a DOCX through the document engine (an office copy of the template is used when valid). */
export async function evaluationDocx(ctx: CoreContext, drawId: number, caseId: number): Promise<DocumentFile> {
  const data = evaluationRecordData(ctx, drawId, caseId);
  const { model } = prepareDocument('evaluation-record', data, templateLocation(ctx));
  const bytes = await renderModel(model, 'docx');
  const number = (data['case'] as { number: string }).number.replace(/[\\/:*?"<>|]/g, '_');
  return { fileName: `案卷评查表-${number}.docx`, mimeType: DOCX_MIME, base64: bytes.toString('base64') };
}
