import { parseArgs } from 'node:util';
import type { CliCommand } from './types';
import type { MethodName, InputOf, OutputOf } from '../../shared/contract';
import type { Backend } from '../api/dispatch-types';
import { openBackend, type LocalBackend } from '../api/backend';
import { resolveDataDir } from '../runtime/data-dir';
import { AppError } from '../../shared/errors';
import { describeCliError } from './errors';
import { DEMO_CASES, DEMO_OFFICE, DEMO_ORGS, DEMO_STAFF } from './demo-data';
import type { DemoCall } from './demo-hooks';
import { advanceDemoReviews } from './demo-review';
import { advanceDemoTransfers } from './demo-transfers';
import { advanceDemoComplaintsAndSupervision, advanceDemoRegisters } from './demo-registers';
import { advanceDemoSharingAndDisputes } from './demo-registers-sharing';

async function call<M extends MethodName>(backend: Backend, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const envelope = await backend.dispatch(method, input);
  if (!envelope.ok) throw new AppError(envelope.error.code, `${method}：${envelope.error.message}`);
  return envelope.value as OutputOf<M>;
}

/**
 * Fills an empty database through the same API the UI uses, so demo data obeys every rule.
 * Refuses a database that already has cases: it is for first looks, never for real data.
 */
export async function loadDemo(backend: Backend): Promise<{ cases: number }> {
  const existing = await call(backend, 'cases.list', { pageSize: 1 });
  if (existing.total > 0) throw new AppError('NOT_EMPTY', '数据库中已有案件，演示数据只能填入空数据库');
  await call(backend, 'office.save', DEMO_OFFICE);
  const staffIds = new Map<string, number>();
  for (const person of DEMO_STAFF) staffIds.set(person.name, (await call(backend, 'staff.create', person)).id);
  for (const org of DEMO_ORGS) await call(backend, 'orgs.create', org);
  await call(backend, 'session.setOperator', { staffId: staffIds.get('王建国') ?? null });
  const caseIds: number[] = [];
  for (const { handlers, ...demo } of DEMO_CASES) {
    const handlerIds = handlers.map((name) => staffIds.get(name) ?? 0);
    caseIds.push((await call(backend, 'cases.create', { ...demo, handlerIds })).id);
  }
  const bound: DemoCall = (method, input) => call(backend, method, input);
  await advanceDemoReviews(bound, { staffIds, caseIds });
  await advanceDemoTransfers(bound, { staffIds, caseIds });
  await advanceDemoRegisters(bound, { staffIds, caseIds });
  await advanceDemoComplaintsAndSupervision(bound);
  await advanceDemoSharingAndDisputes(bound, { staffIds, caseIds });
  return { cases: DEMO_CASES.length };
}

export const demoCommand: CliCommand = async (args, io) => {
  let backend: LocalBackend | undefined;
  try {
    const { values } = parseArgs({ args: [...args], options: { 'data-dir': { type: 'string' } }, strict: true });
    const dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env);
    const opened = openBackend({ dataDir });
    backend = opened;
    // One transaction for the whole demo: one write to disk instead of one per command, and an
    // interrupted demo leaves the database empty rather than half filled.
    const { cases } = await opened.batch(() => loadDemo(opened));
    io.stdout(
      `已填入演示数据：1 个单位、${DEMO_STAFF.length} 名人员、${DEMO_ORGS.length} 个单位、${cases} 件案件。\n数据文件夹：${dataDir}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr(`${describeCliError(error)}\n`);
    return 1;
  } finally {
    backend?.close();
  }
};
