import { parseArgs } from 'node:util';
import type { CliCommand } from './types';
import type { MethodName, InputOf, OutputOf } from '../../shared/contract';
import type { Backend } from '../api/dispatch-types';
import { openBackend, type LocalBackend } from '../api/backend';
import { PUBLIC_SECRET_COST } from '../core/session/secrets';
import { resolveDataDir } from '../runtime/data-dir';
import { AppError } from '../../shared/errors';
import { isSignedMethod } from '../../shared/contract/access';
import { describeCliError } from './errors';
import { DEMO_CASES, DEMO_OFFICE, DEMO_ORGS, DEMO_STAFF } from './demo-data';
import type { DemoCall } from './demo-hooks';
import { advanceDemoReviews } from './demo-review';
import { advanceDemoTransfers } from './demo-transfers';
import { advanceDemoComplaintsAndSupervision, advanceDemoRegisters } from './demo-registers';
import { advanceDemoSharingAndDisputes } from './demo-registers-sharing';
import { advanceDemoYear, DEMO_YEAR_CASES } from './demo-year';
import { advanceDemoEvaluation } from './demo-evaluation';

/** Every demo person signs in with this (said when the demo finishes); the office may change them later. */
export const DEMO_SECRET = 'fashen-demo';
/** Who fills the demo data: an in-process administrator, no staff member (the audit log says so). */
const DEMO_FILLER = { staffId: null, name: '演示数据', admin: true, trusted: true };
import { issueDemoPapers } from './demo-papers';

async function call<M extends MethodName>(backend: Backend, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  // A demo person signs as they would at the prompt, with their own (demo) secret.
  const withSecret = isSignedMethod(method) ? { ...(input as object), secret: DEMO_SECRET } : input;
  const envelope = await backend.dispatch(method, withSecret);
  if (!envelope.ok) throw new AppError(envelope.error.code, `${method}：${envelope.error.message}`);
  return envelope.value as OutputOf<M>;
}

/**
 * Fills an empty database through the same API the UI uses, so demo data obeys every rule.
 * Refuses a database that already has cases: it is for first looks, never for real data.
 */
export async function loadDemo(backend: Backend): Promise<{ cases: number; caseIds: number[] }> {
  const session = backend.client.session;
  session.actor = DEMO_FILLER;
  const existing = await call(backend, 'cases.list', { pageSize: 1 });
  if (existing.total > 0) throw new AppError('NOT_EMPTY', '数据库中已有案件，演示数据只能填入空数据库');
  await call(backend, 'office.save', DEMO_OFFICE);
  const staffIds = new Map<string, number>();
  for (const person of DEMO_STAFF) {
    const { id } = await call(backend, 'staff.create', person);
    staffIds.set(person.name, id);
    await call(backend, 'session.resetSecret', { staffId: id, newSecret: DEMO_SECRET });
  }
  for (const org of DEMO_ORGS) await call(backend, 'orgs.create', org);
  const access = new Map((await call(backend, 'session.access', {})).map((row) => [row.staffId, row.admin]));
  const signInAs = (staffId: number) => {
    const name = [...staffIds].find(([, id]) => id === staffId)?.[0] ?? '';
    session.actor = { staffId, name, admin: access.get(staffId) ?? false, trusted: true };
  };
  signInAs(staffIds.get('王建国') ?? 0);
  const caseIds: number[] = [];
  for (const { handlers, ...demo } of DEMO_CASES) {
    const handlerIds = handlers.map((name) => staffIds.get(name) ?? 0);
    caseIds.push((await call(backend, 'cases.create', { ...demo, handlerIds })).id);
  }
  const bound: DemoCall = (method, input) => call(backend, method, input);
  await advanceDemoReviews(bound, { staffIds, caseIds, signInAs });
  await advanceDemoTransfers(bound, { staffIds, caseIds, signInAs });
  await advanceDemoRegisters(bound, { staffIds, caseIds, signInAs });
  await advanceDemoComplaintsAndSupervision(bound);
  await advanceDemoSharingAndDisputes(bound, { staffIds, caseIds, signInAs });
  await advanceDemoYear(bound, { staffIds, caseIds, signInAs });
  await advanceDemoEvaluation(bound, { staffIds, caseIds, signInAs });
  session.actor = null;
  return { cases: DEMO_CASES.length + DEMO_YEAR_CASES, caseIds };
}

/**
 * The demo office's papers, issued once its records are in (each paper writes its files, then its
 * row), by the demo's head (王建国) signing with the demo secret.
 */
export async function loadDemoPapers(backend: Backend, caseIds: readonly number[]): Promise<number> {
  const session = backend.client.session;
  session.actor = DEMO_FILLER;
  const staff = await call(backend, 'staff.list', {});
  const head = staff.find((person) => person.name === '王建国');
  const reviewer = staff.find((person) => person.name === '陈静');
  session.actor = head ? { staffId: head.id, name: head.name, admin: true, trusted: true } : DEMO_FILLER;
  const asReviewer = () => {
    if (reviewer) session.actor = { staffId: reviewer.id, name: reviewer.name, admin: false, trusted: true };
  };
  try {
    return await issueDemoPapers((method, input) => call(backend, method, input), caseIds, asReviewer);
  } finally {
    session.actor = null;
  }
}

export const demoCommand: CliCommand = async (args, io) => {
  let backend: LocalBackend | undefined;
  try {
    const { values } = parseArgs({ args: [...args], options: { 'data-dir': { type: 'string' } }, strict: true });
    const dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env);
    // The demo's secrets are public (printed below), so their hashes are cheap: a slow hash of a
    // known secret protects nothing and made the demo spend 10 of its 15 seconds in scrypt.
    const opened = openBackend({ dataDir, secretCost: PUBLIC_SECRET_COST });
    backend = opened;
    // One transaction for the whole demo: one write to disk instead of one per command, and an
    // interrupted demo leaves the database empty rather than half filled.
    const { cases, caseIds } = await opened.batch(() => loadDemo(opened));
    const papers = await loadDemoPapers(opened, caseIds);
    io.stdout(
      `已填入演示数据：本单位“${DEMO_OFFICE.name}”，工作人员 ${DEMO_STAFF.length} 名，协作单位 ${DEMO_ORGS.length} 个，案件 ${cases} 件，文书 ${papers} 份。\n数据文件夹：${dataDir}\n` +
        `演示人员的登录密码都是 ${DEMO_SECRET}（仅供演示；正式使用前请由管理员重设）。\n`,
    );
    return 0;
  } catch (error) {
    io.stderr(`${describeCliError(error)}\n`);
    return 1;
  } finally {
    backend?.close();
  }
};
